import test from 'node:test';
import assert from 'node:assert/strict';
import { push, sameItems } from './collections';

test('push makes a key\'s list on its first value and adds to it after', () => {
  const map = new Map<string, number[]>();
  push(map, 'a', 1);
  push(map, 'a', 2);
  push(map, 'b', 3);
  assert.deepEqual([...map], [['a', [1, 2]], ['b', [3]]]);
});

test('sameItems: the same objects in the same order, not equal copies', () => {
  const [x, y] = [{ n: 1 }, { n: 2 }];
  assert.equal(sameItems([x, y], [x, y]), true);
  assert.equal(sameItems([], []), true);
  assert.equal(sameItems([x, y], [y, x]), false);
  assert.equal(sameItems([x], [x, y]), false);
  assert.equal(sameItems([x], [{ n: 1 }]), false);
});
