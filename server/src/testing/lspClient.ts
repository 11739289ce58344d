// Drives the real language server in a child process over stdio, as an editor would.
import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import { createMessageConnection, MessageConnection, PublishDiagnosticsParams, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { SERVER_ENVIRONMENT, SERVER_NODE_FLAGS } from '../serverStart';

export interface TestServer {
  connection: MessageConnection;
  process: ChildProcess;
  /** The server's answer to initialize. */
  initialized: { capabilities: Record<string, unknown>; serverInfo?: { name: string } };
  /** Every publishDiagnostics notification so far, in order. */
  diagnostics: PublishDiagnosticsParams[];
  /** Waits for diagnostics of a URI that satisfy a condition. */
  diagnosticsFor(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  stderr(): string;
  stop(): Promise<void>;
}

/**
 * Starts the server and initializes it: by default the compiled one (or the sources under tsx),
 * else the script `main`, such as the bundle the extension ships.
 */
export async function startTestServer(initializationOptions: object = {}, capabilities: object = {}, main?: string): Promise<TestServer> {
  const fromSources = !main && __filename.endsWith('.ts');
  main ??= path.join(__dirname, '..', fromSources ? 'main.ts' : 'main.js');
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...(fromSources ? ['--import', 'tsx'] : []), main, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...SERVER_ENVIRONMENT },
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const diagnostics: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    diagnostics.push(p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.accept(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  connection.onRequest('workspace/configuration', () => [{}]);
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const initialized = await connection.sendRequest<TestServer['initialized']>('initialize', { processId: process.pid, rootUri: null, capabilities, initializationOptions });
  connection.sendNotification('initialized', {});
  return {
    initialized,
    connection,
    process: child,
    diagnostics,
    diagnosticsFor: (uri, accept = () => true) => {
      const seen = [...diagnostics].reverse().find((p) => p.uri === uri && accept(p));
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ uri, accept, resolve }));
    },
    stderr: () => stderr,
    stop: async () => {
      await connection.sendRequest('shutdown').catch(() => undefined);
      connection.sendNotification('exit');
      connection.dispose();
      if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
    },
  };
}
