// The real server over stdio, through the workflow around a difference: code actions on it, the
// lens above the quote, the speaker hint, ignoring it in the config file, the overview and status.
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { CodeAction, CodeLens, DocumentSymbol, InlayHint, TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import { HALF_SHARED_BUNDLE } from './testing/fixtures';
import { startTestServer, TestServer } from './testing/lspClient';

const BUNDLE = [
  '# A made-up story',
  '=== 000_aa11.txt',
  ' date 2026-04-02  Harbour Post',
  'Ferry fares to rise in May',
  '',
  'Port chief Dana Mills said fares on all routes would rise next month.',
  '',
  '"Fares will go up by ten percent in May because fuel costs more," Dana Mills said.',
  '',
  'She said the port had no choice. "Nobody likes it, but the boats must run," she said.',
  '=== 001_bb22.txt',
  ' date 2026-04-02  Coast Daily',
  'Ferry fares will go up',
  '',
  'Port chief Dana Mills spoke to reporters on Monday.',
  '',
  '"Fares will go up by twelve percent in May because fuel costs more," Dana Mills said.',
  '',
].join('\n');

/** What VS Code announces about the edits it can apply, lenses and hints. */
const EDITOR_CAPABILITIES = { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] } } };

const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });
const TEN = range(7, 1, 64);
const TWELVE = range(16, 1, 67);

/** The next diagnostics of a URI published from now on that satisfy a condition. */
function nextDiagnostics(server: TestServer, uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true) {
  const from = server.diagnostics.length;
  return server.diagnosticsFor(uri, (p) => server.diagnostics.indexOf(p) >= from && accept(p));
}

async function openBundle(capabilities: object = EDITOR_CAPABILITIES) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-bundle-workflow-'));
  const file = path.join(dir, 'fares.seeds');
  fs.writeFileSync(file, BUNDLE);
  const uri = pathToFileURL(file).href;
  const config = pathToFileURL(path.join(dir, '.seed-bundle.json')).href;
  const server = await startTestServer({}, capabilities);
  server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed-bundle', version: 1, text: BUNDLE } });
  const published = await server.diagnosticsFor(uri, (p) => p.diagnostics.length > 0);
  return { server, dir, uri, config, published };
}

test('code actions on a quote-wording diagnostic: compare, use this wording, ignore (whole reply)', async () => {
  const { server, uri, config, published } = await openBundle();
  try {
    assert.deepEqual(
      published.diagnostics.map((d) => [d.code, d.range]),
      [['quote-wording', TEN], ['quote-wording', TWELVE]],
    );
    const onTwelve = published.diagnostics[1];
    const actions = await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: onTwelve.range,
      context: { diagnostics: [onTwelve] },
    });
    const speaker = 'Speaker: Dana Mills\n\n';
    assert.deepEqual(actions, [
      {
        title: 'Compare versions: Coast Daily ↔ Harbour Post',
        kind: 'quickfix',
        diagnostics: [onTwelve],
        command: {
          title: 'Compare versions',
          command: 'seedBundle.compareVersions',
          arguments: [
            {
              subject: 'Dana Mills’s quote',
              versions: [
                { label: 'Coast Daily', text: `${speaker}Fares will go up by twelve percent in May because fuel costs more,\n`, differs: false },
                { label: 'Harbour Post', text: `${speaker}Fares will go up by ten percent in May because fuel costs more,\n`, differs: true },
              ],
            },
          ],
        },
      },
      {
        title: 'Use this wording in Harbour Post',
        kind: 'quickfix',
        diagnostics: [onTwelve],
        edit: { documentChanges: [{ textDocument: { uri, version: 1 }, edits: [{ range: TEN, newText: 'Fares will go up by twelve percent in May because fuel costs more,' }] }] },
      },
      {
        title: 'Ignore this difference',
        kind: 'quickfix',
        diagnostics: [onTwelve],
        edit: {
          documentChanges: [
            { kind: 'create', uri: config, options: { ignoreIfExists: true } },
            {
              textDocument: { uri: config, version: null },
              edits: [
                {
                  range: range(0, 0, 0),
                  newText: `${JSON.stringify({ ignore: [{ code: 'quote-wording', speaker: 'Dana Mills', quote: 'Fares will go up by twelve percent in…', articles: ['001_bb22.txt', '000_aa11.txt'] }] }, null, 2)}\n`,
                },
              ],
            },
          ],
        },
      },
    ]);
    const elsewhere = await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: range(3, 0, 3), context: { diagnostics: [] } });
    assert.deepEqual(elsewhere, []);
  } finally {
    await server.stop();
  }
});

