// A QuoteComparer kept over edits gives what compareQuotes gives from scratch, after every edit.
import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compareQuotes, QuoteComparer, QuoteComparison } from './compare';
import { Article, Quote, QuoteFound, Span } from './model';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

// Made-up statements; the fourth and fifth are one statement in other words, the last holds both.
const STATEMENTS = [
  'The harbour plan will create 5,000 jobs and it will cut taxes for every family in the city',
  'We will rebuild the old pier before the storms come and the ferries will run all winter',
  'Nobody on the council has seen the final budget for the new harbour wall',
  'Naturally, one has to study what the tickets would cost, and who would pay them',
  'Naturally, a review is needed to settle the price of a ticket and its fairness',
  'Shipping firms have already booked every berth for the spring season at the port',
  'Naturally, one has to study what the tickets would cost, and who would pay them. Naturally, a review is needed to settle the price of a ticket and its fairness',
];
const BEFORE = [
  'Before fares are set, Lind said the council should study ticket costs.',
  'The council met on Tuesday to vote on the harbour plan.',
  'Ferry services start on Monday.',
];
const CUES = ['the Nordpress agency quoted her as saying', 'Lind told reporters', 'she said at the ceremony'];
const SPEAKERS = ['Mara Lind', 'Olof Berg', 'Ines Dahl', null];
const SOURCES = ['Daily', 'Herald', 'Post', 'Wire'];

interface SaidSpec {
  statement: number;
  /** How this article prints it: as said, cut down, with a changed word, an ellipsis... */
  variant: number;
  cut: number;
  speaker: string | null;
  partial: boolean;
  before: number;
  cue: number;
}

interface ArticleSpec {
  id: string;
  source: string;
  opening: string;
  said: SaidSpec[];
}

