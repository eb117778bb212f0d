import { maskComment } from '../markdown/mask';
import type { TextEdit } from '../types';
import { opensSentenceAt } from './opens-sentence';
import type { Span } from './shape';

/** Minimisers that are adjectives: after "is" or "be" they carry the sentence and cannot go. */
const PREDICATE_ADJECTIVES = /^(?:easy|trivial|simple|obvious|straightforward|clear)$/i;
const COPULA_BEFORE = /\b(?:is|are|was|were|be|been|being|it's|that's|seems|looks|sounds)\s+$/i;

/**
 * Removes a minimiser ("just", "simply", "obviously", "of course") at `range` with one adjacent
 * space: "Just use a map." gives "Use a map.", "This is simply wrong" gives "This is wrong". A
 * comma that set it off goes too ("Obviously, this fails" gives "This fails"), the next word is
 * capitalised when the minimiser opened the sentence, and "an easy fix" becomes "a fix". A lead-in
 * that only says it is easy goes whole ("Easy fix: swap them." gives "Swap them.").
 *
 * Returns no edits when removing the word would break the sentence ("This is easy.") or the range
 * holds no prose word.
 */
export function dropMinimiser(text: string, range: Span): TextEdit[] {
  const start = Math.max(0, Math.min(text.length, range.offset));
  const end = Math.max(start, Math.min(text.length, range.offset + range.length));
  const word = text.slice(start, end);
  const { masked } = maskComment(text);
  if (!/^[\p{L}][\p{L}' ]*$/u.test(word) || masked.slice(start, end) !== word) return [];
  // What the checks read before the word: its last few characters, so a long sentence with many
  // minimisers is not read from its start for each one.
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end);
  if (PREDICATE_ADJECTIVES.test(word) && (COPULA_BEFORE.test(before) || /^\s*(?:[.!?]|$)/.test(after))) return [];

  const opensSentence = opensSentenceAt(masked, start);
  // "Easy fix: swap them." The lead-in says only that it is easy; it goes whole, and the order opens the sentence.
  const leadIn = opensSentence && PREDICATE_ADJECTIVES.test(word) ? /^(?:[ \t]+\p{L}+){1,2}:[ \t]+/u.exec(masked.slice(end)) : null;
  if (leadIn) {
    const to = end + leadIn[0].length;
    const next = text[to] ?? '';
    const capital = /^\p{Lu}/u.test(word) && masked[to] === next && /\p{Ll}/u.test(next);
    return [{ offset: start, length: to - start + (capital ? 1 : 0), newText: capital ? next.toUpperCase() : '' }];
  }
  let from = start;
  let to = end;
  if (/^,[ \t]/.test(after) && (opensSentence || /,[ \t]$/.test(before))) {
    // "Obviously, this" / "This is, of course, wrong": the commas around it go with it.
    if (opensSentence) to += 2;
    else {
      from -= 2;
      to += 1;
    }
  } else if (/^[ \t]/.test(after)) to += 1;
  else if (/[ \t]$/.test(before)) from -= 1;

  const edits: TextEdit[] = [];
  const nextChar = text[to] ?? '';
  const nextIsProse = masked[to] === nextChar;
  if (opensSentence && /^\p{Lu}/u.test(word) && nextIsProse && /\p{Ll}/u.test(nextChar)) {
    edits.push({ offset: from, length: to + 1 - from, newText: nextChar.toUpperCase() });
  } else {
    edits.push({ offset: from, length: to - from, newText: '' });
  }
  // The article agrees with the word that now follows it: "an easy fix" → "a fix", "a simple API" → "an API".
  const article = /\b(an?) $/i.exec(text.slice(Math.max(0, from - 4), from));
  const nextWord = /^\p{L}+/u.exec(text.slice(to))?.[0];
  if (article && nextWord) {
    const wantsAn = /^[aeiou]/i.test(nextWord) && !/^(?:u[nst]i|eu|one|use)/i.test(nextWord);
    const art = article[1]!;
    const fixed = wantsAn ? (art[0] === 'A' ? 'An' : 'an') : art[0] === 'A' ? 'A' : 'a';
    if (fixed !== art) edits.unshift({ offset: from - 1 - art.length, length: art.length, newText: fixed });
  }
  return edits;
}
