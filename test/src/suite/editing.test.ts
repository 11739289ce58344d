import * as vscode from 'vscode';
import { bundleUri, diagnosticsWhen, differingVersions, example, isAt, open, type QuoteVersion, replace, seedUri, withCode } from './helpers';

/**
 * Finds the version of the differing quote that carries a quote-wording diagnostic, makes the
 * other version (another article) say the same number, and expects that diagnostic to go; then
 * puts the number back and expects it to return.
 */
async function editOtherArticle(uris: vscode.Uri[], documentOf: (seed: string) => vscode.TextDocument): Promise<void> {
  const versions = differingVersions(documentOf);
  const wordingAt = (v: QuoteVersion) => (all: Parameters<typeof withCode>[0]) => withCode(all, 'quote-wording').some((d) => isAt(d, v.uri, v.quote));
  const before = await diagnosticsWhen(uris, (all) => versions.some((v) => wordingAt(v)(all)), 'a quote-wording diagnostic on the differing quote');
  const held = versions.find((v) => wordingAt(v)(before))!;
  const edited = versions.find((v) => v !== held)!;
  const document = await vscode.workspace.openTextDocument(edited.uri);
  const original = document.getText();
  try {
    await replace(edited.uri, edited.number, held.word);
    await diagnosticsWhen(uris, (all) => !wordingAt(held)(all),
      `after making the other article say "${held.word} weeks", the quote-wording diagnostic on ${held.uri.path.split('/').pop()} line ${held.quote.start.line + 1} goes`);
    const changed = new vscode.Range(edited.number.start, edited.number.start.translate(0, held.word.length));
    await replace(edited.uri, changed, edited.word);
    await diagnosticsWhen(uris, wordingAt(held), `after putting "${edited.word} weeks" back, the quote-wording diagnostic returns`);
  } finally {
    if (document.getText() !== original) await replace(edited.uri, new vscode.Range(0, 0, document.lineCount, 0), original);
  }
}

describe('editing one article updates the diagnostics of another', () => {
  it('in a .seeds file', async () => {
    const { document } = await open(bundleUri());
    await editOtherArticle([document.uri], () => document);
  });

  it('across the seed files of the folder form (unsaved edits)', async () => {
    const uris = example.articles.map((a) => seedUri(a.seed));
    const documents = new Map<string, vscode.TextDocument>();
    for (const uri of uris) documents.set(uri.path.split('/').pop()!, (await open(uri)).document);
    await editOtherArticle(uris, (seed) => documents.get(seed)!);
  });
});
