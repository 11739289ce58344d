import test from 'node:test';
import assert from 'node:assert/strict';
import { escapeRegExp } from './regexps';

test('escapeRegExp: a pattern made of text matches that text and nothing else', () => {
  const text = 'St. (Ives) [a|b] ^$ * + ? {2} \\';
  assert.ok(new RegExp(`^${escapeRegExp(text)}$`).test(text));
  assert.ok(!new RegExp(escapeRegExp('St.')).test('Sta'));
  assert.equal(escapeRegExp('Ann Hale'), 'Ann Hale');
});
