// `npm run bench`: generates large bundles from the basil-dev corpus, measures the command and
// the language server on them, and writes bench/RESULTS.md. `--smoke` runs a tiny version in a
// few seconds for CI: exit 0 when everything ran, 1 when anything failed to run (no timing asserts).
// `--sizes=250,1000` measures other sizes and writes bench/out/RESULTS-custom.md instead.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, Analyzer } from '../bundle/analyze';
import { readBundleFile, readBundleFolder } from '../bundle/format';
import { Article, BundleText } from '../bundle/model';
import { SERVER_ENVIRONMENT, SERVER_NODE_FLAGS, VSCODE_INITIALIZATION_OPTIONS } from '../serverStart';
import { FIRST_PASS_CHARS, LARGE_BUNDLE_CHARS } from '../firstPass';
import { DEFAULT_OUTLINE_MAX_ITEMS } from '../features/outline';
import { sharedDir } from '../testing/shared';
import { GeneratedSeed, generateSeeds, loadBaseStories, writeBundleFile, writeBundleFolder } from './generate';
import { GroupingQuality, groupingQuality } from './grouping';
import { killSessions, measureSessionApart, pooledSessions, SessionFigures, SHIPPED_SERVER } from './lsp';
import { ProcessTime, REPO, timeAnalyzeAndFloor, timeStartup } from './processes';
import { profile, ProfileSummary } from './profile';
import { atMost, Figure, formatFigure, growthAtMost, median, p95, ratio, Row, table, TARGET_SIZE } from './report';
import { StageFigures, timeStages, withKeystroke } from './stages';

interface Config {
  name: 'full' | 'smoke' | 'custom';
  sizes: number[];
  folderSize: number;
  processRepeats: (seeds: number) => number;
  stageRepeats: (seeds: number) => number;
  /** Language-server sessions run at a size and pooled (see pooledSessions). */
  sessions: (seeds: number) => number;
  keystrokes: number;
  requests: number;
  outlinesAfterEdit: number;
  /** Sizes at which the analysis is CPU-profiled for the report. */
  profileSizes: number[];
  /** The whole run stops (killing what it started) after this long. */
  deadlineMs: number;
  timeoutMs: (seeds: number) => number;
  /** A timed loop (keystrokes, requests, process runs) ends early after this long. */
  budgetMs: number;
  results: string;
}

const OUT = path.join(REPO, 'bench', 'out');
const PRNG_SEED = 20250301;

function configOf(args: string[]): Config {
  const sizesArg = args.find((a) => a.startsWith('--sizes='));
  const unknown = args.filter((a) => a !== '--smoke' && a !== sizesArg);
  if (unknown.length > 0) throw new Error(`unknown argument ${unknown[0]}; use --smoke or --sizes=250,1000`);
  if (args.includes('--smoke')) {
    return {
      name: 'smoke',
      sizes: [20, 50],
      folderSize: 20,
      processRepeats: () => 1,
      stageRepeats: () => 1,
      sessions: () => 1,
      keystrokes: 6,
      requests: 3,
      outlinesAfterEdit: 2,
      profileSizes: [],
      deadlineMs: 120_000,
      timeoutMs: () => 30_000,
      budgetMs: 30_000,
      results: path.join(OUT, 'RESULTS-smoke.md'),
    };
  }
  const sizes = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number) : [100, 250, 1000, 5000];
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 20_000)) throw new Error(`--sizes takes seed counts from 1 to 20,000, e.g. --sizes=250,1000`);
  return {
    name: sizesArg ? 'custom' : 'full',
    sizes,
    folderSize: sizes.includes(TARGET_SIZE) ? TARGET_SIZE : sizes[0],
    processRepeats: (n) => (n >= 5000 ? 3 : 5),
    stageRepeats: (n) => (n >= 5000 ? 1 : 5),
    sessions: (n) => (n >= 5000 ? 1 : 3),
    keystrokes: 50,
    requests: 20,
    outlinesAfterEdit: 10,
    profileSizes: sizes.filter((n) => n >= TARGET_SIZE),
    deadlineMs: 45 * 60_000,
    timeoutMs: (n) => Math.max(60_000, n * 60),
    budgetMs: 120_000,
    results: sizesArg ? path.join(OUT, 'RESULTS-custom.md') : path.join(REPO, 'bench', 'RESULTS.md'),
  };
}

