import type { Analysis } from './types';

/** Judges one review comment. (Being written: returns neutral until the rules land.) */
export function analyze(_text: string): Analysis {
  return { label: 'neutral', request: false, why: false, invites: false, harsh: false, confidence: 0.5, sentences: [], findings: [] };
}
