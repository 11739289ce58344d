// A bundle's settings: the editor's settings, overridden by `.seed-bundle.json` beside the bundle
// (in a folder bundle's folder; in the folder of a `.seeds` file). `seed-bundle check` reads the
// same file, so CI and the editor agree. The file also holds the differences a person chose to
// ignore, in words they can read:
//
//   {
//     "severity": { "role-differs": "off" },
//     "maxBundleSize": 20000000,
//     "quoteSimilarity": 0.5,
//     "ignore": [{ "code": "quote-wording", "speaker": "Dana Mills", "quote": "Fares will go up…",
//                  "articles": ["000_aa.txt", "001_bb.txt"] }]
//   }
import { findNodeAtLocation, JSONPath, parseTree, printParseErrorCode, ParseError, getNodeValue } from 'jsonc-parser';
import { Analysis } from './bundle/analyze';
import { DEFAULT_SIMILARITY } from './bundle/compare';
import { DiagnosticCode, Finding, Span } from './bundle/model';
import { DEFAULT_SEVERITY, SeveritySettings } from './features/diagnostics';

export const CONFIG_FILE_NAME = '.seed-bundle.json';

/** Bundles with more characters of seed text than this get only the per-article reading. */
export const DEFAULT_MAX_BUNDLE_SIZE = 20_000_000;

/** A difference to keep quiet: every field given must match the finding. */
export interface IgnoreRule {
  code: DiagnosticCode;
  /** The quote's speaker, as the bundle names them. */
  speaker?: string;
  /** The first words of the quote (of the marked text, for other codes); a final `…` is optional. */
  quote?: string;
  /** The seeds whose findings it silences. */
  articles?: string[];
}

export interface BundleSettings {
  severity: SeveritySettings;
  maxBundleSize: number;
  /** The similarity at which two quotes are treated as one (see CompareOptions.similarity in bundle/compare.ts). */
  quoteSimilarity: number;
  ignore: IgnoreRule[];
}

/** What one source of settings (the editor, the config file) sets. */
export type SettingsLayer = Partial<BundleSettings>;

/** A mistake in the config file, at an offset of its text. */
export interface ConfigProblem {
  message: string;
  start: number;
  end: number;
}

const LEVELS = ['error', 'warning', 'information', 'hint', 'off'];
const KNOWN_KEYS = ['$schema', 'severity', 'maxBundleSize', 'quoteSimilarity', 'ignore'];

/** The config file of a bundle (a URI or a path; `-`, stdin, reads the current folder's). */
export function configFileOf(bundle: string, form: 'file' | 'folder'): string {
  if (form === 'folder') return `${bundle.replace(/[\\/]+$/, '')}/${CONFIG_FILE_NAME}`;
  const cut = Math.max(bundle.lastIndexOf('/'), bundle.lastIndexOf('\\'));
  return `${bundle.slice(0, cut + 1)}${CONFIG_FILE_NAME}`;
}

/** Reads a config file's text (JSON with comments). A wrong entry is reported and left out; the rest applies. */
export function readConfig(text: string): { layer: SettingsLayer; problems: ConfigProblem[] } {
  if (text.trim() === '') return { layer: {}, problems: [] }; // just created: nothing set yet
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true });
  const problems: ConfigProblem[] = errors.map((e) => ({ message: `not valid JSON: ${spaced(printParseErrorCode(e.error))}`, start: e.offset, end: e.offset + e.length }));
  if (!root) return { layer: {}, problems };
  const { layer, mistakes } = settingsLayer(getNodeValue(root));
  for (const { path, message, onKey } of mistakes) {
    const value = findNodeAtLocation(root, path);
    const node = (onKey ? value?.parent?.children?.[0] : value) ?? root;
    problems.push({ message, start: node.offset, end: node.offset + node.length });
  }
  return { layer, problems };
}

/** A mistake at a path of the settings: in the value there, or in its key (`onKey`). */
interface Mistake {
  path: JSONPath;
  message: string;
  onKey?: boolean;
}

