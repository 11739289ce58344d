import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { bundleUri, eventually, example, open } from './helpers';

/** The semantic tokens of the whole file as VS Code gets them, for a range covering it (by default) or for the file, decoded to [text, type]. */
async function tokens(document: vscode.TextDocument, asked: 'range' | 'file' = 'range'): Promise<[string, string][]> {
  const provider = asked === 'range' ? 'vscode.provideDocumentRangeSemanticTokens' : 'vscode.provideDocumentSemanticTokens';
  const range = asked === 'range' ? [new vscode.Range(0, 0, document.lineCount, 0)] : [];
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>(`${provider}Legend`, document.uri);
  const found = await eventually(
    async () => (await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>(provider, document.uri, ...range))?.data ?? new Uint32Array(),
    (data) => data.length > 0,
    `semantic tokens of ${document.uri.path}`,
  );
  const decoded: [string, string][] = [];
  let [line, character] = [0, 0];
  for (let i = 0; i < found.length; i += 5) {
    character = found[i] === 0 ? character + found[i + 1] : found[i + 1];
    line += found[i];
    decoded.push([document.lineAt(line).text.slice(character, character + found[i + 2]), legend.tokenTypes[found[i + 3]]]);
  }
  return decoded;
}

describe('highlighting (vscode.provideDocumentRangeSemanticTokens, vscode.provideDocumentSemanticTokens)', () => {
  it('marks every mention of the people of the story, and none of the names in comments or teasers', async () => {
    const { document } = await open(bundleUri());
    const found = await tokens(document);
    const people = new Set(found.filter(([, type]) => type === 'person').map(([text]) => text));
    for (const person of example.people) assert.ok(people.has(person), `${person} is not marked as a person`);
    assert.ok(people.has('Voss'), 'the surname alone is not marked');
    for (const name of example.notPeople) assert.ok(!people.has(name), `${name}, named only in page furniture, is marked as a person`);
  });

  it('marks reader comments and teasers as comments', async () => {
    const { document } = await open(bundleUri());
    const comments = (await tokens(document)).filter(([, type]) => type === 'comment').map(([text]) => text);
    for (const line of [example.commentLine, example.teaserLine]) assert.ok(comments.some((text) => text.includes(line)), `"${line}" is not marked as a comment`);
    assert.ok(!comments.some((text) => text.includes(example.differingQuote.lead)), 'a quote of the story is marked as a comment');
  });

  it('gives the whole file the tokens its lines get', async () => {
    const { document } = await open(bundleUri());
    const whole = await tokens(document, 'file');
    assert.ok(whole.length > 20, `${whole.length} tokens`);
    assert.deepEqual(whole, await tokens(document, 'range'));
  });
});
