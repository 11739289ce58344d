import assert from 'node:assert/strict';
import test from 'node:test';
import { Quote } from '../bundle/model';
import { GeneratedSeed, PrintedQuote } from './generate';
import { groupingQuality } from './grouping';

// A made-up story line printed by three articles, and another line's statement in a fourth.
const FERRY = 'We are confident this timetable will work for the whole city';
const printed = (text: string, line: string, ordinal: number): PrintedQuote => ({ text, line, article: 0, ordinal });
const SEEDS: GeneratedSeed[] = [
  { name: 'a.txt', text: '', printed: [printed(FERRY, 'story 0', 0), printed('The boats arrive in spring', 'story 0', 1), printed('The whole city is waiting', 'story 0', 2)] },
  { name: 'b.txt', text: '', printed: [printed(`${FERRY},” Vollmar said. “Every rider counts`, 'story 0', 0)] },
  { name: 'c.txt', text: '', printed: [printed('We are confident this timetable will work', 'story 0', 0)] },
  { name: 'd.txt', text: '', printed: [printed('Lamps are orange this morning will sing for the whole bridge', 'story 0 as 7', 0)] },
];
const quote = (article: string, text: string): Quote => ({ article, span: { start: 0, end: text.length }, text, speaker: null, partial: false });
const QUOTES = [
  quote('a', `${FERRY}.`), // 0: statement 0 of story 0
  quote('a', 'the boats arrive in spring'), // 1: statement 1, found in lower case
  quote('b', FERRY), // 2: the first half of b's split quote
  quote('b', 'Every rider counts'), // 3: its second half
  quote('c', 'We are confident this timetable will work'), // 4: a cut-down version
  quote('d', 'Lamps are orange this morning will sing for the whole bridge'), // 5: another line
  quote('a', 'the whole city'), // 6: words two printed quotes of its article hold: no label
];
const NAMES = new Map(['a', 'b', 'c', 'd'].map((id) => [id, `${id}.txt`]));

test('quotes are labelled by the printed quote that holds their words, typography and case aside', () => {
  const quality = groupingQuality(SEEDS, NAMES, QUOTES, []);
  assert.equal(quality.labelled, 6);
  assert.equal(quality.quotes, 7);
  // One statement in a, b (both halves) and c: a–b twice, a–c, b–c twice.
  assert.equal(quality.together, 5);
  assert.deepEqual([quality.grouped, quality.wrong, quality.recall], [0, 0, 0]);
});

test('grouped pairs of one statement count for recall, pairs of two story lines against precision', () => {
  const quality = groupingQuality(SEEDS, NAMES, QUOTES, [
    [0, 2, 4],
    [3, 5, 6],
  ]);
  assert.equal(quality.grouped, 3);
  assert.equal(quality.wrong, 1);
  assert.equal(quality.recall, 3 / 5);
  assert.equal(quality.precision, 3 / 4);
});

test('pairs inside one article and pairs of one line the generator cannot judge count neither way', () => {
  // 0 and 1: one article. 1 and 3: two statements of one line in two articles, which real outlets may share.
  const quality = groupingQuality(SEEDS, NAMES, QUOTES, [[0, 1, 3]]);
  assert.equal(quality.wrong, 0);
  assert.equal(quality.grouped, 1);
});
