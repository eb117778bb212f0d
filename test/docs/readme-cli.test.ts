/**
 * The README promises that its command-line examples are real output. This runs every ```console block of
 * README.md the way a reader would type it, and compares what the commands print with what the README shows:
 * when the rules change and the README is not refreshed, this fails and names the example.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureBuilt, ROOT } from '../cli/cli-harness';
import { consoleExamples, type ConsoleStep } from './console-examples';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const SHARED = resolve(ROOT, '..', 'shared');
const BIN = join(ROOT, 'bin', 'review-coach.js');

/** Lines with their trailing spaces dropped, and no blank lines at the end: a terminal shows no difference. */
const tidy = (text: string): string[] => text.replace(/\s+$/, '').split('\n').map((l) => l.trimEnd());

/** An expected line as a pattern: the README elides long parts with "…". */
const lineMatcher = (line: string): RegExp =>
  new RegExp(`^${line.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

function assertOutput(actual: string, expected: string[], what: string): void {
  const got = tidy(actual);
  const want = expected.length ? tidy(expected.join('\n')) : [''];
  const firstDifference = want.findIndex((line, i) => got[i] === undefined || !lineMatcher(line).test(got[i]!));
  if (firstDifference >= 0 || got.length !== want.length) {
    assert.fail(`${what}: the README shows\n${want.join('\n')}\n\nbut the command prints\n${got.join('\n')}`);
  }
}

describe('README: the command-line examples are real output', () => {
  const examples = consoleExamples(README);
  let work: string;

  before(() => {
    ensureBuilt();
    // The examples run in a folder of their own, next to a link to ../shared as a clone sees it.
    const root = mkdtempSync(join(tmpdir(), 'rc-readme-'));
    work = join(root, 'repo');
    mkdirSync(work);
    if (existsSync(SHARED)) symlinkSync(SHARED, join(root, 'shared'));
  });

  after(() => rmSync(resolve(work, '..'), { recursive: true, force: true }));

  it('the README has command-line examples to check', () => {
    assert.ok(examples.length >= 4, `${examples.length} console blocks`);
    assert.ok(examples.every((steps) => steps.some((s) => s.kind === 'run')));
  });

  for (const [n, steps] of examples.entries()) {
    const title = steps.find((s) => s.kind === 'run')?.command.split('\n')[0] ?? `block ${n + 1}`;
    const needsShared = steps.some((s) => s.kind === 'run' && s.command.includes('../shared/'));
    it(`prints what the README shows: ${title}`, function () {
      if (needsShared && !existsSync(SHARED)) this.skip(); // the evaluation data lives beside the clone, not in it
      runSteps(steps, work);
    });
  }
});

function runSteps(steps: readonly ConsoleStep[], cwd: string): void {
  let lastStatus: number | null = null;
  for (const step of steps) {
    if (step.kind === 'file') {
      writeFileSync(join(cwd, step.name), `${step.lines.join('\n')}\n`);
      continue;
    }
    if (step.command === 'echo $?') {
      assertOutput(String(lastStatus), step.output, 'the exit status');
      continue;
    }
    const command = step.command.replaceAll('npx review-coach', `node ${JSON.stringify(BIN)}`);
    const r = spawnSync('bash', ['-c', command], { cwd, encoding: 'utf8', env: { ...process.env, REVIEW_COACH_DEBUG: '' } });
    if (r.error) throw r.error;
    lastStatus = r.status;
    assertOutput(r.stdout, step.output, `$ ${step.command}`);
  }
}
