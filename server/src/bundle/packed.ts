// The lexicon's lists of words and names, packed: a server keeps them for as long as it runs, and
// as Sets and Maps of strings their ~195,000 entries took ~60 bytes each beside their characters.

const SEPARATOR = '\n';
const SEPARATOR_CODE = 10;

/**
 * Strings, each with a number from 1 to 65,535 (which lists hold it, as bits, or 1 in a set): all
 * of them in one string, each followed by a line feed, found by hash. About 12 bytes a string
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
    let capacity = 16;
    while (capacity < 2 * numbers.size) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    let largest = 0;
    for (const [string, number] of numbers) {
      if (string.includes(SEPARATOR) || !Number.isInteger(number) || number < 1 || number > 0xffff) {
        throw new RangeError(`cannot pack ${JSON.stringify(string)} with ${number}`);
      }
      largest = Math.max(largest, number);
    }
    this.values = largest < 0x100 ? new Uint8Array(capacity) : new Uint16Array(capacity);
    let at = 0;
    for (const [string, number] of numbers) {
      let slot = hashOf(string) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = 1 + at;
      this.values[slot] = number;
      at += string.length + 1;
    }
    this.text = [...numbers.keys(), ''].join(SEPARATOR);
    this.size = numbers.size;
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
  *[Symbol.iterator](): Iterator<string> {
    for (let at = 0; at < this.text.length; ) {
      const end = this.text.indexOf(SEPARATOR, at);
      yield this.text.slice(at, end);
      at = end + 1;
    }
  }
}

function hashOf(string: string): number {
  let hash = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < string.length; i++) hash = Math.imul(hash ^ string.charCodeAt(i), 0x01000193);
  return hash;
}
