// The pipeline: seeds -> per-article reading (cached by text) -> people -> quotes -> comparison.
import { readAnatomy } from './anatomy';
import { forEachCapitalisedWord, withoutAccents } from './chars';
import { forgetOtherArticles } from './collections';
import { DEFAULT_SIMILARITY, QuoteComparer, QuoteComparison } from './compare';
import { establishedNames, findMentions, readMentions } from './mentions';
import { Article, ArticleReading, Bundle, BundleText, Finding, Gender, NameMention, Quote, QuoteFound, Seed } from './model';
import { PeopleResolver } from './people';
import { findQuotes } from './quotes';
import { withCommas } from './numbers';

/**
 * A seed read on its own, with what the rest of the bundle needs to know of it. Its quotes are
 * found once the article turns out to use no name another article establishes: a third of the
 * articles of a large bundle do, and are read again with those names (see Analyzer.analyze).
 */
interface OwnReading extends Omit<ArticleReading, 'quotes'> {
  quotes?: QuoteFound[];
  /** The text read: the string object first seen, whose hash the maps below keep. */
  text: string;
  /** Family names its full names establish for the other articles (`Peskov`). */
  established: string[];
  /** Names it gives companies and storms, for the other articles (`Tillpoint` of `Tillpoint Inc`). */
  things: string[];
  /**
   * Capitalised words of its story that none of its own mentions use, each once, joined by
   * spaces (no word holds one): one string, where a set per article held ~3 MB at 1,000 seeds.
   */
  unexplained: string;
  /** Readings that used names other articles establish or give things, by those names (Borrowed.key). */
  informed: Map<string, ArticleReading>;
  /**
   * The names it borrows (its unexplained words that the bundle establishes) and the things (the
   * words it takes alone for people that other articles give companies), as of a version of those.
   */
  borrowed?: Borrowed;
}

/** What an article borrows from the rest of its bundle, as of a version of the bundle's names. */
interface Borrowed {
  version: number;
  /** The names and the things as one string, empty where it borrows nothing. */
  key: string;
  names: string[];
  things: string[];
}

/**
 * Reads one seed; `bundleNames` and `bundleThings` are names other articles establish and give
 * things (see findMentions). Its anatomy does not depend on them: a second reading of a text
 * passes the first one's.
 */
export function readArticle(text: string, bundleNames?: ReadonlySet<string>, anatomy = readAnatomy(text), bundleThings?: ReadonlySet<string>): ArticleReading {
  const mentions = findMentions(text, anatomy, bundleNames, bundleThings);
  const quotes = findQuotes(text, anatomy, mentions);
  return { anatomy, mentions, quotes };
}

function readOwn(text: string): OwnReading {
  const anatomy = readAnatomy(text);
  const { mentions, things } = readMentions(text, anatomy);
  return { anatomy, mentions, text, established: establishedNames(mentions), things, unexplained: unexplainedWords(text, { anatomy, mentions }), informed: new Map() };
}

