import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { bundleUri, documentSymbols, example, open, seedLines, seedUri } from './helpers';

describe('outline (vscode.executeDocumentSymbolProvider)', () => {
  it('lists one top-level symbol per article of a .seeds file, named by its headline', async () => {
    const { document } = await open(bundleUri());
    const symbols = await documentSymbols(document.uri);
    assert.deepEqual(symbols.map((s) => s.name), example.articles.map((a) => a.headline));
    const seeds = seedLines(document);
    assert.deepEqual(seeds.map((s) => s.seed), example.articles.map((a) => a.seed), 'the example has one header per article');
    symbols.forEach((symbol, i) => {
      // A range may end at the start of the next header line: the end is exclusive.
      const end = symbol.range.end.character === 0 ? symbol.range.end.line - 1 : symbol.range.end.line;
      assert.ok(symbol.range.start.line >= seeds[i].header && end <= seeds[i].last,
        `"${symbol.name}" spans lines ${symbol.range.start.line}-${symbol.range.end.line}, outside its seed (${seeds[i].header}-${seeds[i].last})`);
      assert.ok(document.getText(symbol.selectionRange).includes(symbol.name), `the selection of "${symbol.name}" is its headline`);
      assert.ok(symbol.detail.includes(example.date), `detail "${symbol.detail}" gives the date ${example.date}`);
    });
  });

  it('gives the outlet of each article: from its capture line, or its masthead where it carries a wire story', async () => {
    const symbols = await documentSymbols(bundleUri());
    example.articles.forEach(({ outlet }, i) => assert.ok(symbols[i].detail.includes(outlet), `detail "${symbols[i].detail}" names ${outlet}`));
  });

  it('nests the people and the quotes of each article, and no one from its boilerplate', async () => {
    const symbols = await documentSymbols(bundleUri());
    const children = symbols.map((s) => s.children.map((c) => c.name));
    const people = (names: string[]) => names.filter((name) => (example.people as readonly string[]).includes(name));
    assert.deepEqual(people(children[0]).sort(),
      ['Eleanor Voss', 'Fergus McBride', 'Hannah Lindqvist', 'Marek Kowalczyk', 'Ruth Adebayo'].sort());
    assert.ok(people(children[2]).includes('Samuel Ortega'), `people of the third article: ${children[2].join(' | ')}`);
    for (const name of children.flat()) {
      for (const outsider of example.notPeople) assert.ok(!name.includes(outsider), `${outsider} stands only in boilerplate but is in the outline`);
    }
    const { document } = await open(bundleUri());
    const quotes = symbols[0].children.filter((c) => c.kind === vscode.SymbolKind.String);
    assert.ok(quotes.length >= 4, `the first article carries at least 4 quotes; outline has ${quotes.length}`);
    const differing = quotes.find((q) => document.getText(q.range).includes(example.differingQuote.lead));
    assert.ok(differing, `a quote symbol covers "${example.differingQuote.lead}…": ${quotes.map((q) => q.name).join(' | ')}`);
    assert.ok(differing.name.includes('Voss'), `the quote symbol "${differing.name}" names its speaker`);
  });

  it('lists exactly one article for each seed file of the folder form', async () => {
    for (const { seed, headline } of example.articles) {
      const { document } = await open(seedUri(seed));
      const symbols = await documentSymbols(document.uri);
      assert.deepEqual(symbols.map((s) => s.name), [headline], seed);
    }
  });
});
