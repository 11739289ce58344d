import test from 'node:test';
import assert from 'node:assert/strict';
import type { Overview } from '../../server/src/features/overview';
import { overviewHtml, statusSummary } from './overviewHtml';

const place = (line: number) => ({ file: 'file:///b/story.seeds', range: { start: { line, character: 1 }, end: { line, character: 9 } } });

const OVERVIEW: Overview = {
  title: 'story.seeds',
  sources: [
    { article: '000_aa.txt', label: 'Harbour Post', headline: 'Fares rise', date: '2026-04-02', place: place(1) },
    { article: '001_bb.txt', label: 'Coast <Daily>', headline: null, date: null, place: place(5) },
  ],
  rows: [
    { name: 'Dana "D" Mills', roles: ['Port chief'], cells: [{ column: 0, mentions: 2, quotes: 2, differs: 1, place: place(2) }, { column: 1, mentions: 1, quotes: 0, differs: 0, place: place(6) }] },
    { name: null, roles: [], cells: [{ column: 1, mentions: 0, quotes: 1, differs: 0, place: place(7) }] },
  ],
  morePeople: 4,
  status: { articles: 2, people: 5, quotes: 3, differences: 1, limited: false },
};

test('the status line counts in words', () => {
  assert.equal(statusSummary(OVERVIEW.status), '2 articles · 5 people · 3 quotes · 1 difference');
  assert.equal(statusSummary({ articles: 1, people: 1, quotes: 0, differences: 0, limited: false }), '1 article · 1 person · 0 quotes · 0 differences');
  assert.equal(statusSummary({ articles: 900, people: 0, quotes: 12, differences: 0, limited: true }), '900 articles · 0 people · 12 quotes · sources not compared (bundle over maxBundleSize)');
  assert.equal(
    statusSummary({ articles: 1000, people: 7611, quotes: 10101, differences: 1800, limited: false, outlineCut: { maxItems: 5000 } }),
    '1000 articles · 7611 people · 10101 quotes · 1800 differences · outline: articles only (over outline.maxItems, 5000 symbols)',
  );
});

test('the table: sources across, people down, a button per cell that carries its place', () => {
  const html = overviewHtml(OVERVIEW, { nonce: 'abc123', cspSource: 'vscode-webview:' });
  const rows = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>')).trim().split('\n').slice(1);
  assert.equal(rows.length, 2);
  const places = [...html.matchAll(/data-place="([^"]*)"/g)].map((m) => JSON.parse(m[1].replace(/&#(\d+);/g, (_, c) => String.fromCharCode(Number(c)))));
  assert.deepEqual(places, [place(1), place(5), place(2), place(6), place(7)]);
  assert.match(rows[0], /<th scope="row">Dana &#34;D&#34; Mills<div class="roles">Port chief<\/div><\/th><td class="differs"><button [^>]*title="2 mentions, 2 quotes, 1 printed differently elsewhere">❝2 ≠1<\/button><\/td><td class="mentioned"><button [^>]*>·1<\/button><\/td>/);
  assert.match(rows[1], /<em>speaker not given<\/em><\/th><td><\/td><td class="quoted"><button [^>]*>❝1<\/button>/);
  assert.match(html, /<th scope="col"><button [^>]*title="Fares rise · 2026-04-02">Harbour Post<\/button><\/th><th scope="col"><button [^>]*title="">Coast &#60;Daily&#62;<\/button>/);
  assert.match(html, /and 4 more people, named less often/);
  assert.match(html, /2 articles · 5 people · 3 quotes · 1 difference/);
});

test('nothing from the bundle can run in the page: text is escaped, scripts need the nonce', () => {
  const hostile: Overview = { ...OVERVIEW, title: '<img src=x onerror=alert(1)>', rows: [{ ...OVERVIEW.rows[0], name: '<script>alert(1)</script>' }] };
  const html = overviewHtml(hostile, { nonce: 'n0nce', cspSource: 'vscode-webview:' });
  assert.doesNotMatch(html, /<img|<script>alert/);
  assert.match(html, /script-src 'nonce-n0nce'/);
  assert.equal(html.match(/<script\b/g)!.length, 1);
  assert.match(html, /<script nonce="n0nce">/);
});