/** The settings a plain value gives (the config file's JSON or the editor's `seedBundle` section). */
export function settingsLayer(value: unknown): { layer: SettingsLayer; mistakes: Mistake[] } {
  const mistakes: Mistake[] = [];
  const layer: SettingsLayer = {};
  if (!isObject(value)) return { layer, mistakes: [{ path: [], message: 'the config must be a JSON object' }] };
  for (const key of Object.keys(value)) {
    if (!KNOWN_KEYS.includes(key)) mistakes.push({ path: [key], message: `unknown setting "${key}" (known: ${KNOWN_KEYS.slice(1).join(', ')})`, onKey: true });
  }
  if (value.severity !== undefined) {
    if (!isObject(value.severity)) mistakes.push({ path: ['severity'], message: 'severity must be an object of code: level' });
    else {
      layer.severity = {};
      for (const [code, level] of Object.entries(value.severity)) {
        if (!isCode(code)) mistakes.push({ path: ['severity', code], message: `unknown diagnostic code "${code}"`, onKey: true });
        else if (typeof level !== 'string' || !LEVELS.includes(level)) mistakes.push({ path: ['severity', code], message: `severity must be one of ${LEVELS.join(', ')}` });
        else layer.severity[code] = level as SeveritySettings[DiagnosticCode];
      }
    }
  }
  if (value.maxBundleSize !== undefined) {
    if (typeof value.maxBundleSize !== 'number' || !(value.maxBundleSize > 0)) mistakes.push({ path: ['maxBundleSize'], message: 'maxBundleSize must be a positive number of characters' });
    else layer.maxBundleSize = value.maxBundleSize;
  }
  if (value.quoteSimilarity !== undefined) {
    const similarity = value.quoteSimilarity;
    if (typeof similarity !== 'number' || !(similarity >= 0 && similarity <= 1)) {
      mistakes.push({ path: ['quoteSimilarity'], message: `quoteSimilarity must be a number from 0 to 1: the share of words two versions of a quote must share (${DEFAULT_SIMILARITY} by default)` });
    } else layer.quoteSimilarity = similarity;
  }
  if (value.ignore !== undefined) {
    if (!Array.isArray(value.ignore)) mistakes.push({ path: ['ignore'], message: 'ignore must be a list of differences to ignore' });
    else {
      layer.ignore = [];
      value.ignore.forEach((entry, index) => {
        const rule = ignoreRule(entry);
        if (typeof rule === 'string') mistakes.push({ path: ['ignore', index], message: rule });
        else layer.ignore!.push(rule);
      });
    }
  }
  return { layer, mistakes };
}

/** A rule of the ignore list, or what is wrong with it. */
function ignoreRule(entry: unknown): IgnoreRule | string {
  if (!isObject(entry)) return 'an ignored difference must be an object with a "code"';
  const { code, speaker, quote, articles } = entry;
  if (typeof code !== 'string' || !isCode(code)) return `an ignored difference needs a known "code" (${Object.keys(DEFAULT_SEVERITY).join(', ')})`;
  const unknown = Object.keys(entry).find((k) => !['code', 'speaker', 'quote', 'articles'].includes(k));
  if (unknown) return `unknown field "${unknown}" (fields: code, speaker, quote, articles)`;
  if (speaker !== undefined && typeof speaker !== 'string') return '"speaker" must be a name';
  if (quote !== undefined && typeof quote !== 'string') return '"quote" must be the first words of the quote';
  if (articles !== undefined && !(Array.isArray(articles) && articles.every((a) => typeof a === 'string'))) return '"articles" must be a list of seed names';
  return { code, ...(speaker !== undefined && { speaker }), ...(quote !== undefined && { quote }), ...(articles !== undefined && { articles }) };
}

/** Later layers win: defaults, then the editor's settings, then the config file. */
export function combineSettings(...layers: SettingsLayer[]): BundleSettings {
  const settings: BundleSettings = { severity: {}, maxBundleSize: DEFAULT_MAX_BUNDLE_SIZE, quoteSimilarity: DEFAULT_SIMILARITY, ignore: [] };
  for (const layer of layers) {
    settings.severity = { ...settings.severity, ...layer.severity };
    settings.maxBundleSize = layer.maxBundleSize ?? settings.maxBundleSize;
    settings.quoteSimilarity = layer.quoteSimilarity ?? settings.quoteSimilarity;
    settings.ignore = [...settings.ignore, ...(layer.ignore ?? [])];
  }
  return settings;
}

// --- The ignore list ----------------------------------------------------------------------------

const QUOTE_WORDS_KEPT = 8;

