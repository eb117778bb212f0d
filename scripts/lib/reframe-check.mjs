// Does Reframe Comment offer a version with nothing left to coach? Each comment goes through the built command
// line as a user's shell would run it: `review-coach reframe` for the alternatives, then `review-coach classify
// --jsonl` for Review Coach's own judgement of each alternative.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './paths.mjs';

const BIN = join(root, 'bin', 'review-coach.js');

/** Finding kinds an alternative may not carry: the ones the writer would be coached on again. */
export const UNWANTED_KINDS = ['dictating', 'personal', 'minimiser', 'harsh', 'absolute'];

/** Code spans, links and URLs: what every alternative keeps byte for byte. */
const VERBATIM = /`[^`\n]+`|\[[^\]\n]*\]\([^)\s]*\)|https?:\/\/\S+/g;

/** @param {string[]} args @param {string} input */
function run(args, input) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`review-coach ${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** The comments of a JSON-lines file of `{id, text}`. */
export function readCheckSet(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

/**
 * Reframes every comment and judges every alternative. For each comment: its alternatives, each with the
 * judgement's label, the unwanted findings left and the verbatim parts lost, and whether one of them is clean
 * (judged mentoring, no unwanted finding, every code span, link and URL kept).
 * @param {{ id: string, text: string }[]} comments
 */
export function checkReframe(comments) {
  const alternatives = comments.map((c) => JSON.parse(run(['reframe'], c.text)));
  const lines = comments.flatMap((c, i) => alternatives[i].map((a, k) => JSON.stringify({ id: `${i}:${k}`, text: a.text })));
  const judged = new Map(
    run(['classify', '--jsonl'], lines.join('\n') + '\n')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .map((j) => [j.id, j]),
  );
  return comments.map((c, i) => {
    const verbatim = c.text.match(VERBATIM) ?? [];
    const offered = alternatives[i].map((a, k) => {
      const j = judged.get(`${i}:${k}`);
      const unwanted = (j?.findings ?? []).filter((f) => UNWANTED_KINDS.includes(f.kind)).map((f) => `${f.kind} "${a.text.slice(f.offset, f.offset + f.length)}"`);
      const lost = verbatim.filter((v) => !a.text.includes(v));
      return { kind: a.kind, text: a.text, label: j?.label ?? 'error', unwanted, lost, clean: j?.label === 'mentoring' && unwanted.length === 0 && lost.length === 0 };
    });
    return { id: c.id, text: c.text, alternatives: offered, clean: offered.some((a) => a.clean) };
  });
}
