import test from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeLens } from 'vscode-languageserver-types';
import { Analysis, Analyzer } from '../bundle/analyze';
import { readBundleFile } from '../bundle/format';
import { FILE, spanIn, viewOf } from '../testing/fixtures';
import { CompareArgs } from './actions';
import { codeLenses, LensCache, resolveCodeLens } from './lens';
import { BundleView } from './view';

const TEXT = [
  '=== 000_aa.txt',
  '"Ten boats sail today," Mills said. "Only here," she said.',
  '=== 001_bb.txt',
  '"Twelve boats sail today," Mills said.',
  '=== 002_cc.txt',
  '"Ten boats sail today," said Mills. "We are sorry," she said.',
  '=== 003_dd.txt',
  '"We are sorry," Mills said.',
  '',
].join('\n');

/** The boats quote in three sources, 001 differing; the apology twice in one source (a wire and its copy). */
function view() {
  return viewOf(TEXT, (a: Analysis) => {
    const outlets = ['Harbour Post', 'Coast Daily', 'Bay Radio', 'Bay Radio Online'];
    a.articles.forEach((article, i) => {
      article.anatomy.outlet = outlets[i];
      article.source = i === 3 ? 'bay radio' : outlets[i].toLowerCase();
    });
    const quote = (article: string, text: string) => ({ article, span: spanIn(a, article, text), text, speaker: 'Dana Mills', partial: false });
    a.quotes = [
      quote('000_aa.txt', 'Ten boats sail today,'),
      quote('000_aa.txt', 'Only here,'),
      quote('001_bb.txt', 'Twelve boats sail today,'),
      quote('002_cc.txt', 'Ten boats sail today,'),
      quote('002_cc.txt', 'We are sorry,'),
      quote('003_dd.txt', 'We are sorry,'),
    ];
    a.comparison.groups = [[0, 2, 3], [4, 5]];
    const [ten, , twelve, tenAgain] = a.quotes;
    const finding = (at: typeof ten, others: (typeof ten)[]) => ({ code: 'quote-wording' as const, message: 'differs', article: at.article, span: at.span, related: others.map((o) => ({ article: o.article, span: o.span, message: 'other' })) });
    a.findings = [finding(ten, [twelve]), finding(twelve, [ten, tenAgain]), finding(tenAgain, [twelve])];
  });
}

test('a lens above each quote that another source also prints, and none above one source’s quotes', () => {
  const lenses = codeLenses(view(), FILE);
  assert.deepEqual(
    lenses.map((l) => [l.range, l.data, l.command]),
    [
      [{ start: { line: 1, character: 1 }, end: { line: 1, character: 22 } }, { file: FILE, article: '000_aa.txt', start: 1, end: 22 }, undefined],
      [{ start: { line: 3, character: 1 }, end: { line: 3, character: 25 } }, { file: FILE, article: '001_bb.txt', start: 1, end: 25 }, undefined],
      [{ start: { line: 5, character: 1 }, end: { line: 5, character: 22 } }, { file: FILE, article: '002_cc.txt', start: 1, end: 22 }, undefined],
    ],
  );
  assert.deepEqual(codeLenses(view(), 'file:///elsewhere.seeds'), []);
});

test('resolved: how many sources print the quote and how many differ; clicking compares, differing versions first', () => {
  const v = view();
  const resolved = codeLenses(v, FILE).map((lens) => resolveCodeLens(v, lens));
  assert.deepEqual(resolved.map((l) => l.command!.title), ['3 sources · 1 differs', '3 sources · 2 differ', '3 sources · 1 differs']);
  const args = resolved[0].command!.arguments![0] as CompareArgs;
  assert.equal(resolved[0].command!.command, 'seedBundle.compareVersions');
  assert.deepEqual(
    args.versions.map((x) => [x.label, x.differs, x.text.split('\n')[2]]),
    [
      ['Harbour Post', false, 'Ten boats sail today,'],
      ['Coast Daily', true, 'Twelve boats sail today,'],
      ['Bay Radio', false, 'Ten boats sail today,'],
    ],
  );
});

test('all agree, and a lens whose quote has gone since it was listed', () => {
  const v = view();
  v.analysis.findings = [];
  const [first] = codeLenses(v, FILE);
  assert.equal(resolveCodeLens(v, first).command!.title, '3 sources · all agree');
  const stale: CodeLens = { ...first, data: { ...first.data, start: 2 } };
  assert.equal(resolveCodeLens(v, stale).command!.title, 'this quote has changed');
});

test('through the pipeline: a wording two sources share counts both as differing', () => {
  const said = (jobs: string) => `"The harbour plan will create ${jobs} jobs and cut taxes for every family in the city," Mayor Mara Lind said on Monday.`;
  const text = ['=== 000_aa.txt', said('5,000'), '=== 001_bb.txt', said('50,000'), '=== 002_cc.txt', said('50,000'), ''].join('\n');
  const v = viewOf(text);
  const first = codeLenses(v, FILE).find((l) => (l.data as { article: string }).article === '000_aa.txt')!;
  const resolved = resolveCodeLens(v, first);
  assert.equal(resolved.command?.title, '3 sources · 2 differ');
  const versions = (resolved.command!.arguments![0] as CompareArgs).versions;
  assert.deepEqual(versions.map((x) => x.differs), [false, true, true]);
});

test('after an edit to one article, the others keep their lenses, the same objects (their JSON is kept)', () => {
  const story = (i: number, more: string) => `=== 00${i}_a${i}.txt\n"Ten boats sail today," Dana Mills said.${more}\n`;
  const before = [0, 1, 2].map((i) => story(i, '')).join('');
  const after = [0, 1, 2].map((i) => story(i, i === 1 ? ' She waved.' : '')).join('');
  const analyzer = new Analyzer();
  const cache: LensCache = new WeakMap();
  const first = new BundleView(analyzer.analyze(readBundleFile(FILE, before)), () => TextDocument.create(FILE, 'seed-bundle', 1, before));
  const old = codeLenses(first, FILE, cache);
  const edited = new BundleView(analyzer.analyze(readBundleFile(FILE, after)), () => TextDocument.create(FILE, 'seed-bundle', 2, after), first.givenAnchors);
  const now = codeLenses(edited, FILE, cache);
  assert.deepEqual(now.map((lens) => lens.range.start.line), [1, 3, 5], 'a lens on each version');
  assert.deepEqual(now.map((lens, i) => lens === old[i]), [true, false, true]);
  assert.deepEqual(now, codeLenses(edited, FILE));
});
