import type { Alternative } from '../types';

/** Up to three whole-comment alternatives. (Being written.) */
export function reframe(_text: string): Alternative[] {
  return [];
}
