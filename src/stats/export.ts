/**
 * Export of the statistics for "Review Coach: Export Statistics". Pure: the glue writes the string
 * through a save dialog. Both formats carry counts only, as the store does.
 */
import { FINDING_KINDS, LABELS, REWRITE_KINDS, finishedTotal } from './schema';
import type { DayStats, StatsState } from './schema';

/** The store itself, pretty-printed with days in date order: it can be read back by `loadStats`. */
export function exportJson(state: StatsState): string {
  const days: Record<string, DayStats> = {};
  for (const key of Object.keys(state.days).sort()) days[key] = state.days[key]!;
  return `${JSON.stringify({ version: state.version, days, older: state.older }, null, 2)}\n`;
}

/**
 * One row per day in date order, one column per count; sparse counts are written as 0. Days folded by
 * the 400-day cap come first as a row whose day is `older`, and only when it holds anything. RFC 4180
 * line ends; no field needs quoting, since days and kind names are fixed ASCII.
 */
export function exportCsv(state: StatsState): string {
  const header = [
    'day',
    ...LABELS,
    'total',
    ...FINDING_KINDS.map((k) => `finding:${k}`),
    ...REWRITE_KINDS.map((k) => `rewrite:${k}`),
    'dictating_to_mentoring',
  ];
  const row = (day: string, s: DayStats): string =>
    [
      day,
      ...LABELS.map((l) => s.finished[l]),
      finishedTotal(s),
      ...FINDING_KINDS.map((k) => s.findings[k] ?? 0),
      ...REWRITE_KINDS.map((k) => s.rewrites[k] ?? 0),
      s.dictatingToMentoring,
    ].join(',');
  const lines = [header.join(',')];
  if (!isZero(state.older)) lines.push(row('older', state.older));
  for (const key of Object.keys(state.days).sort()) lines.push(row(key, state.days[key]!));
  return `${lines.join('\r\n')}\r\n`;
}

function isZero(s: DayStats): boolean {
  return (
    finishedTotal(s) === 0 &&
    s.dictatingToMentoring === 0 &&
    Object.keys(s.findings).length === 0 &&
    Object.keys(s.rewrites).length === 0
  );
}
