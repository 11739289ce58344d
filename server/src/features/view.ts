// An analysed bundle seen through its files: where each article and span stands in which
// document. Features use this to turn the model's seed offsets into LSP ranges.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Range } from 'vscode-languageserver-types';
import { Analysis } from '../bundle/analyze';
import { Article, Person, Quote, Span } from '../bundle/model';

export interface Place {
  file: string;
  range: Range;
}

export class BundleView {
  private readonly byId = new Map<string, Article>();
  private readonly personMentions = new Map<string, { span: Span; person: Person }[]>();
  private readonly quotesByArticle = new Map<string, Quote[]>();

  constructor(
    readonly analysis: Analysis,
    /** The document of a file the bundle's seeds name. */
    readonly documentOf: (file: string) => TextDocument,
  ) {
    for (const article of analysis.articles) this.byId.set(article.id, article);
    for (const person of analysis.people) {
      for (const m of person.mentions) {
        const list = this.personMentions.get(m.article) ?? [];
        list.push({ span: m.span, person });
        this.personMentions.set(m.article, list);
      }
    }
    for (const list of this.personMentions.values()) list.sort((a, b) => a.span.start - b.span.start);
    for (const quote of analysis.quotes) {
      const list = this.quotesByArticle.get(quote.article) ?? [];
      list.push(quote);
      this.quotesByArticle.set(quote.article, list);
    }
  }

  /** The person mentions of an article, in text order. */
  mentionsIn(articleId: string): { span: Span; person: Person }[] {
    return this.personMentions.get(articleId) ?? [];
  }

  quotesIn(articleId: string): Quote[] {
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
