import assert from 'node:assert/strict';
import test from 'node:test';
import { PassThrough } from 'stream';
import { StreamMessageReader } from 'vscode-languageserver/node';
import { asciiJson, KeptJson, KeptMessageWriter } from './connection';

const text = (kept: KeptJson, message: object) => kept.encode(message as never).join('');
const range = { start: { line: 3, character: 1 }, end: { line: 3, character: 9 } };
const symbols = [
  { name: 'Ferry timetable defended', detail: 'Harbour Gazette · 2021-05-04', kind: 2, range, selectionRange: range, children: [] },
  { name: 'Mayor “confident”', kind: 2, range, selectionRange: range },
];
const diagnostics = [{ range, severity: 2, code: 'quote-wording', source: 'seed-bundle', message: 'Vollmar\'s words differ: "rider" → "commuter"' }];

test('a message with a kept list is the JSON of the message, field for field', () => {
  const kept = new KeptJson();
  const response = { jsonrpc: '2.0', id: 7, result: kept.keep(symbols) };
  assert.deepEqual(JSON.parse(text(kept, response)), JSON.parse(JSON.stringify(response)));
  const notification = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///b.seeds', version: undefined, diagnostics: kept.keep(diagnostics) } };
  assert.deepEqual(JSON.parse(text(kept, notification)), JSON.parse(JSON.stringify(notification)));
  const empty = { jsonrpc: '2.0', id: 'x', result: kept.keep([]) };
  assert.deepEqual(JSON.parse(text(kept, empty)), { jsonrpc: '2.0', id: 'x', result: [] });
});

test('the JSON of a kept item is made once; lists not kept and other messages are written as they are', () => {
  const kept = new KeptJson();
  let written = 0;
  const item = { name: 'counted', toJSON: () => (written++, { name: 'counted' }) };
  const list = kept.keep([item]);
  text(kept, { jsonrpc: '2.0', id: 1, result: list });
  text(kept, { jsonrpc: '2.0', id: 2, result: kept.keep([item, ...symbols]) });
  assert.equal(written, 1);
  text(kept, { jsonrpc: '2.0', id: 3, result: [item] });
  assert.equal(written, 2);
  const hover = { jsonrpc: '2.0', id: 4, result: { contents: { kind: 'markdown', value: '**Teresa Vollmar**' } } };
  assert.equal(text(kept, hover), JSON.stringify(hover));
});

test('the writer sends each message as one frame that an LSP reader reads back whole, in order', async () => {
  const stream = new PassThrough();
  const kept = new KeptJson();
  const writer = new KeptMessageWriter(stream, kept);
  const reader = new StreamMessageReader(stream);
  const read: unknown[] = [];
  reader.listen((message) => read.push(message));
  const messages = [
    { jsonrpc: '2.0', id: 1, result: kept.keep(symbols) },
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///b.seeds', diagnostics: kept.keep(diagnostics) } },
    { jsonrpc: '2.0', id: 2, result: { contents: 'Teresa Vollmar — “quoted” in 3 sources' } },
  ];
  for (const message of messages) await writer.write(message as never);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(read, JSON.parse(JSON.stringify(messages)));
});

test('what the writer sends is ASCII, and the same JSON value: curly quotes, dashes, accents and emoji escaped', () => {
  const kept = new KeptJson();
  const hover = { jsonrpc: '2.0', id: 5, result: { contents: 'José Núñez — “we’re ready” 🚢\u2028' } };
  const messages = [{ jsonrpc: '2.0', id: 1, result: kept.keep(symbols) }, hover];
  for (const message of messages) {
    const json = text(kept, message);
    assert.match(json, /^[\x00-\x7f]*$/);
    assert.deepEqual(JSON.parse(json), message);
  }
  assert.equal(asciiJson('“a” — ü'), '"\\u201ca\\u201d \\u2014 \\u00fc"');
});
