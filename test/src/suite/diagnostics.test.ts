import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  bundleUri, codeOf, diagnosticsWhen, differingVersions, example, isAt, type Located, open, pointsAt, rangeOf, seedUri, withCode,
} from './helpers';

/** A made-up bundle of `seeds` articles, each wording four statements its own way: four quote-wording warnings an article. */
function manyDifferences(seeds: number): string {
  const statements = [
    (w: string) => `Mayor Ana Ruiz said: "The bridge is safe for every car and every ${w} in the city."`,
    (w: string) => `"We checked each ${w} bolt on the north span twice," said engineer Tomas Berg.`,
    (w: string) => `Council member Lia Okafor said the repairs "came in under budget and ahead of the ${w} plan."`,
    (w: string) => `"Traffic will be back to normal by ${w} Friday," Ruiz said.`,
  ];
  const seed = (i: number) => `=== ${String(i).padStart(3, '0')}_${(0xa0 + i).toString(16)}.txt\nBridge reopens after repairs\n\n${statements.map((s) => s(`w${i.toString(36)}`)).join('\n\n')}\n`;
  return Array.from({ length: seeds }, (_, i) => seed(i)).join('\n');
}

/** Waits for the bundle's diagnostics to include the quote that two sources word differently. */
async function settledDiagnostics(uris: vscode.Uri[]): Promise<Located[]> {
  return diagnosticsWhen(uris, (all) => withCode(all, 'quote-wording').length > 0, 'a quote-wording diagnostic');
}

const lineOf = (document: vscode.TextDocument, d: Located) => document.lineAt(d.diagnostic.range.start.line).text;

describe('diagnostics (vscode.languages.getDiagnostics)', () => {
  it('flags the one quote two outlets word differently, pointing at the other version', async () => {
    const { document } = await open(bundleUri());
    const all = await settledDiagnostics([document.uri]);
    const versions = differingVersions(() => document);
    const wording = withCode(all, 'quote-wording');
    for (const d of wording) {
      assert.ok(versions.some((v) => isAt(d, v.uri, v.quote)),
        `quote-wording on line ${d.diagnostic.range.start.line + 1} ("${lineOf(document, d)}"): only the six/eight weeks quote differs; the others agree once typography, cut-downs and partial quotes are allowed for`);
    }
    const [a, b] = versions;
    assert.ok(wording.some((d) => (isAt(d, a.uri, a.quote) && pointsAt(d, b.uri, b.quote)) || (isAt(d, b.uri, b.quote) && pointsAt(d, a.uri, a.quote))),
      'the quote-wording diagnostic points (related information) at the other version');
  });

  it('flags the role two outlets give differently and the name two outlets spell differently', async () => {
    const { document } = await open(bundleUri());
    const all = await settledDiagnostics([document.uri]);
    const roles = withCode(all, 'role-differs');
    assert.ok(roles.length > 0, 'a role-differs diagnostic');
    for (const d of roles) assert.match(lineOf(document, d), /Voss/, `role-differs is about ${example.roleDiffers.person}`);
    const spellings = withCode(all, 'name-spelling');
    assert.ok(spellings.length > 0, 'a name-spelling diagnostic');
    for (const d of spellings) assert.match(lineOf(document, d), /Kowal(cz|ch)yk/, `name-spelling is about ${example.nameSpelling.person}`);
  });

  it('puts nothing on boilerplate, reports no format problem, and names its source', async () => {
    const { document } = await open(bundleUri());
    const all = await settledDiagnostics([document.uri]);
    const boilerplateLines = [example.commentLine, example.teaserLine].map((line) => rangeOf(document, line).start.line);
    for (const d of all) {
      assert.ok(!boilerplateLines.includes(d.diagnostic.range.start.line), `a diagnostic on boilerplate: ${d.diagnostic.message}`);
      assert.ok(!['seed-format', 'seed-duplicate'].includes(codeOf(d.diagnostic)), `the example is well formed: ${d.diagnostic.message}`);
      assert.equal(d.diagnostic.source, 'seed-bundle');
    }
  });

  it('compares the seed files of the folder form with each other', async () => {
    const uris = example.articles.map((a) => seedUri(a.seed));
    const documents = new Map<string, vscode.TextDocument>();
    for (const uri of uris) documents.set(uri.path.split('/').pop()!, await vscode.workspace.openTextDocument(uri));
    await open(uris[0]);
    const all = await settledDiagnostics(uris);
    const versions = differingVersions((seed) => documents.get(seed)!);
    assert.ok(withCode(all, 'quote-wording').every((d) => versions.some((v) => isAt(d, v.uri, v.quote))), 'quote-wording only on the six/eight weeks quote');
    assert.ok(withCode(all, 'role-differs').length > 0 && withCode(all, 'name-spelling').length > 0, 'role-differs and name-spelling across the files');
  });

  it('gives VS Code no more diagnostics a file than it shows: the 999 nearest where the user is, and a note on the rest', async () => {
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'many-differences.seeds');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(manyDifferences(300)));
    try {
      const editor = await open(uri);
      const { document } = editor;
      const shown = await diagnosticsWhen([uri], (all) => all.length > 0, 'diagnostics of 300 articles');
      // VS Code's extension host keeps every diagnostic it is sent (it shows only 1,000): 1,000 here means the server sent 1,000.
      assert.equal(shown.length, 1000);
      const notes = withCode(shown, 'bundle-limit');
      assert.equal(notes.length, 1);
      assert.match(notes[0].diagnostic.message, /^This file has 1,200 problems and the editor shows at most 1,000 a file/);
      assert.equal(withCode(shown, 'quote-wording').length, 999);
      const on = (line: number) => (all: Located[]) => all.some((d) => d.diagnostic.range.start.line === line);
      const firstQuote = rangeOf(document, 'by w0 Friday');
      const lastQuote = rangeOf(document, 'by w8b Friday');
      assert.ok(!on(lastQuote.start.line)(shown), 'at first, the first lines');
      // Scrolled to the end, the warnings shown move there.
      editor.revealRange(lastQuote, vscode.TextEditorRevealType.InCenter);
      assert.equal((await diagnosticsWhen([uri], on(lastQuote.start.line), 'a warning on the last article once it is in view')).length, 1000);
      // Typed at the top, they move back.
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, firstQuote.start, 'next ');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const back = await diagnosticsWhen([uri], (all) => on(firstQuote.start.line)(all) && !on(lastQuote.start.line)(all), 'the first article\'s warnings after an edit there');
      assert.equal(back.length, 1000);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
