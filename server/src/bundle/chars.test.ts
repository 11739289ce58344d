import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  ASCII_CLASSES,
  LETTER,
  LOWER,
  MARK,
  NUMBER,
  SPACE,
  TITLE,
  UPPER,
  classAt,
  codePointAt,
  codePointClass,
  codePointEnd,
  codePointStart,
  forEachCapitalisedWord,
  isSpaceAt,
  unitClass,
} from './chars';

const PATTERNS: [number, RegExp][] = [
  [SPACE, /^\s$/u],
  [LETTER, /^\p{L}$/u],
  [UPPER, /^\p{Lu}$/u],
  [TITLE, /^\p{Lt}$/u],
  [LOWER, /^\p{Ll}$/u],
  [MARK, /^\p{M}$/u],
  [NUMBER, /^\p{N}$/u],
];

/** The classes as the regexes give them, one by one. */
function expected(char: string): number {
  return PATTERNS.reduce((found, [bit, pattern]) => (pattern.test(char) ? found | bit : found), 0);
}

test('chars: every code unit has the classes the Unicode regexes give it, asked once or twice', () => {
  for (let code = 0; code < 0x10000; code += code < 0x3000 ? 1 : 7) {
    const want = expected(String.fromCharCode(code));
    assert.equal(unitClass(code), want, `U+${code.toString(16)}`);
    assert.equal(unitClass(code), want, `U+${code.toString(16)} again`);
  }
  for (let code = 0; code < 128; code++) assert.equal(ASCII_CLASSES[code], expected(String.fromCharCode(code)));
  assert.equal(unitClass(0xd835), 0, 'a surrogate alone is of no class');
});

test('chars: code points beyond the first plane', () => {
  assert.equal(codePointClass(0x1d400), LETTER | UPPER, '𝐀 MATHEMATICAL BOLD CAPITAL A');
  assert.equal(codePointClass(0x1d7d8), NUMBER, '𝟘 MATHEMATICAL DOUBLE-STRUCK DIGIT ZERO');
  assert.equal(codePointClass(0x1f600), 0, 'an emoji');
});

test('chars: surrogate pairs read as one code point, halves alone as themselves', () => {
  const text = 'a𝐀\ud835b\udc00';
  assert.equal(codePointAt(text, 1), 0x1d400);
  assert.equal(codePointEnd(text, 1), 3);
  assert.equal(codePointStart(text, 3), 1);
  assert.equal(codePointAt(text, 3), 0xd835, 'a high half before a letter');
  assert.equal(codePointEnd(text, 3), 4);
  assert.equal(codePointStart(text, 6), 5, 'a low half after a letter');
  assert.equal(classAt(text, 1), LETTER | UPPER);
  assert.equal(classAt(text, 3), 0);
  assert.equal(classAt(text, text.length), 0, 'nothing past the end');
  assert.equal(codePointStart('\udc00', 1), 0);
});

test('chars: classAt and isSpaceAt agree with regexes anywhere in any text', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('\ud835', '\udc00', '\u00a0', 'ǅ', '\u0301'), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 20 }), fc.nat(22), (text, at) => {
      const codePoint = at < text.length ? String.fromCodePoint(text.codePointAt(at)!) : '';
      assert.equal(classAt(text, at), codePoint ? expected(codePoint) : 0);
      assert.equal(isSpaceAt(text, at), at < text.length && /\s/.test(text[at]));
    }),
  );
});

test('chars: forEachCapitalisedWord finds what the capitalised-word regex finds in a slice', () => {
  const words = (text: string, from = 0, to = text.length) => {
    const found: string[] = [];
    forEachCapitalisedWord(text, from, to, (start, end) => found.push(text.slice(start, end)));
    return found;
  };
  assert.deepEqual(words("Mr. d'Ettorre met Jean-Luc O’Neill of NATO."), ['Mr', 'Ettorre', 'Jean-Luc', 'O’Neill', 'NATO']);
  assert.deepEqual(words('Zoë Ángel 𝐀b'), ['Zoë', 'Ángel', '𝐀b'], 'marks, accents and capitals beyond the first plane');
  assert.deepEqual(words('Anna Bell', 2, 7), ['Be'], 'only inside the slice');
  const unit = fc.constantFrom('A', 'b', 'É', "'", '’', '-', ' ', '1', '\u0301', '𝐀', '\ud835', '\udc00', 'ǅ');
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 16 }), fc.nat(17), fc.nat(17), (text, a, b) => {
      const [from, to] = [Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)];
      assert.deepEqual(words(text, from, to), text.slice(from, to).match(/\p{Lu}[\p{L}\p{M}'’-]*/gu) ?? []);
    }),
  );
});
