/** Emoji and what joins or styles them: no words, so a sentence still opens after them ("🙂 Ugh, rename it"). */
const EMOJI_PART = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)$/u;

/**
 * Whether a sentence opens at `at` in `masked`: only spaces, emoji and markup (quote, list and emphasis
 * marks, or a masked prefix) lie between it and the start, a line break or the last end mark.
 * Read backwards over those characters only, so asking it for every word of a long sentence does
 * not read the sentence from its start each time.
 */
export function opensSentenceAt(masked: string, at: number): boolean {
  let back = at;
  while (back > 0) {
    const c = masked[back - 1]!;
    if (/[\s>*_#-]/.test(c)) {
      if (masked[--back] === '\n') return true;
      continue;
    }
    // An astral emoji is two code units: read the pair.
    const pair = back > 1 && /[\udc00-\udfff]/.test(c) ? masked.slice(back - 2, back) : c;
    if (!EMOJI_PART.test(pair)) break;
    back -= pair.length;
  }
  return back === 0 || /[.!?:\n]/.test(masked[back - 1]!);
}
