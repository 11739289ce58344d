// Quote comparison on the real bundle (../shared/seeds) against its gold reading, and on the
// BASIL stories (../shared/corpus/basil-dev) through the whole pipeline.
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeBundle } from '../bundle/analyze';
import { readAnatomy } from '../bundle/anatomy';
import { compareQuotes } from '../bundle/compare';
import { readBundleFile, readBundleFolder } from '../bundle/format';
import { Article, Finding, Quote, QuoteFound } from '../bundle/model';
import { GoldQuote, sharedDir } from '../testing/shared';

interface GoldPlace {
  article: string;
  starts: string;
}
interface Gold {
  articles: { id: string; outlet: string | null; wire?: string }[];
  quotes: GoldQuote[];
  conflicts: { kind: string; between: GoldPlace[] }[];
  agreements: { between: GoldPlace[] }[];
}

const MARKS = /["“”'‘’«»„]/;

// Curly and straight marks have one length, so a folded search gives the seed's own offsets.
function foldMarks(text: string): string {
  return text.replace(/[“”«»„]/g, '"').replace(/[‘’]/g, "'");
}

/** Where a gold quote stands in its seed: occurrences opened by a quote mark. */
function findSpans(seedText: string, quote: GoldQuote): { start: number; end: number }[] {
  const haystack = foldMarks(seedText);
  const needle = foldMarks(quote.text);
  const spans = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (MARKS.test(seedText[at - 1] ?? '')) spans.push({ start: at, end: at + needle.length });
  }
  return spans.slice(0, quote.occurrences ?? 1);
}

/** The gold bundle as compareQuotes sees it, with quotes, speakers and sources from the gold. */
function goldBundle(shared: string): { gold: Gold; articles: Article[]; quotes: Quote[] } {
  const gold: Gold = JSON.parse(fs.readFileSync(path.join(shared, 'gold', 'seeds.gold.json'), 'utf8'));
  const quotes: Quote[] = [];
  const articles = gold.articles.map((g) => {
    const text = fs.readFileSync(path.join(shared, 'seeds', g.id), 'utf8');
    const found: QuoteFound[] = [];
    for (const quote of gold.quotes.filter((q) => g.id.startsWith(`${q.article}_`))) {
      const spans = findSpans(text, quote);
      assert.ok(spans.length > 0, `gold quote found in ${g.id}: ${quote.text}`);
      for (const span of spans) {
        found.push({ ...span, text: text.slice(span.start, span.end), partial: !!quote.partial, speakerName: quote.speaker });
        quotes.push({ article: g.id, span, text: text.slice(span.start, span.end), speaker: quote.speaker, partial: !!quote.partial });
      }
    }
    const anatomy = { ...readAnatomy(text), outlet: g.outlet };
    const seed = { name: g.id, file: g.id, offset: 0, text };
    return { id: g.id, seed, anatomy, mentions: [], quotes: found, source: g.wire ?? g.outlet ?? g.id };
  });
  return { gold, articles, quotes };
}

function at(place: GoldPlace, quotes: Quote[]): number[] {
  const folded = foldMarks(place.starts);
  return quotes.flatMap((q, i) => (q.article.startsWith(`${place.article}_`) && foldMarks(q.text).startsWith(folded) ? [i] : []));
}

function wordingFindingsOn(findings: Finding[], quote: Quote): Finding[] {
  return findings.filter((f) => f.code === 'quote-wording' && f.article === quote.article && f.span.start === quote.span.start);
}

