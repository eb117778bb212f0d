/**
 * Features are named by strings ("w:rename", "any:question") and stored by a 32-bit FNV-1a hash of the
 * name in a fixed space: the shipped weights then hold numbers only, never a word of the comments they
 * were learned from.
 */
export const FEATURE_BITS = 18;
const MASK = (1 << FEATURE_BITS) - 1;

/** 32-bit FNV-1a of a string's UTF-16 code units. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function featureIndex(name: string): number {
  return fnv1a(name) & MASK;
}
