// The editor's view of speed: the real server over stdio, driven as an editor would. Every wait
// is bounded; a session runs in a process of its own and its server is killed when it ends.
import { ChildProcess, fork } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { DocumentSymbol, Position } from 'vscode-languageserver-types';
import { asciiJson } from '../connection';
import { VSCODE_INITIALIZATION_OPTIONS } from '../serverStart';
import { startTestServer, TestServer } from '../testing/lspClient';
import { REPO } from './processes';
import { median } from './report';

export interface SessionPlan {
  uri: string;
  /** The document's text, sent with didOpen. */
  text: string;
  /** Where one-character edits go (inside a quote), and where a person is named. */
  edit: Position;
  person?: Position;
  keystrokes: number;
  /** How many times each request is timed. */
  requests: number;
  /** Edits followed at once by an outline request, and by a code-lens request once their diagnostics are in. */
  outlinesAfterEdit: number;
  /** Each wait gives up after this long. */
  timeoutMs: number;
  /** A loop of keystrokes or requests ends early after this long (having run at least 3). */
  budgetMs: number;
}

export interface SessionFigures {
  initializeMs: number;
  /** didOpen → the first diagnostics: of the articles read first, for a bundle read in two passes (see readInTwoPasses in server.ts). */
  openMs: number;
  /** didOpen → the diagnostics of every article: the first reading's progress ended (the same as openMs for a bundle read in one pass). */
  wholeOpenMs: number;
  /** Diagnostics in the first publication for the opened document. */
  firstDiagnostics: number;
  /** Diagnostics in the publication of the whole bundle, and its size as JSON. */
  diagnostics: number;
  diagnosticsMB: number;
  /** The same JSON written as the server writes it and read again in this process (fastest of 3): what the wire costs at least, whatever the server. */
  diagnosticsJsonMs: number;
  keystrokeMs: number[];
  outlineMs: number[];
  /** Symbols in the outline: one per seed, and the people and quotes under them unless there are too many (see outline.ts). And its size as JSON. */
  symbols: number;
  outlineMB: number;
  outlineJsonMs: number;
  hoverMs: number[];
  /** Whether the hover found the person (its markdown starts with a bold name). */
  hoverOnPerson: boolean;
  referencesMs: number[];
  references: number;
  outlineAfterEditMs: number[];
  /** Code lenses asked for after an edit's diagnostics (as the editor does, after a pause), and how many the last answer had. */
  lensesAfterEditMs: number[];
  lenses: number;
  /** VmHWM and VmRSS of the server process, in MB (10⁶ bytes). */
  peakMemoryMB?: number;
  memoryMB?: number;
  /** Errors the server logged (a handler that failed). */
  serverErrors: string[];
}

/** The server as the extension ships it: `npm run bench` bundles it first (`npm run bundle`). */
export const SHIPPED_SERVER = path.join(REPO, 'dist', 'server.js');

