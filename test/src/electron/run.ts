// The same extension suite in desktop VS Code, for machines that can download it:
//   npm run compile && npm run bundle && node test/out/electron/run.js
// CI here cannot download VS Code and runs test/out/e2e/run.js (code-server) instead.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const repoRoot = path.resolve(__dirname, '../../..');
  // VS Code, its profile and the workspace all stay in the project's ignored folders.
  const cache = path.join(repoRoot, '.cache', 'vscode-test');
  const run = path.join(repoRoot, '.run', 'electron');
  const workspace = path.join(run, 'suite-workspace');
  fs.rmSync(run, { recursive: true, force: true });
  fs.cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
  await runTests({
    // The latest stable VS Code: its Electron's Node loads mocha 12 (an ES module) from the suite.
    cachePath: cache,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(repoRoot, 'test', 'out', 'suite', 'index'),
    launchArgs: [
      workspace,
      `--user-data-dir=${path.join(run, 'user-data')}`,
      `--extensions-dir=${path.join(run, 'extensions')}`,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
    ],
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
