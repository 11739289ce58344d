import test from 'node:test';
import assert from 'node:assert/strict';
import { appended, forgetOtherArticles, push, sameItems, sortedOverlap } from './collections';

test('push makes a key\'s list on its first value and adds to it after', () => {
  const map = new Map<string, number[]>();
  push(map, 'a', 1);
  push(map, 'a', 2);
  push(map, 'b', 3);
  assert.deepEqual([...map], [['a', [1, 2]], ['b', [3]]]);
});

test('appended gives a new list of the items while it is short, and grows the same list once it is long', () => {
  const short = [1, 2];
  const three = appended(short, 3);
  assert.deepEqual([short, three], [[1, 2], [1, 2, 3]]);
  let list: number[] = [];
  for (let i = 0; i < 8; i++) list = appended(list, i);
  assert.equal(appended(list, 8), list);
  assert.deepEqual(list, [0, 1, 2, 3, 4, 5, 6, 7, 8]);
});

test('sameItems: the same objects in the same order, not equal copies', () => {
  const [x, y] = [{ n: 1 }, { n: 2 }];
  assert.equal(sameItems([x, y], [x, y]), true);
  assert.equal(sameItems([], []), true);
  assert.equal(sameItems([x, y], [y, x]), false);
  assert.equal(sameItems([x], [x, y]), false);
  assert.equal(sameItems([x], [{ n: 1 }]), false);
});

test('sortedOverlap counts shared items of ascending lists, or stops below `atLeast` once it cannot be reached', () => {
  assert.equal(sortedOverlap([1, 3, 3, 5, 9], [3, 3, 4, 9], 0), 3);
  assert.equal(sortedOverlap(Int32Array.from([2, 4, 6]), [1, 2, 6, 7], 2), 2);
  assert.equal(sortedOverlap([], [1, 2], 0), 0);
  // Two shared at most are left after the first mismatches: short of 4, and said to be short.
  assert.ok(sortedOverlap([1, 2, 3], [2, 3], 4) < 4);
});

test('forgetOtherArticles deletes the entries of articles no longer given, and only those', () => {
  const byId = new Map([
    ['001_a', 1],
    ['002_b', 2],
    ['003_c', 3],
  ]);
  forgetOtherArticles(byId, [{ id: '001_a' }, { id: '003_c' }]);
  assert.deepEqual([...byId.keys()], ['001_a', '003_c']);
  byId.set('004_d', 4);
  forgetOtherArticles(byId, [{ id: '003_c' }, { id: '004_d' }]);
  assert.deepEqual([...byId.keys()], ['003_c', '004_d']);
});
