/**
 * Whether a sentence opens at `at` in `masked`: only spaces and markup (quote, list and emphasis
 * marks, or a masked prefix) lie between it and the start, a line break or the last end mark.
 * Read backwards over those characters only, so asking it for every word of a long sentence does
 * not read the sentence from its start each time.
 */
export function opensSentenceAt(masked: string, at: number): boolean {
  let back = at;
  while (back > 0 && /[\s>*_#-]/.test(masked[back - 1]!)) {
    if (masked[--back] === '\n') return true;
  }
  return back === 0 || /[.!?:\n]/.test(masked[back - 1]!);
}
