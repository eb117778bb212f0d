/**
 * The statistics' storage: VS Code's `globalState`, under one key. Global rather than per workspace
 * because the view is a mirror of the reviewer, not of a repository; one key, so a reset or an export
 * touches exactly what Review Style owns and nothing else.
 */
import type * as vscode from 'vscode';
import type { StatsStorage } from '../../stats';

/** The `globalState` key. The schema version lives inside the value, so the key never changes. */
export const STATS_STATE_KEY = 'reviewCoach.styleStats';

/** `StatsStorage` over a `Memento` (`context.globalState`). */
export function mementoStorage(memento: vscode.Memento, key: string = STATS_STATE_KEY): StatsStorage {
  return {
    read: () => memento.get<unknown>(key),
    // `Memento.update` returns a Thenable; the store chains on a real Promise.
    write: (value) => Promise.resolve(memento.update(key, value)),
  };
}
