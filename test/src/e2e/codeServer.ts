// What the e2e runner and the demo share: the Debian packages and the code-server they need,
// the packaged extension, and code-server / Chromium processes that run on loopback with
// throwaway state under `.run/` and are always stopped, also on failure or Ctrl-C.
// Why code-server and these install fixes: /work/shared/notes/real-vscode-tests.md.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const repoRoot = path.resolve(__dirname, '../../..');
const vsixPath = path.join(repoRoot, 'seed-bundle.vsix');
const extensionId = 'seed-bundle.seed-bundle';

/** The last code-server release that installs on Node 20; it bundles VS Code 1.100.3. */
const CODE_SERVER_VERSION = '4.100.3';
/** The @vscode/ripgrep version code-server 4.100.3 pins, and the rg release it fetches. */
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_RELEASE = 'v13.0.0-10';
const DEBIAN_PACKAGES = ['chromium', 'ripgrep', 'libkrb5-dev'];
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const installDir = path.join(repoRoot, '.cache', 'code-server');
const codeServerEntry = path.join(installDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  // The run folder sits inside the project's git repository; that is not the user's to open.
  'git.openRepositoryInParentFolders': 'never',
  // For the UI check's screenshots: whole lines, and the outline's articles at a glance.
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  'editor.hover.above': false,
  'outline.collapseItems': 'alwaysCollapse',
};

// ---------------------------------------------------------------- steps and their report

export class Steps {
  private passed = 0;
  private failed = 0;

  /** Runs one step and prints its pass/fail line; returns undefined when it failed. */
  async run<T>(name: string, step: () => Promise<T> | T): Promise<T | undefined> {
    const started = Date.now();
    try {
      const result = await step();
      this.passed++;
      const note = typeof result === 'string' && result ? ` - ${result}` : '';
      console.log(`PASS  ${name} (${seconds(started)})${note}`);
      return result;
    } catch (error) {
      this.failed++;
      console.log(`FAIL  ${name} (${seconds(started)})\n${indent(errorText(error))}`);
      return undefined;
    }
  }

  skip(name: string, reason: string): void {
    this.failed++;
    console.log(`FAIL  ${name} - not run: ${reason}`);
  }

