/**
 * Lower-cases `text` without changing its length, so that an index into the result is the same
 * index into `text`. `String.prototype.toLowerCase` maps "İ" (U+0130) to two code units ("i̇"), which
 * would shift every offset after it; here each character that would grow keeps only the first
 * character of its lower case ("İ" gives "i"), which is what the word patterns need to match.
 */
export function lowerCaseSameLength(text: string): string {
  const lower = text.toLowerCase();
  // No character's lower case is shorter than the character, so equal lengths mean none grew.
  if (lower.length === text.length) return lower;
  let out = '';
  for (const c of text) {
    const l = c.toLowerCase();
    const first = String.fromCodePoint(l.codePointAt(0)!);
    out += l.length === c.length ? l : first.length === c.length ? first : c;
  }
  return out;
}
