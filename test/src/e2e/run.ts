// `npm run test:e2e`: the extension suite inside a real VS Code (code-server 4.100.3 in headless
// Chromium) on the packaged .vsix, then a look at the workbench's own UI with screenshots.
// Prints one PASS/FAIL line per step and `N passed, N failed`; exits 1 on any failure.
import * as path from 'node:path';
import { format } from 'node:util';
import type { Browser } from 'playwright-core';
import {
  type CodeServer, type RunDirs, Steps, ensureCodeServer, ensureDebianPackages, installExtension,
  launchChromium, makeRunDirs, packageExtension, repoRoot, startCodeServer, stopEverything,
} from './codeServer';
import { checkWorkbenchUi } from './ui';

const SUITE_TIMEOUT_MS = 120_000;

async function main(): Promise<boolean> {
  const steps = new Steps();
  const installed = (await steps.run('Debian packages: chromium, ripgrep, libkrb5-dev', ensureDebianPackages)) !== undefined
    && (await steps.run('code-server 4.100.3 in .cache/code-server/', ensureCodeServer)) !== undefined;
  const packaged = (await steps.run('npm run package', packageExtension)) !== undefined;
  if (!installed || !packaged) {
    steps.skip('the extension suite and the UI check', 'an earlier step failed');
    return steps.finish();
  }
  const dirs = makeRunDirs('e2e');
  try {
    const extensionFolder = await steps.run('install seed-bundle.vsix into a throwaway extensions folder', () => installExtension(dirs));
    const server = await steps.run('start code-server on 127.0.0.1', () => startCodeServer(dirs));
    const browser = server && await steps.run('start headless Chromium', () => launchChromium(dirs));
    if (!extensionFolder || !server || !browser) {
      steps.skip('the extension suite and the UI check', 'an earlier step failed');
    } else {
      await steps.run('extension suite in the extension host (test/src/suite)', () => runSuite(browser, server, dirs, extensionFolder));
      await checkWorkbenchUi(steps, browser, server, dirs);
    }
  } finally {
    await stopEverything();
  }
  console.log(`logs: ${path.relative(repoRoot, dirs.root)}/`);
  return steps.finish();
}

/**
 * Runs test/out/suite/index.js with the installed extension as the development extension, the
 * way VS Code's own browser integration tests do: the workbench reads both paths from `payload`,
 * forwards the extension host's console to `codeAutomationLog` and its exit code to `codeAutomationExit`.
 */
async function runSuite(browser: Browser, server: CodeServer, dirs: RunDirs, extensionFolder: string): Promise<string> {
  const page = await browser.newPage();
  try {
    let exited: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => { exited = resolve; });
    await page.exposeFunction('codeAutomationExit', (code: number) => exited(code));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      (type === 'error' ? console.error : console.log)(format(...args).replace(/^/gm, '      '));
    });
    const payload = [
      ['extensionDevelopmentPath', server.remoteUri(extensionFolder)],
      ['extensionTestsPath', server.remoteUri(path.join(repoRoot, 'test', 'out', 'suite', 'index'))],
      ['skipWelcome', 'true'],
    ];
    await page.goto(server.folderUrl(dirs.suiteWorkspace, { payload: JSON.stringify(payload) }));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      const hint = `did the extension activate? see ${path.relative(repoRoot, dirs.root)}/user-data/logs/*/exthost*/remoteexthost.log`;
      timer = setTimeout(() => reject(new Error(`the suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s (${hint})`)), SUITE_TIMEOUT_MS);
    });
    const code = await Promise.race([exitCode, timeout]).finally(() => clearTimeout(timer));
    if (code !== 0) throw new Error(`the suite exited with code ${code} (its output is above)`);
    return 'mocha passed';
  } finally {
    await page.close();
  }
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
