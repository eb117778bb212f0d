/**
 * The 30-day trend as an inline SVG of stacked bars, drawn from the data with no library: one bar per
 * day, mentoring at the bottom, neutral, then dictating on top. Colours come from CSS classes in
 * `media/style-view.css` (presentation attributes cannot take `var(--vscode-*)` reliably, and inline
 * styles are barred by the CSP).
 */
import type { TrendPoint } from '../stats/summary';
import { escapeHtml } from './escape';

const WIDTH = 300;
const HEIGHT = 140;
const LEFT = 22; // room for the y-axis maximum
const TOP = 8;
const BOTTOM = 118; // the baseline; day labels go below it
const SERIES = ['mentoring', 'neutral', 'dictating'] as const;

/** The chart, or `''` when there are no points. `id` prefixes the element ids the ARIA labels point at. */
export function renderTrendChart(points: readonly TrendPoint[], id = 'trend'): string {
  if (points.length === 0) return '';
  const totals = points.map((p) => p.mentoring + p.dictating + p.neutral);
  const max = Math.max(1, ...totals);
  const slot = (WIDTH - LEFT) / points.length;
  const barWidth = Math.max(1, slot * 0.75);
  const scale = (BOTTOM - TOP) / max;

  const bars: string[] = [];
  points.forEach((p, i) => {
    const x = LEFT + i * slot + (slot - barWidth) / 2;
    let y = BOTTOM;
    for (const series of SERIES) {
      const n = p[series];
      if (!(n > 0)) continue;
      const h = n * scale;
      y -= h;
      bars.push(
        `<rect class="seg ${series}" x="${num(x)}" y="${num(y)}" width="${num(barWidth)}" height="${num(h)}">` +
          `<title>${escapeHtml(`${p.day}: ${n} ${series}`)}</title></rect>`,
      );
    }
  });

  const first = points[0]!.day;
  const last = points[points.length - 1]!.day;
  const sum = (s: (typeof SERIES)[number]) => points.reduce((n, p) => n + p[s], 0);
  const busiest = totals.indexOf(Math.max(...totals));
  const desc =
    `From ${first} to ${last}: ${sum('mentoring')} mentoring, ${sum('dictating')} dictating, ${sum('neutral')} neutral comments.` +
    (totals[busiest]! > 0 ? ` Most on ${points[busiest]!.day}, with ${totals[busiest]}.` : ' No comments in this period.');

  return [
    `<svg class="trend" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false">`,
    `<title id="${id}-title">Comments per day by label, last ${points.length} days</title>`,
    `<desc id="${id}-desc">${escapeHtml(desc)}</desc>`,
    `<line class="axis" x1="${LEFT}" y1="${BOTTOM}" x2="${WIDTH}" y2="${BOTTOM}"/>`,
    `<line class="grid" x1="${LEFT}" y1="${TOP}" x2="${WIDTH}" y2="${TOP}"/>`,
    `<text class="tick" x="${LEFT - 3}" y="${TOP + 3}" text-anchor="end">${max}</text>`,
    `<text class="tick" x="${LEFT - 3}" y="${BOTTOM}" text-anchor="end">0</text>`,
    ...bars,
    `<text class="tick" x="${LEFT}" y="${HEIGHT - 6}" text-anchor="start">${escapeHtml(first)}</text>`,
    `<text class="tick" x="${WIDTH}" y="${HEIGHT - 6}" text-anchor="end">${escapeHtml(last)}</text>`,
    '</svg>',
  ].join('');
}

/** Two decimals at most: enough for a 300-unit viewBox, and it keeps 400-day renders small. */
function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}
