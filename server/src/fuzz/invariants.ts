// What must hold of any bundle, however broken: the reader keeps every character, every span and
// range lies inside its text in order, and what the features show is the text they point at.
// Each check throws an AssertionError naming what broke; property tests run them on generated input.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic, DocumentSymbol, Position, Range, SymbolKind } from 'vscode-languageserver-types';
import { Analysis, Analyzer, AnalyzeOptions } from '../bundle/analyze';
import { readBundleFile } from '../bundle/format';
import { Article, BundleText, DiagnosticCode, Span } from '../bundle/model';
import { codeActions } from '../features/actions';
import { problems } from '../features/diagnostics';
import { foldingRanges } from '../features/folding';
import { hover } from '../features/hover';
import { inlayHints } from '../features/inlayHints';
import { bundleJson } from '../features/json';
import { codeLenses, resolveCodeLens } from '../features/lens';
import { outline } from '../features/outline';
import { overview } from '../features/overview';
import { definition, highlights, references } from '../features/references';
import { sarifLog } from '../features/sarif';
import { semanticTokens } from '../features/semanticTokens';
import { bundleStatus } from '../features/status';
import { workspaceSymbols } from '../features/symbols';
import { BundleView } from '../features/view';
import { placedTokens } from '../testing/fixtures';

const CODES: DiagnosticCode[] = ['quote-wording', 'quote-speaker', 'role-differs', 'name-spelling', 'seed-duplicate', 'seed-format', 'bundle-limit'];
const SEVERITIES = ['error', 'warning', 'information', 'hint'];
/** Hovers and references tried per article: enough to meet every kind of mention, few enough to stay fast. */
const PROBES_PER_ARTICLE = 12;

// ------------------------------------------------------------------ spans and ranges

export function assertSpan(span: Span, length: number, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets ${JSON.stringify(span)}`);
  assert.ok(0 <= span.start && span.start <= span.end && span.end <= length, `${what}: span ${JSON.stringify(span)} outside 0..${length} or reversed`);
}

/** Spans that follow one another without overlapping. */
function assertOrdered(spans: Span[], what: string): void {
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].end <= spans[i].start, `${what}: ${JSON.stringify(spans[i - 1])} then ${JSON.stringify(spans[i])}`);
}

/** A boundary between the two halves of a surrogate pair would cut a character in two. */
function assertWholeCharacters(text: string, span: Span, what: string): void {
  for (const at of [span.start, span.end]) {
    const high = text.charCodeAt(at - 1);
    const low = text.charCodeAt(at);
    assert.ok(!(high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff), `${what}: offset ${at} splits a surrogate pair`);
  }
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** A range of real positions of the document (a line it has, a character on that line), start before end. */
export function assertRange(doc: TextDocument, range: Range, what: string): void {
  for (const position of [range.start, range.end]) {
    assert.ok(Number.isInteger(position.line) && Number.isInteger(position.character), `${what}: integer position ${JSON.stringify(position)}`);
    assert.ok(position.line >= 0 && position.line < doc.lineCount && position.character >= 0, `${what}: position ${JSON.stringify(position)} outside ${doc.lineCount} lines`);
    const lineStart = doc.offsetAt({ line: position.line, character: 0 });
    assert.equal(doc.offsetAt(position) - lineStart, position.character, `${what}: character ${position.character} past the end of line ${position.line}`);
  }
  assert.ok(comparePositions(range.start, range.end) <= 0, `${what}: range ends before it starts ${JSON.stringify(range)}`);
}

function contains(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

// ------------------------------------------------------------------ the reader

/**
 * The file form keeps every character: the text is the preamble, then each seed's header line, its
 * line end and its text, with nothing between and nothing after; no header hides in a preamble or a seed.
 */
export function checkFileReading(text: string, read: BundleText): void {
  assert.equal(read.form, 'file');
  let at = read.seeds[0]?.header?.start ?? text.length;
  assert.equal(readBundleFile('', text.slice(0, at)).seeds.length, 0, 'a header line was left in the preamble');
  for (const [i, seed] of read.seeds.entries()) {
    const what = `seed ${i} (${seed.name})`;
    assert.ok(seed.header, `${what}: file-form seed without a header`);
    assert.equal(seed.header.start, at, `${what}: characters lost or repeated before its header`);
    assert.ok(seed.header.end <= seed.offset, `${what}: header ends after the text starts`);
    assert.match(text.slice(seed.header.end, seed.offset), /^(?:\r\n|\r|\n)?$/, `${what}: more than a line end between header and text`);
    assert.equal(text.slice(seed.offset, seed.offset + seed.text.length), seed.text, `${what}: text is not the file's`);
    assert.equal(readBundleFile('', seed.text).seeds.length, 0, `${what}: a header line inside the seed's text`);
    at = seed.offset + seed.text.length;
  }
  assert.equal(at, text.length, 'text after the last seed was lost');
  checkProblems(read, new Map([[read.path, text.length]]));
}