/** Runs a session on one document and stops the server (killing it if it does not stop). */
export async function measureSession(plan: SessionPlan, onServer: (pid: number) => void = () => undefined): Promise<SessionFigures> {
  const started = performance.now();
  // The bundle the extension runs, told what the extension tells it of VS Code: at 1,000 seeds
  // that shows 1,000 of the file's ~2,900 diagnostics; and that it shows progress.
  const server = await startTestServer(VSCODE_INITIALIZATION_OPTIONS, { window: { workDoneProgress: true } }, SHIPPED_SERVER);
  const initializeMs = performance.now() - started;
  if (server.process.pid !== undefined) onServer(server.process.pid);
  server.process.stdin?.on('error', () => undefined); // a dead server's closed pipe is reported below, not thrown
  const serverErrors: string[] = [];
  server.connection.onNotification('window/logMessage', (m: { type: number; message: string }) => {
    if (m.type === 1) serverErrors.push(m.message.slice(0, 400));
  });
  const died = new Promise<never>((_, reject) =>
    server.process.once('exit', (code, signal) => reject(new Error(`the server exited (${signal ?? code}): ${server.stderr().trim().slice(-800)}`))),
  );
  died.catch(() => undefined);
  const within = <T>(work: Promise<T>, what: string): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${plan.timeoutMs} ms`)), plan.timeoutMs)));
    return Promise.race([work, died, timeout]).finally(() => clearTimeout(timer));
  };
  try {
    return { initializeMs, ...(await drive(server, plan, within)), ...memoryOf(server.process.pid), serverErrors };
  } finally {
    await stop(server);
  }
}

type Within = <T>(work: Promise<T>, what: string) => Promise<T>;

async function drive(server: TestServer, plan: SessionPlan, within: Within) {
  const { connection } = server;
  const { uri } = plan;
  const textDocument = { uri };
  let version = 1;

  // A large bundle's first reading is shown as progress: the diagnostics of every article are out when it ends.
  let progressBegun = false;
  let progressEnded = () => undefined as void;
  const firstReadingDone = new Promise<void>((resolve) => (progressEnded = resolve));
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('$/progress', (p: { value: { kind: string } }) => {
    if (p.value.kind === 'begin') progressBegun = true;
    if (p.value.kind === 'end') progressEnded();
  });
  let started = performance.now();
  const opened = server.diagnosticsFor(uri);
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed-bundle', version, text: plan.text } });
  const first = await within(opened, 'didOpen → diagnostics');
  const openMs = performance.now() - started;
  if (progressBegun) await within(firstReadingDone, 'didOpen → the end of the first reading');
  const wholeOpenMs = performance.now() - started;
  const whole = server.diagnostics.filter((p) => p.uri === uri).pop()!;
  const diagnosticsMB = wireBytes(whole).byteLength / 1e6;
  const diagnosticsJsonMs = jsonRoundTripMs(whole);
  server.diagnostics.length = 0; // a publication can be 100 MB of JSON: keep none

  const loopStarted = () => {
    const since = performance.now();
    return (done: number) => done < 3 || performance.now() - since < plan.budgetMs;
  };
  const timed = async <T>(times: number, what: string, request: () => Promise<T>) => {
    const ms: number[] = [];
    let last: T | undefined;
    const goOn = loopStarted();
    for (let i = 0; i < times && goOn(i); i++) {
      started = performance.now();
      last = await within(request(), what);
      ms.push(performance.now() - started);
    }
    return { ms, last };
  };
  const outline = await timed(plan.requests, 'documentSymbol', () => connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument }));
  const person = plan.person ?? plan.edit;
  const hover = await timed(plan.requests, 'hover', () => connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument, position: person }));
  const references = await timed(plan.requests, 'references', () =>
    connection.sendRequest<unknown[]>('textDocument/references', { textDocument, position: person, context: { includeDeclaration: true } }),
  );

  // One keystroke at a time, alternately typing a letter and deleting it, so the text stays as it was.
  const letter = plan.text.split(/\r\n|\r|\n/)[plan.edit.line]?.[plan.edit.character] ?? 'e';
  const after = { line: plan.edit.line, character: plan.edit.character + 1 };
  let typed = false;
  const keystroke = () => {
    typed = !typed;
    version++;
    const change = typed ? { range: { start: plan.edit, end: plan.edit }, text: letter } : { range: { start: plan.edit, end: after }, text: '' };
    connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    return version;
  };
  const diagnosticsOf = (v: number) => server.diagnosticsFor(uri, (p) => p.version === v);

  const keystrokeMs: number[] = [];
  const keystrokesGoOn = loopStarted();
  for (let i = 0; i < plan.keystrokes && keystrokesGoOn(i); i++) {
    server.diagnostics.length = 0; // keep memory flat: only the answer to this edit matters
    started = performance.now();
    const v = keystroke();
    await within(diagnosticsOf(v), `keystroke ${i + 1} → diagnostics`);
    keystrokeMs.push(performance.now() - started);
  }

  const outlineAfterEditMs: number[] = [];
  const lensesAfterEditMs: number[] = [];
  let lenses = 0;
  const outlinesGoOn = loopStarted();
  for (let i = 0; i < plan.outlinesAfterEdit && outlinesGoOn(i); i++) {
    server.diagnostics.length = 0;
    started = performance.now();
    const v = keystroke();
    await within(connection.sendRequest('textDocument/documentSymbol', { textDocument }), 'keystroke → documentSymbol');
    outlineAfterEditMs.push(performance.now() - started);
    await within(diagnosticsOf(v), 'diagnostics after the outline');
    started = performance.now();
    lenses = (await within(connection.sendRequest<unknown[]>('textDocument/codeLens', { textDocument }), 'codeLens after an edit')).length;
    lensesAfterEditMs.push(performance.now() - started);
  }
  if (typed) keystroke(); // leave the text as it was opened

  return {
    openMs,
    wholeOpenMs,
    firstDiagnostics: first.diagnostics.length,
    diagnostics: whole.diagnostics.length,
    diagnosticsMB,
    diagnosticsJsonMs,
    keystrokeMs,
    outlineMs: outline.ms,
    symbols: (outline.last ?? []).reduce((sum, article) => sum + 1 + (article.children?.length ?? 0), 0),
    outlineMB: wireBytes(outline.last ?? []).byteLength / 1e6,
    outlineJsonMs: jsonRoundTripMs(outline.last ?? []),
    hoverMs: hover.ms,
    hoverOnPerson: /^\*\*/.test(hover.last?.contents.value ?? ''),
    referencesMs: references.ms,
    references: references.last?.length ?? 0,
    outlineAfterEditMs,
    lensesAfterEditMs,
    lenses,
  };
}

/** A value's JSON as the server writes it (ASCII) and a client reads it (UTF-8 bytes decoded, then parsed), the fastest of 3 runs. */
function jsonRoundTripMs(value: unknown): number {
  let fastest = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    JSON.parse(wireBytes(value).toString('utf8'));
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

function wireBytes(value: unknown): Buffer {
  return Buffer.from(asciiJson(value), 'latin1');
}

/** VmHWM (peak resident set) and VmRSS of a process, from /proc (Linux only), in MB of 10⁶ bytes. */
function memoryOf(pid: number | undefined): { peakMemoryMB?: number; memoryMB?: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { peakMemoryMB: (kB('VmHWM') * 1024) / 1e6, memoryMB: (kB('VmRSS') * 1024) / 1e6 };
  } catch {
    return {};
  }
}

/** Asks the server to shut down; kills it when it has not exited within 5 s. */
async function stop(server: TestServer): Promise<void> {
  const child = server.process;
  const running = () => child.exitCode === null && child.signalCode === null;
  if (!running()) return server.connection.dispose();
  const gone = new Promise((resolve) => child.once('exit', resolve));
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([server.stop().catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, 5000)))]);
  clearTimeout(timer);
  if (running()) {
    child.kill('SIGKILL');
    await gone;
  }
}

/** Session processes and the servers they started, so that a run that gives up can kill them. */
const sessions = new Set<ChildProcess>();
const servers = new Set<number>();

export function killSessions(): void {
  for (const child of sessions) child.kill('SIGKILL');
  for (const pid of servers) killServer(pid);
}

/** Kills a server by its pid, after checking that the pid is still a seed-bundle server. */
function killServer(pid: number): void {
  try {
    if (/main\.[jt]s\0--stdio/.test(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'))) process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

type SessionMessage = { serverPid: number } | { figures: SessionFigures } | { error: string };

/**
 * Sessions on one document as one: their keystrokes and requests pooled, the open time the median
 * of the sessions', the peak memory the highest. A single session can fall in a minute when the machine is
 * slow; three pooled say more.
 */
export function pooledSessions(sessions: SessionFigures[]): SessionFigures {
  if (sessions.length === 0) throw new Error('no session to pool');
  const all = <T>(pick: (s: SessionFigures) => T[]) => sessions.flatMap(pick);
  const medianOf = (pick: (s: SessionFigures) => number) => median(sessions.map(pick))!;
  const peaks = sessions.map((s) => s.peakMemoryMB).filter((mb): mb is number => mb !== undefined);
  return {
    ...sessions[0],
    initializeMs: medianOf((s) => s.initializeMs),
    openMs: medianOf((s) => s.openMs),
    wholeOpenMs: medianOf((s) => s.wholeOpenMs),
    diagnosticsJsonMs: Math.min(...sessions.map((s) => s.diagnosticsJsonMs)),
    outlineJsonMs: Math.min(...sessions.map((s) => s.outlineJsonMs)),
    keystrokeMs: all((s) => s.keystrokeMs),
    outlineMs: all((s) => s.outlineMs),
    hoverMs: all((s) => s.hoverMs),
    hoverOnPerson: sessions.every((s) => s.hoverOnPerson),
    referencesMs: all((s) => s.referencesMs),
    outlineAfterEditMs: all((s) => s.outlineAfterEditMs),
    lensesAfterEditMs: all((s) => s.lensesAfterEditMs),
    peakMemoryMB: peaks.length > 0 ? Math.max(...peaks) : undefined,
    memoryMB: sessions[sessions.length - 1].memoryMB,
    serverErrors: all((s) => s.serverErrors),
  };
}

/**
 * Runs a session in a child process of its own (session.ts) with a large heap: a client that
 * cannot hold a huge publication fails that session, not the benchmark. Killed with its server
 * after `deadlineMs`.
 */
export function measureSessionApart(plan: SessionPlan, deadlineMs: number): Promise<SessionFigures> {
  const fromSources = __filename.endsWith('.ts');
  const entry = path.join(__dirname, fromSources ? 'session.ts' : 'session.js');
  const child = fork(entry, [], {
    execArgv: [...(fromSources ? ['--import', 'tsx'] : []), '--max-old-space-size=8192'],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  sessions.add(child);
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
  let serverPid: number | undefined;
  /** The session's answer: once there is one, the session has stopped its server itself. */
  let answer: { figures: SessionFigures } | { error: string } | undefined;
  // Settled when the session process has exited (and been reaped), so that its CPU time is
  // not counted in whatever the benchmark times next.
  return new Promise<SessionFigures>((resolve, reject) => {
    const timer = setTimeout(() => {
      answer ??= { error: `the session took longer than ${deadlineMs / 1000} s` };
      child.kill('SIGKILL');
    }, deadlineMs);
    child.on('message', (message: SessionMessage) => {
      if ('serverPid' in message) servers.add((serverPid = message.serverPid));
      else answer ??= message;
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      sessions.delete(child);
      if (serverPid !== undefined) {
        // A session that died without answering leaves its server behind: end it.
        if (!answer) killServer(serverPid);
        servers.delete(serverPid);
      }
      if (answer && 'figures' in answer) resolve(answer.figures);
      else if (answer) reject(new Error(answer.error));
      else reject(new Error(`the session process ended (${signal ?? `exit ${code}`}) without figures: ${stderr.trim().split('\n').slice(-4).join(' / ')}`));
    });
    child.send(plan);
  });
}
