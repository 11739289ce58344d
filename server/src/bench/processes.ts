// Whole-process timings: the `seed-bundle` command, and the floor it is judged against (a node
// process that reads the same bytes and makes one regular-expression pass over them).
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { median } from './report';

/** The repository's root, from server/out/bench (or server/src/bench under tsx). */
export const REPO = path.resolve(__dirname, '../../..');
const COMMAND = path.join(REPO, 'bin', 'seed-bundle.js');

/** Reads a bundle (a file, or every file of a folder) and counts its quote marks. */
const FLOOR_SCRIPT = `
const fs = require('fs');
const path = require('path');
const target = process.argv[1];
const files = fs.statSync(target).isDirectory() ? fs.readdirSync(target).map((n) => path.join(target, n)) : [target];
let marks = 0;
for (const file of files) marks += (fs.readFileSync(file, 'utf8').match(/["\\u201c\\u201d]/g) || []).length;
process.stdout.write(marks + '\\n');
`;

/** CPU time of the children this process has waited for, in ms (Linux: /proc/self/stat), or undefined. */
function childrenCpuMs(): number | undefined {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of stat(5), cutime and cstime, in clock ticks of 1/100 s on Linux.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

export interface ProcessTime {
  wallMs: number;
  /** User + system CPU time of the process: what other work on the machine does not inflate. */
  cpuMs?: number;
}

/** Runs node with some arguments, stdout to /dev/null; its times. Rejects on a non-zero exit or a timeout. */
export function timeNode(args: string[], timeoutMs: number): Promise<ProcessTime> {
  return new Promise((resolve, reject) => {
    const devNull = fs.openSync('/dev/null', 'w');
    const cpuBefore = childrenCpuMs();
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', devNull, 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (e) => {
      clearTimeout(timer);
      fs.closeSync(devNull);
      reject(e);
    });
    child.once('exit', (code, signal) => {
      const wallMs = performance.now() - started;
      const cpuAfter = childrenCpuMs();
      clearTimeout(timer);
      fs.closeSync(devNull);
      const cpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
      if (code === 0) resolve({ wallMs, cpuMs });
      else reject(new Error(`node ${args.slice(0, 2).join(' ')} … ${signal ? `killed by ${signal} (timeout ${timeoutMs} ms?)` : `exited ${code}`}: ${stderr.trim().slice(0, 500)}`));
    });
  });
}

export interface ProcessFigures {
  analyze: ProcessTime;
  floor: ProcessTime;
  runs: number;
}

/** The median wall time and median CPU time of some runs. */
function medianTime(runs: ProcessTime[]): ProcessTime {
  const cpu = runs.map((r) => r.cpuMs).filter((ms): ms is number => ms !== undefined);
  return { wallMs: median(runs.map((r) => r.wallMs))!, cpuMs: median(cpu) };
}

/**
 * `seed-bundle analyze PATH > /dev/null` and the floor on the same PATH, interleaved, each run
 * `repeats` times (fewer when the runs so far took longer than `budgetMs`); the medians.
 */
export async function timeAnalyzeAndFloor(target: string, repeats: number, timeoutMs: number, budgetMs: number): Promise<ProcessFigures> {
  const analyze: ProcessTime[] = [];
  const floor: ProcessTime[] = [];
  const started = performance.now();
  for (let i = 0; i < repeats && (i === 0 || performance.now() - started < budgetMs); i++) {
    floor.push(await timeNode(['-e', FLOOR_SCRIPT, target], timeoutMs));
    analyze.push(await timeNode([COMMAND, 'analyze', target], timeoutMs));
  }
  return { analyze: medianTime(analyze), floor: medianTime(floor), runs: analyze.length };
}

/** `seed-bundle --help`: what starting node and loading the command costs before any analysis. */
export async function timeStartup(repeats: number, timeoutMs: number): Promise<ProcessTime> {
  const runs: ProcessTime[] = [];
  for (let i = 0; i < repeats; i++) runs.push(await timeNode([COMMAND, '--help'], timeoutMs));
  return medianTime(runs);
}
