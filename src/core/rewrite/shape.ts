import { maskComment, type MaskedComment } from '../markdown/mask';

/** A range of the comment, as analyze() reports sentences and findings. */
export interface Span {
  offset: number;
  length: number;
}

/** One word of a sentence, read from the masked text so that code never looks like prose. */
export interface Word {
  start: number;
  end: number;
  /** Lower-cased, with typographic apostrophes made straight ("don’t" gives "don't"). */
  lower: string;
  /** The original spelling. */
  raw: string;
  /** A code span, link, URL, path or mention placeholder: never edited. */
  code: boolean;
}

/** Where a sentence's prose begins and ends, and its end punctuation. */
export interface SentenceShape {
  /** First character of prose, after indentation, list markers, emphasis and opening brackets. */
  start: number;
  /** Just after the last letter, digit or code placeholder (before closers and punctuation). */
  contentEnd: number;
  /** Where a missing end mark goes: after closing brackets or quotes, before emphasis, emoji or spaces. */
  insertAt: number;
  /** The run of `.`, `!`, `?` or `…` that ends the sentence, if any. */
  punct: Span | undefined;
  /** The tail holds `?`: the sentence is a question already. */
  question: boolean;
  /** The tail holds `:`, `;` or `,`: the sentence leads into something else. */
  openEnded: boolean;
  /** What follows the last word: closers, end marks, emphasis, emoji, spaces (masked). */
  tail: string;
  words: Word[];
  masked: string;
}

// Letters and digits, including the masker's 'x' placeholders.
const ALNUM = /[\p{L}\p{N}]/u;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:-[\p{L}\p{N}]+)*/gu;
// Indentation, list markers, heading marks, emphasis and opening brackets/quotes before the first word.
const LEAD = /^(?:\s+|[-*+](?=\s)|\d{1,3}[.)](?=\s)|#{1,6}(?=\s)|[*_~(["'“‘])*/u;

/**
 * Reads the sentence `span` of `text`. Returns undefined for a range outside the text or one with
 * no prose in it, or one that cuts a code span or link. `mask` may be passed in when the caller has
 * it, to mask the comment only once.
 */
export function shapeSentence(text: string, span: Span, mask: MaskedComment = maskComment(text)): SentenceShape | undefined {
  const masked = mask.masked;
  const from = Math.max(0, Math.min(text.length, span.offset));
  let to = Math.max(from, Math.min(text.length, span.offset + span.length));
  // A range that starts or ends inside a code span or link (a line break in a code span can split
  // a sentence there) cannot be edited without touching it.
  if (mask.regions.some((r) => (from > r.offset && from < r.offset + r.length) || (to > r.offset && to < r.offset + r.length))) return undefined;
  // A sentence range that stops short of its end mark would otherwise get a second one.
  while (to < text.length && /[.!?…]/.test(masked[to]!) && masked[to] === text[to]) to++;

  const start = from + (LEAD.exec(masked.slice(from, to))?.[0].length ?? 0);
  let last = to - 1;
  while (last >= start && !ALNUM.test(masked[last]!)) last--;
  if (last < start) return undefined;
  const contentEnd = last + 1;

  const tail = masked.slice(contentEnd, to);
  const punctMatch = /[.!?…]+/.exec(tail);
  const punct = punctMatch ? { offset: contentEnd + punctMatch.index, length: punctMatch[0].length } : undefined;
  let insertAt = contentEnd;
  while (insertAt < to && /[)\]"'”’]/.test(masked[insertAt]!)) insertAt++;

  const words: Word[] = [];
  const body = masked.slice(start, contentEnd);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(body); m; m = WORD.exec(body)) {
    const s = start + m.index;
    const e = s + m[0].length;
    const raw = text.slice(s, e);
    // Any masked character makes the word code, also "`foo`s" where letters touch a code span.
    words.push({ start: s, end: e, raw, lower: raw.toLowerCase().replace(/’/g, "'"), code: raw !== m[0] });
  }
  return {
    start,
    contentEnd,
    insertAt,
    punct,
    question: tail.includes('?'),
    openEnded: /[:;,]/.test(tail),
    tail,
    words,
    masked,
  };
}

/** "Rename" gives "rename"; "I", acronyms ("JSON") and mixed case ("GitHub") stay as they are. */
export function lowerInitial(word: string): string {
  return /^[A-Z][a-z]*(?:['’-][a-z]+)*$/.test(word) && word !== 'I' && !/^I['’]/.test(word)
    ? word[0]!.toLowerCase() + word.slice(1)
    : word;
}
