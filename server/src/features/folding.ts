// Folding: each article (file form) and each boilerplate block of more than one line.
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import { BundleView } from './view';

export function foldingRanges(view: BundleView, file: string): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const article of view.articlesIn(file)) {
    const { seed } = article;
    if (seed.header) {
      const body = view.fileRange(file, seed.header.start, seed.offset + seed.text.replace(/[\r\n]+$/, '').length);
      if (body.end.line > body.start.line) ranges.push({ startLine: body.start.line, endLine: body.end.line });
    }
    for (const block of article.anatomy.boilerplate) {
      const range = view.fileRange(file, seed.offset + block.start, seed.offset + block.end);
      if (range.end.line > range.start.line) ranges.push({ startLine: range.start.line, endLine: range.end.line, kind: FoldingRangeKind.Comment });
    }
  }
  return ranges;
}
