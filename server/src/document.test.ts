import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { readBundleFile, readBundleParts } from './bundle/format';
import { BUNDLE_DOCUMENTS, BundleDocument } from './document';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** Texts full of what headers, line ends and positions trip on. */
const pieces = fc.constantFrom('=== 000_aa.txt\n', '==> d/001_bb.txt <==\r\n', '===\n', '=== notes\r', '==', '=', '\uFEFF', '\n', '\r', '\r\n', ' ', 'Text', 'a', '“é”');
const texts = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));
const positions = fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 20 }) });
const changes: fc.Arbitrary<TextDocumentContentChangeEvent> = fc.oneof(
  { weight: 9, arbitrary: fc.record({ range: fc.record({ start: positions, end: positions }), text: texts }) },
  { weight: 1, arbitrary: fc.record({ text: texts }) },
);

/** Everything a caller can ask of a document, asked of both. */
function assertSame(ours: BundleDocument, theirs: TextDocument): void {
  const text = theirs.getText();
  assert.equal(ours.getText(), text);
  assert.equal(ours.lineCount, theirs.lineCount);
  assert.equal(ours.version, theirs.version);
  for (let offset = -1; offset <= text.length + 1; offset++) assert.deepEqual(ours.positionAt(offset), theirs.positionAt(offset), `positionAt(${offset})`);
  for (let line = -1; line <= theirs.lineCount; line++) {
    assert.deepEqual(ours.getLineRange(line), theirs.getLineRange(line), `getLineRange(${line})`);
    assert.equal(ours.getEOLCharacters(line), theirs.getEOLCharacters(line), `getEOLCharacters(${line})`);
    for (let character = -1; character <= 12; character++) {
      const position = { line, character };
      assert.equal(ours.offsetAt(position), theirs.offsetAt(position), `offsetAt(${JSON.stringify(position)})`);
      const range = { start: position, end: { line: line + 1, character: 2 } };
      assert.equal(ours.getText(range), theirs.getText(range), `getText(${JSON.stringify(range)})`);
    }
  }
  assert.deepEqual(readBundleParts('f.seeds', ours.parts), readBundleFile('f.seeds', text));
}

test('a document answers as the library TextDocument does, and reads as readBundleFile, after any edits', () => {
  fc.assert(
    fc.property(texts, fc.array(fc.array(changes, { minLength: 1, maxLength: 3 }), { maxLength: 6 }), (content, edits) => {
      const ours = BUNDLE_DOCUMENTS.create('file:///f.seeds', 'seed-bundle', 1, content);
      const theirs = TextDocument.create('file:///f.seeds', 'seed-bundle', 1, content);
      assertSame(ours, theirs);
      edits.forEach((batch, i) => {
        assert.equal(BUNDLE_DOCUMENTS.update(ours, batch, i + 2), ours);
        TextDocument.update(theirs, batch, i + 2);
        assertSame(ours, theirs);
      });
    }),
    { numRuns: RUNS },
  );
});

test('an edit cuts anew only the seed it touches: the parts of the others are kept', () => {
  const document = new BundleDocument('file:///f.seeds', 'seed-bundle', 1, '# notes\n=== 000_aa.txt\nOne\n=== 001_bb.txt\nTwo\n=== 002_cc.txt\nThree\n');
  const before = [...document.parts];
  document.update([{ range: { start: { line: 4, character: 1 }, end: { line: 4, character: 1 } }, text: 'w' }], 2);
  assert.deepEqual(readBundleParts('f.seeds', document.parts).seeds.map((s) => s.text), ['One\n', 'Twwo\n', 'Three\n']);
  assert.deepEqual(document.parts.map((part, i) => part === before[i]), [true, true, false, true]);
});

test('an edit that breaks or makes a header joins or cuts seeds', () => {
  const document = new BundleDocument('file:///f.seeds', 'seed-bundle', 1, '=== 000_aa.txt\nOne\n=== 001_bb.txt\nTwo\n');
  document.update([{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'x' }], 2);
  assert.deepEqual(readBundleParts('f.seeds', document.parts).seeds.map((s) => s.name), ['000_aa.txt']);
  document.update([{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } }, text: '' }], 3);
  assert.deepEqual(readBundleParts('f.seeds', document.parts).seeds.map((s) => [s.name, s.text]), [['000_aa.txt', 'One\n'], ['001_bb.txt', 'Two\n']]);
});

test('a document knows the line where its last change began', () => {
  const document = new BundleDocument('file:///f.seeds', 'seed-bundle', 1, '=== 000_aa.txt\nOne\n=== 001_bb.txt\nTwo\n');
  assert.equal(document.lastEditedLine, 0);
  const insert = (line: number, text: string) => ({ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text });
  document.update([insert(3, 'x')], 2);
  assert.equal(document.lastEditedLine, 3);
  document.update([insert(1, 'y'), insert(2, '\r\n')], 3);
  assert.equal(document.lastEditedLine, 2, 'of several changes, the last');
  document.update([{ text: 'all new\n' }], 4);
  assert.equal(document.lastEditedLine, 0);
});
