import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { viewOf } from '../testing/fixtures';
import { bundleJson, writeJson } from './json';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

function written(value: unknown, smallValue?: number): { text: string; chunks: string[] } {
  const chunks: string[] = [];
  writeJson(value, (t) => chunks.push(t), smallValue);
  return { text: chunks.join(''), chunks };
}

test('writeJson writes what JSON.stringify(value, null, 2) gives, for any JSON value, whichever of its parts it walks itself', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 12 }), (value, smallValue) =>
      assert.equal(written(value, smallValue).text, JSON.stringify(value, null, 2)),
    ),
    { numRuns: RUNS },
  );
  const odd = { a: undefined, b: [undefined, NaN, -0], c: { only: undefined }, d: {}, e: [], f: 'line\nbreak “quoted” \uD83D' };
  for (const smallValue of [0, 1, 3, undefined]) assert.equal(written(odd, smallValue).text, JSON.stringify(odd, null, 2));
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
