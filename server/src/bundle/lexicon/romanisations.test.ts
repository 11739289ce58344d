import test from 'node:test';
import assert from 'node:assert/strict';
import { ROMANISATIONS } from './romanisations';

test('the spellings of given names news romanises several ways: lower-case words, each in one name only, the name its own group', () => {
  const groups = new Set(ROMANISATIONS.values());
  assert.ok(groups.size >= 15);
  const seen = new Set<string>();
  for (const spellings of groups) {
    assert.ok(spellings.length >= 2, spellings.join(' '));
    for (const spelling of spellings) {
      assert.match(spelling, /^[a-z]+$/);
      assert.ok(!seen.has(spelling), `${spelling} is in two names`);
      seen.add(spelling);
      assert.equal(ROMANISATIONS.get(spelling), spellings);
    }
  }
  for (const [a, b] of [['mohammed', 'muhammad'], ['mahmoud', 'mahmud'], ['hussein', 'husayn'], ['yusuf', 'youssef']]) assert.ok(ROMANISATIONS.get(a)?.includes(b), `${a} / ${b}`);
  // Mohammed and Mahmoud share every consonant and are two names.
  assert.ok(!ROMANISATIONS.get('mohammed')!.includes('mahmoud'));
});
