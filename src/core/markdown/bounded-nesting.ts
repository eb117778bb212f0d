/**
 * How many block quotes and list items may open on one line before the rest of the line is read as
 * text. Review comments nest two or three deep; micromark's cost grows with the square of the depth
 * (every level checks the whole rest of the line again), so `'* '` repeated over 10 KB took seconds.
 */
export const MAX_NESTING = 10;

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * `text` as micromark may see it: the same length and the same lines, but on a line that opens more
 * than MAX_NESTING quotes and list items, the first marker past the limit is replaced by a letter,
 * so that the rest of the line is a paragraph's text. Lines no deeper than that are untouched.
 * A line that is a thematic break from some marker on (`* * *`) is left alone: micromark stops
 * there itself, in one pass.
 */
export function boundNesting(text: string): string {
  let out: string[] | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    const excess = markerPastLimit(text, lineStart, lineEnd);
    if (excess >= 0) {
      out ??= text.split('');
      out[excess] = 'x';
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? 2 : 1);
  }
  return out ? out.join('') : text;
}

/** Where the first container marker past MAX_NESTING starts on the line, or -1. */
function markerPastLimit(text: string, from: number, to: number): number {
  let at = from;
  for (let depth = 0; ; depth++) {
    let j = at;
    while (j < to && j - at < 3 && text[j] === ' ') j++;
    const end = markerEnd(text, j, to);
    if (end < 0) return -1;
    // A thematic break wins over a list item; micromark reads it at this level and goes no deeper.
    if (text[j] !== '>' && THEMATIC_BREAK.test(text.slice(j, to))) return -1;
    if (depth === MAX_NESTING) return j;
    at = end;
    // One space or tab belongs to the marker; more is the content's indentation (read by the next level).
    if (at < to && (text[at] === ' ' || text[at] === '\t')) at++;
  }
}

/** The end of a block quote or list marker at `j`, or -1 when there is none. */
function markerEnd(text: string, j: number, to: number): number {
  const c = text[j];
  if (c === '>') return j + 1;
  let k = j;
  if (c === '-' || c === '+' || c === '*') k = j + 1;
  else {
    while (k < to && k - j < 9 && text[k]! >= '0' && text[k]! <= '9') k++;
    if (k === j || (text[k] !== '.' && text[k] !== ')')) return -1;
    k++;
  }
  // A list marker is followed by a space, a tab or the end of the line.
  return k >= to || text[k] === ' ' || text[k] === '\t' ? k : -1;
}
