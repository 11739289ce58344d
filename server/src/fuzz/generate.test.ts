import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fuzzParameters } from './budget';
import { bundle, bundleBytes, MARK_PAIRS, mutate, mutatedBundle } from './generate';

test('generators: coverage: the bundles hold every mark kind, line end, script and kind of breakage the fuzz claims', () => {
  const { numRuns, seed } = fuzzParameters('generators: coverage');
  const samples = fc.sample(bundle, { numRuns: Math.max(numRuns, 400), seed });
  const texts = samples.map((b) => b.text);
  const some = (what: string, test: (text: string) => boolean) => assert.ok(texts.some(test), `no generated bundle has ${what}`);
  for (const [open, close] of MARK_PAIRS) some(`the marks ${open}…${close}`, (t) => t.includes(open) && t.includes(close));
  some('CRLF line ends', (t) => t.includes('\r\n'));
  some('lone CR line ends', (t) => /\r(?!\n)/.test(t));
  some('a byte order mark', (t) => t.startsWith('\uFEFF'));
  some('an emoji (a surrogate pair)', (t) => /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(t));
  some('Cyrillic, Arabic and CJK letters', (t) => /\p{Script=Cyrillic}/u.test(t) && /\p{Script=Arabic}/u.test(t) && /\p{Script=Han}/u.test(t));
  some('boilerplate', (t) => t.includes('Related Articles >') || t.includes('Tags:'));
  some('the tail spelling of headers', (t) => /==> some\/dir\/\S+ <==/.test(t));
  some('a capture line', (t) => /(^|[\r\n]) date \d{4}-\d{2}/.test(t));
  assert.ok(samples.some((b) => new Set(b.seeds.map((s) => s.name)).size < b.seeds.length), 'no generated bundle has two seeds with one name');
  assert.ok(samples.some((b) => b.seeds.length === 0) && samples.some((b) => b.seeds.length >= 4), 'bundles of no seeds and of several');

  const mutated = fc.sample(mutatedBundle, { numRuns: 300, seed });
  assert.ok(mutated.some((t) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(t)), 'mutations put in lone surrogates');
  const bytes = fc.sample(bundleBytes, { numRuns: 300, seed });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const invalid = bytes.filter((sample) => {
    try {
      decoder.decode(sample);
      return false;
    } catch {
      return true;
    }
  });
  assert.ok(invalid.length > 0 && invalid.length < bytes.length, 'some byte mutations make invalid UTF-8, not all');
});

test('mutate applies inserts, deletes and duplications at relative places', () => {
  assert.equal(mutate('abcdef', [{ kind: 'insert', at: 0.5, text: 'X' }]), 'abcXdef');
  assert.equal(mutate('abcdef', [{ kind: 'delete', at: 0.5, length: 2 }]), 'abcf');
  assert.equal(mutate('abcdef', [{ kind: 'duplicate', at: 0, length: 2 }]), 'ababcdef');
  assert.equal(mutate('abc', [{ kind: 'delete', at: 1, length: 5 }, { kind: 'insert', at: 1, text: '!' }]), 'abc!');
  assert.equal(mutate('', [{ kind: 'duplicate', at: 0.3, length: 9 }]), '');
});
