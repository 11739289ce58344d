// Items under keys (a quote's distinct wordings under their word pairs, paraphrase candidates
// under their cue words): which items share enough keys with one, found in time bounded however
// common its keys are.
//
// Through a key that more than `maxHubs` items hold, an item meets only the key's hubs (its first
// items in hub order, a fixed order of the items), and a hub meets them all. Which items are hubs
// depends only on the items held, never on the order they came in; a key held by `maxHubs` items
// or fewer links every two of them. Two items that meet through a key count every key they share.
//
// Items are held by number and keys by posting number, in plain arrays, so that counting shared
// keys walks small integers and not the items themselves; most keys are held by one or two items,
// and only a key held by more than maxHubs items has a list of hubs of its own.
import { detached } from '../chars';
import { appended, sortedOverlap } from '../collections';

export class KeyIndex<T, K extends string | number = string> {
  private readonly numbers = new Map<K, number>();
  /** By posting number: its key, and the numbers of its items in no order. */
  private keys: K[] = [];
  private postings: number[][] = [];
  private freePostings: number[] = [];
  /** The hubs of each posting with more than maxHubs items, first first. */
  private hubs = new Map<number, number[]>();
  private items: (T | undefined)[] = [];
  private itemNumbers = new Map<T, number>();
  private freeItems: number[] = [];
  /** By item number: its place in hub order, its postings (ascending), and its place in each. */
  private orders: number[] = [];
  private postingsOf: number[][] = [];
  private places: number[][] = [];
  /** By item number: how many keys it has. */
  private keyCounts: Int32Array<ArrayBuffer> = new Int32Array(64);
  /** Scratch for counting shared keys: the count, and the pass it belongs to. */
  private counts: Int32Array<ArrayBuffer> = new Int32Array(64);
  private countedIn: Int32Array<ArrayBuffer> = new Int32Array(64);
  private pass = 0;

  /**
   * `before(x, y)` breaks ties of hub order (items whose `order` is equal); `minShared` keys
   * make two items candidates (or every key the one with fewer has).
   */
  constructor(
    private readonly maxHubs: number,
    private readonly minShared: number,
    private readonly before: (x: T, y: T) => boolean,
  ) {}

  has(item: T): boolean {
    return this.itemNumbers.has(item);
  }

  /** How many keys an item holds. */
  keyCount(item: T): number {
    return this.keyCounts[this.itemNumbers.get(item)!];
  }

  /** Adds an item with its keys (each once) and its place in hub order; returns the items that stopped being hubs of a key (one for each key). */
  add(item: T, keys: K[], order: number): T[] {
    const n = this.freeItems.pop() ?? this.items.length;
    this.items[n] = item;
    this.itemNumbers.set(item, n);
    this.orders[n] = order;
    if (n >= this.counts.length) {
      this.keyCounts = grown(this.keyCounts, n);
      this.counts = grown(this.counts, n);
      this.countedIn = grown(this.countedIn, n);
    }
    this.keyCounts[n] = keys.length;
    const postings = keys.map((key) => this.postingNumber(key)).sort((x, y) => x - y);
    const former: T[] = [];
    this.postingsOf[n] = postings;
    this.places[n] = postings.map((p) => {
      const members = (this.postings[p] = this.postings[p].length === 0 ? alone(n) : appended(this.postings[p], n));
      const place = members.length - 1;
      if (members.length <= this.maxHubs) return place;
      // The hubs are the first maxHubs items; the key has one more now.
      let hubs = this.hubs.get(p);
      if (!hubs) this.hubs.set(p, (hubs = members.slice(0, -1).sort((x, y) => (this.hubBefore(x, y) ? -1 : 1))));
      if (!this.hubBefore(n, hubs[hubs.length - 1])) return place;
      let at = hubs.length;
      while (at > 0 && this.hubBefore(n, hubs[at - 1])) at--;
      hubs.splice(at, 0, n);
      former.push(this.items[hubs.pop()!]!);
      return place;
    });
    return former;
  }

