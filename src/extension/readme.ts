import type * as vscode from 'vscode';
import { kindInfo } from './kinds';

/**
 * Link to the README section that explains a finding kind. The README ships inside the extension, so
 * the link works offline and matches the installed version.
 */
export function readmeLink(extensionUri: vscode.Uri, kind: string): vscode.Uri {
  return extensionUri.with({ path: `${extensionUri.path.replace(/\/$/, '')}/README.md`, fragment: kindInfo(kind).anchor });
}
