// Code actions on a quote difference: compare two versions side by side, use this version's
// wording in another source (where the two differ, not the other's cut), or ignore the difference
// in the bundle's `.seed-bundle.json`.
// Every change is a WorkspaceEdit the user applies and can undo; the server never writes files.
import { diffArrays } from 'diff';
import { modify, parse, ParseError } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeAction,
  CodeActionKind,
  CreateFile,
  Diagnostic,
  Range,
  TextDocumentEdit,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import { ArticleSpan, Finding } from '../bundle/model';
import { CONFIG_FILE_NAME, ignoreRuleFor, IgnoreRule } from '../config';
import { differencesOf } from './differences';
import { BundleView } from './view';

/** The client command that opens the diff editor on versions of a quote. */
export const COMPARE_COMMAND = 'seedBundle.compareVersions';

/** One version of a quote, as the comparison shows it. */
export interface VersionText {
  /** The source that prints it: `Coast Daily (001_bb.txt)`. */
  label: string;
  /** The speaker line and the quote, a sentence a line, for a readable diff. */
  text: string;
  /** Whether its words or speaker differ from the first version's. */
  differs: boolean;
}

/** The arguments of COMPARE_COMMAND: the first version is the one the user stands on. */
export interface CompareArgs {
  subject: string;
  versions: VersionText[];
}

/** The bundle's config file as the editor has it: text undefined where there is none yet. */
export interface ConfigFile {
  uri: string;
  text: string | undefined;
  /** The version of the open document, null where it is not open. */
  version: number | null;
}

/** What the client can apply. */
export interface EditSupport {
  documentChanges: boolean;
  createFiles: boolean;
}

const QUOTE_CODES = ['quote-wording', 'quote-speaker'];
/** Actions offered per other version or printing: enough for a story told by several sources, not a wall. */
const MAX_OTHERS = 3;

export function codeActions(
  view: BundleView,
  file: string,
  diagnostics: Diagnostic[],
  config: ConfigFile,
  support: EditSupport,
  versionOf: (uri: string) => number | null,
): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'seed-bundle' || !QUOTE_CODES.includes(String(diagnostic.code))) continue;
    const finding = findingAt(view, file, diagnostic);
    if (!finding) continue;
    // One comparison per other wording (the related entries); the wording offered to every printing of those.
    const others = finding.related.slice(0, MAX_OTHERS);
    const printings = finding.code === 'quote-wording' ? differencesOf(view).printingsOf(finding).slice(0, MAX_OTHERS) : [];
    const label = labeller(view, [finding, ...others, ...printings]);
    for (const other of others) {
      actions.push({
        title: `Compare versions: ${label(finding)} ↔ ${label(other)}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: 'Compare versions', command: COMPARE_COMMAND, arguments: [compareArgs(view, finding, [other], label)] },
      });
    }
    if (finding.code === 'quote-wording') {
      const words = textAt(view, finding);
      for (const other of printings) {
        const reworded = rewording(words, textAt(view, other));
        if (reworded === undefined) continue;
        const place = view.place(other.article, other.span)!;
        actions.push({
          title: `Use this wording in ${label(other)}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: textEdit(place.file, versionOf(place.file), [TextEdit.replace(place.range, reworded)], support),
        });
      }
    }
    actions.push(ignoreAction(view, finding, diagnostic, config, support));
  }
  return actions;
}

/** The comparison of a version with others, as the compare command takes it. */
export function compareArgs(view: BundleView, base: ArticleSpan, others: ArticleSpan[], label = labeller(view, [base, ...others])): CompareArgs {
  const differences = differencesOf(view);
  const quote = differences.quoteAtPlace(base.article, base.span);
  const differing = new Set(quote ? differences.differingVersions(quote) : []);
  const version = (place: ArticleSpan): VersionText => {
    const printed = differences.quoteAtPlace(place.article, place.span);
    const sentences = textAt(view, place).replace(/\s+/g, ' ').trim().split(/(?<=[.!?;])\s+/);
    const text = [`Speaker: ${printed?.speaker ?? 'not given'}`, '', ...sentences, ''].join('\n');
    return { label: label(place), text, differs: !!printed && differing.has(printed) };
  };
  return { subject: quote?.speaker ? `${quote.speaker}’s quote` : 'Quote', versions: [base, ...others].map(version) };
}

/** Names places by their source, adding the seed where two places share one outlet. */
export function labeller(view: BundleView, places: ArticleSpan[]): (place: ArticleSpan) => string {
  const articlesBySource = new Map<string, Set<string>>();
  for (const { article } of places) {
    const name = view.sourceName(article);
    articlesBySource.set(name, (articlesBySource.get(name) ?? new Set()).add(article));
  }
  return ({ article }) => {
    const name = view.sourceName(article);
    return name !== article && articlesBySource.get(name)!.size > 1 ? `${name} (${article})` : name;
  };
}

