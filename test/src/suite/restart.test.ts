// A language server that dies is started again by the client, and the editor works on.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { bundleUri, documentSymbols, eventually, example, open } from './helpers';

/** The processes of this extension's server (its bundled `dist/server.js`). */
function serverProcesses(): number[] {
  try {
    return execFileSync('pgrep', ['-f', 'seed-bundle[^ ]*/dist/server\\.js']).toString().trim().split('\n').map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

describe('the server process', function () {
  it('runs with the Node flags and environment the extension gives it (server/src/serverStart.ts)', async function () {
    if (process.platform !== 'linux') this.skip(); // reads /proc
    const { document } = await open(bundleUri());
    await documentSymbols(document.uri);
    const [pid] = serverProcesses();
    const commandLine = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    for (const flag of ['--max-semi-space-size=1', '--v8-pool-size=0']) assert.ok(commandLine.includes(flag), `${flag} in ${commandLine.join(' ')}`);
    const environment = fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    for (const setting of ['MALLOC_ARENA_MAX=1', 'MALLOC_MMAP_THRESHOLD_=131072']) assert.ok(environment.includes(setting), `${setting} in the server's environment`);
  });
});

describe('a server that dies', function () {
  this.timeout(60_000);

  it('is started again, and the outline comes back from the new one', async function () {
    if (process.platform === 'win32') this.skip(); // no pgrep
    const { document } = await open(bundleUri());
    await documentSymbols(document.uri);
    const [first, ...others] = serverProcesses();
    assert.ok(first !== undefined && others.length === 0, `one server process, found ${[first, ...others].join(', ')}`);

    process.kill(first, 'SIGKILL');
    // Requests at once, as an editor makes while the user works: the client writes to the dead
    // server's pipe (EPIPE), which must not stop it from starting a new one.
    for (let i = 0; i < 5; i++) void vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri).then(undefined, () => undefined);
    const [second] = await eventually(serverProcesses, (pids) => pids.length === 1 && pids[0] !== first, 'a new server process');
    const symbols = await eventually(
      async () => (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', document.uri)) ?? [],
      (found) => found.length === example.articles.length,
      'the outline from the new server',
    );
    assert.deepEqual(symbols.map((s) => s.name), example.articles.map((a) => a.headline));
    assert.notEqual(second, first);
  });
});
