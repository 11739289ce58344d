import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Seed } from './bundle/model';
import { firstPassSeeds } from './firstPass';

/** A seed of `size` characters at `offset` of `file`. */
const seed = (name: string, file: string, offset: number, size: number): Seed => ({ name, file, offset, text: 'x'.repeat(size) });

/** A .seeds file of `count` seeds of 100 characters, each after a 20-character header. */
const fileForm = (count: number) => Array.from({ length: count }, (_, i) => seed(`${i}`, 'story.seeds', 20 + i * 120, 100));

const names = (seeds: Seed[]) => seeds.map((s) => s.name);

test('with no file open, the first seeds of the bundle, as many as the characters allow', () => {
  assert.deepEqual(names(firstPassSeeds(fileForm(10), new Map(), 300)), ['0', '1', '2']);
  assert.deepEqual(names(firstPassSeeds(fileForm(10), new Map(), 299)), ['0', '1']);
});

test('in an open file, the seed the user is in and those nearest it, in bundle order', () => {
  // Offset 660 is inside seed 5 (620–720): seed 4 ends 60 characters before it, seed 6 starts 80 after; then seeds 3 and 7.
  assert.deepEqual(names(firstPassSeeds(fileForm(10), new Map([['story.seeds', 660]]), 300)), ['4', '5', '6']);
  assert.deepEqual(names(firstPassSeeds(fileForm(10), new Map([['story.seeds', 660]]), 500)), ['3', '4', '5', '6', '7']);
  // At the end of the file: the last seeds.
  assert.deepEqual(names(firstPassSeeds(fileForm(10), new Map([['story.seeds', 1200]]), 200)), ['8', '9']);
});

test('in a folder, the seeds of the open files first, then those beside them, the earlier first', () => {
  const folder = ['000_a.txt', '001_b.txt', '002_c.txt', '003_d.txt', '004_e.txt', '005_f.txt'].map((name) => seed(name, `file:///story/${name}`, 0, 100));
  const openAt = (...names: string[]) => new Map(names.map((name) => [`file:///story/${name}`, 0]));
  assert.deepEqual(names(firstPassSeeds(folder, openAt('004_e.txt'), 200)), ['003_d.txt', '004_e.txt']);
  assert.deepEqual(names(firstPassSeeds(folder, openAt('004_e.txt'), 300)), ['003_d.txt', '004_e.txt', '005_f.txt']);
  assert.deepEqual(names(firstPassSeeds(folder, openAt('005_f.txt', '001_b.txt'), 200)), ['001_b.txt', '005_f.txt']);
  assert.deepEqual(names(firstPassSeeds(folder, openAt('005_f.txt', '001_b.txt'), 400)), ['000_a.txt', '001_b.txt', '002_c.txt', '005_f.txt']);
});

test('a seed longer than the characters allowed is read alone', () => {
  const seeds = [seed('big', 'f', 0, 1000), seed('small', 'f', 1000, 10)];
  assert.deepEqual(names(firstPassSeeds(seeds, new Map(), 100)), ['big']);
});

test('a bundle without seeds has none to read first', () => {
  assert.deepEqual(firstPassSeeds([], new Map([['f', 0]]), 100), []);
});

test('property: a first pass is some of the seeds, in bundle order, within the characters allowed unless it is one seed, and always the one the user is in', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 40 }), fc.nat(), fc.integer({ min: 1, max: 3000 }), (sizes, at, chars) => {
      let offset = 0;
      const seeds = sizes.map((size, i) => {
        const s = seed(`${i}`, 'f', offset, size);
        offset += size;
        return s;
      });
      const userAt = at % (offset + 1);
      const chosen = firstPassSeeds(seeds, new Map([['f', userAt]]), chars);
      const indexes = chosen.map((s) => seeds.indexOf(s));
      assert.ok(indexes.every((index, i) => index >= 0 && (i === 0 || index > indexes[i - 1])));
      const total = chosen.reduce((sum, s) => sum + s.text.length, 0);
      assert.ok(chosen.length === 1 || total <= chars);
      const inside = seeds.findIndex((s) => s.offset <= userAt && userAt < s.offset + s.text.length);
      if (inside >= 0) assert.ok(indexes.includes(inside));
    }),
  );
});
