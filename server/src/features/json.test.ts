import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { viewOf } from '../testing/fixtures';
import { bundleJson, writeJson } from './json';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

function written(value: unknown): { text: string; chunks: string[] } {
  const chunks: string[] = [];
  writeJson(value, (t) => chunks.push(t));
  return { text: chunks.join(''), chunks };
}

test('writeJson writes what JSON.stringify(value, null, 2) gives, for any JSON value', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => assert.equal(written(value).text, JSON.stringify(value, null, 2))),
    { numRuns: RUNS },
  );
  const odd = { a: undefined, b: [undefined, NaN, -0], d: {}, e: [], f: 'line\nbreak “quoted” \uD83D' };
  assert.equal(written(odd).text, JSON.stringify(odd, null, 2));
});

test('writeJson writes a big value in pieces of about a megabyte, never as one string', () => {
  const value = { quotes: Array.from({ length: 30_000 }, (_, i) => ({ text: `quote ${i} `.repeat(10), range: { start: { line: i, character: 0 } } })) };
  const { text, chunks } = written(value);
  assert.equal(text, JSON.stringify(value, null, 2));
  assert.ok(chunks.length > 5, `${chunks.length} chunks`);
  assert.ok(chunks.every((c) => c.length < 2 ** 20 + 1_000), 'each chunk about a megabyte');
});

test('a bundle written in pieces parses back to its JSON', () => {
  const view = viewOf('=== 000_aa.txt\nFerry fares rise\n\n"Fares will go up in May," Dana Mills said on Monday.\n');
  const json = bundleJson(view);
  assert.deepEqual(JSON.parse(written(json).text), json);
});
