import type { FindingKind } from '../types';

/**
 * One coaching sentence per finding kind: why it matters to the author, not a rule citation.
 * `{word}` is replaced by the words found.
 */
export const COACHING: Readonly<Record<FindingKind, string>> = {
  dictating: 'A bare order about the how reads as distrust; say why it matters or ask, so the author can weigh it.',
  'missing-why': 'Without the reason the author can only comply; one clause of why lets them judge this and the next case.',
  absolute: '"{word}" makes this sound like law; scope it or give the reason, so the rule can be understood rather than obeyed.',
  minimiser: '"{word}" implies the change is trivial, which can make the author feel slow; the request reads as well without it.',
  personal: 'This points at the person rather than the code; describing what the code does keeps the review about the work.',
  harsh: '"{word}" reads as contempt and puts the author on the defensive; name the concrete problem instead.',
  vague: 'A verdict without specifics leaves the author guessing; name the problem or the outcome you want.',
};

export function coachingMessage(kind: FindingKind, word?: string): string {
  return COACHING[kind].replace('{word}', word ?? '');
}
