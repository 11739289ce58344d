// Small helpers for lists, maps of lists and hashing, shared by the library and the features.

/** FNV-1a: the offset basis as an int32 (it is over 2^31), so that a hash is never a double on the way. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bits: equal texts hash alike; callers break the rare tie of unequal ones. */
export function hashOf(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** Adds a value to the list a map keeps under a key, making the list when it is the first. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A list with one more item at its end: a new list the size of its items while it is short, the
 * same list grown by push once it is long. Most lists kept per key or per item hold one or two
 * items, and push would give each room for 16 more.
 */
export function appended<T>(list: T[], item: T): T[] {
  if (list.length >= 8) {
    list.push(item);
    return list;
  }
  return list.concat([item]);
}

/**
 * Deletes the entries of a map kept by article id, and updated in place, for articles no longer
 * given. Every article given has its entry, so there are such entries exactly when the map has more
 * entries than articles: most calls cost a comparison.
 */
export function forgetOtherArticles<V>(byId: Map<string, V>, articles: readonly { id: string }[]): void {
  if (byId.size <= articles.length) return;
  const given = new Set(articles.map((article) => article.id));
  for (const id of byId.keys()) if (!given.has(id)) byId.delete(id);
}

/** Whether two lists hold the same objects in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * How many items two ascending lists share, counted with multiplicity; or, once fewer than
 * `atLeast` can be shared however the rest goes, the count so far (all such a caller needs).
 */
export function sortedOverlap(a: ArrayLike<number>, b: ArrayLike<number>, atLeast: number): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (shared + Math.min(a.length - i, b.length - j) < atLeast) return shared;
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}
