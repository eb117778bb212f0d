// The re-check of the training comments that may be harsh: for each comment of sample-recheck.json, the majority of
// three blind passes (the training files' answer and two more, recheck-a.jsonl and recheck-b.jsonl), question by
// question, under the rubric's constraints. Prints Cohen's kappa between each pair of passes, then writes
// recheck-majority.jsonl. Training does not read it: trained on, it moved no figure beyond noise and cost the
// rubric's own examples (README, "Labeling").
//
//   node scripts/labels/collect-set.mjs scratch/recheck/passA sample-recheck.json recheck recheck-a.jsonl
//   node scripts/labels/collect-set.mjs scratch/recheck/passB sample-recheck.json recheck recheck-b.jsonl
//   node scripts/labels/merge-recheck.mjs
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { answers, kappa, QUESTIONS, readJsonl, writeJsonl } from './rubric-answers.mjs';

const labelsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'labels');
const read = (name) => new Map(readJsonl(join(labelsDir, name)).map((r) => [r.id, { id: r.id, ...answers(r) }]));
const ids = JSON.parse(readFileSync(join(labelsDir, 'sample-recheck.json'), 'utf8')).recheck;
const training = new Map(['train.jsonl', 'train-more.jsonl', 'train-more2.jsonl'].flatMap((f) => [...read(f)]));
const passes = { labeled: training, a: read('recheck-a.jsonl'), b: read('recheck-b.jsonl') };
const rows = Object.fromEntries(
  Object.entries(passes).map(([name, byId]) => [
    name,
    ids.map((id) => {
      const r = byId.get(id);
      if (!r) throw new Error(`${id}: no answer in pass ${name}`);
      return r;
    }),
  ]),
);
const pairs = [['labeled', 'a'], ['labeled', 'b'], ['a', 'b']];
for (const [x, y] of pairs) {
  const k = (key) => kappa(rows[x].map((r) => r[key]), rows[y].map((r) => r[key])).toFixed(3);
  const same = rows[x].filter((r, i) => r.label === rows[y][i].label).length / ids.length;
  console.log(`${x} vs ${y}: label kappa ${k('label')} (${(100 * same).toFixed(1)} % the same), ` + QUESTIONS.map((q) => `${q} ${k(q)}`).join(', '));
}
const majority = ids.map((id, i) => {
  const votes = [rows.labeled[i], rows.a[i], rows.b[i]];
  const vote = (q) => votes.filter((r) => r[q]).length >= 2;
  return { id, ...answers({ request: vote('request'), why: vote('why'), invites: vote('invites'), harsh: vote('harsh') }) };
});
const changed = (q) => majority.filter((r, i) => r[q] !== rows.labeled[i][q]).length;
console.log(`majority of three: ${QUESTIONS.map((q) => `${q} changed on ${changed(q)}`).join(', ')}, label changed on ${changed('label')} of ${ids.length}`);
writeJsonl(join(labelsDir, 'recheck-majority.jsonl'), majority);
