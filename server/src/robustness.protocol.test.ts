// The real server over stdio under traffic no good editor sends: unknown and malformed URIs,
// positions past the end, changes before an open, overlapping and out-of-order edits, cancelled
// requests, bytes that are not JSON-RPC, documents that are not bundles. Every request gets an
// answer or an error, the server keeps serving, and it never writes a file.
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource, ResponseError } from 'vscode-languageserver/node';
import { DocumentSymbol, Hover, Location, Position, Range } from 'vscode-languageserver-types';
import { startTestServer, TestServer } from './testing/lspClient';

const BUNDLE = [
  '# A made-up bundle',
  '=== 000_aa11.txt',
  ' date 2026-04-02  Harbour Post',
  'Ferry fares to rise in May',
  '',
  'Port chief Dana Mills said fares on all routes would rise next month.',
  '',
  '"Fares will go up by ten percent in May because fuel costs more," Dana Mills said.',
  '=== 001_bb22.txt',
  ' date 2026-04-02  Coast Daily',
  'Ferry fares will go up',
  '',
  'Port chief Dana Mills spoke to reporters on Monday.',
  '',
  '"Fares will go up by twelve percent in May because fuel costs more," Dana Mills said.',
  '',
].join('\n');

/** How long any one answer may take before the test calls it missing. */
const ANSWER_MS = 15_000;

type Answer = { result: unknown } | { error: ResponseError<unknown> };

