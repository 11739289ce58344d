import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { bundleUri, eventually, example, open, rangeOf, rangesOf, seedLines, seedUri } from './helpers';

function referencesAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Location[]> {
  return eventually(
    async () => (await vscode.commands.executeCommand<vscode.Location[] | undefined>('vscode.executeReferenceProvider', uri, position)) ?? [],
    (locations) => locations.length > 0,
    `references at ${position.line + 1}:${position.character + 1}`,
  );
}

const key = (l: vscode.Location) => `${l.uri.toString()}#${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character}`;

/** Every story mention of Eleanor Voss in a document: the full name where it is written, else the surname; not the reader comment. */
function vossMentions(document: vscode.TextDocument): vscode.Location[] {
  const comment = rangeOf(document, example.commentLine);
  const given = 'Eleanor ';
  return rangesOf(document, 'Voss')
    .filter((r) => !comment.contains(r))
    .map((r) => {
      const full = r.start.character >= given.length ? r.with(r.start.translate(0, -given.length)) : r;
      return new vscode.Location(document.uri, document.getText(full) === `${given}Voss` ? full : r);
    });
}

describe('references and definition of people', () => {
  it('finds every story mention of a person across the articles of a .seeds file, and nothing in boilerplate', async () => {
    const { document } = await open(bundleUri());
    const found = await referencesAt(document.uri, rangeOf(document, example.surnameMention).start);
    const expected = vossMentions(document);
    assert.deepEqual(found.map(key).sort(), expected.map(key).sort(),
      `found:\n${found.map((l) => document.getText(l.range)).join(' | ')}`);
    const articlesHit = new Set(found.map((l) => seedLines(document).find((s) => s.header <= l.range.start.line && l.range.start.line <= s.last)?.seed));
    assert.equal(articlesHit.size, example.articles.length, 'Eleanor Voss is named in every article');
  });

  it('finds the mentions in the other seed files of the folder form', async () => {
    const { document } = await open(seedUri(example.articles[0].seed));
    const found = await referencesAt(document.uri, rangeOf(document, example.surnameMention).start);
    const files = new Set(found.map((l) => l.uri.path.split('/').pop()));
    assert.deepEqual([...files].sort(), example.articles.map((a) => a.seed).sort());
    for (const location of found) {
      const other = await vscode.workspace.openTextDocument(location.uri);
      assert.match(other.getText(location.range), /^(Eleanor )?Voss$/, `a reference in ${location.uri.path}`);
    }
  });

  it('goes to a definition that names the person in full', async () => {
    const { document } = await open(bundleUri());
    const definitions = await eventually(
      async () => (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[] | undefined>('vscode.executeDefinitionProvider', document.uri, rangeOf(document, example.surnameMention).start)) ?? [],
      (found) => found.length > 0,
      'a definition of Voss',
    );
    const target = definitions[0];
    const [uri, range] = 'targetUri' in target ? [target.targetUri, target.targetRange] : [target.uri, target.range];
    const text = (await vscode.workspace.openTextDocument(uri)).getText(range);
    assert.equal(text, 'Eleanor Voss');
  });
});
