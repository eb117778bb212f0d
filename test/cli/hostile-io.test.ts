import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { micromark } from 'micromark';
import { commentBlocks } from '../../src/cli/comment-blocks';
import { assertCleanStderr, cli, ensureBuilt, jsonLines, ROOT } from './cli-harness';

const BIN = join(ROOT, 'bin', 'review-coach.js');

/** Runs the real CLI with its standard output on `fd` (a file such as /dev/full). */
function cliTo(fd: number, args: string[], input: string): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, stdio: ['pipe', fd, 'pipe'], encoding: 'utf8', env: { ...process.env, REVIEW_COACH_DEBUG: '' } });
  return { status: r.status, stderr: r.stderr };
}

describe('review-coach CLI on unusual and hostile input', function () {
  this.timeout(180_000);
  let dir: string;
  before(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'review-coach-hostile-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('fences as CommonMark reads them', () => {
    // (No list items: a fence inside one, after a blank line, is still read as if outside it.)
    const line = fc.constantFrom('```', '```ts', '``` a`b', '~~~ a`b', '~~~', '   ```', '    ```', '        ```', '\t```', ' \t```', '  ```', 'x = 1;', '');
    it('every line CommonMark reads as paragraph text is in a comment that check judges', () => {
      fc.assert(
        fc.property(fc.array(fc.oneof(line, fc.nat(99).map((n) => `Rename w${n}x now.`)), { maxLength: 14 }), (lines) => {
          const doc = lines.join('\n');
          const html = micromark(doc);
          const blocks = commentBlocks(doc).map((b) => b.text).join('\n');
          for (const word of doc.match(/w\d+x/g) ?? []) {
            // In a paragraph or a list item's text, not in <pre><code>.
            const prose = new RegExp(`<(?:p|li)>[^<]*${word}`).test(html);
            if (prose) assert.ok(blocks.includes(word), `${word} not judged in ${JSON.stringify(doc)}`);
          }
        }),
        { numRuns: 400 },
      );
    });

    for (const [name, opener] of [['a backtick in the info string', '``` a`b'], ['an 8-space indent', '        ```']]) {
      it(`check goes on past a fence-like line that opens no fence: ${name}`, () => {
        const path = join(dir, 'fence.md');
        writeFileSync(path, `Could we rename this?\n\n${opener}\n\nJust rename it, you forgot it again.\n`);
        const r = cli(['check', '--format', 'json', path]);
        assertCleanStderr(r.stderr);
        assert.equal(r.status, 1, 'the order after the line is judged: dictating');
        const [report] = JSON.parse(r.stdout) as Array<{ comments: Array<{ line: number; label: string }> }>;
        assert.deepEqual(report!.comments.find((c) => c.line === 5)?.label, 'dictating', r.stdout);
      });
    }
  });

  describe('I/O errors: one line on stderr and exit 2', () => {
    it('a full disk (ENOSPC) for each command that writes', function () {
      let fd: number;
      try {
        fd = openSync('/dev/full', 'w');
      } catch {
        this.skip();
      }
      try {
        for (const args of [['reframe'], ['check'], ['classify'], ['classify', '--jsonl']]) {
          const input = args.includes('--jsonl') ? '{"id":1,"text":"Rename this."}\n' : 'Rename this.';
          const r = cliTo(fd!, args, input);
          assert.equal(r.status, 2, args.join(' '));
          assertCleanStderr(r.stderr);
          assert.match(r.stderr, /^review-coach: cannot write to standard output: no space left on the device\n$/, args.join(' '));
        }
      } finally {
        closeSync(fd!);
      }
    });

    it('a reader that closes the pipe (EPIPE)', async () => {
      const child = spawn(process.execPath, [BIN, 'classify', '--jsonl'], { env: { ...process.env, REVIEW_COACH_DEBUG: '' } });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdin.on('error', () => {});
      child.stdout.once('data', () => child.stdout.destroy());
      const status = new Promise<number | null>((resolve) => child.on('close', resolve));
      child.stdin.end('{"id":1,"text":"Rename this."}\n'.repeat(5000));
      assert.equal(await status, 2);
      assertCleanStderr(stderr);
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
    });

    it('a directory named as a file (EISDIR), the other files still checked', () => {
      const path = join(dir, 'ok.md');
      writeFileSync(path, 'Rename this.\n');
      const r = cli(['check', dir, path]);
      assert.equal(r.status, 2);
      assertCleanStderr(r.stderr);
      assert.match(r.stderr, /^review-coach: cannot read .*: is a directory\n$/);
      assert.match(r.stdout, /ok\.md/);
    });
  });

  describe('JSON lines end at LF only', () => {
    it('a raw CR inside a line is part of it: one answer a line, each with its id', () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.nat(1000), fc.constantFrom('Rename\rthis.', 'Why\r?', 'ok', '\r'), fc.constantFrom('\n', '\r\n')), { minLength: 1, maxLength: 5 }), (records) => {
          const input = records.map(([id, text, end]) => `{"id":${id},"text":"${text}"}${end}`).join('');
          const r = cli(['classify', '--jsonl'], input);
          assert.equal(r.status, 0);
          assertCleanStderr(r.stderr);
          assert.deepEqual(jsonLines(r.stdout).map((o) => o['id']), records.map(([id]) => id));
        }),
        { numRuns: 8 },
      );
    });

    it('a line longer than a record can be is one error line with its id, and the stream goes on', () => {
      const input = `{"id":"long","text":"${'a'.repeat(5 * 2 ** 20)}"}\n{"id":"next","text":"Rename this."}\n`;
      const r = cli(['classify', '--jsonl'], input);
      const [long, next] = jsonLines(r.stdout);
      assert.equal(long!['id'], 'long');
      assert.match(String(long!['error']), /more than a record of one comment can be/);
      assert.equal(next!['label'], 'dictating');
    });
  });

  describe('standard input read in bounded memory', () => {
    for (const command of ['reframe', 'check', 'classify']) {
      it(`${command} stops reading endless input past the limit, with one line and exit 2`, async () => {
        const child = spawn(process.execPath, [BIN, command], { env: { ...process.env, REVIEW_COACH_DEBUG: '' } });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        let written = 0;
        let open = true;
        child.stdin.on('error', () => (open = false));
        const status = new Promise<number | null>((resolve) => child.on('close', (code) => ((open = false), resolve(code))));
        const chunk = Buffer.from('Rename this. '.repeat(5000));
        // Endless input: written as fast as it is read, until the command stops reading.
        const pump = (): void => {
          while (open && written < 2 ** 30 && child.stdin.write(chunk)) written += chunk.length;
          if (open && written < 2 ** 30) child.stdin.once('drain', () => ((written += chunk.length), pump()));
        };
        pump();
        assert.equal(await status, 2);
        assertCleanStderr(stderr);
        assert.match(stderr, /^review-coach: standard input is more than 67,108,864 bytes, more than review-coach reads \(limit 64 MiB\)\n$/);
        assert.ok(written < 128 * 2 ** 20, `read ${written} bytes before stopping`);
      });
    }
  });
});
