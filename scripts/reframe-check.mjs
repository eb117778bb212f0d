#!/usr/bin/env node
// Prints how many comments of a check set get an alternative from `review-coach reframe` that `review-coach
// classify` judges mentoring with no dictating, personal, minimiser, harsh or absolute finding, code spans kept.
// Usage: node scripts/reframe-check.mjs [FILE.jsonl]   (default: fixtures/reframe-check/dictating.jsonl; run
// `npm run build` first). Exit status 1 when a comment gets no clean alternative.
import { join } from 'node:path';
import { root } from './lib/paths.mjs';
import { checkReframe, readCheckSet } from './lib/reframe-check.mjs';

const file = process.argv[2] ?? join(root, 'fixtures', 'reframe-check', 'dictating.jsonl');
const results = await checkReframe(readCheckSet(file));
for (const r of results) {
  console.log(`${r.clean ? '✓' : '✗'} ${r.id}: ${JSON.stringify(r.text)}`);
  for (const a of r.alternatives) {
    const notes = [...a.unwanted, ...a.lost.map((l) => `lost ${l}`)];
    console.log(`    ${a.clean ? '✓' : ' '} ${a.kind.padEnd(9)} ${a.label.padEnd(10)} ${JSON.stringify(a.text)}${notes.length ? `  [${notes.join('; ')}]` : ''}`);
  }
}
const clean = results.filter((r) => r.clean).length;
console.log(`\n${clean} of ${results.length} comments get a clean alternative`);
process.exitCode = clean === results.length ? 0 : 1;
