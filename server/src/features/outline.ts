// Document symbols: one top-level symbol per article (named by its headline), with the
// people it names and the quotes it carries as children.
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { Article } from '../bundle/model';
import { BundleView } from './view';

export function outline(view: BundleView, file: string): DocumentSymbol[] {
  return view.articlesIn(file).map((article) => articleSymbol(view, article));
}

/** What the outline and workspace symbols call an article, and its detail line. */
export function articleTitle(article: Article): { name: string; detail: string } {
  const { headline, outlet, date } = article.anatomy;
  // Editors reject a symbol with an empty name, and a header may lack one (`===`).
  return { name: headline ?? (article.seed.name || 'seed without a name'), detail: [outlet, date].filter(Boolean).join(' · ') };
}

function articleSymbol(view: BundleView, article: Article): DocumentSymbol {
  const { seed } = article;
  const start = seed.header?.start ?? seed.offset;
  const end = seed.offset + seed.text.length;
  const range = view.fileRange(seed.file, start, end);
  const headline = article.anatomy.headlineSpan;
  const selectionRange = headline
    ? view.fileRange(seed.file, seed.offset + headline.start, seed.offset + headline.end)
    : view.fileRange(seed.file, start, seed.header?.end ?? start);
  return {
    ...articleTitle(article),
    kind: SymbolKind.Module,
    range,
    selectionRange,
    children: [...peopleSymbols(view, article), ...quoteSymbols(view, article)],
  };
}

/** One symbol per person the article names, at their first mention there. */
function peopleSymbols(view: BundleView, article: Article): DocumentSymbol[] {
  const seen = new Set<string>();
  const symbols: DocumentSymbol[] = [];
  for (const { span, person } of view.mentionsIn(article.id)) {
    if (seen.has(person.name)) continue;
    seen.add(person.name);
    const place = view.place(article.id, span)!;
    const role = person.roles.find((r) => r.article === article.id)?.text;
    symbols.push({ name: person.name, detail: role ?? '', kind: SymbolKind.Constant, range: place.range, selectionRange: place.range });
  }
  return symbols;
}

function quoteSymbols(view: BundleView, article: Article): DocumentSymbol[] {
  return view.quotesIn(article.id).map((q) => {
    const place = view.place(article.id, q.span)!;
    return { name: `${q.speaker ?? 'unattributed'}: ${firstWords(q.text)}`, detail: q.partial ? 'partial quote' : 'quote', kind: SymbolKind.String, range: place.range, selectionRange: place.range };
  });
}

function firstWords(text: string, count = 6): string {
  const words = text.trim().split(/\s+/);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}
