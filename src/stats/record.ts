/**
 * Recording finished comments and applied rewrites. Each function returns a new state and leaves its
 * argument untouched, so the store can write the new value and keep the old one if the write fails.
 */
import type { FindingKind, FixKind, Label } from '../core/types';
import { isDayKey } from './day';
import { FINDING_KINDS, LABELS, MAX_DAYS, REWRITE_KINDS, emptyDay, sumDays } from './schema';
import type { DayStats, StatsState } from './schema';

/** A comment that was finished: its comment box closed, or its paragraph was saved. */
export interface FinishedComment {
  /** Local day `YYYY-MM-DD` (see `dayKey`). */
  day: string;
  /** The label at the moment it was finished. */
  label: Label;
  /** Kinds of the findings it had when finished; duplicates count once. */
  findingKinds: readonly FindingKind[];
  /** It was labelled dictating at some point while it was being drafted. */
  draftedAsDictating: boolean;
}

/** A quick-fix rewrite the reviewer applied. */
export interface AppliedRewrite {
  day: string;
  kind: FixKind;
  /** How many rewrites of this kind one action applied (a fix-all removes every minimiser at once); 1 if unset. */
  count?: number;
}

/**
 * Counts one finished comment on its day.
 * @throws RangeError when `day` is not a `YYYY-MM-DD` date: a programming error in the caller, which
 *   must not be stored, because `loadStats` would then reject the whole store as corrupt.
 */
export function recordFinished(state: StatsState, comment: FinishedComment): StatsState {
  checkDay(comment.day);
  if (!LABELS.includes(comment.label)) throw new RangeError(`not a label: ${JSON.stringify(comment.label)}`);
  return updateDay(state, comment.day, (day) => {
    day.finished[comment.label] += 1;
    // Unknown kinds are skipped rather than stored: validation on load accepts known kinds only.
    for (const kind of new Set(comment.findingKinds)) {
      if (FINDING_KINDS.includes(kind)) day.findings[kind] = (day.findings[kind] ?? 0) + 1;
    }
    if (comment.draftedAsDictating && comment.label === 'mentoring') day.dictatingToMentoring += 1;
  });
}

/** More rewrites than one action on one document could apply: a count past it is a caller's bug. */
const MAX_REWRITES_AT_ONCE = 10_000;

/** A count `recordRewrite` accepts: a whole number from 1 to 10 000. */
export function isRewriteCount(count: unknown): count is number {
  return typeof count === 'number' && Number.isInteger(count) && count >= 1 && count <= MAX_REWRITES_AT_ONCE;
}

/**
 * Counts an applied rewrite (or `count` of them) on its day.
 * @throws RangeError for a bad day, an unknown kind (see `recordFinished`) or a count that is not a whole
 * number from 1 to 10 000.
 */
export function recordRewrite(state: StatsState, rewrite: AppliedRewrite): StatsState {
  checkDay(rewrite.day);
  if (!REWRITE_KINDS.includes(rewrite.kind)) throw new RangeError(`not a rewrite kind: ${JSON.stringify(rewrite.kind)}`);
  const count = rewrite.count ?? 1;
  if (!isRewriteCount(count)) throw new RangeError(`not a rewrite count: ${JSON.stringify(rewrite.count)}`);
  return updateDay(state, rewrite.day, (day) => {
    day.rewrites[rewrite.kind] = (day.rewrites[rewrite.kind] ?? 0) + count;
  });
}

/**
 * Keeps the newest `MAX_DAYS` days and folds the rest into `older`. Applied after every change and on
 * load, so a store written by hand or by an older version cannot grow past the cap either.
 */
export function capDays(state: StatsState, maxDays: number = MAX_DAYS): StatsState {
  const keys = Object.keys(state.days);
  if (keys.length <= maxDays) return state;
  keys.sort();
  const dropped = keys.slice(0, keys.length - maxDays);
  let older = state.older;
  const days: Record<string, DayStats> = { ...state.days };
  for (const key of dropped) {
    older = sumDays(older, days[key]!);
    delete days[key];
  }
  return { version: state.version, days, older };
}

function updateDay(state: StatsState, key: string, change: (day: DayStats) => void): StatsState {
  const previous = state.days[key];
  // A deep enough copy of the one day that changes; the other days are shared with `state`.
  const day = previous ? sumDays(emptyDay(), previous) : emptyDay();
  change(day);
  return capDays({ version: state.version, days: { ...state.days, [key]: day }, older: state.older });
}

function checkDay(day: string): void {
  if (!isDayKey(day)) throw new RangeError(`not a day (YYYY-MM-DD): ${JSON.stringify(day)}`);
}
