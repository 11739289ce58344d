import test from 'node:test';
import assert from 'node:assert/strict';
import { NICKNAMES } from './nicknames';

test('the short forms of given names: lower-case words, none the name itself, the ones news uses of politicians there', () => {
  assert.ok(NICKNAMES.size > 90);
  for (const [full, shorts] of NICKNAMES) {
    assert.match(full, /^[a-z]+$/);
    assert.ok(shorts.length > 0, full);
    for (const short of shorts) {
      assert.match(short, /^[a-z]+$/, `${full}: ${short}`);
      assert.notEqual(short, full);
    }
  }
  const pairs = [['joseph', 'joe'], ['richard', 'dick'], ['william', 'bill'], ['michael', 'mike'], ['james', 'jim'], ['robert', 'bob'], ['charles', 'chuck'], ['bernard', 'bernie'], ['lawrence', 'larry'], ['christopher', 'chris']];
  for (const [full, short] of pairs) assert.ok(NICKNAMES.get(full)?.includes(short), `${short} for ${full}`);
});

test('Spanish and Portuguese short forms of given names: Pepe for José, Paco and Chico for Francisco', () => {
  for (const [full, short] of [['jose', 'pepe'], ['francisco', 'paco'], ['francisco', 'chico'], ['ignacio', 'nacho'], ['dolores', 'lola']]) {
    assert.ok(NICKNAMES.get(full)?.includes(short), `${short} for ${full}`);
  }
});
