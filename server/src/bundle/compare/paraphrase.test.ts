import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { band, Candidate, ParaphraseIndex, paraphraseCandidate, paraphraseScore } from './paraphrase';
import { quoteWords } from './words';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

interface Made {
  article: string;
  index: number;
  source: string;
  speaker: string;
  quote: string;
  context: string[];
  position: number;
}

function candidate(made: Made): Candidate<Made> {
  return paraphraseCandidate(made, made, made.speaker, quoteWords(made.quote), { stems: made.context, position: made.position });
}

/** The scored pairs of an index's candidates, in words. */
function pairs(candidates: Candidate<Made>[]): string[] {
  const out = new Set<string>();
  for (const c of candidates) for (const [d, score] of c.pairs ?? []) out.add([c, d].map((x) => `${x.article}#${x.index}`).sort().join(' ~ ') + ` ${score.toFixed(9)}`);
  return [...out].sort();
}

test('two statements of one occasion are no pair where the words they share are the contexts\' words', () => {
  const base = { speaker: 'Mara Lind', position: 0.4, index: 0 };
  const cue = ['nordpress', 'agency', 'quot', 'ferry', 'harbour', 'strike'];
  const weight = () => 1;
  const ferries = candidate({ ...base, article: 'a', source: 'daily', quote: 'The ferries will run on Monday morning', context: cue });
  // `strike` is in both contexts and in this quote only: the occasion is one, the statements two.
  const strike = candidate({ ...base, article: 'b', source: 'herald', quote: 'Nobody wants this strike to go on', context: cue });
  assert.equal(paraphraseScore(ferries, strike, weight), 0);
  // `strike` is in both quotes, but both contexts hold it too: it names the occasion, not one statement.
  const jobs = candidate({ ...base, article: 'd', source: 'post', quote: 'This strike costs the shipyards their jobs', context: cue });
  assert.equal(paraphraseScore(strike, jobs, weight), 0);
  const strikeAgain = candidate({ ...base, article: 'c', source: 'post', quote: 'No one wants the strike to last', context: cue });
  assert.ok(paraphraseScore(strike, strikeAgain, weight) > 0);
});

test('bands are half a power of two wide', () => {
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 16].map(band), [-1, 0, 2, 3, 4, 4, 5, 5, 6, 6, 7, 8]);
});

test('two quotes of one speaker from two sources with a rare cue score as a pair; a common cue indexes nothing', () => {
  const index = new ParaphraseIndex<Made>();
  const base = { speaker: 'Mara Lind', position: 0.4 };
  const cue = ['nordpress', 'agency', 'quot', 'fare', 'ticket'];
  const made: Made[] = [
    { ...base, article: 'a', index: 0, source: 'daily', quote: 'One has to review what a ticket would cost and its price', context: cue },
    { ...base, article: 'b', index: 0, source: 'herald', quote: 'A review of the ticket price is needed', context: cue },
    // Another source's words make a pair with b, not with a from the same source; far away in the story, none.
    { ...base, article: 'c', index: 0, source: 'daily', quote: 'A review of the ticket price is needed', context: cue },
    { ...base, article: 'd', index: 0, source: 'post', quote: 'A review of the ticket price is needed', context: cue, position: 0.9 },
  ];
  // Others' quotes with other contexts, so that the cue's words are rare.
  for (let i = 0; i < 6; i++) made.push({ ...base, speaker: `Person ${i}`, article: `z${i}`, index: 0, source: 'wire', quote: 'Rents keep rising near the docks', context: [`word${i}`, 'said'] });
  const candidates = made.map(candidate);
  candidates.forEach((c) => index.add(c));
  index.settle();
  assert.deepEqual(pairs(candidates).map((p) => p.split(' ').slice(0, 3).join(' ')), ['a#0 ~ b#0', 'b#0 ~ c#0']);
  // In a bundle where every quote has this context, its words weigh too little to index anything.
  const common = new ParaphraseIndex<Made>();
  const alike = made.slice(0, 2).map((m) => candidate(m));
  for (let i = 0; i < 30; i++) alike.push(candidate({ ...made[0], article: `y${i}`, source: `s${i}`, speaker: `Other ${i}` }));
  alike.forEach((c) => common.add(c));
  common.settle();
  assert.equal(common.keyCount(alike[0]), 0);
  assert.deepEqual(pairs(alike), []);
});

