// A look at the workbench itself with the installed .vsix: what a person sees when they open the
// example bundle, then the workflow around the quote two sources word differently (lens, quick
// fixes, the comparison, the overview). Each check waits for the workbench's own DOM, then saves
// a screenshot to test/screenshots/ (the README shows them).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
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
      ['UI: the differing quote: code lens, squiggle, speaker hint, status bar', () => differingQuote(page, bundleText)],
      ['UI: its quick fixes: compare, use this wording, ignore', () => quickFixMenu(page)],
      ['UI: Compare versions opens a read-only diff titled by source', () => compareFromQuickFix(page)],
      ['UI: the code lens opens the same comparison', () => compareFromLens(page)],
      ['UI: the bundle overview: people down the side, sources across', () => bundleOverview(page, bundleText)],
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
  // Open the first article to show what it holds: its people and quotes. The outline may be drawn
  // again meanwhile (a later reply from the server) and the row closed with it: open it until its
  // first person shows, never clicking a row that is already open (that would close it).
  const first = rows.filter({ hasText: headlines[0] }).first();
  const person = rows.filter({ hasText: example.people[0] }).first();
  const until = Date.now() + UI_TIMEOUT_MS;
  while (!(await person.isVisible())) {
    if (Date.now() > until) throw new Error(`the outline shows no "${example.people[0]}" under "${headlines[0]}"`);
    if ((await first.getAttribute('aria-expanded')) === 'false') await first.locator('.monaco-tl-twistie').click();
    await page.waitForTimeout(250);
  }
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
  const hover = page.locator('.monaco-hover:visible', { hasText: 'Eleanor Voss' }).first();
  // The show-hover chord is now and then lost while the editor settles after the jump: ask again.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    try {
      await hover.waitFor({ timeout: attempt < 3 ? UI_TIMEOUT_MS / 6 : UI_TIMEOUT_MS });
      break;
    } catch (e) {
      if (attempt >= 3) throw e;
    }
  }
  // Screenshots wait for the hover's fade-in to end; one the workbench cancels has ended too
  // (its `finished` then rejects, which aborted a clean run once).
  await hover.evaluate((element) =>
    Promise.all(element.getAnimations({ subtree: true }).map((animation: { finished: Promise<unknown> }) => animation.finished.catch(() => undefined))),
  );
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

// ---------------------------------------------------------------- the workflow around a difference

const { differingQuote: differing } = example;
/** The lens above the version that another source words differently. */
const LENS_TITLE = `${differing.versions.length} sources · 1 differs`;
/** The speaker hint after the example's quote that only says "she said". */
const SPEAKER_HINT = '— Ruth Adebayo';
/** The diff editor's title: the speaker's quote, then the two versions by source. */
const COMPARE_TITLE = `${differing.speaker}’s quote: ${example.articles[0].outlet} ↔ `;
/** The articles whose capture line names their outlet, as the outline test has it (the other names it only above its headline). */
const OUTLET_IN_CAPTURE_LINE = new Set([0, 2]);
const STATUS_ITEM = '[id="seed-bundle.seed-bundle.seedBundle.status"]';
/** Lines of context kept above the lens in the screenshot. */
const LINES_ABOVE_LENS = 6;

const editorOf = (page: Page) => page.locator('.editor-instance .monaco-editor').first();
/** The line of the version the lens stands above (its number is the first version's). */
const QUOTE_LINE = `.view-line:has-text(${JSON.stringify(`${differing.lead}${differing.versions[0].number} weeks`)})`;
/**
 * The lens just above that quote: the other version's lens has the same title, and the editor
 * draws both when they are near enough (a clean CI run failed on the two at once).
 */
const lensOf = (page: Page) => editorOf(page).locator(`.codelens-decoration a:has-text(${JSON.stringify(LENS_TITLE)}):above(${QUOTE_LINE})`).first();

