import test from 'node:test';
import assert from 'node:assert/strict';
import { diagnosticsDelay } from './server';

test('diagnostics are recomputed at once after quick work, else once the server was idle as long as the last work took, at most 300 ms', () => {
  const delays = (cases: [number, number][]) => cases.map(([work, since]) => diagnosticsDelay(work, since));
  // Quick work: at once, however recent.
  assert.deepEqual(delays([[0, 0], [12, 0], [49.9, 1]]), [0, 0, 0]);
  // Slow work just ended (typing on): wait for as long as it took, at most 300 ms.
  assert.deepEqual(delays([[50, 0], [120, 0], [300, 0], [4_000, 0]]), [50, 120, 300, 300]);
  // Part of that already passed idle: only the rest; after a pause as long as the work, at once.
  assert.deepEqual(delays([[120, 50], [4_000, 100], [120, 120], [120, 5_000], [4_000, 300]]), [70, 200, 0, 0, 0]);
});
