// The format reader over generated and mutated bundles: it never throws and never loses a
// character (every one is in the preamble, a header, or a seed), in both forms.
import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isSeedFileName, readBundleFile, readBundleFolder } from '../bundle/format';
import { fuzzParameters } from './budget';
import { bundle, folderFiles, mutatedBundle } from './generate';
import { checkFileReading, checkFolderReading } from './invariants';

test('reader: generated file form: every seed as written, every character kept', () => {
  fc.assert(
    fc.property(bundle, (generated) => {
      const read = readBundleFile('b.seeds', generated.text);
      checkFileReading(generated.text, read);
      assert.deepEqual(
        read.seeds.map((s) => s.name),
        generated.seeds.map((s) => s.name.trim().split(/[\\/]/).pop()),
        'one seed per header, named by its last path part',
      );
      read.seeds.forEach((seed, i) => {
        const text = seed.text.replace(/\r\n|\r/g, '\n');
        const written = generated.seeds[i].lines.map((line) => `${line}\n`).join('');
        const last = i === read.seeds.length - 1;
        assert.ok(text === written || (last && `${text}\n` === written), `seed ${i}: not the lines written`);
      });
      const fatal = read.problems.filter((p) => p.fatal).map((p) => p.code);
      const names = read.seeds.map((s) => s.name).filter(Boolean); // a header without a name is a problem of its own
      assert.equal(fatal.includes('seed-duplicate'), new Set(names).size < names.length, 'a duplicate name is fatal, and only then');
    }),
    fuzzParameters('reader: generated file form'),
  );
});

test('reader: mutated file form: never throws, every character kept', () => {
  fc.assert(
    fc.property(mutatedBundle, (text) => checkFileReading(text, readBundleFile('b.seeds', text))),
    fuzzParameters('reader: mutated file form'),
  );
});

test('reader: folder form: every seed file read as it is, the others left out', () => {
  fc.assert(
    fc.property(folderFiles, (files) => {
      const placed = files.map((f) => ({ ...f, file: `dir/${f.name}` }));
      checkFolderReading(placed, readBundleFolder('dir', placed), isSeedFileName);
    }),
    fuzzParameters('reader: folder form'),
  );
});