async function differingQuote(page: Page, bundleText: string): Promise<string> {
  await page.keyboard.press('Escape');
  // The editor alone, as wide and tall as the window allows; the status bar stays.
  await runCommand(page, 'View: Close Primary Side Bar');
  await runCommand(page, 'View: Hide Panel');
  // The cursor inside the quote: the lightbulb shows there is a quick fix.
  const at = positionOf(bundleText, `${differing.lead}${differing.versions[0].number}`);
  await goTo(page, at.line + 1, at.character + 1);
  const editor = editorOf(page);
  const lens = lensOf(page);
  await lens.waitFor({ state: 'attached', timeout: UI_TIMEOUT_MS });
  // Scroll a line at a time (Ctrl+Up, Ctrl+Down) until the lens stands a few lines below the top.
  // The workbench hides a lens scrolled above the view (the jump to the quote may leave its line
  // at the very top: a clean CI run failed there once), so a hidden lens means scroll up.
  const lineHeight = (await box(editor.locator('.view-line').first(), 'a line of the editor')).height;
  const target = (await box(editor, 'the editor')).y + LINES_ABOVE_LENS * lineHeight;
  const linesBelowTarget = async () => {
    const shown = await lens.boundingBox({ timeout: UI_TIMEOUT_MS });
    return shown ? Math.round((shown.y - target) / lineHeight) : -1;
  };
  await poll(
    `the lens to stand ${LINES_ABOVE_LENS} lines below the editor's top`,
    async () => {
      const lines = await linesBelowTarget();
      if (lines !== 0) await page.keyboard.press(lines > 0 ? 'Control+ArrowDown' : 'Control+ArrowUp');
      return lines === 0;
    },
    async () => `it is ${await linesBelowTarget()} lines below`,
  );
  await moveMouseOffEditors(page);

  const squiggle = editor.locator('.squiggly-warning');
  const quoteLine = editor.locator(QUOTE_LINE);
  const hint = editor.locator('.view-line span', { hasText: SPEAKER_HINT });
  for (const [element, what] of [[lens, `the code lens "${LENS_TITLE}"`], [squiggle.first(), 'a warning squiggle'], [quoteLine, 'the differing quote'], [hint.first(), `the inlay hint "${SPEAKER_HINT}"`]] as const) {
    await element.waitFor({ timeout: UI_TIMEOUT_MS });
    await assertInside(element, editor, what);
  }
  // The squiggle marks the quote the lens stands above.
  const [lensBox, quoteBox] = [await box(lens, 'the lens'), await box(quoteLine, 'the quote')];
  if (quoteBox.y < lensBox.y || quoteBox.y - (lensBox.y + lensBox.height) > lineHeight) throw new Error(`the lens (y ${lensBox.y}) is not just above the quote (y ${quoteBox.y})`);
  let squiggled = false;
  for (const one of await squiggle.all()) {
    const b = await one.boundingBox();
    if (b && b.y >= quoteBox.y && b.y < quoteBox.y + quoteBox.height) squiggled = true;
  }
  if (!squiggled) throw new Error('no warning squiggle on the line of the differing quote');
  const status = await statusItem(page);
  await page.screenshot({ path: path.join(screenshots, 'workflow.png') });
  return `lens "${LENS_TITLE}", squiggle, hint "${SPEAKER_HINT}", status "${status}"; screenshots/workflow.png`;
}

/** The status bar item, which must count the example's articles and its one difference. */
async function statusItem(page: Page): Promise<string> {
  const counts = new RegExp(`^${example.articles.length} articles · \\d+ people · \\d+ quotes · 1 difference$`);
  const item = page.locator(STATUS_ITEM);
  const text = async () => ((await item.textContent({ timeout: UI_TIMEOUT_MS })) ?? '').trim();
  await poll('the status bar item to count the bundle', async () => counts.test(await text()), async () => `it says "${await text()}"`);
  await item.locator('.codicon-warning').waitFor({ timeout: UI_TIMEOUT_MS });
  return text();
}

async function quickFixMenu(page: Page): Promise<string> {
  // Keep the bundle's tab: a preview tab (one click in the Explorer) gives way to the comparison.
  await runCommand(page, 'View: Keep Editor');
  await page.keyboard.press('Control+.');
  const rows = page.locator('.action-widget .monaco-list-row.action');
  await rows.first().waitFor({ timeout: UI_TIMEOUT_MS });
  const titles = (await rows.allTextContents()).map((t) => t.trim());
  const expected = [new RegExp(`^Compare versions: ${example.articles[0].outlet} ↔ \\S`), /^Use this wording in \S/, /^Ignore this difference$/];
  if (titles.length !== expected.length || !expected.every((pattern, i) => pattern.test(titles[i]))) {
    throw new Error(`the quick fixes are: ${titles.join(' | ') || '(none)'}`);
  }
  // The top of the window, down to a little below the menu.
  const menu = await box(page.locator('.action-widget'), 'the quick fix menu');
  await page.screenshot({ path: path.join(screenshots, 'quick-fixes.png'), clip: { x: 0, y: 0, width: page.viewportSize()!.width, height: Math.ceil(menu.y + menu.height) + 80 } });
  return `${titles.join(' | ')}; screenshots/quick-fixes.png`;
}

