import { lineStructure } from './line-structure';
import { markdownStructure } from './markdown-structure';
import { worthParsing } from './parse-cost';
import { maskInlineTokens } from './inline-tokens';
import { matchConventionalPrefix, type ConventionalPrefix } from './conventional-prefix';
import { BoundedCache } from '../util/bounded-cache';

/** What a masked stretch of the comment was, so rules can use it without reading it. */
export type RegionKind =
  | 'code' // inline code span
  | 'fence' // fenced or indented code block
  | 'suggestion' // a ```suggestion block: a concrete change proposed
  | 'link' // Markdown link, image or autolink
  | 'url' // bare URL
  | 'mention' // @someone
  | 'path' // file path or identifier
  | 'quote' // > someone else's words
  | 'html' // HTML, including HTML comments
  | 'prefix'; // Conventional Comments label

export interface Region {
  kind: RegionKind;
  offset: number;
  length: number;
}

/** A paragraph-like block of prose: each is analysed on its own. */
export interface Block {
  offset: number;
  length: number;
}

export interface MaskedComment {
  /** Same length as the original; non-prose replaced so that offsets stay identical, lone CRs read as LF. */
  masked: string;
  regions: Region[];
  blocks: Block[];
  /** The Conventional Comments label at the start of the comment, if any. */
  prefix: ConventionalPrefix | undefined;
}

/**
 * Characters or line starts without which CommonMark's structure, as far as masking cares, is plain
 * paragraphs and code spans: lists, quotes, headings, fences, indented code, HTML, links, images and
 * escapes all need one of these. Emphasis, entities and tildes change nothing that is masked.
 */
const STRUCTURE_SYNTAX = /[[\]<\\]|^ {0,3}(?:[-+*#=>_]|\d{1,9}[.)]|```|~~~)|^(?: {4}|\t)/m;

/**
 * Replaces every piece of the comment that is not the writer's prose (code, links, quotes, HTML,
 * prefixes) with a placeholder of exactly the same length: NLP then sees only prose, and every
 * offset it reports is an offset into the original text, so no offset map is needed.
 *
 * A lone CR is a line ending in CommonMark, as LF and CRLF are; it is read as a LF throughout (and
 * is one in `masked`), so a comment gets the same sentences and label whichever its editor wrote.
 */
export function maskComment(original: string): MaskedComment {
  // Reframe and the fixes rewrite a comment a sentence (or a word) at a time, each rewrite asking
  // for the mask of the same comment or sentence: the last few are kept, so a text is masked once,
  // not once a rewrite (which made many short orders quadratic). Callers only read the result.
  const known = lastMasked.get(original);
  if (known) return known;
  const mask = maskUncached(original);
  lastMasked.set(original, mask);
  return mask;
}

const lastMasked = BoundedCache.forSpeedOnly<string, MaskedComment>(4);

function maskUncached(original: string): MaskedComment {
  const text = original.includes('\r') ? original.replace(/\r(?!\n)/g, '\n') : original;
  const chars = text.split('');
  const regions: Region[] = [];
  const blocks: Block[] = [];

  const fill = (kind: RegionKind, start: number, end: number, as: 'space' | 'word') => {
    if (end <= start) return;
    regions.push({ kind, offset: start, length: end - start });
    for (let i = start; i < end; i++) {
      const c = chars[i]!;
      // Blocks keep their line breaks (line structure around them still matters); an inline span
      // becomes one word, or NLP would end a sentence inside it.
      if (as === 'space' && (c === '\n' || c === '\r')) continue;
      chars[i] = as === 'space' ? ' ' : 'x';
    }
  };

  // A leading byte-order mark is no part of the first line (CommonMark and micromark skip it).
  const structured = STRUCTURE_SYNTAX.test(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  // Plain paragraphs, perhaps with code spans (most review comments), need no parse: blank lines are
  // their only structure and the spans follow CommonMark's backtick rule. Text that would cost
  // micromark far more than its length (a long list of one-word items, setext headings) is read from
  // its lines too, fences and quotes included.
  const items = structured && worthParsing(text) ? markdownStructure(text) : lineStructure(text);
  for (const item of items) {
    if (item.kind === 'block') blocks.push({ offset: item.offset, length: item.length });
    else fill(item.kind, item.offset, item.offset + item.length, item.kind === 'code' || item.kind === 'link' ? 'word' : 'space');
  }
  blocks.sort((a, b) => a.offset - b.offset);

  let prefix: ConventionalPrefix | undefined;
  const first = blocks[0];
  if (first) {
    prefix = matchConventionalPrefix(text, first.offset);
    if (prefix) fill('prefix', prefix.offset, prefix.offset + prefix.length, 'space');
  }

  for (const block of blocks) {
    maskInlineTokens(text, chars, block, (kind, start, end) => fill(kind, start, end, 'word'));
    unwrapHardLineBreaks(chars, block);
  }

  regions.sort((a, b) => a.offset - b.offset);
  return { masked: chars.join(''), regions, blocks, prefix };
}

/**
 * A single line break inside a paragraph is usually a hard wrap, not a sentence end; NLP splits on
 * every line break, so a wrap is turned into a space. A line that starts with a capital letter after
 * a line with no end punctuation is taken as a new sentence ("Rename this\nRemove that").
 */
function unwrapHardLineBreaks(chars: string[], block: Block) {
  const end = block.offset + block.length;
  for (let i = block.offset; i < end; i++) {
    if (chars[i] !== '\n') continue;
    let next = i + 1;
    while (next < end && (chars[next] === ' ' || chars[next] === '\t')) next++;
    const nextChar = chars[next] ?? '';
    let prev = i - 1;
    if (chars[prev] === '\r') prev--;
    while (prev >= block.offset && (chars[prev] === ' ' || chars[prev] === '\t')) prev--;
    const prevChar = chars[prev] ?? '';
    const startsSentence = /[A-Z]/.test(nextChar) || /[-*+]/.test(nextChar);
    if (/[.!?:;]/.test(prevChar) || startsSentence) {
      // Make the break a sentence end that NLP will honour even without punctuation.
      continue;
    }
    chars[i] = ' ';
    if (chars[i - 1] === '\r') chars[i - 1] = ' ';
  }
}
