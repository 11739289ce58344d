import test from 'node:test';
import assert from 'node:assert/strict';
import { Analysis } from './bundle/analyze';
import { DEFAULT_SIMILARITY } from './bundle/compare';
import { combineSettings, configFileOf, DEFAULT_MAX_BUNDLE_SIZE, ignoreRuleFor, readConfig, settingsLayer, withoutIgnored } from './config';
import { spanIn, viewOf } from './testing/fixtures';

test('the config file stands in a folder bundle, or beside a .seeds file', () => {
  assert.equal(configFileOf('file:///a/b%20c', 'folder'), 'file:///a/b%20c/.seed-bundle.json');
  assert.equal(configFileOf('stories/ferry/', 'folder'), 'stories/ferry/.seed-bundle.json');
  assert.equal(configFileOf('file:///a/story.seeds', 'file'), 'file:///a/.seed-bundle.json');
  assert.equal(configFileOf('C:\\news\\story.seeds', 'file'), 'C:\\news\\.seed-bundle.json');
  assert.equal(configFileOf('-', 'file'), '.seed-bundle.json');
});

test('a config file: comments allowed, what is right applies, each mistake is placed', () => {
  const text = [
    '{',
    '  // quieter, for this story',
    '  "severity": { "role-differs": "off", "quote-wording": "loud", "no-such-code": "hint" },',
    '  "maxBundleSize": 5000,',
    '  "ignore": [',
    '    { "code": "quote-wording", "speaker": "Dana Mills", "quote": "Fares will go up…", "articles": ["000_aa.txt"] },',
    '    { "code": "quote-wording", "why": "typo" },',
    '    "not a rule"',
    '  ],',
    '  "severty": {},',
    '}',
  ].join('\n');
  const { layer, problems } = readConfig(text);
  assert.deepEqual(layer, {
    severity: { 'role-differs': 'off' },
    maxBundleSize: 5000,
    ignore: [{ code: 'quote-wording', speaker: 'Dana Mills', quote: 'Fares will go up…', articles: ['000_aa.txt'] }],
  });
  const placed = problems.map((p) => [p.message, text.slice(p.start, p.end)]);
  assert.deepEqual(placed, [
    ['unknown setting "severty" (known: severity, maxBundleSize, quoteSimilarity, ignore)', '"severty"'],
    ['severity must be one of error, warning, information, hint, off', '"loud"'],
    ['unknown diagnostic code "no-such-code"', '"no-such-code"'],
    ['unknown field "why" (fields: code, speaker, quote, articles)', '{ "code": "quote-wording", "why": "typo" }'],
    ['an ignored difference must be an object with a "code"', '"not a rule"'],
  ]);
});

test('broken JSON and wrong shapes are reported, never thrown', () => {
  assert.match(readConfig('{ "severity": ').problems[0].message, /^not valid JSON: value expected/);
  assert.deepEqual(readConfig(' \n'), { layer: {}, problems: [] }, 'a file just created sets nothing');
  assert.deepEqual(readConfig('// nothing yet').problems.map((p) => p.message), ['not valid JSON: value expected']);
  assert.deepEqual(readConfig('[1]').problems.map((p) => p.message), ['the config must be a JSON object']);
  assert.deepEqual(readConfig('{"maxBundleSize": -1, "ignore": {}}').problems.map((p) => p.message), [
    'maxBundleSize must be a positive number of characters',
    'ignore must be a list of differences to ignore',
  ]);
});

test('settings: defaults, then the editor, then the config file', () => {
  assert.deepEqual(combineSettings(), { severity: {}, maxBundleSize: DEFAULT_MAX_BUNDLE_SIZE, quoteSimilarity: DEFAULT_SIMILARITY, ignore: [] });
  const editor = { severity: { 'quote-wording': 'hint' as const, 'role-differs': 'off' as const }, maxBundleSize: 100, quoteSimilarity: 0.8 };
  const file = { severity: { 'quote-wording': 'error' as const }, ignore: [{ code: 'name-spelling' as const }] };
  assert.deepEqual(combineSettings(editor, file), {
    severity: { 'quote-wording': 'error', 'role-differs': 'off' },
    maxBundleSize: 100,
    quoteSimilarity: 0.8,
    ignore: [{ code: 'name-spelling' }],
  });
  assert.equal(combineSettings(editor, { quoteSimilarity: 0 }).quoteSimilarity, 0, 'the config file wins, even with 0');
});

