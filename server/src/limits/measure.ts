// Measures the limits at full size, by hand (slow: minutes): a 50 MB bundle, a line of a million
// characters, 5,000 unbalanced quote marks, a folder of 10,000 seeds. Each goes through
// `seed-bundle analyze` and `check` (bin/seed-bundle.js under /usr/bin/time -v) and through the
// real server; the wall and CPU time and the peak memory of each are written to RESULTS.md.
//
//   npx tsc -b && node server/out/limits/measure.js [--only NAME] [--out FILE]
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { pathToFileURL } from 'url';
import { DocumentSymbol } from 'vscode-languageserver-types';
import { CONFIG_FILE_NAME } from '../config';
import { startTestServer } from '../testing/lspClient';
import { bigBundle, longLine, manySeeds, unbalancedMarks, writeFolder } from './cases';

const REPO = path.resolve(__dirname, '../../..');
const COMMAND = path.join(REPO, 'bin', 'seed-bundle.js');
/** Any one step longer than this is stopped and reported as such. */
const TIMEOUT_MS = 15 * 60_000;

interface Case {
  name: string;
  size: string;
  /** Writes the input under a folder; gives the path the command takes and the document the server opens. */
  write(dir: string): { target: string; open: { file: string; text: string }; lastFile: string; fullAnalysis?: boolean };
}

/** The big bundle twice: with the default maxBundleSize (read article by article) and with the limit raised. */
const CASES: Case[] = [
  {
    name: '50 MB bundle (default maxBundleSize: per-article reading)',
    size: '50,000,000 characters of seed text',
    write: (dir) => fileCase(dir, bigBundle(50_000_000)),
  },
  {
    name: '50 MB bundle (maxBundleSize raised: full analysis)',
    size: '50,000,000 characters of seed text',
    write: (dir) => {
      fs.writeFileSync(path.join(dir, CONFIG_FILE_NAME), JSON.stringify({ maxBundleSize: 1e9 }));
      return { ...fileCase(dir, bigBundle(50_000_000)), fullAnalysis: true };
    },
  },
  { name: 'a line of 1,000,000 characters', size: '1 seed, one story line of 1,000,000 characters', write: (dir) => fileCase(dir, longLine(1_000_000)) },
  { name: '5,000 unbalanced quote marks', size: '1 seed, one paragraph', write: (dir) => fileCase(dir, unbalancedMarks(5_000)) },
  {
    name: '10,000 seeds in a folder',
    size: '10,000 seed files',
    write: (dir) => {
      const folder = path.join(dir, 'seeds');
      const files = manySeeds(10_000);
      writeFolder(folder, files);
      return { target: folder, open: { file: path.join(folder, files[0].name), text: files[0].text }, lastFile: path.join(folder, files[files.length - 1].name) };
    },
  },
];

function fileCase(dir: string, text: string) {
  const file = path.join(dir, 'bundle.seeds');
  fs.writeFileSync(file, text);
  return { target: file, open: { file, text }, lastFile: file };
}

interface Row {
  name: string;
  size: string;
  frontEnd: string;
  outcome: string;
  wallS: number;
  cpuS?: number;
  peakMB: number;
}

/** `seed-bundle COMMAND TARGET > /dev/null` under /usr/bin/time -v. */
function timeCommand(command: 'analyze' | 'check', target: string): Omit<Row, 'name' | 'size'> {
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, COMMAND, command, target], { stdio: ['ignore', 'ignore', 'pipe'], timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
  const stderr = result.stderr?.toString() ?? '';
  const figure = (label: string) => Number(new RegExp(`${label}: ([\\d.:]+)`).exec(stderr)?.[1].split(':').reduce((sum, part) => sum * 60 + Number(part), 0) ?? NaN);
  const exit = /Command exited with non-zero status (\d+)/.exec(stderr)?.[1] ?? (result.signal ? `killed (${result.signal})` : '0');
  const firstLine = stderr.split('\n').find((line) => line.startsWith('seed-bundle:'));
  return {
    frontEnd: `seed-bundle ${command}`,
    outcome: `exit ${exit}${firstLine ? `; ${firstLine.slice(0, 120)}` : ''}`,
    wallS: figure('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)'),
    cpuS: figure('User time \\(seconds\\)') + figure('System time \\(seconds\\)'),
    peakMB: figure('Maximum resident set size \\(kbytes\\)') / 1024,
  };
}

