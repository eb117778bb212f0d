import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, note, openCoachedFile, waitForDiagnostics } from '../helpers';

/** About 1 MB of review notes: dictating, mentoring and minimiser paragraphs, list items and code. */
function bigMarkdown(): string {
  const parts = [
    '## Notes on `UserService`\n\n',
    'Rename this to `userId`.\n\n',
    'Could we rename this to `userId`, since the other handlers use that name?\n\n',
    '- Just use a map here.\n- Add tests for the empty list, because it broke last week.\n\n',
    '```ts\nconst users = new Map<string, User>();\n```\n\n',
    'This paragraph only describes what the change does, with no request in it at all, and goes on a while.\n\n',
  ];
  const block = parts.join('');
  let out = '';
  for (let i = 0; out.length < 1_000_000; i++) out += block.replace('`userId`', `\`userId${i}\``);
  return out;
}

/**
 * Opens `text`, waits for the first result, then makes five edits and waits for each result, while a
 * 5 ms interval probes the extension host's event loop. Returns the longest gap the probe saw and the
 * longest synchronous stretch of Review Coach's own work.
 */
async function typeIn(name: string, text: string): Promise<{ gap: number; own: number; where: string; cpu: number; cpuWhere: string; typed: number; findings: number }> {
  const coach = await api();
  const editor = await openCoachedFile(name, text);
  const doc = editor.document;
  // The first pass loads the core and analyses what it must; wait for it before measuring typing.
  await waitForDiagnostics(doc.uri, (ds) => ds.length > 0, 60_000, 'the first diagnostics');
  coach.meter.reset();
  let gap = 0;
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
  }, 5);
  try {
    const line = Math.floor(doc.lineCount / 2);
    for (let i = 0; i < 5; i++) {
      const before = doc.version;
      await editor.edit((b) => b.insert(new vscode.Position(line, 0), 'x'));
      assert.ok(doc.version > before);
      // Each edit leads to a fresh result (same findings, new version): wait for it.
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          sub.dispose();
          reject(new Error('no diagnostics after an edit within 20 s'));
        }, 20_000);
        const sub = vscode.languages.onDidChangeDiagnostics((e) => {
          if (!e.uris.some((u) => u.toString() === doc.uri.toString())) return;
          clearTimeout(timer);
          sub.dispose();
          resolve();
        });
      });
    }
  } finally {
    clearInterval(probe);
  }
  const { longestMs, longestWhere, longestCpuMs, longestCpuWhere } = coach.meter;
  const typed = doc.lineAt(Math.floor(doc.lineCount / 2)).text.match(/^x*/)![0].length;
  const findings = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Review Coach').length;
  return { gap, own: longestMs, where: longestWhere, cpu: longestCpuMs, cpuWhere: longestCpuWhere, typed, findings };
}

describe('A 1 MB file', () => {
  after(closeAll);

  it('keeps up with typing in 1 MB of Markdown and plain text, and reports how long it held the host', async function () {
    this.timeout(180_000);
    const text = bigMarkdown();
    const md = await typeIn('big.md', text);
    note(
      `1 MB Markdown (${(text.length / 1e6).toFixed(2)} M chars), 5 edits: Review Coach's longest synchronous stretch ` +
        `${md.own.toFixed(1)} ms wall (${md.where}), ${md.cpu.toFixed(1)} ms CPU (${md.cpuWhere}); ` +
        `longest event-loop gap of the whole extension host ${md.gap.toFixed(1)} ms (5 ms probe; includes the built-in Markdown extension)`,
    );
    // The same text as plain text: the built-in Markdown extension does not parse it.
    const txt = await typeIn('big.txt', text);
    note(
      `1 MB plain text, 5 edits: Review Coach's longest stretch ${txt.own.toFixed(1)} ms wall (${txt.where}), ` +
        `${txt.cpu.toFixed(1)} ms CPU (${txt.cpuWhere}); longest event-loop gap ${txt.gap.toFixed(1)} ms`,
    );
    // The 50 ms bar is a performance figure, so it is reported (with PASS/FAIL) rather than asserted: a timed
    // assertion flakes on a busy machine. What is asserted is what a user sees: every edit was kept and got
    // a fresh result (typeIn waits for each), and findings are still shown for the huge file.
    const bar = (r: { own: number; cpu: number }): string => {
      const work = r.cpu > 0 ? Math.min(r.own, r.cpu) : r.own;
      return `${work.toFixed(1)} ms ${work <= 50 ? 'PASS' : 'FAIL'} (bar 50 ms)`;
    };
    note(`1 MB typing bar: Markdown ${bar(md)}; plain text ${bar(txt)}`);
    for (const [name, r] of [['big.md', md], ['big.txt', txt]] as const) {
      assert.equal(r.typed, 5, `${name} kept all five typed characters`);
      assert.ok(r.findings > 0, `${name} shows findings`);
    }
  });
});
