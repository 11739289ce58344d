import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { align, alignEitherWay, negationCut, NORMAL, STRICT, swapped } from './align';
import { quoteWords } from './words';

const relate = (a: string, b: string) => align(quoteWords(a), quoteWords(b));

/** The differing words of each hunk, version a's then version b's. */
function hunks(a: string, b: string): [string, string][] {
  const [wa, wb] = [quoteWords(a), quoteWords(b)];
  return align(wa, wb).hunks.map((h) => [
    wa.words.slice(...h.a).map((w) => w.folded).join(' '),
    wb.words.slice(...h.b).map((w) => w.folded).join(' '),
  ]);
}

const FULL = 'The ferry will run every hour from the old pier, and tickets will cost two euros';

test('the same words after folding are the same quote', () => {
  assert.equal(relate(FULL, FULL.toUpperCase().replace(',', ' —')).relation, 'same');
});

test('a contained run, at either end or in the middle, is a cut-down, not a difference', () => {
  assert.equal(relate(FULL, 'The ferry will run every hour').relation, 'same');
  assert.equal(relate('tickets will cost two euros', FULL).relation, 'same');
  assert.equal(relate(FULL, 'will run every hour from the old pier').relation, 'same');
});

test('a phrase of three words or fewer is a version of a quote only where it is most of it', () => {
  assert.equal(relate('old pier', FULL).relation, 'unrelated');
  assert.equal(relate(FULL, 'two euros').relation, 'unrelated');
  assert.equal(relate('the old pier', 'the old pier').relation, 'same');
  assert.equal(relate('cheap ferry tickets', 'ferry tickets').relation, 'same');
  assert.equal(relate('The ferry will run', FULL).relation, 'same');
});

test('an ellipsis stands for the words left out, and a bracket for words put in', () => {
  assert.equal(relate(FULL, 'The ferry will run every hour … tickets will cost two euros').relation, 'same');
  assert.equal(relate(FULL, '[The boat] will run every hour from the old pier').relation, 'same');
  assert.equal(relate('It [the boat] will run every hour from the old pier', 'The boat will run every hour from the old pier').relation, 'same');
  assert.equal(relate('Tickets … will cost two euros, and the ferry will run every hour', 'Tickets for adults will cost two euros, and the ferry will run daily').relation, 'differs');
  assert.deepEqual(hunks('Tickets … will cost two euros, and the ferry will run every hour', 'Tickets for adults will cost two euros, and the ferry will run daily'), [
    ['every hour', 'daily'],
  ]);
});

test('a currency named after its amount where another version writes its symbol is no difference; another currency is', () => {
  assert.equal(relate('We are paying $4.2 billion because we could not build it', 'We are paying 4.2 billion dollars because we could not build it').relation, 'same');
  assert.equal(relate('We turned down £25m for him in the summer', 'We turned down 25 million pounds for him in the summer').relation, 'same');
  assert.deepEqual(hunks('We turned down 25 million euros for him in the summer', 'We turned down 25 million pounds for him in the summer'), [['euros', 'pounds']]);
  // Only after an amount: `dollars` elsewhere is a word like any other.
  assert.deepEqual(hunks('We spent dollars on the old pier and the ferry', 'We spent on the old pier and the ferry'), [['dollars', '']]);
});

test('a negation left out at an ellipsis, beside the words kept, is a difference; one inside a clause left out whole is a fair cut', () => {
  assert.deepEqual(hunks('We will not, in any season, close the ferry', 'We will … close the ferry'), [['not in any season', '']]);
  assert.deepEqual(hunks('We have, to this day, never closed the ferry', 'We have … closed the ferry'), [['to this day never', '']]);
  assert.deepEqual(hunks('We won’t, whatever it costs, close the ferry', 'We will … close the ferry'), [["won't whatever it costs", 'will']]);
  assert.deepEqual(hunks('We will never close the ferry in winter', '… close the ferry in winter'), [['we will never', '']]);
  // The clause or sentence left out holds the negation, not the words kept.
  assert.equal(relate('The ferry will run every hour, and nobody should doubt that, from the old pier', 'The ferry will run every hour … from the old pier').relation, 'same');
  assert.equal(relate('The ferry will run. No storm will stop it. Tickets will cost two euros', 'The ferry will run … Tickets will cost two euros').relation, 'same');
  // A version that keeps the negation at its cut is a fair cut.
  assert.equal(relate('We will not, in any season, close the ferry', 'We will not … close the ferry').relation, 'same');
  const [full, cut] = [quoteWords('We will not, in any season, close the ferry'), quoteWords('We will [ever] close the ferry')];
  assert.deepEqual(negationCut(align(full, cut).hunks[0], full, cut), { negation: 'not', mark: '[ever]' });
  assert.deepEqual(negationCut(align(cut, full).hunks[0], cut, full), { negation: 'not', mark: '[ever]' });
  // An insertion in the version with the negation excuses no other words put in its place.
  const [inserted, other] = [quoteWords("If they [the council] don't fund the pier this year, the ferry will stop"), quoteWords('To fund the pier this year, the ferry will stop')];
  assert.deepEqual(hunks(inserted.text, other.text), [["if they don't", 'to']]);
  assert.deepEqual(negationCut(align(inserted, other).hunks[0], inserted, other), { negation: "don't" });
  // A cut-down at an end is no difference, whatever the fuller version's insertions.
  assert.equal(relate("It [the council] won't fund the pier this year", 'fund the pier this year').relation, 'same');
});

