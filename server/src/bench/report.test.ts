import assert from 'node:assert/strict';
import test from 'node:test';
import { atMost, formatFigure, growthAtMost, median, p95, quantile, ratio, Row, table, verdict } from './report';

test('median and p95 interpolate between ranks and ignore input order', () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(p95(Array.from({ length: 21 }, (_, i) => 20 - i)), 19);
  assert.equal(quantile([7], 0.95), 7);
  assert.equal(median([]), undefined);
});

test('ratio and formatFigure leave missing figures as a dash', () => {
  assert.equal(ratio(250, 1000), 4);
  assert.equal(ratio(undefined, 1000), undefined);
  assert.equal(ratio(0, 1000), undefined);
  assert.equal(formatFigure(1234.567, 1), '1,234.6');
  assert.equal(formatFigure(undefined), '—');
});

const rowOf = (values: [number, number][], extra: Partial<Row> = {}): Row => ({ label: 'x', values: new Map(values), ...extra });

test('verdict judges targets at 1,000 seeds and growth from 250 to 1,000', () => {
  assert.equal(verdict(rowOf([[1000, 20]], { targets: [atMost(30, ' ms')] })), 'PASS');
  assert.equal(verdict(rowOf([[1000, 31]], { targets: [atMost(30, ' ms')] })), 'FAIL');
  assert.equal(verdict(rowOf([[250, 10], [1000, 44]], { targets: [growthAtMost(4.5)] })), 'PASS');
  assert.equal(verdict(rowOf([[250, 10], [1000, 46]], { targets: [growthAtMost(4.5)] })), 'FAIL');
  assert.equal(verdict(rowOf([[250, 10], [1000, 46]], { targets: [atMost(50, ' ms'), growthAtMost(4.5)] })), 'FAIL (≤ 4.5× 250 → 1,000)');
  assert.equal(verdict(rowOf([[250, 10]], { targets: [atMost(30, ' ms')] })), '—');
  assert.equal(verdict(rowOf([[1000, 10]])), '—');
});

test('table has a column per size, growth ratios where asked, the target and the verdict', () => {
  const markdown = table(
    [rowOf([[250, 10], [1000, 40]], { label: 'open (ms)', growth: true, targets: [atMost(500, ' ms')] }), rowOf([[250, 3], [1000, 3]], { label: 'count', digits: 0 })],
    [250, 1000],
  );
  const lines = markdown.split('\n');
  assert.equal(lines.length, 4);
  assert.match(lines[0], /\| measure \| 250 seeds \| 1,000 seeds \| × 250 → 1,000 \| target at 1,000 \| result \|/);
  assert.equal(lines[2], '| open (ms) | 10.0 | 40.0 | 4.00 | ≤ 500 ms | PASS |');
  assert.equal(lines[3], '| count | 3 | 3 |  |  | — |');
});
