/**
 * Reading the store back: validation, migration from older schema versions, and a clear refusal for
 * a corrupt or newer store. Never throws, because a bad store must not take the extension down; the
 * glue shows the message and offers a reset instead.
 */
import type { Label } from '../core/types';
import { isDayKey } from './day';
import { capDays } from './record';
import { FINDING_KINDS, LABELS, REWRITE_KINDS, SCHEMA_VERSION, emptyDay, emptyStats } from './schema';
import type { DayStats, StatsState } from './schema';

/**
 * Schema version 1, the shape before per-day aggregation: one event per finished comment. Kept as a
 * type so the migration states exactly what it accepts.
 */
export interface StatsStateV1 {
  version: 1;
  events: Array<{ day: string; label: Label }>;
}

export type LoadResult =
  | {
      ok: true;
      state: StatsState;
      /** The stored value was absent, older or over the cap: write `state` back to keep the store current. */
      changed: boolean;
    }
  | {
      ok: false;
      /** `corrupt`: unreadable values. `future-version`: written by a newer Review Coach; do not overwrite it silently. */
      reason: 'corrupt' | 'future-version';
      /** One sentence for the user, naming the first bad value. */
      message: string;
    };

/** Validates `raw` (what the storage returned, possibly `undefined`) and migrates it to the current version. */
export function loadStats(raw: unknown): LoadResult {
  try {
    return load(raw);
  } catch (error) {
    // Only reachable through exotic input such as a Proxy or a throwing getter; still not a crash.
    return corrupt(`the statistics could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

function load(raw: unknown): LoadResult {
  if (raw === undefined || raw === null) return { ok: true, state: emptyStats(), changed: true };
  if (!isRecord(raw)) return corrupt('the statistics are not an object');
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return corrupt(`the statistics have no valid schema version (found ${describe(version)})`);
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      reason: 'future-version',
      message: `The statistics were written by a newer Review Coach (schema version ${version}; this version reads up to ${SCHEMA_VERSION}). Update the extension, or reset the statistics to start again.`,
    };
  }
  const parsed = version === 1 ? parseV1(raw) : parseV2(raw);
  if (typeof parsed === 'string') return corrupt(parsed);
  const state = capDays(parsed);
  return { ok: true, state, changed: version !== SCHEMA_VERSION || state !== parsed };
}

/** Migration 1 → 2: aggregate the events per day. Version 1 knew neither findings nor rewrites. */
function parseV1(raw: Record<string, unknown>): StatsState | string {
  const events = raw['events'];
  if (!Array.isArray(events)) return `"events" is ${describe(events)}, not a list`;
  const days: Record<string, DayStats> = {};
  for (let i = 0; i < events.length; i++) {
    const event: unknown = events[i];
    if (!isRecord(event)) return `events[${i}] is ${describe(event)}, not an object`;
    const day = event['day'];
    if (!isDayKey(day)) return `events[${i}].day is ${describe(day)}, not a date (YYYY-MM-DD)`;
    const label = event['label'];
    if (!isLabel(label)) return `events[${i}].label is ${describe(label)}, not a label`;
    const stats = (days[day] ??= emptyDay());
    stats.finished[label] += 1;
  }
  return { version: SCHEMA_VERSION, days, older: emptyDay() };
}

function parseV2(raw: Record<string, unknown>): StatsState | string {
  const rawDays = raw['days'];
  if (!isRecord(rawDays)) return `"days" is ${describe(rawDays)}, not an object`;
  const days: Record<string, DayStats> = {};
  for (const key of Object.keys(rawDays)) {
    // Checking the key first also keeps "__proto__" and friends out of `days`.
    if (!isDayKey(key)) return `days has the key ${describe(key)}, not a date (YYYY-MM-DD)`;
    const day = parseDay(rawDays[key], `days["${key}"]`);
    if (typeof day === 'string') return day;
    days[key] = day;
  }
  const older = raw['older'] === undefined ? emptyDay() : parseDay(raw['older'], 'older');
  if (typeof older === 'string') return older;
  return { version: SCHEMA_VERSION, days, older };
}

function parseDay(raw: unknown, path: string): DayStats | string {
  if (!isRecord(raw)) return `${path} is ${describe(raw)}, not an object`;
  const day = emptyDay();
  const finished = raw['finished'];
  if (!isRecord(finished)) return `${path}.finished is ${describe(finished)}, not an object`;
  for (const label of LABELS) {
    const n = finished[label] ?? 0;
    if (!isCount(n)) return `${path}.finished.${label} is ${describe(n)}, not a count`;
    day.finished[label] = n;
  }
  const extraLabel = Object.keys(finished).find((k) => !(LABELS as readonly string[]).includes(k));
  if (extraLabel !== undefined) return `${path}.finished has an unknown label ${describe(extraLabel)}`;

  const sparse = [
    ['findings', FINDING_KINDS, day.findings],
    ['rewrites', REWRITE_KINDS, day.rewrites],
  ] as const;
  for (const [field, kinds, out] of sparse) {
    const counts = raw[field] ?? {};
    if (!isRecord(counts)) return `${path}.${field} is ${describe(counts)}, not an object`;
    for (const key of Object.keys(counts)) {
      // A new kind comes with a new schema version, so an unknown one here means damage, not progress.
      if (!(kinds as readonly string[]).includes(key)) return `${path}.${field} has an unknown kind ${describe(key)}`;
      const n = counts[key];
      if (!isCount(n)) return `${path}.${field}.${key} is ${describe(n)}, not a count`;
      if (n > 0) (out as Record<string, number>)[key] = n;
    }
  }
  const moved = raw['dictatingToMentoring'] ?? 0;
  if (!isCount(moved)) return `${path}.dictatingToMentoring is ${describe(moved)}, not a count`;
  day.dictatingToMentoring = moved;
  return day;
}

function corrupt(detail: string): LoadResult {
  return {
    ok: false,
    reason: 'corrupt',
    message: `The Review Style statistics are damaged: ${detail}. Reset the statistics to start again.`,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isLabel(value: unknown): value is Label {
  return typeof value === 'string' && (LABELS as readonly string[]).includes(value);
}

/** A short, bounded rendering of a bad value for the message: enough to find it, never a whole blob. */
function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