test('an opening hedge or condition left out where the rest is printed as the whole sentence is a difference', () => {
  assert.deepEqual(hunks('In some cases, the ferries ran late all winter', 'The ferries ran late all winter'), [['in some cases', '']]);
  assert.deepEqual(hunks('If the storms go on, the ferries will stop in March', 'The ferries will stop in March'), [['if the storms go on', '']]);
  // No qualifier, the rest printed as a partial quote, or a clause or sentence before it: a fair trim.
  assert.equal(relate('But the ferries ran late all winter', 'The ferries ran late all winter').relation, 'same');
  assert.equal(relate('In some cases, the ferries ran late all winter', 'the ferries ran late all winter').relation, 'same');
  assert.equal(relate('which is not only sad, I think the ferries ran late all winter', 'The ferries ran late all winter').relation, 'same');
  assert.equal(relate('It may be so -- the ferries ran late all winter', 'The ferries ran late all winter').relation, 'same');
});

test('a closing condition left out where the rest is printed as the whole sentence is a difference', () => {
  assert.deepEqual(hunks('The ferry will not run in winter unless the council pays for a new pier', 'The ferry will not run in winter.'), [['unless the council pays for a new pier', '']]);
  assert.deepEqual(hunks('The ferry will run every hour as long as the pier holds.', 'The ferry will run every hour!'), [['as long as the pier holds', '']]);
  // An ellipsis, the rest printed as a partial quote, or a clause or sentence after it: a fair trim.
  assert.equal(relate('The ferry will not run in winter unless the council pays for a new pier', 'The ferry will not run in winter …').relation, 'same');
  assert.equal(relate('The ferry will not run in winter unless the council pays for a new pier', 'The ferry will not run in winter').relation, 'same');
  assert.equal(relate('The ferry will not run in winter. If the council pays, it will', 'The ferry will not run in winter.').relation, 'same');
  assert.equal(relate('The ferry will not run in winter, not from the old pier', 'The ferry will not run in winter.').relation, 'same');
});

test('a short version with an ellipsis, matched whole, is a cut-down however few content words it keeps', () => {
  assert.equal(relate('I will gladly, after all these years, retire over this', 'I will … retire over this').relation, 'same');
  assert.deepEqual(hunks('I will not, under any circumstances, retire over this', 'I will … retire over this'), [['not under any circumstances', '']]);
  // Without the ellipsis, so few content words make no quote of it.
  assert.equal(relate('I will gladly, after all these years, retire over this', 'I will retire over this').relation, 'unrelated');
  assert.equal(align(quoteWords('I will gladly, after all these years, retire over this'), quoteWords('I will … retire over this'), STRICT).relation, 'unrelated');
});

test('one part matched where a phrase repeats is still a cut-down', () => {
  const whole = 'There is no date yet, but the interest is clear. The interest is shared by both ports';
  assert.equal(relate(whole, 'The interest is shared by both ports').relation, 'same');
  assert.equal(relate('There is no date yet, but the interest is clear', whole).relation, 'same');
});

test('versions overlapping as parts of one statement agree', () => {
  assert.equal(relate('The ferry will run every hour from the old pier', 'every hour from the old pier, and tickets will cost two euros').relation, 'same');
});

test('a changed word, number or dropped clause inside the quote is a difference, shown as a hunk', () => {
  assert.deepEqual(hunks(FULL, FULL.replace('two', 'three')), [['2', '3']]);
  assert.deepEqual(hunks(FULL, FULL.replace(', and tickets will cost', ' and will cost')), [['tickets', '']]);
  assert.deepEqual(hunks('The ferry will run every hour, weather permitting, from the old pier', 'The ferry will run every hour from the old pier'), [
    ['weather permitting', ''],
  ]);
  assert.equal(relate(FULL, FULL.replace('two', 'three')).relation, 'differs');
});

test('a short quote with a word or two changed, no run of four left, still differs rather than being unrelated', () => {
  assert.deepEqual(hunks('I built this business with my hands', 'I built this company with my own hands'), [['business with my', 'company with my own']]);
  // Most of its words must match: a shared opening of three and little else is another quote.
  assert.equal(relate('We will not back down on taxes', 'We will not raise taxes this year').relation, 'unrelated');
  assert.equal(relate('I built this business to last', 'I built this house with care').relation, 'unrelated');
});

