import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { bundleUri, eventually, example, firstLine, hoverText, open, rangeOf, seedUri } from './helpers';

async function hoversAt(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[] | undefined>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers.map(hoverText);
}

/** The hover at `position` once the server answers with one. */
function hoverAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  return eventually(() => hoversAt(uri, position), (texts) => texts.length > 0, `a hover at ${position.line + 1}:${position.character + 1}`).then((texts) => texts[0]);
}

describe('hover (vscode.executeHoverProvider)', () => {
  it('names a person in full on a surname-only mention', async () => {
    const { document } = await open(bundleUri());
    const text = await hoverAt(document.uri, rangeOf(document, example.surnameMention).start.translate(0, 1));
    assert.match(firstLine(text), /\bEleanor Voss\b/, `the hover's first line: ${firstLine(text)}`);
  });

  it('gathers both spellings of a name under one person', async () => {
    const { document } = await open(bundleUri());
    const [usual, other] = example.nameSpelling.spellings;
    const text = await hoverAt(document.uri, rangeOf(document, other).start.translate(0, 1));
    assert.match(firstLine(text), /\bMarek Kowal(cz|ch)yk\b/, `the hover's first line: ${firstLine(text)}`);
    assert.ok(text.includes(usual) && text.includes(other), `the hover gives both spellings:\n${text}`);
  });

  it('shows no person for a name in a reader comment', async () => {
    const { document } = await open(bundleUri());
    await hoverAt(document.uri, rangeOf(document, example.surnameMention).start); // the server is up
    const texts = await hoversAt(document.uri, rangeOf(document, example.commentLine).start.translate(0, 1));
    assert.ok(!texts.some((t) => t.includes('Eleanor Voss')), `a reader comment is not the story, yet its "Voss" hovers:\n${texts.join('\n')}`);
  });

  it('works the same in a seed file of the folder form', async () => {
    const { document } = await open(seedUri(example.articles[0].seed));
    const text = await hoverAt(document.uri, rangeOf(document, example.surnameMention).start.translate(0, 1));
    assert.match(firstLine(text), /\bEleanor Voss\b/);
    for (const { seed } of example.articles) assert.ok(text.includes(seed), `the hover lists the articles that name her (${seed}):\n${text}`);
  });
});
