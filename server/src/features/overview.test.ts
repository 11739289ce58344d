import test from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, analyzeBundle } from '../bundle/analyze';
import { readBundleFile } from '../bundle/format';
import { FILE, person, spanIn, viewOf } from '../testing/fixtures';
import { overview } from './overview';
import { BundleView } from './view';

const TEXT = [
  '=== 000_aa.txt',
  'Ferry fares rise',
  'Port chief Dana Mills said: "Ten boats sail today." Mills added: "We are sorry."',
  '=== 001_bb.txt',
  'Fares up',
  'Dana Mills said: "Twelve boats sail today." Ruth Adebayo agreed.',
  '"Go home," a guard said.',
  '',
].join('\n');

function view() {
  return viewOf(TEXT, (a: Analysis) => {
    Object.assign(a.articles[0].anatomy, { outlet: 'Harbour Post', headline: 'Ferry fares rise', headlineSpan: spanIn(a, '000_aa.txt', 'Ferry fares rise'), date: '2026-04-02' });
    Object.assign(a.articles[1].anatomy, { outlet: null, headline: null, headlineSpan: null, date: null });
    a.people = [
      person(a, 'Ruth Adebayo', [['001_bb.txt', 'Ruth Adebayo']], [{ text: 'engineer', article: '001_bb.txt' }]),
      person(a, 'Dana Mills', [['000_aa.txt', 'Dana Mills'], ['000_aa.txt', 'Mills'], ['001_bb.txt', 'Dana Mills']], [{ text: 'Port chief', article: '000_aa.txt' }, { text: 'Port chief', article: '001_bb.txt' }]),
    ];
    const quote = (article: string, text: string, speaker: string | null) => ({ article, span: spanIn(a, article, text), text, speaker, partial: false });
    a.quotes = [quote('000_aa.txt', 'Ten boats sail today.', 'Dana Mills'), quote('000_aa.txt', 'We are sorry.', 'Dana Mills'), quote('001_bb.txt', 'Twelve boats sail today.', 'Dana Mills'), quote('001_bb.txt', 'Go home,', null)];
    a.comparison.groups = [[0, 2]];
    const [ten, , twelve] = a.quotes;
    a.findings = [
      { code: 'quote-wording', message: 'differs', article: twelve.article, span: twelve.span, related: [{ article: ten.article, span: ten.span, message: 'other' }] },
      { code: 'quote-wording', message: 'differs', article: ten.article, span: ten.span, related: [{ article: twelve.article, span: twelve.span, message: 'other' }] },
    ];
  });
}

const at = (line: number, start: number, end: number) => ({ file: FILE, range: { start: { line, character: start }, end: { line, character: end } } });

test('people down, sources across: who is named and quoted where, and where versions differ', () => {
  const result = overview(view());
  assert.equal(result.title, 'story.seeds');
  assert.deepEqual(result.sources, [
    { article: '000_aa.txt', label: 'Harbour Post', headline: 'Ferry fares rise', date: '2026-04-02', place: at(1, 0, 16) },
    // No headline: the seed's header line.
    { article: '001_bb.txt', label: '001_bb.txt', headline: null, date: null, place: at(3, 0, 14) },
  ]);
  assert.deepEqual(result.rows, [
    {
      name: 'Dana Mills',
      roles: ['Port chief'],
      cells: [
        // The differing quote is where the cell jumps, though the plain quote comes later.
        { column: 0, mentions: 2, quotes: 2, differs: 1, place: at(2, 29, 50) },
        { column: 1, mentions: 1, quotes: 1, differs: 1, place: at(5, 18, 42) },
      ],
    },
    { name: 'Ruth Adebayo', roles: ['engineer'], cells: [{ column: 1, mentions: 1, quotes: 0, differs: 0, place: at(5, 44, 56) }] },
    { name: null, roles: [], cells: [{ column: 1, mentions: 0, quotes: 1, differs: 0, place: at(6, 1, 9) }] },
  ]);
  assert.equal(result.morePeople, 0);
  assert.deepEqual(result.status, { articles: 2, people: 2, quotes: 4, differences: 1, limited: false });
});

test('the title of a bundle whose URI has malformed escapes is its name as written, not a failure', () => {
  const analysis = analyzeBundle(readBundleFile('file:///tmp/100%ZZ%20off.seeds', '=== 000_aa.txt\nText\n'));
  assert.equal(overview(new BundleView(analysis, () => TextDocument.create('', 'seed-bundle', 0, ''))).title, '100%ZZ%20off.seeds');
  const fine = analyzeBundle(readBundleFile('file:///tmp/100%25%20off.seeds', '=== 000_aa.txt\nText\n'));
  assert.equal(overview(new BundleView(fine, () => TextDocument.create('', 'seed-bundle', 0, ''))).title, '100% off.seeds');
});
