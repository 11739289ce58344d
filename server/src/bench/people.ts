// People resolution at bundle sizes: from scratch (resolvePeople) against PeopleResolver after an
// edit to one article, the work behind a keystroke. Bundles are generated from basil-dev as the
// benchmark does. Run: `npx tsx server/src/bench/people.ts [seeds ...]` (default 250 1000 5000).
//
// Two edits, each made and then undone in 40 articles spread over the bundle: typing outside a
// name (the article's mentions come back with the spans after the middle moved by one), and
// typing inside a name (the article's first name gets a letter more, so it is another name).
import * as assert from 'assert';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { Analyzer } from '../bundle/analyze';
import { packSeeds, readBundleFile } from '../bundle/format';
import { Article } from '../bundle/model';
import { PeopleResolver, resolvePeople } from '../bundle/people';
import { sharedDir } from '../testing/shared';
import { generateSeeds, loadBaseStories } from './generate';

const PRNG_SEED = 20250301;
const EDITED_ARTICLES = 40;
const FROM_SCRATCH_RUNS = 5;

interface Timing {
  wall: number[];
  cpu: number[];
}

function timed(timing: Timing, run: () => void): void {
  const cpu = process.cpuUsage();
  const started = performance.now();
  run();
  timing.wall.push(performance.now() - started);
  const used = process.cpuUsage(cpu);
  timing.cpu.push((used.user + used.system) / 1000);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function describe(timing: Timing): string {
  return `${median(timing.wall).toFixed(2)} ms (CPU ${median(timing.cpu).toFixed(2)}, max ${Math.max(...timing.wall).toFixed(1)})`;
}

/** The bundle with one article replaced. */
function withArticle(articles: Article[], index: number, article: Article): Article[] {
  return articles.map((a, i) => (i === index ? article : a));
}

/** The article as re-read after a letter typed in the middle of its text, outside any name. */
function typedOutside(article: Article): Article {
  const middle = article.seed.text.length / 2;
  return { ...article, mentions: article.mentions.map((m) => (m.start >= middle ? { ...m, start: m.start + 1, end: m.end + 1 } : m)) };
}

/** The article as re-read after a letter typed at the end of its first name. */
function typedInside(article: Article): Article {
  return { ...article, mentions: article.mentions.map((m, i) => (i === 0 ? { ...m, text: `${m.text}e`, end: m.end + 1 } : m)) };
}

function measure(articles: Article[]): string[] {
  const scratch: Timing = { wall: [], cpu: [] };
  for (let i = 0; i < FROM_SCRATCH_RUNS; i++) timed(scratch, () => resolvePeople(articles));
  const cold: Timing = { wall: [], cpu: [] };
  const resolver = new PeopleResolver();
  timed(cold, () => resolver.resolve(articles));

  const edits = { outside: { wall: [], cpu: [] } as Timing, inside: { wall: [], cpu: [] } as Timing };
  const named = articles.map((a, i) => i).filter((i) => articles[i].mentions.length > 0);
  for (let k = 0; k < EDITED_ARTICLES; k++) {
    const index = named[Math.floor((k * named.length) / EDITED_ARTICLES)];
    for (const [kind, edit] of [['outside', typedOutside], ['inside', typedInside]] as const) {
      timed(edits[kind], () => resolver.resolve(withArticle(articles, index, edit(articles[index]))));
      timed(edits[kind], () => resolver.resolve(articles));
    }
  }
  // The kept resolution is the one from scratch, after all that.
  const edited = withArticle(articles, named[0], typedInside(articles[named[0]]));
  const kept = resolver.resolve(edited);
  const fresh = resolvePeople(edited);
  assert.deepStrictEqual(kept.people, fresh.people);
  assert.deepStrictEqual(kept.findings, fresh.findings);

  const mentions = articles.reduce((n, a) => n + a.mentions.length, 0);
  return [
    `${articles.length} articles, ${mentions.toLocaleString('en')} mentions, ${fresh.people.length.toLocaleString('en')} people, ${fresh.findings.length} findings`,
    `  resolvePeople from scratch:           ${describe(scratch)}`,
    `  PeopleResolver, first call:           ${describe(cold)}`,
    `  PeopleResolver, typing outside a name: ${describe(edits.outside)}`,
    `  PeopleResolver, typing inside a name:  ${describe(edits.inside)}`,
  ];
}

function main(): void {
  const shared = sharedDir();
  if (!shared) throw new Error('this reads ../shared/corpus/basil-dev; set SEED_BUNDLE_SHARED to the shared folder');
  const stories = loadBaseStories(path.join(shared, 'corpus', 'basil-dev'));
  const sizes = process.argv.slice(2).map(Number);
  for (const seeds of sizes.length > 0 ? sizes : [250, 1000, 5000]) {
    const bundle = readBundleFile('bench.seeds', packSeeds(generateSeeds(stories, seeds, PRNG_SEED)));
    const { articles } = new Analyzer().analyze(bundle);
    console.log(measure(articles).join('\n'));
    console.log(`  (load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs)`);
  }
}

main();
