/**
 * Decides when a comment is finished and counts it: a comment box once, when its text is handed over
 * (submitted, discarded or closed); a coached file (one the user opted in, see `Coaching`) per paragraph
 * when saved, once per paragraph content. Text typed but not finished is never counted, nor is a file
 * Review Coach does not coach (documentation is not review comments).
 *
 * What VS Code does with a comment box (read from VS Code 1.100's comment widget, and seen in tests):
 * the reply box is one text model per thread widget, reused for every reply. Submitting runs the
 * pull-request extension's command and then clears the box with `setValue('')`; discarding clears it
 * too; the document closes only when the thread widget goes away. So "finished" is: the whole text
 * cleared in one change, or the document closing with text still in it.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../../core/types';
import { ParagraphLedger, dayKey, type StatsStore } from '../../stats';
import { splitBlocksSliced } from '../blocks';
import type { Coaching } from '../coaching';
import { COMMENT_SCHEME, Limits } from '../constants';
import { yieldToEventLoop, type ErrorSink } from '../engine';
import { unitsOf } from '../units';
import { statsEnabled } from './settings';

/** The part of the glue's `Engine` the recorder uses: cached analysis, the core loaded on first use. */
export interface Analyzer {
  analyzeMany(texts: readonly string[], maxChars?: number): Promise<Analysis[]>;
}

/** What is known about one comment box while it is being drafted. Lives in memory only. */
interface Box {
  /** The last text with something in it, until the comment is counted. */
  text: string;
  /** What the box held when it opened (an existing comment being edited): finishing it unchanged is no new comment. */
  initial: string;
  /** The draft was labelled dictating at some point. */
  wasDictating: boolean;
}