test('versions of six words or more that match but for one word differ, however few content words they share', () => {
  assert.deepEqual(hunks('We would be stupid not to learn from it', 'We would be foolish not to learn from it'), [['stupid', 'foolish']]);
  assert.deepEqual(hunks('I think it is a good thing', 'I think it is a bad thing'), [['good', 'bad']]);
  // Shorter versions, another speaker, or a similarity above the share matched keep them apart.
  assert.equal(relate('We would be so happy', 'We would be so glad').relation, 'unrelated');
  assert.equal(align(quoteWords('We would be stupid not to learn from it'), quoteWords('We would be foolish not to learn from it'), STRICT).relation, 'unrelated');
  assert.equal(align(quoteWords('I think it is a good thing'), quoteWords('I think it is a bad thing'), { ...NORMAL, minShare: 0.9 }).relation, 'unrelated');
});

test('words that differ only in one word written as two are no difference', () => {
  assert.equal(relate('You paid into the fund for years and years', 'You paid in to the fund for years and years').relation, 'same');
});

test('a contraction and the words it stands for are no difference: `can\'t`, `cannot`; `it\'s`, `it is`', () => {
  const said = 'We cannot keep pouring money into the pier, it is over';
  assert.equal(relate(said, 'We can’t keep pouring money into the pier, it’s over').relation, 'same');
  assert.equal(relate(said, 'We can not keep pouring money into the pier, it is over').relation, 'same');
  // `it's been` is read `it is been`: against `it has been` it differs, as does any other word.
  assert.deepEqual(hunks('It has been a hard year for the pier', 'It’s been a hard year for the pier'), [['it has', "it's"]]);
  // Any word's `'s` where another version prints `is`: `nobody's going`, `nobody is going`.
  assert.equal(relate('Nobody is going to ride this ferry in winter', 'Nobody’s going to ride this ferry in winter').relation, 'same');
  assert.deepEqual(hunks('Nobody was going to ride this ferry in winter', 'Nobody’s going to ride this ferry in winter'), [['nobody was', "nobody's"]]);
  assert.deepEqual(hunks(said, said.replace('keep', 'continue')), [['keep', 'continue']]);
});

test('versions that share only scattered or stock words are unrelated', () => {
  assert.equal(relate('The people of this city deserve to see the full budget today', 'The council must release the budget to the people now').relation, 'unrelated');
  assert.equal(relate('Thank you', 'Thank you').relation, 'unrelated');
  assert.equal(relate('', FULL).relation, 'unrelated');
});

test('the strict test for different speakers needs more than a short shared phrase', () => {
  const short = 'We will win this race';
  assert.equal(relate(short, short).relation, 'same');
  assert.equal(align(quoteWords(short), quoteWords(short), STRICT).relation, 'unrelated');
  assert.equal(align(quoteWords(FULL), quoteWords(FULL), STRICT).relation, 'same');
  // All of a cut-down of six words or more is enough: `The ferry will run every hour`.
  assert.equal(align(quoteWords(FULL), quoteWords('The ferry will run every hour'), STRICT).relation, 'same');
  assert.equal(align(quoteWords(FULL), quoteWords('The ferry will run every day'), STRICT).relation, 'unrelated');
});

test('the share of the shorter version that must match is the similarity; a long run links versions whatever it is', () => {
  // 13 and 12 words; 6 of them matched ("will run every hour", "the island"): a share of one half.
  const [ours, theirs] = [quoteWords('Our ferries will run every hour from the old pier to the island'), quoteWords('The boats will run every hour between the harbour and the island')];
  const at = (minShare: number) => align(ours, theirs, { ...NORMAL, minShare }).relation;
  assert.deepEqual([at(0.3), at(0.5), at(6 / 12), at(0.51), at(1)], ['differs', 'differs', 'differs', 'unrelated', 'unrelated']);
  // Two parts of one statement: a run of ten words, well short of all of either version.
  const longRun = align(quoteWords(FULL), quoteWords('He said the ferry will run every hour from the old pier if the weather allows'), { ...NORMAL, minShare: 1 });
  assert.notEqual(longRun.relation, 'unrelated');
});

test('either way: the order that shows fewer differences, found without aligning twice where no run is in doubt', () => {
  // A moved phrase is one change in one order and two in the other.
  const [a, b] = [quoteWords('the port opens in March and the ferries run daily'), quoteWords('the ferries run daily and the port opens in March')];
  assert.ok(alignEitherWay(a, b).hunks.length <= Math.min(align(a, b).hunks.length, align(b, a).hunks.length));
  // Few words, often repeated: runs as long as one another, anywhere.
  const version = fc.array(fc.constantFrom('the', 'port', 'ferry', 'will', 'run', 'daily', 'and'), { minLength: 1, maxLength: 14 }).map((w) => quoteWords(w.join(' ')));
  fc.assert(
    fc.property(version, version, (x, y) => {
      const forward = align(x, y, { ...NORMAL, minContent: 1 });
      const reversed = align(y, x, { ...NORMAL, minContent: 1 });
      const best = forward.relation === 'differs' && reversed.relation !== 'unrelated' && reversed.hunks.length < forward.hunks.length ? swapped(reversed) : forward;
      assert.deepEqual(alignEitherWay(x, y, { ...NORMAL, minContent: 1 }), best);
    }),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
  );
});
