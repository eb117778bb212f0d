import * as vscode from 'vscode';
import { Limits, SOURCE } from './constants';
import { CoreUnavailableError, yieldToEventLoop, type Engine } from './engine';
import type { SliceMeter } from './meter';
import { ignoredLines } from './ignore';
import { readmeLink } from './readme';
import type { Coaching } from './coaching';
import type { Config } from './config';
import { effectiveSeverity } from './severity';
import type { FindingStore, StoredFinding } from './store';
import type { Finding } from '../core/types';
import { unitsOfSliced, type Unit } from './units';

const SEVERITY: Readonly<Record<'hint' | 'information' | 'warning', vscode.DiagnosticSeverity>> = {
  hint: vscode.DiagnosticSeverity.Hint,
  information: vscode.DiagnosticSeverity.Information,
  warning: vscode.DiagnosticSeverity.Warning,
};

/** A finding about to be published, with the severity it is shown at. */
interface Published extends StoredFinding {
  severity: 'hint' | 'information' | 'warning';
}

/** Hooks for the extension-host tests; never set in normal use. */
export interface LinterTestHooks {
  /** Awaited after the analysis of a run and before its version check. */
  beforePublish?: (doc: vscode.TextDocument) => Promise<void>;
}

/**
 * Computes and publishes diagnostics: debounced per document, in time slices that never hold the
 * extension host for long, visible text first, published only for the document version analysed.
 */
