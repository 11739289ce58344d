import test from 'node:test';
import assert from 'node:assert/strict';
import { diagnosticsDelay } from './server';

test('diagnostics are recomputed at once after quick work, later after slow work, never later than 300 ms', () => {
  assert.deepEqual([0, 12, 49.9].map(diagnosticsDelay), [0, 0, 0]);
  assert.deepEqual([50, 120, 300, 4_000].map(diagnosticsDelay), [50, 120, 300, 300]);
});
