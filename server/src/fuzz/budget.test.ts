import test from 'node:test';
import assert from 'node:assert/strict';
import { fuzzParameters, runsOf, totalRuns } from './budget';

test('FUZZ_RUNS is the total over the folder, shared between the properties', () => {
  assert.equal(totalRuns({}), 3000, 'a few thousand without it');
  assert.equal(totalRuns({ FUZZ_RUNS: 'lots' }), 3000);
  assert.equal(totalRuns({ FUZZ_RUNS: '100000' }), 100_000);
  const env = { FUZZ_RUNS: '100000' };
  const properties = ['reader: generated file form', 'analysis: mutated bundles', 'command: unpack never overwrites'] as const;
  for (const property of properties) assert.ok(runsOf(property, env) > runsOf(property, {}));
  assert.ok(runsOf('analysis: mutated bundles', env) > runsOf('command: unpack never overwrites', env), 'disk-bound properties run fewer cases');
  assert.equal(runsOf('generators: coverage', { FUZZ_RUNS: '1' }), 1, 'every property runs at least once');
});

test('FUZZ_SEED replays a run', () => {
  assert.deepEqual(fuzzParameters('analysis: generated bundles', { FUZZ_RUNS: '100', FUZZ_SEED: '42' }), { numRuns: 18, seed: 42 });
  assert.equal(fuzzParameters('analysis: generated bundles', {}).seed, undefined);
});
