// Which articles a large bundle's first analysis reads first. Reading 1,000 articles takes two
// seconds or more here; a few dozen take a few hundred milliseconds, most of them spent before V8
// has compiled the analysis. So the server reads those the user looks at, and those around them,
// and publishes what they show before it reads the whole bundle (see readInTwoPasses in server.ts).
import { Seed } from './bundle/model';

/** Seed text a first pass reads: ~30 articles of 4 kB, ~0.25 s on a 2-core machine. */
export const FIRST_PASS_CHARS = 120_000;

/**
 * From this much seed text (~60 articles; its first analysis takes ~0.5 s here, ~2.5 s at 1,000),
 * a bundle's first analysis is read in two passes and shown as progress to an editor that can.
 */
export const LARGE_BUNDLE_CHARS = 2 * FIRST_PASS_CHARS;

/**
 * The seeds to read first, in bundle order, while their text adds up to no more than `chars`
 * characters (at least one seed): those of the files open in the editor, nearest the offset the
 * user is at in each (`userAt`, by file), then the others nearest those in the bundle's order (in a
 * folder, a story's other captures often stand beside it), or from the first when none is open.
 */
export function firstPassSeeds(seeds: readonly Seed[], userAt: ReadonlyMap<string, number>, chars = FIRST_PASS_CHARS): Seed[] {
  const open = seeds.map((seed) => userAt.has(seed.file));
  const fromUser = (seed: Seed) => {
    const at = userAt.get(seed.file)!;
    const end = seed.offset + seed.text.length;
    return at < seed.offset ? seed.offset - at : at < end ? 0 : at - end + 1;
  };
  const fromOpen = placesFromNearest(open);
  const order = seeds.map((seed, index) => ({ index, open: open[index], distance: open[index] ? fromUser(seed) : fromOpen[index] }));
  order.sort((a, b) => Number(b.open) - Number(a.open) || a.distance - b.distance || a.index - b.index);
  const chosen: number[] = [];
  let total = 0;
  for (const { index } of order) {
    const size = seeds[index].text.length;
    if (chosen.length > 0 && total + size > chars) break;
    chosen.push(index);
    total += size;
  }
  return chosen.sort((a, b) => a - b).map((index) => seeds[index]);
}

/** How many places each item stands from the nearest marked one; from the first item when none is marked. */
function placesFromNearest(marked: boolean[]): number[] {
  const none = !marked.includes(true);
  const places = marked.map((m, index) => (none ? index : m ? 0 : Infinity));
  for (let i = 1; i < places.length; i++) places[i] = Math.min(places[i], places[i - 1] + 1);
  for (let i = places.length - 2; i >= 0; i--) places[i] = Math.min(places[i], places[i + 1] + 1);
  return places;
}
