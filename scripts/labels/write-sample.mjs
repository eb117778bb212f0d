// What every sample script writes: the ids in data/labels/ (no text), and the annotators' batches of id + text in
// scratch/ (gitignored: the comments' text never enters the repository).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** data/labels/NAME: the seed, the pool it drew on, and each set's ids in order. */
export function writeSampleIds(root, name, seed, sets) {
  const ids = Object.fromEntries(Object.entries(sets).map(([key, comments]) => [key, comments.map((c) => c.id)]));
  writeFileSync(join(root, 'data', 'labels', name), JSON.stringify({ seed, pool: 'shared/train/pool.jsonl', ...ids }, null, 1) + '\n');
}

/** scratch/DIR/PREFIX-N.jsonl: `comments` in `count` batches of (nearly) equal size, id + text a line. */
export function writeAnnotatorBatches(root, dir, prefix, comments, count) {
  const out = join(root, 'scratch', dir);
  mkdirSync(out, { recursive: true });
  const size = Math.ceil(comments.length / count);
  for (let b = 0; b < count; b++) {
    const rows = comments.slice(b * size, (b + 1) * size).map((c) => JSON.stringify({ id: c.id, text: c.text }));
    writeFileSync(join(out, `${prefix}-${b + 1}.jsonl`), rows.join('\n') + '\n');
  }
}
