/** `review-coach --help`. Kept next to the dispatcher's command list so the two stay in step. */
export const HELP = `Usage: review-coach <command> [options]

Coaches the tone of code-review comments (English): labels each comment dictating,
mentoring or neutral, and says why.

Commands:
  check [FILES...]        Check Markdown files, each paragraph or list item one comment
                          (standard input, when no file is named, is one comment).
                          Exit status 1 when a comment dictates, 2 on trouble.
      -f, --format NAME   stylish (default) or json
  classify --jsonl        Read {"id", "text"} objects, one a line, on standard input; write
                          one result a line, in the same order. Without --jsonl: standard
                          input is one comment and the result is one JSON object.
  reframe                 A comment on standard input; alternatives as JSON [{kind, text}].
  eval FILE               Score against a labeled JSONL file (as ../shared/eval/dev.jsonl).
      --errors            also list misclassified comments
      --json              figures as JSON

Options:
  -h, --help              Show this help
  -v, --version           Show the version

Exit status:
  0   done; for check, no comment dictates
  1   check: a comment dictates (a finding of kind dictating)
  2   usage error, or input that could not be judged: a missing, unreadable or binary
      file or standard input, a comment over 50,000 characters, an eval line that
      cannot be scored (what could be judged is still printed). classify --jsonl
      answers a bad line with an error line and still exits 0.
`;
