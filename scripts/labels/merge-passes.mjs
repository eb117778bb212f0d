// The training labels of a sample labeled once, part of it twice: the first pass, replaced by the adjudicated
// answers where the two passes disagreed; prints Cohen's kappa of the two passes where both exist.
//
//   node scripts/labels/merge-passes.mjs more-first.jsonl more-second.jsonl more-adjudicated.jsonl train-more.jsonl
//
// All four are files of data/labels/. With --twice-only, OUT holds only the comments labeled twice (the agreed
// answer, or the adjudicated one): a set scored against labels as careful as the ones the product is measured on.
//
//   node scripts/labels/merge-passes.mjs validation.jsonl validation-second.jsonl validation-adjudicated.jsonl validation-twice.jsonl --twice-only
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answers, kappa, QUESTIONS, readJsonl, writeJsonl } from './rubric-answers.mjs';

const labelsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'labels');
const twiceOnly = process.argv.includes('--twice-only');
const [firstFile, secondFile, adjudicatedFile, outFile] = process.argv.slice(2).filter((a) => a !== '--twice-only');
if (!outFile) {
  process.stderr.write('usage: node scripts/labels/merge-passes.mjs FIRST SECOND ADJUDICATED OUT [--twice-only] (files of data/labels/)\n');
  process.exit(2);
}
const read = (name) => readJsonl(join(labelsDir, name)).map((r) => ({ id: r.id, ...answers(r) }));
const first = read(firstFile);
const byId = new Map(first.map((r) => [r.id, r]));
const second = read(secondFile);
const adjudicated = new Map(read(adjudicatedFile).map((r) => [r.id, r]));
const a = second.map((r) => byId.get(r.id));
if (a.some((r) => !r)) throw new Error('a second-pass answer has no first-pass answer');
const differ = second.filter((r, i) => r.label !== a[i].label || QUESTIONS.some((q) => r[q] !== a[i][q]));
const open = differ.filter((r) => !adjudicated.has(r.id));
if (open.length) throw new Error(`${open.length} disagreements not adjudicated yet`);
console.log(`labeled twice: ${second.length}; Cohen's kappa: label ${kappa(a.map((r) => r.label), second.map((r) => r.label)).toFixed(3)}, `
  + QUESTIONS.map((q) => `${q} ${kappa(a.map((r) => r[q]), second.map((r) => r[q])).toFixed(3)}`).join(', ')
  + `; ${differ.length} disagreements adjudicated`);
const merged = (twiceOnly ? a : first).map((r) => adjudicated.get(r.id) ?? r);
writeJsonl(join(labelsDir, outFile), merged);
console.log(`${merged.length} comments → data/labels/${outFile}`);
