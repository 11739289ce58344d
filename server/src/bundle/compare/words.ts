// A quote's words with typography folded away, so that versions of one quote compare word by
// word: curly/straight marks, apostrophes, dashes, case, accents, abbreviation dots (`U.S.` =
// `US`), digit grouping (`1,000`), `&`/`and`, `%`/`per cent` and punctuation do not count as
// differences.

/** One word of a quote: its folded form and where it stands in the quote's text. */
export interface Word {
  /** Lower case, straight apostrophes, no accents: the form versions are compared on. */
  folded: string;
  start: number;
  end: number;
  /** Not a function word: carries the quote's content. */
  content: boolean;
}

export interface QuoteWords {
  words: Word[];
  /**
   * Editorial points: positions `i` (between word i-1 and word i) where the quote has an
   * ellipsis or a bracketed insertion. Another version may have any words there.
   */
  cuts: Set<number>;
}

// Brackets and parentheses inside a quote are the writer's insertions, not the speaker's words;
// ellipses mark words left out. Both become editorial points.
const PIECE =
  /(\[[^\]\n]{0,80}\]|\([^)\n]{0,80}\))|(\.\s?\.\s?\.|…)|((?:\p{L}\.){2,})|(\p{N}+(?:[.,]\p{N}+)*)|(\p{L}[\p{L}\p{M}]*(?:['’ʼ]\p{L}+)*)|([%&])/gu;

const NUMBER_WORDS = new Map(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((word, value) => [word, String(value)]),
);

/** English function words: shared alone they do not make two quotes versions of one. */
export const STOPWORDS = new Set(
  (
    "a about above after again against all also am an and any are aren't as at be because been before being below " +
    "between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few " +
    'for from further had hadn\'t has hasn\'t have haven\'t having he he\'d he\'ll he\'s her here here\'s hers herself him ' +
    "himself his how i i'd i'll i'm i've if in into is isn't it it's its itself just let's me more most much must my " +
    "myself no nor not now of off on once only or other ought our ours ourselves out over own same she she'd she'll " +
    "she's should shouldn't so some such than that that's the their theirs them themselves then there there's these " +
    "they they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're " +
    "we've were weren't what what's when when's where where's which while who who's whom why why's will with won't " +
    "would wouldn't you you'd you'll you're you've your yours yourself yourselves yes yet well say says said going get got " +
    'let may might shall like just really'
  ).split(' '),
);

const PLAIN = /^[A-Za-z0-9']*$/;

/** Folds one word: lower case, straight apostrophe, no accents, number words as digits. */
export function foldWord(word: string): string {
  const folded = PLAIN.test(word)
    ? word.toLowerCase()
    : word
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/[’ʼ]/g, "'")
        .toLowerCase();
  return NUMBER_WORDS.get(folded) ?? folded;
}

/** The words of a quote's text, folded, with its editorial points. */
export function quoteWords(text: string): QuoteWords {
  const words: Word[] = [];
  const cuts = new Set<number>();
  PIECE.lastIndex = 0;
  for (let m; (m = PIECE.exec(text)); ) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] || m[2]) cuts.add(words.length);
    else if (m[3]) words.push(word(m[3].replace(/\./g, ''), start, end));
    else if (m[4]) words.push({ folded: m[4].replace(/,/g, ''), start, end, content: true });
    else if (m[5]) words.push(word(m[5], start, end));
    else words.push(m[6] === '&' ? { folded: 'and', start, end, content: false } : { folded: 'percent', start, end, content: true });
  }
  return { words: joinPerCent(words), cuts };
}

function word(surface: string, start: number, end: number): Word {
  const folded = foldWord(surface);
  return { folded, start, end, content: !STOPWORDS.has(folded) };
}

// `per cent` and `%` and `percent` are one word in different house styles.
function joinPerCent(words: Word[]): Word[] {
  const out: Word[] = [];
  for (const w of words) {
    const last = out[out.length - 1];
    if (w.folded === 'cent' && last?.folded === 'per') out[out.length - 1] = { ...last, folded: 'percent', end: w.end };
    else out.push(w);
  }
  return out;
}

/** FNV-1a, 32 bits: equal texts hash alike; callers break the rare tie of unequal ones, or let it loosen a bound. */
export function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

/**
 * A crude stem for matching paraphrases (`assessment` ~ `assess`, `resources` ~ `resource`):
 * only used to find candidate pairs, never to decide that words agree.
 */
export function stem(folded: string): string {
  let base = folded.replace(/'s$/, '');
  if (/ies$/.test(base) && base.length > 4) base = `${base.slice(0, -3)}y`;
  else if (/[^su]s$/.test(base) && base.length > 3) base = base.slice(0, -1);
  const suffix = /(?:ment|ation|ing|ed|ly)$/.exec(base);
  return suffix && base.length - suffix[0].length >= 4 ? base.slice(0, suffix.index) : base;
}

/** The content stems of a piece of running text (a quote's cue sentence, say). */
export function contentStems(text: string): string[] {
  return quoteWords(text)
    .words.filter((w) => w.content)
    .map((w) => stem(w.folded));
}