/** The folder form keeps every seed file's text as it was, in ordinal order. */
export function checkFolderReading(files: { name: string; file: string; text: string }[], read: BundleText, isSeed: (name: string) => boolean): void {
  assert.equal(read.form, 'folder');
  const expected = files.filter((f) => isSeed(f.name));
  assert.equal(read.seeds.length, expected.length, 'a seed file was dropped or invented');
  for (const seed of read.seeds) {
    assert.ok(expected.some((f) => f.file === seed.file && f.text === seed.text && f.name === seed.name), `seed ${seed.name} is not its file's text`);
    assert.equal(seed.offset, 0);
  }
  for (let i = 1; i < read.seeds.length; i++) assert.ok(parseInt(read.seeds[i - 1].name, 10) <= parseInt(read.seeds[i].name, 10), 'seeds out of ordinal order');
  checkProblems(read, new Map(files.map((f) => [f.file, f.text.length])));
}

function checkProblems(read: BundleText, lengths: Map<string, number>): void {
  for (const p of read.problems) {
    assert.ok(p.message.length > 0, 'a problem without a message');
    const length = lengths.get(p.file) ?? 0;
    assertSpan(p.span, length, `problem "${p.message}"`);
    for (const r of p.related) assertSpan(r.span, lengths.get(r.file) ?? 0, `related of "${p.message}"`);
  }
}

// ------------------------------------------------------------------ the analysis

export function checkAnalysis(analysis: Analysis): void {
  const byId = new Map<string, Article>();
  for (const article of analysis.articles) {
    assert.ok(!byId.has(article.id), `two articles with id ${article.id}`);
    byId.set(article.id, article);
  }
  assert.deepEqual(analysis.articles.map((a) => a.seed), analysis.text.seeds, 'one article per seed, in order');
  for (const article of analysis.articles) checkArticle(article);

  const inArticle = (articleId: string, span: Span, what: string): string => {
    const article = byId.get(articleId);
    assert.ok(article, `${what}: unknown article ${articleId}`);
    assertSpan(span, article.seed.text.length, `${what} in ${articleId}`);
    return article.seed.text.slice(span.start, span.end);
  };
  for (const person of analysis.people) {
    assert.ok(person.name.trim().length > 0, 'a person without a name');
    assert.ok(person.mentions.length > 0, `${person.name}: a person with no mention`);
    for (const m of person.mentions) assert.equal(inArticle(m.article, m.span, `mention of ${person.name}`), m.text, `${person.name}: a mention's text is not the text at its span`);
    for (const role of person.roles) assert.ok(byId.has(role.article) && role.text.length > 0, `${person.name}: role ${JSON.stringify(role)}`);
  }
  for (const article of analysis.articles) {
    const spans = analysis.people.flatMap((p) => p.mentions.filter((m) => m.article === article.id).map((m) => m.span)).sort((a, b) => a.start - b.start);
    assertOrdered(spans, `${article.id}: two people's mentions overlap`);
  }
  for (const quote of analysis.quotes) {
    assert.equal(inArticle(quote.article, quote.span, 'quote'), quote.text, 'a quote is not the text at its span');
    assert.ok(quote.speaker === null || quote.speaker.trim().length > 0, `an empty speaker ${JSON.stringify(quote.speaker)}`);
  }
  for (const group of analysis.comparison.groups) {
    assert.ok(group.length >= 2 && new Set(group).size === group.length, `a quote group ${JSON.stringify(group)}`);
    for (const i of group) assert.ok(Number.isInteger(i) && i >= 0 && i < analysis.quotes.length, `group index ${i} of ${analysis.quotes.length} quotes`);
  }
  for (const finding of analysis.findings) {
    assert.ok(CODES.includes(finding.code) && finding.message.length > 0, `finding ${finding.code}: ${finding.message}`);
    inArticle(finding.article, finding.span, `finding ${finding.code}`);
    for (const r of finding.related) inArticle(r.article, r.span, `related of ${finding.code}`);
  }
}

