/**
 * Turns a finding's severity and the user's per-kind setting into the severity shown. Pure, so plain
 * mocha can test it.
 */
import type { Severity } from '../core/types';
import { kindInfo } from './kinds';

/** Value of a `reviewCoach.severity.<kind>` setting. */
export type SeveritySetting = 'off' | 'hint' | 'information' | 'warning';

const RANK: Readonly<Record<Severity, number>> = { hint: 0, information: 1, warning: 2, error: 3 };
const BY_RANK: readonly Exclude<Severity, 'error'>[] = ['hint', 'information', 'warning'];

/**
 * The severity to show, or `undefined` when the kind is switched off.
 *
 * The setting says how loud a *confident* finding of that kind is. The core marks less sure findings
 * below the kind's default (the tone model: "a warning must be a confident finding"); that downgrade is
 * kept, step for step, under the user's choice, so turning a kind up never turns a guess into a warning.
 */
export function effectiveSeverity(
  kind: string,
  reported: Severity,
  setting: SeveritySetting,
): Exclude<Severity, 'error'> | undefined {
  if (setting === 'off') return undefined;
  const downgrade = Math.min(0, RANK[reported] - RANK[kindInfo(kind).defaultSeverity]);
  return BY_RANK[Math.max(0, RANK[setting] + downgrade)];
}
