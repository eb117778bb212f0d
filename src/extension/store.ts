import type * as vscode from 'vscode';
import type { Finding } from '../core/types';
import type { Unit } from './units';

/** A published finding with what a fix needs: its range and the unit its offsets are relative to. */
export interface StoredFinding {
  range: vscode.Range;
  finding: Finding;
  unit: Unit;
}

interface Entry {
  version: number;
  items: StoredFinding[];
}

/**
 * The findings behind the published diagnostics, per document and version. Quick fixes and hovers
 * look findings up here by range and kind (never by message text), and only for the version they were
 * computed on, so a fix can never be applied to text that has changed since.
 */
export class FindingStore {
  private readonly entries = new Map<string, Entry>();

  /** Replaces the findings of a document, computed on `version`. */
  set(uri: vscode.Uri, version: number, items: StoredFinding[]): void {
    this.entries.set(uri.toString(), { version, items });
  }

  /** Forgets a document. */
  delete(uri: vscode.Uri): void {
    this.entries.delete(uri.toString());
  }

  /** All findings for the document's current version. */
  all(doc: vscode.TextDocument): readonly StoredFinding[] {
    const entry = this.entries.get(doc.uri.toString());
    return entry && entry.version === doc.version ? entry.items : [];
  }

  /** The finding behind a diagnostic: same range and same kind. */
  match(doc: vscode.TextDocument, range: vscode.Range, kind: string): StoredFinding | undefined {
    return this.all(doc).find((s) => s.finding.kind === kind && s.range.isEqual(range));
  }

  /** Findings whose range contains `position`. */
  at(doc: vscode.TextDocument, position: vscode.Position): StoredFinding[] {
    return this.all(doc).filter((s) => s.range.contains(position));
  }
}
