// The real server over stdio: whole replies to what an editor sends.
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LARGE_BUNDLE_CHARS } from './firstPass';
import { startTestServer } from './testing/lspClient';

const BUNDLE = [
  '# A made-up bundle',
  '=== 000_aa11.txt',
  'Ferry service halted after storm',
  '',
  'The ferry stopped on Monday.',
  '=== 001_bb22.txt',
  'Storm stops the ferry',
  '',
  'Tags:',
  'Weather',
  'Boats',
  '',
].join('\n');

test('initialize announces the features', async () => {
  const server = await startTestServer();
  try {
    assert.deepEqual(server.initialized, {
      capabilities: {
        textDocumentSync: 2,
        documentSymbolProvider: { label: 'Seed Bundle' },
        foldingRangeProvider: true,
        hoverProvider: true,
        referencesProvider: true,
        definitionProvider: true,
        documentHighlightProvider: true,
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        codeLensProvider: { resolveProvider: true },
        inlayHintProvider: true,
        semanticTokensProvider: { legend: { tokenTypes: ['person', 'comment'], tokenModifiers: [] }, range: true, full: { delta: true } },
      },
      serverInfo: { name: 'seed-bundle' },
    });
    const symbols = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere/x.seeds' } });
    assert.deepEqual(symbols, []);
  } finally {
    await server.stop();
  }
});

test('open a .seeds document: outline, folding, diagnostics with its version', async () => {
  const server = await startTestServer();
  const uri = 'file:///tmp/protocol-test/story.seeds';
  try {
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed-bundle', version: 7, text: BUNDLE } });
    const published = await server.diagnosticsFor(uri);
    assert.deepEqual(published, { uri, version: 7, diagnostics: [] });

    const symbols = await server.connection.sendRequest<{ name: string; range: unknown; selectionRange: unknown; kind: number }[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(
      symbols.map((s) => ({ name: s.name, kind: s.kind, range: s.range, selectionRange: s.selectionRange })),
      [
        { name: 'Ferry service halted after storm', kind: 2, range: { start: { line: 1, character: 0 }, end: { line: 5, character: 0 } }, selectionRange: { start: { line: 2, character: 0 }, end: { line: 2, character: 32 } } },
        { name: 'Storm stops the ferry', kind: 2, range: { start: { line: 5, character: 0 }, end: { line: 11, character: 0 } }, selectionRange: { start: { line: 6, character: 0 }, end: { line: 6, character: 21 } } },
      ],
    );

    const folds = await server.connection.sendRequest<{ startLine: number; endLine: number; kind?: string }[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(folds.filter((f) => f.kind === undefined), [{ startLine: 1, endLine: 4 }, { startLine: 5, endLine: 10 }]);

    // An edit that duplicates a seed name: the diagnostics follow, for the new version.
    server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 8 },
      contentChanges: [{ range: { start: { line: 5, character: 4 }, end: { line: 5, character: 16 } }, text: '000_aa11.txt' }],
    });
    const after = await server.diagnosticsFor(uri, (p) => p.version === 8);
    assert.deepEqual(after.diagnostics, [
      {
        range: { start: { line: 5, character: 0 }, end: { line: 5, character: 16 } },
        severity: 1,
        code: 'seed-duplicate',
        source: 'seed-bundle',
        message: 'two seeds are named 000_aa11.txt',
        relatedInformation: [{ location: { uri, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 16 } } }, message: 'first seed named 000_aa11.txt' }],
      },
    ]);

    // The outline, asked for again and again, follows each edit.
    const names = async () => (await server.connection.sendRequest<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri } })).map((s) => s.name);
    assert.deepEqual(await names(), ['Ferry service halted after storm', 'Storm stops the ferry']);
    server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 9 },
      contentChanges: [{ range: { start: { line: 6, character: 6 }, end: { line: 6, character: 11 } }, text: 'halts' }],
    });
    assert.deepEqual(await names(), ['Ferry service halted after storm', 'Storm halts the ferry']);
    assert.deepEqual(await names(), ['Ferry service halted after storm', 'Storm halts the ferry']);
  } finally {
    await server.stop();
  }
});

/**
 * A made-up bundle of near-alike articles whose seed text passes LARGE_BUNDLE_CHARS: all quote
 * Dana Mills alike but the second, the middle one and the last, which word her otherwise. Its seeds' names and
 * texts, the bundle as one file, and the line each seed's header is on there.
 */
