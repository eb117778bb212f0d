// Draws the comments whose `harsh` answer is labeled again (npx tsx scripts/labels/sample-recheck.ts): harsh was the
// least consistent answer (kappa 0.81-0.82 between passes, 0.48 for one annotator), and a harsh comment is
// dictating whatever else it says. Of the training comments (data/labels/train*.jsonl, not dev.jsonl, not a test or
// validation set), every one that may be harsh: labeled harsh, or given P(harsh) >= 0.15 by a model that never saw it
// (5-fold, the shipped penalties), or holding a swear word, an insult or a word of contempt. Two more blind
// annotators answer all four questions on each; merge-recheck.mjs takes the majority of the three passes.
// Writes data/labels/sample-recheck.json (ids) and scratch/recheck/batch-N.jsonl (id + text, gitignored).
import { join } from 'node:path';
import { analysisFeatures } from '../../src/core/analyze';
import { joinLabels, poolTexts, ROOT, TRAIN_LABEL_FILES } from '../../src/train/dataset';
import { outOfFold, toRows, type Example } from '../../src/train/fit-judge';
// @ts-expect-error plain ES module of the label scripts
import { seededShuffle } from './seeded-shuffle.mjs';
// @ts-expect-error plain ES module of the label scripts
import { writeAnnotatorBatches, writeSampleIds } from './write-sample.mjs';

const SEED = 20261212;
const BATCHES = 4;
const P_HARSH = 0.15;
const SWEARING_OR_CONTEMPT =
  /\b(damn|damnit|shit|shitty|crap|crappy|fuck|fucking|f\*+|wtf|hell|sucks?|stupid|dumb|idiot|idiotic|moron|retarded|garbage|trash|silly|lame|ugly|gross|horrible|terrible|awful|nonsense|ridiculous|insane|crazy|ugh|eww?|bastard|ass|freaking|frigging|fugly|omg|seriously|lol)\b/i;

const pool = poolTexts();
const comments = TRAIN_LABEL_FILES.flatMap((f) => joinLabels(f, pool));
const examples: Example[] = comments.map((c) => ({ id: c.id, request: c.request, why: c.why, invites: c.invites, harsh: c.harsh, features: analysisFeatures(c.text) }));
const { rows } = toRows(examples);
const oof = outOfFold(rows, examples, { request: 1e-3, why: 1e-3, invites: 1e-3, harsh: 1e-3 });
const candidates = comments.filter((c, i) => c.harsh || oof[i]!.harsh >= P_HARSH || SWEARING_OR_CONTEMPT.test(c.text));
const recheck = seededShuffle(SEED)(candidates);
writeSampleIds(ROOT, 'sample-recheck.json', SEED, { recheck });
writeAnnotatorBatches(ROOT, 'recheck', 'batch', recheck, BATCHES);
process.stderr.write(`${recheck.length} of ${comments.length} training comments drawn, in ${BATCHES} batches under ${join('scratch', 'recheck')}\n`);
