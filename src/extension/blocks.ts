/**
 * Splits a Markdown or plain-text document into the units judged as one comment each: paragraphs and
 * list items. Fenced and indented code, headings, tables, block quotes (someone else's words) and HTML
 * comments are not prose to coach, so they belong to no block. Pure, so plain mocha can test it; a line
 * scan rather than a Markdown parser because it runs on every keystroke of files up to megabytes.
 */

/** One paragraph or list item. */
export interface Block {
  /** Offset of `text` in the document (UTF-16). */
  offset: number;
  /** The block's text, list marker excluded, up to the end of its last line (newline excluded). */
  text: string;
  /** First and last line (0-based, inclusive). */
  startLine: number;
  endLine: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const RULE_OR_UNDERLINE = /^ {0,3}(?:(?:[-*_][ \t]*){3,}|=+[ \t]*|-+[ \t]*)$/;
const QUOTE = /^ {0,3}>/;
const TABLE = /^ {0,3}\|/;
const HTML_COMMENT_START = /^\s*<!--/;
const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(?:\[[ xX]\][ \t]+)?|$)/;
const INDENTED_CODE = /^(?: {4}|\t)/;

/**
 * First characters after which a line may start something other than paragraph text (fence, heading,
 * quote, table, HTML comment, list item, rule or setext underline); other lines skip every regex.
 */
const MAY_INTERRUPT: boolean[] = [];
for (const c of '`~#>|<-*+_=0123456789') MAY_INTERRUPT[c.charCodeAt(0)] = true;

/** Splits `text` into blocks, in document order. */
export function splitBlocks(text: string): Block[] {
  const scanner = scan(text);
  for (;;) {
    const step = scanner.next();
    if (step.done) return step.value;
  }
}

/**
 * `splitBlocks` for large documents: calls `pause()` (which yields to the event loop) whenever a stretch of
 * scanning has taken `sliceMs`, so a megabyte never holds the thread in one go.
 */
export async function splitBlocksSliced(text: string, sliceMs: number, pause: () => Promise<void>): Promise<Block[]> {
  const scanner = scan(text);
  let stretchStart = performance.now();
  for (;;) {
    const step = scanner.next();
    if (step.done) return step.value;
    if (performance.now() - stretchStart > sliceMs) {
      await pause();
      stretchStart = performance.now();
    }
  }
}

/**
 * The scan itself; it stops (yields) every 128 lines so a caller can check the time: on a busy machine, or in a web
 * worker extension host that JIT-compiles it later, 1024 lines could already run past the slice.
 */
function* scan(text: string): Generator<void, Block[], void> {
  const blocks: Block[] = [];
  let start = -1; // offset where the open block's text starts, -1 when none is open
  let startLine = 0;
  let end = 0; // offset just after the open block's last line (newline excluded)
  let endLine = 0;
  let fence: string | undefined; // the opening fence while inside fenced code
  let inHtmlComment = false;
  let afterListItem = false; // indented lines after a list item are its continuation, not code

  const close = (): void => {
    if (start >= 0 && end > start) {
      const body = text.slice(start, end);
      if (body.trim()) blocks.push({ offset: start, text: body, startLine, endLine });
    }
    start = -1;
  };

  const classify = (content: string, lineStart: number, contentEnd: number, line: number): void => {
    if (FENCE.test(content)) {
      close();
      fence = FENCE.exec(content)![1];
      afterListItem = false;
    } else if (HTML_COMMENT_START.test(content)) {
      close();
      inHtmlComment = !content.slice(content.indexOf('<!--') + 4).includes('-->');
    } else if (HEADING.test(content) || QUOTE.test(content) || TABLE.test(content)) {
      close();
      afterListItem = false;
    } else if (start >= 0 && RULE_OR_UNDERLINE.test(content)) {
      // A setext underline makes the paragraph above a heading: not a comment.
      start = -1;
    } else if (RULE_OR_UNDERLINE.test(content) && !LIST_ITEM.test(content)) {
      close();
    } else {
      const item = LIST_ITEM.exec(content);
      if (item) {
        close();
        afterListItem = true;
        start = lineStart + item[0].length;
        startLine = line;
        end = contentEnd;
        endLine = line;
      } else if (start >= 0) {
        end = contentEnd;
        endLine = line;
      } else if (INDENTED_CODE.test(content) && !afterListItem) {
        // Indented code block: skipped.
      } else {
        if (!/^[ \t]/.test(content)) afterListItem = false;
        start = lineStart + (content.length - content.trimStart().length);
        startLine = line;
        end = contentEnd;
        endLine = line;
      }
    }
  };

  let line = 0;
  for (let lineStart = 0; lineStart <= text.length; line++) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const next = lineEnd + 1;
    // Exclude a CR of CRLF from the content.
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    let first = lineStart; // first non-blank character
    while (first < contentEnd && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;

    if (fence !== undefined || inHtmlComment) {
      const content = text.slice(lineStart, contentEnd);
      if (inHtmlComment) {
        if (content.includes('-->')) inHtmlComment = false;
      } else {
        const m = FENCE.exec(content);
        if (m && m[1][0] === fence![0] && m[1].length >= fence!.length && !content.slice(m[0].length).trim()) fence = undefined;
      }
    } else if (first === contentEnd) {
      close();
    } else if (first - lineStart < 4 && !MAY_INTERRUPT[text.charCodeAt(first)]) {
      // Fast path for the common case, a plain line of paragraph text: no regex, no slice.
      if (start < 0) {
        if (first === lineStart) afterListItem = false;
        start = first;
        startLine = line;
      }
      end = contentEnd;
      endLine = line;
    } else {
      classify(text.slice(lineStart, contentEnd), lineStart, contentEnd, line);
    }
    lineStart = next;
    if ((line & 127) === 127) yield;
  }
  close();
  return blocks;
}

/** The block that contains `offset` (its end counts as inside), if any. */
export function blockAt(blocks: readonly Block[], offset: number): Block | undefined {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid];
    if (offset < b.offset) hi = mid - 1;
    else if (offset > b.offset + b.text.length) lo = mid + 1;
    else return b;
  }
  return undefined;
}
