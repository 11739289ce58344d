import test from 'node:test';
import assert from 'node:assert/strict';
import { FILE, viewOf } from '../testing/fixtures';
import { foldingRanges } from './folding';

test('a fold per article and per boilerplate block of more than one line', () => {
  const text = '=== 000_aa.txt\nTitle\n\nBody.\n\nTags:\nA\nB\n=== 001_bb.txt\nOne line\n';
  const view = viewOf(text, (analysis) => {
    const seed = analysis.articles[0].seed.text;
    analysis.articles[0].anatomy.boilerplate = [{ start: seed.indexOf('Tags:'), end: seed.indexOf('B\n') + 1 }, { start: 0, end: 5 }];
  });
  assert.deepEqual(foldingRanges(view, FILE), [
    { startLine: 0, endLine: 7 },
    { startLine: 5, endLine: 7, kind: 'comment' },
    { startLine: 8, endLine: 9 },
  ]);
});