function printed(said: SaidSpec): string {
  const words = STATEMENTS[said.statement].split(' ');
  const at = 1 + (said.cut % Math.max(1, words.length - 6));
  switch (said.variant) {
    case 1: // cut down
      return words.slice(at, at + 5).join(' ');
    case 2: // a changed number or word
      return words.map((w, i) => (i === at ? (/\d/.test(w) ? '50,000' : 'never') : w)).join(' ');
    case 3: // typography
      return STATEMENTS[said.statement].toUpperCase().replace(/'/g, '’');
    case 4: // an ellipsis
      return [...words.slice(0, at), '…', ...words.slice(at + 3)].join(' ');
    case 5: // a bracketed insertion
      return ['[The mayor]', ...words.slice(1)].join(' ');
    default:
      return STATEMENTS[said.statement];
  }
}

/** Builds each article once per spec object: an unchanged spec gives the same Article, as the pipeline does. */
class Bundle {
  private built = new WeakMap<ArticleSpec, Article>();
  /** People resolution may give a speaker a fuller name later (`Lind` → `Mara Lind`). */
  renamed = new Map<string, string>();
  /** Articles added so far, to name the next. */
  added = 0;

  articlesOf(specs: ArticleSpec[]): { articles: Article[]; quotes: Quote[] } {
    const articles = specs.map((spec) => {
      let article = this.built.get(spec);
      if (!article) this.built.set(spec, (article = build(spec)));
      return article;
    });
    const quotes = articles.flatMap((article) =>
      article.quotes.map((q) => ({
        article: article.id,
        span: { start: q.start, end: q.end },
        text: q.text,
        speaker: q.speakerName === null ? null : this.renamed.get(q.speakerName) ?? q.speakerName,
        partial: q.partial,
      })),
    );
    return { articles, quotes };
  }
}

function build(spec: ArticleSpec): Article {
  const paragraphs: string[] = [spec.opening];
  const found: QuoteFound[] = [];
  let at = spec.opening.length + 2;
  for (const said of spec.said) {
    const text = printed(said);
    const lead = `${BEFORE[said.before]} "`;
    found.push({ start: at + lead.length, end: at + lead.length + text.length, text, partial: said.partial, speakerName: said.speaker });
    const paragraph = `${lead}${text}," ${CUES[said.cue]}.`;
    paragraphs.push(paragraph);
    at += paragraph.length + 2;
  }
  paragraphs.push('The vote is due next month.');
  const text = paragraphs.join('\n\n');
  const spans: Span[] = [];
  for (let start = 0, i = 0; i < paragraphs.length; start += paragraphs[i].length + 2, i++) spans.push({ start, end: start + paragraphs[i].length });
  const anatomy = { headline: null, headlineSpan: null, outlet: spec.source, wire: null, date: null, paragraphs: spans, boilerplate: [] };
  return { id: spec.id, source: spec.source.toLowerCase(), seed: { name: spec.id, file: spec.id, offset: 0, text }, anatomy, mentions: [], quotes: found };
}

const said: fc.Arbitrary<SaidSpec> = fc.record({
  statement: fc.integer({ min: 0, max: STATEMENTS.length - 1 }),
  variant: fc.integer({ min: 0, max: 7 }),
  cut: fc.nat(20),
  speaker: fc.constantFrom(...SPEAKERS),
  partial: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  before: fc.integer({ min: 0, max: BEFORE.length - 1 }),
  cue: fc.integer({ min: 0, max: CUES.length - 1 }),
});

const article = (id: string): fc.Arbitrary<ArticleSpec> =>
  fc.record({ id: fc.constant(id), source: fc.constantFrom(...SOURCES), opening: fc.constantFrom('The story so far.', 'Harbour news.'), said: fc.array(said, { maxLength: 4 }) });

type Step =
  | { kind: 'replace' | 'remove' | 'speaker' | 'context' | 'add'; article: number; quote: number; said: SaidSpec }
  | { kind: 'source'; article: number; source: string }
  | { kind: 'prose'; article: number }
  | { kind: 'rename' }
  | { kind: 'addArticle'; spec: ArticleSpec }
  | { kind: 'removeArticle'; article: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constantFrom<'replace' | 'remove' | 'speaker' | 'context' | 'add'>('replace', 'remove', 'speaker', 'context', 'add'), article: fc.nat(), quote: fc.nat(), said }),
  fc.record({ kind: fc.constant('source' as const), article: fc.nat(), source: fc.constantFrom(...SOURCES) }),
  fc.record({ kind: fc.constant('prose' as const), article: fc.nat() }),
  fc.record({ kind: fc.constant('rename' as const) }),
  fc.record({ kind: fc.constant('addArticle' as const), spec: article('new') }),
  fc.record({ kind: fc.constant('removeArticle' as const), article: fc.nat() }),
);

/** The bundle after one edit: only the edited article's spec is a new object. */
function apply(specs: ArticleSpec[], edit: Step, bundle: Bundle): ArticleSpec[] {
  if (edit.kind === 'rename') {
    if (bundle.renamed.size) bundle.renamed.clear();
    else bundle.renamed.set('Olof Berg', 'Mara Lind');
    return specs;
  }
  if (edit.kind === 'addArticle') {
    const at = bundle.added % (specs.length + 1);
    return [...specs.slice(0, at), { ...edit.spec, id: `added-${bundle.added++}` }, ...specs.slice(at)];
  }
  if (specs.length === 0) return specs;
  const index = edit.article % specs.length;
  if (edit.kind === 'removeArticle') return specs.filter((_, i) => i !== index);
  const spec = specs[index];
  const changed: ArticleSpec = { ...spec, said: [...spec.said] };
  const quote = 'quote' in edit && spec.said.length ? edit.quote % spec.said.length : -1;
  switch (edit.kind) {
    case 'source':
      changed.source = edit.source;
      break;
    case 'prose':
      changed.opening = `${spec.opening} More.`;
      break;
    case 'add':
      changed.said.splice(edit.quote % (spec.said.length + 1), 0, edit.said);
      break;
    case 'replace':
      if (quote >= 0) changed.said[quote] = edit.said;
      break;
    case 'remove':
      if (quote >= 0) changed.said.splice(quote, 1);
      break;
    case 'speaker':
      if (quote >= 0) changed.said[quote] = { ...spec.said[quote], speaker: edit.said.speaker };
      break;
    case 'context':
      if (quote >= 0) changed.said[quote] = { ...spec.said[quote], before: edit.said.before, cue: edit.said.cue };
      break;
  }
  return specs.map((s, i) => (i === index ? changed : s));
}

