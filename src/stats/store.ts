/**
 * The statistics store as the extension uses it: the state in memory, persisted through a storage the
 * glue provides (VS Code's `globalState`), with writes kept in order and a refusal to overwrite a
 * store that could not be read.
 */
import { loadStats } from './load';
import { recordFinished, recordRewrite } from './record';
import type { AppliedRewrite, FinishedComment } from './record';
import { emptyStats } from './schema';
import type { StatsState } from './schema';
import { problemSummary, summarize } from './summary';
import type { StyleSummary } from './summary';

/**
 * Where the state lives. The glue implements it with `context.globalState.get/update` under one key;
 * tests use a plain variable. `read` returns whatever was stored, `undefined` when nothing was.
 */
export interface StatsStorage {
  read(): unknown;
  write(value: unknown): Promise<void>;
}

/** Why the store is not recording: the stored value is damaged or from a newer version. */
export interface StoreProblem {
  reason: 'corrupt' | 'future-version';
  message: string;
}

/** A listener's handle, shaped like VS Code's `Disposable` so the glue can push it to subscriptions. */
export interface Subscription {
  dispose(): void;
}

export class StatsStore {
  private state: StatsState;
  private problemValue: StoreProblem | undefined;
  private pending: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<() => void>();

  /** Call `open` instead: loading may also want to write the migrated state back. */
  private constructor(private readonly storage: StatsStorage, state: StatsState, problem: StoreProblem | undefined) {
    this.state = state;
    this.problemValue = problem;
  }

  /**
   * Loads the store. A migrated store is written back at once; a damaged or newer one is left exactly
   * as it is and the store refuses to record until `reset`, so nothing is lost by accident.
   */
  static async open(storage: StatsStorage): Promise<StatsStore> {
    let raw: unknown;
    try {
      raw = storage.read();
    } catch (error) {
      const message = `The Review Style statistics could not be read: ${error instanceof Error ? error.message : String(error)}.`;
      return new StatsStore(storage, emptyStats(), { reason: 'corrupt', message });
    }
    const loaded = loadStats(raw);
    if (!loaded.ok) return new StatsStore(storage, emptyStats(), { reason: loaded.reason, message: loaded.message });
    const store = new StatsStore(storage, loaded.state, undefined);
    // Only a migration or a cap changes a stored value; a new user's empty store need not be written yet.
    if (loaded.changed && raw !== undefined) await store.persist();
    return store;
  }

  /** The damage found on open, if any; cleared by `reset`. */
  get problem(): StoreProblem | undefined {
    return this.problemValue;
  }

  /** The current state, for export. */
  get current(): StatsState {
    return this.state;
  }

  /** Counts a finished comment. Does nothing while there is a problem (the stored value is kept). */
  recordFinished(comment: FinishedComment): Promise<void> {
    return this.update((s) => recordFinished(s, comment));
  }

  /** Counts an applied rewrite. Does nothing while there is a problem. */
  recordRewrite(rewrite: AppliedRewrite): Promise<void> {
    return this.update((s) => recordRewrite(s, rewrite));
  }

  /** Empties the store, also a damaged or newer one: the glue asks the user first. */
  reset(): Promise<void> {
    this.problemValue = undefined;
    this.state = emptyStats();
    this.changed();
    return this.persist();
  }

  /** What the view shows for `today` (`YYYY-MM-DD`), with the problem when there is one. */
  summary(today: string): StyleSummary {
    return this.problemValue ? problemSummary(today, this.problemValue) : summarize(this.state, today);
  }

  /** Called after every change, so the view can post an `update`. */
  onDidChange(listener: () => void): Subscription {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private update(change: (s: StatsState) => StatsState): Promise<void> {
    if (this.problemValue) return Promise.resolve();
    this.state = change(this.state);
    this.changed();
    return this.persist();
  }

  /**
   * Writes the state as it is when this write's turn comes. Chained, so two quick records cannot
   * finish out of order and leave the older state stored; a failed write is reported to its caller
   * but does not block the next one.
   */
  private persist(): Promise<void> {
    const write = this.pending.then(() => this.storage.write(this.state));
    this.pending = write.catch(() => undefined);
    return write;
  }

  private changed(): void {
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch {
        // A failing view must not stop the count from being stored.
      }
    }
  }
}
