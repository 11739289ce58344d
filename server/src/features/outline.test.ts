import test from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from '../bundle/analyze';
import { readBundleFile } from '../bundle/format';
import { FILE, person, spanIn, viewOf } from '../testing/fixtures';
import { outline, OutlineCache, outlineOver } from './outline';
import { BundleView } from './view';

const TEXT = '=== 000_aa.txt\nHarbour tunnel opens\n\nMayor Ana Ruiz opened it. "It is ours," Ruiz said.\n=== 001_bb.txt\n\nNo headline here.\n';

test('one symbol per article, named by headline, outlet and date as detail, people and quotes as children', () => {
  const view = viewOf(TEXT, (analysis) => {
    Object.assign(analysis.articles[0].anatomy, { headline: 'Harbour tunnel opens', outlet: 'Coast Post', date: '2026-03-14' });
    Object.assign(analysis.articles[1].anatomy, { headline: null, headlineSpan: null, outlet: null, date: '2026-03' });
    analysis.people = [person(analysis, 'Ana Ruiz', [['000_aa.txt', 'Ana Ruiz'], ['000_aa.txt', 'Ruiz']], [{ text: 'Mayor', article: '000_aa.txt' }])];
    analysis.quotes = [{ article: '000_aa.txt', span: spanIn(analysis, '000_aa.txt', 'It is ours,'), text: 'It is ours,', speaker: 'Ana Ruiz', partial: false }];
  });
  const symbols = outline(view, FILE);
  assert.deepEqual(
    symbols.map((s) => [s.name, s.detail, s.range.start.line, s.range.end.line, s.children!.map((c) => [c.name, c.detail, c.range.start.line, c.range.start.character])]),
    [
      ['Harbour tunnel opens', 'Coast Post · 2026-03-14', 0, 4, [['Ana Ruiz', 'Mayor', 3, 6], ['Ana Ruiz: It is ours,', 'quote', 3, 27]]],
      ['001_bb.txt', '2026-03', 4, 7, []],
    ],
  );
});

test('a quote the article prints twice (a pull quote above its paragraph) is one child, at its first printing', () => {
  const text = '=== 000_aa.txt\nHarbour tunnel opens\n\n"It is ours."\n\nMayor Ana Ruiz opened it. "It is ours," Ruiz said. "Come."\n';
  const view = viewOf(text, (analysis) => {
    const at = (from: number) => analysis.articles[0].seed.text.indexOf('It is ours', from);
    const first = at(0);
    analysis.quotes = [
      { article: '000_aa.txt', span: { start: first, end: first + 11 }, text: 'It is ours.', speaker: 'Ana Ruiz', partial: false },
      { article: '000_aa.txt', span: { start: at(first + 1), end: at(first + 1) + 11 }, text: 'It is ours,', speaker: 'Ana Ruiz', partial: false },
      { article: '000_aa.txt', span: spanIn(analysis, '000_aa.txt', 'Come.'), text: 'Come.', speaker: 'Ana Ruiz', partial: false },
    ];
  });
  const quotes = outline(view, FILE)[0].children!.filter((c) => c.detail === 'quote');
  assert.deepEqual(
    quotes.map((c) => [c.name, c.range.start.line]),
    [
      ['Ana Ruiz: It is ours.', 3],
      ['Ana Ruiz: Come.', 5],
    ],
  );
});

test('no symbol for the preamble, and none for a file that is not part of the bundle', () => {
  const view = viewOf('# only a comment\n=== 000_aa.txt\nTitle\n');
  assert.equal(outline(view, FILE).length, 1);
  assert.deepEqual(outline(view, 'file:///elsewhere.seeds'), []);
});

test('a seed whose header has no name still gets a symbol with a name (editors reject an empty one)', () => {
  const view = viewOf('===\n\nNo headline, no name.\n');
  assert.deepEqual(outline(view, FILE).map((s) => s.name), ['seed without a name']);
});

test('an outline over its limit of symbols gives its articles only; at the limit, people and quotes too', () => {
  const view = viewOf(TEXT, (analysis) => {
    analysis.people = [person(analysis, 'Ana Ruiz', [['000_aa.txt', 'Ana Ruiz']], [{ text: 'Mayor', article: '000_aa.txt' }])];
    analysis.quotes = [{ article: '000_aa.txt', span: spanIn(analysis, '000_aa.txt', 'It is ours,'), text: 'It is ours,', speaker: 'Ana Ruiz', partial: false }];
  });
  const shape = (symbols: ReturnType<typeof outline>) => symbols.map((s) => [s.name, s.children!.map((c) => c.name)]);
  assert.equal(outlineOver(view, FILE, 4), false, 'two articles, a person and a quote');
  assert.equal(outlineOver(view, FILE, 3), true);
  assert.deepEqual(shape(outline(view, FILE, new WeakMap(), 4)), [['Harbour tunnel opens', ['Ana Ruiz', 'Ana Ruiz: It is ours,']], ['001_bb.txt', []]]);
  assert.deepEqual(shape(outline(view, FILE, new WeakMap(), 3)), [['Harbour tunnel opens', []], ['001_bb.txt', []]]);
  assert.deepEqual(shape(outline(view, FILE, new WeakMap(), 0)), [['Harbour tunnel opens', []], ['001_bb.txt', []]], 'articles are never left out');
});

test('after an edit to one article, the outline gives the other articles\' symbols again, the same objects (their JSON is kept), over its limit too', () => {
  const story = (i: number, said: string) => `=== 00${i}_a${i}.txt\nStory ${i}\n\nMayor Ana Ruiz spoke. "${said}," Ruiz said.\n`;
  const before = [0, 1, 2].map((i) => story(i, 'It is ours')).join('');
  const after = [0, 1, 2].map((i) => story(i, i === 1 ? 'It is all ours' : 'It is ours')).join('');
  for (const maxItems of [5_000, 3]) {
    const analyzer = new Analyzer();
    const cache: OutlineCache = new WeakMap();
    const first = new BundleView(analyzer.analyze(readBundleFile(FILE, before)), () => TextDocument.create(FILE, 'seed-bundle', 1, before));
    const old = outline(first, FILE, cache, maxItems);
    const edited = new BundleView(analyzer.analyze(readBundleFile(FILE, after)), () => TextDocument.create(FILE, 'seed-bundle', 2, after), first.givenAnchors);
    const now = outline(edited, FILE, cache, maxItems);
    assert.equal(now[0].children!.length, maxItems === 3 ? 0 : 2);
    assert.deepEqual(now.map((symbol, i) => symbol === old[i]), [true, false, true], `limit ${maxItems}`);
    assert.deepEqual(now, outline(edited, FILE, new WeakMap(), maxItems));
  }
});
