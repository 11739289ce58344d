import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { bundleUri, eventually, example, open, rangeOf, seedLines, seedUri } from './helpers';

function foldingRanges(uri: vscode.Uri): Promise<vscode.FoldingRange[]> {
  return eventually(
    async () => (await vscode.commands.executeCommand<vscode.FoldingRange[] | undefined>('vscode.executeFoldingRangeProvider', uri)) ?? [],
    (ranges) => ranges.length > 0,
    `folding ranges of ${uri.path}`,
  );
}

const contains = (range: vscode.FoldingRange, line: number) => range.start <= line && line <= range.end;

describe('folding (vscode.executeFoldingRangeProvider)', () => {
  it('folds each article of a .seeds file from its header to its last line', async () => {
    const { document } = await open(bundleUri());
    const ranges = await foldingRanges(document.uri);
    for (const seed of seedLines(document)) {
      const fold = ranges.find((r) => r.start === seed.header);
      assert.ok(fold, `no folding range starts at the header of ${seed.seed} (line ${seed.header})`);
      let lastText = seed.last;
      while (document.lineAt(lastText).isEmptyOrWhitespace) lastText--;
      assert.ok(fold.end >= lastText && fold.end <= seed.last, `${seed.seed} folds to line ${fold.end}; its text ends on line ${lastText}`);
    }
  });

  it('folds boilerplate blocks on their own, without the story', async () => {
    const { document } = await open(bundleUri());
    const ranges = await foldingRanges(document.uri);
    const headers = new Set(seedLines(document).map((s) => s.header));
    const blocks = ranges.filter((r) => !headers.has(r.start));
    for (const line of [example.commentLine, example.teaserLine]) {
      const at = rangeOf(document, line).start.line;
      assert.ok(blocks.some((b) => contains(b, at)), `no boilerplate fold holds line ${at + 1} ("${line}")`);
    }
    const storyLine = rangeOf(document, example.differingQuote.lead).start.line;
    assert.ok(!blocks.some((b) => contains(b, storyLine)), 'a boilerplate fold swallows a quote of the story');
  });

  it('folds the reader comments of a seed file of the folder form', async () => {
    const { document } = await open(seedUri(example.articles[0].seed));
    const ranges = await foldingRanges(document.uri);
    const at = rangeOf(document, example.commentLine).start.line;
    assert.ok(ranges.some((r) => contains(r, at) && r.start > 0), `no fold holds the comment on line ${at + 1}`);
  });
});