  /** Prints the closing line; true when every step passed. */
  finish(): boolean {
    console.log(`${this.passed} passed, ${this.failed} failed`);
    return this.failed === 0;
  }
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function indent(text: string): string {
  return text.split('\n').map((line) => `      ${line}`).join('\n');
}

function errorText(error: unknown): string {
  // Playwright colours its call logs; a log file or CI page wants plain text.
  return (error instanceof Error ? error.message : String(error)).replace(/\x1b\[[0-9;]*m/g, '');
}

// ---------------------------------------------------------------- cleanup, also on Ctrl-C

interface Cleanup {
  /** The graceful stop. */
  stop(): Promise<void>;
  /** The last resort while the process exits: synchronous only. */
  kill(): void;
}

const cleanups = new Set<Cleanup>();
let signalsHandled = false;

function addCleanup(cleanup: Cleanup): () => void {
  if (!signalsHandled) {
    signalsHandled = true;
    process.on('exit', () => cleanups.forEach((c) => c.kill()));
    for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
      process.once(signal, () => {
        console.log(`\n${signal}: stopping`);
        void stopEverything().finally(() => process.exit(code));
      });
    }
  }
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/** Stops every process this module started (code-server groups, browsers), newest first. */
export async function stopEverything(): Promise<void> {
  for (const cleanup of [...cleanups].reverse()) {
    await cleanup.stop().catch(() => cleanup.kill());
    cleanups.delete(cleanup);
  }
}

// ---------------------------------------------------------------- installing what is needed

/** Runs a command to completion, its output to `log`; throws with the output's tail on failure. */
function runLogged(command: string, args: string[], log: string, options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): void {
  fs.mkdirSync(path.dirname(log), { recursive: true });
  fs.appendFileSync(log, `\n$ ${command} ${args.join(' ')}\n`);
  const fd = fs.openSync(log, 'a');
  try {
    const result = spawnSync(command, args, { ...options, stdio: ['ignore', fd, fd] });
    if (result.error) throw result.error;
    if (result.status !== 0) {
      const tail = fs.readFileSync(log, 'utf8').trimEnd().split('\n').slice(-25).join('\n');
      throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}; ${log} ends:\n${tail}`);
    }
  } finally {
    fs.closeSync(fd);
  }
}

function isDebianPackageInstalled(name: string): boolean {
  const result = spawnSync('dpkg-query', ['-W', '-f=${db:Status-Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout === 'installed';
}

/** Installs Chromium, ripgrep and the Kerberos headers with apt-get, only those missing. */
export function ensureDebianPackages(): string {
  const missing = DEBIAN_PACKAGES.filter((name) => !isDebianPackageInstalled(name));
  if (missing.length === 0) return `${DEBIAN_PACKAGES.join(', ')} already installed`;
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const log = path.join(installDir, 'logs', 'apt-get.log');
  const [command, ...prefix] = [...asRoot, 'apt-get'];
  runLogged(command, [...prefix, 'update'], log, { env });
  runLogged(command, [...prefix, 'install', '-y', '--no-install-recommends', ...missing], log, { env });
  return `installed ${missing.join(', ')}`;
}

/** Installs code-server 4.100.3 into `.cache/code-server/` once; returns what it did. */
export function ensureCodeServer(): string {
  const stamp = path.join(installDir, `installed-${CODE_SERVER_VERSION}`);
  if (fs.existsSync(stamp) && fs.existsSync(codeServerEntry)) return `${CODE_SERVER_VERSION} already installed`;
  const tmp = path.join(installDir, 'tmp');
  fs.mkdirSync(tmp, { recursive: true });
  fs.writeFileSync(path.join(installDir, 'package.json'), JSON.stringify({ name: 'code-server-for-tests', private: true }) + '\n');
  seedRipgrepDownload(tmp);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TMPDIR: tmp,
    // node-pty's postinstall runs `npx node-gyp`, which aborts without a TTY unless told yes.
    npm_config_yes: 'true',
    // Keep npm's cache and logs and node-gyp's files inside the project's ignored folder.
    npm_config_cache: path.join(installDir, 'npm-cache'),
    npm_config_devdir: path.join(installDir, 'node-gyp'),
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
  // Build native modules against this Node's own headers rather than downloading them.
  const nodePrefix = path.resolve(path.dirname(process.execPath), '..');
  if (fs.existsSync(path.join(nodePrefix, 'include', 'node', 'common.gypi'))) env.npm_config_nodedir = nodePrefix;
  // code-server's postinstall refuses to run as root without --unsafe-perm (npm 11 warns it does not know the flag, yet passes it on).
  runLogged('npm', ['install', '--unsafe-perm', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`], path.join(installDir, 'logs', 'npm-install.log'), { cwd: installDir, env });
  fs.writeFileSync(stamp, new Date().toISOString() + '\n');
  return `installed ${CODE_SERVER_VERSION}`;
}

/** @vscode/ripgrep downloads `rg` from GitHub unless its cache already holds the tarball. */
function seedRipgrepDownload(tmp: string): void {
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) throw new Error('ripgrep (rg) is not installed');
  const arch = { x64: 'x86_64', arm64: 'aarch64' }[process.arch as string];
  if (!arch) throw new Error(`no ripgrep build for ${process.arch}`);
  const cache = path.join(tmp, RIPGREP_CACHE);
  fs.mkdirSync(cache, { recursive: true });
  const tarball = path.join(cache, `ripgrep-${RIPGREP_RELEASE}-${arch}-unknown-linux-musl.tar.gz`);
  const result = spawnSync('tar', ['-czf', tarball, '-C', path.dirname(rg), path.basename(rg)]);
  if (result.status !== 0) throw new Error(`could not pack ${rg} into ${tarball}`);
}

/** `npm run package`: builds and packs the extension; returns the .vsix path. */
export function packageExtension(): string {
  const log = path.join(repoRoot, '.run', 'package.log');
  fs.rmSync(log, { force: true });
  // npm's own debug log would go to ~/.npm; the step keeps its output in .run/package.log.
  runLogged('npm', ['run', 'package'], log, { cwd: repoRoot, env: { ...process.env, npm_config_logs_max: '0' } });
  if (!fs.existsSync(vsixPath)) throw new Error(`npm run package did not write ${vsixPath}`);
  return `${path.basename(vsixPath)}, ${(fs.statSync(vsixPath).size / 1024).toFixed(0)} KiB`;
}

// ---------------------------------------------------------------- a throwaway run folder

export interface RunDirs {
  root: string;
  /** HOME, XDG_* and TMPDIR for every process started here. */
  home: string;
  tmp: string;
  userData: string;
  extensions: string;
  /** Copies of examples/, one per workbench window, so one window's state never leaks into another. */
  suiteWorkspace: string;
  uiWorkspace: string;
}

