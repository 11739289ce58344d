// The limits at CI size: a 5 MB bundle, a line of 100,000 characters, 5,000 unbalanced quote marks,
// a folder of 1,000 seeds, each through `analyze`, `check` and the real server. Correctness only:
// time and memory at full size are measure.ts's (see RESULTS.md), speed is the benchmarks'.
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSymbol, Hover } from 'vscode-languageserver-types';
import { readBundleFile } from '../bundle/format';
import { Io, main } from '../cli';
import { checkBundleJson } from '../fuzz/invariants';
import { startTestServer } from '../testing/lspClient';
import { bigBundle, longLine, manySeeds, seedName, unbalancedMarks, writeFolder } from './cases';

/** How long the server may take over one answer at these sizes before the test calls it stuck. */
const ANSWER_MS = 120_000;

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), stdin: () => Buffer.alloc(0) };
  return { code: main(args, io), out, err };
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'seed-bundle-limits-'));
}

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: nothing in ${ANSWER_MS} ms`)), ANSWER_MS))),
  ]);
}

/**
 * `analyze` and `check` on a path: exit 0 (check: 0 or 1), one article per seed, and every range
 * of the JSON inside its file and showing the quote or name it stands for. `check` runs the same
 * analysis again; the 5 MB case leaves it out to keep CI short.
 */
function throughTheCommand(target: string, texts: Map<string, string>, seeds: number, { check } = { check: true }) {
  const analyzed = run(['analyze', target]);
  assert.equal(analyzed.code, 0, analyzed.err);
  const [bundle] = JSON.parse(analyzed.out).bundles;
  assert.equal(bundle.articles.length, seeds, 'one article per seed');
  const documents = new Map([...texts].map(([file, text]) => [file, TextDocument.create(file, 'seed-bundle', 0, text)]));
  checkBundleJson(bundle, (file) => documents.get(file));
  if (!check) return bundle;
  const checked = run(['check', target]);
  assert.ok(checked.code === 0 || checked.code === 1, checked.err);
  assert.match(checked.out, new RegExp(`^${bundle.diagnostics.length} problems?$`, 'm'), 'check reports what analyze found');
  return bundle;
}

/** The server opens the document, publishes its diagnostics, outlines it and answers a hover. */
async function throughTheServer(uri: string, text: string, articles: number, hoverAt: { line: number; character: number }) {
  const server = await startTestServer();
  try {
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed-bundle', version: 1, text } });
    await within(server.diagnosticsFor(uri, (p) => p.version === 1), 'diagnostics');
    const symbols = await within(server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }), 'outline');
    assert.equal(symbols.length, articles, 'one outline symbol per article of the document');
    await within(server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: hoverAt }), 'hover');
    assert.equal(server.process.exitCode, null);
  } finally {
    await server.stop();
  }
}

test('a 5 MB bundle: every seed read by analyze and the server', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'big.seeds');
  const text = bigBundle(5_000_000);
  fs.writeFileSync(file, text);
  const seeds = readBundleFile(file, text).seeds.length;
  const bundle = throughTheCommand(file, new Map([[file, text]]), seeds, { check: false });
  assert.ok(bundle.quotes.length > seeds, 'quotes found throughout');
  await throughTheServer(pathToFileURL(file).href, text, seeds, { line: 1_000, character: 5 });
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a line of 100,000 characters: read, with quotes found along it, and a hover deep inside it answered', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'line.seeds');
  const text = longLine(100_000);
  fs.writeFileSync(file, text);
  const bundle = throughTheCommand(file, new Map([[file, text]]), 1);
  const lastQuote = Math.max(...bundle.quotes.map((q: { range: { end: { character: number } } }) => q.range.end.character));
  assert.ok(lastQuote > 90_000, `quotes found to the end of the line (the last ends at ${lastQuote})`);
  await throughTheServer(pathToFileURL(file).href, text, 1, { line: 4, character: 90_000 });
  fs.rmSync(dir, { recursive: true, force: true });
});

test('5,000 unbalanced quote marks in one paragraph: read, every range sound', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'marks.seeds');
  const text = unbalancedMarks(5_000);
  fs.writeFileSync(file, text);
  throughTheCommand(file, new Map([[file, text]]), 1);
  await throughTheServer(pathToFileURL(file).href, text, 1, { line: 3, character: 50_000 });
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a folder of 1,000 seeds: every seed read, diagnostics for every file that has some from one open seed, none left on those that have none', async () => {
  const dir = tempDir();
  const folder = path.join(dir, 'many');
  const files = manySeeds(1_000);
  writeFolder(folder, files);
  const analyzed = throughTheCommand(folder, new Map(files.map((f) => [path.join(folder, f.name), f.text])), 1_000);
  const server = await startTestServer();
  try {
    const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(files[0].name), languageId: 'seed-bundle', version: 1, text: files[0].text } });
    await within(server.diagnosticsFor(uriOf(files[0].name)), 'diagnostics of the open seed file');
    await within(server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uriOf(files[0].name) } }), 'outline'); // the publication has arrived
    // The last publication of each file: the first pass's diagnostics of a few dozen files, then the whole bundle's.
    const last = new Map(server.diagnostics.map((p) => [p.uri, p.diagnostics.length]));
    const withProblems = (analyzed.diagnostics as { file: string }[]).map((d) => pathToFileURL(d.file).href);
    assert.ok(withProblems.length > 100, 'the case gives many files diagnostics');
    const shown = [...last].filter(([, count]) => count > 0).map(([uri]) => uri);
    assert.deepEqual(shown.sort(), [...new Set(withProblems)].sort(), 'every file that has diagnostics, open or not, and no other');
    assert.ok(last.has(uriOf(files[0].name)), 'the open file, even without');
    const symbols = await within(server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf(files[500].name) } }), 'outline');
    assert.equal(symbols.length, 1);
  } finally {
    await server.stop();
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the limit cases are what they say: sizes, marks, names in order, the same text every run', () => {
  const big = bigBundle(200_000);
  assert.equal(bigBundle(200_000), big, 'deterministic');
  const seeds = readBundleFile('b.seeds', big);
  const textSize = seeds.seeds.reduce((sum, s) => sum + s.text.length, 0);
  assert.ok(textSize >= 200_000 && textSize - seeds.seeds[seeds.seeds.length - 1].text.length < 200_000, 'articles until the size is reached');
  assert.deepEqual(seeds.problems.filter((p) => p.fatal), []);
  assert.deepEqual(seeds.seeds.map((s) => s.name), seeds.seeds.map((_, i) => seedName(i)));
  const line = longLine(100_000).split('\n');
  assert.equal(Math.max(...line.map((l) => l.length)), 100_000);
  assert.equal((unbalancedMarks(5_000).match(/[”“«]/g) ?? []).length, 5_000);
  const folder = manySeeds(50);
  assert.equal(new Set(folder.map((f) => f.name)).size, 50);
  assert.ok(folder.every((f) => f.text.trim().length > 0));
});