// Made-up words. Quotes tell one of a few statements and contexts one of a few occasions, each
// with words of their own, so that pairs score and words fall in many bands.
const words = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);
const STATEMENT_WORDS = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => words(`s${i}x`, 5));
const OCCASION_WORDS = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => words(`o${i}x`, 5));
const OTHER_WORDS = words('w', 30);
const some = (from: string[], minLength: number) => fc.subarray(from, { minLength });
const made = fc.integer({ min: 0, max: 7 }).chain((story) =>
  fc.record({
    source: fc.constantFrom('daily', 'herald', 'post'),
    speaker: fc.constantFrom('Mara Lind', 'Mara Lind', 'Olof Berg'),
    quote: fc.tuple(some(STATEMENT_WORDS[story], 3), some(OTHER_WORDS, 0)).map(([told, other]) => ['we', ...told, ...other.slice(0, 3), 'the'].join(' ')),
    context: fc.tuple(some(OCCASION_WORDS[story], 4), some(OTHER_WORDS, 0)).map(([cue, other]) => [...cue, ...other.slice(0, 4)]),
    position: fc.constantFrom(0, 0.1, 0.2, 0.3, 0.9),
  }),
);

test('kept under additions and removals, the pairs are those a fresh index finds, and without a bound on hubs every pair that scores', (t) => {
  let scored = 0;
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }).map((n) => n > 0), made, fc.nat()), { minLength: 20, maxLength: 60 }), (steps) => {
      const index = new ParaphraseIndex<Made>();
      const live: Candidate<Made>[] = [];
      steps.forEach(([add, m, pick], i) => {
        if (add || live.length === 0) {
          const c = candidate({ ...m, article: `a${i}`, index: i % 3 });
          live.push(c);
          index.add(c);
        } else index.remove(live.splice(pick % live.length, 1)[0]);
        if (i % 3 !== 2) return;
        index.settle();
        const fresh = new ParaphraseIndex<Made>();
        const copies = live.map((c) => candidate(c.of));
        copies.forEach((c) => fresh.add(c));
        fresh.settle();
        assert.deepEqual(pairs(live), pairs(copies));
        // Every pair that scores enough is found where no key has more candidates than hubs: the index drops none.
        const unbounded = new ParaphraseIndex<Made>(undefined, Infinity);
        const all = live.map((c) => candidate(c.of));
        all.forEach((c) => unbounded.add(c));
        unbounded.settle();
        const weight = unbounded.weights();
        const scoring: string[] = [];
        all.forEach((c, x) =>
          all.slice(x + 1).forEach((d) => {
            if (c.speaker !== d.speaker || c.source === d.source || Math.abs(c.position - d.position) > 0.3) return;
            const [first, second] = c.article < d.article ? [c, d] : [d, c];
            const score = paraphraseScore(first, second, weight);
            if (score >= 3) scoring.push([c, d].map((y) => `${y.article}#${y.index}`).sort().join(' ~ ') + ` ${score.toFixed(9)}`);
          }),
        );
        assert.deepEqual(pairs(all), scoring.sort());
        scored += scoring.length;
      });
    }),
    { numRuns: RUNS },
  );
  t.diagnostic(`${scored} pairs scored`);
  assert.ok(scored > RUNS, 'pairs are scored in most runs');
});

test('when the number of candidates changes band, every pair is scored again', () => {
  const index = new ParaphraseIndex<Made>();
  const base = { speaker: 'Mara Lind', position: 0.4, index: 0 };
  const cue = ['nordpress', 'agency', 'quot', 'fare', 'ticket'];
  const made: Made[] = [
    { ...base, article: 'a', source: 'daily', quote: 'One has to review what a ticket would cost and its price', context: cue },
    { ...base, article: 'b', source: 'herald', quote: 'A review of the ticket price is needed', context: cue },
  ];
  for (let i = 0; i < 9; i++) made.push({ ...base, speaker: `Person ${i}`, article: `z${i}`, source: 'wire', quote: 'Rents keep rising near the docks', context: [`word${i}`] });
  const candidates = made.map(candidate);
  candidates.forEach((c) => index.add(c));
  index.settle();
  const before = pairs(candidates);
  // One more candidate in words of its own: 12 candidates are in another band than 11.
  assert.notEqual(band(12), band(11));
  const added = candidate({ ...base, speaker: 'Ines Dahl', article: 'y', source: 'post', quote: 'Quite other words said here', context: ['elsewhere'] });
  index.add(added);
  index.settle();
  const fresh = new ParaphraseIndex<Made>();
  const copies = [...made, added.of].map(candidate);
  copies.forEach((c) => fresh.add(c));
  fresh.settle();
  assert.deepEqual(pairs([...candidates, added]), pairs(copies));
  assert.notDeepEqual(pairs(copies), before);
});
