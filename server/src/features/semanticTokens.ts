// Semantic tokens: what the reading knows and a grammar cannot, the people the bundle names
// (every mention, surname alone included) and the page furniture around each story (menus,
// captions, reader comments), which editors then colour as names and as comments.
//
// Each article's tokens are worked out once for its reading, placed from the article's first
// line, and kept (SemanticTokenCache): a request after an edit re-reads the article edited and
// joins the others' kept tokens, and a delta request gets what changed since the last result.
import { Position, Range, SemanticTokensEdit, SemanticTokensLegend } from 'vscode-languageserver-types';
import { Anatomy, Article, NameMention, Span } from '../bundle/model';
import { BundleView } from './view';

/** `person` is the extension's own type (package.json gives it `class` as the type themes colour it like). */
export const TOKEN_LEGEND: SemanticTokensLegend = { tokenTypes: ['person', 'comment'], tokenModifiers: [] };
const PERSON = 0;
const FURNITURE = 1;

/**
 * An article's tokens, four numbers each: line (from the article's first), character, length, type.
 * Kept for every article: as numbers in a list they took twice the memory (1.4 MB at 1,000 seeds).
 */
type ArticleTokens = Int32Array;

/** Article tokens by the reading they were made of: its anatomy and its mentions, unchanged while its text and the bundle's names are. */
export type SemanticTokenCache = WeakMap<Anatomy, { mentions: NameMention[]; tokens: ArticleTokens }>;

/**
 * The tokens of a file, or of the part of it `range` covers, encoded as LSP sends them (five
 * numbers a token: line and start as deltas from the token before, length, type, modifiers).
 */
export function semanticTokens(view: BundleView, file: string, range?: Range, cache: SemanticTokenCache = new WeakMap()): number[] {
  const document = view.documentOf(file);
  const data: number[] = [];
  let lastLine = 0;
  let lastCharacter = 0;
  for (const article of view.articlesIn(file)) {
    // A seed's text starts a line of the file (its header ends the line before), unless it is the whole file.
    const start = document.positionAt(article.seed.offset);
    if (range && (start.line > range.end.line || document.positionAt(article.seed.offset + article.seed.text.length).line < range.start.line)) continue;
    const tokens = articleTokens(article, cache);
    for (let i = 0; i < tokens.length; i += 4) {
      const line = start.line + tokens[i];
      const character = tokens[i] === 0 ? start.character + tokens[i + 1] : tokens[i + 1];
      const length = tokens[i + 2];
      if (range && !(before(range.start, line, character + length) && before({ line, character }, range.end.line, range.end.character))) continue;
      data.push(line - lastLine, line === lastLine ? character - lastCharacter : character, length, tokens[i + 3], 0);
      lastLine = line;
      lastCharacter = character;
    }
  }
  return data;
}

/** Whether `position` comes before (line, character). */
function before(position: Position, line: number, character: number): boolean {
  return position.line < line || (position.line === line && position.character < character);
}

/** The article's tokens, from the cache while its reading is the same. */
function articleTokens(article: Article, cache: SemanticTokenCache): ArticleTokens {
  const kept = cache.get(article.anatomy);
  if (kept && kept.mentions === article.mentions) return kept.tokens;
  const tokens = readTokens(article);
  cache.set(article.anatomy, { mentions: article.mentions, tokens });
  return tokens;
}

function readTokens(article: Article): ArticleTokens {
  const text = article.seed.text;
  const spans: [Span, number][] = [
    ...article.anatomy.boilerplate.map((span): [Span, number] => [span, FURNITURE]),
    // The article's reading of names: the mentions the bundle's people are made of, without the
    // index of people by article that a new view builds on first use (~5 ms at 1,000 seeds, after every edit).
    ...article.mentions.map((mention): [Span, number] => [mention, PERSON]),
  ];
  spans.sort(([a], [b]) => a.start - b.start);
  const tokens: number[] = [];
  // The line and where it starts, moved forward through the text as the spans come in order.
  let [line, lineStart, at] = [0, 0, 0];
  const lineBreakAt = (i: number) => text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
  const crLfAt = (i: number) => text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10;
  const moveTo = (offset: number) => {
    for (; at < offset; at++) {
      if (!lineBreakAt(at) || crLfAt(at)) continue; // `\r\n` breaks at its `\n`
      line++;
      lineStart = at + 1;
    }
  };
  let covered = 0;
  for (const [span, type] of spans) {
    // Tokens may not overlap: a name inside furniture stays furniture.
    if (span.start < covered) continue;
    covered = span.end;
    // One token per line the span covers: a token may not cross a line break (`\n`, `\r\n` or `\r`).
    for (let from = span.start; from < span.end; ) {
      let to = from;
      while (to < span.end && !lineBreakAt(to)) to++;
      if (to > from) {
        moveTo(from);
        tokens.push(line, from - lineStart, to - from, type);
      }
      from = to + (crLfAt(to) ? 2 : 1);
    }
  }
  return Int32Array.from(tokens);
}

/**
 * What turns `previous` into `current`, as one edit of the numbers between what they share at
 * the start and at the end (an edit in one article changes the tokens of that article only), or
 * none when they are the same.
 */
export function semanticTokenEdits(previous: ArrayLike<number>, current: number[]): SemanticTokensEdit[] {
  let same = 0;
  while (same < previous.length && same < current.length && previous[same] === current[same]) same++;
  let sameEnd = 0;
  while (sameEnd < previous.length - same && sameEnd < current.length - same && previous[previous.length - 1 - sameEnd] === current[current.length - 1 - sameEnd]) sameEnd++;
  if (same === previous.length && same === current.length) return [];
  return [{ start: same, deleteCount: previous.length - same - sameEnd, data: current.slice(same, current.length - sameEnd) }];
}
