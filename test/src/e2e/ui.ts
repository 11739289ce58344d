// A look at the workbench itself with the installed .vsix: what a person sees when they open the
// example bundle. Each check waits for the workbench's own DOM, then saves a screenshot to
// test/screenshots/ (the README shows them).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { example } from '../exampleBundle';
import { type CodeServer, type RunDirs, Steps, repoRoot } from './codeServer';

const screenshots = path.join(repoRoot, 'test', 'screenshots');
const UI_TIMEOUT_MS = 30_000;

/** Runs the UI checks as steps of their own; each needs the one before it. */
export async function checkWorkbenchUi(steps: Steps, browser: Browser, server: CodeServer, dirs: RunDirs): Promise<void> {
  const workspace = dirs.uiWorkspace;
  const bundleText = fs.readFileSync(path.join(workspace, example.bundleFile), 'utf8');
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  fs.mkdirSync(screenshots, { recursive: true });
  try {
    const checks: [string, () => Promise<string>][] = [
      ['UI: open the example bundle with the installed .vsix', () => openBundle(page, server, workspace)],
      ['UI: the Outline view lists the articles', () => outlineListsArticles(page)],
      ['UI: a hover on a person names them', () => hoverOnPerson(page, bundleText)],
      ['UI: the Problems panel shows the differences', () => problemsPanel(page)],
      ['UI: all three at once for the README', () => overview(page, bundleText)],
    ];
    for (const [index, [name, check]] of checks.entries()) {
      if ((await steps.run(name, check)) === undefined) {
        for (const [skipped] of checks.slice(index + 1)) steps.skip(skipped, 'the UI check before it failed');
        const shot = path.join(dirs.root, 'ui-failure.png');
        await page.screenshot({ path: shot }).catch(() => undefined);
        console.log(`      the workbench as it was: ${path.relative(repoRoot, shot)}`);
        return;
      }
    }
  } finally {
    await page.close();
  }
}

async function openBundle(page: Page, server: CodeServer, workspace: string): Promise<string> {
  await page.goto(server.folderUrl(workspace));
  await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: UI_TIMEOUT_MS });
  await page.getByRole('treeitem', { name: example.bundleFile, exact: true }).click();
  await page.locator(`.tab.active[aria-label*="${example.bundleFile}"]`).waitFor({ timeout: UI_TIMEOUT_MS });
  // The status bar names the language the extension contributes for .seeds files.
  await page.locator('#status\\.editor\\.mode', { hasText: 'Seed Bundle' }).waitFor({ timeout: UI_TIMEOUT_MS });
  return `${example.bundleFile} opened as Seed Bundle`;
}

async function outlineListsArticles(page: Page): Promise<string> {
  await runCommand(page, 'Explorer: Focus on Outline View');
  // Room for the outline: fold the file tree away and widen the side bar.
  await page.locator('.pane-header[aria-label^="Explorer Section"][aria-expanded="true"]').click();
  await widenSideBar(page, 240);
  const rows = page.locator('.pane:has(.pane-header[aria-label^="Outline"]) .monaco-list-row');
  const headlines = example.articles.map((article) => article.headline);
  for (const headline of headlines) await rows.filter({ hasText: headline }).first().waitFor({ timeout: UI_TIMEOUT_MS });
  // Open the first article to show what it holds: its people and quotes.
  await rows.filter({ hasText: headlines[0] }).first().locator('.monaco-tl-twistie').click();
  await rows.filter({ hasText: example.people[0] }).first().waitFor({ timeout: UI_TIMEOUT_MS });
  await page.screenshot({ path: path.join(screenshots, 'outline.png') });
  return `${headlines.length} headlines listed; screenshots/outline.png`;
}

/** Drags the side bar's right edge (its sash) to the right. */
async function widenSideBar(page: Page, by: number): Promise<void> {
  const sideBar = await page.locator('.part.sidebar').boundingBox();
  if (!sideBar) throw new Error('no side bar');
  const x = sideBar.x + sideBar.width;
  const y = sideBar.y + sideBar.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + by, y, { steps: 5 });
  await page.mouse.up();
  await page.mouse.move(x + by + 400, y); // off the sash, so it is not drawn highlighted
}

async function hoverOnPerson(page: Page, bundleText: string): Promise<string> {
  await showPersonHover(page, bundleText);
  await page.screenshot({ path: path.join(screenshots, 'hover.png') });
  await page.keyboard.press('Escape');
  return 'hover on "Voss" names Eleanor Voss; screenshots/hover.png';
}

/** Puts the cursor on a surname-only mention and shows its hover, which must name the person in full. */
async function showPersonHover(page: Page, bundleText: string): Promise<void> {
  const at = positionOf(bundleText, example.surnameMention);
  await goTo(page, at.line + 1, at.character + 1);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover:visible', { hasText: 'Eleanor Voss' }).first();
  await hover.waitFor({ timeout: UI_TIMEOUT_MS });
  // Screenshots wait for the hover's fade-in to end.
  await hover.evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((animation: { finished: Promise<unknown> }) => animation.finished)));
}

async function problemsPanel(page: Page): Promise<string> {
  await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row');
  await rows.filter({ hasText: 'quote-wording' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
  await page.screenshot({ path: path.join(screenshots, 'problems.png') });
  return `${await rows.count()} rows, quote-wording among them; screenshots/problems.png`;
}

async function overview(page: Page, bundleText: string): Promise<string> {
  await showPersonHover(page, bundleText);
  await page.screenshot({ path: path.join(screenshots, 'overview.png') });
  return 'outline, hover and Problems in one; screenshots/overview.png';
}

/** Runs a command from the command palette (F1) by its title. */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await fillQuickInput(page, `>${title}`);
  await page.locator('.quick-input-widget:visible .monaco-list-row', { hasText: title }).first().waitFor({ timeout: UI_TIMEOUT_MS });
  await acceptQuickInput(page);
}

/** Moves the cursor with Go to Line (Ctrl+G); `line` and `column` count from 1. */
async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  await fillQuickInput(page, `:${line}:${column}`);
  await acceptQuickInput(page);
}

async function fillQuickInput(page: Page, text: string): Promise<void> {
  const input = page.locator('.quick-input-widget:visible input.input');
  await input.waitFor({ timeout: UI_TIMEOUT_MS });
  await input.fill(text);
}

async function acceptQuickInput(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
}

function positionOf(text: string, needle: string): { line: number; character: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" is not in the example bundle`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}