function largeBundle(): { seeds: { name: string; text: string }[]; text: string; articles: number; headerLines: number[] } {
  const paragraph = 'The harbour board met on Monday to weigh the cost of new ferries, the repairs to the north quay and the price of fuel.';
  const body = (quote: string) => ['Ferry fares to rise in May', '', 'Port chief Dana Mills said fares would rise.', '', ...Array(30).fill(`${paragraph}\n`), `"${quote}," Dana Mills said.`, ''];
  const count = Math.ceil(LARGE_BUNDLE_CHARS / body('').join('\n').length) + 1;
  const otherwise = new Map([[1, 'Fares will go up in June'], [Math.floor(count / 2), 'Fares will go up in July'], [count - 1, 'Fares will go up in August']]);
  const seeds = Array.from({ length: count }, (_, i) => ({
    name: `${String(i).padStart(3, '0')}_${(0x1000 + i).toString(16)}.txt`,
    text: body(otherwise.get(i) ?? 'Fares will go up in May').join('\n'),
  }));
  const lines: string[] = [];
  const headerLines: number[] = [];
  for (const seed of seeds) {
    headerLines.push(lines.length);
    lines.push(`=== ${seed.name}`, ...seed.text.split('\n'));
  }
  return { seeds, text: lines.join('\n'), articles: seeds.length, headerLines };
}

test('the first analysis of a large bundle: its first articles first, then all, shown as progress; a request sent meanwhile is answered after it, and a small bundle shows none', async () => {
  const server = await startTestServer({}, { window: { workDoneProgress: true } });
  const events: string[] = [];
  const publications = (uri: string) => server.diagnostics.filter((p) => p.uri === uri).length;
  server.connection.onRequest('window/workDoneProgress/create', () => {
    events.push('create');
    return null;
  });
  server.connection.onNotification('$/progress', (p: { value: { kind: string; title?: string; message?: string } }) => {
    const { kind, title, message } = p.value;
    events.push([kind, title, message].filter(Boolean).join(' '), `publications: ${publications(large)}`);
  });
  const small = 'file:///tmp/protocol-test/small.seeds';
  const large = 'file:///tmp/protocol-test/large.seeds';
  try {
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: small, languageId: 'seed-bundle', version: 1, text: BUNDLE } });
    await server.diagnosticsFor(small);
    assert.deepEqual(events, [] as string[]);

    const { text, articles, headerLines } = largeBundle();
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: large, languageId: 'seed-bundle', version: 1, text } });
    const hover = await server.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: large }, position: { line: 3, character: 12 } });
    events.push('hover answered');
    const read = Number(/^report Read (\d+) of/.exec(events[3] ?? '')?.[1]);
    assert.ok(read > 2 && read < articles / 2, events[3]);
    assert.deepEqual(events, [
      'create',
      `begin Seed Bundle Reading ${articles} articles`,
      'publications: 0',
      `report Read ${read} of ${articles} articles`,
      'publications: 1',
      'end',
      'publications: 2',
      'hover answered',
    ]);
    assert.match(hover!.contents.value, /Dana Mills/);

    // The first publication: the second article's wording, within the articles read first; the last's only in the whole.
    const [first, all] = server.diagnostics.filter((p) => p.uri === large);
    const articleOf = (line: number) => headerLines.filter((header) => header <= line).length - 1;
    const articlesWith = (p: { diagnostics: { range: { start: { line: number } } }[] }) => [...new Set(p.diagnostics.map((d) => articleOf(d.range.start.line)))];
    assert.ok(articlesWith(first).includes(1));
    assert.ok(articlesWith(first).every((article) => article < read));
    assert.deepEqual([1, Math.floor(articles / 2), articles - 1].map((article) => articlesWith(all).includes(article)), [true, true, true]);
  } finally {
    await server.stop();
  }
});

test('the first pass of a large .seeds file reads the articles around the line in view', async () => {
  const server = await startTestServer({}, { window: { workDoneProgress: true } });
  server.connection.onRequest('window/workDoneProgress/create', () => null);
  const uri = 'file:///tmp/protocol-test/large-viewed.seeds';
  try {
    const { text, articles, headerLines } = largeBundle();
    // The extension says where its editor is as soon as it shows the file: here, in the last article.
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed-bundle', version: 1, text } });
    server.connection.sendNotification('seedBundle/viewed', { uri, line: headerLines[articles - 1] + 3 });
    const first = await server.diagnosticsFor(uri);
    const articleOf = (line: number) => headerLines.filter((header) => header <= line).length - 1;
    const articlesWith = new Set(first.diagnostics.map((d) => articleOf(d.range.start.line)));
    assert.ok(articlesWith.has(articles - 1), 'the last article, which words the quote otherwise');
    assert.ok([...articlesWith].every((article) => article > articles / 2), 'none from the start of the file');
  } finally {
    await server.stop();
  }
});

