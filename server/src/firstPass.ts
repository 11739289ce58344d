// Which articles a large bundle's first analysis reads first. Reading 1,000 articles takes two
// seconds here, most of it before V8 has compiled the analysis; a few dozen take a few hundred
// milliseconds. So the server reads those the user looks at, and those around them, and
// publishes what they show before it reads the whole bundle (see readInTwoPasses in server.ts).
import { Seed } from './bundle/model';

/** Seed text a first pass reads: ~30 articles of 4 kB, ~0.25 s on a 2-core machine. */
export const FIRST_PASS_CHARS = 120_000;

/**
 * From this much seed text (~60 articles; its first analysis takes ~0.5 s here, ~2.5 s at 1,000),
 * a bundle's first analysis is read in two passes and shown as progress to an editor that can.
 */
export const LARGE_BUNDLE_CHARS = 2 * FIRST_PASS_CHARS;

/** How far a seed of a file the editor does not have open is from the user: past any open one. */
const NOT_OPEN = Number.MAX_SAFE_INTEGER;

/**
 * The seeds to read first, in bundle order: those of the files open in the editor, nearest the
 * offset the user is at in each (`userAt`, by file), then the others in bundle order, while their
 * text adds up to no more than `chars` characters; at least one seed.
 */
export function firstPassSeeds(seeds: readonly Seed[], userAt: ReadonlyMap<string, number>, chars = FIRST_PASS_CHARS): Seed[] {
  const distance = (seed: Seed) => {
    const at = userAt.get(seed.file);
    if (at === undefined) return NOT_OPEN;
    const end = seed.offset + seed.text.length;
    return at < seed.offset ? seed.offset - at : at < end ? 0 : at - end + 1;
  };
  const nearestFirst = seeds.map((seed, index) => ({ index, distance: distance(seed) }));
  nearestFirst.sort((a, b) => a.distance - b.distance || a.index - b.index);
  const chosen: number[] = [];
  let total = 0;
  for (const { index } of nearestFirst) {
    const size = seeds[index].text.length;
    if (chosen.length > 0 && total + size > chars) break;
    chosen.push(index);
    total += size;
  }
  return chosen.sort((a, b) => a - b).map((index) => seeds[index]);
}