/** VmHWM of a live process, in MB. */
function peakMemoryMB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: nothing in ${TIMEOUT_MS} ms`)), TIMEOUT_MS))),
  ]);
}

/** The server opens the document; timed until the diagnostics of the bundle's last file, then an outline and a hover. */
async function timeServer(open: { file: string; text: string }, lastFile: string): Promise<Omit<Row, 'name' | 'size'>> {
  const server = await startTestServer();
  const pid = server.process.pid!;
  const cpuBefore = cpuSeconds(pid);
  try {
    const uri = pathToFileURL(open.file).href;
    const started = performance.now();
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed-bundle', version: 1, text: open.text } });
    const published = await within(server.diagnosticsFor(pathToFileURL(lastFile).href), 'diagnostics');
    const diagnosticsS = (performance.now() - started) / 1000;
    const outlineStarted = performance.now();
    const symbols = await within(server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }), 'outline');
    const outlineS = (performance.now() - outlineStarted) / 1000;
    const hoverStarted = performance.now();
    await within(server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 10 } }), 'hover');
    const hoverS = (performance.now() - hoverStarted) / 1000;
    const wallS = (performance.now() - started) / 1000;
    const peakMB = peakMemoryMB(pid);
    const cpuS = cpuSeconds(pid) - cpuBefore;
    return {
      frontEnd: 'server (didOpen → diagnostics, outline, hover)',
      outcome: `diagnostics in ${diagnosticsS.toFixed(1)} s (${published.diagnostics.length} in the last file), outline of ${symbols.length} in ${outlineS.toFixed(1)} s, hover in ${hoverS.toFixed(2)} s`,
      wallS,
      cpuS,
      peakMB,
    };
  } catch (e) {
    return { frontEnd: 'server', outcome: `failed: ${(e as Error).message}`, wallS: NaN, peakMB: peakMemoryMB(pid) };
  } finally {
    await Promise.race([server.stop(), new Promise((r) => setTimeout(r, 10_000))]);
    if (server.process.exitCode === null) server.process.kill('SIGKILL');
  }
}

/** User and system CPU time of a live process so far, in seconds. */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 a second on Linux)
}

function table(rows: Row[]): string {
  const lines = ['| case | input | front end | outcome | wall s | CPU s | peak MB |', '| --- | --- | --- | --- | ---: | ---: | ---: |'];
  for (const r of rows) lines.push(`| ${r.name} | ${r.size} | ${r.frontEnd} | ${r.outcome.replace(/\|/g, '\\|')} | ${r.wallS.toFixed(1)} | ${r.cpuS?.toFixed(1) ?? '—'} | ${Math.round(r.peakMB)} |`);
  return lines.join('\n');
}

async function measure(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : path.join(REPO, 'server/src/limits/RESULTS.md');
  const rows: Row[] = [];
  for (const c of CASES.filter((c) => !only || c.name.includes(only))) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-bundle-measure-'));
    try {
      const written = c.write(dir);
      for (const command of ['analyze', 'check'] as const) {
        const row = { name: c.name, size: c.size, ...timeCommand(command, written.target) };
        rows.push(row);
        console.log(table([row]).split('\n')[2]);
      }
      const row = { name: c.name, size: c.size, ...(await timeServer(written.open, written.lastFile)) };
      rows.push(row);
      console.log(table([row]).split('\n')[2]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const report = [
    '# Limits: time and peak memory at full size',
    '',
    'Written by `server/src/limits/measure.ts` (`npx tsc -b && node server/out/limits/measure.js`); not part of CI.',
    'CI runs smaller versions of the same inputs for correctness only (`server/src/limits/cases.test.ts`).',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version};`,
    `load average when done ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} (other work on the machine makes wall time longer than CPU time).`,
    '',
    'The command: `/usr/bin/time -v node bin/seed-bundle.js analyze|check PATH > /dev/null` (peak = maximum resident set size).',
    'The server: the compiled server over stdio; didOpen with the text until the diagnostics of the bundle’s last file arrive,',
    'then documentSymbol and a hover (peak = VmHWM of the server process; CPU from /proc).',
    '',
    table(rows),
    '',
  ].join('\n');
  fs.writeFileSync(out, report);
  console.log(`written to ${out}`);
}

measure().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
