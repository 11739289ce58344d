import test from 'node:test';
import assert from 'node:assert/strict';
import { MarkupContent } from 'vscode-languageserver-types';
import { FILE, person, spanIn, viewOf } from '../testing/fixtures';
import { hover } from './hover';

const TEXT = [
  '=== 000_aa.txt',
  'Dock strike ends',
  'Union leader Mara Okafor said: "We won."',
  '=== 001_bb.txt',
  'Strike over',
  '"We have won," Okafor told reporters.',
  '',
].join('\n');

function view() {
  return viewOf(TEXT, (analysis) => {
    analysis.articles[0].anatomy.outlet = 'Harbour Times';
    analysis.articles[1].anatomy.outlet = 'Dock Daily';
    analysis.people = [person(analysis, 'Mara Okafor', [['000_aa.txt', 'Mara Okafor'], ['001_bb.txt', 'Okafor']], [{ text: 'Union leader', article: '000_aa.txt' }])];
    analysis.quotes = [
      { article: '000_aa.txt', span: spanIn(analysis, '000_aa.txt', 'We won.'), text: 'We won.', speaker: 'Mara Okafor', partial: false },
      { article: '001_bb.txt', span: spanIn(analysis, '001_bb.txt', 'We have won,'), text: 'We have won,', speaker: 'Mara Okafor', partial: false },
    ];
    analysis.comparison.groups = [[0, 1]];
    analysis.findings = [
      { code: 'quote-wording', message: 'Okafor\'s words differ from Dock Daily: "won" → "have won"', article: '000_aa.txt', span: spanIn(analysis, '000_aa.txt', 'We won.'), related: [] },
    ];
  });
}

const offsetOf = (phrase: string) => TEXT.indexOf(phrase) + 1;

test('hover on a surname names the person in full, with roles, mentions and quotes by source', () => {
  const result = hover(view(), FILE, offsetOf('Okafor told'));
  const value = (result!.contents as MarkupContent).value;
  assert.equal(value.split('\n')[0], '**Mara Okafor**');
  assert.match(value, /Also named: Okafor/);
  assert.match(value, /- Union leader — Harbour Times/);
  assert.match(value, /- Harbour Times \(000_aa\.txt\): 1×\n- Dock Daily \(001_bb\.txt\): 1×/);
  assert.match(value, /- “We won\.” — Harbour Times\n- “We have won,” — Dock Daily/);
});

test('hover lists a quote an article prints twice (a pull quote, its punctuation aside) once', () => {
  const twice = viewOf(`${TEXT}"We won."\n`, (analysis) => {
    analysis.articles[0].anatomy.outlet = 'Harbour Times';
    analysis.articles[1].anatomy.outlet = 'Dock Daily';
    analysis.people = [person(analysis, 'Mara Okafor', [['000_aa.txt', 'Mara Okafor'], ['001_bb.txt', 'Okafor']], [])];
    const span = spanIn(analysis, '000_aa.txt', 'We won.');
    analysis.quotes = [
      { article: '000_aa.txt', span, text: 'We won.', speaker: 'Mara Okafor', partial: false },
      { article: '000_aa.txt', span: { start: span.start + 1, end: span.end + 1 }, text: 'We won,', speaker: 'Mara Okafor', partial: false },
      { article: '001_bb.txt', span: spanIn(analysis, '001_bb.txt', 'We won.'), text: 'We won.', speaker: 'Mara Okafor', partial: false },
    ];
  });
  const value = (hover(twice, FILE, offsetOf('Okafor told'))!.contents as MarkupContent).value;
  assert.match(value, /\*\*Quoted\*\*\n- “We won\.” — Harbour Times\n- “We won\.” — Dock Daily$/);
});

test('hover lists each role once, case aside, with every source that gives it', () => {
  const roles = [
    { text: 'Union leader', article: '000_aa.txt' },
    { text: 'union leader', article: '001_bb.txt' },
    { text: 'dock worker', article: '001_bb.txt' },
  ];
  const withRoles = viewOf(TEXT, (analysis) => {
    analysis.articles[0].anatomy.outlet = 'Harbour Times';
    analysis.articles[1].anatomy.outlet = 'Dock Daily';
    analysis.people = [person(analysis, 'Mara Okafor', [['000_aa.txt', 'Mara Okafor'], ['001_bb.txt', 'Okafor']], roles)];
  });
  const value = (hover(withRoles, FILE, offsetOf('Okafor told'))!.contents as MarkupContent).value;
  assert.match(value, /\*\*Roles\*\*\n- Union leader — Harbour Times, Dock Daily\n- dock worker — Dock Daily\n\n/);
});

test('hover on a quote shows every version with its source', () => {
  const value = (hover(view(), FILE, offsetOf('We won'))!.contents as MarkupContent).value;
  assert.match(value, /^\*\*Quote\*\* — Mara Okafor\n\n2 versions:/);
  assert.match(value, /> We won\.\n\n— Harbour Times \(000_aa\.txt\)/);
  assert.match(value, /> We have won,\n\n— Dock Daily \(001_bb\.txt\)/);
  assert.match(value, /\*\*Differences\*\*\n- Okafor's words differ from Dock Daily: "won" → "have won"$/);
  const other = (hover(view(), FILE, offsetOf('We have won'))!.contents as MarkupContent).value;
  assert.doesNotMatch(other, /Differences/, 'the finding is on the other version');
});

test('no hover on plain text or outside the bundle', () => {
  assert.equal(hover(view(), FILE, offsetOf('Dock strike')), null);
  assert.equal(hover(view(), 'file:///other.seeds', 3), null);
});