function checkArticle(article: Article): void {
  const { text } = article.seed;
  const { anatomy } = article;
  const what = article.id;
  if (anatomy.headlineSpan) {
    assertSpan(anatomy.headlineSpan, text.length, `${what} headline`);
    assert.ok(anatomy.headline !== null, `${what}: a headline span without a headline`);
  }
  for (const value of [anatomy.headline, anatomy.outlet, anatomy.wire]) assert.ok(value === null || (typeof value === 'string' && value.trim().length > 0), `${what}: empty anatomy value ${JSON.stringify(value)}`);
  if (anatomy.date !== null) assertDate(anatomy.date, what);
  anatomy.paragraphs.forEach((p) => assertSpan(p, text.length, `${what} paragraph`));
  anatomy.boilerplate.forEach((b) => assertSpan(b, text.length, `${what} boilerplate`));
  assertOrdered(anatomy.paragraphs, `${what}: paragraphs overlap or are out of order`);
  assertOrdered(anatomy.boilerplate, `${what}: boilerplate runs overlap or are out of order`);
  const inParagraph = (at: number) => anatomy.paragraphs.some((p) => p.start <= at && at < p.end);
  for (const m of article.mentions) {
    assertSpan(m, text.length, `${what} mention`);
    assert.ok(m.start < m.end, `${what}: an empty mention`);
    assert.equal(text.slice(m.start, m.end), m.text, `${what}: mention text is not the text at its span`);
    assertWholeCharacters(text, m, `${what} mention "${m.text}"`);
    assert.ok(inParagraph(m.start), `${what}: mention "${m.text}" outside the story's paragraphs`);
  }
  for (const q of article.quotes) {
    assertSpan(q, text.length, `${what} quote`);
    assert.equal(text.slice(q.start, q.end), q.text, `${what}: quote text is not the text at its span`);
    assertWholeCharacters(text, q, `${what} quote`);
    assert.equal(typeof q.partial, 'boolean');
    assert.ok(inParagraph(q.start) || inParagraph(q.start - 1), `${what}: quote "${q.text.slice(0, 40)}" outside the story's paragraphs`);
  }
}

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** `YYYY-MM-DD` of a real day, or `YYYY-MM` of a real month. */
export function assertDate(date: string, what: string): void {
  const match = DATE.exec(date);
  assert.ok(match, `${what}: date ${date} is not YYYY-MM-DD or YYYY-MM`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] === undefined ? 1 : Number(match[3])];
  const real = new Date(Date.UTC(year, month - 1, day));
  assert.ok(real.getUTCMonth() === month - 1 && real.getUTCDate() === day, `${what}: date ${date} is not a real day`);
}

// ------------------------------------------------------------------ the features

