/**
 * Local calendar days as `YYYY-MM-DD` strings. Nothing here reads the clock: callers pass the `Date`
 * (or the day), which keeps the store deterministic under test and lets the glue decide what "today" is.
 */

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The local calendar day of `now`, e.g. `2025-03-09`; local, because a reviewer's "today" is local. */
export function dayKey(now: Date): string {
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}

/** True for a real calendar date in `YYYY-MM-DD` form (rejects `2025-02-30`, `2025-13-01`). */
export function isDayKey(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DAY_KEY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The day `delta` days after `day` (negative for before). Computed in UTC on the date alone, so
 * daylight-saving changes cannot skip or repeat a day.
 */
export function shiftDay(day: string, delta: number): string {
  const t = utcMidnight(day) + delta * MS_PER_DAY;
  return new Date(t).toISOString().slice(0, 10);
}

/** Monday of the ISO week that contains `day`: "this week" starts on Monday, as ISO 8601 has it. */
export function weekStart(day: string): string {
  const weekday = new Date(utcMidnight(day)).getUTCDay(); // 0 = Sunday
  return shiftDay(day, -((weekday + 6) % 7));
}

function utcMidnight(day: string): number {
  const m = DAY_KEY.exec(day);
  if (!m) throw new RangeError(`not a day: ${JSON.stringify(day)}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
