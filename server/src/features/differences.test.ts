import test from 'node:test';
import assert from 'node:assert/strict';
import { Analysis } from '../bundle/analyze';
import { spanIn, viewOf } from '../testing/fixtures';
import { differencesOf } from './differences';
import { BundleView } from './view';

const TEXT = [
  '=== 000_aa.txt',
  '"Ten boats sail today," Mills said. "We are sorry," she said.',
  '=== 001_bb.txt',
  '"Twelve boats sail today," Mills said. "We are sorry," she said.',
  '=== 002_cc.txt',
  '"Ten boats sail today," said Mills. "Go home," a guard said.',
  '',
].join('\n');

/** 000 and 002 carry one wire story (one source); 001 words the boats quote differently. */
function view() {
  return viewOf(TEXT, (a: Analysis) => {
    ['harbour post', 'coast daily', 'harbour post'].forEach((source, i) => (a.articles[i].source = source));
    const quote = (article: string, text: string) => ({ article, span: spanIn(a, article, text), text, speaker: 'Dana Mills', partial: false });
    a.quotes = [
      quote('000_aa.txt', 'Ten boats sail today,'),
      quote('000_aa.txt', 'We are sorry,'),
      quote('001_bb.txt', 'Twelve boats sail today,'),
      quote('001_bb.txt', 'We are sorry,'),
      quote('002_cc.txt', 'Ten boats sail today,'),
      { ...quote('002_cc.txt', 'Go home,'), speaker: null },
    ];
    a.comparison.groups = [[0, 2, 4], [1, 3]];
    const [ten, , twelve, , tenAgain, goHome] = a.quotes;
    const finding = (at: typeof ten, others: (typeof ten)[]) => ({ code: 'quote-wording' as const, message: 'differs', article: at.article, span: at.span, related: others.map((o) => ({ article: o.article, span: o.span, message: 'other' })) });
    a.findings = [finding(twelve, [ten, tenAgain]), finding(ten, [twelve]), finding(tenAgain, [twelve]), { ...finding(goHome, []), code: 'quote-speaker' }, { ...finding(ten, []), code: 'role-differs' }];
  });
}

test('versions, differing versions and sources of a quote', () => {
  const v = view();
  const [ten, sorry, twelve, sorryAgain, tenAgain, goHome] = v.analysis.quotes;
  const differences = differencesOf(v);
  assert.deepEqual(differences.versions(twelve), [ten, twelve, tenAgain]);
  assert.deepEqual(differences.versions(goHome), [goHome], 'a quote no one else prints is its only version');
  assert.deepEqual(differences.differingVersions(twelve), [ten, tenAgain]);
  assert.deepEqual(differences.differingVersions(ten), [twelve]);
  assert.deepEqual(differences.differingVersions(sorry), []);
  assert.deepEqual([differences.differs(ten), differences.differs(sorryAgain)], [true, false]);
  assert.deepEqual([...differences.sources([ten, twelve, tenAgain])], ['harbour post', 'coast daily'], 'two outlets of one wire are one source');
  assert.equal(differences.quoteAtPlace('001_bb.txt', twelve.span), twelve);
  assert.equal(differences.quoteAtPlace('001_bb.txt', { start: 0, end: 1 }), undefined);
  assert.deepEqual(differences.findings(ten).map((f) => f.code), ['quote-wording'], 'only quote findings');
});

test("a finding points at one printing of each other wording: every other source's printing of it differs", () => {
  const v = view();
  const [ten, , twelve, , tenAgain] = v.analysis.quotes;
  // The comparer lists 000's "Ten boats" only; 002 prints the same words.
  v.analysis.findings[0] = { ...v.analysis.findings[0], related: [{ article: ten.article, span: ten.span, message: 'other' }] };
  for (const source of ['harbour post', 'evening star']) {
    v.analysis.articles[2].source = source;
    assert.deepEqual(differencesOf(new BundleView(v.analysis, v.documentOf)).differingVersions(twelve), [ten, tenAgain]);
  }
  v.analysis.articles[2].source = 'coast daily';
  assert.deepEqual(differencesOf(new BundleView(v.analysis, v.documentOf)).differingVersions(twelve), [ten], "twelve's own source printing ten is not another source");
});

test('each quote printed differently counts once, however many versions differ', () => {
  assert.equal(differencesOf(view()).count(), 2, 'the boats quote and the unattributed one');
});

test('built once per view', () => {
  const v = view();
  assert.equal(differencesOf(v), differencesOf(v));
  assert.notEqual(differencesOf(v), differencesOf(view()));
});
