import test from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeBundle } from '../bundle/analyze';
import { readBundleFile } from '../bundle/format';
import { bundleJson } from '../features/json';
import { BundleView } from '../features/view';
import { assertDate, assertRange, checkAnalysis, checkBundleJson, checkEverything, checkFileReading, checkFeatures } from './invariants';

const FILE = 'file:///t/story.seeds';
const TEXT = [
  '# made up',
  '=== 000_aa.txt',
  'Harbour tunnel opens to traffic',
  '',
  'Mayor Ana Ruiz opened the tunnel on Monday in front of a large crowd of residents.',
  '"It is ours now, and it will stay open all night," Ruiz said after the ceremony.',
  '=== 001_bb.txt',
  'Tunnel opens',
  '',
  'The new harbour tunnel opened on Monday, Mayor Ana Ruiz said in a short speech.',
  '"It is ours now and it stays open at night," Ruiz said to the people who had come.',
  '',
].join('\n');

function fixture() {
  const read = readBundleFile(FILE, TEXT);
  const documents = new Map([[FILE, TextDocument.create(FILE, 'seed-bundle', 1, TEXT)]]);
  return { read, documents, analysis: analyzeBundle(read) };
}

test('a sound bundle passes every check', () => {
  const { read, documents, analysis } = fixture();
  checkFileReading(TEXT, read);
  const checked = checkEverything(read, documents);
  assert.ok(checked.quotes.length >= 2 && checked.people.length >= 1, 'the fixture exercises quotes and people');
  checkAnalysis(analysis);
});

test('the reader checks catch a lost character, a shifted seed and a header left in a seed', () => {
  const { read } = fixture();
  assert.throws(() => checkFileReading(`${TEXT}x`, read), /lost/);
  const shifted = { ...read, seeds: read.seeds.map((s, i) => (i === 1 ? { ...s, offset: s.offset + 1, text: s.text.slice(1) } : s)) };
  assert.throws(() => checkFileReading(TEXT, shifted), /more than a line end/);
  const swallowed = { ...read, seeds: [{ ...read.seeds[0], text: TEXT.slice(read.seeds[0].offset) }] };
  assert.throws(() => checkFileReading(TEXT, swallowed), /header line inside/);
});

test('the analysis checks catch a quote or a mention whose span is not its text, and spans outside the seed', () => {
  const quoteMoved = fixture().analysis;
  quoteMoved.quotes[0] = { ...quoteMoved.quotes[0], span: { start: quoteMoved.quotes[0].span.start + 1, end: quoteMoved.quotes[0].span.end + 1 } };
  assert.throws(() => checkAnalysis(quoteMoved), /quote is not the text at its span/);
  const mentionOut = fixture().analysis;
  mentionOut.people[0].mentions[0] = { ...mentionOut.people[0].mentions[0], span: { start: 5, end: 99_999 } };
  assert.throws(() => checkAnalysis(mentionOut), /outside/);
  const reversed = fixture().analysis;
  reversed.articles[0].anatomy.paragraphs = [...reversed.articles[0].anatomy.paragraphs].reverse();
  assert.throws(() => checkAnalysis(reversed), /paragraphs overlap or are out of order/);
});

test('the feature checks catch an outline child outside its article', () => {
  const { analysis, documents } = fixture();
  analysis.quotes[0] = { ...analysis.quotes[0], span: { start: 0, end: 3 } };
  const view = new BundleView(analysis, (file) => documents.get(file)!);
  assert.throws(() => checkFeatures(view), /range does not hold its text|outside/);
});

test('the JSON checks catch a missing key, a range past a line end and a mention that is not its text', () => {
  const { analysis, documents } = fixture();
  const docOf = (file: string) => documents.get(file);
  const json = bundleJson(new BundleView(analysis, (file) => documents.get(file)!));
  checkBundleJson(json, docOf);
  assert.throws(() => checkBundleJson({ ...json, quotes: 'none' }, docOf), /quotes is a list/);
  assert.throws(() => checkBundleJson({ ...json, quotes: undefined }, docOf), /round trip/);
  const pastEnd = { ...json.quotes[0], range: { start: { line: 4, character: 0 }, end: { line: 4, character: 500 } } };
  assert.throws(() => checkBundleJson({ ...json, quotes: [pastEnd] }, docOf), /past the end of line/);
  const person = json.people[0];
  const wrong = { ...person, mentions: [{ ...person.mentions[0], text: 'Somebody Else' }] };
  assert.throws(() => checkBundleJson({ ...json, people: [wrong] }, docOf), /does not hold its text/);
});

test('ranges and dates', () => {
  const doc = TextDocument.create('x', 'x', 0, 'ab\r\ncd');
  assertRange(doc, { start: { line: 0, character: 2 }, end: { line: 1, character: 2 } }, 'fine');
  assert.throws(() => assertRange(doc, { start: { line: 0, character: 3 }, end: { line: 1, character: 0 } }, 'x'), /past the end/);
  assert.throws(() => assertRange(doc, { start: { line: 1, character: 1 }, end: { line: 0, character: 0 } }, 'x'), /before it starts/);
  assert.throws(() => assertRange(doc, { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, 'x'), /outside 2 lines/);
  assertDate('2024-02-29', 'leap day');
  assertDate('2025-02', 'month');
  assert.throws(() => assertDate('2025-02-29', 'x'), /not a real day/);
  assert.throws(() => assertDate('2025-13', 'x'), /not a real day/);
  assert.throws(() => assertDate('25-02-01', 'x'), /not YYYY-MM-DD/);
});
