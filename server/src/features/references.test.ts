import test from 'node:test';
import assert from 'node:assert/strict';
import { FILE, person, viewOf } from '../testing/fixtures';
import { definition, highlights, references } from './references';

const TEXT = '=== 000_aa.txt\nLi Wei spoke. Li later left.\n=== 001_bb.txt\nWei, the minister, and Li Wei.\n';

function view() {
  return viewOf(TEXT, (analysis) => {
    analysis.people = [person(analysis, 'Li Wei', [['000_aa.txt', 'Li later'.slice(0, 2)], ['000_aa.txt', 'Li Wei'], ['001_bb.txt', 'Li Wei']])];
  });
}

test('references: every mention of the person across the bundle', () => {
  const places = references(view(), FILE, TEXT.indexOf('Li Wei.'));
  assert.deepEqual(places.map((p) => [p.range.start.line, p.range.start.character, p.range.end.character]), [[1, 0, 2], [1, 0, 6], [3, 23, 29]]);
});

test('references without the declaration: not the defining mention (the first in the fullest form)', () => {
  const places = references(view(), FILE, TEXT.indexOf('Li Wei.'), false);
  assert.deepEqual(places.map((p) => [p.range.start.line, p.range.start.character, p.range.end.character]), [[1, 0, 2], [3, 23, 29]]);
});

test('definition: the first mention in the fullest form', () => {
  const place = definition(view(), FILE, TEXT.indexOf('Li Wei.'));
  assert.deepEqual(place?.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } });
  assert.equal(definition(view(), FILE, TEXT.indexOf('spoke')), null);
});

test('highlights: the mentions in this file', () => {
  assert.equal(highlights(view(), FILE, TEXT.indexOf('Li Wei.')).length, 3);
  assert.deepEqual(highlights(view(), FILE, TEXT.indexOf('minister')), []);
});
