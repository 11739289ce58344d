// `npm run demo` (scripts/demo.sh): the packaged extension in a real VS Code (code-server) with the
// example bundle open, for a person to try in their browser. Stops everything on Ctrl-C.
import * as path from 'node:path';
import { example } from '../exampleBundle';
import {
  Steps, ensureCodeServer, ensureDebianPackages, installExtension, makeRunDirs, packageExtension, startCodeServer,
} from './codeServer';

async function main(): Promise<void> {
  const steps = new Steps();
  const ready = (await steps.run('Debian packages: chromium, ripgrep, libkrb5-dev', ensureDebianPackages)) !== undefined
    && (await steps.run('code-server 4.100.3 in .cache/code-server/', ensureCodeServer)) !== undefined
    && (await steps.run('npm run package', packageExtension)) !== undefined;
  if (!ready) process.exit(steps.finish() ? 0 : 1);
  const dirs = makeRunDirs('demo');
  await steps.run('install seed-bundle.vsix', () => installExtension(dirs));
  const port = process.env.PORT ? Number(process.env.PORT) : undefined;
  const server = await steps.run('start code-server on 127.0.0.1', () => startCodeServer(dirs, port));
  if (!server) process.exit(1);
  // The workbench opens the bundle file through the `payload` it reads from the address.
  const bundle = path.join(dirs.uiWorkspace, example.bundleFile);
  const address = server.folderUrl(dirs.uiWorkspace, { payload: JSON.stringify([['openFile', server.remoteUri(bundle)]]) });
  console.log(`\nOpen ${address}\n(or ${server.url}, then ${example.bundleFile} in the Explorer). Ctrl-C stops it.`);
  // Runs until Ctrl-C: the signal handlers stop code-server and exit.
  await server.died;
  console.log('code-server exited by itself; its log: .run/demo/code-server.log');
  process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
