/** One comment found in a Markdown document: a range of the original text. */
export interface CommentBlock {
  /** UTF-16 offset of the block in the document. */
  offset: number;
  /** The block's text, exactly as in the document (Markdown and all). */
  text: string;
}

const BLANK = /^[ \t]*$/;
/** A fence as CommonMark opens one: no backtick in a backtick fence's info string. */
const FENCE = /^([ \t]*)(`{3,}|~{3,})(.*)$/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const QUOTE = /^ {0,3}>/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const TABLE = /^[ \t]*\|/;
const HTML_COMMENT = /^ {0,3}<!--/;
const LIST_ITEM = /^( {0,3})(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const INDENTED_CODE = /^(?: {4}|\t)/;

/**
 * How `check FILE` reads a file: as Markdown in which each paragraph and each list item is one
 * review comment. That is how people keep drafts and how review exports look (one comment a
 * paragraph or a bullet); judging the whole file as one comment would let a reason in one bullet
 * excuse an order in another.
 *
 * Skipped, as not comments: headings, `>` quotes (someone else's words), thematic breaks, tables,
 * HTML comments, indented code, and fenced code standing alone. A fence right after prose (a
 * `suggestion` block under "Rename this:") stays in that comment, where the core masks it; blank
 * lines inside a fence never split. Lines indented under a list item, nested items included, belong
 * to that item.
 *
 * A line scanner rather than the Markdown parser: micromark took 10 to 20 µs a character here (over
 * 10 s for 1 MB), and block boundaries need only these few line shapes. Offsets are the file's own.
 */
export function commentBlocks(markdown: string): CommentBlock[] {
  const lines = splitLines(markdown);
  const blocks: CommentBlock[] = [];
  let start = -1; // offset where the open block starts, -1 when none
  let end = 0; // end of its last line, line break excluded
  let itemIndent = -1; // content indent of the open list item, -1 when the block is a paragraph
  const close = (): void => {
    if (start >= 0 && end > start) blocks.push({ offset: start, text: markdown.slice(start, end) });
    start = -1;
    itemIndent = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    const { offset, text } = lines[i]!;
    // Up to three columns of indent (past a list item's own, inside one); more is indented code or text.
    const base = start >= 0 && itemIndent >= 0 ? itemIndent : 0;
    const fence = opensFence(text, base);
    if (fence) {
      // Consume the whole fence; it joins an open block, or is skipped alone.
      const marker = fence;
      let j = i + 1;
      while (j < lines.length && !closesFence(lines[j]!.text, marker, base)) j++;
      const last = lines[Math.min(j, lines.length - 1)]!;
      if (start >= 0) end = last.offset + last.text.length;
      i = j;
      continue;
    }
    if (BLANK.test(text)) {
      close();
      continue;
    }
    const indent = /^[ \t]*/.exec(text)![0].length;
    if (start >= 0 && itemIndent >= 0 && indent >= itemIndent) {
      end = offset + text.length; // continuation or nested item of the open list item
      continue;
    }
    if (HEADING.test(text) || QUOTE.test(text) || RULE.test(text) || TABLE.test(text) || HTML_COMMENT.test(text)) {
      close();
      if (HTML_COMMENT.test(text)) while (i < lines.length - 1 && !lines[i]!.text.includes('-->')) i++;
      continue;
    }
    const item = LIST_ITEM.exec(text);
    if (item) {
      close();
      start = offset;
      end = offset + text.length;
      itemIndent = Math.max(item[0].length, item[1]!.length + 2);
      continue;
    }
    if (start < 0) {
      if (INDENTED_CODE.test(text)) continue;
      start = offset;
    }
    end = offset + text.length;
  }
  close();
  return blocks;
}

interface Line {
  offset: number;
  text: string;
}

/** Lines without their breaks (`\n`, `\r\n` or a lone `\r`), with their offsets. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ offset: from, text: text.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  lines.push({ offset: from, text: text.slice(from) });
  return lines;
}

/** The marker of the fence `line` opens (CommonMark), or undefined: a line that opens none is text. */
function opensFence(line: string, base: number): string | undefined {
  const m = FENCE.exec(line);
  if (!m || columns(m[1]!) > base + 3) return undefined;
  const marker = m[2]!;
  return marker[0] === '`' && m[3]!.includes('`') ? undefined : marker;
}

/** CommonMark: a closing fence uses the same character, at least as many, and nothing after it. */
function closesFence(line: string, marker: string, base: number): boolean {
  const m = /^([ \t]*)(`{3,}|~{3,})[ \t]*$/.exec(line);
  return m !== null && columns(m[1]!) <= base + 3 && m[2]![0] === marker[0] && m[2]!.length >= marker.length;
}

/** The width of leading white space, a tab reaching the next multiple of four. */
function columns(indent: string): number {
  let n = 0;
  for (const c of indent) n = c === '\t' ? n + 4 - (n % 4) : n + 1;
  return n;
}