test('ignoring a difference: the config the action writes silences both sides; a broken config is reported and ignores nothing', async () => {
  const { server, uri, config, published } = await openBundle();
  try {
    const [action] = (await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: published.diagnostics[0].range,
      context: { diagnostics: [published.diagnostics[0]] },
    })).filter((a) => a.title === 'Ignore this difference');
    const written = ((action.edit!.documentChanges![1] as TextDocumentEdit).edits[0] as TextEdit).newText;

    // VS Code creates the file and opens it with the edit applied: the server reads the open document.
    const quiet = nextDiagnostics(server, uri);
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: config, languageId: 'json', version: 1, text: written } });
    assert.deepEqual((await quiet).diagnostics, []);

    const configProblems = nextDiagnostics(server, config);
    const back = nextDiagnostics(server, uri);
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: config, version: 2 }, contentChanges: [{ text: '{ "ignore": [ ' }] });
    assert.deepEqual((await configProblems).diagnostics, [
      { range: range(0, 14, 14), severity: 2, code: 'config', source: 'seed-bundle', message: 'not valid JSON: close bracket expected' },
      { range: range(0, 14, 14), severity: 2, code: 'config', source: 'seed-bundle', message: 'not valid JSON: close brace expected' },
    ]);
    assert.deepEqual((await back).diagnostics.map((d) => d.code), ['quote-wording', 'quote-wording']);

    // Saved and closed: the server reads the disk, told by the file watcher.
    const configFixed = nextDiagnostics(server, config);
    const quietAgain = nextDiagnostics(server, uri);
    fs.writeFileSync(fileURLToPath(config), written);
    server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: config } });
    server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: 1 }] });
    assert.deepEqual((await configFixed).diagnostics, []);
    assert.deepEqual((await quietAgain).diagnostics, []);
  } finally {
    await server.stop();
  }
});

test('the config file sets severity and the size limit, and the server re-reads it when it changes on disk', async () => {
  const { server, uri, config } = await openBundle();
  try {
    const next = nextDiagnostics(server, uri);
    fs.writeFileSync(fileURLToPath(config), '{ "severity": { "quote-wording": "hint" }, "maxBundleSize": 100 }');
    server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: 1 }] });
    const limited = await next;
    assert.deepEqual(limited.diagnostics.map((d) => [d.code, d.severity, d.range]), [['bundle-limit', 3, range(2, 0, 30)]]);
    assert.match(limited.diagnostics[0].message, /more than maxBundleSize \(100\): each article is read on its own/);
    const status = await server.connection.sendRequest('seedBundle/status', { uri });
    assert.deepEqual(status, { articles: 2, people: 0, quotes: 3, differences: 0, limited: true });

    const after = nextDiagnostics(server, uri);
    fs.writeFileSync(fileURLToPath(config), '{ "severity": { "quote-wording": "hint" } }');
    server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: 2 }] });
    const hinted = await after;
    assert.deepEqual(hinted.diagnostics.map((d) => [d.code, d.severity]), [['quote-wording', 4], ['quote-wording', 4]]);
  } finally {
    await server.stop();
  }
});

