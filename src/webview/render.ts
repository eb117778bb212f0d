/**
 * The Review Style view's HTML, as pure functions of the summary. `renderStyleView` is the page the
 * glue sets as `webview.html`; `renderStyleBody` is its changing part, which the webview script also
 * calls to re-render on `update` without reloading the page (a reload would drop focus and scroll).
 */
import type { PeriodSummary, StyleSummary, TrendPoint } from '../stats/summary';
import { renderTrendChart } from './chart';
import { escapeHtml as esc } from './escape';

/** What the glue supplies from `webview.cspSource` and `webview.asWebviewUri(...)`. */
export interface StyleViewResources {
  /** Fresh per render, from `crypto.getRandomValues`. */
  nonce: string;
  cspSource: string;
  /** `dist/webview/style-view.js` as a webview URI. */
  scriptUri: string;
  /** `media/style-view.css` as a webview URI. */
  styleUri: string;
}

/** Shown to a new user, as the issue words it. */
export const EMPTY_STATE_TEXT =
  'Write a review comment in a pull-request comment box or a Markdown file; finished comments appear here.';

const FINDING_NAMES: Record<string, string> = {
  dictating: 'Dictating',
  'missing-why': 'Missing why',
  absolute: 'Absolute',
  minimiser: 'Minimiser',
  personal: 'Personal',
  harsh: 'Harsh',
  vague: 'Vague',
};

const REWRITE_NAMES: Record<string, string> = {
  'ask-instead': 'Ask instead',
  'add-why': 'Add the why',
  label: 'Label it',
  'drop-minimiser': 'Drop the minimiser',
  'about-code': 'About the code',
  'drop-harsh': 'Drop the harsh word',
};

/** The whole page: CSP, stylesheet, the toolbar with its buttons, the body, and the nonce'd script. */
export function renderStyleView(summary: StyleSummary, resources: StyleViewResources): string {
  const { nonce, cspSource, scriptUri, styleUri } = resources;
  const csp = `default-src 'none'; style-src ${cspSource}; script-src 'nonce-${nonce}'; img-src ${cspSource} data:`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${esc(styleUri)}">
<title>Review Style</title>
</head>
<body>
<div class="toolbar" role="toolbar" aria-label="Statistics actions">
<button type="button" data-action="export" data-format="json" aria-label="Export statistics as JSON">Export JSON</button>
<button type="button" data-action="export" data-format="csv" aria-label="Export statistics as CSV">Export CSV</button>
<button type="button" class="secondary" data-action="reset" aria-label="Reset statistics">Reset…</button>
</div>
<main id="content" aria-label="Review style">
${renderStyleBody(summary)}
</main>
<script nonce="${esc(nonce)}" src="${esc(scriptUri)}"></script>
</body>
</html>
`;
}

/** The content of `<main>`: problem, empty state, or the statistics. */
export function renderStyleBody(summary: StyleSummary): string {
  const parts: string[] = [];
  if (summary.problem) {
    parts.push(
      `<section class="problem" role="alert" aria-labelledby="problem-h"><h2 id="problem-h">Statistics unavailable</h2>`,
      `<p>${esc(summary.problem.message)}</p><p>Nothing is recorded until the statistics are reset.</p></section>`,
    );
    return parts.join('\n');
  }
  if (summary.empty) {
    return `<section class="empty" aria-labelledby="empty-h"><h2 id="empty-h">No comments yet</h2><p>${esc(EMPTY_STATE_TEXT)}</p>
<p>Comments count once, when they are finished: a comment box that closes, or a saved paragraph. Only counts are kept, never the text.</p></section>`;
  }
  parts.push(renderCounts(summary), renderTone(summary.last30), renderTrend(summary.trend), renderFindings(summary), renderRewrites(summary));
  return parts.join('\n');
}

function renderCounts(s: StyleSummary): string {
  const item = (term: string, p: PeriodSummary) => `<div><dt>${esc(term)}</dt><dd>${esc(p.total)}</dd></div>`;
  return `<section aria-labelledby="counts-h"><h2 id="counts-h">Comments finished</h2>
<dl class="counts">${item('This week', s.week)}${item('Last 30 days', s.last30)}${item('All time', s.all)}</dl></section>`;
}

function renderTone(p: PeriodSummary): string {
  if (p.total === 0) {
    return `<section aria-labelledby="tone-h"><h2 id="tone-h">Tone, last 30 days</h2><p>No comments finished in the last 30 days.</p></section>`;
  }
  const row = (label: 'mentoring' | 'dictating' | 'neutral', name: string) =>
    `<li><span class="swatch ${label}" aria-hidden="true"></span>${esc(name)}: <strong>${esc(percent(p.shares[label]))}</strong> (${esc(p.byLabel[label])})</li>`;
  return `<section aria-labelledby="tone-h"><h2 id="tone-h">Tone, last 30 days</h2>
<ul class="shares">${row('mentoring', 'Mentoring')}${row('dictating', 'Dictating')}${row('neutral', 'Neutral')}</ul></section>`;
}

function renderTrend(points: readonly TrendPoint[]): string {
  const rows = points
    .map((p) => `<tr><th scope="row">${esc(p.day)}</th><td>${esc(p.mentoring)}</td><td>${esc(p.dictating)}</td><td>${esc(p.neutral)}</td></tr>`)
    .join('');
  // The table is the chart's text equivalent for keyboard and screen-reader users, one click away.
  return `<section aria-labelledby="trend-h"><h2 id="trend-h">Trend per day</h2>
${renderTrendChart(points)}
<details><summary>Show the trend as a table</summary>
<table class="trend-table"><caption>Comments per day by label</caption>
<thead><tr><th scope="col">Day</th><th scope="col">Mentoring</th><th scope="col">Dictating</th><th scope="col">Neutral</th></tr></thead>
<tbody>${rows}</tbody></table></details></section>`;
}

function renderFindings(s: StyleSummary): string {
  const body =
    s.topFindings.length === 0
      ? '<p>No findings in the last 30 days.</p>'
      : `<ol class="findings">${s.topFindings
          .map(
            (f) =>
              `<li><strong>${esc(FINDING_NAMES[f.kind] ?? f.kind)}</strong> <span class="count">in ${esc(f.count)} ${f.count === 1 ? 'comment' : 'comments'}</span><p>${esc(f.coaching)}</p></li>`,
          )
          .join('')}</ol>`;
  return `<section aria-labelledby="findings-h"><h2 id="findings-h">Most frequent findings, last 30 days</h2>${body}</section>`;
}

function renderRewrites(s: StyleSummary): string {
  const list =
    s.rewrites.length === 0
      ? '<p>No rewrites applied yet. Quick fixes such as “Ask instead” appear on a finding’s light bulb.</p>'
      : `<ul class="rewrites">${s.rewrites.map((r) => `<li>${esc(REWRITE_NAMES[r.kind] ?? r.kind)}: <strong>${esc(r.count)}</strong></li>`).join('')}</ul>`;
  return `<section aria-labelledby="rewrites-h"><h2 id="rewrites-h">Rewrites applied</h2>
<p>${esc(s.rewritesTotal)} in all. ${esc(s.dictatingToMentoring)} ${s.dictatingToMentoring === 1 ? 'comment went' : 'comments went'} from dictating while drafted to mentoring when finished.</p>
${list}</section>`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
