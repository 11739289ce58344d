import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { KeyIndex } from './keys';

interface Item {
  name: string;
  keys: string[];
  order: number;
}

const item = (name: string, keys: string, order: number): Item => ({ name, keys: keys.split(' '), order });
const byName = (x: Item, y: Item) => x.name < y.name;
const names = (items: Item[]) => items.map((x) => x.name).sort();
/** An item that changed for several keys is listed once for each. */
const distinct = (items: Item[]) => [...new Set(names(items))];

function indexOf(maxHubs: number, minShared: number, items: Item[]): KeyIndex<Item> {
  const index = new KeyIndex<Item>(maxHubs, minShared, byName);
  for (const x of items) index.add(x, x.keys, x.order);
  return index;
}

test('items that share two keys, or every key the one with fewer has, are candidates', () => {
  const a = item('a', 'k1 k2 k3', 1);
  const b = item('b', 'k2 k3 k4', 2);
  const c = item('c', 'k3 k5', 3);
  const d = item('d', 'k5', 4);
  const index = indexOf(8, 2, [a, b, c, d]);
  assert.deepEqual(names(index.candidates(a, () => true)), ['b']);
  assert.deepEqual(names(index.candidates(c, () => true)), ['d']);
  assert.deepEqual(names(index.candidates(d, () => true)), ['c']);
  assert.deepEqual(names(index.candidates(b, (x) => x !== a)), []);
});

test('through a key held by more items than maxHubs, an item meets the hubs, and a hub meets all', () => {
  // Nine items share two keys; the hubs are the three first in order.
  const items = Array.from({ length: 9 }, (_, i) => item(`i${i}`, 'common phrase', i));
  const index = indexOf(3, 2, items);
  assert.deepEqual(names(index.candidates(items[8], () => true)), ['i0', 'i1', 'i2']);
  assert.equal(index.candidates(items[0], () => true).length, 8);
  // An item of its own that shares both keys with one of the rest still meets only the hubs,
  // unless a key of its own links it: then it counts every key they share.
  const late = item('late', 'common phrase rare', 9);
  const partner = item('partner', 'common phrase rare', 8);
  index.add(partner, partner.keys, partner.order);
  index.add(late, late.keys, late.order);
  assert.deepEqual(names(index.candidates(late, () => true)), ['i0', 'i1', 'i2', 'partner']);
});

test('adding a hub reports the hub it puts out, and removing one the item that takes its place', () => {
  const items = Array.from({ length: 4 }, (_, i) => item(`i${i}`, 'k', 10 + i));
  const index = indexOf(2, 1, items);
  const first = item('first', 'k', 0);
  assert.deepEqual(names(index.add(first, first.keys, first.order)), ['i1']);
  assert.deepEqual(names(index.remove(first)), ['i1']);
  assert.deepEqual(names(index.remove(items[3])), []);
  assert.ok(!index.has(first) && index.has(items[0]));
});

/** The definition, item by item: hubs of a key are its first maxHubs items in order. */
function expected(items: Item[], maxHubs: number, minShared: number, x: Item): string[] {
  const before = (p: Item, q: Item) => p.order < q.order || (p.order === q.order && byName(p, q));
  const hubsOf = (key: string) =>
    items
      .filter((y) => y.keys.includes(key))
      .sort((p, q) => (before(p, q) ? -1 : 1))
      .slice(0, maxHubs);
  return names(
    items.filter((y) => {
      if (y === x) return false;
      const shared = x.keys.filter((k) => y.keys.includes(k));
      const met = shared.some((k) => hubsOf(k).includes(x) || hubsOf(k).includes(y));
      return met && shared.length >= Math.max(1, Math.min(minShared, x.keys.length, y.keys.length));
    }),
  );
}

test('candidates, links and hubs depend on the items held, not on the order they came and went in', () => {
  const keys = ['a', 'b', 'c', 'd', 'e'];
  const anItem = fc.record({ keys: fc.uniqueArray(fc.constantFrom(...keys), { minLength: 1, maxLength: 4 }), order: fc.integer({ min: 0, max: 5 }) });
  fc.assert(
    fc.property(fc.array(anItem, { minLength: 1, maxLength: 14 }), fc.array(fc.nat(), { maxLength: 10 }), fc.integer({ min: 1, max: 4 }), (specs, removals, maxHubs) => {
      const items = specs.map((s, i) => ({ name: `x${i}`, ...s }));
      const index = new KeyIndex<Item>(maxHubs, 2, byName);
      const held: Item[] = [];
      const hubStatus = () => new Map(held.map((x) => [x, x.keys.map((k) => isHub(held, maxHubs, x, k))]));
      // The items held before and after whose hub status of some key became `became`.
      const changed = (before: Map<Item, boolean[]>, after: Map<Item, boolean[]>, became: boolean) =>
        names([...after].filter(([x, hubs]) => before.has(x) && hubs.some((h, k) => h === became && before.get(x)![k] !== became)).map(([x]) => x));
      for (const x of items) {
        const before = hubStatus();
        held.push(x);
        assert.deepEqual(distinct(index.add(x, x.keys, x.order)), changed(before, hubStatus(), false));
      }
      for (const r of removals) {
        if (held.length === 0) break;
        const before = hubStatus();
        const [x] = held.splice(r % held.length, 1);
        assert.deepEqual(distinct(index.remove(x)), changed(before, hubStatus(), true));
      }
      for (const x of held) {
        const found = expected(held, maxHubs, 2, x);
        assert.deepEqual(names(index.candidates(x, () => true)), found);
        assert.deepEqual(names(held.filter((y) => y !== x && index.linked(x, y))), found);
      }
    }),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
  );
});

function isHub(items: Item[], maxHubs: number, x: Item, key: string): boolean {
  const before = (p: Item, q: Item) => p.order < q.order || (p.order === q.order && byName(p, q));
  return items
    .filter((y) => y.keys.includes(key))
    .sort((p, q) => (before(p, q) ? -1 : 1))
    .slice(0, maxHubs)
    .includes(x);
}

test('an item removed from one index leaves the keys of items with its number in another as they were', () => {
  // Both indexes number their first item 0, and a key held by one item is a list shared by every key so held.
  const a = item('a', 'k1 k2', 1);
  const first = indexOf(8, 1, [a]);
  const b = item('b', 'k9', 1);
  const second = indexOf(8, 1, [b]);
  first.remove(a);
  const c = item('c', 'k9', 2);
  second.add(c, c.keys, c.order);
  assert.deepEqual(names(second.candidates(c, () => true)), ['b']);
  assert.deepEqual(names(second.candidates(b, () => true)), ['c']);
});
