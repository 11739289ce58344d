import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { withCommas } from './numbers';

test('withCommas writes an integer as toLocaleString("en") does', () => {
  assert.equal(withCommas(0), '0');
  assert.equal(withCommas(999), '999');
  assert.equal(withCommas(1000), '1,000');
  assert.equal(withCommas(2898), '2,898');
  assert.equal(withCommas(-1234567), '-1,234,567');
  fc.assert(fc.property(fc.maxSafeInteger(), (n) => withCommas(n) === n.toLocaleString('en')));
});
