import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertCleanStderr, cli, ensureBuilt, jsonLines, ROOT } from './cli-harness';

const DICTATING = 'Rename this to `userId`.';
const NEUTRAL = 'Thanks, this reads much better now.';
const RESULT_KEYS = ['confidence', 'findings', 'harsh', 'id', 'invites', 'label', 'request', 'why'];

describe('review-coach CLI', function () {
  this.timeout(180_000);
  let dir: string;

  before(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'review-coach-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const file = (name: string, content: string | Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  describe('help, version and usage errors', () => {
    it('prints help and the package version', () => {
      const help = cli(['--help']);
      assert.equal(help.status, 0);
      assert.match(help.stdout, /^Usage: review-coach <command>/);
      for (const c of ['check', 'classify --jsonl', 'reframe', 'eval FILE']) assert.ok(help.stdout.includes(c), c);
      assert.equal(cli(['check', '--help']).status, 0);
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
      assert.equal(cli(['--version']).stdout.trim(), pkg.version);
    });

    it('says in the help what each exit status means', () => {
      const help = cli(['--help']).stdout;
      assert.match(help, /^Exit status:$/m);
      for (const status of [0, 1, 2]) assert.match(help, new RegExp(`^  ${status} {2,}\\S`, 'm'), `status ${status}`);
    });

    it('calls an unknown option before the command an option, not a command', () => {
      const r = cli(['--bogus']);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^review-coach: unknown option '--bogus'/);
    });

    for (const args of [[], ['frobnicate'], ['check', '--bogus'], ['check', '--format', 'xml'], ['eval'], ['eval', 'a', 'b'], ['reframe', 'extra']]) {
      it(`exits 2 with one clean line for: ${args.join(' ') || '(nothing)'}`, () => {
        const r = cli(args);
        assert.equal(r.status, 2);
        assertCleanStderr(r.stderr);
        assert.equal(r.stderr.trim().split('\n').length, 1);
        assert.equal(r.stdout, '');
      });
    }
  });

  describe('check', () => {
    it('exits 1 with an ESLint-stylish row on a dictating comment', () => {
      const r = cli(['check'], DICTATING);
      assert.equal(r.status, 1);
      assertCleanStderr(r.stderr);
      const lines = r.stdout.split('\n');
      assert.equal(lines[0], '<stdin>');
      assert.match(r.stdout, /^ {2}1:1 +(error|warning) +\S.* {2}dictating$/m);
      assert.match(r.stdout, /^✖ \d+ problems? \(\d+ errors?, \d+ warnings?/m);
    });

    it('exits 0 and prints nothing on a neutral comment', () => {
      const r = cli(['check'], NEUTRAL);
      assert.equal(r.status, 0);
      assert.equal(r.stdout, '');
    });

    it('reads files as Markdown, one comment a paragraph or item, with file line:col', () => {
      const md = `# Review notes\n\n${NEUTRAL}\n\n- ${DICTATING}\n\n\`\`\`js\n// ${DICTATING}\n\`\`\`\n\n> ${DICTATING}\n`;
      const lf = cli(['check', '--format', 'json', file('notes.md', md)]);
      assert.equal(lf.status, 1);
      const [report] = JSON.parse(lf.stdout) as { file: string; comments: { line: number }[]; findings: { kind: string; line: number; column: number; endLine: number }[] }[];
      assert.ok(report!.file.endsWith('notes.md'));
      assert.deepEqual(report!.comments.map((c) => c.line), [3, 5]);
      const dictating = report!.findings.filter((f) => f.kind === 'dictating');
      assert.ok(dictating.length > 0);
      for (const f of report!.findings) assert.equal(f.line, 5, 'only the list item has findings: code and quotes are skipped');
      const crlf = cli(['check', '--format', 'json', file('notes-crlf.md', md.replace(/\n/g, '\r\n'))]);
      const [crlfReport] = JSON.parse(crlf.stdout) as typeof report[];
      assert.deepEqual(
        crlfReport!.findings.map((f) => [f.line, f.column, f.endLine]),
        report!.findings.map((f) => [f.line, f.column, f.endLine]),
      );
    });

    it('prints a header for each file with findings and checks every file', () => {
      const r = cli(['check', file('a.md', DICTATING), file('b.md', NEUTRAL), file('c.md', `Intro.\n\n${DICTATING}`)]);
      assert.equal(r.status, 1);
      assert.ok(r.stdout.includes('a.md\n  1:1'));
      assert.ok(!r.stdout.includes('b.md'));
      assert.ok(r.stdout.includes('c.md\n  3:1'));
    });

    it('reports a missing file on stderr, still checks the others, and exits 2', () => {
      const r = cli(['check', join(dir, 'missing.md'), file('ok.md', DICTATING)]);
      assert.equal(r.status, 2);
      assertCleanStderr(r.stderr);
      assert.match(r.stderr, /missing\.md: no such file/);
      assert.ok(r.stdout.includes('ok.md'));
    });

    it('gives an empty result for empty input', () => {
      const r = cli(['check'], '');
      assert.equal(r.status, 0);
      assert.equal(r.stdout, '');
      const json = cli(['check', '--format', 'json'], '');
      assert.deepEqual(JSON.parse(json.stdout), [{ file: '<stdin>', comments: [], findings: [], skipped: [] }]);
    });
  });

  describe('classify --jsonl', () => {
    it('answers each line with the same id, in input order, with the promised fields only', () => {
      const ids = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? i : `c${i}`));
      const input = ids.map((id, i) => JSON.stringify({ id, text: i % 2 ? DICTATING : NEUTRAL, label: 'ignored', extra: [1] })).join('\n');
      const r = cli(['classify', '--jsonl'], input + '\n');
      assert.equal(r.status, 0);
      const out = jsonLines(r.stdout);
      assert.deepEqual(out.map((o) => o['id']), ids);
      for (const o of out) {
        assert.deepEqual(Object.keys(o).sort(), RESULT_KEYS);
        assert.ok(['neutral', 'dictating', 'mentoring'].includes(o['label'] as string));
        assert.ok(Array.isArray(o['findings']));
        assert.equal(typeof o['confidence'], 'number');
      }
      assert.equal(out[1]!['label'], 'dictating');
      assert.equal(out[0]!['label'], 'neutral');
    });

    it('answers a malformed line with an error line and goes on', () => {
      const lines = [
        '{"id": "a", "text": "Thanks, this reads much better now."}',
        'not json at all',
        '{"id": "b"}',
        '{"id": "c", "text": 42}',
        '[1, 2]',
        '',
        '{"id": "d", "text": "Rename this to `userId`."}',
        '{"id": "e", "text": "trailing',
      ];
      const r = cli(['classify', '--jsonl'], lines.join('\r\n'));
      assert.equal(r.status, 0);
      const out = jsonLines(r.stdout);
      // A line cut short still names its record when its id is written before the break.
      assert.deepEqual(out.map((o) => o['id']), ['a', null, 'b', 'c', null, 'd', 'e']);
      for (const i of [1, 2, 3, 4, 6]) {
        assert.deepEqual(Object.keys(out[i]!).sort(), ['error', 'id']);
        assert.equal(typeof out[i]!['error'], 'string');
      }
      assert.equal(out[5]!['label'], 'dictating');
    });

    it('reads a UTF-8 byte-order mark before the first line as no part of the record', () => {
      const r = cli(['classify', '--jsonl'], `\ufeff{"id":"a","text":"${NEUTRAL}"}\r\n{"id":"b","text":"Fine."}\r\n`);
      assert.equal(r.status, 0);
      const out = jsonLines(r.stdout);
      assert.deepEqual(out.map((o) => o['id']), ['a', 'b']);
      assert.equal(out[0]!['label'], 'neutral');
    });

    it('echoes each id exactly as written, however large or deeply nested, and goes on', () => {
      const deep = '['.repeat(100_000) + ']'.repeat(100_000);
      const lines = [
        '{"id": 12345678901234567890, "text": "Fine."}',
        `{"text": "Fine.", "id": ${deep}}`,
        '{"id": 1e400, "text": 5}',
        '{"id": "ok", "text": "Fine."}',
      ];
      const r = cli(['classify', '--jsonl'], lines.join('\n'));
      assert.equal(r.status, 0);
      assertCleanStderr(r.stderr);
      const out = r.stdout.split('\n').filter(Boolean);
      assert.equal(out.length, 4);
      assert.ok(out[0]!.startsWith('{"id":12345678901234567890,"label":'), out[0]);
      assert.ok(out[1]!.startsWith(`{"id":${deep},"label":`), 'the nested id comes back whole');
      assert.ok(out[2]!.startsWith('{"id":1e400,"error":'), out[2]);
      assert.equal(JSON.parse(out[3]!).label, 'neutral');
    });

    it('streams a long input in order', () => {
      const n = 3000;
      const input = Array.from({ length: n }, (_, i) => JSON.stringify({ id: i, text: i % 2 ? 'Ok.' : 'Nice.' })).join('\n');
      const out = jsonLines(cli(['classify', '--jsonl'], input).stdout);
      assert.equal(out.length, n);
      out.forEach((o, i) => assert.equal(o['id'], i));
    });

    it('gives an error line, with the id, for a 1 MB or binary-looking text', () => {
      const big = JSON.stringify({ id: 'big', text: 'word '.repeat(210_000) });
      const bin = JSON.stringify({ id: 'bin', text: '\u0000\u0001\u0002'.repeat(100) });
      const out = jsonLines(cli(['classify', '--jsonl'], `${big}\n${bin}\n{"id":"ok","text":"Fine."}`).stdout);
      assert.deepEqual(out.map((o) => o['id']), ['big', 'bin', 'ok']);
      assert.match(out[0]!['error'] as string, /characters/);
      assert.match(out[1]!['error'] as string, /binary/);
      assert.equal(typeof out[2]!['label'], 'string');
    });

    it('without --jsonl, judges standard input as one comment', () => {
      const r = cli(['classify'], DICTATING);
      assert.equal(r.status, 0);
      const o = JSON.parse(r.stdout) as Record<string, unknown>;
      assert.equal(o['label'], 'dictating');
      const empty = JSON.parse(cli(['classify'], '').stdout) as Record<string, unknown>;
      assert.equal(empty['label'], 'neutral');
      assert.deepEqual(empty['findings'], []);
    });
  });

  describe('reframe', () => {
    it('offers alternatives as [{kind, text}]', () => {
      const r = cli(['reframe'], `${DICTATING}\n`);
      assert.equal(r.status, 0);
      const alts = JSON.parse(r.stdout) as { kind: string; text: string }[];
      assert.ok(alts.length >= 1 && alts.length <= 3);
      for (const a of alts) {
        assert.deepEqual(Object.keys(a).sort(), ['kind', 'text']);
        assert.ok(['question', 'with-why', 'labelled', 'reworded'].includes(a.kind));
        assert.ok(a.text.includes('`userId`'), 'code spans are kept');
        assert.ok(!a.text.endsWith('\n'), 'the line break echo adds is no part of the comment');
      }
    });

    it('gives [] for an empty comment', () => {
      const r = cli(['reframe'], '');
      assert.equal(r.status, 0);
      assert.deepEqual(JSON.parse(r.stdout), []);
    });
  });

  describe('eval', () => {
    const gold = [
      { id: 'g1', text: DICTATING, request: true, why: false, invites: false, harsh: false, label: 'dictating' },
      { id: 'g2', text: NEUTRAL, request: false, why: false, invites: false, harsh: false, label: 'neutral' },
      { id: 'g3', text: 'Could we rename this to `userId`? It matches the API.', request: true, why: true, invites: true, harsh: false, label: 'mentoring' },
      { id: 'g4', text: NEUTRAL, request: false, why: false, invites: false, harsh: false, label: 'dictating' },
    ];
    const goldFile = (): string => file('gold.jsonl', gold.map((g) => JSON.stringify(g)).join('\n') + '\n');

    it('prints the README figures', () => {
      const r = cli(['eval', goldFile()]);
      assert.equal(r.status, 0);
      assertCleanStderr(r.stderr);
      for (const s of ['4 comments', 'dictating   precision', 'recall', 'F1', 'three-way   accuracy', 'macro-F1', 'request', 'why', 'invites', 'harsh', 'confusion (rows gold, columns predicted)']) {
        assert.ok(r.stdout.includes(s), s);
      }
      assert.ok(!r.stdout.includes('misclassified'));
    });

    it('says "1 comment", not "1 comments"', () => {
      const one = file('one.jsonl', `${JSON.stringify(gold[0])}\n`);
      assert.match(cli(['eval', one]).stdout, /^1 comment$/m);
    });

    it('lists misclassified ids with their text with --errors, and gives JSON with --json', () => {
      const r = cli(['eval', '--errors', goldFile()]);
      assert.match(r.stdout, /misclassified \(\d+\)/);
      assert.match(r.stdout, /g4 {2}gold dictating, predicted neutral: Thanks, this reads much better now\./);
      const j = JSON.parse(cli(['eval', '--json', goldFile()]).stdout) as Record<string, unknown>;
      assert.equal(j['count'], 4);
      for (const k of ['dictating', 'threeWay', 'questions', 'confusion']) assert.ok(k in j, k);
      assert.equal((j['dictating'] as { fn: number }).fn, 1, 'g4 is a dictating comment no one could catch');
    });

    it('skips unscorable lines with a note, scores the rest, and exits 2', () => {
      const path = file('mixed.jsonl', `${JSON.stringify(gold[0])}\n{"id":"x","text":"no labels"}\nbroken\n`);
      const r = cli(['eval', path]);
      assert.equal(r.status, 2);
      assertCleanStderr(r.stderr);
      assert.equal(r.stderr.trim().split('\n').length, 2);
      assert.ok(r.stdout.startsWith('1 comment\n'));
    });

    it('scores the first line of a file that starts with a byte-order mark', () => {
      const r = cli(['eval', file('bom.jsonl', '\ufeff' + gold.map((g) => JSON.stringify(g)).join('\r\n'))]);
      assert.equal(r.status, 0);
      assert.equal(r.stderr, '');
      assert.ok(r.stdout.startsWith('4 comments'));
    });

    it('exits 2 with one clear line for a directory or a binary file', () => {
      const d = cli(['eval', dir]);
      assert.equal(d.status, 2);
      assert.equal(d.stderr, `review-coach: cannot read ${dir}: is a directory\n`);
      const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
      const b = cli(['eval', file('blob.bin', binary)]);
      assert.equal(b.status, 2);
      assert.match(b.stderr, /^review-coach: cannot score .*blob\.bin: it looks binary \(.*\)\n$/);
    });

    it('keeps its exit status when whoever reads stderr stops early', async () => {
      // Over 64 KB of notes, more than a pipe holds, so the CLI writes to a closed stderr.
      const path = file('noisy.jsonl', `${'broken\n'.repeat(5000)}${JSON.stringify(gold[0])}\n`);
      const child = spawn(process.execPath, [join(ROOT, 'bin', 'review-coach.js'), 'eval', path], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.once('data', () => child.stderr.destroy());
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      assert.equal(status, 2, 'lines were skipped: 2, not the 1 of a crash');
      assert.ok(stdout.startsWith('1 comment\n'), 'the figures are still printed');
    });

    it('exits 2 with a message for a missing file', () => {
      const r = cli(['eval', join(dir, 'nope.jsonl')]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^review-coach: cannot read .*nope\.jsonl: no such file\n$/);
    });
  });

  describe('bad input', () => {
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    for (const args of [['check'], ['classify'], ['reframe']]) {
      it(`${args[0]}: binary standard input gets one clear line and exit 2`, () => {
        const r = cli(args, binary);
        assert.equal(r.status, 2);
        assertCleanStderr(r.stderr);
        assert.match(r.stderr, /^review-coach: standard input looks binary/);
      });

      it(`${args[0]}: 1 MB on standard input gets one clear line quickly`, () => {
        const t = Date.now();
        const r = cli(args, `${NEUTRAL} `.repeat(30_000));
        assert.equal(r.status, 2);
        assertCleanStderr(r.stderr);
        assert.match(r.stderr, /more than one comment can be/);
        assert.ok(Date.now() - t < 30_000);
      });
    }

    it('classify: a megabyte of line breaks before one word is judged quickly', () => {
      const t = Date.now();
      const r = cli(['classify'], `${'\n'.repeat(1_000_000)}Fine.`);
      assertCleanStderr(r.stderr);
      assert.equal(r.status, 2, 'over the length of one comment');
      assert.ok(Date.now() - t < 30_000);
    });

    it('check: a binary file is named on stderr and exits 2', () => {
      const r = cli(['check', file('image.png', binary)]);
      assert.equal(r.status, 2);
      assertCleanStderr(r.stderr);
      assert.match(r.stderr, /image\.png: it looks binary/);
    });

    it('check: a 1 MB Markdown file finishes with a result and no stack trace', () => {
      // ~300-character paragraphs, each different (the core caches repeated paragraphs), so the
      // run does the real work of about 2,900 comments.
      const sentences = ['Could we cache this?', 'It is called per keystroke.', DICTATING, NEUTRAL, 'Please add a test for the empty case.'];
      const paragraph = (i: number): string => Array.from({ length: 12 }, (_, k) => sentences[(i + k) % sentences.length]).join(' ');
      let md = '';
      for (let i = 0; md.length < 1_000_000; i++) md += `${paragraph(i)} (${i})\n\n`;
      const r = cli(['check', '--format', 'json', file('big.md', md)]);
      assertCleanStderr(r.stderr);
      assert.ok(r.status === 0 || r.status === 1, `exit status ${r.status}`);
      const [report] = JSON.parse(r.stdout) as { comments: unknown[] }[];
      assert.ok(report!.comments.length > 2_500, `${report!.comments.length} comments`);
    });
  });
});
