import assert from 'node:assert/strict';
import { emptyStats, recordFinished, recordRewrite, summarize, shiftDay } from '../../src/stats';
import type { StyleSummary } from '../../src/stats';
import { syntheticStats } from '../../src/stats/bench-style-view';
import { EMPTY_STATE_TEXT, renderStyleBody, renderStyleView } from '../../src/webview/render';
import { escapeHtml } from '../../src/webview/escape';
import { isFromWebview, isToWebview } from '../../src/webview/messages';

const resources = {
  nonce: 'abc123XYZ',
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/style-view.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/style-view.css',
};
const today = '2025-06-30';

function withData(): StyleSummary {
  let s = emptyStats();
  for (let i = 0; i < 30; i += 3) {
    s = recordFinished(s, { day: shiftDay(today, -i), label: i % 2 ? 'dictating' : 'mentoring', findingKinds: ['minimiser', 'vague'], draftedAsDictating: i % 2 === 0 });
    s = recordFinished(s, { day: shiftDay(today, -i), label: 'neutral', findingKinds: [], draftedAsDictating: false });
  }
  s = recordRewrite(s, { day: today, kind: 'ask-instead' });
  return summarize(s, today);
}

/** Text of the page with tags removed and entities decoded: what a reader sees. */
const visible = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('webview: rendering the Review Style view', () => {
  const html = renderStyleView(withData(), resources);

  it('sets the CSP with the nonce and nonces the script', () => {
    assert.ok(
      html.includes(
        `content="default-src 'none'; style-src ${resources.cspSource}; script-src 'nonce-abc123XYZ'; img-src ${resources.cspSource} data:"`.replace(/'/g, '&#39;'),
      ),
    );
    assert.match(html, /<script nonce="abc123XYZ" src="[^"]+style-view\.js"><\/script>/);
    assert.equal(html.match(/<script/g)!.length, 1, 'one script, the nonce\'d one');
    assert.ok(!/\sstyle=/.test(html), 'no inline styles: the CSP would block them');
    assert.ok(!/<style/.test(html));
  });

  it('loads nothing remote: no http URL but the webview resource ones', () => {
    const others = (s: string) => s.split(resources.cspSource).join('');
    const rest = others(html).replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '');
    assert.ok(!/https?:/i.test(rest), rest.match(/.{20}https?:.{20}/i)?.[0]);
  });

  it('has headings, labelled controls and keyboard-focusable buttons', () => {
    for (const h of ['Comments finished', 'Tone, last 30 days', 'Trend per day', 'Most frequent findings, last 30 days', 'Rewrites applied']) {
      assert.ok(html.includes(`>${h}</h2>`), h);
    }
    const buttons = html.match(/<button[^>]*>/g) ?? [];
    assert.equal(buttons.length, 3);
    for (const b of buttons) {
      assert.match(b, /type="button"/);
      assert.match(b, /aria-label="[^"]+"/);
      assert.ok(!b.includes('tabindex="-1"'));
    }
    assert.match(html, /data-action="reset"/);
    assert.match(html, /data-format="json"/);
    assert.match(html, /data-format="csv"/);
  });

  it('draws the trend chart from the data, with a title and a table fallback', () => {
    assert.match(html, /<svg class="trend"[^>]*role="img"[^>]*aria-labelledby="trend-title trend-desc"/);
    assert.match(html, /<title id="trend-title">/);
    const segments = html.match(/<rect class="seg (mentoring|dictating|neutral)"/g) ?? [];
    assert.equal(segments.length, 20, 'one segment per label per day with comments');
    assert.match(html, /<title>2025-06-30: 1 mentoring<\/title>/);
    assert.match(html, /<table class="trend-table">/);
    assert.equal((html.match(/<th scope="row">/g) ?? []).length, 30);
  });

  it('shows counts, shares, top findings with coaching, rewrites and the dictating→mentoring count', () => {
    const text = visible(html).replace(/\s+/g, ' ');
    assert.match(text, /This week 2 /); // Monday 2025-06-30 only
    assert.match(text, /Last 30 days 20 /);
    assert.match(text, /Mentoring: 25% \(5\)/);
    assert.match(text, /Minimiser in 10 comments A word like "just"/);
    assert.match(text, /Ask instead: 1/);
    assert.match(text, /5 comments went from dictating while drafted to mentoring when finished/);
  });

  it('shows the empty state to a new user, without a chart', () => {
    const empty = renderStyleView(summarize(emptyStats(), today), resources);
    assert.ok(empty.includes(EMPTY_STATE_TEXT));
    assert.ok(!empty.includes('<svg'));
    assert.match(empty, /data-action="reset"/, 'the toolbar is still there');
  });

  it('shows a problem with the store instead of statistics', () => {
    const body = renderStyleBody({ ...summarize(emptyStats(), today), problem: { reason: 'future-version', message: 'Newer <b>store</b>.' } });
    assert.match(body, /role="alert"/);
    assert.ok(body.includes('Newer &lt;b&gt;store&lt;/b&gt;.'));
  });

  it('escapes every string it is given', () => {
    const evil = '<script>alert(1)</script>';
    const base = withData();
    const summary = {
      ...base,
      today: evil,
      trend: base.trend.map((p, i) => (i === 29 ? { ...p, day: evil } : p)),
      topFindings: [{ kind: evil, count: 2, coaching: `"quoted" & ${evil}` }],
      rewrites: [{ kind: evil, count: 1 }],
    } as unknown as StyleSummary;
    const out = renderStyleView(summary, { ...resources, nonce: '"><script>x</script>', scriptUri: 'a"onerror="b', styleUri: '<x>' });
    assert.equal(out.match(/<script/g)!.length, 1, 'the only script tag is ours');
    assert.ok(!out.includes('alert(1)</script>'));
    assert.ok(out.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(out.includes('&quot;quoted&quot; &amp;'));
    assert.ok(!out.includes('a"onerror'));
    assert.equal(escapeHtml(`<&>"'`), '&lt;&amp;&gt;&quot;&#39;');
  });

  // Its speed (bar: 100 ms) is a figure printed by `npm run bench:core`, not a timed assertion here.
  it('renders the benchmark\'s full 400-day store: totals over every day, and a 30-day trend', () => {
    const state = syntheticStats(today);
    assert.equal(Object.keys(state.days).length, 400);
    const summary = summarize(state, today);
    assert.equal(summary.trend.length, 30);
    const page = visible(renderStyleView(summary, resources));
    assert.ok(summary.all.total > summary.last30.total, 'all time counts more than the last 30 days');
    assert.ok(page.includes(String(summary.all.total)), `the all-time total ${summary.all.total} is shown`);
  });
});

describe('webview: messages', () => {
  it('accepts only well-formed messages from the webview', () => {
    assert.ok(isFromWebview({ type: 'ready' }));
    assert.ok(isFromWebview({ type: 'reset' }));
    assert.ok(isFromWebview({ type: 'export', format: 'csv' }));
    for (const bad of [null, 'reset', {}, { type: 'export' }, { type: 'export', format: 'xml' }, { type: 'update' }]) {
      assert.ok(!isFromWebview(bad), JSON.stringify(bad));
    }
  });
  it('accepts an update with a summary in the webview', () => {
    assert.ok(isToWebview({ type: 'update', summary: withData() }));
    assert.ok(!isToWebview({ type: 'update' }));
    assert.ok(!isToWebview({ type: 'reset' }));
  });
});
