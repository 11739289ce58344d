import test from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import { parse } from 'jsonc-parser';
import { Analysis } from '../bundle/analyze';
import { DiagnosticCode } from '../bundle/model';
import { FILE, spanIn, viewOf } from '../testing/fixtures';
import { codeActions, ConfigFile, EditSupport, rewording } from './actions';

const TEXT = [
  '=== 000_aa.txt',
  'Ferry fares rise',
  '"Fares will go up by ten percent next month," Dana Mills said.',
  '=== 001_bb.txt',
  'Fares up',
  'Mills said: "Fares will go up by twelve percent next month."',
  '=== 002_cc.txt',
  'Fares up again',
  '"Fares will go up by ten percent next month," said Dana Mills.',
  '',
].join('\n');

const TEN = 'Fares will go up by ten percent next month,';
const TWELVE = 'Fares will go up by twelve percent next month.';
const CONFIG = 'file:///fixtures/.seed-bundle.json';
const VSCODE: EditSupport = { documentChanges: true, createFiles: true };
const NO_CONFIG: ConfigFile = { uri: CONFIG, text: undefined, version: null };

/** Harbour Post and Bay Radio print "ten", Coast Daily "twelve": one finding on each version. */
function view(code: DiagnosticCode = 'quote-wording', relatedOfTwelve = [0, 2]) {
  return viewOf(TEXT, (a: Analysis) => {
    const outlets = ['Harbour Post', 'Coast Daily', 'Bay Radio'];
    a.articles.forEach((article, i) => Object.assign(article, { source: outlets[i].toLowerCase(), anatomy: { ...article.anatomy, outlet: outlets[i] } }));
    const place = (article: string, phrase: string) => ({ article, span: spanIn(a, article, phrase) });
    const versions = [place('000_aa.txt', TEN), place('001_bb.txt', TWELVE), place('002_cc.txt', TEN)];
    a.quotes = versions.map((v) => ({ ...v, text: v.article === '001_bb.txt' ? TWELVE : TEN, speaker: 'Dana Mills', partial: false }));
    a.comparison.groups = [[0, 1, 2]];
    const finding = (at: number, others: number[]) => ({ code, message: 'differs', ...versions[at], related: others.map((o) => ({ ...versions[o], message: 'other' })) });
    a.findings = [finding(1, relatedOfTwelve), finding(0, [1]), finding(2, [1])];
  });
}

/** The diagnostic the server publishes for the finding on Coast Daily's version (line 5). */
function diagnostic(code: DiagnosticCode = 'quote-wording'): Diagnostic {
  return { range: { start: { line: 5, character: 13 }, end: { line: 5, character: 59 } }, code, source: 'seed-bundle', message: 'differs' };
}

const noVersion = () => null;

test('on a quote-wording diagnostic: compare, use this wording elsewhere, ignore', () => {
  const d = diagnostic();
  const speaker = 'Speaker: Dana Mills\n\n';
  const ten = `${speaker}Fares will go up by ten percent next month,\n`;
  const twelve = `${speaker}Fares will go up by twelve percent next month.\n`;
  const replaceTen = (line: number) => ({
    documentChanges: [TextDocumentEdit.create({ uri: FILE, version: null }, [TextEdit.replace({ start: { line, character: 1 }, end: { line, character: 44 } }, 'Fares will go up by twelve percent next month,')])],
  });
  assert.deepEqual(codeActions(view(), FILE, [d], NO_CONFIG, VSCODE, noVersion), [
    {
      title: 'Compare versions: Coast Daily ↔ Harbour Post',
      kind: 'quickfix',
      diagnostics: [d],
      command: {
        title: 'Compare versions',
        command: 'seedBundle.compareVersions',
        arguments: [{ subject: 'Dana Mills’s quote', versions: [{ label: 'Coast Daily', text: twelve, differs: false }, { label: 'Harbour Post', text: ten, differs: true }] }],
      },
    },
    {
      title: 'Compare versions: Coast Daily ↔ Bay Radio',
      kind: 'quickfix',
      diagnostics: [d],
      command: {
        title: 'Compare versions',
        command: 'seedBundle.compareVersions',
        arguments: [{ subject: 'Dana Mills’s quote', versions: [{ label: 'Coast Daily', text: twelve, differs: false }, { label: 'Bay Radio', text: ten, differs: true }] }],
      },
    },
    { title: 'Use this wording in Harbour Post', kind: 'quickfix', diagnostics: [d], edit: replaceTen(2) },
    { title: 'Use this wording in Bay Radio', kind: 'quickfix', diagnostics: [d], edit: replaceTen(8) },
    {
      title: 'Ignore this difference',
      kind: 'quickfix',
      diagnostics: [d],
      edit: {
        documentChanges: [
          { kind: 'create', uri: CONFIG, options: { ignoreIfExists: true } },
          TextDocumentEdit.create({ uri: CONFIG, version: null }, [
            TextEdit.insert(
              { line: 0, character: 0 },
              `${JSON.stringify(
                { ignore: [{ code: 'quote-wording', speaker: 'Dana Mills', quote: 'Fares will go up by twelve percent next…', articles: ['001_bb.txt', '000_aa.txt', '002_cc.txt'] }] },
                null,
                2,
              )}\n`,
            ),
          ]),
        ],
      },
    },
  ]);
});

