import { maskComment } from '../markdown/mask';
import type { TextEdit } from '../types';
import { dropMinimiser } from './drop-minimiser';
import { opensSentenceAt } from './opens-sentence';
import type { Span } from './shape';

/** Exclamations that carry only the writer's mood: they go, with the punctuation that set them off. */
const EXCLAMATIONS = /^(?:wtf|wth|ffs|ugh|damn|dammit|damnit|sigh|facepalm|yuck|eww+|blech|meh|come on|seriously\??|are you kidding\??|rtfm|for the (?:last|hundredth|nth) time|as i already said)$/;
/** Words that only sharpen the noun or verb after them ("this stupid hack", "what the hell is"): they go. */
const SHARPENERS = /^(?:stupid|dumb|crappy|shitty|fucking|fuckin|freaking|damn|damned|terrible|horrible|awful|ridiculous|ugly|messy|silly|lame|hacky|sloppy|idiotic|braindead|brain-dead|pathetic|atrocious|disgusting|gross|insane|horrendous|ludicrous|garbage|junk|the hell)$/;
/** How far either side of the harsh word its checks read. */
const CONTEXT = 200;
/** After these the word is what is said of the thing ("This is ugly code" still calls it ugly): not dropped. */
const PREDICATE_BEFORE = /\b(?:is|are|was|were|be|been|being|it's|that's|looks|seems|so|too|very|really|pretty|quite)\s+$/i;

/**
 * Takes the sting out of harsh wording at `range` when it carries no content: an exclamation ("Ugh, use
 * a map." gives "Use a map.", "Seriously?" on its own goes whole) or a word that only sharpens the next
 * one ("Remove this stupid hack." gives "Remove this hack.", "What the hell is this?" gives "What is
 * this?"). Returns undefined when the harsh word is the point of the sentence ("This is garbage."):
 * that needs the writer to name the concrete problem.
 */
export function softenHarsh(text: string, range: Span): TextEdit[] | undefined {
  const { masked } = maskComment(text);
  const from = Math.max(0, Math.min(text.length, range.offset));
  const to = Math.max(from, Math.min(text.length, range.offset + range.length));
  const phrase = text.slice(from, to);
  if (!phrase || masked.slice(from, to) !== phrase) return undefined;
  const lower = phrase.toLowerCase().replace(/\s+/g, ' ');
  // The checks read a few words either side, never the whole comment: one call a harsh word stays cheap.
  // A byte-order mark opening the text is no text before the word: the checks read from after it.
  const textStart = masked.charCodeAt(0) === 0xfeff ? 1 : 0;
  const before = masked.slice(Math.max(textStart, from - CONTEXT), from);
  const after = masked.slice(to, to + CONTEXT);

  if (EXCLAMATIONS.test(lower)) {
    const opens = opensSentenceAt(masked, from);
    const marks = /^[.!?…]*/.exec(after)![0].length;
    const rest = after.slice(marks);
    const endsSentence = marks > 0 || /[.!?…]$/.test(phrase);
    if (opens && (endsSentence || /^[ \t]*(?:\r?\n|$)/.test(rest))) {
      // The whole sentence goes, with its end marks and the spaces after it; alone on its line, the line goes.
      // Blanks are counted in the comment itself: quotes, fences and HTML comments are blanks only in the masked
      // text, and an edit that took them for indentation would delete them.
      const spaces = blanksAt(masked, text, to + marks, 1);
      const lineBreak = /^(?:\r?\n|$)/.exec(rest.slice(spaces));
      if (lineBreak) {
        const indent = blanksAt(masked, text, from, -1);
        const lineStart = from - indent;
        const atLineStart = lineStart <= textStart || masked[lineStart - 1] === '\n';
        const ownLine = atLineStart && lineBreak[0] !== '';
        // Its own line: the line goes with the break after it. Last on its line: the spaces (and break) before it go.
        const breakBefore = masked[lineStart - 1] === '\n' ? (masked[lineStart - 2] === '\r' ? 2 : 1) : 0;
        const leading = ownLine ? indent : indent + breakBefore;
        // On its own line, the indent of the line after goes too: that line now opens the paragraph,
        // where four spaces would make indented code of it.
        const nextIndent = ownLine ? blanksAt(masked, text, to + marks + spaces + lineBreak[0].length, 1) : 0;
        const trailing = marks + spaces + (ownLine ? lineBreak[0].length + nextIndent : 0);
        return [{ offset: from - leading, length: to - from + trailing + leading, newText: '' }];
      }
      if (spaces > 0) return [{ offset: from, length: to - from + marks + spaces, newText: '' }];
    }
    if (opens && /^[,!…-]+[ \t]+\p{L}/u.test(after)) {
      // "Ugh, use a map": the comma goes with it and the next word opens the sentence.
      const gap = /^[,!…-]+[ \t]+/.exec(after)![0].length;
      const next = text[to + gap]!;
      return [{ offset: from, length: to + gap + 1 - from, newText: /^\p{Lu}/u.test(phrase) ? next.toUpperCase() : next }];
    }
    const comma = /[ \t]*,[ \t]*$/.exec(before);
    if (comma && /^[.!?…]*(?:\s|$)/.test(after)) return [{ offset: from - comma[0].length, length: to - from + comma[0].length, newText: '' }];
    return undefined;
  }

  if (SHARPENERS.test(lower) && /^[ \t]+\p{L}/u.test(after) && !PREDICATE_BEFORE.test(before) && /(?:^|[ \t])$/.test(before)) {
    const edits = dropMinimiser(text, range);
    return edits.length ? edits : undefined;
  }
  return undefined;
}

/**
 * How many spaces or tabs of the writer's own run from `at` forwards (`step` 1) or end just before it (`step` -1):
 * blanks in the masked text that stand for masked code, quotes or comments do not count.
 */
function blanksAt(masked: string, text: string, at: number, step: 1 | -1): number {
  let n = 0;
  for (let i = step > 0 ? at : at - 1; i >= 0 && i < masked.length; i += step) {
    const c = masked[i];
    if ((c !== ' ' && c !== '\t') || text[i] !== c) break;
    n++;
  }
  return n;
}
