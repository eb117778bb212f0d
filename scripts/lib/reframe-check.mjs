// Does Reframe Comment offer a version with nothing left to coach? Each comment goes through the built command
// line as a user's shell would run it: `review-coach reframe` for the alternatives, then `review-coach classify
// --jsonl` for Review Coach's own judgement of each alternative.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './paths.mjs';

const BIN = join(root, 'bin', 'review-coach.js');
/** Command-line runs at a time: each mostly waits for the NLP library to load. */
const PARALLEL = 4;

/** Finding kinds an alternative may not carry: the ones the writer would be coached on again. */
export const UNWANTED_KINDS = ['dictating', 'personal', 'minimiser', 'harsh', 'absolute'];

/** Code spans, links and URLs: what every alternative keeps byte for byte. */
const VERBATIM = /`[^`\n]+`|\[[^\]\n]*\]\([^)\s]*\)|https?:\/\/\S+/g;

/** @param {string[]} args @param {string} input @returns {Promise<string>} */
function run(args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status === 0) resolve(stdout);
      else reject(new Error(`review-coach ${args.join(' ')} exited with ${status}: ${stderr}`));
    });
    child.stdin.end(input);
  });
}

/** The comments of a JSON-lines file of `{id, text}`. */
export function readCheckSet(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

/** `review-coach reframe` on each comment: its alternatives, in the comments' order. */
export async function reframeAll(comments) {
  const out = new Array(comments.length);
  let next = 0;
  const worker = async () => {
    while (next < comments.length) {
      const i = next++;
      out[i] = JSON.parse(await run(['reframe'], comments[i].text));
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, comments.length) }, worker));
  return out;
}

/**
 * Judges each comment's alternatives with `review-coach classify --jsonl`: each with its label, the unwanted
 * findings left and the verbatim parts lost, and whether one of them is clean (judged mentoring, no unwanted
 * finding, every code span, link and URL of the comment kept).
 */
export async function judgeAlternatives(comments, alternatives) {
  const lines = comments.flatMap((c, i) => alternatives[i].map((a, k) => JSON.stringify({ id: `${i}:${k}`, text: a.text })));
  const judged = new Map(
    (await run(['classify', '--jsonl'], lines.join('\n') + '\n'))
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

/** Reframes every comment and judges every alternative (see judgeAlternatives). */
export async function checkReframe(comments) {
  return judgeAlternatives(comments, await reframeAll(comments));
}
