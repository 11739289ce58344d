// An analysed bundle seen through its files: where each article and span stands in which
// document. Features use this to turn the model's seed offsets into LSP ranges.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Range } from 'vscode-languageserver-types';
import { Analysis } from '../bundle/analyze';
import { classAt, codePointEnd, codePointStart, LETTER, NUMBER } from '../bundle/chars';
import { push } from '../bundle/collections';
import { Article, Person, Quote, Span } from '../bundle/model';

/**
 * The quotes, without an article's repeats of words it printed before (a pull quote above the
 * paragraph that gives them), case and the marks around them aside, in their order.
 */
export function withoutRepeats(quotes: Quote[]): Quote[] {
  const printed = new Set<string>();
  return quotes.filter((q) => {
    const key = `${q.article}\u0000${wordsWithin(q.text)}`;
    if (printed.has(key)) return false;
    printed.add(key);
    return true;
  });
}

/** A quote's text in lower case without what stands before its first letter or digit and after its last. */
export function wordsWithin(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && !(classAt(text, start) & (LETTER | NUMBER))) start = codePointEnd(text, start);
  while (end > start && !(classAt(text, codePointStart(text, end)) & (LETTER | NUMBER))) end = codePointStart(text, end);
  return text.slice(start, end).toLowerCase();
}

export interface Place {
  file: string;
  range: Range;
}

/**
 * Where an article's text stands in its file. A view gives the same object as the view before it
 * while the article's reading and the line its text starts on are unchanged: then every range
 * in the article is unchanged too (its text starts a line), and what was placed with it can be kept.
 */
export interface Anchor {
  readonly file: string;
  readonly line: number;
  /** The article's reading, which its anatomy stands for. */
  readonly reading: Article['anatomy'];
}

export class BundleView {
  private readonly byId = new Map<string, Article>();
  private readonly anchors = new Map<string, Anchor>();
  // Built on first use: publishing diagnostics needs neither.
  private personMentions?: Map<string, { span: Span; person: Person }[]>;
  private quotesByArticle?: Map<string, Quote[]>;

  constructor(
    readonly analysis: Analysis,
    /** The document of a file the bundle's seeds name. */
    readonly documentOf: (file: string) => TextDocument,
    /** The anchors of the view this one follows, kept where they still hold. */
    private readonly previousAnchors?: ReadonlyMap<string, Anchor>,
  ) {
    for (const article of analysis.articles) this.byId.set(article.id, article);
  }

  /** The anchors given so far, for the view that follows this one. */
  get givenAnchors(): ReadonlyMap<string, Anchor> {
    return this.anchors;
  }

  /** The article's anchor (see Anchor). */
  anchor(articleId: string): Anchor | undefined {
    let anchor = this.anchors.get(articleId);
    if (anchor) return anchor;
    const article = this.byId.get(articleId);
    if (!article) return undefined;
    const { file, offset } = article.seed;
    const line = this.documentOf(file).positionAt(offset).line;
    const before = this.previousAnchors?.get(articleId);
    anchor = before && before.file === file && before.line === line && before.reading === article.anatomy ? before : { file, line, reading: article.anatomy };
    this.anchors.set(articleId, anchor);
    return anchor;
  }

  /** The person mentions of an article, in text order. */
  mentionsIn(articleId: string): { span: Span; person: Person }[] {
    if (!this.personMentions) {
      this.personMentions = new Map();
      for (const person of this.analysis.people) {
        for (const m of person.mentions) push(this.personMentions, m.article, { span: m.span, person });
      }
      for (const list of this.personMentions.values()) list.sort((a, b) => a.span.start - b.span.start);
    }
    return this.personMentions.get(articleId) ?? [];
  }

  quotesIn(articleId: string): Quote[] {
    if (!this.quotesByArticle) {
      this.quotesByArticle = new Map();
      for (const quote of this.analysis.quotes) push(this.quotesByArticle, quote.article, quote);
    }
    return this.quotesByArticle.get(articleId) ?? [];
  }

  article(id: string): Article | undefined {
    return this.byId.get(id);
  }

  /** The articles whose seeds stand in a file, in order. */
  articlesIn(file: string): Article[] {
    return this.analysis.articles.filter((a) => a.seed.file === file);
  }

  /** The article at an offset of a file (file form: the seed whose header or text holds it). */
  articleAt(file: string, offset: number): Article | undefined {
    return this.articlesIn(file).find((a) => (a.seed.header?.start ?? a.seed.offset) <= offset && offset <= a.seed.offset + a.seed.text.length);
  }

  /** A span of an article's seed text as a place in its file. */
  place(articleId: string, span: Span): Place | undefined {
    const article = this.byId.get(articleId);
    if (!article) return undefined;
    return { file: article.seed.file, range: this.fileRange(article.seed.file, article.seed.offset + span.start, article.seed.offset + span.end) };
  }

  fileRange(file: string, start: number, end: number): Range {
    const doc = this.documentOf(file);
    return { start: doc.positionAt(start), end: doc.positionAt(end) };
  }

  /** The person named at an offset of an article's seed text. */
  personAt(articleId: string, seedOffset: number): Person | undefined {
    return this.mentionsIn(articleId).find((m) => m.span.start <= seedOffset && seedOffset <= m.span.end)?.person;
  }

  /** A short name of an article's source for messages: its outlet, else its id. */
  sourceName(articleId: string): string {
    const article = this.byId.get(articleId);
    return article?.anatomy.outlet ?? articleId;
  }
}
