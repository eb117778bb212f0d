/**
 * The stored shape of the Review Style statistics. Counts only: the day, the label, finding kinds and
 * rewrite kinds. Never a comment's text and never a file name, so the store can be exported or synced
 * without leaking what was reviewed.
 */
import { FINDING_KINDS } from '../core/types';
import type { FindingKind, FixKind, Label } from '../core/types';

/** Bumped whenever the stored shape changes; `loadStats` migrates every older version to this one. */
export const SCHEMA_VERSION = 2;

/** Days of per-day detail kept; older days are folded into `StatsState.older` so all-time counts stay whole. */
export const MAX_DAYS = 400;

export const LABELS: readonly Label[] = ['mentoring', 'dictating', 'neutral'];

/** Re-declared here because the core's `FixKind` is a type only and validation needs the values. */
export const REWRITE_KINDS: readonly FixKind[] = ['ask-instead', 'add-why', 'label', 'drop-minimiser', 'about-code', 'drop-harsh'];

export { FINDING_KINDS };

export type LabelCounts = Record<Label, number>;
/** Sparse: a kind absent from the map counted zero, which keeps 400 stored days small. */
export type FindingCounts = Partial<Record<FindingKind, number>>;
/** Sparse, like `FindingCounts`. */
export type RewriteCounts = Partial<Record<FixKind, number>>;

/** What happened on one local day. */
export interface DayStats {
  /** Finished comments by their label when finished. */
  finished: LabelCounts;
  /** In how many finished comments each finding kind appeared (a kind counts once per comment). */
  findings: FindingCounts;
  /** Quick-fix rewrites applied, by kind. */
  rewrites: RewriteCounts;
  /** Comments that were dictating at some point while drafted and mentoring when finished. */
  dictatingToMentoring: number;
}

/** The whole store, schema version 2: aggregated per day. */
export interface StatsState {
  version: typeof SCHEMA_VERSION;
  /** Keyed by local day `YYYY-MM-DD`; at most `MAX_DAYS` entries. */
  days: Readonly<Record<string, DayStats>>;
  /** Totals of the days dropped by the cap, so "all time" does not shrink after 400 days of use. */
  older: DayStats;
}

/** An all-zero day. A fresh object each call, so callers may fill it in. */
export function emptyDay(): DayStats {
  return { finished: { mentoring: 0, dictating: 0, neutral: 0 }, findings: {}, rewrites: {}, dictatingToMentoring: 0 };
}

/** The store of a new user. */
export function emptyStats(): StatsState {
  return { version: SCHEMA_VERSION, days: {}, older: emptyDay() };
}

/** Sum of `b` into a copy of `a`; used for period totals and for folding capped days into `older`. */
export function sumDays(a: DayStats, b: DayStats): DayStats {
  const out = emptyDay();
  for (const label of LABELS) out.finished[label] = a.finished[label] + b.finished[label];
  for (const kind of FINDING_KINDS) {
    const n = (a.findings[kind] ?? 0) + (b.findings[kind] ?? 0);
    if (n > 0) out.findings[kind] = n;
  }
  for (const kind of REWRITE_KINDS) {
    const n = (a.rewrites[kind] ?? 0) + (b.rewrites[kind] ?? 0);
    if (n > 0) out.rewrites[kind] = n;
  }
  out.dictatingToMentoring = a.dictatingToMentoring + b.dictatingToMentoring;
  return out;
}

/** Finished comments of a day, whatever their label. */
export function finishedTotal(day: DayStats): number {
  return day.finished.mentoring + day.finished.dictating + day.finished.neutral;
}