async function compareFromQuickFix(page: Page): Promise<string> {
  // The menu opens with its first fix, Compare versions, chosen.
  await page.locator('.action-widget .monaco-list-row.action.focused', { hasText: 'Compare versions' }).waitFor({ timeout: UI_TIMEOUT_MS });
  await page.keyboard.press('Enter');
  const title = await diffShown(page);
  const diff = page.locator('.monaco-diff-editor');
  // Just the tab bar and the two versions: below them the window is empty.
  const bottom = await linesBottom(diff.locator('.editor.modified .view-line'));
  await page.screenshot({ path: path.join(screenshots, 'compare.png'), clip: { x: 0, y: 0, width: page.viewportSize()!.width, height: Math.ceil(bottom) + 40 } });
  // Read-only: typing into a version is refused with the editor's own message.
  await diff.locator('.editor.modified .view-lines').click();
  await page.keyboard.type('x');
  await page.locator('.monaco-editor-overlaymessage', { hasText: /read-only/i }).waitFor({ timeout: UI_TIMEOUT_MS });
  await page.keyboard.press('Escape');
  await closeActiveEditor(page, title);
  return `"${title}", six and eight marked, read-only; screenshots/compare.png`;
}

async function compareFromLens(page: Page): Promise<string> {
  await lensOf(page).click();
  const title = await diffShown(page);
  await closeActiveEditor(page, title);
  return `"${title}"`;
}

/** Waits for the diff of the two versions; returns its tab's title. */
async function diffShown(page: Page): Promise<string> {
  const tab = page.locator('.tab.active', { hasText: COMPARE_TITLE });
  await tab.waitFor({ timeout: UI_TIMEOUT_MS });
  const title = ((await tab.locator('.label-name').textContent()) ?? '').trim();
  // Titled by source: the other side is an outlet, not a seed's file name.
  const other = title.slice(COMPARE_TITLE.length);
  if (other === '' || example.articles.some((a) => other.includes(a.seed))) throw new Error(`the diff is titled "${title}": the second version is not named by its source`);
  const diff = page.locator('.monaco-diff-editor');
  const [six, eight] = differing.versions.map((v) => `${differing.lead}${v.number} weeks`);
  await diff.locator('.editor.original .view-line', { hasText: six }).waitFor({ timeout: UI_TIMEOUT_MS });
  await diff.locator('.editor.modified .view-line', { hasText: eight }).waitFor({ timeout: UI_TIMEOUT_MS });
  // The words that differ are marked on each side.
  await diff.locator('.editor.original .char-delete').first().waitFor({ timeout: UI_TIMEOUT_MS });
  await diff.locator('.editor.modified .char-insert').first().waitFor({ timeout: UI_TIMEOUT_MS });
  return title;
}

/** Where the last of these lines ends on the page. */
async function linesBottom(lines: Locator): Promise<number> {
  let bottom = 0;
  for (const line of await lines.all()) {
    const b = await box(line, 'a line of the diff');
    bottom = Math.max(bottom, b.y + b.height);
  }
  return bottom;
}

async function closeActiveEditor(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+W');
  await page.locator('.tab', { hasText: title }).waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
  await page.locator(`.tab.active[aria-label*="${example.bundleFile}"]`).waitFor({ timeout: UI_TIMEOUT_MS });
}

