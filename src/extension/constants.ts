/** Identifiers shared by the glue, in one place so `package.json` and the code cannot drift apart. */

/** Context keys for the menus' `when` clauses: paths of the open files being coached, and of those that could be. */
export const ContextKeys = {
  coachedPaths: 'reviewCoach.coachedPaths',
  uncoachedPaths: 'reviewCoach.uncoachedPaths',
} as const;

/** `source` of every diagnostic, and the name of the log channel. */
export const SOURCE = 'Review Coach';

/** Configuration section: settings are `reviewCoach.*`. */
export const SECTION = 'reviewCoach';

/** Command ids (`reviewCoach.verbNoun`). */
export const Commands = {
  reframeComment: 'reviewCoach.reframeComment',
  showReviewStyle: 'reviewCoach.showReviewStyle',
  resetStatistics: 'reviewCoach.resetStatistics',
  exportStatistics: 'reviewCoach.exportStatistics',
  coachThisFile: 'reviewCoach.coachThisFile',
  stopCoachingThisFile: 'reviewCoach.stopCoachingThisFile',
  /** Internal (not in the palette): a quick fix runs it after its edit, so the Review Style view counts the rewrite. */
  recordRewrite: 'reviewCoach.recordRewrite',
} as const;

/**
 * URI scheme of the comment boxes that pull-request extensions show (GitHub Pull Requests, GitLab
 * Workflow and others all go through VS Code's comments API, which gives the reply box this scheme).
 */
export const COMMENT_SCHEME = 'comment';

/** Schemes of the user's own files (not diffs, output, git views): the files "Coach This File" applies to. */
export const PROSE_SCHEMES: readonly string[] = ['file', 'untitled', 'vscode-vfs', 'vscode-remote'];

/** Languages a file can be coached in with "Coach This File" (other languages through `reviewCoach.documentSelector`). */
export const PROSE_LANGUAGES: readonly string[] = ['markdown', 'plaintext'];

/**
 * Limits that keep the extension host responsive. A review comment is a few sentences; anything far
 * longer is not a comment, and analysing it would only cost time.
 */
export const Limits = {
  /** Longest paragraph or list item analysed; longer ones are skipped (and logged once). */
  maxBlockChars: 10_000,
  /** Longest comment-box text analysed. */
  maxCommentChars: 20_000,
  /**
   * Diagnostics published per document at most, those on screen first (cspell shows 100). Nobody reads
   * more tone advice than this in one file, and publishing them is one synchronous call: the cap keeps
   * it short in a megabyte of text.
   */
  maxDiagnostics: 200,
  /** Time spent analysing before yielding to the event loop. Well under the 50 ms responsiveness bar. */
  sliceMs: 12,
  /** Paragraphs sent to the analysis at a time: small enough that a cancelled run stops soon. */
  batchUnits: 64,
  /** Analyses kept in the per-text cache. */
  cacheEntries: 5_000,
} as const;
