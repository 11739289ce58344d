// How long the comparison of quotes takes from scratch, and after a keystroke in one article with
// a QuoteComparer kept between calls (what the language server does). A script, not a test:
//   npx tsx server/src/measure/incremental.ts [--sizes=1000,5000] [--keystrokes=40]
// Bundles are generated from the basil-dev stories (../shared) as the benchmark does. Each
// keystroke types one letter into one article, in its prose or inside a quote, a few in a row
// before moving to another article; every call is checked against compareQuotes from scratch
// on a few of the states.
import * as path from 'path';
import { performance } from 'perf_hooks';
import { Analysis, Analyzer } from '../bundle/analyze';
import { compareQuotes, QuoteComparer } from '../bundle/compare';
import { readBundleFolder } from '../bundle/format';
import { BundleText } from '../bundle/model';
import { generateSeeds, loadBaseStories, Random } from '../bench/generate';
import { sharedDir } from '../testing/shared';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const sizes = (args.get('sizes') ?? '1000,5000').split(',').map(Number);
const keystrokes = Number(args.get('keystrokes') ?? 40);
const TYPED_IN_A_ROW = 5;

/** Wall-clock and CPU milliseconds of a call: on a busy machine the CPU time says more. */
function timed<T>(run: () => T): { result: T; wall: number; cpu: number } {
  const [wall, cpu] = [performance.now(), process.cpuUsage()];
  const result = run();
  const used = process.cpuUsage(cpu);
  return { result, wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

/** `median 4.1 ms (CPU 3.2 ms), max ...` of some timings. */
function summary(times: { wall: number; cpu: number }[]): string {
  const of = (pick: (t: { wall: number; cpu: number }) => number) => times.map(pick);
  return `median ${ms(median(of((t) => t.wall)))} (CPU ${ms(median(of((t) => t.cpu)))}), max ${ms(Math.max(...of((t) => t.wall)))} (CPU ${ms(Math.max(...of((t) => t.cpu)))})`;
}

/** The bundle with `letter` typed at `offset` of one seed. */
function typed(bundle: BundleText, seedIndex: number, offset: number, letter: string): BundleText {
  const seeds = bundle.seeds.map((seed, i) => (i === seedIndex ? { ...seed, text: seed.text.slice(0, offset) + letter + seed.text.slice(offset) } : seed));
  return { ...bundle, seeds };
}

/** Where to type in an article: inside one of its quotes, or in its story outside them. */
function placeToType(analysis: Analysis, seedIndex: number, inQuote: boolean, random: Random): number | undefined {
  const article = analysis.articles[seedIndex];
  if (inQuote) {
    const quote = article.quotes.length ? random.pick(article.quotes) : undefined;
    return quote && quote.end - quote.start > 4 ? quote.start + 2 + random.int(quote.end - quote.start - 4) : undefined;
  }
  const paragraphs = article.anatomy.paragraphs.filter((p) => !article.quotes.some((q) => q.start < p.end && q.end > p.start));
  const paragraph = paragraphs.length ? random.pick(paragraphs) : undefined;
  return paragraph && paragraph.start + random.int(paragraph.end - paragraph.start);
}

function measure(size: number, stories: ReturnType<typeof loadBaseStories>): void {
  const seeds = generateSeeds(stories, size);
  let bundle = readBundleFolder('/bundle', seeds.map((s) => ({ name: s.name, file: `/bundle/${s.name}`, text: s.text })));
  const bytes = seeds.reduce((sum, s) => sum + Buffer.byteLength(s.text), 0);

  // The states of the bundle as the user types, analysed as the server would.
  const analyzer = new Analyzer();
  const states: Analysis[] = [analyzer.analyze(bundle)];
  const reanalyze: { wall: number; cpu: number }[] = [];
  const random = new Random(size);
  let seedIndex = 0;
  let offset: number | undefined;
  for (let k = 0; k < keystrokes; k++) {
    if (k % TYPED_IN_A_ROW === 0 || offset === undefined) {
      const inQuote = (k / TYPED_IN_A_ROW) % 2 === 1;
      do {
        seedIndex = random.int(bundle.seeds.length);
        offset = placeToType(states[states.length - 1], seedIndex, inQuote, random);
      } while (offset === undefined);
    }
    bundle = typed(bundle, seedIndex, offset, 'abcdefghij'[k % 10]);
    offset++;
    const run = timed(() => analyzer.analyze(bundle));
    states.push(run.result);
    reanalyze.push(run);
  }

  const scratch = [1, 2, 3].map(() => timed(() => compareQuotes(states[0].quotes, states[0].articles)));
  const first = scratch[0].result;

  const comparer = new QuoteComparer();
  comparer.compare(states[0].quotes, states[0].articles);
  const edits: { wall: number; cpu: number }[] = [];
  let rescoredCalls = 0;
  let rescored = 0;
  const checked = new Set([1, Math.floor(keystrokes / 2), keystrokes]);
  for (let k = 1; k < states.length; k++) {
    const run = timed(() => comparer.compare(states[k].quotes, states[k].articles));
    const result = run.result;
    edits.push(run);
    const figures = comparer.figures();
    if (figures.rescored > 0) rescoredCalls++;
    rescored += figures.rescored;
    if (checked.has(k) && JSON.stringify(result) !== JSON.stringify(compareQuotes(states[k].quotes, states[k].articles))) {
      throw new Error(`keystroke ${k}: the kept comparison differs from one from scratch`);
    }
  }
  const held = comparer.figures();
  console.log(
    [
      `${size} seeds (${(bytes / 1e6).toFixed(1)} MB, ${states[0].quotes.length} quotes, ${first.groups.length} groups, ${first.findings.length} findings)`,
      `  compareQuotes from scratch: best of 3 ${ms(Math.min(...scratch.map((t) => t.wall)))} (CPU ${ms(Math.min(...scratch.map((t) => t.cpu)))})`,
      `  one keystroke, comparison kept: ${summary(edits)} over ${edits.length} keystrokes`,
      `    CPU ms each: ${edits.map((t) => t.cpu.toFixed(0)).join(' ')}`,
      `  whole re-analysis per keystroke (Analyzer): ${summary(reanalyze)}`,
      `  paraphrase candidates scored again after a word changed band: ${rescoredCalls} of ${edits.length} keystrokes, ${rescored} candidates in all`,
      `  held: ${JSON.stringify(held)}`,
    ].join('\n'),
  );
}

const shared = sharedDir();
if (!shared) throw new Error('../shared is not present');
const stories = loadBaseStories(path.join(shared, 'corpus', 'basil-dev'));
for (const size of sizes) measure(size, stories);
