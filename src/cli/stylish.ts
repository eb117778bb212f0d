import type { Severity } from '../core/index';
import type { FileReport } from './check-report';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/**
 * ESLint's "stylish" layout, which people and editors' problem matchers already read: the file
 * name, then one aligned row a finding (`line:col  severity  message  kind`), then a summary.
 * Prints nothing when there is nothing to say, as ESLint does. Plain text: no colour codes, so
 * the output is the same in a pipe, a log and a test. Skipped comments go to stderr (check.ts).
 */
export function formatStylish(reports: readonly FileReport[]): string {
  const out: string[] = [];
  const counts = new Map<Severity, number>();
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    // Findings come sorted by offset, which is line:col order.
    const rows = report.findings.map((f) => [`${f.line}:${f.column}`, f.severity, f.message, f.kind]);
    for (const f of report.findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
    out.push(report.file);
    out.push(...alignRows(rows).map((r) => `  ${r}`));
    out.push('');
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total > 0) out.push(`✖ ${plural(total, 'problem')} (${summaryParts(counts).join(', ')})`, '');
  return out.join('\n');
}

/** Errors and warnings always, as ESLint; information and hints when there are some. */
function summaryParts(counts: Map<Severity, number>): string[] {
  return SEVERITIES.filter((s) => s === 'error' || s === 'warning' || (counts.get(s) ?? 0) > 0).map((s) =>
    plural(counts.get(s) ?? 0, s === 'information' ? 'info' : s),
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
}

/** Pads every column but the last to its widest cell; `line:col` is right-aligned as in ESLint. */
function alignRows(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === 0 ? cell.padStart(widths[0]!) : i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}
