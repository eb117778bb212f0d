/**
 * Features are named by strings ("w:rename", "any:question") and stored by a 32-bit FNV-1a hash of the
 * name in a fixed space: the shipped weights then hold numbers only, never a word of the comments they
 * were learned from.
 */
export const FEATURE_BITS = 18;
const MASK = (1 << FEATURE_BITS) - 1;

export function featureIndex(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & MASK;
}