/** Every feature over every file of the bundle: ranges inside their documents, showing the text they stand for. */
export function checkFeatures(view: BundleView): void {
  const { analysis } = view;
  const files = [...new Set(analysis.articles.map((a) => a.seed.file))];
  const docOf = (file: string) => view.documentOf(file);
  const textAt = (file: string, range: Range) => docOf(file).getText(range);

  for (const file of files) {
    const doc = docOf(file);
    const symbols = outline(view, file);
    const articles = view.articlesIn(file);
    assert.equal(symbols.length, articles.length, `${file}: one outline symbol per article`);
    symbols.forEach((symbol, i) => checkArticleSymbol(view, doc, articles[i], symbol, i > 0 ? symbols[i - 1] : undefined));
    for (const fold of foldingRanges(view, file)) {
      assert.ok(0 <= fold.startLine && fold.startLine <= fold.endLine && fold.endLine < doc.lineCount, `${file}: folding ${JSON.stringify(fold)}`);
    }
    for (const hint of inlayHints(view, file, 0, doc.getText().length)) assertRange(doc, { start: hint.position, end: hint.position }, `${file}: inlay hint`);
    const tokens = semanticTokens(view, file);
    checkSemanticTokens(doc, tokens, file);
    // A range's tokens are the whole file's that reach into it.
    const range = { start: doc.positionAt(doc.getText().length / 3), end: doc.positionAt((2 * doc.getText().length) / 3) };
    const reaching = ([line, character, length]: number[]) =>
      (line > range.start.line || (line === range.start.line && character + length > range.start.character)) &&
      (line < range.end.line || (line === range.end.line && character < range.end.character));
    assert.deepEqual(placedTokens(semanticTokens(view, file, range)), placedTokens(tokens).filter(reaching), `${file}: semantic tokens of ${JSON.stringify(range)}`);
    for (const lens of codeLenses(view, file)) {
      assertRange(doc, lens.range, `${file}: code lens`);
      assert.ok(resolveCodeLens(view, lens).command, `${file}: a code lens resolved without a command`);
    }
  }

  for (const article of analysis.articles) {
    const { file, offset } = article.seed;
    const doc = docOf(file);
    for (const { span, person } of view.mentionsIn(article.id).slice(0, PROBES_PER_ARTICLE)) {
      const at = offset + span.start;
      assert.equal(doc.offsetAt(doc.positionAt(at)), at, `${article.id}: a mention starts at an offset no position gives`);
      const shown = hover(view, file, at);
      assert.ok(shown && typeof shown.contents === 'object' && 'value' in shown.contents, `${article.id}: no hover on a mention of ${person.name}`);
      assert.equal(shown.contents.value.split('\n')[0], `**${person.name}**`, `${article.id}: the hover on a mention does not name its person first`);
      const places = references(view, file, at);
      assert.equal(places.length, person.mentions.length, `${person.name}: references are not every mention`);
      places.forEach((place, i) => {
        assertRange(docOf(place.file), place.range, `reference to ${person.name}`);
        assert.equal(textAt(place.file, place.range), person.mentions[i].text, `${person.name}: a reference's range does not hold the mention`);
      });
      const defined = definition(view, file, at);
      assert.ok(defined && person.mentions.some((m) => m.text === textAt(defined.file, defined.range)), `${person.name}: definition is not a mention`);
      for (const h of highlights(view, file, at)) assertRange(doc, h.range, `${person.name}: highlight`);
    }
    for (const quote of view.quotesIn(article.id).slice(0, PROBES_PER_ARTICLE)) {
      const at = offset + quote.span.start;
      assert.ok(hover(view, file, at), `${article.id}: no hover on a quote`);
      for (const place of references(view, file, at)) assertRange(docOf(place.file), place.range, 'quote reference');
    }
  }

  const found = problems(view);
  for (const p of found) {
    assert.ok(CODES.includes(p.code) && SEVERITIES.includes(p.severity), `problem ${p.code} ${p.severity}`);
    assertRange(docOf(p.file), p.range, `diagnostic ${p.code}`);
    for (const r of p.related) assertRange(docOf(r.file), r.range, `related of ${p.code}`);
  }
  for (const file of files) {
    const diagnostics: Diagnostic[] = found.filter((p) => p.file === file).map((p) => ({ range: p.range, message: p.message, code: p.code, source: 'seed-bundle' }));
    const actions = codeActions(view, file, diagnostics, { uri: 'file:///x/.seed-bundle.json', text: undefined, version: null }, { documentChanges: true, createFiles: true }, () => null);
    for (const action of actions) {
      for (const change of action.edit?.documentChanges ?? []) {
        if (!('edits' in change) || change.textDocument.uri.endsWith('.seed-bundle.json')) continue;
        for (const edit of change.edits) assertRange(docOf(change.textDocument.uri), edit.range, 'code action edit');
      }
    }
  }
  sarifLog(found, '0.0.0');
  const status = bundleStatus(view);
  assert.deepEqual([status.articles, status.people, status.quotes], [analysis.articles.length, analysis.people.length, analysis.quotes.length]);
  const shown = overview(view);
  assert.equal(shown.sources.length, analysis.articles.length);
  for (const row of shown.rows) for (const cell of row.cells) if (cell) assertRange(docOf(cell.place.file), cell.place.range, 'overview cell');
  for (const symbol of workspaceSymbols([view], '', (f) => f)) assertRange(docOf(symbol.location.uri), symbol.location.range, 'workspace symbol');
}

