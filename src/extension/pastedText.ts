import type * as vscode from 'vscode';

/** Inserted at once, this much text is a paste, a completion of a phrase or an applied rewrite, not a keystroke. */
export const PASTE_CHARS = 16;

/**
 * Whether an edit brought a phrase in one piece. Such text is judged at once: `reviewCoach.delay` waits for typing
 * to stop, so that each keystroke does not start a check, and nobody is typing after a paste.
 */
export function isPastedText(changes: readonly vscode.TextDocumentContentChangeEvent[]): boolean {
  return changes.some((c) => c.text.length >= PASTE_CHARS);
}