test('the first pass of a large folder bundle reads the file the user opened and those beside it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-bundle-protocol-'));
  const { seeds, articles } = largeBundle();
  for (const seed of seeds) fs.writeFileSync(path.join(dir, seed.name), seed.text);
  const uris = seeds.map((seed) => pathToFileURL(path.join(dir, seed.name)).href);
  const server = await startTestServer({}, { window: { workDoneProgress: true } });
  const published = () => uris.map((uri) => server.diagnostics.some((p) => p.uri === uri && p.diagnostics.length > 0));
  const seen: { kind: string; published: boolean[] }[] = [];
  server.connection.onRequest('window/workDoneProgress/create', () => null);
  server.connection.onNotification('$/progress', (p: { value: { kind: string } }) => seen.push({ kind: p.value.kind, published: published() }));
  try {
    const middle = Math.floor(articles / 2);
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uris[middle], languageId: 'seed-bundle', version: 1, text: seeds[middle].text } });
    await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uris[middle] } });
    assert.deepEqual(seen.map((s) => s.kind), ['begin', 'report', 'end']);
    const [, firstPass, whole] = seen;
    // The second, the middle and the last file word the quote otherwise: the middle one, opened, is read first; the others after.
    const wordedOtherwise = [1, middle, articles - 1];
    assert.deepEqual(wordedOtherwise.map((i) => firstPass.published[i]), [false, true, false]);
    assert.deepEqual(wordedOtherwise.map((i) => whole.published[i]), [true, true, true]);
  } finally {
    await server.stop();
  }
});

test('semantic tokens: the people named and the page furniture, in the lines asked for, in the whole file, and what changed since', async () => {
  const server = await startTestServer();
  const uri = 'file:///tmp/protocol-test/tokens.seeds';
  const text = ['=== 000_aa11.txt', 'Ferry service halted after storm', '', 'Harbour master Ines Vukovic closed the port, Vukovic said.', 'Tags:', 'Weather', ''].join('\n');
  try {
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed-bundle', version: 1, text } });
    await server.diagnosticsFor(uri);
    // Five numbers a token: line delta, start (delta on the same line), length, type (0 person, 1 comment), modifiers.
    const all = { start: { line: 0, character: 0 }, end: { line: 7, character: 0 } };
    assert.deepEqual(await server.connection.sendRequest('textDocument/semanticTokens/range', { textDocument: { uri }, range: all }), {
      data: [3, 15, 12, 0, 0, 0, 30, 7, 0, 0, 1, 0, 5, 1, 0, 1, 0, 7, 1, 0],
    });
    const range = { start: { line: 4, character: 0 }, end: { line: 6, character: 0 } };
    assert.deepEqual(await server.connection.sendRequest('textDocument/semanticTokens/range', { textDocument: { uri }, range }), {
      data: [4, 0, 5, 1, 0, 1, 0, 7, 1, 0],
    });
    // The whole file, then what changed since: `Vukovic said` moves three characters along its line.
    assert.deepEqual(await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }), {
      resultId: '1',
      data: [3, 15, 12, 0, 0, 0, 30, 7, 0, 0, 1, 0, 5, 1, 0, 1, 0, 7, 1, 0],
    });
    server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 3, character: 44 }, end: { line: 3, character: 44 } }, text: 'so ' }],
    });
    assert.deepEqual(await server.connection.sendRequest('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: '1' }), {
      resultId: '2',
      edits: [{ start: 6, deleteCount: 1, data: [33] }],
    });
    // A result the server no longer holds: the whole file again.
    assert.deepEqual(await server.connection.sendRequest('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: '1' }), {
      resultId: '3',
      data: [3, 15, 12, 0, 0, 0, 33, 7, 0, 0, 1, 0, 5, 1, 0, 1, 0, 7, 1, 0],
    });
  } finally {
    await server.stop();
  }
});

