// How well the comparison groups the versions of one quote in a generated bundle, against what
// the generator printed: each quote the analysis found is matched with the printed quote whose
// words hold its words, which names its statement. Pairs of quotes in two articles are counted:
// a pair in one group is right when both print one statement and wrong when they come from two
// story lines (different statements by construction). Other pairs the generator cannot judge:
// two quotes of one real article may be halves of one statement, and two articles of one real
// story may quote alike.
import { Quote } from '../bundle/model';
import { GeneratedSeed, plainWords, PrintedQuote } from './generate';

export interface GroupingQuality {
  /** Quotes found that name one statement, and all quotes found. */
  labelled: number;
  quotes: number;
  /** Pairs of quotes in two articles that print one statement, and how many of them share a group. */
  together: number;
  grouped: number;
  /** Pairs in one group (quotes in two articles) from two story lines. */
  wrong: number;
  precision: number;
  recall: number;
}

/** A quote found, its article and its statement. */
interface Labelled {
  article: string;
  printed: PrintedQuote;
}

export function groupingQuality(seeds: GeneratedSeed[], seedNames: Map<string, string>, quotes: Quote[], groups: number[][]): GroupingQuality {
  const printedIn = new Map(seeds.map((s) => [s.name, s.printed.map((p) => ({ printed: p, words: ` ${plainWords(p.text)} ` }))]));
  const labels: (Labelled | undefined)[] = quotes.map((quote) => {
    const candidates = printedIn.get(seedNames.get(quote.article) ?? '') ?? [];
    const words = ` ${plainWords(quote.text)} `;
    if (words.trim() === '') return undefined;
    const holding = candidates.filter((c) => c.words.includes(words));
    const statements = new Set(holding.map((c) => statementOf(c.printed)));
    return statements.size === 1 ? { article: quote.article, printed: holding[0].printed } : undefined;
  });
  const labelled = labels.filter((l): l is Labelled => l !== undefined);

  let grouped = 0;
  let wrong = 0;
  for (const group of groups) {
    const members = group.map((q) => labels[q]).filter((l): l is Labelled => l !== undefined);
    grouped += pairsApart(members, (l) => statementOf(l.printed));
    wrong += pairsApart(members, () => '') - pairsApart(members, (l) => l.printed.line);
  }
  const together = pairsApart(labelled, (l) => statementOf(l.printed));
  return {
    labelled: labelled.length,
    quotes: quotes.length,
    together,
    grouped,
    wrong,
    precision: grouped + wrong === 0 ? 1 : grouped / (grouped + wrong),
    recall: together === 0 ? 1 : grouped / together,
  };
}

function statementOf(p: PrintedQuote): string {
  return `${p.line}\u0000${p.article}\u0000${p.ordinal}`;
}

/** How many pairs of items with the same key are in two different articles. */
function pairsApart(items: Labelled[], keyOf: (l: Labelled) => string): number {
  const byKey = new Map<string, Map<string, number>>();
  for (const item of items) {
    const key = keyOf(item);
    const articles = byKey.get(key) ?? byKey.set(key, new Map()).get(key)!;
    articles.set(item.article, (articles.get(item.article) ?? 0) + 1);
  }
  let pairs = 0;
  for (const articles of byKey.values()) {
    let n = 0;
    let within = 0;
    for (const c of articles.values()) {
      n += c;
      within += c * c;
    }
    pairs += (n * n - within) / 2;
  }
  return pairs;
}
