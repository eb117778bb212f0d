/** Inserted at once, this much text is a paste, a completion of a phrase or an applied rewrite, not a keystroke. */
export const PASTE_CHARS = 16;

/**
 * Edits this close together come from one action, not from keys: even key repeat is 30 ms a character. Text put
 * into a comment box by a tool that types for the user can arrive as one edit per character, all within a few
 * milliseconds (Playwright's insertText does so in code-server's comment box).
 */
export const BURST_GAP_MS = 10;

/** The part of a content change this needs: VS Code's TextDocumentContentChangeEvent has it. */
interface InsertedText {
  readonly text: string;
}

/**
 * Tells a phrase brought in at once from typing, per document. Such text is judged at once: `reviewCoach.delay`
 * waits for typing to stop, so that each keystroke does not start a check, and nobody is typing after a paste.
 */
export class PasteDetector<Doc extends object> {
  /** The burst of edits each document is in: when its last edit came and how many characters it brought. */
  private readonly bursts = new WeakMap<Doc, { at: number; chars: number }>();

  /** Whether this edit of `doc`, at `now` (ms), completes a phrase brought in at once. */
  isPaste(doc: Doc, changes: readonly InsertedText[], now: number): boolean {
    const inserted = changes.reduce((n, c) => n + c.text.length, 0);
    const last = this.bursts.get(doc);
    const chars = (last && now - last.at <= BURST_GAP_MS ? last.chars : 0) + inserted;
    this.bursts.set(doc, { at: now, chars });
    return chars >= PASTE_CHARS;
  }
}