test('quoteSimilarity: a number from 0 to 1, or a clear problem placed on the value', () => {
  for (const similarity of [0, 0.35, 1]) assert.deepEqual(readConfig(`{ "quoteSimilarity": ${similarity} }`), { layer: { quoteSimilarity: similarity }, problems: [] });
  const message = `quoteSimilarity must be a number from 0 to 1: the share of words two versions of a quote must share (${DEFAULT_SIMILARITY} by default)`;
  for (const wrong of ['1.5', '-0.2', '"0.7"', 'null', 'true', '[0.5]']) {
    const text = `{ "quoteSimilarity": ${wrong}, "maxBundleSize": 10 }`;
    const { layer, problems } = readConfig(text);
    assert.deepEqual(layer, { maxBundleSize: 10 }, `${wrong} is left out, the rest applies`);
    assert.deepEqual(problems.map((p) => [p.message, text.slice(p.start, p.end)]), [[message, wrong]]);
  }
  // The editor's settings go through the same check.
  assert.deepEqual(settingsLayer({ quoteSimilarity: 2 }).mistakes.map((m) => m.message), [message]);
  assert.deepEqual(settingsLayer({ quoteSimilarity: 0.6 }).layer, { quoteSimilarity: 0.6 });
});

const STORY = [
  '=== 000_aa.txt',
  '"Fares will go up by ten percent next month because fuel costs more," Mills said.',
  '"Nobody’s happy," Mills said.',
  '=== 001_bb.txt',
  '"Fares will go up by twelve percent next month because fuel costs more," she said.',
  '"Nobody is happy," she said.',
  '',
].join('\n');

/** Two differences between two sources, each found on both sides. */
function analysis(): Analysis {
  return viewOf(STORY, (a) => {
    const quote = (article: string, phrase: string) => ({ article, span: spanIn(a, article, phrase), text: phrase, speaker: 'Dana Mills', partial: false });
    const fares = [quote('000_aa.txt', 'Fares will go up by ten percent next month because fuel costs more,'), quote('001_bb.txt', 'Fares will go up by twelve percent next month because fuel costs more,')];
    const happy = [quote('000_aa.txt', 'Nobody’s happy,'), quote('001_bb.txt', 'Nobody is happy,')];
    a.quotes = [...fares, ...happy];
    const both = ([x, y]: typeof fares) => [
      { code: 'quote-wording' as const, message: 'differs', article: x.article, span: x.span, related: [{ article: y.article, span: y.span, message: 'other' }] },
      { code: 'quote-wording' as const, message: 'differs', article: y.article, span: y.span, related: [{ article: x.article, span: x.span, message: 'other' }] },
    ];
    a.findings = [...both(fares), ...both(happy)];
  }).analysis;
}

test('the rule that ignores a finding names it in words a person can read, and silences both sides', () => {
  const bundle = analysis();
  const rule = ignoreRuleFor(bundle, bundle.findings[0]);
  assert.deepEqual(rule, { code: 'quote-wording', speaker: 'Dana Mills', quote: 'Fares will go up by ten percent next…', articles: ['000_aa.txt', '001_bb.txt'] });
  const left = withoutIgnored(bundle, [rule]).findings.map((f) => bundle.findings.indexOf(f));
  assert.deepEqual(left, [2, 3], 'the other difference stays');
  assert.equal(withoutIgnored(bundle, []), bundle);
});

test('a rule matches on every field it gives: code, speaker, first words (typography folded), articles', () => {
  const bundle = analysis();
  const left = (rule: Parameters<typeof withoutIgnored>[1][number]) => withoutIgnored(bundle, [rule]).findings.map((f) => bundle.findings.indexOf(f));
  assert.deepEqual(left({ code: 'quote-wording', quote: 'NOBODYS hap' }), [0, 1], 'case, apostrophes and a word cut short');
  assert.deepEqual(left({ code: 'quote-wording', quote: 'Nobody is happy...' }), [0, 1], 'either version’s words');
  assert.deepEqual(left({ code: 'quote-speaker', quote: 'Nobody is happy' }), [0, 1, 2, 3]);
  assert.deepEqual(left({ code: 'quote-wording', speaker: 'Someone Else' }), [0, 1, 2, 3]);
  assert.deepEqual(left({ code: 'quote-wording', speaker: 'dana  MILLS' }), []);
  assert.deepEqual(left({ code: 'quote-wording', quote: 'Nobody', articles: ['001_bb.txt'] }), [0, 1, 2]);
  assert.deepEqual(left({ code: 'quote-wording', quote: 'Fares will go up by eleven' }), [0, 1, 2, 3]);
});