test('edits read together are analysed once: diagnostics for the last version only', async () => {
  const server = await startTestServer();
  const uri = 'file:///tmp/protocol-test/burst.seeds';
  try {
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed-bundle', version: 1, text: BUNDLE } });
    await server.diagnosticsFor(uri, (p) => p.version === 1);
    // Five one-letter edits in one write, as they queue up while the server is busy.
    const frames = [2, 3, 4, 5, 6].map((version) => {
      const json = JSON.stringify({
        jsonrpc: '2.0',
        method: 'textDocument/didChange',
        params: { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 4, character: 4 }, end: { line: 4, character: 4 } }, text: 'x' }] },
      });
      return `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;
    });
    server.process.stdin!.write(frames.join(''));
    await server.diagnosticsFor(uri, (p) => p.version === 6);
    const text = await server.connection.sendRequest<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(text.length, 2, 'the server still answers');
    assert.deepEqual(server.diagnostics.map((p) => p.version), [1, 6]);
  } finally {
    await server.stop();
  }
});

test('an editor that shows at most N diagnostics a file gets N: a note, and those nearest the line last edited or viewed', async () => {
  // Eight outlets quote the mayor, each with another vehicle: eight quote-wording warnings, lines 3, 8, … 38.
  const vehicles = ['bus', 'bike', 'truck', 'lorry', 'van', 'tram', 'scooter', 'cart'];
  const text = vehicles
    .map((vehicle, i) => `=== 00${i}_b${i}.txt\nBridge reopens after repairs\n\nMayor Ana Ruiz said: "The bridge is safe for every car and every ${vehicle} in the city."\n`)
    .join('\n');
  const uri = 'file:///tmp/protocol-test/limit.seeds';
  const lines = (p: { diagnostics: { range: { start: { line: number } } }[] }) => p.diagnostics.map((d) => d.range.start.line);
  const all = await startTestServer();
  try {
    all.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed-bundle', version: 1, text } });
    assert.deepEqual(lines(await all.diagnosticsFor(uri)), [3, 8, 13, 18, 23, 28, 33, 38], 'no limit told, no limit');
  } finally {
    await all.stop();
  }
  const server = await startTestServer({ maxDiagnosticsPerFile: 4 });
  try {
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed-bundle', version: 1, text } });
    const opened = await server.diagnosticsFor(uri, (p) => p.version === 1);
    assert.deepEqual(lines(opened), [0, 3, 8, 13], 'before any edit, the first');
    assert.deepEqual(opened.diagnostics[0], {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 3,
      code: 'bundle-limit',
      source: 'seed-bundle',
      message:
        'This file has 8 problems and the editor shows at most 4 a file: shown are the 3 most severe and nearest the lines you view or edit. ' +
        'The bundle overview (Seed Bundle: Show Bundle Overview) counts them by person and source; `seed-bundle analyze` lists them all.',
    });
    // A word typed into the headline of the sixth article (line 26).
    server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 26, character: 0 }, end: { line: 26, character: 0 } }, text: 'Big ' }],
    });
    assert.deepEqual(lines(await server.diagnosticsFor(uri, (p) => p.version === 2)), [0, 23, 28, 33]);
    // Scrolled to the end, without an edit: the last three.
    let from = server.diagnostics.length;
    server.connection.sendNotification('seedBundle/viewed', { uri, line: 39 });
    assert.deepEqual(lines(await server.diagnosticsFor(uri, (p) => server.diagnostics.indexOf(p) >= from)), [0, 28, 33, 38]);
    server.connection.sendNotification('seedBundle/viewed', { uri: 7, line: 'nonsense' });
    server.connection.sendNotification('seedBundle/viewed', { uri, line: 38 });
    const symbols = await server.connection.sendRequest<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols.length, 8, 'nonsense is ignored, and the same lines shown are not sent again');
    assert.equal(server.diagnostics.length, from + 1);
    // With bundle-limit set off, no note: four warnings.
    const config = 'file:///tmp/protocol-test/.seed-bundle.json';
    from = server.diagnostics.length;
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: config, languageId: 'json', version: 1, text: '{ "severity": { "bundle-limit": "off" } }' } });
    const quiet = await server.diagnosticsFor(uri, (p) => server.diagnostics.indexOf(p) >= from);
    assert.deepEqual(lines(quiet), [23, 28, 33, 38]);
    assert.ok(quiet.diagnostics.every((d) => d.code === 'quote-wording'));
  } finally {
    await server.stop();
  }
});

test('a folder bundle: diagnostics for every seed file, open or not', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-bundle-protocol-'));
  fs.writeFileSync(path.join(dir, '000_aa.txt'), 'Bridge reopens to traffic\n\nThe bridge reopened on Monday after two weeks.\n');
  fs.writeFileSync(path.join(dir, '001_bb.txt'), '');
  const open = pathToFileURL(path.join(dir, '000_aa.txt')).href;
  const sibling = pathToFileURL(path.join(dir, '001_bb.txt')).href;
  const server = await startTestServer();
  try {
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: open, languageId: 'seed-bundle', version: 1, text: 'Bridge reopens to traffic\n\nThe bridge reopened on Monday after two weeks.\n' } });
    const siblingDiagnostics = await server.diagnosticsFor(sibling);
    assert.deepEqual(siblingDiagnostics.diagnostics.map((d) => [d.code, d.message]), [['seed-format', 'seed 001_bb.txt is empty']]);
    assert.equal(siblingDiagnostics.version, undefined, 'not open: no version');
    const symbols = await server.connection.sendRequest<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri: open } });
    assert.deepEqual(symbols.map((s) => s.name), ['Bridge reopens to traffic']);
  } finally {
    await server.stop();
  }
});

test('a folder bundle: an edit sends diagnostics to the edited file and to files whose diagnostics changed, no others', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-bundle-protocol-'));
  const quoted = (cue: string, words: string) => `Bridge reopens\n\nMayor Ana Ruiz ${cue}: "The bridge is safe for every car and every ${words} in the city."\n`;
  const texts = { '000_aa.txt': quoted('said on Monday', 'bus'), '001_bb.txt': quoted('told reporters', 'bus'), '002_cc.txt': 'Weather turns cold\n\nSnow is expected on Tuesday.\n' };
  for (const [name, text] of Object.entries(texts)) fs.writeFileSync(path.join(dir, name), text);
  const [edited, sibling, unrelated] = Object.keys(texts).map((name) => pathToFileURL(path.join(dir, name)).href);
  const server = await startTestServer();
  const sent = (uri: string) => server.diagnostics.filter((p) => p.uri === uri).length;
  try {
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: edited, languageId: 'seed-bundle', version: 1, text: texts['000_aa.txt'] } });
    assert.deepEqual((await server.diagnosticsFor(edited, (p) => p.version === 1)).diagnostics, [], 'the opened file is always sent its diagnostics');
    await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: edited } }); // what that publication sent has arrived
    assert.deepEqual([sent(sibling), sent(unrelated)], [0, 0], 'files without diagnostics, never sent any, are not sent empty ones');

    // One letter of the quote changes: both versions now differ, the unrelated file is untouched.
    const at = texts['000_aa.txt'].split('\n')[2].indexOf('bus');
    server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: edited, version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: at }, end: { line: 2, character: at + 3 } }, text: 'truck' }],
    });
    const own = await server.diagnosticsFor(edited, (p) => p.version === 2);
    const theirs = await server.diagnosticsFor(sibling);
    await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: edited } });
    assert.deepEqual([own, theirs].map((p) => p.diagnostics.map((d) => d.code)), [['quote-wording'], ['quote-wording']]);
    assert.equal(sent(unrelated), 0);

    // A change in prose far from the quote: the edited file is sent its diagnostics for the new version, the sibling's are the same and not sent again.
    const before = sent(sibling);
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: edited, version: 3 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Old ' }] });
    assert.deepEqual((await server.diagnosticsFor(edited, (p) => p.version === 3)).diagnostics.map((d) => d.code), ['quote-wording']);
    await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: edited } });
    assert.deepEqual([sent(sibling) - before, sent(unrelated)], [0, 0]);
  } finally {
    await server.stop();
  }
});

test('the server answers nonsense with errors or nothing, and keeps serving', async () => {
  const server = await startTestServer();
  const uri = 'file:///tmp/protocol-test/other.seeds';
  try {
    const past = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 999, character: 999 } });
    assert.equal(past, null);
    await assert.rejects(server.connection.sendRequest('no/such/method', {}), /Unhandled method/);
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'x' }] });
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed-bundle', version: 1, text: BUNDLE } });
    const symbols = await server.connection.sendRequest<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols.length, 2);
    assert.equal(server.process.exitCode, null);
  } finally {
    await server.stop();
  }
});
