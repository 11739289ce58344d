import test from 'node:test';
import assert from 'node:assert/strict';
import { Analysis } from '../bundle/analyze';
import { FILE, person, spanIn, viewOf } from '../testing/fixtures';
import { bundleStatus } from './status';

const TEXT = '=== 000_aa.txt\n"Ten boats," Mills said.\n=== 001_bb.txt\n"Twelve boats," Mills said. "Sorry," Mills said.\n';

test('articles, people, quotes, and quotes printed differently counted once', () => {
  const view = viewOf(TEXT, (a: Analysis) => {
    a.people = [person(a, 'Dana Mills', [['000_aa.txt', 'Mills'], ['001_bb.txt', 'Mills']])];
    const quote = (article: string, text: string) => ({ article, span: spanIn(a, article, text), text, speaker: 'Dana Mills', partial: false });
    a.quotes = [quote('000_aa.txt', 'Ten boats,'), quote('001_bb.txt', 'Twelve boats,'), quote('001_bb.txt', 'Sorry,')];
    a.comparison.groups = [[0, 1]];
    const [ten, twelve] = a.quotes;
    a.findings = [
      { code: 'quote-wording', message: 'differs', article: ten.article, span: ten.span, related: [{ article: twelve.article, span: twelve.span, message: 'other' }] },
      { code: 'quote-wording', message: 'differs', article: twelve.article, span: twelve.span, related: [{ article: ten.article, span: ten.span, message: 'other' }] },
      { code: 'name-spelling', message: 'spelled', article: ten.article, span: ten.span, related: [] },
    ];
  });
  assert.deepEqual(bundleStatus(view), { articles: 2, people: 1, quotes: 3, differences: 1, limited: false });
});

test('a bundle over the size limit says so', () => {
  const view = viewOf(TEXT, (a: Analysis) => {
    a.findings = [{ code: 'bundle-limit', message: 'too big', article: '000_aa.txt', span: { start: 0, end: 0 }, related: [] }];
  });
  assert.equal(bundleStatus(view).limited, true);
  assert.equal(bundleStatus(view).differences, 0);
});

test('the status says when the file’s outline is over its limit and gives articles only', () => {
  const view = viewOf(TEXT, (a: Analysis) => {
    a.quotes = [{ article: '000_aa.txt', span: spanIn(a, '000_aa.txt', 'Ten boats,'), text: 'Ten boats,', speaker: null, partial: false }];
  });
  assert.deepEqual(bundleStatus(view, { file: FILE, maxItems: 2 }).outlineCut, { maxItems: 2 }, 'two articles and a quote');
  assert.equal(bundleStatus(view, { file: FILE, maxItems: 3 }).outlineCut, undefined);
  assert.equal(bundleStatus(view).outlineCut, undefined, 'no file asked about');
});