/** A promise that must settle in time: a missing answer or notification fails the test instead of hanging it. */
async function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing in ${ANSWER_MS} ms`)), ANSWER_MS);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A request's answer or its error; a request left unanswered fails the test. */
function ask(server: TestServer, method: string, params: unknown, token?: CancellationTokenSource): Promise<Answer> {
  const sent = (token ? server.connection.sendRequest(method, params, token.token) : server.connection.sendRequest(method, params)).then(
    (result) => ({ result }),
    (error) => {
      assert.ok(error instanceof ResponseError, `${method}: not a JSON-RPC error: ${error}`);
      return { error };
    },
  );
  return within(sent, `${method} ${JSON.stringify(params)?.slice(0, 200)}`);
}

/**
 * The server's logged failures from now on: a handler that threw and was answered with its
 * fallback (`seed-bundle: hover failed: …`), or a notification handler that threw.
 */
function failuresOf(server: TestServer): string[] {
  const failures: string[] = [];
  server.connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
    if (/ failed/.test(p.message)) failures.push(p.message.split('\n')[0]);
  });
  return failures;
}

/** The server is alive and serves a bundle it has open. */
async function assertServing(server: TestServer, uri: string, articles: number): Promise<void> {
  const answer = await ask(server, 'textDocument/documentSymbol', { textDocument: { uri } });
  assert.ok('result' in answer, 'a final documentSymbol succeeds');
  assert.equal((answer.result as DocumentSymbol[]).length, articles);
  assert.equal(server.process.exitCode, null, 'the server is still running');
}

function open(server: TestServer, uri: string, text: string, version = 1, languageId = 'seed-bundle'): void {
  server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
}

/** Every request an editor may send about a document, at a position and over a range. */
function requestsAbout(uri: string, position: unknown, range: unknown): [string, unknown][] {
  const textDocument = { uri };
  return [
    ['textDocument/documentSymbol', { textDocument }],
    ['textDocument/foldingRange', { textDocument }],
    ['textDocument/hover', { textDocument, position }],
    ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
    ['textDocument/definition', { textDocument, position }],
    ['textDocument/documentHighlight', { textDocument, position }],
    ['textDocument/codeAction', { textDocument, range, context: { diagnostics: [{ range, message: 'x', code: 'quote-wording', source: 'seed-bundle' }] } }],
    ['textDocument/codeLens', { textDocument }],
    ['textDocument/inlayHint', { textDocument, range }],
    ['seedBundle/overview', { uri }],
    ['seedBundle/status', { uri }],
  ];
}

test('unknown, unreadable and malformed URIs, and documents that are not bundles: every request answered', async () => {
  const server = await startTestServer();
  const failures = failuresOf(server);
  try {
    const uris = [
      'file:///nowhere/at/all.seeds',
      'file:///nowhere/000_aa11.txt',
      'file:///tmp/%E0%A4%A/000_aa.txt',
      'file:///tmp/bad%ZZescape.seeds',
      'file:///tmp/100%25/000_aa.txt',
      'untitled:Untitled-1',
      'https://example.invalid/story.seeds',
      'file:///tmp/readme.md',
      'file:///tmp/notes.txt',
      'not a uri',
      '',
    ];
    open(server, 'file:///tmp/readme.md', '# Not a bundle\n\n"A quote," said Dana Mills.\n', 1, 'markdown');
    open(server, 'file:///tmp/empty.seeds', '');
    open(server, 'file:///tmp/binary.seeds', '\u0000\u0001\u0002=== \u0000');
    open(server, 'file:///tmp/%E0%A4%A/000_aa.txt', 'A malformed folder name\n');
    uris.push('file:///tmp/empty.seeds', 'file:///tmp/binary.seeds');
    const position = { line: 0, character: 0 };
    const range = { start: position, end: position };
    for (const uri of uris) {
      for (const [method, params] of requestsAbout(uri, position, range)) await ask(server, method, params);
    }
    const notBundle = await ask(server, 'textDocument/documentSymbol', { textDocument: { uri: 'file:///tmp/readme.md' } });
    assert.deepEqual(notBundle, { result: [] }, 'no outline for a document that is not a bundle');
    const empty = await within(server.diagnosticsFor('file:///tmp/empty.seeds'), 'diagnostics of an empty bundle');
    assert.deepEqual(empty.diagnostics.map((d) => d.code), ['seed-format'], 'an empty .seeds document says it has no seeds');
    await ask(server, 'workspace/symbol', { query: 'ferry' });
    assert.deepEqual(failures, [], 'well-formed requests about odd URIs make no handler fail');
    // Parameters of the wrong shape: handlers may fail, but each request is answered.
    for (const [method, params] of [
      ['workspace/symbol', { query: null }],
      ['codeLens/resolve', { range, data: null }],
      ['codeLens/resolve', { range, data: { file: 42, article: [], start: 'x' } }],
      ['textDocument/hover', null],
      ['textDocument/hover', {}],
      ['textDocument/references', { textDocument: {} }],
      ['textDocument/documentSymbol', [1, 2, 3]],
      ['seedBundle/overview', null],
    ] as [string, unknown][]) {
      await ask(server, method, params);
    }
    const uri = 'file:///tmp/robust/story.seeds';
    open(server, uri, BUNDLE);
    await assertServing(server, uri, 2);
  } finally {
    await server.stop();
  }
});

test('a seed file open in the editor but on no disk (unsaved, deleted, virtual): outlined and diagnosed all the same', async () => {
  const server = await startTestServer();
  const failures = failuresOf(server);
  try {
    for (const uri of ['file:///nowhere/at/all/000_aa11.txt', 'vscode-vfs://github/someone/news/001_bb22.txt']) {
      open(server, uri, BUNDLE.split('=== 001_bb22.txt\n')[1]);
      const published = await within(server.diagnosticsFor(uri), `diagnostics of ${uri}`);
      assert.deepEqual(published.diagnostics, []);
      await assertServing(server, uri, 1);
    }
    assert.deepEqual(failures, []);
  } finally {
    await server.stop();
  }
});

test('positions past the end, negative positions and backward ranges on an open bundle', async () => {
  const server = await startTestServer();
  const failures = failuresOf(server);
  const uri = 'file:///tmp/robust/positions.seeds';
  try {
    open(server, uri, BUNDLE);
    const positions = [
      { line: 9_999, character: 9_999 },
      { line: 5, character: 9_999 },
      { line: 15, character: 0 },
      { line: -3, character: -7 },
      { line: 0, character: 2 ** 31 },
      { line: 2 ** 31, character: 0 },
    ];
    for (const position of positions) {
      const backwards = { start: { line: 14, character: 80 }, end: position };
      for (const [method, params] of requestsAbout(uri, position, backwards)) await ask(server, method, params);
    }
    assert.deepEqual(failures, [], 'positions outside the text make no handler fail');
    for (const position of [{ line: 1.5, character: 0.5 }, { line: '5', character: '3' }, null]) {
      for (const [method, params] of requestsAbout(uri, position, { start: position, end: position })) await ask(server, method, params);
    }
    const mills = await ask(server, 'textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 17 } });
    assert.match(((mills as { result: Hover }).result.contents as { value: string }).value, /^\*\*Dana Mills\*\*/, 'a good request after bad ones is answered well');
    await assertServing(server, uri, 2);
  } finally {
    await server.stop();
  }
});

test('a change before an open, overlapping and out-of-order edits, versions going back: the server follows the text it is given', async () => {
  const server = await startTestServer();
  const uri = 'file:///tmp/robust/edits.seeds';
  const change = (version: number, contentChanges: unknown[]) => server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  const at = (line: number, character: number): Position => ({ line, character });
  try {
    change(1, [{ range: { start: at(0, 0), end: at(0, 0) }, text: 'before open' }]);
    server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    server.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    open(server, uri, BUNDLE, 5);
    open(server, uri, BUNDLE, 6); // opened twice
    const edits: unknown[][] = [
      [{ range: { start: at(900, 0), end: at(999, 5) }, text: 'past the end\n' }],
      [{ range: { start: at(7, 30), end: at(5, 2) }, text: 'backwards' }],
      [
        { range: { start: at(3, 0), end: at(5, 10) }, text: 'A' },
        { range: { start: at(4, 0), end: at(6, 0) }, text: 'overlapping' },
      ],
      [
        { range: { start: at(12, 0), end: at(12, 4) }, text: 'later first ' },
        { range: { start: at(2, 0), end: at(2, 3) }, text: 'earlier second ' },
      ],
      [{ range: { start: at(-1, -1), end: at(1, 999) }, text: '=== 000_aa11.txt\r\n“unbalanced «marks„ 🙂' }],
      [{ range: { start: at(1, 2), end: at(1, 2) }, text: '\uD83D' }, { text: '' }, { text: BUNDLE.slice(0, 200) }],
      [{ range: null, text: 'x' }, { rangeLength: 5, text: 'y' }, 42, null],
    ];
    let version = 7;
    for (const contentChanges of edits) {
      change(version++, contentChanges);
      await ask(server, 'textDocument/documentSymbol', { textDocument: { uri } });
      await ask(server, 'textDocument/hover', { textDocument: { uri }, position: at(3, 3) });
    }
    change(3, [{ text: 'version went back' }]);
    // Whatever came before, a full text puts server and client in step again.
    change(100, [{ text: BUNDLE }]);
    const published = await within(server.diagnosticsFor(uri, (p) => p.version === 100), 'diagnostics of version 100');
    assert.equal(published.uri, uri);
    const answer = await ask(server, 'textDocument/documentSymbol', { textDocument: { uri } });
    const symbols = (answer as { result: DocumentSymbol[] }).result;
    assert.deepEqual(symbols.map((s) => s.name), ['Ferry fares to rise in May', 'Ferry fares will go up']);
    const mirror = TextDocument.create(uri, 'seed-bundle', 100, BUNDLE);
    for (const child of symbols.flatMap((s) => s.children ?? []).filter((c) => c.detail === 'quote')) {
      assert.match(mirror.getText(child.range), /^Fares will go up by (ten|twelve) percent/);
    }
    await assertServing(server, uri, 2);
  } finally {
    await server.stop();
  }
});

test('cancelled requests ($/cancelRequest) are each answered or cancelled, and the server goes on', async () => {
  const server = await startTestServer();
  const failures = failuresOf(server);
  const uri = 'file:///tmp/robust/cancel.seeds';
  try {
    open(server, uri, BUNDLE);
    const position = { line: 5, character: 17 };
    const range = { start: { line: 0, character: 0 }, end: { line: 15, character: 0 } };
    const pending: Promise<Answer>[] = [];
    for (let round = 0; round < 20; round++) {
      for (const [method, params] of requestsAbout(uri, position, range)) {
        const source = new CancellationTokenSource();
        pending.push(ask(server, method, params, source));
        if (round % 2 === 0) source.cancel();
        else setImmediate(() => source.cancel());
      }
    }
    const answers = await Promise.all(pending);
    for (const answer of answers) if ('error' in answer) assert.equal(answer.error.code, -32800, `only a cancellation error: ${answer.error.message}`);
    await assertServing(server, uri, 2);
    assert.deepEqual(failures, []);
  } finally {
    await server.stop();
  }
});

/** A message of raw bytes, with a Content-Length header that counts them. */
function rawMessage(body: string | Buffer): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
}

test('bytes that are not JSON-RPC: invalid JSON, JSON that is no message, malformed requests; the server keeps serving', async () => {
  const server = await startTestServer();
  const uri = 'file:///tmp/robust/raw.seeds';
  try {
    open(server, uri, BUNDLE);
    await assertServing(server, uri, 2);
    const bodies: (string | Buffer)[] = [
      '{"jsonrpc": "2.0", "id": 1, "method": "textDocument/documentSymbol", "params": {',
      'this is not JSON at all',
      Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0xc3, 0x28]),
      '',
      'null',
      '[]',
      '42',
      '{"foo": "bar"}',
      '{"jsonrpc": "2.0", "id": "raw-1", "method": 42}',
      '{"jsonrpc": "1.0", "id": "raw-2", "method": "textDocument/documentSymbol"}',
      '{"jsonrpc": "2.0", "id": {"an": "object"}, "method": "textDocument/hover", "params": {}}',
      '{"jsonrpc": "2.0", "id": "raw-3", "method": "textDocument/documentSymbol", "params": "nonsense"}',
      '{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": null}}',
      '{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": 5}, "contentChanges": "x"}}',
      '{"jsonrpc": "2.0", "method": "workspace/didChangeWatchedFiles", "params": {"changes": [{"uri": "file:///tmp/%E0%A4%A/000_aa.txt", "type": 2}, {"uri": 7}]}}',
      '{"jsonrpc": "2.0", "id": 77777, "result": "a response to nothing"}',
      `{"jsonrpc": "2.0", "method": "no/such/notification", "params": {"big": "${'x'.repeat(100_000)}"}}`,
    ];
    for (const body of bodies) {
      await new Promise<void>((resolve, reject) => server.process.stdin!.write(rawMessage(body), (e) => (e ? reject(e) : resolve())));
      // A request between raw messages: each is read on its own, none swallows the next.
      await ask(server, 'textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 17 } });
    }
    // A header without Content-Length, or with one that is not a number. vscode-jsonrpc drops it, but
    // what arrived in the same chunk waits for the next bytes: notifications keep coming until the
    // answer does, as an editor's keystrokes would.
    for (const header of ['Content-Type: application/vscode-jsonrpc\r\n\r\n', 'Content-Length: many\r\n\r\n']) {
      server.process.stdin!.write(header);
      const nudge = setInterval(() => server.connection.sendNotification('no/such/notification'), 200);
      try {
        await assertServing(server, uri, 2);
      } finally {
        clearInterval(nudge);
      }
    }
  } finally {
    await server.stop();
  }
});

test('non-Latin scripts, emoji, CRLF, lone CR and a BOM on disk: ranges in UTF-16 code units', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-bundle-robust-'));
  const seeds: Record<string, string> = {
    '000_aa11.txt': '\uFEFFФерри 🙂 fares rise\r\n\r\nPort chief Dana Mills 🇺🇦 said fares would rise next month for every route.\r\n\r\n🙂 "Fares will go up by ten percent in May," Dana Mills said.\r\n',
    '001_bb22.txt': 'Ferry fares will go up\r\rPort chief Dana Mills spoke to reporters on Monday about the fares.\r\r東京 "Fares will go up by twelve percent in May," Dana Mills said.\r',
  };
  fs.writeFileSync(path.join(dir, '000_aa11.txt'), seeds['000_aa11.txt']);
  fs.writeFileSync(path.join(dir, '001_bb22.txt'), seeds['001_bb22.txt']);
  fs.writeFileSync(path.join(dir, '002_cc33.txt'), Buffer.from('caf\xe9 is not UTF-8\n', 'latin1'));
  const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).href;
  const server = await startTestServer();
  const failures = failuresOf(server);
  try {
    // The first seed is open, as an editor gives it (no BOM); the server reads the others from disk.
    const first = TextDocument.create(uriOf('000_aa11.txt'), 'seed-bundle', 1, seeds['000_aa11.txt'].slice(1));
    const second = TextDocument.create(uriOf('001_bb22.txt'), 'seed-bundle', 0, seeds['001_bb22.txt']);
    open(server, first.uri, first.getText());
    for (const doc of [first, second]) {
      const answer = await ask(server, 'textDocument/documentSymbol', { textDocument: { uri: doc.uri } });
      const [symbol] = (answer as { result: DocumentSymbol[] }).result;
      assert.ok(symbol, `an outline for ${doc.uri}`);
      const quotes = (symbol.children ?? []).filter((c) => c.detail === 'quote');
      assert.equal(quotes.length, 1, JSON.stringify(symbol.children));
      assert.match(doc.getText(quotes[0].range), /^Fares will go up by (ten|twelve) percent in May,$/);
      const mills = doc.getText().indexOf('Dana Mills');
      const hover = await ask(server, 'textDocument/hover', { textDocument: { uri: doc.uri }, position: doc.positionAt(mills + 3) });
      assert.match(((hover as { result: Hover }).result.contents as { value: string }).value, /^\*\*Dana Mills\*\*/);
    }
    const emojiLine = first.positionAt(first.getText().indexOf('"Fares'));
    assert.deepEqual(emojiLine, { line: 4, character: 3 }, '🙂 is two code units, then a space');
    const references = await ask(server, 'textDocument/references', { textDocument: { uri: first.uri }, position: first.positionAt(first.getText().indexOf('Mills')), context: { includeDeclaration: true } });
    for (const place of (references as { result: Location[] }).result) {
      const doc = place.uri === first.uri ? first : second;
      assert.equal(doc.getText(place.range as Range), 'Dana Mills');
    }
    // The seed that is not UTF-8 is left out, with a diagnostic on it that says why: not a crash.
    const broken = await within(server.diagnosticsFor(uriOf('002_cc33.txt')), 'diagnostics of a seed that is not UTF-8');
    assert.deepEqual(broken.diagnostics.map((d) => [d.code, d.message]), [['seed-format', 'seed 002_cc33.txt is left out: not valid UTF-8 text']]);
    await assertServing(server, first.uri, 1);
    assert.deepEqual(failures, []);
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** Every file under a folder: its bytes and its modification time. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    files.set(name, `${fs.statSync(file).mtimeMs} ${fs.readFileSync(file).toString('base64')}`);
  }
  return files;
}

test('the server never writes a file: a session of edits, saves and code actions over a folder bundle on disk', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-bundle-nowrite-'));
  const file = path.join(dir, 'fares.seeds');
  const [first, second] = BUNDLE.split('=== 001_bb22.txt\n');
  fs.writeFileSync(path.join(dir, '000_aa11.txt'), first.replace('# A made-up bundle\n=== 000_aa11.txt\n', ''));
  fs.writeFileSync(path.join(dir, '001_bb22.txt'), second);
  fs.writeFileSync(path.join(dir, '.seed-bundle.json'), '{ "severity": { "role-differs": "hint" } }\n');
  fs.writeFileSync(file, BUNDLE);
  const before = snapshot(dir);
  const server = await startTestServer({}, { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] }, applyEdit: true, didChangeWatchedFiles: { dynamicRegistration: true } } });
  const failures = failuresOf(server);
  const asked: string[] = [];
  server.connection.onRequest('workspace/applyEdit', () => {
    asked.push('workspace/applyEdit');
    return { applied: false };
  });
  try {
    const seedUri = pathToFileURL(path.join(dir, '000_aa11.txt')).href;
    const fileUri = pathToFileURL(file).href;
    const configUri = pathToFileURL(path.join(dir, '.seed-bundle.json')).href;
    open(server, seedUri, fs.readFileSync(path.join(dir, '000_aa11.txt'), 'utf8'));
    open(server, fileUri, BUNDLE);
    const published = await within(server.diagnosticsFor(fileUri, (p) => p.diagnostics.some((d) => d.code === 'quote-wording')), 'quote-wording diagnostics');
    const wording = published.diagnostics.find((d) => d.code === 'quote-wording')!;
    const actions = await ask(server, 'textDocument/codeAction', { textDocument: { uri: fileUri }, range: wording.range, context: { diagnostics: [wording] } });
    assert.ok('result' in actions && Array.isArray(actions.result) && actions.result.some((a) => a.edit), 'code actions offered, as edits for the editor to apply');
    for (const uri of [seedUri, fileUri]) {
      for (let version = 2; version < 8; version++) {
        server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: `edit ${version} “` }] });
      }
      server.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    }
    open(server, configUri, '{ "ignore": [ ', 1, 'jsonc');
    server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: seedUri, type: 2 }, { uri: configUri, type: 2 }, { uri: pathToFileURL(path.join(dir, '009_ff.txt')).href, type: 1 }] });
    await ask(server, 'seedBundle/overview', { uri: seedUri });
    await ask(server, 'workspace/symbol', { query: '' });
    for (const uri of [seedUri, fileUri, configUri]) server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await assertServing(server, fileUri, 2);
    assert.deepEqual(failures, []);
  } finally {
    await server.stop();
  }
  assert.deepEqual(snapshot(dir), before, 'no file was created, changed or touched');
  assert.deepEqual(asked, [], 'the server asked the editor to apply no edit');
  fs.rmSync(dir, { recursive: true, force: true });
});