/** Checks the comparison of a bundle's quotes against the gold conflicts and agreements. */
function checkAgainstGold(gold: Gold, quotes: Quote[], findings: Finding[]): void {
  for (const conflict of gold.conflicts) {
    const [first, second] = conflict.between.map((place) => at(place, quotes));
    assert.ok(first.length && second.length, `gold conflict quotes found: ${JSON.stringify(conflict.between)}`);
    const flagged = first.some((i) =>
      wordingFindingsOn(findings, quotes[i]).some((f) => f.related.some((r) => second.some((j) => quotes[j].article === r.article && quotes[j].span.start === r.span.start))),
    );
    assert.ok(flagged, `quote-wording between ${conflict.between.map((p) => `${p.article} "${p.starts}"`).join(' and ')}`);
  }
  for (const agreement of gold.agreements) {
    const places = agreement.between.flatMap((place) => at(place, quotes));
    for (const i of places) {
      const against = wordingFindingsOn(findings, quotes[i]).flatMap((f) => f.related);
      const withOther = against.filter((r) => places.some((j) => quotes[j].article === r.article && quotes[j].span.start === r.span.start));
      assert.deepEqual(withOther, [], `no quote-wording between agreeing versions (${quotes[i].text.slice(0, 40)}…)`);
    }
  }
  assert.ok(!findings.some((f) => f.code === 'quote-speaker'), 'the gold has no speaker conflict');
}

test('gold bundle: every gold conflict is a quote-wording finding, no agreement is', (t) => {
  const shared = sharedDir();
  if (!shared) return t.skip('../shared is not present');
  const { gold, articles, quotes } = goldBundle(shared);
  const { groups, findings } = compareQuotes(quotes, articles);
  for (const f of findings) t.diagnostic(`${f.article.slice(0, 3)} ${f.code}: ${f.message}`);
  checkAgainstGold(gold, quotes, findings);
  // Each finding points only at other sources.
  const sourceOf = new Map(articles.map((a) => [a.id, a.source]));
  for (const f of findings) for (const r of f.related) assert.notEqual(sourceOf.get(r.article), sourceOf.get(f.article));
  assert.ok(groups.every((g) => g.length >= 2));
});

test('gold bundle through the pipeline: the gold conflicts are found from the text alone', (t) => {
  const shared = sharedDir();
  if (!shared) return t.skip('../shared is not present');
  const folder = path.join(shared, 'seeds');
  const files = fs.readdirSync(folder).map((name) => ({ name, file: path.join(folder, name), text: fs.readFileSync(path.join(folder, name), 'utf8') }));
  const analysis = analyzeBundle(readBundleFolder(folder, files));
  if (analysis.quotes.length === 0) return t.skip('quote extraction has not landed');
  const { gold } = goldBundle(shared);
  for (const f of analysis.findings.filter((f) => f.code.startsWith('quote-'))) t.diagnostic(`${f.article.slice(0, 3)} ${f.code}: ${f.message}`);
  checkAgainstGold(gold, analysis.quotes, analysis.findings);
});

test('basil-dev through the pipeline: findings only between sources, counted', (t) => {
  const shared = sharedDir();
  if (!shared) return t.skip('../shared is not present');
  const folder = path.join(shared, 'corpus', 'basil-dev');
  let quotes = 0;
  let wording = 0;
  let speaker = 0;
  for (const name of fs.readdirSync(folder).filter((n) => n.endsWith('.seeds'))) {
    const file = path.join(folder, name);
    const analysis = analyzeBundle(readBundleFile(file, fs.readFileSync(file, 'utf8')));
    const sourceOf = new Map(analysis.articles.map((a) => [a.id, a.source]));
    quotes += analysis.quotes.length;
    for (const f of analysis.comparison.findings) {
      if (f.code === 'quote-wording') wording++;
      else speaker++;
      assert.ok(f.related.length > 0 && f.related.every((r) => sourceOf.get(r.article) !== sourceOf.get(f.article)), f.message);
    }
  }
  if (quotes === 0) return t.skip('quote extraction has not landed');
  t.diagnostic(`basil-dev: ${quotes} quotes, ${wording} quote-wording and ${speaker} quote-speaker findings`);
  // Three outlets quoting the same people always word some quotes differently; none would mean a break.
  assert.ok(wording > 0);
});
