// Document symbols: one top-level symbol per article (named by its headline), with the
// people it names and the quotes it carries as children (a quote it prints twice, once), unless
// that makes too many symbols.
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { sameItems } from '../bundle/collections';
import { firstWords } from '../bundle/compare/words';
import { Article, Quote, Span } from '../bundle/model';
import { Anchor, BundleView, withoutRepeats } from './view';

/**
 * Article symbols as last made, by the article's anchor, with the header, people and quotes they
 * were made of: an article whose text, place, header, people and quotes are unchanged keeps its symbol.
 */
export type OutlineCache = WeakMap<Anchor, { header: string; people: FirstMention[]; quotes: Quote[]; symbol: DocumentSymbol }>;

/**
 * The most symbols an outline gives with the people and quotes of its articles: a bigger one gives
 * its articles only, as VS Code caps the JSON outline (`json.maxItemsComputed`, 5,000), for the same
 * reason. Editors slow down on tens of thousands of symbols: a 1,000-article bundle has about 20,000,
 * 5 MB of JSON that the editor decodes again after every edit.
 */
export const DEFAULT_OUTLINE_MAX_ITEMS = 5_000;

export function outline(view: BundleView, file: string, cache: OutlineCache = new WeakMap(), maxItems = DEFAULT_OUTLINE_MAX_ITEMS): DocumentSymbol[] {
  const contents = contentsWithin(view, file, maxItems) ?? view.articlesIn(file).map((article) => ({ article, people: [], quotes: [] }));
  return contents.map(({ article, people, quotes }) => {
    const anchor = view.anchor(article.id)!;
    // The name may title the article, and the header's length ends its selection when it has no headline.
    const { header: span, name } = article.seed;
    const header = `${name}\u0000${span ? span.end - span.start : ''}`;
    const kept = cache.get(anchor);
    if (kept && kept.header === header && samePeople(kept.people, people) && sameItems(kept.quotes, quotes)) return kept.symbol;
    const symbol = articleSymbol(view, article, people, quotes);
    cache.set(anchor, { header, people, quotes, symbol });
    return symbol;
  });
}

/** Whether the whole outline of a file (its articles, and the people and quotes under them) has more than `maxItems` symbols. */
export function outlineOver(view: BundleView, file: string, maxItems: number): boolean {
  return contentsWithin(view, file, maxItems) === undefined;
}

/**
 * The articles of a file, each with what its symbol's children show; undefined as soon as they
 * pass `maxItems` symbols. The articles and their quotes are counted first: when they alone pass
 * it, the people need not be found (which indexes every mention of the bundle).
 */
function contentsWithin(view: BundleView, file: string, maxItems: number): { article: Article; people: FirstMention[]; quotes: Quote[] }[] | undefined {
  const articles = view.articlesIn(file);
  const quotesOf: Quote[][] = [];
  let symbols = 0;
  for (const article of articles) {
    const quotes = withoutRepeats(view.quotesIn(article.id));
    symbols += 1 + quotes.length;
    if (symbols > maxItems) return undefined;
    quotesOf.push(quotes);
  }
  const contents = [];
  for (const [i, article] of articles.entries()) {
    const people = peopleOf(view, article);
    symbols += people.length;
    if (symbols > maxItems) return undefined;
    contents.push({ article, people, quotes: quotesOf[i] });
  }
  return contents;
}

/** What the outline and workspace symbols call an article, and its detail line. */
export function articleTitle(article: Article): { name: string; detail: string } {
  const { headline, outlet, date } = article.anatomy;
  // Editors reject a symbol with an empty name, and a header may lack one (`===`).
  return { name: headline ?? (article.seed.name || 'seed without a name'), detail: [outlet, date].filter(Boolean).join(' · ') };
}

function articleSymbol(view: BundleView, article: Article, people: FirstMention[], quotes: Quote[]): DocumentSymbol {
  const { seed } = article;
  const start = seed.header?.start ?? seed.offset;
  const end = seed.offset + seed.text.length;
  const range = view.fileRange(seed.file, start, end);
  const headline = article.anatomy.headlineSpan;
  const selectionRange = headline
    ? view.fileRange(seed.file, seed.offset + headline.start, seed.offset + headline.end)
    : view.fileRange(seed.file, start, seed.header?.end ?? start);
  // A literal, not a spread of the title: a spread object would have a hidden class of its own.
  const { name, detail } = articleTitle(article);
  return {
    name,
    detail,
    kind: SymbolKind.Module,
    range,
    selectionRange,
    children: [...peopleSymbols(view, article, people), ...quoteSymbols(view, article, quotes)],
  };
}

/** A person the article names, at their first mention there, with the role it gives them. */
interface FirstMention {
  name: string;
  role: string;
  span: Span;
}

/** The people the article names, each at its first mention there. */
function peopleOf(view: BundleView, article: Article): FirstMention[] {
  const named = new Set<string>();
  const first: FirstMention[] = [];
  for (const { span, person } of view.mentionsIn(article.id)) {
    if (named.has(person.name)) continue;
    named.add(person.name);
    first.push({ name: person.name, role: person.roles.find((r) => r.article === article.id)?.text ?? '', span });
  }
  return first;
}

/** Whether two lists of first mentions show the same in the outline (compared on every request: no key string is made). */
function samePeople(a: FirstMention[], b: FirstMention[]): boolean {
  return a.length === b.length && a.every((p, i) => p.name === b[i].name && p.role === b[i].role && p.span.start === b[i].span.start && p.span.end === b[i].span.end);
}

/** One symbol per person the article names, at their first mention there. */
function peopleSymbols(view: BundleView, article: Article, people: FirstMention[]): DocumentSymbol[] {
  return people.map(({ name, role, span }) => {
    const { range } = view.place(article.id, span)!;
    return { name, detail: role, kind: SymbolKind.Constant, range, selectionRange: range };
  });
}

function quoteSymbols(view: BundleView, article: Article, quotes: Quote[]): DocumentSymbol[] {
  return quotes.map((q) => {
    const { range } = view.place(article.id, q.span)!;
    return { name: `${q.speaker ?? 'unattributed'}: ${firstWords(q.text, 6)}`, detail: q.partial ? 'partial quote' : 'quote', kind: SymbolKind.String, range, selectionRange: range };
  });
}
