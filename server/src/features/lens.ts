// Code lenses: above each quote that other sources also carry, how many sources print it and
// how many of them differ; clicking one opens the comparison. The lenses are listed cheaply and
// each is resolved (title and comparison) only when the editor shows it.
import { CodeLens } from 'vscode-languageserver-types';
import { COMPARE_COMMAND, compareArgs } from './actions';
import { differencesOf } from './differences';
import { BundleView } from './view';

/** What a lens carries from listing to resolving: the file and the quote's place. */
export interface LensData {
  file: string;
  article: string;
  start: number;
  end: number;
}

export function codeLenses(view: BundleView, file: string): CodeLens[] {
  const differences = differencesOf(view);
  const lenses: CodeLens[] = [];
  for (const article of view.articlesIn(file)) {
    for (const quote of view.quotesIn(article.id)) {
      if (differences.sources(differences.versions(quote)).size < 2) continue;
      const data: LensData = { file, article: article.id, start: quote.span.start, end: quote.span.end };
      lenses.push({ range: view.place(article.id, quote.span)!.range, data });
    }
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
  const sources = differences.sources(versions).size;
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
