import type * as vscode from 'vscode';
import { COMMENT_SCHEME, PROSE_LANGUAGES, PROSE_SCHEMES } from './constants';
import type { SelectorEntry, Settings } from './settings';

/** The entries of `reviewCoach.documentSelector`, as a VS Code selector. */
export function extraSelector(entries: readonly SelectorEntry[]): vscode.DocumentFilter[] {
  return entries.map((e) => (typeof e === 'string' ? { language: e } : { ...e }));
}

/**
 * Where hovers and code actions are offered: every document that may be coached (which ones are is decided
 * per document, see `Coaching`; the providers only read findings already published).
 */
export function providerSelector(settings: Settings): vscode.DocumentFilter[] {
  const base: vscode.DocumentFilter[] = [{ scheme: COMMENT_SCHEME }];
  for (const language of PROSE_LANGUAGES) for (const scheme of PROSE_SCHEMES) base.push({ language, scheme });
  return [...base, ...extraSelector(settings.documentSelector)];
}
