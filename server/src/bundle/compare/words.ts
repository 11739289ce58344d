// A quote's words with typography folded away, so that versions of one quote compare word by
// word: curly/straight marks, apostrophes, dashes, case, accents, abbreviation dots (`U.S.` =
// `US`), digit grouping (`1,000`), numbers in words or digits (`two hundred` = `200`, `£25m` =
// `£25 million`), `&`/`and`, `%`/`per cent`, British and American spelling (`harbour`/`harbor`)
// and punctuation do not count as differences.
import { americanSpelling } from '../lexicon';

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
  /** The text the words were read from (their starts and ends are places in it). */
  text: string;
  words: Word[];
  /**
   * Editorial points: positions `i` (between word i-1 and word i) where the quote has an
   * ellipsis or a bracketed insertion. Another version may have any words there.
   */
  cuts: ReadonlySet<number>;
}

/** Words and cuts as folding rewrites them, before they are given with their text. */
type FoldedWords = Omit<QuoteWords, 'text'>;

/** The cuts of the many quotes that have none: one set for all. */
const NO_CUTS: ReadonlySet<number> = new Set();

// Brackets and parentheses inside a quote are the writer's insertions, not the speaker's words;
// ellipses mark words left out. Both become editorial points. The other pieces are, in order:
// abbreviations (`U.S.`), numbers, words, and `%` or `&`. Sticky: it is tried at one place at a
// time (see pieceEnd), and a match's first character tells which piece it is (see quoteWords).
const PIECE_AT =
  /\[[^\]\n]{0,80}\]|\([^)\n]{0,80}\)|\.\s?\.\s?\.|…|(?:\p{L}\.){2,}|\p{N}+(?:[.,]\p{N}+)*|\p{L}[\p{L}\p{M}]*(?:['’ʼ]\p{L}+)*|[%&]/uy;
/** A piece that starts with a digit is a number: no other piece starts with one. */
const STARTS_WITH_DIGIT = /^\p{N}/u;

const NUMBER_WORDS = new Map([
  ...'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((word, value): [string, string] => [word, String(value)]),
  ...'thirty forty fifty sixty seventy eighty ninety'.split(' ').map((word, i): [string, string] => [word, String(30 + 10 * i)]),
]);
/** Multiplies the number before it, in words: `two hundred` is `200`, `2 thousand` is `2000`. */
const SCALES = new Map([
  ['hundred', 100],
  ['thousand', 1e3],
]);
/**
 * Large numbers are written with their scale, in words or, after digits, as money is written
 * (`£25m`, `$4bn`): the scale stays a word, spelt out, so that `4 million` and `6 million` share it.
 * A number of a million or more in digits is written so too (`1,200,000` is `1.2 million`), one
 * under a million in digits (`half a million` is `500000`). Largest first.
 */
const LARGE_SCALES = new Map([
  ['trillion', 1e12],
  ['billion', 1e9],
  ['million', 1e6],
]);
const SHORT_SCALES = new Map([
  ['m', 'million'],
  ['mn', 'million'],
  ['mln', 'million'],
  ['bn', 'billion'],
  ['tn', 'trillion'],
]);
/**
 * Currencies by name, as a house style writes them after the amount (`4.2 billion dollars`) where
 * another writes a symbol before it (`$4.2bn`); a symbol is no word.
 */
const CURRENCY_NAMES = new Set('dollar dollars euro euros pound pounds yen yuan rupee rupees'.split(' '));
/** What may stand between two words of one number: spaces or a hyphen (`twenty-five`), no comma (`In 2000, 50 people`). */
const WITHIN_NUMBER = /^[\s-]*$/;
const NUMBER = /^\d+(?:\.\d+)?$/;

/**
 * Contractions and the words they stand for: a transcript writes `can't` or `cannot`, `it's` or
 * `it is`, for what was said alike. (`'d` and `'s` may stand for `had` and `has` too; these read
 * `would` and `is`, so `it's been` against `it has been` still differs.) Any other word's `'s`
 * reads `is` too (`nobody's going`, `the mayor's right`): where another version prints the word
 * and `is` in its place, it was not a possessive.
 */
const CONTRACTIONS = new Map(
  (
    "can't=can+not cannot=can+not won't=will+not shan't=shall+not don't=do+not doesn't=does+not didn't=did+not " +
    "isn't=is+not aren't=are+not wasn't=was+not weren't=were+not haven't=have+not hasn't=has+not hadn't=had+not " +
    "wouldn't=would+not shouldn't=should+not couldn't=could+not mustn't=must+not needn't=need+not " +
    "i'm=i+am you're=you+are we're=we+are they're=they+are it's=it+is that's=that+is there's=there+is " +
    "here's=here+is what's=what+is who's=who+is he's=he+is she's=she+is let's=let+us " +
    "i've=i+have you've=you+have we've=we+have they've=they+have i'll=i+will you'll=you+will we'll=we+will " +
    "they'll=they+will he'll=he+will she'll=she+will it'll=it+will that'll=that+will i'd=i+would you'd=you+would " +
    "we'd=we+would they'd=they+would he'd=he+would she'd=she+would"
  )
    .split(' ')
    .map((entry) => {
      const [contraction, words] = entry.split('=');
      return [contraction, words.replace('+', '')];
    }),
);

/**
 * Folded words as spoken, run together: `can't`, `cannot` and `can not` alike, `it's` and `it
 * is`, `into` and `in to`. Versions whose words differ only so print what was said alike.
 */
export function spokenAlike(words: readonly Word[]): string {
  let spoken = '';
  for (const { folded } of words) spoken += CONTRACTIONS.get(folded) ?? (folded.endsWith("'s") ? `${folded.slice(0, -2)}is` : folded);
  return spoken;
}

/** Words that negate, besides the contractions that end in `not`. */
const NEGATIONS = new Set('not never no nor neither none nobody nothing nowhere'.split(' '));

/** Whether a folded word negates what it stands in: `not`, `never`, `won't`. */
export function isNegation(word: Word): boolean {
  return NEGATIONS.has(word.folded) || (CONTRACTIONS.get(word.folded)?.endsWith('not') ?? false);
}

/**
 * Words that hedge or condition what follows them: `probably`, `in some cases`, `if`, `I doubt`.
 * Left out before the words kept, they turn a guess into a claim. (Not `I think`: a trim of it
 * is common and fair.)
 */
const QUALIFIERS = new Set(
  (
    'probably possibly perhaps maybe likely unlikely arguably apparently seemingly reportedly allegedly ' +
    'sometimes occasionally often partly mostly almost nearly some if unless may might could doubt'
  ).split(' '),
);

/** Whether a folded word qualifies what follows it: a hedge, a condition, or a negation. */
export function isQualifier(word: Word): boolean {
  return QUALIFIERS.has(word.folded) || isNegation(word);
}

/** Words that open a condition on the clause before them: `… unless they attack`, `… if asked`. */
const CONDITIONS = new Set('unless if until provided providing except'.split(' '));

/** Whether `words[i]` opens a condition: `unless`, `if`, `as long as`, `so long as`. */
export function opensCondition(words: readonly Word[], i: number): boolean {
  const folded = (k: number) => words[k]?.folded;
  return CONDITIONS.has(folded(i)) || ((folded(i) === 'as' || folded(i) === 'so') && folded(i + 1) === 'long' && folded(i + 2) === 'as');
}

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

/** Folds one word: lower case, straight apostrophe, no accents, number words as digits, American spelling. */
export function foldWord(word: string): string {
  const folded = PLAIN.test(word)
    ? word.toLowerCase()
    : word
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/[’ʼ]/g, "'")
        .toLowerCase();
  return NUMBER_WORDS.get(folded) ?? americanSpelling(folded) ?? folded;
}

/** The words of a quote's text, folded, with its editorial points. */
export function quoteWords(text: string): QuoteWords {
  const words: Word[] = [];
  let cuts: Set<number> | null = null;

  for (let start = 0; start < text.length; ) {
    const end = pieceEnd(text, start);
    if (end < 0) {
      start += codePointLength(text, start);
      continue;
    }
    const first = text.charCodeAt(start);
    let next: Word;
    if (first === 0x5b /* [ */ || first === 0x28 /* ( */ || first === 0x2e /* . */ || first === 0x2026 /* … */) {
      (cuts ??= new Set()).add(words.length);
      start = end;
      continue;
    }
    const piece = text.slice(start, end);
    if (first === 0x25 /* % */) next = { folded: 'percent', start, end, content: true };
    else if (first === 0x26 /* & */) next = { folded: 'and', start, end, content: false };
    else if (isDigit(first) || (first > 0x7f && STARTS_WITH_DIGIT.test(piece))) next = { folded: piece.replace(/,/g, ''), start, end, content: true };
    else if (piece.includes('.')) next = word(piece.replace(/\./g, ''), start, end); // an abbreviation: no other word has a full stop
    else next = word(piece, start, end);
    // `per cent` and `%` and `percent` are one word in different house styles; `14th` is `14`.
    const last = words[words.length - 1];
    if (next.folded === 'cent' && last?.folded === 'per') words[words.length - 1] = { ...last, folded: 'percent', end };
    else if (last?.end === start && ORDINAL_ENDING.has(next.folded) && NUMBER.test(last.folded)) words[words.length - 1] = { ...last, end };
    else words.push(next);
    start = end;
  }
  const numbered = rangeUnitsOnce(text, foldNumbers(text, words, cuts ?? NO_CUTS));
  const { words: folded, cuts: moved } = datesJoined(text, numbered);
  return { text, words: folded, cuts: moved };
}

const ORDINAL_ENDING = new Set(['st', 'nd', 'rd', 'th']);
const MONTHS = new Set('january february march april may june july august september october november december'.split(' '));

/**
 * A date as either house style writes it, one word, the month first: `14 May` and `May 14` are
 * `may 14`, so that `14 May` against `4 May` shows both whole (not `15 may be`); the cuts moved with
 * the words. The same words where there is none.
 */
function datesJoined(text: string, { words, cuts }: FoldedWords): FoldedWords {
  const isDay = (w: Word) => /^\d{1,2}$/.test(w.folded) && Number(w.folded) <= 31;
  const isMonth = (w: Word) => MONTHS.has(w.folded) && text.charAt(w.start) !== text.charAt(w.start).toLowerCase();
  let joined: Word[] | null = null;
  /** Where each word went, once a date has joined two. */
  let moved: number[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const [first, second] = [words[i], words[i + 1]];
    const date = second && !cuts.has(i + 1) && ((isDay(first) && isMonth(second)) || (isMonth(first) && isDay(second)));
    if (date && !joined) ({ out: joined, moved } = rewriteFrom(words, i));
    if (!joined || !moved) continue;
    moved[i] = joined.length;
    if (date) {
      const [day, month] = isDay(first) ? [first, second] : [second, first];
      joined.push({ folded: `${month.folded} ${day.folded}`, start: first.start, end: second.end, content: true });
      moved[++i] = joined.length - 1;
    } else joined.push(first);
  }
  return joined && moved ? rewritten(words, cuts, joined, moved) : { words, cuts };
}

/**
 * The words with each number written over several of them made one word, its value in digits
 * (`two hundred and fifty`, `2 thousand`), and a large one's scale spelt out after it (`£25m` is
 * `£25 million`); the cuts moved with them. The same words where there is nothing to fold.
 */
function foldNumbers(text: string, words: Word[], cuts: ReadonlySet<number>): FoldedWords {
  // Whether word k goes on from word k - 1 within one number: no cut and no mark between them.
  const joins = (k: number) => k < words.length && !cuts.has(k) && WITHIN_NUMBER.test(text.slice(words[k - 1].end, words[k].start));
  let folded: Word[] | null = null;
  /** Where each word (and the end) went, once a number has joined words. */
  let moved: number[] | null = null;
  for (let i = 0; i < words.length; ) {
    const number = numberFrom(words, i, joins);
    let end = number ? number.end : i + 1;
    const next = number && joins(end) ? words[end].folded : '';
    const scaleWord = LARGE_SCALES.has(next) ? next : end === i + 1 ? SHORT_SCALES.get(next) : undefined;
    if (scaleWord) end++;
    const [digits, scale] = number ? written(number.value * (scaleWord ? LARGE_SCALES.get(scaleWord)! : 1)) : [words[i].folded, undefined];
    const changed = end > i + 1 || digits !== words[i].folded || scale !== undefined;
    if (changed && !folded) ({ out: folded, moved } = rewriteFrom(words, i));
    if (folded && moved) {
      for (let k = i; k < end; k++) moved[k] = folded.length;
      const numberEnd = scaleWord ? end - 1 : end;
      folded.push(changed ? { folded: digits, start: words[i].start, end: words[numberEnd - 1].end, content: true } : words[i]);
      if (scale) {
        // The scale word written stays where it was; digits of a million or more get one.
        if (scaleWord) moved[end - 1] = folded.length;
        folded.push({ ...words[end - 1], folded: scale, content: true });
      }
    }
    i = end;
  }
  return folded && moved ? rewritten(words, cuts, folded, moved) : { words, cuts };
}

/** The words `[start, end)` only name the currency of the amount before them: `4.2 billion dollars`. */
export function namesCurrencyOfAmount(words: readonly Word[], [start, end]: readonly [number, number]): boolean {
  if (start === 0 || end <= start) return false;
  const before = words[start - 1].folded;
  if (!NUMBER.test(before) && !LARGE_SCALES.has(before)) return false;
  for (let k = start; k < end; k++) if (!CURRENCY_NAMES.has(words[k].folded)) return false;
  return true;
}

/** Units a range may give at both its ends or once, after its last number: `%` or a scale. */
const RANGE_UNITS = new Set(['percent', ...LARGE_SCALES.keys()]);
/** What joins the two numbers of a range: `2% to 3%`, `2% and 3%`, `2% or 3%`. */
const RANGE_WORDS = new Set(['to', 'and', 'or']);
/** A dash between a range's numbers (`2%-3%`, `2%–3%`), spaces around it or not. */
const RANGE_DASH = /^\s*[-\u2010-\u2015]\s*$/;

/**
 * A range as either house style writes it: its units at both ends or once (`2% to 3%`, `2 to 3%`;
 * `$4.2 billion to $4.3 billion`, `$4.2 to $4.3 billion`). The units after the first number fold
 * away where the last number has them too; the cuts moved with the words. The same words where no
 * range repeats its units.
 */
function rangeUnitsOnce(text: string, { words, cuts }: FoldedWords): FoldedWords {
  const unitsFrom = (k: number) => {
    let end = k;
    while (end < words.length && RANGE_UNITS.has(words[end].folded) && !cuts.has(end)) end++;
    return end;
  };
  /** Where the units after the first number of a range that repeats them end, or -1. */
  const repeatedUnitsEnd = (i: number) => {
    if (!NUMBER.test(words[i].folded) || i + 3 >= words.length) return -1;
    const unitsEnd = unitsFrom(i + 1);
    if (unitsEnd === i + 1 || unitsEnd >= words.length || cuts.has(unitsEnd)) return -1;
    const second = RANGE_WORDS.has(words[unitsEnd].folded) ? unitsEnd + 1 : RANGE_DASH.test(text.slice(words[unitsEnd - 1].end, words[unitsEnd].start)) ? unitsEnd : -1;
    if (second < 0 || second >= words.length || cuts.has(second) || !NUMBER.test(words[second].folded)) return -1;
    const lastUnits = new Set(words.slice(second + 1, unitsFrom(second + 1)).map((w) => w.folded));
    return words.slice(i + 1, unitsEnd).every((w) => lastUnits.has(w.folded)) ? unitsEnd : -1;
  };
  let kept: Word[] | null = null;
  let moved: number[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const unitsEnd = i + 1 < words.length && RANGE_UNITS.has(words[i + 1].folded) ? repeatedUnitsEnd(i) : -1;
    if (unitsEnd >= 0 && !kept) ({ out: kept, moved } = rewriteFrom(words, i));
    if (!kept || !moved) continue;
    moved[i] = kept.length;
    kept.push(words[i]);
    if (unitsEnd < 0) continue;
    for (let k = i + 1; k < unitsEnd; k++) moved[k] = kept.length;
    i = unitsEnd - 1;
  }
  return kept && moved ? rewritten(words, cuts, kept, moved) : { words, cuts };
}

/**
 * The start of rewriting words from `i` (numbers and dates made one word): the words before it
 * as they were, and where each went (the same place).
 */
function rewriteFrom(words: Word[], i: number): { out: Word[]; moved: number[] } {
  return { out: words.slice(0, i), moved: Array.from({ length: i }, (_, k) => k) };
}

/** The rewritten words, with the cuts moved where the words after them went. */
function rewritten(words: Word[], cuts: ReadonlySet<number>, out: Word[], moved: number[]): FoldedWords {
  moved[words.length] = out.length;
  return { words: out, cuts: cuts.size === 0 ? cuts : new Set([...cuts].map((cut) => moved[cut])) };
}

/**
 * The number that words from `i` (digits there) spell, and the word after it: `twenty five`,
 * `two hundred and fifty`, `two thousand five hundred`; `joins(k)` says whether word k goes on from
 * the word before it.
 */
function numberFrom(words: Word[], i: number, joins: (k: number) => boolean): { value: number; end: number } | null {
  const first = numberOpening(words, i, joins);
  if (!first) return null;
  let total = 0;
  let current = first.value;
  let end = first.end;
  for (let k = end; joins(k); k++) {
    const word = words[k].folded;
    const scale = SCALES.get(word);
    const small = NUMBER.test(word) ? Number(word) : undefined;
    // `three and a half`
    if (word === 'and' && words[k + 1]?.folded === 'a' && words[k + 2]?.folded === 'half' && joins(k + 1) && joins(k + 2) && current % 1 === 0) {
      current += 0.5;
      end = k + 3;
      k += 2;
      continue;
    }
    if (scale === 100 && current < 100) current *= 100;
    else if (scale !== undefined && scale > 100 && total === 0) [total, current] = [current * scale, 0];
    else if (small !== undefined && small < 100 && (current === 0 ? total > 0 : current >= 100 ? current % 100 === 0 : current >= 20 && current % 10 === 0 && small < 10)) current += small;
    else if (word === 'and' && total + current >= 100) continue; // read on: the word after says whether it joins
    else break;
    end = k + 1;
  }
  return { value: Number((total + current).toPrecision(12)), end };
}

/**
 * The number a number's first words give, and where they end: digits, or `a` or `half a` before a
 * scale (`a hundred`, `a million`, `half a million`); null where no number opens at `i`.
 */
function numberOpening(words: Word[], i: number, joins: (k: number) => boolean): { value: number; end: number } | null {
  const word = words[i].folded;
  if (NUMBER.test(word)) return { value: Number(word), end: i + 1 };
  const isScale = (k: number) => joins(k) && (SCALES.has(words[k].folded) || LARGE_SCALES.has(words[k].folded));
  if (word === 'a' && isScale(i + 1)) return { value: 1, end: i + 1 };
  if (word === 'half' && joins(i + 1) && words[i + 1].folded === 'a' && isScale(i + 2)) return { value: 0.5, end: i + 2 };
  return null;
}

/** A number as the folded words write it: its digits, with the scale of one of a million or more. */
function written(value: number): [string, string | undefined] {
  for (const [scale, size] of LARGE_SCALES) if (value >= size) return [String(Number((value / size).toPrecision(12))), scale];
  return [String(Number(value.toPrecision(12))), undefined];
}

/**
 * Where the piece PIECE_AT matches at `start` ends, or -1 where none starts there: what a scan
 * with the pattern finds, without a match object for each piece. Plain ASCII words and numbers
 * (most pieces) are read here; anything that may be more is left to the pattern.
 */
function pieceEnd(text: string, start: number): number {
  const c = text.charCodeAt(start);
  if (isAsciiLetter(c)) {
    // A letter and a full stop may start an abbreviation.
    if (text.charCodeAt(start + 1) === 0x2e) return patternEnd(text, start);
    let end = start + 1;
    while (isAsciiLetter(text.charCodeAt(end))) end++;
    // Past the end, charCodeAt is NaN: no letter, apostrophe or wider character.
    const after = text.charCodeAt(end);
    return after > 0x7f || after === 0x27 /* ' */ ? patternEnd(text, start) : end;
  }
  if (isDigit(c)) {
    let end = start + 1;
    for (;;) {
      while (isDigit(text.charCodeAt(end))) end++;
      const after = text.charCodeAt(end);
      if (after > 0x7f) return patternEnd(text, start);
      if (after !== 0x2e /* . */ && after !== 0x2c /* , */) return end;
      const digit = text.charCodeAt(end + 1);
      if (digit > 0x7f) return patternEnd(text, start);
      if (!isDigit(digit)) return end;
      end += 2;
    }
  }
  if (c === 0x25 /* % */ || c === 0x26 /* & */) return start + 1;
  // An ellipsis has its second full stop one or two places on.
  if (c === 0x2e /* . */) return text.charCodeAt(start + 1) === 0x2e || text.charCodeAt(start + 2) === 0x2e ? patternEnd(text, start) : -1;
  if (c < 0x80 && c !== 0x5b /* [ */ && c !== 0x28 /* ( */) return -1;
  return patternEnd(text, start);
}

function patternEnd(text: string, start: number): number {
  PIECE_AT.lastIndex = start;
  return PIECE_AT.test(text) ? PIECE_AT.lastIndex : -1;
}

/** A scan moves on by whole characters: two code units for one beyond the BMP. */
function codePointLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function word(surface: string, start: number, end: number): Word {
  let known = FOLDED.get(surface);
  if (!known) {
    if (FOLDED.size === MAX_FOLDED) FOLDED.clear();
    const folded = foldWord(surface);
    FOLDED.set(surface, (known = { folded, content: !STOPWORDS.has(folded) }));
  }
  return { folded: known.folded, start, end, content: known.content };
}

/**
 * Words as written, folded: a text repeats most of its words. Cleared when full, to stay small,
 * and by the comparer after each call (see forgetFoldedWords).
 */
const FOLDED = new Map<string, { folded: string; content: boolean }>();
const MAX_FOLDED = 50_000;

/** Drops the words folded so far: each may be a slice that keeps the whole text it came from alive. */
export function forgetFoldedWords(): void {
  FOLDED.clear();
}

/**
 * A crude stem for matching paraphrases (`assessment` ~ `assess`, `resources` ~ `resource`):
 * only used to find candidate pairs, never to decide that words agree.
 */
export function stem(folded: string): string {
  // Suffix tests by endsWith, not regexes: this runs for every content word of every context.
  let base = folded.endsWith("'s") ? folded.slice(0, -2) : folded;
  if (base.length > 4 && base.endsWith('ies')) base = `${base.slice(0, -3)}y`;
  else if (base.length > 3 && base.endsWith('s') && !base.endsWith('ss') && !base.endsWith('us')) base = base.slice(0, -1);
  for (let i = 0; i < STEM_SUFFIXES.length; i++) {
    const suffix = STEM_SUFFIXES[i];
    if (base.endsWith(suffix)) return base.length - suffix.length >= 4 ? base.slice(0, -suffix.length) : base;
  }
  return base;
}

/** No one of these ends another, so at most one ends a word. */
const STEM_SUFFIXES = ['ment', 'ation', 'ing', 'ed', 'ly'];

/** The content stems of a piece of running text (a quote's cue sentence, say). */
export function contentStems(text: string): string[] {
  const stems: string[] = [];
  for (const w of quoteWords(text).words) if (w.content) stems.push(stem(w.folded));
  return stems;
}

/** The first words of a text, one space between each, and `…` where more follow. */
export function firstWords(text: string, words: number): string {
  // Finds where the last word shown ends, without splitting the whole text.
  NON_SPACE_RUN.lastIndex = 0;
  let shown = 0;
  let end = 0;
  while (shown < words && NON_SPACE_RUN.test(text)) {
    shown++;
    end = NON_SPACE_RUN.lastIndex;
  }
  const more = shown === words && NON_SPACE_RUN.test(text);
  return text.slice(0, end).trim().replace(/\s+/g, ' ') + (more ? '…' : '');
}

const NON_SPACE_RUN = /\S+/g;
