import * as vscode from 'vscode';
import { SECTION } from '../constants';

/** `reviewCoach.stats.enabled`, read at each record so turning it off takes effect at once. */
export function statsEnabled(): boolean {
  // A non-boolean value (hand-edited settings.json) counts as the default, on.
  return vscode.workspace.getConfiguration(SECTION).get<unknown>('stats.enabled', true) !== false;
}
