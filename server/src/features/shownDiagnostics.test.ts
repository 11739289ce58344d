import assert from 'node:assert/strict';
import test from 'node:test';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { shownDiagnostics } from './shownDiagnostics';

const NOTE = DiagnosticSeverity.Information;

const at = (line: number, severity: DiagnosticSeverity = DiagnosticSeverity.Warning, message = `line ${line}`): Diagnostic => ({
  range: { start: { line, character: 1 }, end: { line, character: 9 } },
  severity,
  code: 'quote-wording',
  source: 'seed-bundle',
  message,
});

test('a file with no more diagnostics than the editor shows gets them all, the same list', () => {
  const diagnostics = [at(3), at(9), at(40)];
  assert.equal(shownDiagnostics(diagnostics, 3, 0, NOTE), diagnostics);
  assert.equal(shownDiagnostics([], 1000, 0, NOTE).length, 0);
});

test('past the limit, the note and the diagnostics nearest where the user is are shown, in their order', () => {
  const diagnostics = [10, 20, 30, 40, 50, 60].map((line) => at(line));
  const shown = shownDiagnostics(diagnostics, 4, 42, NOTE);
  assert.equal(shown.length, 4);
  assert.equal(shown[0].code, 'bundle-limit');
  assert.equal(shown[0].severity, DiagnosticSeverity.Information);
  assert.deepEqual(shown[0].range.start, { line: 0, character: 0 });
  assert.match(shown[0].message, /^This file has 6 problems and the editor shows at most 4 a file: shown are the 3 most severe and nearest the lines you view or edit\./);
  assert.deepEqual(
    shown.slice(1).map((d) => d.range.start.line),
    [30, 40, 50],
  );
  assert.ok(shown.slice(1).every((d) => diagnostics.includes(d)), 'the diagnostics themselves, not copies');
});

test('before the user edits or scrolls, the first lines are shown, as the editor itself would', () => {
  const diagnostics = [50, 10, 40, 20, 30].map((line) => at(line));
  assert.deepEqual(
    shownDiagnostics(diagnostics, 3, 0, NOTE).slice(1).map((d) => d.range.start.line),
    [10, 20],
  );
});

test('the most severe are shown first, however far from the user; ties of distance keep list order', () => {
  const error = at(900, DiagnosticSeverity.Error, 'a duplicate seed');
  const diagnostics = [at(99, DiagnosticSeverity.Information), at(101), at(99), error, at(100, DiagnosticSeverity.Hint)];
  const shown = shownDiagnostics(diagnostics, 4, 100, NOTE);
  assert.deepEqual(
    shown.slice(1).map((d) => d.message),
    ['line 101', 'line 99', 'a duplicate seed'],
  );
});

test('a limit of one shows only the note; none shows nothing; with the note set off, the limit is all diagnostics', () => {
  const diagnostics = [at(1), at(2), at(3)];
  assert.deepEqual(
    shownDiagnostics(diagnostics, 1, 0, NOTE).map((d) => d.code),
    ['bundle-limit'],
  );
  assert.deepEqual(shownDiagnostics(diagnostics, 0, 0, NOTE), []);
  assert.deepEqual(shownDiagnostics(diagnostics, 2, 3), [diagnostics[1], diagnostics[2]]);
  assert.equal(shownDiagnostics(diagnostics, 2, 0, DiagnosticSeverity.Hint)[0].severity, DiagnosticSeverity.Hint, 'the severity the settings give bundle-limit');
});
