/**
 * The `reviewCoach.*` settings as typed values. Reading is pure (a getter is passed in) so plain mocha
 * can test it: VS Code does not enforce a setting's schema, so every value is checked here and a bad
 * one is replaced by its default with a message saying so.
 */
import { FINDING_KINDS, type FindingKind } from '../core/types';
import { kindInfo } from './kinds';
import type { SeveritySetting } from './severity';

/** When diagnostics are computed. */
export type RunMode = 'onType' | 'onSave';

/** An extra document selector entry: a language id, or a filter like VS Code's `DocumentFilter`. */
export type SelectorEntry = string | { language?: string; scheme?: string; pattern?: string };

/** All settings, validated. */
export interface Settings {
  enable: boolean;
  documentSelector: SelectorEntry[];
  run: RunMode;
  /** Debounce in milliseconds. */
  delay: number;
  severity: Record<FindingKind, SeveritySetting>;
  /** Offer Conventional Comments labels as fixes. */
  conventionalComments: boolean;
}

/** Defaults; the same values are declared in `package.json`. */
export const DEFAULTS: Readonly<Settings> = Object.freeze({
  enable: true,
  documentSelector: [],
  run: 'onType',
  delay: 250,
  severity: Object.fromEntries(FINDING_KINDS.map((k) => [k, kindInfo(k).defaultSeverity])) as Record<
    FindingKind,
    SeveritySetting
  >,
  conventionalComments: true,
});

/** Longest debounce accepted; a longer one would make the coaching look broken. */
export const MAX_DELAY = 10_000;

const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning'];

/** Validated settings and a message for each value that was replaced by its default. */
export interface ReadResult {
  settings: Settings;
  problems: string[];
}

/**
 * Reads and validates every setting. `get(key)` returns the raw value of `reviewCoach.<key>`
 * (or `undefined` when unset).
 */
export function readSettings(get: (key: string) => unknown): ReadResult {
  const problems: string[] = [];
  const bad = (key: string, value: unknown, fallback: unknown, expected: string): void => {
    problems.push(
      `Setting reviewCoach.${key} has the value ${JSON.stringify(value)}, expected ${expected}; using ${JSON.stringify(fallback)}.`,
    );
  };
  const bool = (key: 'enable' | 'conventionalComments'): boolean => {
    const v = get(key);
    if (v === undefined) return DEFAULTS[key];
    if (typeof v === 'boolean') return v;
    bad(key, v, DEFAULTS[key], 'true or false');
    return DEFAULTS[key];
  };

  let run = DEFAULTS.run;
  const rawRun = get('run');
  if (rawRun === 'onType' || rawRun === 'onSave') run = rawRun;
  else if (rawRun !== undefined) bad('run', rawRun, run, '"onType" or "onSave"');

  let delay = DEFAULTS.delay;
  const rawDelay = get('delay');
  if (typeof rawDelay === 'number' && Number.isFinite(rawDelay) && rawDelay >= 0 && rawDelay <= MAX_DELAY) {
    delay = Math.round(rawDelay);
  } else if (rawDelay !== undefined) {
    bad('delay', rawDelay, delay, `a number of milliseconds from 0 to ${MAX_DELAY}`);
  }

  const severity = { ...DEFAULTS.severity };
  for (const kind of FINDING_KINDS) {
    const v = get(`severity.${kind}`);
    if (typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v)) severity[kind] = v as SeveritySetting;
    else if (v !== undefined) bad(`severity.${kind}`, v, severity[kind], SEVERITIES.map((s) => `"${s}"`).join(', '));
  }

  const documentSelector: SelectorEntry[] = [];
  const rawSelector = get('documentSelector');
  if (Array.isArray(rawSelector)) {
    for (const entry of rawSelector) {
      const checked = checkSelectorEntry(entry);
      if (checked) documentSelector.push(checked);
      else bad('documentSelector', entry, 'nothing for this entry', 'a language id or { "language", "scheme", "pattern" } strings');
    }
  } else if (rawSelector !== undefined) {
    bad('documentSelector', rawSelector, [], 'an array');
  }

  return {
    settings: {
      enable: bool('enable'),
      documentSelector,
      run,
      delay,
      severity,
      conventionalComments: bool('conventionalComments'),
    },
    problems,
  };
}

function checkSelectorEntry(entry: unknown): SelectorEntry | undefined {
  if (typeof entry === 'string') return entry.trim() ? entry.trim() : undefined;
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return undefined;
  const out: { language?: string; scheme?: string; pattern?: string } = {};
  for (const [key, value] of Object.entries(entry)) {
    if (key !== 'language' && key !== 'scheme' && key !== 'pattern') return undefined;
    if (typeof value !== 'string' || !value) return undefined;
    out[key] = value;
  }
  // An empty filter would match every document, output panels included: surely not what was meant.
  return Object.keys(out).length ? out : undefined;
}
