import test from 'node:test';
import assert from 'node:assert/strict';
import { FILE, spanIn, viewOf } from '../testing/fixtures';
import { problems } from './diagnostics';

const TEXT = '=== 000_aa.txt\nShe said "ten boats".\n=== 001_bb.txt\nShe said "eleven boats".\n=== 001_bb.txt\n';

function view() {
  return viewOf(TEXT, (analysis) => {
    analysis.findings = [
      {
        code: 'quote-wording',
        message: 'worded differently',
        article: '001_bb.txt',
        span: spanIn(analysis, '001_bb.txt', 'eleven boats'),
        related: [{ article: '000_aa.txt', span: spanIn(analysis, '000_aa.txt', 'ten boats'), message: 'the other version' }],
      },
    ];
  });
}

test('findings and format problems become problems with ranges in the file', () => {
  assert.deepEqual(problems(view()), [
    {
      code: 'seed-format',
      severity: 'warning',
      message: 'seed 001_bb.txt is empty',
      file: FILE,
      range: { start: { line: 4, character: 0 }, end: { line: 4, character: 14 } },
      related: [],
    },
    {
      code: 'seed-duplicate',
      severity: 'error',
      message: 'two seeds are named 001_bb.txt',
      file: FILE,
      range: { start: { line: 4, character: 0 }, end: { line: 4, character: 14 } },
      related: [{ file: FILE, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 14 } }, message: 'first seed named 001_bb.txt' }],
    },
    {
      code: 'quote-wording',
      severity: 'warning',
      message: 'worded differently',
      file: FILE,
      range: { start: { line: 3, character: 10 }, end: { line: 3, character: 22 } },
      related: [{ file: FILE, range: { start: { line: 1, character: 10 }, end: { line: 1, character: 19 } }, message: 'the other version' }],
    },
  ]);
});

test('severity per code from the settings, including off', () => {
  const found = problems(view(), { 'quote-wording': 'hint', 'seed-format': 'off' });
  assert.deepEqual(found.map((p) => [p.code, p.severity]), [['seed-duplicate', 'error'], ['quote-wording', 'hint']]);
});
