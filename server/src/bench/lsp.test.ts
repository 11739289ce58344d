import test from 'node:test';
import assert from 'node:assert/strict';
import { pooledSessions, SessionFigures } from './lsp';

function session(n: number, overrides: Partial<SessionFigures> = {}): SessionFigures {
  return {
    initializeMs: 100 + n,
    openMs: 1000 * n,
    wholeOpenMs: 3000 * n,
    firstDiagnostics: 5,
    diagnostics: 12,
    diagnosticsMB: 0.5,
    diagnosticsJsonMs: 5 + n,
    keystrokeMs: [n, n + 0.5],
    outlineMs: [10 * n],
    symbols: 3,
    outlineMB: 0.2,
    outlineJsonMs: 2 + n,
    hoverMs: [n / 10],
    hoverOnPerson: true,
    referencesMs: [n / 5],
    references: 4,
    outlineAfterEditMs: [20 * n],
    lensesAfterEditMs: [30 * n],
    lenses: 7,
    peakMemoryMB: 100 + 10 * n,
    memoryMB: 90 + n,
    serverErrors: n === 2 ? ['hover failed'] : [],
    ...overrides,
  };
}

test('pooled sessions: timings of all, the median open, the highest peak, every error', () => {
  const pooled = pooledSessions([session(3), session(1), session(2, { hoverOnPerson: false })]);
  assert.deepEqual(pooled.keystrokeMs, [3, 3.5, 1, 1.5, 2, 2.5]);
  assert.deepEqual(pooled.outlineMs, [30, 10, 20]);
  assert.deepEqual(pooled.hoverMs, [0.3, 0.1, 0.2]);
  assert.deepEqual(pooled.referencesMs, [0.6, 0.2, 0.4]);
  assert.deepEqual(pooled.outlineAfterEditMs, [60, 20, 40]);
  assert.deepEqual(pooled.lensesAfterEditMs, [90, 30, 60]);
  assert.equal(pooled.openMs, 2000);
  assert.equal(pooled.wholeOpenMs, 6000);
  assert.equal(pooled.initializeMs, 102);
  assert.equal(pooled.diagnosticsJsonMs, 6);
  assert.equal(pooled.outlineJsonMs, 3);
  assert.equal(pooled.peakMemoryMB, 130);
  assert.equal(pooled.hoverOnPerson, false);
  assert.deepEqual(pooled.serverErrors, ['hover failed']);
  assert.equal(pooled.diagnostics, 12);
});

test('one session pools to itself; none is refused', () => {
  assert.deepEqual(pooledSessions([session(1)]), session(1));
  assert.throws(() => pooledSessions([]), /no session/);
});