test('a wording two sources print: compared once, offered to both printings', () => {
  // As the comparer lists it: one related entry for "ten", at Harbour Post's printing.
  const titles = codeActions(view('quote-wording', [0]), FILE, [diagnostic()], NO_CONFIG, VSCODE, noVersion).map((a) => a.title);
  assert.deepEqual(titles, [
    'Compare versions: Coast Daily ↔ Harbour Post',
    'Use this wording in Harbour Post',
    'Use this wording in Bay Radio',
    'Ignore this difference',
  ]);
});

test('the wording goes in where the versions differ: the other\'s cut and its sentence around a partial quote stay its own', () => {
  const full = 'Our crews have been pushed past the limit, and today they are saying enough,';
  assert.equal(rewording(full, 'Our crews have been pushed beyond the limit,'), 'Our crews have been pushed past the limit,');
  assert.equal(rewording(full, 'pushed well past the limit'), 'pushed past the limit');
  assert.equal(rewording('Our crews have been pushed beyond the limit,', full), 'Our crews have been pushed beyond the limit, and today they are saying enough,');
  // Another wording altogether, or the same words: nothing to offer.
  assert.equal(rewording(full, 'We will fight on'), undefined);
  assert.equal(rewording(full, full.replace(',', ' —')), undefined);
});

test('a quote-speaker diagnostic can be compared and ignored, not reworded', () => {
  const actions = codeActions(view('quote-speaker'), FILE, [diagnostic('quote-speaker')], NO_CONFIG, VSCODE, noVersion);
  assert.deepEqual(actions.map((a) => a.title), ['Compare versions: Coast Daily ↔ Harbour Post', 'Compare versions: Coast Daily ↔ Bay Radio', 'Ignore this difference']);
});

test('nothing for other diagnostics, other sources or a range that no longer holds a finding', () => {
  const moved = { ...diagnostic(), range: { start: { line: 5, character: 12 }, end: { line: 5, character: 59 } } };
  const others = [{ ...diagnostic(), source: 'spell' }, { ...diagnostic(), code: 'name-spelling' }, moved];
  assert.deepEqual(codeActions(view(), FILE, others, NO_CONFIG, VSCODE, noVersion), []);
});

test('the rewording goes to the open document at its version, or as plain changes where the editor has no versioned edits', () => {
  const edits = (support: EditSupport) => codeActions(view(), FILE, [diagnostic()], NO_CONFIG, support, () => 4).find((a) => a.title.startsWith('Use'))!.edit;
  assert.equal((edits(VSCODE)!.documentChanges![0] as TextDocumentEdit).textDocument.version, 4);
  assert.deepEqual(Object.keys(edits({ documentChanges: false, createFiles: false })!.changes!), [FILE]);
});

/** The config file's text once the ignore action's edit is applied. */
function ignoring(config: ConfigFile, support = VSCODE): string | { disabled: string } {
  const action = codeActions(view(), FILE, [diagnostic()], config, support, noVersion).find((a) => a.title === 'Ignore this difference')!;
  if (action.disabled) return { disabled: action.disabled.reason };
  const change = action.edit!.documentChanges?.[0] as TextDocumentEdit | undefined;
  const edits = change ? change.edits : action.edit!.changes![CONFIG];
  return TextDocument.applyEdits(TextDocument.create(CONFIG, 'json', 1, config.text ?? ''), edits as TextEdit[]);
}

test('ignore inserts into the existing config, keeping what the user wrote', () => {
  const mine = '{\n    // strict about roles\n    "severity": { "role-differs": "error" },\n    "ignore": [\n        { "code": "name-spelling" }\n    ]\n}\n';
  const after = ignoring({ uri: CONFIG, text: mine, version: 3 }) as string;
  assert.match(after, /^\{\n {4}\/\/ strict about roles\n {4}"severity": \{ "role-differs": "error" \},/);
  assert.deepEqual(parse(after).ignore, [{ code: 'name-spelling' }, { code: 'quote-wording', speaker: 'Dana Mills', quote: 'Fares will go up by twelve percent next…', articles: ['001_bb.txt', '000_aa.txt', '002_cc.txt'] }]);
  assert.match(after, /\n {8}\{\n {12}"code": "quote-wording",/, 'indented as the file is');
  const blank = ignoring({ uri: CONFIG, text: '\n', version: null }) as string;
  assert.equal(parse(blank).ignore.length, 1, 'a file just created gets the whole config');
});

test('ignore never writes over a config it cannot read, and says why', () => {
  assert.deepEqual(ignoring({ uri: CONFIG, text: '{ "ignore": [ ', version: null }), { disabled: '.seed-bundle.json is not valid JSON; fix it first' });
  assert.deepEqual(ignoring({ uri: CONFIG, text: '{ "ignore": "all" }', version: null }), { disabled: '.seed-bundle.json must be an object whose "ignore" is a list' });
  assert.deepEqual(ignoring(NO_CONFIG, { documentChanges: true, createFiles: false }), {
    disabled: 'create .seed-bundle.json beside the bundle first (this editor cannot create files)',
  });
});
