// The pipeline: seeds -> per-article reading (cached by text) -> people -> quotes -> comparison.
import { readAnatomy } from './anatomy';
import { QuoteComparer, QuoteComparison } from './compare';
import { establishedNames, findMentions } from './mentions';
import { Article, ArticleReading, Bundle, BundleText, Finding, Quote, Seed } from './model';
import { PeopleResolver } from './people';
import { findQuotes } from './quotes';

/** A seed read on its own, with what the rest of the bundle needs to know of it. */
interface OwnReading extends ArticleReading {
  /** Family names its full names establish for the other articles (`Peskov`). */
  established: string[];
  /** Capitalised words of its story that none of its own mentions use. */
  unexplained: Set<string>;
}

/** Reads one seed; `bundleNames` are names other articles establish (see findMentions). */
export function readArticle(text: string, bundleNames?: ReadonlySet<string>): ArticleReading {
  const anatomy = readAnatomy(text);
  const mentions = findMentions(text, anatomy, bundleNames);
  const quotes = findQuotes(text, anatomy, mentions);
  return { anatomy, mentions, quotes };
}

const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}'’-]*/gu;

function readOwn(text: string): OwnReading {
  const reading = readArticle(text);
  const own = new Set(reading.mentions.flatMap((m) => m.text.split(/\s+/)));
  const unexplained = new Set<string>();
  for (const p of reading.anatomy.paragraphs) {
    for (const word of text.slice(p.start, p.end).match(CAPITALISED_WORD) ?? []) if (!own.has(word)) unexplained.add(word);
  }
  return { ...reading, established: establishedNames(reading.mentions), unexplained };
}

/** An analysed bundle, with the quote groups that hovers and references use. */
export interface Analysis extends Bundle {
  comparison: QuoteComparison;
}

/** How much of a bundle to analyse. */
export interface AnalyzeOptions {
  /**
   * A bundle with more characters of seed text gets only the per-article reading (no people
   * across articles, no comparison of sources) and a bundle-limit finding.
   */
  maxBundleSize?: number;
}

/**
 * Analyses bundles, keeping each article's reading as long as its text is unchanged, so an
 * edit re-reads only the article it touches. One Analyzer serves one bundle over time.
 */
export class Analyzer {
  private own = new Map<string, OwnReading>();
  /** Readings that used names from the rest of the bundle, by text and those names. */
  private informed = new Map<string, ArticleReading>();
  /** Keeps the comparison of quotes, so an edit compares again only what it touches. */
  private comparer = new QuoteComparer();
  /** Keeps the people of the bundle, so an edit resolves again only the names it touches. */
  private people = new PeopleResolver();

  analyze(text: BundleText, options: AnalyzeOptions = {}): Analysis {
    const own = new Map<string, OwnReading>();
    const ownReadings = text.seeds.map((seed) => {
      const reading = own.get(seed.text) ?? this.own.get(seed.text) ?? readOwn(seed.text);
      own.set(seed.text, reading);
      return reading;
    });
    this.own = own; // drop the readings of texts that are gone

    // A second reading only for the articles that use a name another article establishes.
    const established = new Set(ownReadings.flatMap((r) => r.established));
    const informed = new Map<string, ArticleReading>();
    const ids = articleIds(text.seeds);
    const articles = text.seeds.map((seed, index) => {
      const reading = ownReadings[index];
      const borrowed = [...reading.unexplained].filter((word) => established.has(word));
      if (borrowed.length === 0) return toArticle(seed, ids[index], reading);
      const key = `${borrowed.sort().join(' ')}\u0000${seed.text}`;
      const better = informed.get(key) ?? this.informed.get(key) ?? readArticle(seed.text, new Set(borrowed));
      informed.set(key, better);
      return toArticle(seed, ids[index], better);
    });
    this.informed = informed;

    const size = text.seeds.reduce((sum, seed) => sum + seed.text.length, 0);
    if (options.maxBundleSize !== undefined && size > options.maxBundleSize && articles.length > 0) {
      const findings = [limitFinding(articles[0], size, options.maxBundleSize)];
      return { text, articles, people: [], quotes: quotesOf(articles, (_, name) => name), findings, comparison: { groups: [], findings: [] } };
    }
    const people = this.people.resolve(articles);
    const quotes = quotesOf(articles, (article, name) => people.personOf(article, name)?.name ?? name);
    const comparison = this.comparer.compare(quotes, articles);
    return { text, articles, people: people.people, quotes, findings: [...people.findings, ...comparison.findings], comparison };
  }
}

/** The bundle's quotes, each speaker named as `speaker` gives it. */
function quotesOf(articles: Article[], speaker: (article: string, name: string) => string): Quote[] {
  return articles.flatMap((article) =>
    article.quotes.map((q) => ({
      article: article.id,
      span: { start: q.start, end: q.end },
      text: q.text,
      speaker: q.speakerName === null ? null : speaker(article.id, q.speakerName),
      partial: q.partial,
    })),
  );
}

/** Says, on the first article's first line, that the bundle was read article by article only. */
function limitFinding(first: Article, size: number, max: number): Finding {
  return {
    code: 'bundle-limit',
    article: first.id,
    span: { start: 0, end: first.seed.text.search(/\r|\n|$/) },
    message: `This bundle has ${size.toLocaleString('en')} characters of text, more than maxBundleSize (${max.toLocaleString('en')}): each article is read on its own and sources are not compared`,
    related: [],
  };
}

export function analyzeBundle(text: BundleText): Analysis {
  return new Analyzer().analyze(text);
}

/** A seed's name is its id; a later seed with a name already taken gets its position added. */
function articleIds(seeds: Seed[]): string[] {
  const taken = new Set<string>();
  return seeds.map((seed, index) => {
    const id = taken.has(seed.name) ? `${seed.name}#${index + 1}` : seed.name;
    taken.add(seed.name);
    return id;
  });
}

function toArticle(seed: Seed, id: string, { anatomy, mentions, quotes }: ArticleReading): Article {
  const { wire, outlet } = anatomy;
  return { anatomy, mentions, quotes, id, seed, source: (wire ?? outlet ?? id).toLowerCase() };
}