test('the editor settings: the server pulls seedBundle.* when told they changed, for severity and quote similarity', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-bundle-settings-'));
  const uri = pathToFileURL(path.join(dir, 'hourly.seeds')).href;
  const server = await startTestServer({}, { workspace: { configuration: true } });
  let settings: object = {};
  server.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((item) => (item.section === 'seedBundle' ? settings : null)));
  const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => `${d.code}:${d.severity}`);
  try {
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed-bundle', version: 1, text: HALF_SHARED_BUNDLE } });
    assert.deepEqual(codes(await server.diagnosticsFor(uri, (p) => p.diagnostics.length > 0)), ['quote-wording:2', 'quote-wording:2'], 'half the words shared: one quote at the default similarity');

    settings = { severity: { 'quote-wording': 'hint' } };
    const milder = nextDiagnostics(server, uri);
    server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(codes(await milder), ['quote-wording:4', 'quote-wording:4']);

    settings = { quoteSimilarity: 0.75 };
    const stricter = nextDiagnostics(server, uri);
    server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(codes(await stricter), [], 'three quarters of the words must match: two quotes, no difference');
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('seedBundle.outline.maxItems: an outline over it gives its articles only, and the status says so', async () => {
  const { server, uri, dir } = await openBundle({ workspace: { configuration: true } });
  let settings: object = {};
  let pulled = () => {};
  server.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => {
    pulled();
    return p.items.map((item) => (item.section === 'seedBundle' ? settings : null));
  });
  /** Sets the editor's settings and waits until the server has asked for them: its next message is read after their reply. */
  const configure = async (next: object) => {
    settings = next;
    const asked = new Promise<void>((resolve) => (pulled = resolve));
    server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await asked;
  };
  const outlineShape = async () =>
    (await server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } })).map((s) => [s.name, s.children!.length]);
  const cut = async () => (await server.connection.sendRequest<{ outlineCut?: object }>('seedBundle/status', { uri })).outlineCut;
  try {
    assert.deepEqual(await outlineShape(), [['Ferry fares to rise in May', 3], ['Ferry fares will go up', 2]]);
    assert.equal(await cut(), undefined);

    await configure({ outline: { maxItems: 6 } });
    assert.deepEqual(await outlineShape(), [['Ferry fares to rise in May', 0], ['Ferry fares will go up', 0]], 'seven symbols in all, one over');
    assert.deepEqual(await cut(), { maxItems: 6 });

    await configure({ outline: { maxItems: 'many' } });
    assert.deepEqual(await outlineShape(), [['Ferry fares to rise in May', 3], ['Ferry fares will go up', 2]], 'a value that is not a count: the default');
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('code lenses above quotes other sources print, resolved to a count and the comparison', async () => {
  const { server, uri } = await openBundle();
  try {
    const lenses = await server.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(lenses, [
      { range: TEN, data: { file: uri, article: '000_aa11.txt', start: 131, end: 194 } },
      { range: TWELVE, data: { file: uri, article: '001_bb22.txt', start: 108, end: 174 } },
    ]);
    const resolved = await server.connection.sendRequest<CodeLens>('codeLens/resolve', lenses[0]);
    assert.deepEqual(resolved, {
      ...lenses[0],
      command: {
        title: '2 sources · 1 differs',
        command: 'seedBundle.compareVersions',
        arguments: [
          {
            subject: 'Dana Mills’s quote',
            versions: [
              { label: 'Harbour Post', text: 'Speaker: Dana Mills\n\nFares will go up by ten percent in May because fuel costs more,\n', differs: false },
              { label: 'Coast Daily', text: 'Speaker: Dana Mills\n\nFares will go up by twelve percent in May because fuel costs more,\n', differs: true },
            ],
          },
        ],
      },
    });
  } finally {
    await server.stop();
  }
});

test('inlay hints name the speaker after a quote whose sentence only says "she"', async () => {
  const { server, uri } = await openBundle();
  try {
    const hints = await server.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } });
    assert.deepEqual(hints, [
      { position: { line: 9, character: 75 }, label: '— Dana Mills', paddingLeft: true, tooltip: 'Speaker as the bundle resolves it: this sentence does not name Dana Mills.' },
    ]);
    const none = await server.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 10, character: 0 }, end: { line: 20, character: 0 } } });
    assert.deepEqual(none, []);
  } finally {
    await server.stop();
  }
});

test('the overview and the status of a bundle, by custom request', async () => {
  const { server, uri } = await openBundle();
  try {
    const status = await server.connection.sendRequest('seedBundle/status', { uri });
    assert.deepEqual(status, { articles: 2, people: 1, quotes: 3, differences: 1, limited: false });
    const overview = await server.connection.sendRequest<{ title: string; sources: { label: string }[]; rows: { name: string; cells: { column: number; quotes: number; differs: number; place: { range: unknown } }[] }[] }>('seedBundle/overview', { uri });
    assert.equal(overview.title, 'fares.seeds');
    assert.deepEqual(overview.sources.map((s) => s.label), ['Harbour Post', 'Coast Daily']);
    assert.deepEqual(
      overview.rows.map((r) => [r.name, r.cells.map((c) => [c.column, c.quotes, c.differs, c.place.range])]),
      [['Dana Mills', [[0, 2, 1, TEN], [1, 1, 1, TWELVE]]]],
    );
    assert.equal(await server.connection.sendRequest('seedBundle/overview', { uri: 'file:///nowhere/notes.md' }), null);
  } finally {
    await server.stop();
  }
});
