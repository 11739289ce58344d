import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { bundleUri, example, open, rangeOf, seedLines, seedUri } from './helpers';

/** Which article of a .seeds file a line is in (-1 for the preamble), and whether it is at the article's start (header or headline). */
function articleAt(document: vscode.TextDocument, line: number): { index: number; atStart: boolean } {
  const seeds = seedLines(document);
  const index = seeds.findIndex((s) => s.header <= line && line <= s.last);
  if (index < 0) return { index, atStart: false };
  const headline = rangeOf(document, `\n${example.articles[index].headline}`).start.line + 1;
  return { index, atStart: line <= headline };
}

async function step(command: 'seedBundle.nextArticle' | 'seedBundle.previousArticle'): Promise<vscode.TextEditor> {
  await vscode.commands.executeCommand(command);
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor, 'an editor is still active');
  return editor;
}

describe('next / previous article commands', () => {
  it('move the cursor from article to article in a .seeds file', async () => {
    const editor = await open(bundleUri());
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const visited: { index: number; atStart: boolean }[] = [];
    for (const command of ['seedBundle.nextArticle', 'seedBundle.nextArticle', 'seedBundle.nextArticle', 'seedBundle.previousArticle'] as const) {
      const moved = await step(command);
      assert.equal(moved.document.uri.toString(), editor.document.uri.toString(), 'stays in the bundle file');
      visited.push(articleAt(moved.document, moved.selection.active.line));
    }
    assert.deepEqual(visited, [0, 1, 2, 1].map((index) => ({ index, atStart: true })));
  });

  it('open the next and previous seed file in the folder form', async () => {
    const [first, second] = example.articles.map((a) => seedUri(a.seed));
    const editor = await open(first);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    assert.equal((await step('seedBundle.nextArticle')).document.uri.toString(), second.toString());
    assert.equal((await step('seedBundle.previousArticle')).document.uri.toString(), first.toString());
  });
});
