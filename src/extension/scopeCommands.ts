import * as vscode from 'vscode';
import type { Coaching } from './coaching';
import { Commands, COMMENT_SCHEME } from './constants';

/**
 * The document a command is about: the one whose URI the editor's context menu (or the status bar item)
 * passes, else the active editor's.
 */
async function documentFor(arg: unknown): Promise<vscode.TextDocument | undefined> {
  if (arg instanceof vscode.Uri) {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === arg.toString());
    return open ?? vscode.workspace.openTextDocument(arg).then(undefined, () => undefined);
  }
  return vscode.window.activeTextEditor?.document;
}

/**
 * "Review Coach: Coach This File" and "Review Coach: Stop Coaching This File". Each resolves to true when it
 * changed what is coached, and otherwise says why not.
 */
export function registerScopeCommands(coaching: Coaching): vscode.Disposable {
  const run = (wanted: 'coach' | 'stop') => async (arg?: unknown): Promise<boolean> => {
    const doc = await documentFor(arg);
    if (!doc) {
      void vscode.window.showInformationMessage('Review Coach: open the file to coach first.');
      return false;
    }
    if (doc.uri.scheme === COMMENT_SCHEME) {
      void vscode.window.showInformationMessage('Review Coach: comment boxes are always coached.');
      return false;
    }
    const decision = coaching.decide(doc);
    if (!decision.choosable) {
      void vscode.window.showInformationMessage(
        `Review Coach coaches comment boxes, and Markdown and plain-text files you add; "${doc.languageId}" documents ` +
          'can be added with the setting reviewCoach.documentSelector.',
      );
      return false;
    }
    if (decision.reason === 'disabled') {
      void vscode.window.showInformationMessage('Review Coach is switched off here (reviewCoach.enable).');
      return false;
    }
    if ((wanted === 'coach') === (decision.mode !== undefined)) return false;
    await coaching.choose(doc, wanted);
    return true;
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.coachThisFile, run('coach')),
    vscode.commands.registerCommand(Commands.stopCoachingThisFile, run('stop')),
  );
}
