/**
 * Inline ignore comments, in the style of markdownlint:
 * `<!-- review-coach-disable -->` … `<!-- review-coach-enable -->` and
 * `<!-- review-coach-disable-next-line -->`. Pure, so plain mocha can test it.
 */

const DIRECTIVE = /<!--\s*review-coach-(disable-next-line|disable|enable)\s*-->/g;

/** Tells whether a line (0-based) is switched off by an inline directive. */
export type IgnorePredicate = (line: number) => boolean;

const NOTHING_IGNORED: IgnorePredicate = () => false;

/**
 * Scans the text for directives. A `disable` switches off the lines after it until an `enable` (or the
 * end); the directive's own line is not part of any comment. `disable-next-line` switches off the one
 * line after it, as in markdownlint.
 */
export function ignoredLines(text: string): IgnorePredicate {
  // Fast path: almost no document has a directive, and this runs on every keystroke of a 1 MB file.
  if (!text.includes('review-coach-')) return NOTHING_IGNORED;
  const ranges: [number, number][] = []; // inclusive line ranges
  let line = 0;
  let lineSearchFrom = 0;
  let disabledFrom: number | undefined;
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    // Count newlines up to the match, incrementally, to know its line.
    for (let i = text.indexOf('\n', lineSearchFrom); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) {
      line++;
      lineSearchFrom = i + 1;
    }
    const kind = m[1];
    if (kind === 'disable-next-line') ranges.push([line + 1, line + 1]);
    else if (kind === 'disable') disabledFrom ??= line;
    else if (disabledFrom !== undefined) {
      ranges.push([disabledFrom, line]);
      disabledFrom = undefined;
    }
  }
  if (disabledFrom !== undefined) ranges.push([disabledFrom, Number.MAX_SAFE_INTEGER]);
  return (l) => ranges.some(([from, to]) => l >= from && l <= to);
}

/**
 * The text with every directive replaced by spaces of the same length: the analysis never sees the
 * HTML comment, and offsets still match the document.
 */
export function blankDirectives(text: string): string {
  if (!text.includes('review-coach-')) return text;
  return text.replace(DIRECTIVE, (m) => ' '.repeat(m.length));
}
