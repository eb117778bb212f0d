import * as vscode from 'vscode';
import { COMMENT_SCHEME, PROSE_LANGUAGES, PROSE_SCHEMES } from './constants';
import type { SelectorEntry, Settings } from './settings';

/** How a document is judged: a comment box is one comment; prose is judged per paragraph and list item. */
export type Mode = 'comment' | 'prose';

/** The extra selectors from `reviewCoach.documentSelector`, as a VS Code selector. */
export function extraSelector(entries: readonly SelectorEntry[]): vscode.DocumentFilter[] {
  return entries.map((e) => (typeof e === 'string' ? { language: e } : { ...e }));
}

/** How `doc` is judged, or `undefined` when Review Coach leaves it alone. */
export function modeFor(doc: vscode.TextDocument, settings: Settings): Mode | undefined {
  if (!settings.enable) return undefined;
  if (doc.uri.scheme === COMMENT_SCHEME) return 'comment';
  if (PROSE_LANGUAGES.includes(doc.languageId) && PROSE_SCHEMES.includes(doc.uri.scheme)) return 'prose';
  if (settings.documentSelector.length && vscode.languages.match(extraSelector(settings.documentSelector), doc) > 0) {
    return 'prose';
  }
  return undefined;
}

/** Where hovers and code actions are offered: every document that `modeFor` may judge. */
export function providerSelector(settings: Settings): vscode.DocumentFilter[] {
  const base: vscode.DocumentFilter[] = [{ scheme: COMMENT_SCHEME }];
  for (const language of PROSE_LANGUAGES) for (const scheme of PROSE_SCHEMES) base.push({ language, scheme });
  return [...base, ...extraSelector(settings.documentSelector)];
}