/** The rule that silences a finding: its code, speaker, first words and articles. */
export function ignoreRuleFor(analysis: Analysis, finding: Finding): IgnoreRule {
  const versions = new Versions(analysis);
  const speaker = versions.speakerOf(finding.article, finding.span);
  const text = versions.textOf(finding.article, finding.span).replace(/\s+/g, ' ').trim();
  const words = text.split(' ');
  const quote = words.length > QUOTE_WORDS_KEPT ? `${words.slice(0, QUOTE_WORDS_KEPT).join(' ')}…` : text;
  const articles = [...new Set([finding.article, ...finding.related.map((r) => r.article)])];
  return { code: finding.code, ...(speaker && { speaker }), quote, articles };
}

/** The analysis without the findings the rules silence; one filter for the editor and the command. */
export function withoutIgnored(analysis: Analysis, rules: IgnoreRule[]): Analysis {
  if (rules.length === 0) return analysis;
  const versions = new Versions(analysis);
  // Rules by code and the first word of their quote, so that a finding meets only the rules that
  // could match it. A one-word quote may be cut short, so it is filed with the rules without one.
  const index = new Map<string, { rule: IgnoreRule; words: string[] }[]>();
  for (const rule of rules) {
    const words = rule.quote === undefined ? [] : foldedWords(rule.quote.replace(/(…|\.\.\.)\s*$/, ''));
    const key = `${rule.code}\u0000${words.length > 1 ? words[0] : ''}`;
    const filed = index.get(key);
    if (filed) filed.push({ rule, words });
    else index.set(key, [{ rule, words }]);
  }
  const findings = analysis.findings.filter((finding) => {
    const places = [finding, ...finding.related];
    const keys = new Set(['', ...places.map((p) => versions.firstWordOf(p.article, p.span))].map((word) => `${finding.code}\u0000${word}`));
    return ![...keys].some((key) =>
      (index.get(key) ?? []).some(({ rule, words }) => {
        if (rule.articles && !rule.articles.includes(finding.article)) return false;
        if (words.length > 0 && !places.some((p) => startsWithWords(versions.wordsOf(p.article, p.span), words))) return false;
        if (rule.speaker && !places.some((p) => sameName(versions.speakerOf(p.article, p.span), rule.speaker!))) return false;
        return true;
      }),
    );
  });
  return findings.length === analysis.findings.length ? analysis : { ...analysis, findings };
}

/** The text and speaker at a place of the bundle. */
class Versions {
  private readonly texts = new Map<string, string>();
  private speakers?: Map<string, string | null>;
  private readonly words = new Map<string, string[]>();
  private readonly firstWords = new Map<string, string>();

  constructor(private readonly analysis: Analysis) {
    for (const article of analysis.articles) this.texts.set(article.id, article.seed.text);
  }

  textOf(article: string, span: Span): string {
    return this.texts.get(article)?.slice(span.start, span.end) ?? '';
  }

  /** The first folded word at a place (a place stands in many findings: read once). */
  firstWordOf(article: string, span: Span): string {
    const key = placeKey(article, span);
    let word = this.firstWords.get(key);
    if (word === undefined) {
      const text = this.texts.get(article)?.slice(span.start, Math.min(span.end, span.start + 64)) ?? '';
      this.firstWords.set(key, (word = foldedWords(text)[0] ?? ''));
    }
    return word;
  }

  /** The folded words at a place, read once however many rules ask. */
  wordsOf(article: string, span: Span): string[] {
    const key = placeKey(article, span);
    let words = this.words.get(key);
    if (!words) this.words.set(key, (words = foldedWords(this.textOf(article, span))));
    return words;
  }

  speakerOf(article: string, span: Span): string | null {
    this.speakers ??= new Map(this.analysis.quotes.map((q) => [placeKey(q.article, q.span), q.speaker]));
    return this.speakers.get(placeKey(article, span)) ?? null;
  }
}

function placeKey(article: string, span: Span): string {
  return `${article}\u0000${span.start}\u0000${span.end}`;
}

/** Words, case and typography folded: `Nobody’s` and `nobodys` are one word. */
function foldedWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().replace(/['’‘`]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether the text opens with the words (the last of them may be cut short). */
function startsWithWords(text: string[], first: string[]): boolean {
  if (first.length > text.length) return false;
  const last = first.length - 1;
  return first.every((word, i) => (i === last ? text[i].startsWith(word) : text[i] === word));
}

function sameName(a: string | null, b: string): boolean {
  return a !== null && foldedWords(a).join(' ') === foldedWords(b).join(' ');
}

/** `CloseBracketExpected` -> `close bracket expected`. */
function spaced(name: string): string {
  return name.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCode(code: string): code is DiagnosticCode {
  return Object.prototype.hasOwnProperty.call(DEFAULT_SEVERITY, code);
}
