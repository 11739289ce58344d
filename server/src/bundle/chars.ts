// Unicode classes of characters by table lookup, for the scanners that read every character of
// a bundle: the same answers as `/\s/` and `/\p{L}/u`-style regexes, without running a regex per
// character. Each class is worked out once, with those regexes, the first time it is asked for.

/** JavaScript's `\s`. */
export const SPACE = 1;
/** `\p{L}` */
export const LETTER = 2;
/** `\p{Lu}` */
export const UPPER = 4;
/** `\p{Lt}` */
export const TITLE = 8;
/** `\p{Ll}` */
export const LOWER = 16;
/** `\p{M}` */
export const MARK = 32;
/** `\p{N}` */
export const NUMBER = 64;
const KNOWN = 128;

const CLASSES: [number, RegExp][] = [
  [SPACE, /^\s$/u],
  [LETTER, /^\p{L}$/u],
  [UPPER, /^\p{Lu}$/u],
  [TITLE, /^\p{Lt}$/u],
  [LOWER, /^\p{Ll}$/u],
  [MARK, /^\p{M}$/u],
  [NUMBER, /^\p{N}$/u],
];

function classify(char: string): number {
  let found = 0;
  for (const [bit, pattern] of CLASSES) if (pattern.test(char)) found |= bit;
  return found;
}

/** By UTF-16 code unit; 0 until asked for. */
const unitClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

/** The classes of the ASCII characters by code, for scanners' fast paths. */
export const ASCII_CLASSES = Uint8Array.from({ length: 128 }, (_, code) => classify(String.fromCharCode(code)));

/**
 * The classes of one UTF-16 code unit standing alone, as a regex sees `text[i]`: a surrogate
 * alone is of no class.
 */
export function unitClass(code: number): number {
  const known = unitClasses[code];
  if (known !== 0) return known & ~KNOWN;
  const found = classify(String.fromCharCode(code));
  unitClasses[code] = found | KNOWN;
  return found;
}

/** The classes of a code point, as a regex with the `u` flag sees it. */
export function codePointClass(codePoint: number): number {
  if (codePoint < 0x10000) return unitClass(codePoint);
  let found = astralClasses.get(codePoint);
  if (found === undefined) astralClasses.set(codePoint, (found = classify(String.fromCodePoint(codePoint))));
  return found;
}

/** The code point at `i` (a surrogate pair read as one), as a regex with the `u` flag reads it. */
export function codePointAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return code;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? ((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000 : code;
}

/** Past the code point at `i`. */
export function codePointEnd(text: string, i: number): number {
  return i + (codePointAt(text, i) > 0xffff ? 2 : 1);
}

/** Where the code point that ends at `i` starts (a surrogate pair read as one). */
export function codePointStart(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  if (low < 0xdc00 || low > 0xdfff || i < 2) return i - 1;
  const high = text.charCodeAt(i - 2);
  return high >= 0xd800 && high <= 0xdbff ? i - 2 : i - 1;
}

/** The classes of the code point at `i`; 0 past the end. */
export function classAt(text: string, i: number): number {
  return i < text.length ? codePointClass(codePointAt(text, i)) : 0;
}

/** Whether the code unit at `i` is a space (`\s`: every space is one code unit); false past the end. */
export function isSpaceAt(text: string, i: number): boolean {
  return i < text.length && (unitClass(text.charCodeAt(i)) & SPACE) !== 0;
}

/**
 * Each capitalised word of `text` from `from` to `to` (what `/\p{Lu}[\p{L}\p{M}'’-]*` with the
 * flags `gu` finds in `text.slice(from, to)`), passed to `visit` as offsets: no regex, no copy of
 * the text.
 */
export function forEachCapitalisedWord(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  for (let at = from; at < to; ) {
    const first = codePointWithin(text, at, to);
    if (!(codePointClass(first) & UPPER)) {
      at += first > 0xffff ? 2 : 1;
      continue;
    }
    let end = at + (first > 0xffff ? 2 : 1);
    while (end < to) {
      const next = codePointWithin(text, end, to);
      if (!(next === 39 || next === 0x2019 || next === 45 || codePointClass(next) & (LETTER | MARK))) break;
      end += next > 0xffff ? 2 : 1;
    }
    visit(at, end);
    at = end;
  }
}

/** The code point at `i` of the text as cut at `to`: a surrogate pair cut there is a surrogate alone, as in a slice. */
function codePointWithin(text: string, i: number, to: number): number {
  return i + 1 < to ? codePointAt(text, i) : text.charCodeAt(i);
}

/**
 * `text` as one string of its own. V8 makes a slice of 13 characters or more a view into the
 * string it was cut from, which then lives as long as the slice: a cache of words cut from a
 * document would keep every version of the document it ever saw. And a text of 13 characters or
 * more joined from pieces (`${a} ${b}`) is a tree of them, slices among them, until something
 * reads it whole: the findings' messages at 1,000 seeds held 2.5 MB more as trees than as strings.
 * (A JSON round trip makes a new flat string, twice as fast as splitting and joining it.)
 */
export function detached(text: string): string {
  return text.length < 13 ? text : JSON.parse(JSON.stringify(text));
}

const NON_ASCII = /[^\x00-\x7f]/;

/** The word without its accents, case kept (`Orbán` -> `Orban`): outlets differ on keeping them. */
export function withoutAccents(word: string): string {
  return NON_ASCII.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word;
}

/** A word as it opens a sentence: `De la Cruz`, `President`. */
export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
