// Code lenses: above each quote that other sources also carry, how many sources print it and
// how many of them differ; clicking one opens the comparison. The lenses are listed cheaply and
// each is resolved (title and comparison) only when the editor shows it.
import { CodeLens } from 'vscode-languageserver-types';
import { sameItems } from '../bundle/collections';
import { Quote } from '../bundle/model';
import { COMPARE_COMMAND, compareArgs } from './actions';
import { differencesOf } from './differences';
import { Anchor, BundleView } from './view';

/** What a lens carries from listing to resolving: the file and the quote's place. */
export interface LensData {
  file: string;
  article: string;
  start: number;
  end: number;
}

/**
 * Each article's lenses as last listed, by its anchor, with the quotes they stand on: an article
 * in the same place with the same quotes shown keeps its lenses (the editor asks for all of them
 * after every edit: 8,700 at 1,000 seeds).
 */
export type LensCache = WeakMap<Anchor, { quotes: Quote[]; lenses: CodeLens[] }>;

export function codeLenses(view: BundleView, file: string, cache: LensCache = new WeakMap()): CodeLens[] {
  const differences = differencesOf(view);
  const lenses: CodeLens[] = [];
  for (const article of view.articlesIn(file)) {
    const quotes = view.quotesIn(article.id).filter((quote) => differences.sourceCount(quote) >= 2);
    const anchor = view.anchor(article.id)!;
    let kept = cache.get(anchor);
    if (!kept || !sameItems(kept.quotes, quotes)) {
      const lensOf = (quote: Quote): CodeLens => {
        const data: LensData = { file, article: article.id, start: quote.span.start, end: quote.span.end };
        return { range: view.place(article.id, quote.span)!.range, data };
      };
      kept = { quotes, lenses: quotes.map(lensOf) };
      cache.set(anchor, kept);
    }
    for (const lens of kept.lenses) lenses.push(lens);
  }
  return lenses;
}

/** The lens with its title (`3 sources · 1 differs`) and the command that compares the versions. */
export function resolveCodeLens(view: BundleView, lens: CodeLens): CodeLens {
  const { article, start, end } = lens.data as LensData;
  const differences = differencesOf(view);
  const quote = differences.quoteAtPlace(article, { start, end });
  if (!quote) return { ...lens, command: { title: 'this quote has changed', command: '' } };
  const versions = differences.versions(quote);
  const differing = differences.differingVersions(quote);
  const sources = differences.sourceCount(quote);
  const differ = differences.sources(differing).size;
  const others = [...differing, ...versions.filter((v) => v !== quote && !differing.includes(v))];
  return {
    ...lens,
    command: {
      title: `${sources} sources · ${differ === 0 ? 'all agree' : `${differ} differ${differ === 1 ? 's' : ''}`}`,
      command: COMPARE_COMMAND,
      arguments: [compareArgs(view, quote, others)],
    },
  };
}
