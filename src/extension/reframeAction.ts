import * as vscode from 'vscode';
import type { FindingKind } from '../core/types';
import { Commands } from './constants';
import type { StoredFinding } from './store';
import type { ReframeTarget } from './reframe';

/** The title of the whole-comment quick fix: the per-finding fixes mend one thing each, this one all. */
export const REFRAME_ACTION_TITLE = 'Reframe the whole comment (every fix at once)…';

/** Findings that the per-finding fixes answer one at a time, and Reframe Comment all at once. */
const REFRAMED_KINDS: ReadonlySet<FindingKind> = new Set<FindingKind>(['dictating', 'personal', 'minimiser', 'harsh', 'absolute']);

/**
 * The whole-comment quick fix: opens Reframe Comment's alternatives for the comment that holds the
 * finding (each one every rewrite it needs, checked by the core's judge), and applies the one picked as
 * one undoable edit. Offered once, for the first finding of a kind it answers; undefined otherwise.
 */
export function reframeAction(doc: vscode.TextDocument, matched: readonly { stored: StoredFinding; diagnostic: vscode.Diagnostic }[]): vscode.CodeAction | undefined {
  const first = matched.find((m) => REFRAMED_KINDS.has(m.stored.finding.kind));
  if (!first) return undefined;
  const { unit } = first.stored;
  const target: ReframeTarget = {
    reviewCoachReframe: true,
    uri: doc.uri,
    range: new vscode.Range(doc.positionAt(unit.offset), doc.positionAt(unit.offset + unit.text.length)),
  };
  const action = new vscode.CodeAction(REFRAME_ACTION_TITLE, vscode.CodeActionKind.QuickFix);
  action.diagnostics = matched.filter((m) => m.stored.unit.offset === unit.offset).map((m) => m.diagnostic);
  action.command = { title: 'Reframe Comment', command: Commands.reframeComment, arguments: [target] };
  return action;
}
