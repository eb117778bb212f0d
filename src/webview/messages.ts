/**
 * Messages between the Review Style webview and the extension, typed both ways. No `vscode` import:
 * the webview bundle and the glue share this module.
 */
import type { StyleSummary } from '../stats/summary';

/** Export formats offered by the view and by the command. */
export type ExportFormat = 'json' | 'csv';

/** From the webview to the extension. */
export type FromWebview =
  /** The script has loaded and listens: answer with an `update`. */
  | { type: 'ready' }
  /** The Reset button; the extension asks for confirmation before resetting. */
  | { type: 'reset' }
  /** An Export button; the extension opens a save dialog. */
  | { type: 'export'; format: ExportFormat };

/** From the extension to the webview. */
export type ToWebview = { type: 'update'; summary: StyleSummary };

/**
 * Checks a message received from the webview. The glue must call it on every message: the webview
 * is a separate context, and a value that is not one of ours is ignored rather than trusted.
 */
export function isFromWebview(value: unknown): value is FromWebview {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as { type?: unknown; format?: unknown };
  switch (m.type) {
    case 'ready':
    case 'reset':
      return true;
    case 'export':
      return m.format === 'json' || m.format === 'csv';
    default:
      return false;
  }
}

/** Checks a message received by the webview (only the shape the renderer relies on). */
export function isToWebview(value: unknown): value is ToWebview {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as { type?: unknown; summary?: unknown };
  return m.type === 'update' && typeof m.summary === 'object' && m.summary !== null && Array.isArray((m.summary as StyleSummary).trend);
}