/** Waits for the store, then counts comments; see the module comment for what counts. */
export class StatsRecorder implements vscode.Disposable {
  private readonly boxes = new Map<string, Box>();
  private readonly ledger = new ParagraphLedger();
  /** Coached files seen so far: a file that becomes coached is seeded then, and only then. */
  private readonly coachedFiles = new Set<string>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Work in flight (analysis and recording), so tests and `dispose` can wait for it. */
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Promise<StatsStore>,
    private readonly analyzer: Analyzer,
    private readonly coaching: Coaching,
    private readonly log: ErrorSink,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.opened(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => this.changed(e)),
      vscode.workspace.onDidSaveTextDocument((doc) => this.saved(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.closed(doc)),
      // The glue publishes diagnostics after each analysis of a draft: the moment to look at the label,
      // with the analysis already in the engine's cache, so a draft costs no analysis of its own.
      vscode.languages.onDidChangeDiagnostics((e) => this.diagnosed(e.uris)),
      // A file coached from now on (Coach This File, or the selector changed): what it holds was written before.
      coaching.onDidChange(() => {
        for (const doc of vscode.workspace.textDocuments) if (!doc.isClosed && doc.uri.scheme !== COMMENT_SCHEME) this.opened(doc);
      }),
    );
    // Documents open before activation (the Markdown file that activated Review Coach) are seeded too,
    // once activation has returned: reading their settings is the first, slowest settings read.
    const seeding = setTimeout(() => {
      for (const doc of vscode.workspace.textDocuments) {
        if (!doc.isClosed && !this.boxes.has(doc.uri.toString())) this.opened(doc);
      }
    }, 0);
    this.subscriptions.push({ dispose: () => clearTimeout(seeding) });
  }

  /** Resolves once every count started so far is stored (for tests; nothing waits on it otherwise). */
  settled(): Promise<void> {
    return this.pending;
  }

  private opened(doc: vscode.TextDocument): void {
    if (doc.uri.scheme === COMMENT_SCHEME) {
      // A box can open with text in it (a pending comment restored): that text is a draft too.
      const text = doc.getText();
      if (text.trim()) this.boxes.set(doc.uri.toString(), { text, initial: text, wasDictating: false });
      return;
    }
    const key = doc.uri.toString();
    if (this.coaching.modeOf(doc) !== 'prose') {
      this.coachedFiles.delete(key);
      return;
    }
    if (this.coachedFiles.has(key)) return;
    this.coachedFiles.add(key);
    // What the document held when opened (or when it became coached) was written before: only paragraphs
    // written since count on save.
    const text = doc.getText();
    this.queue(async () => {
      const blocks = await splitBlocksSliced(text, Limits.sliceMs, yieldToEventLoop);
      this.ledger.seed(key, blocks.map((b) => b.text));
    });
  }

  private changed(e: vscode.TextDocumentChangeEvent): void {
    const doc = e.document;
    if (doc.uri.scheme !== COMMENT_SCHEME || !e.contentChanges.length) return;
    const key = doc.uri.toString();
    const text = doc.getText();
    if (text.trim()) {
      const box = this.boxes.get(key);
      if (box) box.text = text;
      else this.boxes.set(key, { text, initial: '', wasDictating: false });
      return;
    }
    // Submitting or discarding replaces the whole text with nothing in one change. (Selecting all and
    // deleting looks the same from here, and counts as discarding the draft.)
    const previous = this.boxes.get(key)?.text;
    const [change] = e.contentChanges;
    if (previous && e.contentChanges.length === 1 && change.text === '' && change.rangeOffset === 0 && change.rangeLength === previous.length) {
      this.finishBox(key);
    }
  }

  private closed(doc: vscode.TextDocument): void {
    if (doc.uri.scheme === COMMENT_SCHEME) this.finishBox(doc.uri.toString());
    else this.coachedFiles.delete(doc.uri.toString());
  }

  private diagnosed(uris: readonly vscode.Uri[]): void {
    for (const uri of uris) {
      if (uri.scheme !== COMMENT_SCHEME) continue;
      const box = this.boxes.get(uri.toString());
      if (!box || box.wasDictating) continue;
      const text = box.text;
      // Not queued: this only sets a flag, and must not hold up a count behind it.
      void this.labelOf(text).then(
        (analysis) => {
          if (analysis?.label === 'dictating' && box.text === text) box.wasDictating = true;
        },
        (err) => this.log.error('Review Style: reading a draft label failed.', err),
      );
    }
  }

  /** Counts the box's last text, once; nothing when it never held any. */
  private finishBox(key: string): void {
    const box = this.boxes.get(key);
    this.boxes.delete(key);
    if (!box || box.text === box.initial || !statsEnabled()) return;
    this.queue(async () => {
      const analysis = await this.labelOf(box.text);
      // Nothing to judge (only code, or too long to be a comment): not counted.
      if (!analysis?.sentences.length) return;
      const store = await this.store;
      await store.recordFinished({
        day: dayKey(new Date()),
        label: analysis.label,
        findingKinds: analysis.findings.map((f) => f.kind),
        draftedAsDictating: box.wasDictating,
      });
    });
  }

  /** The analysis of a comment box's text as the linter made it (same unit text, so a cache hit). */
  private async labelOf(text: string): Promise<Analysis | undefined> {
    const unit = unitsOf(text, 'comment')[0];
    if (!unit || text.length > Limits.maxCommentChars) return undefined;
    return (await this.analyzer.analyzeMany([unit.text], Limits.maxCommentChars))[0];
  }

  private saved(doc: vscode.TextDocument): void {
    if (doc.uri.scheme === COMMENT_SCHEME || this.coaching.modeOf(doc) !== 'prose') return;
    const key = doc.uri.toString();
    const text = doc.getText();
    const enabled = statsEnabled();
    this.queue(async () => {
      const blocks = await splitBlocksSliced(text, Limits.sliceMs, yieldToEventLoop);
      // Marked as counted even while recording is off: turning it on later must not count old paragraphs.
      const fresh = blocks.map((b) => b.text).filter((p) => !this.ledger.alreadyCounted(key, p) && p.length <= Limits.maxBlockChars);
      if (!enabled || !fresh.length) return;
      const analyses = await this.analyzer.analyzeMany(fresh, Limits.maxBlockChars);
      const store = await this.store;
      const day = dayKey(new Date());
      for (const analysis of analyses) {
        // A paragraph saved empty of prose (only code spans, say) is no comment.
        if (!analysis.sentences.length) continue;
        await store.recordFinished({ day, label: analysis.label, findingKinds: analysis.findings.map((f) => f.kind), draftedAsDictating: false });
      }
    });
  }

  /** Runs counting work in order, so two quick saves cannot count the same paragraph twice. */
  private queue(work: () => Promise<void>): void {
    this.pending = this.pending.then(work).catch((err) => this.log.error('Review Style: counting a finished comment failed.', err));
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.boxes.clear();
  }
}
