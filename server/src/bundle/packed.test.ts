import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PackedStrings } from './packed';

test('a packed string has its number; a string that only starts or ends like one has none', () => {
  const packed = new PackedStrings(
    new Map([
      ['the', 10],
      ['then', 20],
      ['Şule', 300],
      ['Ž', 65535],
    ]),
  );
  assert.deepEqual(
    ['the', 'then', 'Şule', 'Ž'].map((s) => packed.get(s)),
    [10, 20, 300, 65535],
  );
  for (const absent of ['th', 'them', 'he', 'thethen', '', 'Şul', 'Ž ', 'the\nthen']) assert.equal(packed.get(absent), 0, JSON.stringify(absent));
  assert.equal(packed.has('then'), true);
  assert.equal(packed.has('Then'), false);
  assert.equal(packed.size, 4);
});

test('a set of strings gives them back in the order given, each once', () => {
  const set = PackedStrings.of(['Okafor', 'Lund', 'Okafor', '', 'Leung']);
  assert.deepEqual([...set], ['Okafor', 'Lund', '', 'Leung']);
  assert.equal(set.size, 4);
  assert.equal(set.has(''), true);
  assert.equal(PackedStrings.of(['Lund']).has(''), false);
});

test('a string with a line feed, or a number out of 1 to 65,535, is refused', () => {
  assert.throws(() => PackedStrings.of(['a\nb']), RangeError);
  for (const number of [0, -1, 1.5, 65536]) assert.throws(() => new PackedStrings(new Map([['a', number]])), RangeError);
});

test('any strings: each has its number, and any other string none', () => {
  const word = fc.string({ maxLength: 8 }).filter((s) => !s.includes('\n'));
  fc.assert(
    fc.property(fc.dictionary(word, fc.integer({ min: 1, max: 0xffff }), { maxKeys: 200 }), fc.array(word, { maxLength: 50 }), (entries, others) => {
      const numbers = new Map(Object.entries(entries));
      const packed = new PackedStrings(numbers);
      for (const [string, number] of numbers) assert.equal(packed.get(string), number);
      for (const other of others) assert.equal(packed.get(other), numbers.get(other) ?? 0);
      assert.deepEqual([...packed], [...numbers.keys()]);
    }),
  );
});
