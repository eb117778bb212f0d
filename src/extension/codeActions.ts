import * as vscode from 'vscode';
import type { Fix } from '../core/types';
import type { Config } from './config';
import { Commands, SOURCE } from './constants';
import { fixTitle, preferredFix } from './fixTitles';
import { reframeAction } from './reframeAction';
import type { FindingStore, StoredFinding } from './store';

/** `source.fixAll.reviewCoach`: removes every minimiser ("just", "simply", …) in the document. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('reviewCoach');

/**
 * Quick fixes for Review Coach diagnostics, and the fix-all source action. Fix data comes from the
 * finding store, matched by range and kind for the current document version.
 */
export class ReviewCoachCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(
    private readonly store: FindingStore,
    private readonly config: Config,
  ) {}

  provideCodeActions(
    doc: vscode.TextDocument,
    _range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    if (!context.only || context.only.contains(vscode.CodeActionKind.QuickFix)) actions.push(...this.quickFixes(doc, context));
    if (context.only && (context.only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(context.only))) {
      const fixAll = this.fixAll(doc);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }

  private quickFixes(doc: vscode.TextDocument, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const offerLabels = this.config.get(doc).conventionalComments;
    // Most severe first, so the one preferred fix belongs to the finding that matters most.
    const diagnostics = context.diagnostics
      .filter((d) => d.source === SOURCE)
      .sort((a, b) => a.severity - b.severity || a.range.start.compareTo(b.range.start));
    const actions: vscode.CodeAction[] = [];
    const matched: { stored: StoredFinding; diagnostic: vscode.Diagnostic }[] = [];
    let preferredGiven = false;
    for (const diagnostic of diagnostics) {
      const kind = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
      const stored = this.store.match(doc, diagnostic.range, kind);
      if (!stored) continue;
      matched.push({ stored, diagnostic });
      const fixes = stored.finding.fixes.filter((f) => offerLabels || f.kind !== 'label');
      const preferred = preferredFix(stored.finding, fixes);
      fixes.forEach((fix, i) => {
        const action = new vscode.CodeAction(fixTitle(fix, stored.finding, stored.unit.text), vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.edit = toWorkspaceEdit(doc, stored, fix);
        // Runs after the edit is applied: the Review Style view counts rewrites by kind (never their text).
        action.command = { title: 'Count the rewrite', command: Commands.recordRewrite, arguments: [fix.kind] };
        if (i === preferred && !preferredGiven) {
          action.isPreferred = true;
          preferredGiven = true;
        }
        actions.push(action);
      });
    }
    // After the fixes that mend one thing: the whole comment, every fix at once (Reframe Comment).
    const reframe = reframeAction(doc, matched);
    if (reframe) actions.push(reframe);
    return actions;
  }

  private fixAll(doc: vscode.TextDocument): vscode.CodeAction | undefined {
    const edits: { start: number; end: number; newText: string }[] = [];
    for (const stored of this.store.all(doc)) {
      if (stored.finding.kind !== 'minimiser') continue;
      const fix = stored.finding.fixes.find((f) => f.kind === 'drop-minimiser' && !f.snippet);
      for (const e of fix?.edits ?? []) {
        const start = stored.unit.offset + e.offset;
        edits.push({ start, end: start + e.length, newText: e.newText });
      }
    }
    if (!edits.length) return undefined;
    edits.sort((a, b) => a.start - b.start);
    const edit = new vscode.WorkspaceEdit();
    let lastEnd = -1;
    let removed = 0;
    for (const e of edits) {
      // Two findings may offer the same removal; overlapping edits would make the whole edit fail.
      if (e.start < lastEnd) continue;
      edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
      lastEnd = e.end;
      removed++;
    }
    const action = new vscode.CodeAction('Review Coach: remove every minimiser', FIX_ALL_KIND);
    action.edit = edit;
    // Each removal counts as a rewrite in Review Style, as the same quick fix applied one by one would.
    action.command = { title: 'Count the rewrites', command: Commands.recordRewrite, arguments: ['drop-minimiser', removed] };
    return action;
  }
}

/** The fix's edits, made absolute; snippet fixes become snippet edits so the cursor lands on the placeholder. */
function toWorkspaceEdit(doc: vscode.TextDocument, stored: StoredFinding, fix: Fix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const range = (offset: number, length: number): vscode.Range => {
    const start = stored.unit.offset + offset;
    return new vscode.Range(doc.positionAt(start), doc.positionAt(start + length));
  };
  if (fix.snippet) {
    edit.set(
      doc.uri,
      fix.edits.map((e) => new vscode.SnippetTextEdit(range(e.offset, e.length), new vscode.SnippetString(e.newText))),
    );
  } else {
    for (const e of fix.edits) edit.replace(doc.uri, range(e.offset, e.length), e.newText);
  }
  return edit;
}
