/**
 * `npm run train`: learns the judge from data/labels/train.jsonl, train-more.jsonl and train-more2.jsonl (joined with the pool's text) and dev.jsonl,
 * chooses penalties and thresholds by 5-fold cross-validation, writes src/core/learned/weights.json and prints
 * the cross-validated figures. Deterministic: the same labels give the same weights.
 *
 *   npm run train                 train and write the weights
 *   npm run train -- --check      train and compare with the shipped weights (exit 1 when they differ)
 *   npm run train -- --curve      also print a learning curve and leave-one-source-out figures
 *   npm run train -- --subset     only rewrite the small subset's expected weights (test/fixtures/), checked by the unit tests
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysisFeatures } from '../core/analyze';
import { QUESTIONS } from '../core/learned/judge-weights';
import { packWeights } from '../core/learned/packed-weights';
import { devComments, joinLabels, poolTexts, ROOT, TRAIN_LABEL_FILES, trainingLabelsSha256, type LabeledComment } from './dataset';
import { SUBSET_FIXTURE, trainSubset } from './subset';
import { answersAt, chooseL2, chooseThresholds, chooseWarnAt, figures, finalWeights, MIN_DOCUMENT_FREQUENCY, outOfFold, toRows, type Example, type Figures } from './fit-judge';

const WEIGHTS = join(ROOT, 'src', 'core', 'learned', 'weights.json');

function pct(x: number): string {
  return x.toFixed(3);
}

function line(name: string, f: Figures): string {
  const q = QUESTIONS.map((k) => `${k} ${pct(f.questions[k])}`).join(' ');
  return `${name.padEnd(28)} n=${String(f.count).padStart(5)}  dictating P ${pct(f.dictating.precision)} R ${pct(f.dictating.recall)} F1 ${pct(f.dictating.f1)}  macro-F1 ${pct(f.macroF1)}  acc ${pct(f.accuracy)}  | ${q}`;
}

function examplesOf(comments: readonly LabeledComment[]): Example[] {
  return comments.map((c) => ({ id: c.id, request: c.request, why: c.why, invites: c.invites, harsh: c.harsh, features: analysisFeatures(c.text) }));
}

function main(): void {
  const started = Date.now();
  const args = process.argv.slice(2);
  if (args.includes('--subset')) {
    writeFileSync(SUBSET_FIXTURE, JSON.stringify(trainSubset()) + '\n');
    console.log(`wrote ${SUBSET_FIXTURE.slice(ROOT.length + 1)}`);
    return;
  }
  const pool = poolTexts();
  const labeled = TRAIN_LABEL_FILES.filter((f) => existsSync(f)).flatMap((f) => joinLabels(f, pool));
  const comments = [...labeled, ...devComments()];
  const sha256 = trainingLabelsSha256();
  process.stderr.write(`[train] ${comments.length} labeled comments (${labeled.length} from data/labels/train*.jsonl, ${comments.length - labeled.length} from dev.jsonl)\n`);

  const examples = examplesOf(comments);
  const { rows, features } = toRows(examples);
  process.stderr.write(`[train] ${features.length} features seen in at least ${MIN_DOCUMENT_FREQUENCY} comments\n`);
  const l2 = chooseL2(rows, examples);
  const oof = outOfFold(rows, examples, l2);
  const thresholds = chooseThresholds(examples, oof);
  const warnAt = chooseWarnAt(examples, oof, thresholds);
  const predicted = oof.map((p) => answersAt(p, thresholds));

  console.log(`penalties ${JSON.stringify(l2)}  thresholds ${JSON.stringify(thresholds)}  warn from P(dictating) ${warnAt}`);
  console.log(line('5-fold cross-validation', figures(examples, predicted)));
  const sources = [...new Set(comments.map((c) => c.source))].sort();
  for (const s of sources) {
    const at = comments.flatMap((c, i) => (c.source === s ? [i] : []));
    if (at.length >= 30) console.log(line(`  ${s}`, figures(at.map((i) => examples[i]!), at.map((i) => predicted[i]!))));
  }

  if (args.includes('--curve')) {
    // Leave one source out: GitHub (clearcrc-*) against Gerrit (toxicr), with the same penalties and thresholds.
    const family = comments.map((c) => (c.source.startsWith('clearcrc') ? 0 : c.source === 'toxicr' ? 1 : 2));
    const loso = outOfFold(rows, examples, l2, family);
    for (const [k, name] of [[0, 'trained without GitHub, on GitHub'], [1, 'trained without Gerrit, on Gerrit']] as const) {
      const at = family.flatMap((f, i) => (f === k ? [i] : []));
      console.log(line(name, figures(at.map((i) => examples[i]!), at.map((i) => answersAt(loso[i]!, thresholds)))));
    }
    for (const size of [500, 1000, 2000, 4000, 8000]) {
      if (size > examples.length) break;
      const subset = examples.slice(0, size);
      const sub = toRows(subset);
      const p = outOfFold(sub.rows, subset, l2);
      const chosen = chooseThresholds(subset, p);
      console.log(line(`learning curve: ${size}`, figures(subset, p.map((x) => answersAt(x, chosen)))));
    }
  }

  const weights = finalWeights(rows, examples, features, l2, thresholds, warnAt, sha256);
  const json = JSON.stringify(packWeights(weights)) + '\n';
  if (args.includes('--check')) {
    const same = existsSync(WEIGHTS) && readFileSync(WEIGHTS, 'utf8') === json;
    console.log(same ? 'the shipped weights are what training gives' : 'the shipped weights differ from what training gives');
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(WEIGHTS, json);
    console.log(`wrote ${WEIGHTS.slice(ROOT.length + 1)} (${(json.length / 1024).toFixed(0)} KB, ${features.length} features)`);
  }
  process.stderr.write(`[train] done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

main();