  /** Removes an item; returns the items that became hubs of a key in its place (one for each key). */
  remove(item: T): T[] {
    const n = this.itemNumbers.get(item)!;
    const promoted: T[] = [];
    this.postingsOf[n].forEach((p, k) => {
      const members = this.postings[p];
      if (members.length === 1) {
        this.numbers.delete(this.keys[p]);
        this.freePostings.push(p);
        return;
      }
      const place = this.places[n][k];
      const moved = members.pop()!;
      if (moved !== n) {
        members[place] = moved;
        this.places[moved][this.postingsOf[moved].indexOf(p)] = place;
      }
      const hubs = this.hubs.get(p);
      if (!hubs) return;
      const at = hubs.indexOf(n);
      if (at >= 0) {
        // The first item after the last hub takes its place: a hub is one item in items/maxHubs, so this is rare.
        const last = hubs[hubs.length - 1];
        hubs.splice(at, 1);
        let next = -1;
        for (const m of members) if (this.hubBefore(last, m) && (next < 0 || this.hubBefore(m, next))) next = m;
        hubs.push(next);
        promoted.push(this.items[next]!);
      }
      if (members.length <= this.maxHubs) this.hubs.delete(p);
    });
    this.items[n] = undefined;
    this.itemNumbers.delete(item);
    this.freeItems.push(n);
    return promoted;
  }

  /** The items that share enough keys with `item` (see the constructor), among those `admit` lets in. */
  candidates(item: T, admit: (x: T) => boolean): T[] {
    const n = this.itemNumbers.get(item)!;
    const own = this.postingsOf[n];
    const pass = ++this.pass;
    const met: number[] = [];
    // Whether every item that shares a key with this one is met through it: then counts are whole.
    let whole = true;
    // Indexed loops: this runs for every item before V8 optimises it, and for-of there makes an object a step.
    for (let k = 0; k < own.length; k++) {
      const p = own[k];
      let list = this.postings[p];
      if (!this.isHub(p, n)) {
        list = this.hubs.get(p)!;
        whole = false;
      }
      for (let i = 0; i < list.length; i++) {
        const m = list[i];
        if (m === n) continue;
        if (this.countedIn[m] !== pass) {
          this.countedIn[m] = pass;
          this.counts[m] = 0;
          met.push(m);
        }
        this.counts[m]++;
      }
    }
    const found: T[] = [];
    for (let k = 0; k < met.length; k++) {
      const m = met[k];
      const count = this.counts[m];
      if (count < this.minShared) {
        const need = Math.max(1, Math.min(this.minShared, own.length, this.keyCounts[m]));
        // Met through fewer keys than they share where neither is a hub of some: count them all.
        if (count < need && (whole || sortedOverlap(own, this.postingsOf[m], need) < need)) continue;
      }
      const x = this.items[m]!;
      if (admit(x)) found.push(x);
    }
    return found;
  }

  /** Whether two items are candidates of each other (see candidates). */
  linked(x: T, y: T): boolean {
    const m = this.itemNumbers.get(x)!;
    const n = this.itemNumbers.get(y)!;
    const a = this.postingsOf[m];
    const b = this.postingsOf[n];
    let shared = 0;
    let met = false;
    for (let i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] < b[j]) i++;
      else if (a[i] > b[j]) j++;
      else {
        shared++;
        met ||= this.isHub(a[i], m) || this.isHub(a[i], n);
        i++;
        j++;
      }
    }
    return met && shared >= Math.max(1, Math.min(this.minShared, a.length, b.length));
  }

  /** Whether item n, which has the key of posting p, is one of its hubs. */
  private isHub(p: number, n: number): boolean {
    // A key has a list of hubs exactly while more than maxHubs items hold it: most keys need no lookup.
    if (this.postings[p].length <= this.maxHubs) return true;
    const hubs = this.hubs.get(p)!;
    return !this.hubBefore(hubs[hubs.length - 1], n);
  }

  private postingNumber(key: K): number {
    let p = this.numbers.get(key);
    if (p === undefined) {
      p = this.freePostings.pop() ?? this.postings.length;
      // A key joined from pieces is kept whole (see detached): as pieces, each held three strings.
      if (typeof key === 'string') key = detached(key) as K;
      this.keys[p] = key;
      this.postings[p] = [];
      this.numbers.set(key, p);
    }
    return p;
  }

  private hubBefore(m: number, n: number): boolean {
    const a = this.orders[m];
    const b = this.orders[n];
    return a < b || (a === b && this.before(this.items[m]!, this.items[n]!));
  }
}

/**
 * The posting of a key only one item holds, one list for each item number, never changed (a
 * second item makes the key a list of its own): most keys are held by one item, and a list for
 * each took ~1 MB at 1,000 seeds.
 */
const singletons: number[][] = [];

function alone(n: number): number[] {
  return (singletons[n] ??= [n]);
}

function grown(array: Int32Array, index: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(2 * array.length, index + 1));
  bigger.set(array);
  return bigger;
}