/** Everything measured on one bundle. */
interface Measured {
  seeds: number;
  form: 'file' | 'folder';
  bytes: number;
  stages?: StageFigures;
  analyze?: ProcessTime;
  floor?: ProcessTime;
  analyzeRuns?: number;
  session?: SessionFigures;
  editInQuote?: boolean;
  grouping?: GroupingQuality;
}

const failures: string[] = [];

/** Runs one step; a failure is recorded (and makes the exit code 1) but the rest still runs. */
async function step<T>(what: string, run: () => Promise<T> | T): Promise<T | undefined> {
  process.stderr.write(`bench: ${what}\n`);
  try {
    return await run();
  } catch (e) {
    const message = `${what}: ${(e as Error)?.message ?? e}`;
    failures.push(message);
    process.stderr.write(`bench: FAILED ${message}\n`);
    return undefined;
  }
}

/** Where a typo goes: the middle of the longest full quote of an article, else the middle of its text. */
function editOffset(analysis: Analysis, article: Article): { offset: number; inQuote: boolean } {
  const quotes = analysis.quotes.filter((q) => q.article === article.id && q.span.end - q.span.start >= 12);
  const longest = quotes.sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start))[0];
  if (longest) return { offset: article.seed.offset + Math.floor((longest.span.start + longest.span.end) / 2), inQuote: true };
  return { offset: article.seed.offset + Math.floor(article.seed.text.length / 2), inQuote: false };
}

/** The most mentioned person named in some articles, and where they are first named there. */
function personOffset(analysis: Analysis, articles: Set<string>): number | undefined {
  let best: { count: number; offset: number } | undefined;
  for (const person of analysis.people) {
    const here = person.mentions.find((m) => articles.has(m.article));
    if (!here || (best && best.count >= person.mentions.length)) continue;
    const article = analysis.articles.find((a) => a.id === here.article)!;
    best = { count: person.mentions.length, offset: article.seed.offset + here.span.start + 1 };
  }
  return best?.offset;
}

async function measureBundle(
  config: Config,
  generated: GeneratedSeed[],
  form: 'file' | 'folder',
  target: string,
  readBundle: () => BundleText,
  documents: Map<string, string>,
): Promise<Measured> {
  const seeds = generated.length;
  const bundle = readBundle();
  const label = `${seeds} seeds, ${form} form`;
  const middle = Math.floor(bundle.seeds.length / 2);
  const measured: Measured = { seeds, form, bytes: [...documents.values()].reduce((sum, t) => sum + Buffer.byteLength(t), 0) };

  const staged = await step(`${label}: stages in-process`, () => timeStages(readBundle, documents, middle, config.stageRepeats(seeds)));
  measured.stages = staged?.figures;

  const processes = await step(`${label}: seed-bundle analyze and the floor`, () => timeAnalyzeAndFloor(target, config.processRepeats(seeds), config.timeoutMs(seeds), config.budgetMs));
  measured.analyze = processes?.analyze;
  measured.floor = processes?.floor;
  measured.analyzeRuns = processes?.runs;

  const analysis = staged?.analysis ?? (await step(`${label}: analysis`, () => new Analyzer().analyze(bundle)));
  if (!analysis) return measured;
  measured.grouping = await step(`${label}: quote groups against the generator's statements`, () =>
    groupingQuality(generated, new Map(analysis.articles.map((a) => [a.id, a.seed.name])), analysis.quotes, analysis.comparison.groups),
  );
  const edited = analysis.articles[middle];
  const file = edited.seed.file;
  const text = documents.get(file)!;
  const document = TextDocument.create(file, 'seed-bundle', 1, text);
  const inFile = new Set(analysis.articles.filter((a) => a.seed.file === file).map((a) => a.id));
  const edit = editOffset(analysis, edited);
  const person = personOffset(analysis, inFile);
  measured.editInQuote = edit.inQuote;
  const sessionDeadlineMs = 2 * config.timeoutMs(seeds) + 5 * config.budgetMs;
  const plan = {
    uri: pathToFileURL(file).href,
    text,
    edit: document.positionAt(edit.offset),
    person: person === undefined ? undefined : document.positionAt(person),
    keystrokes: config.keystrokes,
    requests: config.requests,
    outlinesAfterEdit: config.outlinesAfterEdit,
    timeoutMs: config.timeoutMs(seeds),
    budgetMs: config.budgetMs,
  };
  measured.session = await step(`${label}: language server`, async () => {
    const sessions: SessionFigures[] = [];
    for (let i = 0; i < config.sessions(seeds); i++) sessions.push(await measureSessionApart(plan, sessionDeadlineMs));
    return pooledSessions(sessions);
  });
  for (const error of measured.session?.serverErrors ?? []) failures.push(`${label}: the server logged an error: ${error}`);
  return measured;
}

