import test from 'node:test';
import assert from 'node:assert/strict';
import { Analyzer } from '../bundle/analyze';
import { readBundleFile } from '../bundle/format';
import { FILE, placedTokens, viewOf } from '../testing/fixtures';
import { BundleView } from './view';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Range } from 'vscode-languageserver-types';
import { SemanticTokenCache, semanticTokenEdits, semanticTokens, TOKEN_LEGEND } from './semanticTokens';

const TEXT = [
  '=== 000_aa.txt',
  'Harbour Post',
  'Home | News | Sport',
  'Ferry fares to rise in spring',
  'By Tom Reed',
  'March 3, 2026',
  'Port chief Dana Mills said on Monday that fares would rise. "Nobody likes it," Mills said.',
  'Ruth Adebayo, the union leader, said crews were ready.',
  'Comments (2)',
  'Sally Vine',
  'Fares are too high already.',
  '=== 001_bb.txt',
  'Coast Daily',
  'Fares up as ferry costs climb',
  'Harbour chief Dana Mills said fares would go up.',
  '',
].join('\n');

/** The tokens as [text, type], decoded from the five numbers LSP sends for each. */
function decoded(data: number[], text = TEXT): [string, string][] {
  const lines = text.split(/\r\n|\r|\n/);
  return placedTokens(data).map(([line, character, length, type]) => [lines[line].slice(character, character + length), TOKEN_LEGEND.tokenTypes[type]]);
}

test('every mention of a person the bundle names, and the furniture around the stories, line by line', () => {
  assert.deepEqual(decoded(semanticTokens(viewOf(TEXT), FILE)), [
    // The masthead, the menu, the byline and the date are the page's, not the story's.
    ['Harbour Post', 'comment'],
    ['Home | News | Sport', 'comment'],
    ['By Tom Reed', 'comment'],
    ['March 3, 2026', 'comment'],
    ['Dana Mills', 'person'],
    ['Mills', 'person'],
    ['Ruth Adebayo', 'person'],
    ['Comments (2)', 'comment'],
    ['Sally Vine', 'comment'],
    ['Fares are too high already.', 'comment'],
    ['Coast Daily', 'comment'],
    ['Dana Mills', 'person'],
  ]);
});

/** The range between two offsets of `text`. */
function rangeOf(from: number, to: number, text = TEXT): Range {
  const document = TextDocument.create(FILE, 'seed-bundle', 1, text);
  return { start: document.positionAt(from), end: document.positionAt(to) };
}

test('only the tokens that reach into a range: the lines an editor shows', () => {
  const range = rangeOf(TEXT.indexOf('Adebayo'), TEXT.indexOf('Sally'));
  assert.deepEqual(decoded(semanticTokens(viewOf(TEXT), FILE, range)), [
    ['Ruth Adebayo', 'person'],
    ['Comments (2)', 'comment'],
  ]);
});

test('a token ends at any line break: `\\r\\n` and a lone `\\r` too', () => {
  const lines = decoded(semanticTokens(viewOf(TEXT), FILE));
  for (const lineBreak of ['\r\n', '\r']) {
    const text = TEXT.replace(/\n/g, lineBreak);
    assert.deepEqual(decoded(semanticTokens(viewOf(text), FILE), text), lines, JSON.stringify(lineBreak));
    const range = rangeOf(text.indexOf('Ruth'), text.indexOf('Sally'), text);
    assert.deepEqual(decoded(semanticTokens(viewOf(text), FILE, range), text), lines.slice(6, 8), JSON.stringify(lineBreak));
  }
});

test('an article keeps its tokens while its reading is the same, placed where the article now starts', () => {
  // Views of one analyzer, as the server makes them: an article whose text is unchanged keeps its reading.
  const analyzer = new Analyzer();
  const viewAfterEdit = (text: string) => new BundleView(analyzer.analyze(readBundleFile(FILE, text)), () => TextDocument.create(FILE, 'seed-bundle', 1, text));
  const cache: SemanticTokenCache = new WeakMap();
  const before = semanticTokens(viewAfterEdit(TEXT), FILE, undefined, cache);
  const second = viewAfterEdit(TEXT).articlesIn(FILE)[1];
  const kept = cache.get(second.anatomy)?.tokens;
  assert.ok(kept && kept.length > 0);
  // Two lines more in the first article: the second one's tokens, kept, move down with it.
  const text = TEXT.replace('crews were ready.', 'crews were ready.\nThe vote was close.\nIt was held on Sunday.');
  const view = viewAfterEdit(text);
  const after = semanticTokens(view, FILE, undefined, cache);
  assert.equal(cache.get(view.articlesIn(FILE)[1].anatomy)?.tokens, kept);
  assert.deepEqual(decoded(after, text), decoded(before));
  assert.deepEqual(after, semanticTokens(viewOf(text), FILE));
});

test('edits from the last result: the numbers between what both share at the start and at the end', () => {
  const before = semanticTokens(viewOf(TEXT), FILE);
  const text = TEXT.replace('Ruth Adebayo, the union leader,', 'Union leader Ruth Adebayo');
  const after = semanticTokens(viewOf(text), FILE);
  const edits = semanticTokenEdits(before, after);
  // Ruth Adebayo's token moved along her line: its start changed, nothing else.
  const ruth = decoded(before).findIndex(([name]) => name === 'Ruth Adebayo');
  assert.deepEqual(edits, [{ start: ruth * 5 + 1, deleteCount: 1, data: [after[ruth * 5 + 1]] }]);
  assert.equal(after[ruth * 5 + 1], 'Union leader '.length);
  assert.deepEqual(semanticTokenEdits(after, after), []);
  assert.deepEqual(semanticTokenEdits(before, []), [{ start: 0, deleteCount: before.length, data: [] }]);
});
