import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isSeedFileName, packSeeds, readBundleFile, readBundleFolder } from './format';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

test('file form: seeds in order, each text from the line after its header', () => {
  const text = '# a comment\n=== 000_aa.txt\nFirst\nline two\n==> some/dir/001_bb.txt <==\nSecond\n';
  const bundle = readBundleFile('b.seeds', text);
  assert.deepEqual(bundle.seeds.map((s) => [s.name, s.text]), [['000_aa.txt', 'First\nline two\n'], ['001_bb.txt', 'Second\n']]);
  assert.equal(text.slice(bundle.seeds[1].offset, bundle.seeds[1].offset + 6), 'Second');
  assert.deepEqual(bundle.seeds[0].header, { start: 12, end: 26 });
  assert.deepEqual(bundle.problems, []);
});

test('file form: CRLF and lone CR line ends', () => {
  const crlf = readBundleFile('b.seeds', '=== 000_aa.txt\r\nOne\r\n=== 001_bb.txt\r\nTwo');
  assert.deepEqual(crlf.seeds.map((s) => s.text), ['One\r\n', 'Two']);
  const cr = readBundleFile('b.seeds', '=== 000_aa.txt\rOne\r=== 001_bb.txt\rTwo\r');
  assert.deepEqual(cr.seeds.map((s) => [s.name, s.text]), [['000_aa.txt', 'One\r'], ['001_bb.txt', 'Two\r']]);
});

test('file form: a byte order mark before a header (kept by an editor, or joined in by cat) loses no seed', () => {
  const bundle = readBundleFile('b.seeds', '\uFEFF=== 000_aa.txt\nOne\n\uFEFF==> x/001_bb.txt <==\nTwo\n');
  assert.deepEqual(bundle.seeds.map((s) => [s.name, s.text]), [['000_aa.txt', 'One\n'], ['001_bb.txt', 'Two\n']]);
  assert.deepEqual(bundle.problems, []);
});

test('file form: a separator of equals signs is text, not a header', () => {
  const bundle = readBundleFile('b.seeds', '=== 000_aa.txt\n==========\nText\n');
  assert.equal(bundle.seeds.length, 1);
  assert.equal(bundle.seeds[0].text, '==========\nText\n');
});

test('file form: two seeds with one name is an error naming both lines', () => {
  const bundle = readBundleFile('b.seeds', '=== 000_aa.txt\nA\n=== 000_aa.txt\nB\n');
  const dup = bundle.problems.filter((p) => p.code === 'seed-duplicate');
  assert.equal(dup.length, 1);
  assert.equal(dup[0].fatal, true);
  assert.deepEqual(dup[0].span, { start: 17, end: 31 });
  assert.deepEqual(dup[0].related[0].span, { start: 0, end: 14 });
  assert.equal(bundle.seeds.length, 2, 'nothing is dropped');
});

test('file form: a header without a name, an odd name, an empty seed, no seeds', () => {
  const nameless = readBundleFile('b.seeds', '===\nText\n');
  assert.deepEqual(nameless.problems.map((p) => [p.code, p.fatal, p.message]), [['seed-format', true, 'seed header without a name']]);
  const odd = readBundleFile('b.seeds', '=== notes.md\nText\n');
  assert.deepEqual(odd.problems.map((p) => [p.code, p.fatal]), [['seed-format', false]]);
  const empty = readBundleFile('b.seeds', '=== 000_aa.txt\n\n=== 001_bb.txt\nB\n');
  assert.deepEqual(empty.problems.map((p) => [p.code, p.message]), [['seed-format', 'seed 000_aa.txt is empty']]);
  // Empty as trim() has it: no-break spaces, a byte order mark and a line separator are space; a zero-width space is not.
  const blank = readBundleFile('b.seeds', '=== 000_aa.txt\n\u00a0\ufeff\u2028\t \n=== 001_bb.txt\n\u200b\n');
  assert.deepEqual(blank.problems.map((p) => p.message), ['seed 000_aa.txt is empty']);
  const none = readBundleFile('b.seeds', 'just some text\n');
  assert.deepEqual(none.problems.map((p) => [p.code, p.fatal]), [['seed-format', true]]);
});

test('folder form: only seed files, in ordinal order', () => {
  const bundle = readBundleFolder('dir', [
    { name: '010_cc.txt', file: 'dir/010_cc.txt', text: 'C' },
    { name: 'notes.txt', file: 'dir/notes.txt', text: 'x' },
    { name: '002_aa.txt', file: 'dir/002_aa.txt', text: 'A' },
    { name: '0003_bb.txt', file: 'dir/0003_bb.txt', text: 'B' },
  ]);
  assert.deepEqual(bundle.seeds.map((s) => s.name), ['002_aa.txt', '0003_bb.txt', '010_cc.txt']);
  assert.ok(bundle.seeds.every((s) => s.offset === 0 && s.header === undefined));
  assert.equal(readBundleFolder('dir', []).problems[0].fatal, true);
});

test('seed file names', () => {
  assert.ok(isSeedFileName('003_19b504dd35637c16.txt'));
  assert.ok(isSeedFileName('1234_ab.txt'));
  assert.ok(!isSeedFileName('03_ab.txt'));
  assert.ok(!isSeedFileName('003_AB.txt'));
  assert.ok(!isSeedFileName('readme.txt'));
});

/** Seed text that no reader takes for a header: lines never start with `===` or `==>`. */
const seedText = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('', '"quoted"', '“curly”', '= x', '== y')), { maxLength: 6 })
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.map((l) => l.replace(/[\r\n]/g, ' ')).join(eol)))
  .filter((text) => !/(^|[\r\n])(===|==>)/.test(text));

const seedNames = fc.uniqueArray(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.stringMatching(/^[0-9a-f]{1,16}$/)).map(([n, id]) => `${String(n).padStart(3, '0')}_${id}.txt`),
  { minLength: 1, maxLength: 8 },
);

test('pack then read gives back every seed text (a final newline added where missing)', () => {
  fc.assert(
    fc.property(seedNames, fc.array(seedText, { minLength: 8, maxLength: 8 }), (names, texts) => {
      const seeds = names.map((name, i) => ({ name, text: texts[i] }));
      const read = readBundleFile('b.seeds', packSeeds(seeds));
      assert.deepEqual(
        read.seeds.map((s) => [s.name, s.text]),
        seeds.map((s) => [s.name, /[\r\n]$/.test(s.text) ? s.text : `${s.text}\n`]),
      );
      assert.ok(read.problems.every((p) => p.code === 'seed-format' && !p.fatal), 'only empty-seed warnings');
    }),
    { numRuns: RUNS },
  );
});

test('reading never throws and every seed lies inside the text, in order', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      const read = readBundleFile('b.seeds', text);
      let last = 0;
      for (const seed of read.seeds) {
        assert.ok(seed.offset >= last && seed.offset + seed.text.length <= text.length);
        assert.equal(text.slice(seed.offset, seed.offset + seed.text.length), seed.text);
        last = seed.offset + seed.text.length;
      }
    }),
    { numRuns: RUNS },
  );
});
