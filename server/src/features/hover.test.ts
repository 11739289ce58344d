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
  assert.match(value, /- Harbour Times \(`000_aa\.txt`\): 1×\n- Dock Daily \(`001_bb\.txt`\): 1×/);
  assert.match(value, /- “We won\.” — Harbour Times · worded otherwise elsewhere\n- “We have won,” — Dock Daily/);
});

test('hover lists a wording once, with every source that prints it (an article\'s pull quote, its punctuation aside)', () => {
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
  assert.match(value, /\*\*Quoted\*\*\n- “We won\.” — Harbour Times, Dock Daily$/);
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
  assert.match(value, /^\*\*Quote\*\* — Mara Okafor\n\n2 versions, 2 wordings:/);
  assert.match(value, /> We won\.\n\n— Harbour Times \(`000_aa\.txt`\)/);
  assert.match(value, /> We have won,\n\n— Dock Daily \(`001_bb\.txt`\)/);
  assert.match(value, /\*\*Differences\*\*\n- Okafor's words differ from Dock Daily: "won" → "have won"$/);
  const other = (hover(view(), FILE, offsetOf('We have won'))!.contents as MarkupContent).value;
  assert.doesNotMatch(other, /Differences/, 'the finding is on the other version');
});

test('hover on a quote: identical wordings once, with their sources, and whom another source gives them to', () => {
  const text = ['=== 000_aa.txt', '"We will not move a crate," Rosa Dell said.', '=== 001_bb.txt', '"We will not move a crate," Dell said.', '=== 002_cc.txt', '"We will not move a crate," said Hugo Sand.', ''].join('\n');
  const v = viewOf(text, (analysis) => {
    ['Coast Daily', 'Harbor Post', 'Bay Herald'].forEach((outlet, i) => (analysis.articles[i].anatomy.outlet = outlet));
    const quote = (article: string, speaker: string) => ({ article, span: spanIn(analysis, article, 'We will not move a crate,'), text: 'We will not move a crate,', speaker, partial: false });
    analysis.quotes = [quote('000_aa.txt', 'Rosa Dell'), quote('001_bb.txt', 'Rosa Dell'), quote('002_cc.txt', 'Hugo Sand')];
    analysis.comparison.groups = [[0, 1, 2]];
    analysis.people = [person(analysis, 'Rosa Dell', [['000_aa.txt', 'Rosa Dell'], ['001_bb.txt', 'Dell']], [])];
  });
  const value = (hover(v, FILE, text.indexOf('We will') + 1)!.contents as MarkupContent).value;
  assert.equal(
    value,
    [
      '**Quote** — Rosa Dell',
      '',
      '3 versions, 2 wordings:',
      '',
      '> We will not move a crate,',
      '',
      '— Coast Daily (`000_aa.txt`), Harbor Post (`001_bb.txt`)',
      '',
      '> We will not move a crate,',
      '',
      '— Bay Herald (`002_cc.txt`) · given to Hugo Sand',
    ].join('\n'),
  );
  const onPerson = (hover(v, FILE, text.indexOf('Dell said') + 1)!.contents as MarkupContent).value;
  assert.match(onPerson, /- “We will not move a crate,” — Coast Daily, Harbor Post · also given to Hugo Sand$/);
});

test('hover shows the text as written (Markdown escaped) over the whole name or quote it is about', () => {
  const text = ['=== 000_aa.txt', '"This is a f***ing disgrace, the <b>club</b> knew it," Ana Okonkwo-Hale said.', ''].join('\n');
  const quoteText = 'This is a f***ing disgrace, the <b>club</b> knew it,';
  const v = viewOf(text, (analysis) => {
    analysis.quotes = [{ article: '000_aa.txt', span: spanIn(analysis, '000_aa.txt', quoteText), text: quoteText, speaker: 'Ana Okonkwo-Hale', partial: false }];
    analysis.people = [person(analysis, 'Ana Okonkwo-Hale', [['000_aa.txt', 'Ana Okonkwo-Hale']], [])];
  });
  const onQuote = hover(v, FILE, text.indexOf('disgrace'))!;
  assert.match((onQuote.contents as MarkupContent).value, /> This is a f\\\*\\\*\\\*ing disgrace, the \\<b\\>club\\<\/b\\> knew it,/);
  assert.deepEqual(onQuote.range, { start: { line: 1, character: 1 }, end: { line: 1, character: 1 + quoteText.length } });
  const onName = hover(v, FILE, text.indexOf('Hale'))!;
  const nameStart = text.split('\n')[1].indexOf('Ana');
  assert.deepEqual(onName.range, { start: { line: 1, character: nameStart }, end: { line: 1, character: nameStart + 'Ana Okonkwo-Hale'.length } });
});

test('hover on a person named in many articles lists a dozen and says how many more', () => {
  const seeds = Array.from({ length: 20 }, (_, i) => [`=== ${String(i).padStart(3, '0')}_aa.txt`, 'Mayor Ann Lee spoke.']).flat();
  const text = [...seeds, ''].join('\n');
  const v = viewOf(text, (analysis) => {
    analysis.people = [person(analysis, 'Ann Lee', analysis.articles.map((a): [string, string] => [a.id, 'Ann Lee']), [])];
  });
  const value = (hover(v, FILE, text.indexOf('Ann Lee') + 1)!.contents as MarkupContent).value;
  assert.match(value, /\*\*Mentioned in\*\* 20 articles\n/);
  assert.equal(value.split('\n').filter((line) => line.endsWith('1×')).length, 12);
  assert.match(value, /- …and 8 more$/);
});

test('no hover on plain text or outside the bundle', () => {
  assert.equal(hover(view(), FILE, offsetOf('Dock strike')), null);
  assert.equal(hover(view(), 'file:///other.seeds', 3), null);
});
