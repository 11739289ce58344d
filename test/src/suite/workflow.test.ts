// The workflow around a difference, inside a real VS Code: quick fixes on the quote-wording
// diagnostic (compare in the diff editor, use this wording, ignore in .seed-bundle.json), the code
// lens, the speaker hint, the overview and the status bar item.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { bundleUri, eventually } from './helpers';

const EXTENSION_ID = 'seed-bundle.seed-bundle';

/** Polls until `probe` gives a value (not undefined or false). */
function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>): Promise<T> {
  return eventually(probe, (value) => value !== undefined && value !== false, what) as Promise<T>;
}

const wordingDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'quote-wording');

async function openBundle(): Promise<{ document: vscode.TextDocument; wording: vscode.Diagnostic[] }> {
  const document = await vscode.workspace.openTextDocument(bundleUri());
  await vscode.window.showTextDocument(document);
  const wording = await waitFor('two quote-wording diagnostics', () => {
    const found = wordingDiagnostics(document.uri);
    return found.length === 2 ? found : undefined;
  });
  return { document, wording };
}

async function quickFixes(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  // The command's result does not carry each action's diagnostics: these are all Seed Bundle's.
  return actions;
}

describe('the workflow around a difference', function () {
  this.timeout(60_000);

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('offers compare, use-this-wording and ignore on a quote-wording diagnostic', async () => {
    const { document, wording } = await openBundle();
    const six = wording.find((d) => document.getText(d.range).includes('six weeks'))!;
    const titles = (await quickFixes(document.uri, six)).map((a) => a.title);
    assert.equal(titles.length, 3, titles.join(' | '));
    assert.match(titles[0], /^Compare versions: Branscombe Evening Post ↔ /);
    assert.match(titles[1], /^Use this wording in /);
    assert.equal(titles[2], 'Ignore this difference');
  });

  it('compare opens the diff editor on two read-only versions titled by their sources', async () => {
    const { document, wording } = await openBundle();
    const six = wording.find((d) => document.getText(d.range).includes('six weeks'))!;
    const compare = (await quickFixes(document.uri, six))[0];
    const opened = await vscode.commands.executeCommand<{ left: vscode.Uri; right: vscode.Uri }>(compare.command!.command, ...compare.command!.arguments!);
    const tab = await waitFor('a diff tab', () => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return input instanceof vscode.TabInputTextDiff ? { tab: vscode.window.tabGroups.activeTabGroup.activeTab!, input } : undefined;
    });
    assert.equal(tab.input.original.scheme, 'seed-bundle-version');
    assert.equal(tab.input.original.toString(), opened.left.toString());
    assert.equal(tab.input.modified.toString(), opened.right.toString());
    assert.match(tab.tab.label, /^Eleanor Voss’s quote: Branscombe Evening Post ↔ /);
    assert.match(tab.input.original.path, /\/Branscombe Evening Post$/);
    const left = await vscode.workspace.openTextDocument(opened.left);
    const right = await vscode.workspace.openTextDocument(opened.right);
    assert.match(left.getText(), /^Speaker: Eleanor Voss\n\nThe bridge will stay closed for at least six weeks/);
    assert.match(right.getText(), /at least eight weeks/);
    // Read-only: the versions live in a file system that refuses writes (the editor shows a lock).
    assert.equal(vscode.workspace.fs.isWritableFileSystem('seed-bundle-version'), false);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.writeFile(opened.left, new Uint8Array([120]))), /NoPermissions|permission/i);
  });

  it('use this wording rewrites the other version, the difference goes, and undo brings it back', async () => {
    const { document, wording } = await openBundle();
    const six = wording.find((d) => document.getText(d.range).includes('six weeks'))!;
    const use = (await quickFixes(document.uri, six))[1];
    assert.ok(await vscode.workspace.applyEdit(use.edit!));
    assert.equal(document.getText().match(/at least six weeks/g)!.length, 2);
    await waitFor('no quote-wording diagnostics', () => wordingDiagnostics(document.uri).length === 0);
    await vscode.commands.executeCommand('undo');
    assert.match(document.getText(), /at least eight weeks/);
    await waitFor('the difference back', () => wordingDiagnostics(document.uri).length === 2);
    await document.save();
  });

  it('ignore writes .seed-bundle.json beside the bundle and the difference stays quiet until the entry goes', async () => {
    const { document, wording } = await openBundle();
    const ignore = (await quickFixes(document.uri, wording[0]))[2];
    assert.ok(await vscode.workspace.applyEdit(ignore.edit!));
    const config = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.seed-bundle.json');
    const configDocument = await vscode.workspace.openTextDocument(config);
    const written = JSON.parse(configDocument.getText());
    assert.equal(written.ignore[0].code, 'quote-wording');
    assert.equal(written.ignore[0].speaker, 'Eleanor Voss');
    assert.match(written.ignore[0].quote, /^The bridge will stay closed for at least/);
    await waitFor('the difference quiet', () => wordingDiagnostics(document.uri).length === 0);
    const clear = new vscode.WorkspaceEdit();
    clear.replace(config, new vscode.Range(0, 0, configDocument.lineCount, 0), '{}\n');
    assert.ok(await vscode.workspace.applyEdit(clear));
    await waitFor('the difference back once the entry is gone', () => wordingDiagnostics(document.uri).length === 2);
    await configDocument.save();
    await vscode.workspace.fs.delete(config);
  });

  it('a code lens above the differing quote counts its sources; clicking it compares', async () => {
    const { document, wording } = await openBundle();
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 100);
    const onSix = lenses.find((l) => l.range.start.line === wording[0].range.start.line)!;
    assert.equal(onSix.command!.title, '2 sources · 1 differs');
    assert.equal(onSix.command!.command, 'seedBundle.compareVersions');
    assert.ok(lenses.some((l) => l.command!.title === '2 sources · all agree'));
  });

  it('an inlay hint names the speaker after a quote that only says "she said"', async () => {
    const { document } = await openBundle();
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, new vscode.Range(0, 0, document.lineCount, 0));
    const after = hints.find((h) => h.label === '— Ruth Adebayo');
    assert.ok(after, hints.map((h) => h.label).join(', '));
    assert.match(document.lineAt(after.position.line).text.slice(0, after.position.character), /collapse,["”]$/);
  });

  it('the overview shows who is quoted where, and the status bar counts the bundle', async () => {
    const { document } = await openBundle();
    const overview = await vscode.commands.executeCommand<{ sources: unknown[]; rows: { name: string | null; cells: { column: number; differs: number }[] }[] }>('seedBundle.showOverview', document.uri);
    assert.equal(overview.sources.length, 3);
    const voss = overview.rows.find((r) => r.name === 'Eleanor Voss')!;
    assert.deepEqual(voss.cells.map((c) => [c.column, c.differs]), [[0, 1], [1, 1], [2, 0]]);
    await waitFor('the overview tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('seedBundle.overview')));
    await vscode.window.showTextDocument(document);
    const api = vscode.extensions.getExtension<{ status(): { text: string; visible: boolean } }>(EXTENSION_ID)!.exports;
    const status = await waitFor('the status bar item', () => {
      const now = api.status();
      return now.visible && / 1 difference$/.test(now.text) ? now : undefined;
    });
    assert.match(status.text, /^\$\(warning\) 3 articles · \d+ people · \d+ quotes · 1 difference$/);
  });
});
