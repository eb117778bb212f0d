import * as vscode from 'vscode';
import type { Config } from './config';
import { fixTitle } from './fixTitles';
import { kindInfo } from './kinds';
import { readmeLink } from './readme';
import type { FindingStore } from './store';

/** Hover on a finding: what it is, the coaching sentence, what to do, and the fixes on offer. */
export class ReviewCoachHover implements vscode.HoverProvider {
  constructor(
    private readonly store: FindingStore,
    private readonly config: Config,
    private readonly extensionUri: vscode.Uri,
  ) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const found = this.store.at(doc, position);
    if (!found.length) return undefined;
    const offerLabels = this.config.get(doc).conventionalComments;
    const md = new vscode.MarkdownString();
    for (const { finding, unit } of found) {
      const info = kindInfo(finding.kind);
      md.appendMarkdown(`**Review Coach · ${info.title}** ([why](${readmeLink(this.extensionUri, finding.kind).toString()}))\n\n`);
      md.appendText(finding.message);
      md.appendMarkdown('\n\n*What to do:* ');
      md.appendText(info.advice);
      const fixes = finding.fixes.filter((f) => offerLabels || f.kind !== 'label').map((f) => fixTitle(f, finding, unit.text));
      if (fixes.length) {
        md.appendMarkdown('\n\nQuick fixes (Ctrl+.):\n');
        for (const title of fixes) md.appendMarkdown(`\n- ${escapeMarkdown(title)}`);
      }
      md.appendMarkdown('\n\n');
    }
    return new vscode.Hover(md, found[0].range);
  }
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}