function fromScratchAndKept(comparer: QuoteComparer, bundle: Bundle, specs: ArticleSpec[]): [QuoteComparison, QuoteComparison] {
  const { articles, quotes } = bundle.articlesOf(specs);
  return [comparer.compare(quotes, articles), compareQuotes(quotes, articles)];
}

test('after every edit to one article, the kept comparison equals one from scratch', () => {
  const initial = fc.array(fc.nat(), { minLength: 2, maxLength: 6 }).chain((ids) => fc.tuple(...ids.map((_, i) => article(`a${i}`))));
  fc.assert(
    fc.property(initial, fc.array(step, { minLength: 1, maxLength: 14 }), (start, steps) => {
      const bundle = new Bundle();
      const comparer = new QuoteComparer();
      let specs: ArticleSpec[] = start;
      const [kept, scratch] = fromScratchAndKept(comparer, bundle, specs);
      assert.deepEqual(kept, scratch);
      for (const edit of steps) {
        specs = apply(specs, edit, bundle);
        const [kept, scratch] = fromScratchAndKept(comparer, bundle, specs);
        assert.deepEqual(kept, scratch, JSON.stringify(edit));
      }
    }),
    { numRuns: RUNS },
  );
});

// One statement said by Lind, printed by three sources; the third in other words after the same cue.
const STUDY: SaidSpec = { statement: 3, variant: 0, cut: 0, speaker: 'Mara Lind', partial: false, before: 0, cue: 0 };
const REVIEW: SaidSpec = { ...STUDY, statement: 4 };
const spec = (id: string, source: string, ...said: SaidSpec[]): ArticleSpec => ({ id, source, opening: 'The story so far.', said });
// Other people's quotes in other words, so that the cue's words are rare in the bundle, as in a real one.
const OTHERS = spec(
  'z',
  'Wire',
  { ...STUDY, statement: 0, speaker: 'Olof Berg', before: 1, cue: 1 },
  { ...STUDY, statement: 1, speaker: 'Ines Dahl', before: 2, cue: 2 },
  { ...STUDY, statement: 5, speaker: 'Olof Berg', before: 1, cue: 2 },
);

test('edits that make and unmake a paraphrase match and a changed number give what a fresh comparison gives', () => {
  const bundle = new Bundle();
  const comparer = new QuoteComparer();
  let specs = [spec('a', 'Daily', STUDY), spec('b', 'Herald', STUDY), spec('c', 'Post', REVIEW), OTHERS];
  const check = () => {
    const [kept, scratch] = fromScratchAndKept(comparer, bundle, specs);
    assert.deepEqual(kept, scratch);
    return kept;
  };
  // The paraphrase joins the group of the two that print the statement word for word.
  assert.deepEqual(check().groups, [[0, 1, 2]]);
  assert.deepEqual(check().findings.map((f) => f.article).sort(), ['a', 'b', 'c']);
  // Another cue, and c's words are a different statement.
  specs = [specs[0], specs[1], spec('c', 'Post', { ...REVIEW, before: 2, cue: 2 }), OTHERS];
  assert.deepEqual(check().groups, [[0, 1]]);
  // Back, then b changes a word: b's version differs from a's and c's.
  specs = [specs[0], specs[1], spec('c', 'Post', REVIEW), OTHERS];
  assert.deepEqual(check().groups, [[0, 1, 2]]);
  specs = [specs[0], spec('b', 'Herald', { ...STUDY, variant: 2, cut: 3 }), specs[2], OTHERS];
  const result = check();
  assert.deepEqual(result.groups, [[0, 1, 2]]);
  assert.ok(result.findings.some((f) => f.article === 'b' && /"never what" → "study what"/.test(f.message)), JSON.stringify(result.findings.map((f) => f.message)));
  // b and c come from one source now: only a compares with them.
  specs = [specs[0], { ...specs[1], source: 'Post' }, specs[2], OTHERS];
  assert.ok(check().findings.every((f) => f.related.every((r) => (f.article === 'a') !== (r.article === 'a'))));
});

