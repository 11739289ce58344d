import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  bundleUri, codeOf, diagnosticsWhen, differingVersions, example, isAt, type Located, open, pointsAt, rangeOf, seedUri, withCode,
} from './helpers';

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
});