/** Tokens in order, each inside one line, none overlapping the one before, of a known type. */
function checkSemanticTokens(doc: TextDocument, data: number[], file: string): void {
  assert.equal(data.length % 5, 0, `${file}: semantic tokens of five numbers each`);
  let [previousLine, previousEnd] = [-1, 0];
  placedTokens(data).forEach(([line, character, length, type], i) => {
    assert.ok(line > previousLine || (line === previousLine && character >= previousEnd), `${file}: semantic token ${i} overlaps the one before`);
    const end = character + length;
    const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
    assert.ok(length > 0 && end <= lineText.length, `${file}: semantic token ${i} (line ${line}, ${character}–${end}) is not inside its line of ${lineText.length}`);
    assert.ok(type === 0 || type === 1, `${file}: semantic token type ${type}`);
    [previousLine, previousEnd] = [line, end];
  });
}

function checkArticleSymbol(view: BundleView, doc: TextDocument, article: Article, symbol: DocumentSymbol, previous: DocumentSymbol | undefined): void {
  const what = `outline of ${article.id}`;
  assertRange(doc, symbol.range, what);
  assertRange(doc, symbol.selectionRange, `${what} selection`);
  assert.ok(contains(symbol.range, symbol.selectionRange), `${what}: selection outside the symbol`);
  assert.ok(symbol.name.length > 0, `${what}: an empty name`);
  if (previous) assert.ok(comparePositions(previous.range.end, symbol.range.start) <= 0, `${what}: overlaps the article before`);
  const quoteSymbols = (symbol.children ?? []).filter((c) => c.kind === SymbolKind.String);
  // One child per quote, in order, but for a repeat of words the article printed before (a pull quote).
  const wordsOf = (text: string) => text.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const quotes = view.quotesIn(article.id).filter((q, i, all) => !all.slice(0, i).some((earlier) => wordsOf(earlier.text) === wordsOf(q.text)));
  assert.equal(quoteSymbols.length, quotes.length, `${what}: one child per quote, repeats aside`);
  for (const child of symbol.children ?? []) {
    assertRange(doc, child.range, `${what} child ${child.name}`);
    assert.ok(contains(symbol.range, child.range), `${what}: child "${child.name}" outside its article`);
    assert.ok(contains(child.range, child.selectionRange), `${what}: child selection outside the child`);
  }
  quoteSymbols.forEach((child, i) => assert.equal(doc.getText(child.range), quotes[i].text, `${what}: a quote's range does not hold its text`));
  for (const child of (symbol.children ?? []).filter((c) => c.kind === SymbolKind.Constant)) {
    const text = doc.getText(child.range);
    const mentions = view.mentionsIn(article.id).filter((m) => m.person.name === child.name);
    assert.ok(mentions.some((m) => m.person.mentions.some((pm) => pm.article === article.id && pm.text === text)), `${what}: person "${child.name}" at "${text}", not one of their mentions`);
  }
}

// ------------------------------------------------------------------ the JSON contract