test('a quote that joins the versions of two paraphrased quotes unmakes their paraphrase match, and its removal remakes it', () => {
  const bundle = new Bundle();
  const comparer = new QuoteComparer();
  const specs = [spec('a', 'Daily', REVIEW), spec('b', 'Herald', STUDY), OTHERS];
  const [matched] = fromScratchAndKept(comparer, bundle, specs);
  assert.deepEqual(matched.groups, [[0, 1]]);
  assert.deepEqual(matched.findings.map((f) => f.article), ['a', 'b']);
  // Both are parts of what the new article prints: one quote, cut two ways, and no difference.
  // (Printed without a speaker, so that it is no paraphrase candidate and moves no word's band.)
  const [kept, scratch] = fromScratchAndKept(comparer, bundle, [...specs, spec('e', 'Post', { ...STUDY, statement: 6, speaker: null })]);
  assert.deepEqual(kept, scratch);
  assert.deepEqual(kept.groups, [[0, 1, 5]]);
  assert.deepEqual(kept.findings, []);
  // Without it the versions part again, and the paraphrase is matched again.
  const [apart, apartFromScratch] = fromScratchAndKept(comparer, bundle, specs);
  assert.deepEqual(apart, apartFromScratch);
  assert.deepEqual(apart, matched);
});

test('a speaker renamed by people resolution, with the articles unchanged, is compared again', () => {
  const bundle = new Bundle();
  const comparer = new QuoteComparer();
  const specs = [spec('a', 'Daily', STUDY), spec('b', 'Herald', { ...STUDY, speaker: 'Olof Berg' })];
  const [first] = fromScratchAndKept(comparer, bundle, specs);
  assert.deepEqual(first.findings.map((f) => f.code), ['quote-speaker', 'quote-speaker']);
  bundle.renamed.set('Olof Berg', 'Mara Lind');
  const [kept, scratch] = fromScratchAndKept(comparer, bundle, specs);
  assert.deepEqual(kept, scratch);
  assert.deepEqual(kept.findings, []);
});

test('articles in another order, quotes not together by article, or of articles not given, are compared alike', () => {
  const bundle = new Bundle();
  const comparer = new QuoteComparer();
  const specs = [spec('a', 'Daily', STUDY), spec('b', 'Herald', { ...STUDY, variant: 2 }), spec('c', 'Post', REVIEW, STUDY)];
  fromScratchAndKept(comparer, bundle, specs);
  const [kept, scratch] = fromScratchAndKept(comparer, bundle, [specs[2], specs[0], specs[1]]);
  assert.deepEqual(kept, scratch);
  const { articles, quotes } = bundle.articlesOf(specs);
  const mixed = [quotes[2], quotes[0], quotes[3], quotes[1]];
  assert.deepEqual(comparer.compare(mixed, articles), compareQuotes(mixed, articles));
  assert.deepEqual(comparer.compare(quotes, articles), compareQuotes(quotes, articles));
  // Quotes of an article not given are compared by their own words, and a change to them is seen.
  const without = articles.slice(1);
  assert.deepEqual(comparer.compare(quotes, without), compareQuotes(quotes, without));
  const changed = [{ ...quotes[0], text: quotes[0].text.replace('study', 'stud') }, ...quotes.slice(1)];
  assert.deepEqual(comparer.compare(changed, without), compareQuotes(changed, without));
  assert.notDeepEqual(compareQuotes(changed, without), compareQuotes(quotes, without));
});

