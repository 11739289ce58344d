// The lexicon's lists of words and names, packed: a server keeps them for as long as it runs, and
// as Sets and Maps of strings their ~195,000 entries took ~60 bytes each beside their characters.
import { FNV_OFFSET, FNV_PRIME, hashOf } from './collections';

const SEPARATOR = '\n';
const SEPARATOR_CODE = 10;

/**
 * Strings, each with a number from 1 to 65,535 (which lists hold it, as bits, or 1 in a set): all
 * of them in one string, each followed by a line feed, found by hash: 10 to 20 bytes a string
 * beside its characters.
 */
export class PackedStrings implements Iterable<string> {
  private readonly text: string;
  /** Open addressing over 1 + where a string starts in text; 0 for a free slot. */
  private readonly slots: Int32Array;
  /** The number of each slot's string. */
  private readonly values: Uint8Array | Uint16Array;
  private readonly mask: number;
  readonly size: number;

  /** A set: each string with the number 1. */
  static of(strings: Iterable<string>): PackedStrings {
    const numbers = new Map<string, number>();
    for (const string of strings) numbers.set(string, 1);
    return new PackedStrings(numbers);
  }

  constructor(numbers: ReadonlyMap<string, number>) {
    const given = [...numbers.values()];
    let largest = 0;
    for (const number of given) {
      if (!Number.isInteger(number) || number < 1 || number > 0xffff) throw new RangeError(`cannot pack the number ${number}: numbers run from 1 to 65,535`);
      largest = Math.max(largest, number);
    }
    let capacity = 16;
    while (capacity < 2 * given.length) capacity *= 2;
    const mask = capacity - 1;
    const slots = new Int32Array(capacity);
    const values = largest < 0x100 ? new Uint8Array(capacity) : new Uint16Array(capacity);
    const text = [...numbers.keys(), ''].join(SEPARATOR);
    // One pass over the joined text hashes every string (as hashOf does): a call for each was most of the lexicon's start.
    let entry = 0;
    let start = 0;
    let hash = FNV_OFFSET;
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code !== SEPARATOR_CODE) {
        hash = Math.imul(hash ^ code, FNV_PRIME);
        continue;
      }
      if (entry === given.length) break; // a string held a line feed
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = 1 + start;
      values[slot] = given[entry++];
      start = at + 1;
      hash = FNV_OFFSET;
    }
    if (start !== text.length) throw new RangeError('cannot pack a string that holds a line feed');
    this.text = text;
    this.slots = slots;
    this.values = values;
    this.mask = mask;
    this.size = given.length;
  }

  /** The string's number, or 0 when it is not one of them. */
  get(string: string): number {
    for (let slot = hashOf(string) & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const at = this.slots[slot] - 1;
      if (this.text.charCodeAt(at + string.length) === SEPARATOR_CODE && this.text.startsWith(string, at)) return this.values[slot];
    }
    return 0;
  }

  has(string: string): boolean {
    return this.get(string) !== 0;
  }

  /** The strings in the order they were given. */
  [Symbol.iterator](): Iterator<string> {
    // Split natively: a generator walking the text was several times slower while cold, as the lists are read at start.
    return this.text.split(SEPARATOR, this.size)[Symbol.iterator]();
  }
}