const POSSESSIVE_END = /['’]s?$/;

/** The capitalised words of the story that none of its mentions use, each once, joined by spaces. */
function unexplainedWords(text: string, { mentions, anatomy }: Omit<ArticleReading, 'quotes'>): string {
  const own = new Set<string>();
  for (const m of mentions) for (const word of m.text.split(/\s+/)) own.add(word);
  const unexplained = new Set<string>();
  const note = (start: number, end: number) => {
    const word = text.slice(start, end).replace(POSSESSIVE_END, ''); // `Okafor's ruling` uses `Okafor`
    if (!own.has(word)) unexplained.add(word);
  };
  for (const p of anatomy.paragraphs) forEachCapitalisedWord(text, p.start, p.end, note);
  return [...unexplained].join(' ');
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
  /** When two wordings are one quote (see CompareOptions.similarity). */
  quoteSimilarity?: number;
}

/**
 * Analyses bundles, keeping each article's reading as long as its text is unchanged, so an
 * edit re-reads only the article it touches. One Analyzer serves one bundle over time.
 */
export class Analyzer {
  /** The last call's readings, in the order of its seeds, and the same by text. */
  private last: OwnReading[] = [];
  private byText = new Map<string, OwnReading>();
  /** Each article's quotes as last given, with the reading they were made of. */
  private readonly quotes = new Map<string, { found: QuoteFound[]; quotes: Quote[] }>();
  /** How many of the readings establish each name, and give each thing's name; the version changes with either set. */
  private establishedUses = new Map<string, number>();
  private thingUses = new Map<string, number>();
  private establishedVersion = 0;
  /** Keeps the comparison of quotes, so an edit compares again only what it touches. */
  private comparer = new QuoteComparer();
  private similarity = DEFAULT_SIMILARITY;
  /** Keeps the people of the bundle, so an edit resolves again only the names it touches. */
  private people = new PeopleResolver();

  analyze(text: BundleText, options: AnalyzeOptions = {}): Analysis {
    const ownReadings = text.seeds.map((seed, index) => this.ownReading(seed.text, index));
    this.countEstablished(ownReadings);
    this.keepByText(ownReadings);
    this.last = ownReadings;

    // A second reading only for the articles that use a name another article establishes or
    // gives a thing; the others' quotes are found in their own reading, once.
    const ids = articleIds(text.seeds);
    const articles = text.seeds.map((seed, index) => {
      const reading = ownReadings[index];
      const borrowed = this.borrowedBy(reading);
      if (borrowed.key === '') {
        reading.quotes ??= findQuotes(reading.text, reading.anatomy, reading.mentions);
        return toArticle(seed, ids[index], reading, reading.quotes);
      }
      let better = reading.informed.get(borrowed.key);
      if (!better) {
        better = readArticle(seed.text, new Set(borrowed.names), reading.anatomy, new Set(borrowed.things));
        reading.informed.clear(); // only the names of the current bundle are worth keeping
        reading.informed.set(borrowed.key, better);
      }
      return toArticle(seed, ids[index], better, better.quotes);
    });

    if (overBundleLimit(text, options.maxBundleSize) && articles.length > 0) {
      const findings = [limitFinding(articles[0], seedTextSize(text), options.maxBundleSize!)];
      return { text, articles, people: [], quotes: articles.flatMap((a) => quotesIn(a, a.quotes.map((q) => q.speakerName))), findings, comparison: { groups: [], findings: [] } };
    }
    const people = this.people.resolve(articles);
    const quotes = this.quotesOf(articles, (article, name, gender) => people.personOf(article, name, gender)?.name ?? name);
    const similarity = options.quoteSimilarity ?? DEFAULT_SIMILARITY;
    if (similarity !== this.similarity) [this.comparer, this.similarity] = [new QuoteComparer({ similarity }), similarity];
    const comparison = this.comparer.compare(quotes, articles);
    return { text, articles, people: people.people, quotes, findings: [...people.findings, ...comparison.findings], comparison };
  }

  /**
   * The bundle's quotes, each speaker named as `speaker` gives it. An article's are kept while its
   * reading is, unless the people were grouped anew (see PeopleResolver.regrouped).
   */
  private quotesOf(articles: Article[], speaker: (article: string, name: string, gender: Gender | undefined) => string): Quote[] {
    const keep = !this.people.regrouped;
    const quotes = this.quotes;
    for (const article of articles) {
      const kept = quotes.get(article.id);
      if (!keep || kept?.found !== article.quotes) {
        const speakers = article.quotes.map((q) => (q.speakerName === null ? null : speaker(article.id, q.speakerName, q.speakerGender)));
        quotes.set(article.id, { found: article.quotes, quotes: quotesIn(article, speakers) });
      }
    }
    // Updated in place: a map of every article made anew each keystroke was garbage.
    forgetOtherArticles(quotes, articles);
    // Made to size and filled by index: this runs on every keystroke over every quote (10,000 at 1,000 seeds).
    const lists = articles.map((article) => quotes.get(article.id)!.quotes);
    const all = new Array<Quote>(lists.reduce((sum, list) => sum + list.length, 0));
    let at = 0;
    for (const list of lists) for (let i = 0; i < list.length; i++) all[at++] = list[i];
    return all;
  }

  /**
   * Brings byText from the last call's readings to these: a keystroke changes an entry or two
   * where a map of every seed was made anew. Keyed by the texts first seen, whose hashes V8 keeps:
   * an edit hashes only its own text. A text two seeds share may go with one of them, and is then
   * read again if the other moves: the map only spares readings, it decides none.
   */
  private keepByText(readings: OwnReading[]): void {
    if (readings.length !== this.last.length) {
      this.byText = new Map();
      for (const reading of readings) this.byText.set(reading.text, reading);
      return;
    }
    const changed: number[] = [];
    for (let i = 0; i < readings.length; i++) if (readings[i] !== this.last[i]) changed.push(i);
    // All that went first, then all that came: two seeds that swapped texts keep both.
    for (const i of changed) if (this.byText.get(this.last[i].text) === this.last[i]) this.byText.delete(this.last[i].text);
    for (const i of changed) this.byText.set(readings[i].text, readings[i]);
  }

  /** Counts the names the readings establish and give things, from the last call's count: only readings that changed place are counted again. */
  private countEstablished(readings: OwnReading[]): void {
    const countIn = (counts: Map<string, number>, names: string[], by: 1 | -1) => {
      for (const name of names) {
        const uses = (counts.get(name) ?? 0) + by;
        if (uses === 0 || uses === by) this.establishedVersion++; // a name came or went
        if (uses === 0) counts.delete(name);
        else counts.set(name, uses);
      }
    };
    const count = (reading: OwnReading | undefined, by: 1 | -1) => {
      if (!reading) return;
      countIn(this.establishedUses, reading.established, by);
      countIn(this.thingUses, reading.things, by);
    };
    for (let i = 0; i < Math.max(this.last.length, readings.length); i++) {
      if (this.last[i] === readings[i]) continue;
      count(this.last[i], -1);
      count(readings[i], 1);
    }
  }

  private borrowedBy(reading: OwnReading): Borrowed {
    if (reading.borrowed?.version !== this.establishedVersion) {
      const words = reading.unexplained === '' ? [] : reading.unexplained.split(' ');
      // A word with accents borrows the name another article spells without them (`Orbán`, `Orban`).
      const established = (word: string) => this.establishedUses.has(word) || this.establishedUses.has(withoutAccents(word));
      const names = words.filter(established).sort();
      // Not a family name another article gives in full: that article names a person with it. A
      // thing of several words is a part an actor plays there (see castNames), whole.
      const thing = (m: NameMention) => !m.aliasOf && this.thingUses.has(m.text) && (m.text.includes(' ') || !this.establishedUses.has(m.text));
      const lone = reading.mentions.filter(thing).map((m) => m.text);
      const things = [...new Set(lone)].sort();
      const key = names.length + things.length === 0 ? '' : `${names.join(' ')}|${things.join(' ')}`;
      reading.borrowed = { version: this.establishedVersion, key, names, things };
    }
    return reading.borrowed;
  }

  /**
   * A seed text's own reading: the last call's at the same place when the text is the same
   * (compared, not hashed: most texts are unchanged), else the last call's of that text anywhere.
   */
  private ownReading(text: string, index: number): OwnReading {
    const same = this.last[index];
    if (same && same.text === text) return same;
    return this.byText.get(text) ?? readOwn(text);
  }
}

/** The characters of seed text a bundle has: what maxBundleSize measures. */
export function seedTextSize(text: BundleText): number {
  return text.seeds.reduce((sum, seed) => sum + seed.text.length, 0);
}

/** Whether the bundle has more seed text than maxBundleSize allows: it is read article by article only. */
export function overBundleLimit(text: BundleText, maxBundleSize: number | undefined): boolean {
  return maxBundleSize !== undefined && seedTextSize(text) > maxBundleSize;
}

/** An article's quotes, with their speakers as the bundle names them. */
function quotesIn(article: Article, speakers: (string | null)[]): Quote[] {
  return article.quotes.map((q, i) => ({
    article: article.id,
    span: { start: q.start, end: q.end },
    text: q.text,
    ...(q.spoken !== undefined && { spoken: q.spoken }),
    speaker: speakers[i],
    partial: q.partial,
  }));
}

/** Says, on the first article's first line, that the bundle was read article by article only. */
function limitFinding(first: Article, size: number, max: number): Finding {
  return {
    code: 'bundle-limit',
    article: first.id,
    span: { start: 0, end: first.seed.text.search(/\r|\n|$/) },
    message: `This bundle has ${withCommas(size)} characters of text, more than maxBundleSize (${withCommas(max)}): each article is read on its own and sources are not compared`,
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

function toArticle(seed: Seed, id: string, { anatomy, mentions }: Omit<ArticleReading, 'quotes'>, quotes: QuoteFound[]): Article {
  const { wire, outlet } = anatomy;
  return { anatomy, mentions, quotes, id, seed, source: sourceKey(wire ?? outlet ?? id) };
}

/** One key however a page writes its source's name: `The Harbour Post` in one capture's line is `Harbour Post` in another's. */
function sourceKey(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '');
}
