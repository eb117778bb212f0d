import type { Finding, FindingKind, Label, Severity } from '../core/index';
import type { CommentBlock } from './comment-blocks';
import { judge } from './judgement';
import { lineIndex, type Position } from './line-index';
import { binaryReason, MAX_COMMENT_CHARS } from './limits';

/** A finding placed in its file: absolute offset and 1-based start and end positions. */
export interface LocatedFinding {
  kind: FindingKind;
  severity: Severity;
  message: string;
  offset: number;
  length: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One comment of a file and the label it got. */
export interface LocatedComment extends Position {
  offset: number;
  length: number;
  label: Label;
  confidence: number;
}

/** A comment that was not judged, and why (too long, binary-looking). */
export interface SkippedComment extends Position {
  reason: string;
}

/** Everything `check` found in one file (or in standard input). */
export interface FileReport {
  file: string;
  comments: LocatedComment[];
  findings: LocatedFinding[];
  skipped: SkippedComment[];
}

/**
 * Judges each comment block of `text` and maps findings from comment offsets to file positions.
 * Fixes are left out: their edits are relative to one comment, and `check` is for reading.
 */
export function checkText(file: string, text: string, blocks: readonly CommentBlock[]): FileReport {
  const at = lineIndex(text);
  const report: FileReport = { file, comments: [], findings: [], skipped: [] };
  for (const block of blocks) {
    const why = skipReason(block.text);
    if (why) {
      report.skipped.push({ ...at(block.offset), reason: why });
      continue;
    }
    const j = judge(block.text);
    report.comments.push({ ...at(block.offset), offset: block.offset, length: block.text.length, label: j.label, confidence: j.confidence });
    for (const f of j.findings) report.findings.push(locate(f, block.offset, at));
  }
  report.findings.sort((a, b) => a.offset - b.offset || a.length - b.length);
  return report;
}

function locate(f: Finding, base: number, at: (offset: number) => Position): LocatedFinding {
  const start = at(base + f.offset);
  const end = at(base + f.offset + f.length);
  return {
    kind: f.kind,
    severity: f.severity,
    message: f.message,
    offset: base + f.offset,
    length: f.length,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}

function skipReason(text: string): string | undefined {
  const binary = binaryReason(text);
  if (binary) return `not judged: looks binary (${binary})`;
  if (text.length > MAX_COMMENT_CHARS) {
    return `not judged: ${text.length.toLocaleString('en-US')} characters is more than one comment can be (limit ${MAX_COMMENT_CHARS.toLocaleString('en-US')})`;
  }
  return undefined;
}

/** True when any finding in the reports is of kind `dictating`: what makes `check` exit 1. */
export function hasDictating(reports: readonly FileReport[]): boolean {
  return reports.some((r) => r.findings.some((f) => f.kind === 'dictating'));
}
