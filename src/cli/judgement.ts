import { analyze, type Analysis } from '../core/index';

/** What the CLI reports for one comment: the rubric's answers, label, confidence and findings. */
export type Judgement = Pick<Analysis, 'label' | 'request' | 'why' | 'invites' | 'harsh' | 'confidence' | 'findings'>;

/**
 * Analyses one comment and keeps the fields the CLI promises, in a fixed order so JSON output is
 * stable to diff. Sentences stay out: they are the core's working, not a result.
 */
export function judge(text: string): Judgement {
  const a = analyze(text);
  return {
    label: a.label,
    request: a.request,
    why: a.why,
    invites: a.invites,
    harsh: a.harsh,
    confidence: a.confidence,
    findings: a.findings,
  };
}