/** `seed-bundle analyze` JSON of one bundle, checked against shared/spec/cli-and-json.md. */
export function checkBundleJson(json: unknown, docOf: (file: string) => TextDocument | undefined): void {
  const bundle = json as Record<string, unknown>;
  assert.deepEqual(JSON.parse(JSON.stringify(bundle)), bundle, 'the JSON survives a round trip (no undefined, no NaN)');
  assert.equal(typeof bundle.path, 'string');
  assert.ok(bundle.form === 'file' || bundle.form === 'folder', `form ${bundle.form}`);
  const range = (value: unknown, file: unknown, what: string) => {
    assert.equal(typeof file, 'string', `${what}: file`);
    const doc = docOf(file as string);
    assert.ok(isRange(value), `${what}: range ${JSON.stringify(value)}`);
    if (doc) assertRange(doc, value, what);
    return doc?.getText(value);
  };
  const nullableString = (value: unknown, what: string) => assert.ok(value === null || typeof value === 'string', `${what}: ${JSON.stringify(value)}`);
  const list = (value: unknown, what: string) => {
    assert.ok(Array.isArray(value), `${what} is a list`);
    return value as Record<string, unknown>[];
  };
  const ids = new Set<string>();
  for (const a of list(bundle.articles, 'articles')) {
    assert.equal(typeof a.id, 'string');
    ids.add(a.id as string);
    range(a.range, a.file, `article ${a.id}`);
    for (const key of ['headline', 'outlet', 'wire', 'date']) nullableString(a[key], `article ${key}`);
    if (a.date !== null) assertDate(a.date as string, `article ${a.id}`);
  }
  for (const p of list(bundle.people, 'people')) {
    assert.equal(typeof p.name, 'string');
    assert.ok(list(p.aliases, 'aliases').every((alias) => typeof alias === 'string'));
    for (const r of list(p.roles, 'roles')) assert.ok(typeof r.text === 'string' && ids.has(r.article as string), `role ${JSON.stringify(r)}`);
    for (const m of list(p.mentions, 'mentions')) {
      assert.ok(ids.has(m.article as string), `mention in unknown article ${m.article}`);
      const text = range(m.range, m.file, `mention of ${p.name}`);
      if (text !== undefined) assert.equal(text, m.text, `${p.name}: the mention's range does not hold its text`);
    }
  }
  for (const q of list(bundle.quotes, 'quotes')) {
    assert.ok(ids.has(q.article as string), `quote in unknown article ${q.article}`);
    nullableString(q.speaker, 'speaker');
    assert.equal(typeof q.partial, 'boolean');
    const text = range(q.range, q.file, 'quote');
    if (text !== undefined) assert.equal(text, q.text, "a quote's range does not hold its text");
  }
  for (const d of list(bundle.diagnostics, 'diagnostics')) {
    assert.ok(CODES.includes(d.code as DiagnosticCode) && SEVERITIES.includes(d.severity as string), `diagnostic ${d.code} ${d.severity}`);
    assert.equal(typeof d.message, 'string');
    range(d.range, d.file, `diagnostic ${d.code}`);
    for (const r of list(d.related, 'related')) {
      assert.equal(typeof r.message, 'string');
      range(r.range, r.file, `related of ${d.code}`);
    }
  }
}

function isRange(value: unknown): value is Range {
  const isPosition = (p: unknown) => typeof p === 'object' && p !== null && typeof (p as Position).line === 'number' && typeof (p as Position).character === 'number';
  return typeof value === 'object' && value !== null && isPosition((value as Range).start) && isPosition((value as Range).end);
}

// ------------------------------------------------------------------ all of it

/** Analyses a read bundle (as the command and the server do) and checks the model, the features and the JSON. */
export function checkEverything(read: BundleText, documents: Map<string, TextDocument>, options: AnalyzeOptions = {}, analyzer = new Analyzer()): Analysis {
  const analysis = analyzer.analyze(read, options);
  checkAnalysis(analysis);
  const empty = TextDocument.create('', 'seed-bundle', 0, '');
  const view = new BundleView(analysis, (file) => documents.get(file) ?? empty);
  checkFeatures(view);
  checkBundleJson(bundleJson(view), (file) => documents.get(file));
  return analysis;
}