async function bundleOverview(page: Page, bundleText: string): Promise<string> {
  await runCommand(page, 'Seed Bundle: Show Bundle Overview');
  const overview = webview(page);
  const table = overview.locator('table');
  await table.waitFor({ timeout: UI_TIMEOUT_MS });
  // Sources across, one column per article, each named by its source, never by the seed's file.
  const sources = (await table.locator('thead th').allTextContents()).slice(1).map((t) => t.trim());
  if (sources.length !== example.articles.length) throw new Error(`the overview has ${sources.length} source columns: ${sources.join(' | ')}`);
  example.articles.forEach(({ seed, outlet }, i) => {
    const named = OUTLET_IN_CAPTURE_LINE.has(i) ? sources[i] === outlet : sources[i] !== '' && sources[i] !== seed;
    if (!named) throw new Error(`source column ${i + 1} is "${sources[i]}", not the source of ${seed} (${outlet})`);
  });
  // People down the side, and the one whose quote differs marked in the sources that print it.
  const people = (await table.locator('tbody th[scope=row]').allTextContents()).map((t) => t.trim());
  const missing = example.people.filter((name) => !people.some((row) => row.startsWith(name)));
  if (missing.length > 0) throw new Error(`no row for ${missing.join(', ')}; rows: ${people.join(' | ')}`);
  const speakerRow = table.locator('tbody tr', { has: page.locator(`th[scope=row]`, { hasText: differing.speaker }) });
  const marked = await speakerRow.locator('td.differs').count();
  if (marked !== differing.versions.length) throw new Error(`${differing.speaker}'s row marks ${marked} cells as differing, not ${differing.versions.length}`);
  await overview.locator('.status', { hasText: '1 difference' }).waitFor({ timeout: UI_TIMEOUT_MS });
  await statusItem(page);
  await moveMouseOffEditors(page);
  await page.screenshot({ path: path.join(screenshots, 'bundle-overview.png') });
  // A click on the other source's differing cell opens that version in the editor.
  const other = positionOf(bundleText, `${differing.lead}${differing.versions[1].number}`);
  await speakerRow.locator('td.differs button').nth(1).click();
  await page.locator('#status\\.editor\\.selection', { hasText: `Ln ${other.line + 1},` }).waitFor({ timeout: UI_TIMEOUT_MS });
  return `${people.length} people × ${sources.join(', ')}; a cell opens line ${other.line + 1}; screenshots/bundle-overview.png`;
}

/** The page inside the (one) webview: VS Code lays it over the editor, nested in two iframes. */
function webview(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/** Rests the mouse on the empty end of the tab bar, where it raises no hover. */
async function moveMouseOffEditors(page: Page): Promise<void> {
  const tabs = await box(page.locator('.tabs-and-actions-container').first(), 'the tab bar');
  const lastTab = await box(page.locator('.tabs-and-actions-container .tab').last(), 'a tab');
  await page.mouse.move(lastTab.x + lastTab.width + 40, tabs.y + tabs.height / 2);
}

async function box(locator: Locator, what: string): Promise<{ x: number; y: number; width: number; height: number }> {
  // The workbench redraws lenses and lines (after a scroll or a new analysis), so an element it had
  // shown can be hidden for a moment: wait for it to show again (a clean CI run failed here once).
  return poll(`${what} to be shown`, () => locator.boundingBox({ timeout: UI_TIMEOUT_MS }), async () => `${what} is not shown`);
}

/** Fails unless `element` is shown wholly inside `within` (not scrolled out of it). */
async function assertInside(element: Locator, within: Locator, what: string): Promise<void> {
  const [inner, outer] = [await box(element, what), await box(within, 'its container')];
  const inside = inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width + 1 && inner.y + inner.height <= outer.y + outer.height + 1;
  if (!inside) throw new Error(`${what} is outside the editor's view (${JSON.stringify(inner)} in ${JSON.stringify(outer)})`);
}

/** Polls `attempt` until it gives a value (not false or null) and returns it; fails naming `what` and what `detail` says after UI_TIMEOUT_MS. */
async function poll<T>(what: string, attempt: () => Promise<T | false | null>, detail: () => Promise<string>): Promise<T> {
  const deadline = Date.now() + UI_TIMEOUT_MS;
  for (;;) {
    const value = await attempt();
    if (value !== false && value !== null) return value;
    if (Date.now() > deadline) throw new Error(`waited ${UI_TIMEOUT_MS / 1000} s for ${what}: ${await detail()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Runs a command from the command palette (F1) by its exact title. */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await fillQuickInput(page, `>${title}`);
  const rows = page.locator('.quick-input-widget:visible .monaco-list-row');
  const label = (row: Locator) => row.locator('.label-name').first().textContent({ timeout: UI_TIMEOUT_MS });
  await rows.filter({ hasText: title }).first().waitFor({ timeout: UI_TIMEOUT_MS });
  // Other commands may match the words too: move down to the one named exactly so.
  const count = await rows.count();
  for (let moved = 0; (await label(rows.and(page.locator('.focused')))) !== title; moved++) {
    if (moved >= count) throw new Error(`the command palette has no command "${title}"`);
    await page.keyboard.press('ArrowDown');
  }
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
