// The pipeline: seeds -> per-article reading (cached by text) -> people -> quotes -> comparison.
import { readAnatomy } from './anatomy';
import { compareQuotes, QuoteComparison } from './compare';
import { findMentions } from './mentions';
import { Article, ArticleReading, Bundle, BundleText, Quote, Seed } from './model';
import { resolvePeople } from './people';
import { findQuotes } from './quotes';

/** Reads one seed on its own: everything that does not depend on the other articles. */
export function readArticle(text: string): ArticleReading {
  const anatomy = readAnatomy(text);
  const mentions = findMentions(text, anatomy);
  const quotes = findQuotes(text, anatomy, mentions);
  return { anatomy, mentions, quotes };
}

/** An analysed bundle, with the quote groups that hovers and references use. */
export interface Analysis extends Bundle {
  comparison: QuoteComparison;
}

/**
 * Analyses bundles, keeping each article's reading as long as its text is unchanged, so an
 * edit re-reads only the article it touches. One Analyzer serves one bundle over time.
 */
export class Analyzer {
  private readings = new Map<string, ArticleReading>();

  analyze(text: BundleText): Analysis {
    const readings = new Map<string, ArticleReading>();
    const ids = articleIds(text.seeds);
    const articles = text.seeds.map((seed, index) => {
      const reading = readings.get(seed.text) ?? this.readings.get(seed.text) ?? readArticle(seed.text);
      readings.set(seed.text, reading);
      return toArticle(seed, ids[index], reading);
    });
    this.readings = readings; // drop the readings of texts that are gone

    const people = resolvePeople(articles);
    const quotes: Quote[] = articles.flatMap((article) =>
      article.quotes.map((q) => ({
        article: article.id,
        span: { start: q.start, end: q.end },
        text: q.text,
        speaker: q.speakerName === null ? null : people.personOf(article.id, q.speakerName)?.name ?? q.speakerName,
        partial: q.partial,
      })),
    );
    const comparison = compareQuotes(quotes, articles);
    return { text, articles, people: people.people, quotes, findings: [...people.findings, ...comparison.findings], comparison };
  }
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

function toArticle(seed: Seed, id: string, reading: ArticleReading): Article {
  const { wire, outlet } = reading.anatomy;
  return { ...reading, id, seed, source: (wire ?? outlet ?? id).toLowerCase() };
}
