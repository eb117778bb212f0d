import { codeSpans } from './code-spans';
import type { StructureItem } from './markdown-structure';

const BLANK = /^[ \t]*$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const QUOTE = /^ {0,3}>/;
const HTML_COMMENT = /^ {0,3}<!--/;
const INDENTED = /^(?: {4}| {0,3}\t)/;

/**
 * Reads the structure that matters most from lines alone, in one pass: fenced code (by CommonMark's
 * rules: up to three spaces before the fence, no backtick in a backtick fence's info string, closed
 * by at least as many of the same character, or open to the end), indented code, `>` quotes with the
 * lines that continue them, HTML comments, and paragraphs between blank lines with their code spans. It is
 * exact for text whose only Markdown is code spans, and stands in for micromark on text that would
 * take micromark too long (see parse-cost.ts): lists, headings, links and the rest read as prose.
 */
export function lineStructure(text: string): StructureItem[] {
  const items: StructureItem[] = [];
  const lines = splitLines(text);
  let paragraphFrom = -1;
  let paragraphTo = -1;
  const closeParagraph = () => {
    if (paragraphFrom >= 0) pushBlock(text, paragraphFrom, paragraphTo, items);
    paragraphFrom = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const body = text.slice(line.start, line.end);
    const fence = opensFence(body);
    if (fence) {
      closeParagraph();
      let j = i + 1;
      while (j < lines.length && !closesFence(text.slice(lines[j]!.start, lines[j]!.end), fence[1]!)) j++;
      const last = lines[Math.min(j, lines.length - 1)]!;
      const info = fence[2]!.trim().toLowerCase();
      const from = line.start + body.indexOf(fence[1]!);
      items.push({ kind: info === 'suggestion' ? 'suggestion' : 'fence', offset: from, length: last.end - from });
      i = j;
      continue;
    }
    if (QUOTE.test(body) || HTML_COMMENT.test(body)) {
      closeParagraph();
      const comment = !QUOTE.test(body);
      let j = i;
      // A quote goes on over the lines that continue its paragraph; an HTML comment to the line that ends it.
      if (comment) while (j < lines.length - 1 && !text.slice(lines[j]!.start, lines[j]!.end).includes('-->')) j++;
      else while (j + 1 < lines.length && !BLANK.test(text.slice(lines[j + 1]!.start, lines[j + 1]!.end)) && !opensFence(text.slice(lines[j + 1]!.start, lines[j + 1]!.end))) j++;
      items.push({ kind: comment ? 'html' : 'quote', offset: line.start, length: lines[j]!.end - line.start });
      i = j;
      continue;
    }
    if (BLANK.test(body)) {
      closeParagraph();
      continue;
    }
    // Indented code cannot interrupt a paragraph; it runs over blank lines to its last indented line.
    if (paragraphFrom < 0 && INDENTED.test(body)) {
      let last = i;
      for (let j = i + 1; j < lines.length; j++) {
        const next = text.slice(lines[j]!.start, lines[j]!.end);
        if (INDENTED.test(next) && !BLANK.test(next)) last = j;
        else if (!BLANK.test(next)) break;
      }
      items.push({ kind: 'fence', offset: line.start, length: lines[last]!.end - line.start });
      i = last;
      continue;
    }
    if (paragraphFrom < 0) paragraphFrom = line.start;
    paragraphTo = line.end;
  }
  closeParagraph();
  return items;
}

/** A block of prose from its first non-blank character to its last, and its code spans. */
function pushBlock(text: string, from: number, to: number, items: StructureItem[]): void {
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  if (to <= from) return;
  items.push({ kind: 'block', offset: from, length: to - from });
  if (text.includes('`')) for (const span of codeSpans(text, from, to)) items.push({ kind: 'code', offset: span.offset, length: span.length });
}

/** The fence a line opens (its marker and info string): no backtick in a backtick fence's info string. */
function opensFence(line: string): RegExpExecArray | undefined {
  const fence = FENCE_OPEN.exec(line);
  return fence && !(fence[1]![0] === '`' && fence[2]!.includes('`')) ? fence : undefined;
}

/** CommonMark: a closing fence uses the same character, at least as many, and nothing after it. */
function closesFence(line: string, marker: string): boolean {
  const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
  return m !== null && m[1]![0] === marker[0] && m[1]!.length >= marker.length;
}

/** Line extents (line breaks excluded): `\n`, `\r\n` or a lone `\r` end a line. */
function splitLines(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '\n' && c !== '\r') continue;
    lines.push({ start, end: i });
    if (c === '\r' && text[i + 1] === '\n') i++;
    start = i + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}