interface Profiles {
  seeds: number;
  analysis: ProfileSummary;
  keystrokes: ProfileSummary;
}

async function profileAt(bundle: BundleText, seeds: number): Promise<Profiles> {
  const analysis = await profile(() => new Analyzer().analyze(bundle));
  const analyzer = new Analyzer();
  analyzer.analyze(bundle);
  const edited = withKeystroke(bundle, Math.floor(bundle.seeds.length / 2));
  const keystrokes = await profile(() => {
    for (let i = 0; i < 10; i++) analyzer.analyze(i % 2 === 0 ? edited : bundle);
  });
  return { seeds, analysis, keystrokes };
}

function machine(): string {
  let nproc = String(os.availableParallelism?.() ?? os.cpus().length);
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    // nproc is not everywhere; the count node sees will do
  }
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  return `nproc ${nproc}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, ${os.platform()} ${os.release()}; load average at start ${load}`;
}

/** What the report says about the run besides the figures. */
interface RunContext {
  startedAt: Date;
  machine: string;
  loadAtEnd: string;
  about: string;
  startup?: ProcessTime;
}

function render(config: Config, measured: Measured[], profiles: Profiles[], context: RunContext): string {
  const { startup } = context;
  const files = measured.filter((m) => m.form === 'file');
  const sizes = files.map((m) => m.seeds);
  const row = (label: string, get: (m: Measured) => Figure, extra: Partial<Row> = {}): Row => ({ label, values: new Map(files.map((m) => [m.seeds, get(m)])), ...extra });
  const ms = (values: number[] | undefined, q: (v: number[]) => number | undefined) => values && q(values);
  const mbps = (ms: number | undefined, bytes: number | undefined) => (ms && bytes ? bytes / 1e6 / (ms / 1000) : undefined);
  const growth = growthAtMost(4.5);

  const mainRows: Row[] = [
    row('bundle size (MB)', (m) => m.bytes / 1e6, { digits: 2 }),
    row('`seed-bundle analyze FILE > /dev/null`, whole process (ms)', (m) => m.analyze?.wallMs, { growth: true, digits: 0 }),
    row('floor: node reads the file, one regex pass (ms)', (m) => m.floor?.wallMs, { growth: true, digits: 0 }),
    row('analyze ÷ floor', (m) => ratio(m.floor?.wallMs, m.analyze?.wallMs), { targets: [atMost(10, '×')] }),
    row('… the same in CPU time (user + system): analyze (ms)', (m) => m.analyze?.cpuMs, { growth: true, digits: 0 }),
    row('… floor (ms)', (m) => m.floor?.cpuMs, { growth: true, digits: 0 }),
    row('… analyze ÷ floor', (m) => ratio(m.floor?.cpuMs, m.analyze?.cpuMs), { targets: [atMost(10, '×')] }),
    row('analysis in-process, `Analyzer.analyze` (ms)', (m) => m.stages?.analyzeMs, { growth: true, targets: [growth] }),
    row('whole analysis (MB/s)', (m) => mbps(m.stages?.analyzeMs, m.stages?.seedBytes)),
    row('person recognition, `findMentions` after `readAnatomy` (MB/s)', (m) => mbps(m.stages?.findMentionsMs, m.stages?.seedBytes)),
    row('server: didOpen → first diagnostics (ms): of the articles read first, in a large bundle', (m) => m.session?.openMs, { growth: true, digits: 0, targets: [atMost(500, ' ms'), growth] }),
    row('server: didOpen → the diagnostics of every article (ms)', (m) => m.session?.wholeOpenMs, { growth: true, digits: 0, targets: [atMost(500, ' ms'), growth] }),
    row('keystroke → diagnostics, median, end to end (ms)', (m) => ms(m.session?.keystrokeMs, median), { growth: true, targets: [atMost(30, ' ms'), growth] }),
    row('keystroke → diagnostics, p95, end to end (ms)', (m) => ms(m.session?.keystrokeMs, p95), { growth: true }),
    row('outline (documentSymbol), median (ms)', (m) => ms(m.session?.outlineMs, median), { growth: true, digits: 2, targets: [atMost(20, ' ms'), growth] }),
    row('outline requested right after a keystroke, median (ms)', (m) => ms(m.session?.outlineAfterEditMs, median), { growth: true }),
    row('code lenses requested after a keystroke\'s diagnostics, median (ms)', (m) => ms(m.session?.lensesAfterEditMs, median), { growth: true }),
    row('hover on a person, median (ms)', (m) => ms(m.session?.hoverMs, median), { growth: true, digits: 2, targets: [atMost(5, ' ms')] }),
    row('references of that person, median (ms)', (m) => ms(m.session?.referencesMs, median), { growth: true, digits: 2 }),
    row('server peak memory, VmHWM (MB)', (m) => m.session?.peakMemoryMB, { growth: true, digits: 0, targets: [atMost(200, ' MB')] }),
    row('server memory at the end, VmRSS (MB)', (m) => m.session?.memoryMB, { growth: true, digits: 0 }),
    row('server start and initialize (ms)', (m) => m.session?.initializeMs, { digits: 0 }),
    row('people found', (m) => m.stages?.people, { digits: 0 }),
    row('quotes found', (m) => m.stages?.quotes, { digits: 0 }),
    row('quote groups (versions of one quote)', (m) => m.stages?.quoteGroups, { digits: 0 }),
    row('largest quote group', (m) => m.stages?.largestGroup, { digits: 0 }),
    row('pairs of wordings aligned to group the quotes, per quote', (m) => m.stages?.alignedPerQuote, { digits: 2, growth: true }),
    row('quote groups against the generator: share of pairs printing one statement (in two articles) that share a group', (m) => m.grouping?.recall, { digits: 3 }),
    row('… share of grouped pairs that are not of two story lines (different statements by construction)', (m) => m.grouping?.precision, { digits: 3 }),
    row('findings', (m) => m.stages?.findings, { digits: 0 }),
    row('diagnostics first published on open', (m) => m.session?.firstDiagnostics, { digits: 0 }),
    row('diagnostics published once every article is read', (m) => m.session?.diagnostics, { digits: 0 }),
    row('… as JSON (MB), sent on every recomputation', (m) => m.session?.diagnosticsMB, { digits: 2, growth: true }),
    row('… that JSON written and read again in one process (ms): the least any server and client spend on it', (m) => m.session?.diagnosticsJsonMs, { digits: 1, growth: true }),
    row(`outline symbols (one per seed, with people and quotes under them up to ${DEFAULT_OUTLINE_MAX_ITEMS} in all)`, (m) => m.session?.symbols, { digits: 0 }),
    row('… the outline as JSON (MB)', (m) => m.session?.outlineMB, { digits: 2, growth: true }),
    row('… that JSON written and read again in one process (ms)', (m) => m.session?.outlineJsonMs, { digits: 1, growth: true }),
    row('references returned', (m) => m.session?.references, { digits: 0 }),
    row('code lenses (one above each quote that two or more sources print)', (m) => m.session?.lenses, { digits: 0 }),
  ];

  const stageRows: Row[] = [
    row('readBundleFile, the whole `.seeds` text', (m) => m.stages?.readBundleMs, { growth: true, digits: 2 }),
    row('readAnatomy, all seeds', (m) => m.stages?.readAnatomyMs, { growth: true }),
    row('findMentions, all seeds', (m) => m.stages?.findMentionsMs, { growth: true }),
    row('findQuotes, all seeds', (m) => m.stages?.findQuotesMs, { growth: true }),
    row('resolvePeople (whole bundle)', (m) => m.stages?.resolvePeopleMs, { growth: true }),
    row('compareQuotes (whole bundle)', (m) => m.stages?.compareQuotesMs, { growth: true }),
    row('**Analyzer.analyze, cold**', (m) => m.stages?.analyzeMs, { growth: true }),
    row('BundleView + problems (server, before publishing)', (m) => m.stages?.viewAndProblemsMs, { growth: true }),
    row('the problems as JSON (what each publication serialises)', (m) => m.stages?.diagnosticsJsonMs, { growth: true }),
    row('JSON of `analyze`, built and stringified', (m) => m.stages?.jsonMs, { growth: true }),
    row('**server work for one keystroke**: read, re-analyse, place problems (kept between calls)', (m) => m.stages?.keystrokeMs, { growth: true }),
    row('semantic tokens of the whole file, from nothing', (m) => m.stages?.semanticTokensMs, { growth: true }),
    row('… after a keystroke: the other articles\' kept, the edits from the last result (a delta request)', (m) => m.stages?.semanticTokensAfterKeystrokeMs, { growth: true }),
  ];

  const folder = measured.find((m) => m.form === 'folder');
  const sameSize = files.find((m) => m.seeds === folder?.seeds);
  const formRows: [string, (m: Measured) => Figure, number][] = [
    ['`seed-bundle analyze`, whole process (ms)', (m) => m.analyze?.wallMs, 0],
    ['floor (ms)', (m) => m.floor?.wallMs, 0],
    ['analyze ÷ floor', (m) => ratio(m.floor?.wallMs, m.analyze?.wallMs), 1],
    ['analyze ÷ floor, CPU time', (m) => ratio(m.floor?.cpuMs, m.analyze?.cpuMs), 1],
    ['didOpen → first diagnostics (ms)', (m) => m.session?.openMs, 0],
    ['didOpen → the diagnostics of every article (ms)', (m) => m.session?.wholeOpenMs, 0],
    ['keystroke → diagnostics, median, end to end (ms)', (m) => ms(m.session?.keystrokeMs, median), 1],
    ['outline, median (ms)', (m) => ms(m.session?.outlineMs, median), 2],
    ['hover on a person, median (ms)', (m) => ms(m.session?.hoverMs, median), 2],
    ['server peak memory (MB)', (m) => m.session?.peakMemoryMB, 0],
  ];

  const out: string[] = [];
  out.push(`# Benchmark results${config.name === 'full' ? '' : ` (${config.name} run)`}`);
  out.push('');
  out.push(`- Date: ${context.startedAt.toISOString()}`);
  out.push(`- Machine: ${context.machine}, at the end ${context.loadAtEnd} (other work on the machine makes figures noisier)`);
  out.push(`- Bundles: ${context.about}`);
  out.push(`- The server recomputes diagnostics at once after a change when its last recomputation took under 50 ms, or when the server has been idle as long as that took since it ended, else once it has (at most 300 ms): see \`diagnosticsDelay\` in server/src/server.ts. It is the bundle the extension ships (\`dist/server.js\`, \`npm run bundle\`), run with the Node flags and environment the extension starts it with, \`${SERVER_NODE_FLAGS.join(' ')}\` and \`${Object.entries(SERVER_ENVIRONMENT).map(([name, value]) => `${name}=${value}`).join(' ')}\` (server/src/serverStart.ts), and the initialization options it gives it: VS Code shows at most ${VSCODE_INITIALIZATION_OPTIONS.maxDiagnosticsPerFile.toLocaleString('en')} diagnostics a file, so the server sends no more than that to a file (the rest are findings it leaves out, see server/src/features/shownDiagnostics.ts).`);
  out.push(`- A bundle of ${LARGE_BUNDLE_CHARS.toLocaleString('en')} characters of seed text or more is read in two passes when opened (\`readInTwoPasses\` in server/src/server.ts): first the articles where the user is, ${FIRST_PASS_CHARS.toLocaleString('en')} characters of them (server/src/firstPass.ts), whose diagnostics go out at once, then the whole bundle. "didOpen → first diagnostics" times the first publication, "the diagnostics of every article" the end of the first reading, which the server shows as progress to a client that can show it (this one, as VS Code).`);
  out.push(`- \`seed-bundle --help\` (node start-up and loading the command, no analysis): ${formatFigure(startup?.wallMs, 0)} ms (CPU ${formatFigure(startup?.cpuMs, 0)} ms)`);
  out.push(`- Whole-process times (wall, and CPU = user + system of the child from /proc/self/stat, which other work on the machine inflates less) are medians of ${config.processRepeats(TARGET_SIZE)} runs (${config.processRepeats(5000)} at 5,000 seeds), floor and analyze interleaved; server figures are medians over ${config.keystrokes} keystrokes (alternately typing a letter inside a quote and deleting it, each waiting for the diagnostics of its version) and ${config.requests} requests a session, with ${config.sessions(TARGET_SIZE)} sessions pooled (${config.sessions(5000)} at 5,000 seeds): open is the median of the sessions', peak memory the highest; in-process stages are the fastest of ${config.stageRepeats(TARGET_SIZE)} runs. MB = 10⁶ bytes, of JSON as the server sends it (ASCII, see server/src/connection.ts) or of the server's resident memory.`);
  out.push("- Quote groups are checked against the generator, which records the statement of each quote it prints: pairs of quotes in two articles that print one statement should share a group; pairs from two story lines (another story's statements have every word of three letters or more replaced) should not. Pairs the generator cannot judge (two quotes of one real article, two real outlets of one story) are not counted.");
  const notInQuote = measured.filter((m) => m.editInQuote === false).map((m) => `${m.seeds} (${m.form})`);
  if (notInQuote.length > 0) out.push(`- The analysis found no quote in the edited seed at ${notInQuote.join(', ')}: the keystroke went to the middle of the seed instead.`);
  const shortened = measured.filter((m) => (m.session && m.session.keystrokeMs.length < config.keystrokes * config.sessions(m.seeds)) || (m.analyzeRuns ?? 0) < config.processRepeats(m.seeds));
  for (const m of shortened) {
    out.push(`- ${m.seeds} seeds (${m.form}): the time budget (${config.budgetMs / 1000} s a loop) allowed ${m.analyzeRuns} whole-process run(s), ${m.session?.keystrokeMs.length} keystrokes, ${m.session?.outlineAfterEditMs.length} outlines and code-lens lists after an edit (over all sessions).`);
  }
  const noPerson = measured.filter((m) => m.session && !m.session.hoverOnPerson).map((m) => `${m.seeds} (${m.form})`);
  if (noPerson.length > 0) out.push(`- Hover did not land on a person at ${noPerson.join(', ')} (no person found in that document).`);
  out.push('');
  out.push('## File form (`.seeds`)');
  out.push('');
  out.push(table(mainRows, sizes));
  out.push('');
  out.push('"end to end" is from sending didChange to receiving the publishDiagnostics of that version over stdio: the server\'s wait, its work, and the JSON both ways.');
  out.push('');
  out.push('## Where the time goes (in-process, ms)');
  out.push('');
  out.push(table(stageRows, sizes));
  if (folder) {
    out.push('');
    out.push(`## Folder form against file form, ${folder.seeds.toLocaleString('en-US')} seeds`);
    out.push('');
    out.push('| measure | file form | folder form |');
    out.push('| --- | ---: | ---: |');
    for (const [label, get, digits] of formRows) out.push(`| ${label} | ${formatFigure(sameSize && get(sameSize), digits)} | ${formatFigure(get(folder), digits)} |`);
  }
  for (const p of profiles) {
    out.push('');
    out.push(`## CPU profile, ${p.seeds.toLocaleString('en-US')} seeds`);
    for (const [title, summary] of [['whole analysis, no cached readings', p.analysis], ['10 re-analyses after a keystroke', p.keystrokes]] as const) {
      out.push('');
      out.push(`${title}: ${formatFigure(summary.totalMs, 0)} ms sampled. Self time by file: ${summary.byFile.slice(0, 6).map((h) => `${h.name} ${Math.round(h.share * 100)}%`).join(', ')}.`);
      out.push('');
      out.push('| function (self time) | ms | share |');
      out.push('| --- | ---: | ---: |');
      for (const h of summary.byFunction.slice(0, 10)) out.push(`| \`${h.name}\` | ${formatFigure(h.ms, 1)} | ${Math.round(h.share * 100)}% |`);
    }
  }
  if (failures.length > 0) {
    out.push('');
    out.push('## Failures');
    out.push('');
    for (const f of failures) out.push(`- ${f}`);
  }
  return `${out.join('\n')}\n`;
}

