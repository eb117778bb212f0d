// What every label script shares: the rubric's rule and constraints, JSON lines, and Cohen's kappa.
import { readFileSync, writeFileSync } from 'node:fs';

export const QUESTIONS = ['request', 'why', 'invites', 'harsh'];

/** The rubric's rule. */
export const labelOf = (a) => (!a.request ? 'neutral' : a.harsh || (!a.why && !a.invites) ? 'dictating' : 'mentoring');

/** The rubric's constraints: no why and no invitation without a request. */
export const answers = (r) => {
  const request = r.request === true;
  const a = { request, why: request && r.why === true, invites: request && r.invites === true, harsh: r.harsh === true };
  return { ...a, label: labelOf(a) };
};

export const readJsonl = (path) => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
export const writeJsonl = (path, rows) => writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');

export function kappa(a, b) {
  const n = a.length;
  const values = [...new Set([...a, ...b])];
  const po = a.filter((x, i) => x === b[i]).length / n;
  const pe = values.reduce((s, v) => s + (a.filter((x) => x === v).length / n) * (b.filter((x) => x === v).length / n), 0);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}
