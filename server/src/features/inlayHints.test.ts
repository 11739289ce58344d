import test from 'node:test';
import assert from 'node:assert/strict';
import { Analysis } from '../bundle/analyze';
import { FILE, person, spanIn, viewOf } from '../testing/fixtures';
import { inlayHints } from './inlayHints';

const TEXT = [
  '=== 000_aa.txt',
  'Port chief Dana Mills spoke on Monday. “Fares will go up,” she said.',
  '"We are sorry," Mills said.',
  '"Nobody likes it."',
  'Ruth Adebayo, the engineer, disagreed: "It is fine." Then "It holds," Mr. Mills\'s deputy said.',
  '"Who knows," someone said.',
  '',
].join('\n');

function view() {
  return viewOf(TEXT, (a: Analysis) => {
    a.people = [person(a, 'Dana Mills', [['000_aa.txt', 'Dana Mills'], ['000_aa.txt', 'Mills']]), person(a, 'Ruth Adebayo', [['000_aa.txt', 'Ruth Adebayo']])];
    const quote = (text: string, speaker: string | null) => ({ article: '000_aa.txt', span: spanIn(a, '000_aa.txt', text), text, speaker, partial: false });
    a.quotes = [
      quote('Fares will go up,', 'Dana Mills'),
      quote('We are sorry,', 'Dana Mills'),
      quote('Nobody likes it.', 'Dana Mills'),
      quote('It is fine.', 'Ruth Adebayo'),
      quote('It holds,', 'Ruth Adebayo'),
      quote('Who knows,', null),
    ];
  });
}

test('a hint after each quote whose sentence does not name its speaker', () => {
  const hints = inlayHints(view(), FILE, 0, TEXT.length);
  assert.deepEqual(
    hints.map((h) => [h.position, h.label]),
    [
      [{ line: 1, character: 58 }, '— Dana Mills'], // “…,” she said: after the closing mark
      [{ line: 3, character: 18 }, '— Dana Mills'], // carried over from the line before
      [{ line: 4, character: 69 }, '— Ruth Adebayo'], // the sentence names only Mills
    ],
  );
  assert.deepEqual(hints[0], {
    position: { line: 1, character: 58 },
    label: '— Dana Mills',
    paddingLeft: true,
    tooltip: 'Speaker as the bundle resolves it: this sentence does not name Dana Mills.',
  });
});

test('only the hints in the range asked for', () => {
  const line3 = TEXT.indexOf('"Nobody');
  assert.deepEqual(inlayHints(view(), FILE, line3, line3 + 5).map((h) => h.position.line), [3]);
  assert.deepEqual(inlayHints(view(), 'file:///elsewhere.seeds', 0, 100), []);
});