async function main(config: Config): Promise<number> {
  const startedAt = new Date();
  const machineAtStart = machine();
  const shared = sharedDir();
  if (!shared) throw new Error('the benchmark reads ../shared/corpus/basil-dev; set SEED_BUNDLE_SHARED to the shared folder');
  const stories = loadBaseStories(path.join(shared, 'corpus', 'basil-dev'));
  const articles = stories.reduce((sum, s) => sum + s.articles.length, 0);
  fs.mkdirSync(OUT, { recursive: true });

  const measured: Measured[] = [];
  const profiles: Profiles[] = [];
  let bytesPerSeed = 0;
  for (const seeds of config.sizes) {
    const generated = generateSeeds(stories, seeds, PRNG_SEED);
    const file = path.join(OUT, `bundle-${seeds}.seeds`);
    writeBundleFile(file, generated, `${seeds} seeds generated by server/src/bench from basil-dev (PRNG seed ${PRNG_SEED})`);
    const text = fs.readFileSync(file, 'utf8');
    bytesPerSeed = Buffer.byteLength(text) / seeds;
    const bundle = readBundleFile(file, text);
    measured.push(await measureBundle(config, generated, 'file', file, () => readBundleFile(file, text), new Map([[file, text]])));
    if (seeds === config.folderSize) {
      const folder = path.join(OUT, `folder-${seeds}`);
      writeBundleFolder(folder, generated);
      const files = generated.map((g) => ({ name: g.name, file: path.join(folder, g.name), text: g.text }));
      measured.push(await measureBundle(config, generated, 'folder', folder, () => readBundleFolder(folder, files), new Map(files.map((f) => [f.file, f.text]))));
    }
    if (config.profileSizes.includes(seeds)) {
      const profiled = await step(`${seeds} seeds: CPU profile`, () => profileAt(bundle, seeds));
      if (profiled) profiles.push(profiled);
    }
  }
  const startup = await step('seed-bundle --help', () => timeStartup(config.processRepeats(TARGET_SIZE), 30_000));

  const about = `${config.sizes.join(', ')} seeds (about ${(bytesPerSeed / 1000).toFixed(1)} kB each), variants of the ${articles} basil-dev articles; file form at every size, folder form also at ${config.folderSize}; written to bench/out/`;
  const loadAtEnd = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  const report = render(config, measured, profiles, { startedAt, machine: machineAtStart, loadAtEnd, about, startup });
  fs.mkdirSync(path.dirname(config.results), { recursive: true });
  fs.writeFileSync(config.results, report);
  process.stdout.write(report);
  process.stderr.write(`bench: wrote ${path.relative(process.cwd(), config.results)}${failures.length > 0 ? `; ${failures.length} failure(s)` : ''}\n`);
  return failures.length > 0 ? 1 : 0;
}

/** The whole run is bounded: past the deadline it says so, kills the server it started and exits. */
function run(): void {
  let config: Config;
  try {
    config = configOf(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`bench: ${(e as Error).message}\n`);
    process.exit(2);
  }
  if (!fs.existsSync(SHIPPED_SERVER)) {
    process.stderr.write(`bench: ${path.relative(process.cwd(), SHIPPED_SERVER)} is missing: \`npm run bundle\` makes it (\`npm run bench\` does)\n`);
    process.exit(2);
  }
  const giveUp = (why: string) => {
    process.stderr.write(`bench: ${why}\n`);
    killSessions();
    process.exit(1);
  };
  const deadline = setTimeout(() => giveUp(`gave up after ${config.deadlineMs / 1000} s`), config.deadlineMs);
  // A server that dies while it starts breaks its pipe outside any await: still an orderly failure.
  process.on('uncaughtException', (e) => giveUp(`failed: ${e?.stack ?? e}`));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => giveUp(`stopped by ${signal}`));
  main(config)
    .then((code) => (process.exitCode = code))
    .catch((e) => {
      process.stderr.write(`bench: ${(e as Error)?.stack ?? e}\n`);
      process.exitCode = 1;
    })
    .finally(() => clearTimeout(deadline));
}

run();
