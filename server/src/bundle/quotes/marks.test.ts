import test from 'node:test';
import assert from 'node:assert/strict';
import { innerQuotes, pairMarks, readUnits } from './marks';
import { Span } from '../model';

const whole = (text: string): Span[] => [{ start: 0, end: text.length }];

/** The words inside each pair of marks, and the units each quote starts and ends in. */
function pairs(text: string, paragraphs: Span[] = whole(text)) {
  const [marked] = pairMarks(text, readUnits(text, paragraphs));
  return marked.map((q) => [text.slice(q.open + 1, q.close), q.firstUnit, q.lastUnit]);
}

/** The words of each quote found in one paragraph of text. */
function quotedWords(text: string): string[] {
  return pairs(text).map(([words]) => words as string);
}

test('units are the lines of each paragraph, with a hard-wrapped line joined to the next', () => {
  const text = 'First line ends here.\nSecond line wraps and\ngoes on in lower case.\n\n   \nThird.';
  const units = readUnits(text, whole(text));
  assert.deepEqual(
    units.map((u) => text.slice(u.start, u.end)),
    ['First line ends here.', 'Second line wraps and\ngoes on in lower case.', 'Third.'],
  );
});

test('a wrapped line goes on into a quote or a name where its last word ends no sentence', () => {
  const text = 'Fire chief Tom Hale, who inspected it, said it was\n"as safe as any pier," and the mayor said\nTom Hale was right.\nThe end.';
  assert.deepEqual(
    readUnits(text, whole(text)).map((u) => text.slice(u.start, u.end)),
    ['Fire chief Tom Hale, who inspected it, said it was\n"as safe as any pier," and the mayor said\nTom Hale was right.', 'The end.'],
  );
});

test('units keep inside the given paragraphs, in order, whatever spans are given', () => {
  const text = 'Nav bar\nStory one.\nStory two.\nComments';
  const story = { start: text.indexOf('Story one'), end: text.indexOf('\nComments') };
  const units = readUnits(text, [story, { start: -10, end: 3 }, { start: 50, end: 90 }, { start: 9, end: 12 }]);
  assert.deepEqual(
    units.map((u) => text.slice(u.start, u.end)),
    ['Nav', 'Story one.', 'Story two.'],
  );
});

test('each kind of mark pairs with its closer; single marks only as outer marks', () => {
  assert.deepEqual(
    quotedWords('"a b" “c d” «e f» „g h“ »i j« \'k l\' ‘m n’ "o ‘p’ q"'),
    ['a b', 'c d', 'e f', 'g h', 'i j', 'k l', 'm n', 'o ‘p’ q'],
  );
});

test('a straight mark after a space and before a word, inside a straight quote, opens a quote within it', () => {
  assert.deepEqual(
    quotedWords('"She called it "the gold standard," then "a mistake," and left," Hale said. "Next."'),
    ['She called it "the gold standard," then "a mistake," and left,', 'Next.'],
  );
  // One that closes while the quote stays open to the end of its unit closed the quote (its opening mark lost).
  assert.deepEqual(
    quotedWords('"We will win, he said. "And we will win big," he added.\n"Next."'),
    ['We will win, he said. "And we will win big,', 'Next.'],
  );
});

test('a curly quote closed by a straight mark (mixed typography) is a quote, unless the next curly mark closes it', () => {
  assert.deepEqual(
    quotedWords('“We are stunned. It is over," Vale said. Then “more,” he said.'),
    ['We are stunned. It is over,', 'more,'],
  );
  assert.deepEqual(
    quotedWords('“He called it "a farce" and left,” Vale said.'),
    ['He called it "a farce" and left,'],
  );
});

test('apostrophes, inches and marks inside words open nothing', () => {
  assert.deepEqual(pairs("Let's see: Russia’s '90s rock 'n' roll, a 15\" screen, the players’ union."), []);
  assert.deepEqual(
    quotedWords("‘The players’ union is strong,’ he said."),
    ['The players’ union is strong,'],
  );
  // After `s` a mark before a preposition or a conjunction closes the quote: no possessive stands there.
  assert.deepEqual(
    quotedWords("Mayor vows 'no new taxes' in speech and 'more nurses' for the city"),
    ['no new taxes', 'more nurses'],
  );
});

test('a quote left open continues into a next unit that opens with a mark, and only then', () => {
  const text = '"One.\n"Two.\n"Three," she said.\n"Four.\nNo mark here.\n"Five."';
  assert.deepEqual(pairs(text), [
    ['One.\n"Two.\n"Three,', 0, 2],
    ['Five.', 5, 5],
  ]);
  const [, quoted] = pairMarks(text, readUnits(text, whole(text)));
  const fourth = text.indexOf('"Four');
  assert.ok(
    quoted.some((span) => span.start === fourth && span.end === text.indexOf('\nNo mark')),
    'the dropped quote is still known as quoted text',
  );
});

test('a quote left open continues into a next unit without marks that closes it before its cue (a tweet split in paragraphs)', () => {
  const text = '"Tom Hale, who I do not know, was hired in 2015.\nHe wasn\'t supposed to stay, but he left," Vidal tweeted.\n"Five."';
  assert.deepEqual(pairs(text), [
    ["Tom Hale, who I do not know, was hired in 2015.\nHe wasn't supposed to stay, but he left,", 0, 1],
    ['Five.', 2, 2],
  ]);
  // Without a cue after the closing mark the open quote is dropped.
  assert.deepEqual(pairs('"One.\nNo cue here," and more.\n"Five."'), [['Five.', 2, 2]]);
});

test('a unit that ends with its cue and no closing mark lost the mark: the quote closes before the cue, and goes on into no next quote', () => {
  const text = 'Reyes said it was "dead in the water. We must start again, Reyes said.\n"The pensions are safe," Vidal insisted.\n"We will win, she added.\n"And soon."';
  assert.deepEqual(pairs(text), [
    ['dead in the water. We must start again,', 0, 0],
    ['The pensions are safe,', 1, 1],
    ['We will win,', 2, 2],
    ['And soon.', 3, 3],
  ]);
  // A continued quote whose units end in its own words still continues.
  assert.deepEqual(pairs('"We will fight, and we will win.\n"Nobody can stop us," she said.'), [['We will fight, and we will win.\n"Nobody can stop us,', 0, 1]]);
});

test('the quotes inside a quote are its single-marked words, apostrophes aside', () => {
  const inside = (quoted: string) => innerQuotes(quoted).map((s) => quoted.slice(s.start, s.end));
  assert.deepEqual(inside("I told her, 'This district will break your heart,' and she left"), ["'This district will break your heart,'"]);
  assert.deepEqual(inside("We don't know what ‘soon’ means in the '90s, or to the players' union"), ['‘soon’']);
  assert.deepEqual(inside("It isn't over"), []);
});
