// The types of the bundle model. Everything here is plain data: no LSP, no file system.
// Offsets are UTF-16 code units (JavaScript string indices), end exclusive.

/** A piece of a seed's text, as offsets into that seed's text. */
export interface Span {
  start: number;
  end: number;
}

/** One seed (one captured article) as the format reader found it. */
export interface Seed {
  /** The seed's full name, e.g. `003_19b504dd35637c16.txt`. */
  name: string;
  /** The file that holds the seed, named the way the caller named it (a path or a URI). */
  file: string;
  /** Where the seed's text starts inside that file's text (0 in folder form). */
  offset: number;
  /** The seed's text: for file form, from the line after its header to the next header. */
  text: string;
  /** File form only: the header line, as offsets into the file's text. */
  header?: Span;
}

export type DiagnosticCode =
  | 'quote-wording'
  | 'quote-speaker'
  | 'role-differs'
  | 'name-spelling'
  | 'seed-duplicate'
  | 'seed-format'
  | 'bundle-limit';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A problem with the bundle's format; spans are offsets into the named file's text. */
export interface FormatProblem {
  code: 'seed-duplicate' | 'seed-format';
  message: string;
  file: string;
  span: Span;
  related: { file: string; span: Span; message: string }[];
  /** The input breaks the format (no seeds, two seeds with one name, a header without a name). */
  fatal: boolean;
}

/** A bundle as read from its files, before any analysis. */
export interface BundleText {
  form: 'file' | 'folder';
  /** The bundle's path as the caller gave it (the `.seeds` file or the folder). */
  path: string;
  seeds: Seed[];
  problems: FormatProblem[];
}

/** What one seed looks like as a page: found by anatomy.ts. */
export interface Anatomy {
  headline: string | null;
  /** Where the headline stands (its first occurrence), if there is one. */
  headlineSpan: Span | null;
  outlet: string | null;
  /** The agency whose story the article carries (`Reuters`), where the text names one. */
  wire: string | null;
  /** `YYYY-MM-DD`, or `YYYY-MM` where only that is known. */
  date: string | null;
  /** Paragraphs of the story itself, in order; people and quotes are read only from these. */
  paragraphs: Span[];
  /** Runs of whole lines that are page furniture: navigation, captions, comments, teasers. */
  boilerplate: Span[];
}

/** A person's name as it stands in one article's story text. */
export interface NameMention extends Span {
  /** The name alone, as written: no title, honorific or possessive (`Dmitry Peskov`). */
  text: string;
  /** The role or title the text gives the person at this mention (`Kremlin spokesman`). */
  role?: string;
  /** A title and a post the text gives at once, the one `role` is not: `Chief Superintendent X, the area commander,`. */
  secondRole?: string;
  /**
   * The one of `role` and `secondRole` the text gives as a post held besides another (`X, who is also
   * Qatar's foreign minister,`): it tells of a second post, so differs from no other role of the person.
   */
  roleHeldBesides?: string;
  /** The full name, as the article writes it, of whom this name is another name (`Joko Widodo` for `Jokowi`). */
  aliasOf?: string;
  /** Whether an honorific before the name says a man or a woman is meant (`Ms Müller`). */
  gender?: Gender;
}

/** What an honorific, a pronoun or a given name says of a person. */
export type Gender = 'male' | 'female';

/** A direct quote found in one article. */
export interface QuoteFound extends Span {
  /** The text between the marks, exactly as in the seed (span covers it). */
  text: string;
  /**
   * Where page furniture stands between the quote's paragraphs (`Advertisement`): the text with
   * it blanked out, as long as `text`. The speaker's words, which comparison reads.
   */
  spoken?: string;
  /** A short quoted phrase inside a sentence rather than a quoted statement. */
  partial: boolean;
  /**
   * The speaker as this article names them (`Peskov`, `Dmitry Peskov`), already
   * resolved from pronouns and carried-over speakers; null where the text does not say.
   */
  speakerName: string | null;
  /**
   * What an honorific or a pronoun says of the speaker (`Mrs Tiller said`, `she added`): which of
   * the article's people of that name is meant, where it names a family.
   */
  speakerGender?: Gender;
}

/** Everything read from one seed on its own; cached by the seed's text. */
export interface ArticleReading {
  anatomy: Anatomy;
  mentions: NameMention[];
  quotes: QuoteFound[];
}

/** One article of the bundle: a seed and its reading. */
export interface Article extends ArticleReading {
  /** The seed's full name. */
  id: string;
  seed: Seed;
  /**
   * Which independent source the article is: its wire where it carries one, else its
   * outlet, else its id. Two articles with one source are not compared with each other.
   */
  source: string;
}

/** A place in an article: the article's id and a span of its seed's text. */
export interface ArticleSpan {
  article: string;
  span: Span;
}

export interface Person {
  /** The fullest form of the name the bundle uses. */
  name: string;
  /** Every other form the bundle uses (surname alone, other spellings). */
  aliases: string[];
  roles: { text: string; article: string }[];
  mentions: (ArticleSpan & { text: string })[];
}

export interface Quote extends ArticleSpan {
  text: string;
  /** As QuoteFound's: the text without the page furniture between its paragraphs, where it has any. */
  spoken?: string;
  /** The speaker's full name as the bundle's people name them, or null. */
  speaker: string | null;
  partial: boolean;
}

/** A finding of the analysis about the story (not the format), placed in an article. */
export interface Finding extends ArticleSpan {
  code: DiagnosticCode;
  message: string;
  related: (ArticleSpan & { message: string })[];
}

/** The whole analysed bundle. */
export interface Bundle {
  text: BundleText;
  articles: Article[];
  people: Person[];
  quotes: Quote[];
  findings: Finding[];
}
