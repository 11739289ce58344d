// Workspace symbols: the articles of every open bundle, found by their headline.
import { SymbolInformation, SymbolKind } from 'vscode-languageserver-types';
import { articleTitle } from './outline';
import { BundleView } from './view';

export function workspaceSymbols(views: BundleView[], query: string, toUri: (file: string) => string): SymbolInformation[] {
  const wanted = query.toLowerCase();
  const symbols: SymbolInformation[] = [];
  for (const view of views) {
    for (const article of view.analysis.articles) {
      const { name, detail } = articleTitle(article);
      if (!name.toLowerCase().includes(wanted) && !detail.toLowerCase().includes(wanted)) continue;
      const { seed } = article;
      const range = view.fileRange(seed.file, seed.header?.start ?? seed.offset, seed.offset + seed.text.length);
      symbols.push({ name, kind: SymbolKind.Module, containerName: detail, location: { uri: toUri(seed.file), range } });
    }
  }
  return symbols;
}