/** A fresh `.run/<name>/` with a copy of the examples; points this process's TMPDIR into it. */
export function makeRunDirs(name: string): RunDirs {
  const root = path.join(repoRoot, '.run', name);
  fs.rmSync(root, { recursive: true, force: true });
  const dirs: RunDirs = {
    root,
    home: path.join(root, 'home'),
    tmp: path.join(root, 'tmp'),
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    suiteWorkspace: path.join(root, 'suite-workspace'),
    uiWorkspace: path.join(root, 'ui-workspace'),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  // No welcome page, no trust prompt, nothing that phones home.
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2) + '\n');
  for (const workspace of [dirs.suiteWorkspace, dirs.uiWorkspace]) {
    fs.cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
  }
  // Playwright puts Chromium's profile in this process's temp folder.
  process.env.TMPDIR = dirs.tmp;
  return dirs;
}

function isolatedEnv(dirs: RunDirs): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOME: dirs.home,
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: path.join(dirs.home, '.config'),
    XDG_DATA_HOME: path.join(dirs.home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(dirs.home, '.cache'),
    XDG_STATE_HOME: path.join(dirs.home, '.local', 'state'),
  };
}

function codeServerArgs(dirs: RunDirs): string[] {
  return [codeServerEntry, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
}

/** Installs the packaged extension into the run's extensions folder; returns its folder. */
export function installExtension(dirs: RunDirs): string {
  runLogged(process.execPath, [...codeServerArgs(dirs), '--install-extension', vsixPath], path.join(dirs.root, 'install-extension.log'), { env: isolatedEnv(dirs) });
  const installed = fs.readdirSync(dirs.extensions).filter((name) => name.startsWith(`${extensionId}-`));
  if (installed.length !== 1) throw new Error(`expected one ${extensionId} in ${dirs.extensions}, found ${installed.join(', ') || 'none'}`);
  return path.join(dirs.extensions, installed[0]);
}

// ---------------------------------------------------------------- code-server and Chromium

export interface CodeServer {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  /** The editor's address with a folder opened (and extra query parameters). */
  folderUrl(folder: string, query?: Record<string, string>): string;
  /** A `vscode-remote://` URI for a path on this machine, as the workbench names it. */
  remoteUri(absolutePath: string): string;
  /** Settles when code-server exits without being asked to. */
  died: Promise<void>;
  stop(): Promise<void>;
}

/** Starts code-server on 127.0.0.1 (a free port unless given) and waits until it answers. */
export async function startCodeServer(dirs: RunDirs, port?: number): Promise<CodeServer> {
  const chosenPort = port ?? (await freePort());
  const log = fs.openSync(path.join(dirs.root, 'code-server.log'), 'a');
  // detached: the child calls setsid(), so it and everything it starts form one process group.
  const child = spawn(process.execPath, [
    ...codeServerArgs(dirs),
    '--bind-addr', `127.0.0.1:${chosenPort}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override',
  ], { detached: true, stdio: ['ignore', log, log], env: isolatedEnv(dirs) });
  fs.closeSync(log);
  const group = child.pid;
  if (group === undefined) throw new Error('code-server did not start');
  let exited = false;
  let stopping = false;
  const died = new Promise<void>((resolve) => child.once('exit', () => {
    exited = true;
    if (!stopping) resolve();
  }));
  const stop = async (): Promise<void> => {
    stopping = true;
    if (!signalGroup(group, 'SIGTERM')) return;
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && signalGroup(group, 0)) await delay(100);
    signalGroup(group, 'SIGKILL');
  };
  const forget = addCleanup({ stop, kill: () => signalGroup(group, 'SIGKILL') });
  const url = `http://127.0.0.1:${chosenPort}/`;
  try {
    await waitUntil(() => !exited && healthy(url), 30_000, () => exited ? 'code-server exited; see code-server.log' : 'code-server did not answer /healthz within 30 s');
  } catch (error) {
    await stop();
    forget();
    throw error;
  }
  return {
    url,
    folderUrl: (folder, query = {}) => `${url}?${new URLSearchParams({ folder, ...query }).toString()}`,
    remoteUri: (absolutePath) => `vscode-remote://127.0.0.1:${chosenPort}${absolutePath}`,
    died,
    stop: async () => { await stop(); forget(); },
  };
}

/** Sends a signal to a whole process group; false when the group is gone. */
function signalGroup(group: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-group, signal);
    return true;
  } catch {
    return false;
  }
}

/** Headless Debian Chromium, closed with everything else. */
export async function launchChromium(dirs: RunDirs): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    env: isolatedEnv(dirs),
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const forget = addCleanup({ stop: () => browser.close(), kill: () => undefined }); // playwright kills it on exit
  browser.once('disconnected', forget);
  return browser;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function healthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(new URL('healthz', url), (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.setTimeout(1000, () => request.destroy());
    request.once('error', () => resolve(false));
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `condition` until it holds; throws `failure()` after `timeoutMs`. */
async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs: number, failure: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(failure());
    await delay(100);
  }
}
