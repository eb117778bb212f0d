/**
 * What the Review Style view shows, computed from the store for a given day. Plain data, so it can be
 * posted to the webview as a message and rendered there or by the extension alike.
 */
import { COACHING } from '../core/findings/messages';
import type { FindingKind, FixKind, Label } from '../core/types';
import { shiftDay, weekStart } from './day';
import { FINDING_KINDS, LABELS, REWRITE_KINDS, emptyDay, emptyStats, finishedTotal, sumDays } from './schema';
import type { DayStats, LabelCounts, StatsState } from './schema';

/** Days in the trend and in the "last 30 days" period, today included. */
export const TREND_DAYS = 30;
/** How many findings the view lists. */
export const TOP_FINDINGS = 5;

/** Finished comments in one period. */
export interface PeriodSummary {
  total: number;
  byLabel: LabelCounts;
  /** Share of each label in 0..1; all zero when `total` is 0. */
  shares: Record<Label, number>;
}

/** One day of the trend chart. */
export interface TrendPoint {
  day: string;
  mentoring: number;
  dictating: number;
  neutral: number;
}

export interface TopFinding {
  kind: FindingKind;
  /** Finished comments that had this finding. */
  count: number;
  /** The core's coaching sentence for the kind, with no particular word filled in. */
  coaching: string;
}

export interface StyleSummary {
  /** The day the summary was computed for. */
  today: string;
  /** Nothing recorded yet: the view shows how to start. */
  empty: boolean;
  /** Monday of this week to today. */
  week: PeriodSummary;
  last30: PeriodSummary;
  all: PeriodSummary;
  /** `TREND_DAYS` points, oldest first, ending today; days without comments are zeros. */
  trend: TrendPoint[];
  /** Most frequent findings of the last 30 days, most frequent first. */
  topFindings: TopFinding[];
  /** Rewrites applied, all time, most used first; kinds never used are left out. */
  rewrites: Array<{ kind: FixKind; count: number }>;
  rewritesTotal: number;
  /** Comments drafted as dictating and finished as mentoring, all time. */
  dictatingToMentoring: number;
  /** Set when the store could not be read; the view shows it with the reset button. */
  problem?: { reason: 'corrupt' | 'future-version'; message: string };
}

/**
 * Summarises `state` as seen on `today` (`YYYY-MM-DD`). Days after `today` (a clock that went back)
 * count in "all time" only. One pass over at most `MAX_DAYS` days.
 */
export function summarize(state: StatsState, today: string): StyleSummary {
  const monday = weekStart(today);
  const from30 = shiftDay(today, -(TREND_DAYS - 1));
  let week = emptyDay();
  let last30 = emptyDay();
  let all = state.older;
  for (const [day, stats] of Object.entries(state.days)) {
    all = sumDays(all, stats);
    // Day keys are zero-padded ISO dates, so string order is date order.
    if (day > today) continue;
    if (day >= monday) week = sumDays(week, stats);
    if (day >= from30) last30 = sumDays(last30, stats);
  }

  const trend: TrendPoint[] = [];
  for (let i = TREND_DAYS - 1; i >= 0; i--) {
    const day = shiftDay(today, -i);
    const finished = state.days[day]?.finished ?? emptyDay().finished;
    trend.push({ day, mentoring: finished.mentoring, dictating: finished.dictating, neutral: finished.neutral });
  }

  const topFindings = FINDING_KINDS.map((kind) => ({ kind, count: last30.findings[kind] ?? 0, coaching: coachingFor(kind) }))
    .filter((f) => f.count > 0)
    .sort((a, b) => b.count - a.count) // stable: ties keep the tone model's order
    .slice(0, TOP_FINDINGS);
  const rewrites = REWRITE_KINDS.map((kind) => ({ kind, count: all.rewrites[kind] ?? 0 }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count);
  const rewritesTotal = rewrites.reduce((n, r) => n + r.count, 0);
  const allPeriod = period(all);

  return {
    today,
    empty: allPeriod.total === 0 && rewritesTotal === 0,
    week: period(week),
    last30: period(last30),
    all: allPeriod,
    trend,
    topFindings,
    rewrites,
    rewritesTotal,
    dictatingToMentoring: all.dictatingToMentoring,
  };
}

/** The summary shown while the store cannot be read: empty counts plus the problem to explain. */
export function problemSummary(today: string, problem: { reason: 'corrupt' | 'future-version'; message: string }): StyleSummary {
  return { ...summarize(emptyStats(), today), problem: { reason: problem.reason, message: problem.message } };
}

/**
 * Example words for the kinds whose coaching sentence quotes the word found: the view summarises many
 * comments, so there is no single word to quote.
 */
const EXAMPLE_WORDS: Partial<Record<FindingKind, string>> = {
  absolute: 'A word like "always" or "never"',
  minimiser: 'A word like "just" or "simply"',
  harsh: 'A word like "terrible" or "nonsense"',
};

/** `COACHING[kind]` without its `{word}` placeholder. */
export function coachingFor(kind: FindingKind): string {
  const sentence = COACHING[kind];
  if (!sentence.includes('{word}')) return sentence;
  return sentence.replace('"{word}"', EXAMPLE_WORDS[kind] ?? 'This word').replace('{word}', 'this word');
}

function period(day: DayStats): PeriodSummary {
  const total = finishedTotal(day);
  const shares = {} as Record<Label, number>;
  for (const label of LABELS) shares[label] = total === 0 ? 0 : day.finished[label] / total;
  return { total, byLabel: { ...day.finished }, shares };
}