test('the comparer lets go of what belonged to articles that are gone', () => {
  const bundle = new Bundle();
  const comparer = new QuoteComparer();
  const specs = [spec('a', 'Daily', STUDY, { ...STUDY, statement: 0 }), spec('b', 'Herald', { ...STUDY, variant: 2 }, { ...STUDY, statement: 0 }), spec('c', 'Post', REVIEW)];
  fromScratchAndKept(comparer, bundle, specs);
  const full = comparer.figures();
  assert.ok(full.units >= 4 && full.alignments > 0 && full.candidates === 5 && full.groups === 2, JSON.stringify(full));
  fromScratchAndKept(comparer, bundle, [specs[0]]);
  const one = comparer.figures();
  assert.deepEqual({ ...one, rescored: 0, aligned: 0 }, { articles: 1, units: 2, alignments: 0, candidates: 2, groups: 0, rescored: 0, aligned: 0 });
  fromScratchAndKept(comparer, bundle, []);
  assert.deepEqual({ ...comparer.figures(), rescored: 0 }, { articles: 0, units: 0, alignments: 0, candidates: 0, groups: 0, rescored: 0, aligned: 0 });
});

/** An article that prints one quote, the harbour statement with a number of its own. */
function numbered(id: string, jobs: number): Article {
  const quote = `The harbour plan will create ${jobs} jobs and it will cut taxes for every family in the city`;
  const text = `The council met on Tuesday.\n\n"${quote}," Mara Lind said.`;
  const start = text.indexOf(quote);
  const anatomy = {
    headline: null,
    headlineSpan: null,
    outlet: `Outlet ${id}`,
    wire: null,
    date: null,
    paragraphs: [
      { start: 0, end: 27 },
      { start: 29, end: text.length },
    ],
    boilerplate: [],
  };
  const found = [{ start, end: start + quote.length, text: quote, partial: false, speakerName: 'Mara Lind' }];
  return { id, source: `outlet ${id}`, seed: { name: id, file: id, offset: 0, text }, anatomy, mentions: [], quotes: found };
}

function quotesOf(articles: Article[]): Quote[] {
  return articles.flatMap((a) => a.quotes.map((q) => ({ article: a.id, span: { start: q.start, end: q.end }, text: q.text, speaker: q.speakerName, partial: q.partial })));
}

test('a quote printed in more wordings than a word-pair key has hubs is compared alike after edits', () => {
  // 300 wordings share every key: a few are hubs of the keys, the rest meet through them.
  let articles = Array.from({ length: 300 }, (_, i) => numbered(`n${i}`, 1000 + i));
  const comparer = new QuoteComparer();
  const check = () => {
    const quotes = quotesOf(articles);
    const kept = comparer.compare(quotes, articles);
    assert.deepEqual(kept, compareQuotes(quotes, articles));
    return kept;
  };
  assert.deepEqual(check().groups.map((g) => g.length), [300]);
  // Hubs go and others take their place; new wordings put hubs out; the count falls below the hubs' and rises again.
  articles = articles.filter((_, i) => i % 7 !== 0);
  check();
  articles = [...articles, ...Array.from({ length: 40 }, (_, i) => numbered(`m${i}`, 5000 + i))];
  check();
  articles = articles.map((a, i) => (i % 9 === 0 ? numbered(a.id, 9000 + i) : a));
  check();
  articles = articles.slice(100);
  check();
  articles = [...Array.from({ length: 80 }, (_, i) => numbered(`k${i}`, 7000 + i)), ...articles];
  assert.equal(check().groups[0].length, articles.length);
});

test('the alignments a quote costs do not grow with the number of its wordings', () => {
  const alignedFor = (wordings: number) => {
    const articles = Array.from({ length: wordings }, (_, i) => numbered(`n${i}`, 1000 + i));
    const comparer = new QuoteComparer();
    const { groups } = comparer.compare(quotesOf(articles), articles);
    assert.deepEqual(groups.map((g) => g.length), [wordings]);
    return comparer.figures().aligned;
  };
  const [fewer, more] = [alignedFor(100), alignedFor(400)];
  // Every pair would be 4,950 and 79,800 alignments.
  assert.ok(more <= 4 * fewer * 1.1, `${fewer} alignments for 100 wordings, ${more} for 400`);
  assert.ok(more / 400 <= 12, `${more} alignments for 400 wordings`);
});
