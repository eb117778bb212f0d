import type { Analysis, Finding, FindingKind } from '../types';

/** Findings an offered rewrite may not carry: the writer would be coached on them again right away. */
export const UNWANTED_KINDS: ReadonlySet<FindingKind> = new Set<FindingKind>(['dictating', 'personal', 'minimiser', 'harsh', 'absolute']);

/** The findings of `analysis` that an offered rewrite may not carry. */
export function unwantedFindings(analysis: Analysis): Finding[] {
  return analysis.findings.filter((f) => UNWANTED_KINDS.has(f.kind));
}

/**
 * Whether a rewrite, as analyze() judges it, leaves nothing to coach: no unwanted finding, and judged
 * mentoring when the original asks for something (`asks`); a comment that asks for nothing need only
 * not read as dictating.
 */
export function leavesNothingToCoach(analysis: Analysis, asks: boolean): boolean {
  if (unwantedFindings(analysis).length > 0) return false;
  return asks ? analysis.label === 'mentoring' : analysis.label !== 'dictating';
}
