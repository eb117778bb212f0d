import type { Label } from './types';

/** The rubric's four answers. */
export interface RubricAnswers {
  request: boolean;
  why: boolean;
  invites: boolean;
  harsh: boolean;
}

/** The rubric's rule: neutral without a request; dictating when harsh or with neither a why nor an invitation. */
export function labelOf(a: RubricAnswers): Label {
  if (!a.request) return 'neutral';
  return a.harsh || (!a.why && !a.invites) ? 'dictating' : 'mentoring';
}
