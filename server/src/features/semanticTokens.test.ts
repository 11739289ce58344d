import test from 'node:test';
import assert from 'node:assert/strict';
import { FILE, viewOf } from '../testing/fixtures';
import { semanticTokens, TOKEN_LEGEND } from './semanticTokens';

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
  const tokens: [string, string][] = [];
  let [line, character] = [0, 0];
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaStart, length, type] = data.slice(i, i + 4);
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    line += deltaLine;
    tokens.push([lines[line].slice(character, character + length), TOKEN_LEGEND.tokenTypes[type]]);
  }
  return tokens;
}

test('every mention of a person the bundle names, and the furniture around the stories, line by line', () => {
  assert.deepEqual(decoded(semanticTokens(viewOf(TEXT), FILE, 0, TEXT.length)), [
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

test('only the tokens between two offsets: the lines an editor shows', () => {
  const from = TEXT.indexOf('Ruth');
  const to = TEXT.indexOf('Sally');
  assert.deepEqual(decoded(semanticTokens(viewOf(TEXT), FILE, from, to)), [
    ['Ruth Adebayo', 'person'],
    ['Comments (2)', 'comment'],
  ]);
});

test('a token ends at any line break: `\\r\\n` and a lone `\\r` too', () => {
  const lines = decoded(semanticTokens(viewOf(TEXT), FILE, 0, TEXT.length));
  for (const lineBreak of ['\r\n', '\r']) {
    const text = TEXT.replace(/\n/g, lineBreak);
    assert.deepEqual(decoded(semanticTokens(viewOf(text), FILE, 0, text.length), text), lines, JSON.stringify(lineBreak));
  }
});