export class Linter implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('reviewCoach');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** When each document's pending check was asked for (the edit, open or save that scheduled it). */
  private readonly askedAt = new Map<string, number>();
  private firstFindingsLogged = false;
  /** Bumped for every run and on close: a run that finds its generation outdated stops. */
  private readonly generations = new Map<string, number>();
  private readonly skippedLogged = new Set<string>();
  /** Per document: findings by unit text from the last run, so unchanged paragraphs are not analysed again. */
  private readonly findingsByText = new Map<string, Map<string, Finding[]>>();
  private firstPublishLogged = false;
  /** Documents whose last run stopped at the cap: scrolling them brings other findings on screen. */
  private readonly capped = new Set<string>();
  /** Hooks for tests. */
  readonly testHooks: LinterTestHooks = {};
  /** Milliseconds from activation to the first published result, once there is one. */
  firstResultMs: number | undefined;

  constructor(
    private readonly coaching: Coaching,
    private readonly config: Config,
    private readonly engine: Engine,
    private readonly store: FindingStore,
    private readonly log: vscode.LogOutputChannel,
    private readonly activatedAt: number,
    private readonly extensionUri: vscode.Uri,
    private readonly meter: SliceMeter,
  ) {}

  /** Validates `doc` after `delay` ms; a later call for the same document replaces this one. */
  schedule(doc: vscode.TextDocument, delay: number): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.askedAt.set(key, performance.now());
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.validate(doc).catch((err) => {
          // A core that could not load was reported once, when it failed.
          if (!(err instanceof CoreUnavailableError)) this.log.error(`Checking ${doc.uri.toString(true)} failed.`, err);
        });
      }, delay),
    );
  }

  /** True when the document's last run stopped at the finding cap (so what is on screen matters). */
  isCapped(uri: vscode.Uri): boolean {
    return this.capped.has(uri.toString());
  }

  /** Forgets a document: pending runs stop and its diagnostics go. */
  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    this.capped.delete(key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.askedAt.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    // Deleting always tells VS Code and every diagnostics listener; a document never coached has nothing to delete.
    if (this.collection.has(uri)) this.collection.delete(uri);
    this.store.delete(uri);
    this.findingsByText.delete(key);
  }

  /** Analyses `doc` now and publishes the result if the document did not change meanwhile. */
  async validate(doc: vscode.TextDocument): Promise<void> {
    // Every stretch between two awaits is measured: none may hold the thread for long.
    let stretch = this.meter.start();
    const phase = { name: 'prepare' };
    const endStretch = (): void => this.meter.end(stretch, `linter: ${phase.name}`);
    const wait = async <T>(promise: Promise<T>): Promise<T> => {
      endStretch();
      try {
        return await promise;
      } finally {
        stretch = this.meter.start();
      }
    };
    try {
      await this.run(doc, wait, phase);
    } finally {
      endStretch();
    }
  }

  private async run(
    doc: vscode.TextDocument,
    wait: <T>(promise: Promise<T>) => Promise<T>,
    phase: { name: string },
  ): Promise<void> {
    const key = doc.uri.toString();
    const settings = this.config.get(doc);
    const mode = doc.isClosed ? undefined : this.coaching.modeOf(doc);
    if (!mode) {
      this.clear(doc.uri);
      return;
    }
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    const version = doc.version;
    const text = doc.getText();
    const current = (): boolean =>
      !doc.isClosed && doc.version === version && this.generations.get(key) === generation;

    if (mode === 'comment' && text.length > Limits.maxCommentChars) {
      this.logOnce(key, `${doc.uri.toString(true)} is longer than ${Limits.maxCommentChars} characters: not a comment, skipped.`);
      this.collection.delete(doc.uri);
      return;
    }
    const ignored = ignoredLines(text);
    phase.name = 'split';
    const all = await unitsOfSliced(text, mode, Limits.sliceMs, () => wait(yieldToEventLoop()));
    if (!current()) return;
    phase.name = 'order';
    const units = this.visibleFirst(doc, all);

    await wait(this.engine.load());
    if (!current()) return;

    phase.name = 'findings';
    const maxChars = mode === 'comment' ? Limits.maxCommentChars : Limits.maxBlockChars;
    const previous = this.findingsByText.get(key) ?? new Map<string, Finding[]>();
    const seen = new Map<string, Finding[]>();
    const items: Published[] = [];
    let capped = false;
    let sliceStart = performance.now();
    for (let i = 0; i < units.length && !capped; i += Limits.batchUnits) {
      const batch = units.slice(i, i + Limits.batchUnits);
      const missing = [...new Set(batch.map((u) => u.text).filter((t) => !previous.has(t) && !seen.has(t)))];
      if (missing.length) {
        const analyses = await wait(this.engine.analyzeMany(missing, maxChars));
        missing.forEach((t, j) => seen.set(t, analyses[j].findings));
        sliceStart = performance.now();
      } else if (performance.now() - sliceStart > Limits.sliceMs) {
        await wait(yieldToEventLoop());
        sliceStart = performance.now();
      }
      if (!current()) {
        this.remember(key, previous, seen, units.length);
        return;
      }
      for (const unit of batch) {
        if (unit.text.length > maxChars) {
          this.logOnce(key, `Paragraphs over ${maxChars} characters in ${doc.uri.toString(true)} are skipped.`);
          continue;
        }
        const findings = previous.get(unit.text) ?? seen.get(unit.text) ?? [];
        seen.set(unit.text, findings);
        for (const finding of findings) {
          const severity = effectiveSeverity(finding.kind, finding.severity, settings.severity[finding.kind] ?? 'information');
          if (!severity) continue;
          const start = unit.offset + finding.offset;
          const range = new vscode.Range(doc.positionAt(start), doc.positionAt(start + finding.length));
          if (ignored(range.start.line)) continue;
          items.push({ range, finding, unit, severity });
        }
        // Capping here rather than at publishing keeps a huge file's run short; the visible part came first.
        if (items.length >= Limits.maxDiagnostics) {
          capped = true;
          this.logOnce(key, `Only the first ${Limits.maxDiagnostics} findings of ${doc.uri.toString(true)} are shown.`);
          break;
        }
      }
    }
    this.remember(key, previous, seen, capped ? Number.MAX_SAFE_INTEGER : units.length);
    if (capped) this.capped.add(key);
    else this.capped.delete(key);

    if (this.testHooks.beforePublish) await wait(this.testHooks.beforePublish(doc));
    if (!current()) return;
    phase.name = 'publish';
    this.publish(doc, items);
  }

  /**
   * Keeps what this run analysed for the next run of the same document, so only changed paragraphs are
   * analysed again. Earlier results are kept too while the map stays within twice the document's units
   * (a cancelled or capped run did not see every unit); past that, only this run's.
   */
  private remember(key: string, previous: Map<string, Finding[]>, seen: Map<string, Finding[]>, unitCount: number): void {
    if (previous.size + seen.size <= 2 * unitCount) {
      for (const [text, findings] of seen) previous.set(text, findings);
      this.findingsByText.set(key, previous);
    } else {
      this.findingsByText.set(key, seen);
    }
  }

  private publish(doc: vscode.TextDocument, items: Published[]): void {
    // Document order, whatever order the units were analysed in.
    items.sort((a, b) => a.range.start.compareTo(b.range.start));
    const diagnostics = items.map((item) => {
      const diagnostic = new vscode.Diagnostic(item.range, item.finding.message, SEVERITY[item.severity]);
      diagnostic.source = SOURCE;
      diagnostic.code = { value: item.finding.kind, target: readmeLink(this.extensionUri, item.finding.kind) };
      return diagnostic;
    });
    this.store.set(doc.uri, doc.version, items);
    this.collection.set(doc.uri, diagnostics);
    if (!this.firstPublishLogged) {
      this.firstPublishLogged = true;
      this.firstResultMs = performance.now() - this.activatedAt;
      this.log.info(`First diagnostics published ${this.firstResultMs.toFixed(0)} ms after activation.`);
    }
    // The latency a writer sees, once per session: a slow first squiggle is then visible in the log.
    const askedAt = this.askedAt.get(doc.uri.toString());
    if (items.length && !this.firstFindingsLogged && askedAt !== undefined) {
      this.firstFindingsLogged = true;
      this.log.info(`First findings published ${(performance.now() - askedAt).toFixed(0)} ms after the edit that asked for them (${doc.uri.scheme} document).`);
    }
  }

  /**
   * Units on screen first: in a long file, what the writer is looking at gets its squiggles first. Units
   * are in document order, so the visible ones are one run found by binary search; three slices, no
   * per-unit work, as this runs on every keystroke.
   */
  private visibleFirst(doc: vscode.TextDocument, units: readonly Unit[]): readonly Unit[] {
    if (units.length < 50) return units;
    const ranges = vscode.window.visibleTextEditors.filter((e) => e.document === doc).flatMap((e) => e.visibleRanges);
    if (!ranges.length) return units;
    const from = Math.min(...ranges.map((r) => doc.offsetAt(r.start)));
    const to = Math.max(...ranges.map((r) => doc.offsetAt(r.end)));
    // First unit ending at or after `from`, first unit starting after `to`.
    const first = lowerBound(units, (u) => u.offset + u.text.length >= from);
    const end = lowerBound(units, (u) => u.offset > to);
    if (first >= end) return units;
    return units.slice(first, end).concat(units.slice(0, first), units.slice(end));
  }

  private logOnce(key: string, message: string): void {
    const id = `${key}\n${message}`;
    if (this.skippedLogged.has(id)) return;
    this.skippedLogged.add(id);
    this.log.info(message);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.collection.dispose();
  }
}

/** Index of the first element for which `after` holds, given that it holds for a suffix of `items`. */
function lowerBound<T>(items: readonly T[], after: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(items[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