function findingAt(view: BundleView, file: string, diagnostic: Diagnostic): Finding | undefined {
  const articles = new Set(view.articlesIn(file).map((a) => a.id));
  return view.analysis.findings.find((f) => {
    if (f.code !== diagnostic.code || !articles.has(f.article)) return false;
    const range = view.place(f.article, f.span)!.range;
    return sameRange(range, diagnostic.range);
  });
}

function textAt(view: BundleView, place: ArticleSpan): string {
  return view.article(place.article)?.seed.text.slice(place.span.start, place.span.end) ?? '';
}

/** A word of a quote, where it stands in it. */
interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

function wordsIn(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
}

/**
 * The other version with this one's words where the two differ, between the words they share:
 * what the other prints beyond the words it shares with this one (a cut, or its own sentence
 * around a partial quote) stays as it is, and so do its marks between shared words. Undefined
 * where they share under half the other's words (another wording, not a slip), or nothing changes.
 */
export function rewording(mine: string, theirs: string): string | undefined {
  const [a, b] = [wordsIn(theirs), wordsIn(mine)];
  /** The words they share, as their indices in a and in b. */
  const shared: [number, number][] = [];
  let [i, j] = [0, 0];
  for (const change of diffArrays(a, b, { comparator: (x, y) => x.text === y.text })) {
    const count = change.count ?? change.value.length;
    if (change.added) j += count;
    else if (change.removed) i += count;
    else for (let k = 0; k < count; k++) shared.push([i++, j++]);
  }
  if (shared.length === 0 || shared.length * 2 < a.length) return undefined;
  let out = '';
  let at = 0;
  for (let k = 0; k + 1 < shared.length; k++) {
    const [[i0, j0], [i1, j1]] = [shared[k], shared[k + 1]];
    if (i1 === i0 + 1 && j1 === j0 + 1) continue;
    out += theirs.slice(at, a[i0].end) + mine.slice(b[j0].end, b[j1].start);
    at = a[i1].start;
  }
  out += theirs.slice(at);
  return out === theirs ? undefined : out;
}

function textEdit(uri: string, version: number | null, edits: TextEdit[], support: EditSupport): WorkspaceEdit {
  return support.documentChanges ? { documentChanges: [TextDocumentEdit.create({ uri, version }, edits)] } : { changes: { [uri]: edits } };
}

function ignoreAction(view: BundleView, finding: Finding, diagnostic: Diagnostic, config: ConfigFile, support: EditSupport): CodeAction {
  const action: CodeAction = { title: 'Ignore this difference', kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] };
  const edit = ignoreEdit(ignoreRuleFor(view.analysis, finding), config, support);
  if (typeof edit === 'string') action.disabled = { reason: edit };
  else action.edit = edit;
  return action;
}

/** The edit that adds a rule to the config file's ignore list, or why it cannot. */
export function ignoreEdit(rule: IgnoreRule, config: ConfigFile, support: EditSupport): WorkspaceEdit | string {
  const fresh = `${JSON.stringify({ ignore: [rule] }, null, 2)}\n`;
  if (config.text === undefined) {
    if (!support.documentChanges || !support.createFiles) return `create ${CONFIG_FILE_NAME} beside the bundle first (this editor cannot create files)`;
    return {
      documentChanges: [
        CreateFile.create(config.uri, { ignoreIfExists: true }),
        TextDocumentEdit.create({ uri: config.uri, version: null }, [TextEdit.insert({ line: 0, character: 0 }, fresh)]),
      ],
    };
  }
  const document = TextDocument.create(config.uri, 'json', 0, config.text);
  const toRange = (offset: number, length: number): Range => ({ start: document.positionAt(offset), end: document.positionAt(offset + length) });
  if (config.text.trim() === '') return textEdit(config.uri, config.version, [TextEdit.replace(toRange(0, config.text.length), fresh)], support);
  const errors: ParseError[] = [];
  parse(config.text, errors, { allowTrailingComma: true });
  if (errors.length > 0) return `${CONFIG_FILE_NAME} is not valid JSON; fix it first`;
  let edits;
  try {
    edits = modify(config.text, ['ignore', -1], rule, { formattingOptions: formattingOf(config.text) });
  } catch {
    return `${CONFIG_FILE_NAME} must be an object whose "ignore" is a list`;
  }
  return textEdit(config.uri, config.version, edits.map((e) => TextEdit.replace(toRange(e.offset, e.length), e.content)), support);
}

/** The file's own indentation and line ends, so an insertion looks like the rest. */
function formattingOf(text: string): { insertSpaces: boolean; tabSize: number; eol: string } {
  const indent = /^[ \t]+(?=\S)/m.exec(text)?.[0] ?? '  ';
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  return indent.startsWith('\t') ? { insertSpaces: false, tabSize: 4, eol } : { insertSpaces: true, tabSize: indent.length, eol };
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
