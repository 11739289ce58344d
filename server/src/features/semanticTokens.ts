// Semantic tokens: what the reading knows and a grammar cannot, the people the bundle names
// (every mention, surname alone included) and the page furniture around each story (menus,
// captions, reader comments), which editors then colour as names and as comments.
import { SemanticTokensLegend } from 'vscode-languageserver-types';
import { Span } from '../bundle/model';
import { BundleView } from './view';

/** `person` is the extension's own type (package.json gives it `class` as the type themes colour it like). */
export const TOKEN_LEGEND: SemanticTokensLegend = { tokenTypes: ['person', 'comment'], tokenModifiers: [] };
const PERSON = 0;
const FURNITURE = 1;

/** The tokens of a file between two offsets of it, encoded as LSP sends them (five numbers a token). */
export function semanticTokens(view: BundleView, file: string, start: number, end: number): number[] {
  const document = view.documentOf(file);
  const text = document.getText();
  const data: number[] = [];
  let [lastLine, lastCharacter] = [0, 0];
  /** Adds the token of [from, to), one per line it covers (a token may not cross a line break: `\n`, `\r\n` or `\r`). */
  const add = (from: number, to: number, type: number) => {
    for (let lineStart = from; lineStart < to; ) {
      let lineEnd = lineStart;
      while (lineEnd < to && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
      if (lineEnd > lineStart && lineEnd > start && lineStart < end) {
        const { line, character } = document.positionAt(lineStart);
        data.push(line - lastLine, line === lastLine ? character - lastCharacter : character, lineEnd - lineStart, type, 0);
        [lastLine, lastCharacter] = [line, character];
      }
      lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
    }
  };
  for (const article of view.articlesIn(file)) {
    const { offset, text: seedText } = article.seed;
    if (offset + seedText.length < start || offset > end) continue;
    const spans: [Span, number][] = [
      ...article.anatomy.boilerplate.map((span): [Span, number] => [span, FURNITURE]),
      // The article's reading of names: the mentions the bundle's people are made of, without the
      // index of people by article that a new view builds on first use (~5 ms at 1,000 seeds, after every edit).
      ...article.mentions.map((mention): [Span, number] => [mention, PERSON]),
    ];
    spans.sort(([a], [b]) => a.start - b.start);
    let covered = 0;
    for (const [span, type] of spans) {
      // Tokens may not overlap: a name inside furniture stays furniture.
      if (span.start < covered) continue;
      add(offset + span.start, offset + span.end, type);
      covered = span.end;
    }
  }
  return data;
}
