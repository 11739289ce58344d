// The anatomy of real captures against hand readings: the five seeds of ../shared/seeds against
// gold/seeds.gold.json, the 90 BASIL articles against their annotations, and GUM's Wikinews
// documents against their titles and person mentions.
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { readAnatomy } from '../bundle/anatomy';
import { readBundleFile } from '../bundle/format';
import { Anatomy, Span } from '../bundle/model';
import { sharedDir } from '../testing/shared';

const shared = sharedDir();

const within = (start: number, end: number, spans: Span[]) => spans.some((span) => span.start <= start && end <= span.end);
const overlaps = (start: number, end: number, spans: Span[]) => spans.some((span) => span.start < end && start < span.end);
const percent = (part: number, whole: number) => `${part}/${whole} (${((100 * part) / whole).toFixed(1)}%)`;

/** Every place `needle` stands in `text`. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

interface GoldArticle {
  id: string;
  outlet: string | null;
  date: string | null;
  headline: string | null;
  wire?: string;
}

interface Gold {
  articles: GoldArticle[];
  quotes: { article: string; text: string }[];
  boilerplate: { article: string; examples: string[] }[];
}

function readSeeds(dir: string): { gold: Gold; seeds: Map<string, { text: string; anatomy: Anatomy }> } {
  const gold: Gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold', 'seeds.gold.json'), 'utf8'));
  const seeds = new Map<string, { text: string; anatomy: Anatomy }>();
  for (const name of fs.readdirSync(path.join(dir, 'seeds')).sort()) {
    const text = fs.readFileSync(path.join(dir, 'seeds', name), 'utf8');
    seeds.set(name, { text, anatomy: readAnatomy(text) });
  }
  return { gold, seeds };
}

const seedsOf = (gold: Gold, seeds: Map<string, { text: string; anatomy: Anatomy }>, ordinal: string) => {
  const id = gold.articles.find((article) => article.id.startsWith(ordinal))?.id ?? '';
  const seed = seeds.get(id);
  assert.ok(seed, `seed ${ordinal}`);
  return seed;
};

test('seeds: headline, outlet and date of the five captures against the gold (at least 14 of 15), and the wire', (t) => {
  if (!shared) return t.skip('../shared is not present');
  const { gold, seeds } = readSeeds(shared);
  let fields = 0;
  let wires = 0;
  const misses: string[] = [];
  for (const article of gold.articles) {
    const anatomy = seeds.get(article.id)?.anatomy;
    assert.ok(anatomy, article.id);
    for (const field of ['headline', 'outlet', 'date'] as const) {
      if (anatomy[field] === article[field]) fields++;
      else misses.push(`${article.id} ${field}: ${anatomy[field]} (gold ${article[field]})`);
    }
    if (anatomy.wire === (article.wire ?? null)) wires++;
    else misses.push(`${article.id} wire: ${anatomy.wire} (gold ${article.wire ?? null})`);
  }
  t.diagnostic(`fields ${percent(fields, gold.articles.length * 3)}, wire ${percent(wires, gold.articles.length)}`);
  assert.ok(fields >= 14, misses.join('\n'));
  assert.ok(wires >= gold.articles.length - 1, misses.join('\n'));
});

test('seeds: every gold boilerplate example is in boilerplate, every gold quote is in a story paragraph', (t) => {
  if (!shared) return t.skip('../shared is not present');
  const { gold, seeds } = readSeeds(shared);
  for (const { article, examples } of gold.boilerplate) {
    const { text, anatomy } = seedsOf(gold, seeds, article);
    for (const example of examples) {
      const at = text.indexOf(example);
      assert.ok(at >= 0, `${article} holds ${example}`);
      assert.ok(within(at, at + example.length, anatomy.boilerplate), `${article}: "${example}" is boilerplate`);
    }
  }
  for (const quote of gold.quotes) {
    const { text, anatomy } = seedsOf(gold, seeds, quote.article);
    const places = occurrences(text, quote.text);
    assert.ok(places.length > 0, `${quote.article} holds ${quote.text}`);
    for (const at of places) {
      assert.ok(!overlaps(at, at + quote.text.length, anatomy.boilerplate), `${quote.article}: quote "${quote.text}" is not boilerplate`);
      assert.ok(within(at, at + quote.text.length, anatomy.paragraphs), `${quote.article}: quote "${quote.text}" is in a paragraph`);
    }
  }
});

interface BasilArticle {
  outlet: string;
  date: string;
  headline: string;
}

test('basil-dev: headline, outlet and date of 90 articles; the headline also without the capture line, and under the outlet\'s name as a masthead', (t) => {
  if (!shared) return t.skip('../shared is not present');
  const dir = path.join(shared, 'corpus', 'basil-dev');
  const annotations: Record<string, Record<string, BasilArticle>> = JSON.parse(fs.readFileSync(path.join(dir, 'annotations.json'), 'utf8')).bundles;
  const correct = { headline: 0, outlet: 0, date: 0, headlineWithoutCapture: 0, headlineUnderMasthead: 0, outletFromMasthead: 0 };
  let articles = 0;
  const misses: string[] = [];
  for (const [file, gold] of Object.entries(annotations)) {
    for (const seed of readBundleFile(file, fs.readFileSync(path.join(dir, file), 'utf8')).seeds) {
      const expected = gold[seed.name];
      if (!expected) continue;
      articles++;
      const headline = expected.headline || null;
      const anatomy = readAnatomy(seed.text);
      if (anatomy.headline === headline) correct.headline++;
      else misses.push(`${seed.name} headline: ${anatomy.headline} (gold ${headline})`);
      if (anatomy.outlet === expected.outlet) correct.outlet++;
      else misses.push(`${seed.name} outlet: ${anatomy.outlet} (gold ${expected.outlet})`);
      if (anatomy.date === expected.date) correct.date++;
      else misses.push(`${seed.name} date: ${anatomy.date} (gold ${expected.date})`);
      const page = seed.text.slice(seed.text.search(/\r\n|\r|\n/) + 1);
      const withoutCapture = readAnatomy(page);
      if (withoutCapture.headline === headline) correct.headlineWithoutCapture++;
      else misses.push(`${seed.name} headline without capture line: ${withoutCapture.headline} (gold ${headline})`);
      // The outlet's name printed as the page's first line (`The New York Times`), as many captures begin.
      const underMasthead = readAnatomy(`${expected.outlet}\n${page}`);
      if (underMasthead.headline === headline) correct.headlineUnderMasthead++;
      else misses.push(`${seed.name} headline under a masthead: ${underMasthead.headline} (gold ${headline})`);
      if (underMasthead.outlet === expected.outlet) correct.outletFromMasthead++;
      else misses.push(`${seed.name} outlet from a masthead: ${underMasthead.outlet} (gold ${expected.outlet})`);
    }
  }
  t.diagnostic(Object.entries(correct).map(([field, n]) => `${field} ${percent(n, articles)}`).join(', '));
  assert.equal(articles, 90);
  for (const [field, n] of Object.entries(correct)) assert.ok(n / articles >= 0.97, `${field}: ${percent(n, articles)}\n${misses.join('\n')}`);
});

interface GumDocument {
  seed: string;
  title: string;
  people: { start: number; end: number; named: boolean }[];
}

test('gum-news: the title is the headline, and named people stand in story paragraphs', (t) => {
  if (!shared) return t.skip('../shared is not present');
  const dir = path.join(shared, 'corpus', 'gum-news');
  const documents: GumDocument[] = JSON.parse(fs.readFileSync(path.join(dir, 'people.json'), 'utf8')).documents;
  const bundle = readBundleFile('gum-news.seeds', fs.readFileSync(path.join(dir, 'gum-news.seeds'), 'utf8'));
  // GUM's titles lost some accents and spaces that the rebuilt text has.
  const fold = (s: string | null) => (s ?? '').normalize('NFD').replace(/[\u0300-\u036f\s]/g, '').toLowerCase();
  let titles = 0;
  let named = 0;
  let namedInStory = 0;
  for (const document of documents) {
    const seed = bundle.seeds.find((s) => s.name === document.seed);
    assert.ok(seed, document.seed);
    const anatomy = readAnatomy(seed.text);
    if (fold(anatomy.headline) === fold(document.title)) titles++;
    for (const mention of document.people.filter((p) => p.named)) {
      named++;
      if (within(mention.start, mention.end, anatomy.paragraphs)) namedInStory++;
    }
  }
  t.diagnostic(`titles ${percent(titles, documents.length)}, named mentions in story ${percent(namedInStory, named)}`);
  // One document's text starts with its date: its title is not in the text.
  assert.ok(titles >= documents.length - 1, percent(titles, documents.length));
  // The rest are photo captions and credits (`Image: Nick Moreau.`), boilerplate by design.
  assert.ok(namedInStory / named >= 0.88, percent(namedInStory, named));
});
