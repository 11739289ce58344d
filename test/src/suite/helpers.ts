// Shared by the editor tests: opening the example bundle (file and folder form) in the workspace
// the runner opened, asking VS Code's own commands, and waiting for diagnostics to settle.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { example } from '../exampleBundle';

export { example };

const EXTENSION_ID = 'seed-bundle.seed-bundle';
const WAIT_MS = 20_000;

function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner must open a copy of examples/ as the workspace folder');
  return folder.uri;
}

export const bundleUri = (): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), example.bundleFile);
export const seedUri = (seed: string): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), example.folder, seed);

/** Opens a file in an editor, checks it is read as a seed bundle, and waits for the extension. */
export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  assert.equal(editor.document.languageId, 'seed-bundle', `${uri.path} should open as a seed bundle`);
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  await extension.activate();
  return editor;
}

/** Polls `ask` until `ready` holds (the server may still be starting); fails with `what` after a while. */
export async function eventually<T>(ask: () => Thenable<T> | T, ready: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await ask();
    if (ready(value)) return value;
    if (Date.now() > deadline) assert.fail(`${what}: still not there after ${WAIT_MS / 1000} s; last answer: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return eventually(
    async () => (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri)) ?? [],
    (symbols) => symbols.length > 0,
    `document symbols of ${uri.path}`,
  );
}

/** A diagnostic and the file it is in. */
export interface Located {
  uri: vscode.Uri;
  diagnostic: vscode.Diagnostic;
}

/**
 * Waits until the diagnostics of `uris` satisfy `settled`, checking again on every change of
 * their diagnostics (no fixed sleeps); fails with the diagnostics it last saw.
 */
export function diagnosticsWhen(uris: vscode.Uri[], settled: (diagnostics: Located[]) => boolean, what: string): Promise<Located[]> {
  const watched = new Set(uris.map((uri) => uri.toString()));
  const current = () => uris.flatMap((uri) => vscode.languages.getDiagnostics(uri).map((diagnostic) => ({ uri, diagnostic })));
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const diagnostics = current();
      if (!settled(diagnostics)) return;
      done();
      resolve(diagnostics);
    };
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((uri) => watched.has(uri.toString()))) check();
    });
    const timer = setTimeout(() => {
      done();
      const seen = current().map(({ uri, diagnostic: d }) => `  ${uri.path.split('/').pop()}:${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)}: ${d.message}`);
      reject(new Error(`${what}: not within ${WAIT_MS / 1000} s. Diagnostics:\n${seen.join('\n') || '  (none)'}`));
    }, WAIT_MS);
    const done = () => {
      clearTimeout(timer);
      listener.dispose();
    };
    check();
  });
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const { code } = diagnostic;
  return String(typeof code === 'object' ? code.value : code);
}

export const withCode = (diagnostics: Located[], code: string): Located[] => diagnostics.filter((d) => codeOf(d.diagnostic) === code);

/** Where one version of the quote two sources word differently stands, and its number. */
export interface QuoteVersion {
  uri: vscode.Uri;
  /** The whole quoted sentence. */
  quote: vscode.Range;
  /** The number the sources disagree on. */
  number: vscode.Range;
  word: string;
}

/** Both versions of the differing quote in one `.seeds` document or across the seed files. */
export function differingVersions(documentOf: (seed: string) => vscode.TextDocument): QuoteVersion[] {
  const { lead, versions } = example.differingQuote;
  return versions.map(({ seed, number }) => {
    const document = documentOf(seed);
    const quote = rangeOf(document, `${lead}${number} weeks while engineers check every cable`);
    const start = quote.start.translate(0, lead.length);
    return { uri: document.uri, quote, number: new vscode.Range(start, start.translate(0, number.length)), word: number };
  });
}

/** Whether a diagnostic sits on (or points at, through its related information) a place. */
export const isAt = (d: Located, uri: vscode.Uri, range: vscode.Range): boolean =>
  d.uri.toString() === uri.toString() && overlaps(d.diagnostic.range, range);
export const pointsAt = (d: Located, uri: vscode.Uri, range: vscode.Range): boolean =>
  (d.diagnostic.relatedInformation ?? []).some((r) => r.location.uri.toString() === uri.toString() && overlaps(r.location.range, range));

/** Where `needle` stands in the document (its `nth` occurrence), as a range. */
export function rangeOf(document: vscode.TextDocument, needle: string, nth = 0): vscode.Range {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = document.getText().indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `"${needle}" (occurrence ${nth + 1}) is not in ${document.uri.path}`);
  }
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + needle.length));
}

/** Every occurrence of `needle` in the document, as ranges. */
export function rangesOf(document: vscode.TextDocument, needle: string): vscode.Range[] {
  const ranges: vscode.Range[] = [];
  for (let offset = document.getText().indexOf(needle); offset >= 0; offset = document.getText().indexOf(needle, offset + 1)) {
    ranges.push(new vscode.Range(document.positionAt(offset), document.positionAt(offset + needle.length)));
  }
  return ranges;
}

/** The line ranges of the seeds of a `.seeds` document: header line to the line before the next header. */
export function seedLines(document: vscode.TextDocument): { seed: string; header: number; last: number }[] {
  const headers: { seed: string; header: number }[] = [];
  for (let line = 0; line < document.lineCount; line++) {
    const match = /^=== (\S+)$/.exec(document.lineAt(line).text);
    if (match) headers.push({ seed: match[1], header: line });
  }
  return headers.map((h, i) => ({ ...h, last: (headers[i + 1]?.header ?? document.lineCount) - 1 }));
}

/** The text of a hover's contents, whatever form the provider used. */
export function hoverText(hover: vscode.Hover): string {
  return hover.contents.map((content) => (typeof content === 'string' ? content : content.value)).join('\n');
}

/** The first non-empty line of a hover, without Markdown emphasis or heading marks. */
export function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.replace(/[*_#`]/g, '').trim();
}

/** Replaces the text at `range` through a WorkspaceEdit (not saved), as an extension or a user would. */
export async function replace(uri: vscode.Uri, range: vscode.Range, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, range, text);
  assert.ok(await vscode.workspace.applyEdit(edit), `the edit of ${uri.path} was refused`);
}

export const overlaps = (a: vscode.Range, b: vscode.Range): boolean => a.intersection(b) !== undefined;
