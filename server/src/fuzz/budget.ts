// How many cases each property of the fuzz folder runs. FUZZ_RUNS is the total over the whole
// folder (`npm run fuzz` sets 100,000); without it, a few thousand keep the normal test run short.
// The shares say where the cases go: cheap properties get many, ones that touch the disk few.

const DEFAULT_TOTAL = 3_000;

const SHARES = {
  'reader: generated file form': 14,
  'reader: mutated file form': 14,
  'reader: folder form': 6,
  'analysis: generated bundles': 18,
  'analysis: mutated bundles': 18,
  'analysis: folder bundles': 6,
  'analysis: over the size limit': 3,
  'analysis: edits read like a fresh analysis': 6,
  'command: bytes on stdin': 10,
  'command: pack and unpack on disk': 2,
  'command: unpack never overwrites': 2,
  'generators: coverage': 1,
} as const;

export type Property = keyof typeof SHARES;

const SHARE_TOTAL = Object.values(SHARES).reduce((sum, share) => sum + share, 0);

/** The cases in the whole folder. */
export function totalRuns(env: NodeJS.ProcessEnv = process.env): number {
  const given = Number(env.FUZZ_RUNS);
  return Number.isFinite(given) && given > 0 ? Math.floor(given) : DEFAULT_TOTAL;
}

/** The cases one property runs: its share of the total, at least one. */
export function runsOf(property: Property, env: NodeJS.ProcessEnv = process.env): number {
  return Math.max(1, Math.round((totalRuns(env) * SHARES[property]) / SHARE_TOTAL));
}

/** fast-check's parameters for a property: its runs, and a seed from FUZZ_SEED to replay a failure. */
export function fuzzParameters(property: Property, env: NodeJS.ProcessEnv = process.env): { numRuns: number; seed?: number } {
  const seed = Number(env.FUZZ_SEED);
  return { numRuns: runsOf(property, env), ...(Number.isInteger(seed) ? { seed } : {}) };
}
