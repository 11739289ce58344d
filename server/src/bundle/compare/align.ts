// Two versions of a quote, word by word: are they the same quote, and do their words differ?
// Words are matched longest common run first (Ratcliff/Obershelp), so a repeated phrase
// (`It's not about your jobs. It's about…`) anchors where a reader would anchor it.
import { hashOf, sortedOverlap } from '../collections';
import { isNegation, isQualifier, namesCurrencyOfAmount, opensCondition, QuoteWords, spokenAlike, Word } from './words';

/**
 * `same`: the words agree (once folded), or one is a cut-down of the other (a contained run,
 * ellipses and [insertions] allowed), or the two overlap as parts of one longer statement.
 * `differs`: enough shared wording to be one quote, but words differ inside it.
 * `unrelated`: too little in common to call them versions of one quote.
 */
export type Relation = 'same' | 'differs' | 'unrelated';

/** A place where the versions differ: word ranges [start, end) in each. */
export interface Hunk {
  a: [number, number];
  b: [number, number];
}

export interface Alignment {
  relation: Relation;
  /** The differences that count (not cut-downs at the ends or at editorial points). */
  hunks: Hunk[];
  /** Words in matched runs. */
  matched: number;
  /** Content words in matched runs. */
  matchedContent: number;
  longestRun: number;
}

/** How strongly two versions must overlap to be one quote. */
export interface Strictness {
  /**
   * The quote similarity, from 0 to 1: the share of the shorter version's words that must be
   * matched (in runs of a few words) for two versions to be one quote, unless a long run links them.
   */
  minShare: number;
  /** Matched content words needed when enough of the shorter version is matched. */
  minContent: number;
  /** A matched run this long (with 3 content words) links versions that only partly overlap. */
  minRun: number;
  /** Matched words needed in any case, or all of a shorter version of six words or more (see matchedNeeded). */
  minMatched: number;
  /**
   * Whether versions of six words or more that match but for one word are one quote however few
   * content words they share: `We would be stupid not to learn from it` / `… foolish not to …`.
   */
  oneWordSwapped: boolean;
}

/** Half the shorter version's words. */
export const DEFAULT_SIMILARITY = 0.5;
export const NORMAL: Strictness = { minShare: DEFAULT_SIMILARITY, minContent: 2, minRun: 6, minMatched: 2, oneWordSwapped: true };
/** For the same words given to different speakers: short stock phrases do not count. */
export const STRICT: Strictness = { minShare: DEFAULT_SIMILARITY, minContent: 4, minRun: 8, minMatched: 8, oneWordSwapped: false };

/** The fewest words of a version that, all matched but one, make it one quote with the other (see Strictness.oneWordSwapped). */
const ONE_SWAP_WORDS = 6;

function oneWordApart(strictness: Strictness, shared: number, shorter: number, longer: number): boolean {
  return strictness.oneWordSwapped && shorter >= ONE_SWAP_WORDS && longer - shorter <= 1 && shared >= Math.max(shorter - 1, wordsToShare(shorter, strictness));
}

interface Segment {
  equal: boolean;
  a: [number, number];
  b: [number, number];
}

/**
 * A phrase this short (`American strength`) is a version of a longer quote only where it is
 * most of it: such phrases recur in many statements, and one that stood for each would join
 * them all into one quote.
 */
const MAX_FRAGMENT_WORDS = 3;
const UNRELATED: Alignment = { relation: 'unrelated', hunks: [], matched: 0, matchedContent: 0, longestRun: 0 };

/** Words each version must go on with, apart from the other, to be another statement that starts alike. */
const APART_WORDS = 3;

/**
 * Whether the versions end in a segment where each goes its own way for a few words and shares
 * no content word with the other: `The fans deserve better than that` and `The fans deserve a
 * proper cup run this year` are two statements that start alike, not versions of one.
 */
function goOnApart(last: Segment, a: QuoteWords, b: QuoteWords): boolean {
  if (last.equal || last.a[1] !== a.words.length || last.b[1] !== b.words.length) return false;
  if (last.a[1] - last.a[0] < APART_WORDS || last.b[1] - last.b[0] < APART_WORDS) return false;
  const ends = new Set(a.words.slice(last.a[0]).filter((w) => w.content).map((w) => w.folded));
  return !b.words.slice(last.b[0]).some((w) => w.content && ends.has(w.folded));
}

/** Aligns version `a` with version `b` and says how they relate. */
export function align(a: QuoteWords, b: QuoteWords, strictness: Strictness = NORMAL): Alignment {
  return aligned(a, b, strictness).alignment;
}

/**
 * Aligns `a` with `b`, or `b` with `a` where that shows fewer differences (a moved word is one
 * change, not two), as an alignment of `a` with `b`.
 */
export function alignEitherWay(a: QuoteWords, b: QuoteWords, strictness: Strictness = NORMAL): Alignment {
  const { alignment, tied } = aligned(a, b, strictness);
  // Where no run was chosen over one the other order would choose, it matches the same runs.
  if (alignment.relation !== 'differs' || !tied) return alignment;
  const reversed = align(b, a, strictness);
  return reversed.relation !== 'unrelated' && reversed.hunks.length < alignment.hunks.length ? swapped(reversed) : alignment;
}

/** An alignment of a with b as one of b with a. */
export function swapped(alignment: Alignment): Alignment {
  return { ...alignment, hunks: alignment.hunks.map((h) => ({ a: h.b, b: h.a })) };
}

/** An alignment, and whether the other order may have chosen other runs (see matchingRuns). */
function aligned(a: QuoteWords, b: QuoteWords, strictness: Strictness): { alignment: Alignment; tied: boolean } {
  const shorter = Math.min(a.words.length, b.words.length);
  const pa = profileOf(a);
  const pb = profileOf(b);
  if (shorter === 0 || !mayRelate(pa, pb, shorter, strictness, marksCuts(a, b, shorter))) return { alignment: UNRELATED, tied: false };
  // Both ways of relating need a run this long: the first run found is the longest.
  const minLongest = Math.min(CLOSE_WORDING_RUN, runForShare(shorter), strictness.minRun);
  const found = matchingRuns(a.words, b.words, pa, pb, minLongest);
  return found ? { alignment: relation(a, b, found.runs, shorter, strictness), tied: found.tied } : { alignment: UNRELATED, tied: false };
}

function relation(a: QuoteWords, b: QuoteWords, runs: Match[], shorter: number, strictness: Strictness): Alignment {
  const segments = mergeNoiseAnchors(toSegments(runs, a.words.length, b.words.length), a.words);

  let matched = 0;
  let matchedContent = 0;
  const longest = { length: 0, content: 0 };
  for (const s of segments) {
    if (!s.equal) continue;
    const length = s.a[1] - s.a[0];
    const content = countContent(a.words, s.a);
    matched += length;
    matchedContent += content;
    if (length > longest.length) {
      longest.length = length;
      longest.content = content;
    }
  }
  // A share of the shorter version, with a run of a few words: scattered common words do not count.
  const mostlyShared =
    matchedContent >= strictness.minContent &&
    matched >= wordsToShare(shorter, strictness) &&
    (longest.length >= runForShare(shorter) || (longest.length >= CLOSE_WORDING_RUN && wordsIn(runs) >= closeWordingMatch(shorter)));
  const longRun = longest.length >= strictness.minRun && longest.content >= 3;
  const cutDown = matched === shorter && matchedContent > 0 && marksCuts(a, b, shorter);
  const oneSwapped = matchedContent > 0 && oneWordApart(strictness, matched, shorter, Math.max(a.words.length, b.words.length));
  if (matched < matchedNeeded(shorter, strictness) || (!mostlyShared && !longRun && !cutDown && !oneSwapped)) return UNRELATED;
  if (shorter <= MAX_FRAGMENT_WORDS && 2 * matched < Math.max(a.words.length, b.words.length)) return UNRELATED;

  const hunks = segments
    .filter((s, i) => !s.equal && !excused(s, i === 0, i === segments.length - 1, a, b))
    .map(({ a, b }) => ({ a, b }));
  const last = segments[segments.length - 1];
  if (!longRun && hunks.length === 1 && hunks[0].a === last.a && goOnApart(last, a, b)) return UNRELATED;
  return { relation: hunks.length ? 'differs' : 'same', hunks, matched, matchedContent, longestRun: longest.length };
}

function wordsIn(runs: Match[]): number {
  let words = 0;
  for (const run of runs) words += run.length;
  return words;
}

/**
 * Whether the shorter version marks cuts: matched whole, it is a cut-down of the other however
 * few content words it keeps (`I will … resign over this`), the words it lacks standing at its
 * cuts (or differing there, see excused).
 */
function marksCuts(a: QuoteWords, b: QuoteWords, shorter: number): boolean {
  return (a.words.length === shorter ? a : b).cuts.size > 0;
}

// Most pairs of versions compared are unrelated: rule them out from counts that bound what an
// alignment can match, before aligning. A run of n matched words holds n - 1 neighbouring pairs
// of both versions; matched words, and matched content words, are words both have.
function mayRelate(a: Profile, b: Profile, shorter: number, strictness: Strictness, shorterMarksCuts: boolean): boolean {
  const needed = neededMatch(shorter, strictness);
  const shared = sortedOverlap(a.words, b.words, needed);
  if (shared < needed) return false;
  if ((shorterMarksCuts && shared === shorter) || oneWordApart(strictness, shared, shorter, Math.max(a.sequence.length, b.sequence.length))) return true;
  const pairsForShare = Math.min(shared >= closeWordingMatch(shorter) ? CLOSE_WORDING_RUN : 4, runForShare(shorter)) - 1;
  const runPairs = sortedOverlap(a.pairs, b.pairs, Math.min(pairsForShare, strictness.minRun - 1));
  const mostlyShared =
    shared >= wordsToShare(shorter, strictness) && runPairs >= pairsForShare && sortedOverlap(a.content, b.content, strictness.minContent) >= strictness.minContent;
  return mostlyShared || runPairs >= strictness.minRun - 1;
}

// The fewest matched words `align` accepts: fewer shared words rule a pair out before aligning.
function neededMatch(shorter: number, strictness: Strictness): number {
  const viaShare = Math.max(wordsToShare(shorter, strictness), strictness.minContent);
  return Math.max(Math.min(viaShare, strictness.minRun), matchedNeeded(shorter, strictness));
}

/**
 * Strictness's matched words, or all of a shorter version of six words or more: a short cut-down
 * that another source gives another speaker (`It's the best goal I've ever scored`) is the same words.
 */
function matchedNeeded(shorter: number, strictness: Strictness): number {
  return Math.min(strictness.minMatched, Math.max(shorter, 6));
}

/** The longest matched run that, with a share of the shorter version matched, makes two versions one quote. */
function runForShare(shorter: number): number {
  return Math.min(4, Math.ceil(shorter / 2));
}

/**
 * A shorter run serves where most of the shorter version's words are matched, function words
 * between differences included: a short quote with two words changed (`I built this business
 * with my hands` / `I built this company with my own hands`) has no run of four left, yet it is
 * one quote worded two ways.
 */
const CLOSE_WORDING_RUN = 3;
function closeWordingMatch(shorter: number): number {
  return Math.ceil(0.75 * shorter);
}

/** The matched words that make the share of the shorter version (a hair of rounding forgiven: 0.28 of 25 is 7). */
function wordsToShare(shorter: number, strictness: Strictness): number {
  return Math.ceil(strictness.minShare * shorter - 1e-9);
}

/**
 * A version's words, content words and neighbouring pairs of words, as sorted hashes; and the
 * hash of each word in order, with the places of the words in the order of `words`.
 */
interface Profile {
  words: Int32Array;
  content: Int32Array;
  pairs: Int32Array;
  sequence: Int32Array;
  places: Int32Array;
}

const profiles = new WeakMap<QuoteWords, Profile>();

function profileOf(version: QuoteWords): Profile {
  let profile = profiles.get(version);
  if (!profile) {
    // Written straight into typed arrays: this runs once for each wording aligned.
    const words = version.words;
    const sequence = new Int32Array(words.length);
    let contentWords = 0;
    for (let i = 0; i < words.length; i++) {
      sequence[i] = hashOf(words[i].folded);
      if (words[i].content) contentWords++;
    }
    const content = new Int32Array(contentWords);
    for (let i = 0, k = 0; i < words.length; i++) if (words[i].content) content[k++] = sequence[i];
    const pairs = new Int32Array(Math.max(0, words.length - 1));
    for (let i = 1; i < words.length; i++) pairs[i - 1] = Math.imul(sequence[i - 1], 0x01000193) ^ sequence[i];
    const sorted = sequence.slice().sort();
    // Each word takes the next free place among those of its hash: in hash order, then in order.
    const places = new Int32Array(words.length);
    const taken = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const first = firstAtLeast(sorted, sequence[i]);
      places[first + taken[first]++] = i;
    }
    profile = { words: sorted, content: content.sort(), pairs: pairs.sort(), sequence, places };
    profiles.set(version, profile);
  }
  return profile;
}

interface Match {
  a: number;
  b: number;
  length: number;
}

/**
 * Runs of words both versions have, longest first then recursively either side of it; and
 * whether a run was chosen over one as long that starts earlier in b (the run the other order
 * would choose). None where the longest is shorter than `minLongest`.
 */
function matchingRuns(a: Word[], b: Word[], pa: Profile, pb: Profile, minLongest: number): { runs: Match[]; tied: boolean } | null {
  // Where each word of a stands among b's words in hash order: b's places of words that hash alike.
  if (from.length < a.length) [from, to] = [new Int32Array(2 * a.length), new Int32Array(2 * a.length)];
  for (let i = 0; i < a.length; i++) {
    from[i] = firstAtLeast(pb.words, pa.sequence[i]);
    to[i] = firstAtLeast(pb.words, pa.sequence[i] + 1);
  }
  const runs: Match[] = [];
  let tied = false;
  const pending: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  for (let range; (range = pending.pop()); ) {
    const [aLow, aHigh, bLow, bHigh] = range;
    const run = longestRun(a, b, pb.places, aLow, aHigh, bLow, bHigh);
    if (runs.length === 0 && run.length < minLongest) return null;
    if (run.length === 0) continue;
    tied ||= run.tied;
    runs.push(run);
    if (aLow < run.a && bLow < run.b) pending.push([aLow, run.a, bLow, run.b]);
    if (run.a + run.length < aHigh && run.b + run.length < bHigh) pending.push([run.a + run.length, aHigh, run.b + run.length, bHigh]);
  }
  return { runs: runs.sort((x, y) => x.a - y.a), tied };
}

/** The first place in a sorted list whose value is `value` or more (the list's length where none is). */
function firstAtLeast(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

// For each word of a, the range of b's places in hash order that hash alike (see matchingRuns).
let from = new Int32Array(64);
let to = new Int32Array(64);
// Rows of run lengths for longestRun, kept zeroed between calls and grown as needed.
let rows = [new Int32Array(64), new Int32Array(64)];
let written = [new Int32Array(64), new Int32Array(64)];

// The longest run of equal words within the ranges, the earliest where several are as long.
function longestRun(a: Word[], b: Word[], places: Int32Array, aLow: number, aHigh: number, bLow: number, bHigh: number): Match & { tied: boolean } {
  // The best run so far, as plain numbers: no object for each run that beats the last.
  let bestA = aLow;
  let bestB = bLow;
  let bestLength = 0;
  let tied = false;
  const width = bHigh - bLow + 1;
  if (rows[0].length < width) {
    rows = [new Int32Array(2 * width), new Int32Array(2 * width)];
    written = [new Int32Array(2 * width), new Int32Array(2 * width)];
  }
  // Runs ending at word i - 1 of a and at each word of b (offset by one, so that j - 1 = bLow - 1
  // reads 0), and the same for word i; with the entries written, to zero them again.
  let [previous, current] = rows;
  let [previousSet, currentSet] = written;
  let previousCount = 0;
  for (let i = aLow; i < aHigh; i++) {
    let currentCount = 0;
    for (let k = from[i]; k < to[i]; k++) {
      const j = places[k];
      if (j < bLow) continue;
      if (j >= bHigh) break;
      if (a[i].folded !== b[j].folded) continue;
      const length = previous[j - bLow] + 1;
      current[j - bLow + 1] = length;
      currentSet[currentCount++] = j - bLow + 1;
      if (length > bestLength) {
        bestA = i - length + 1;
        bestB = j - length + 1;
        bestLength = length;
        tied = false;
      } else if (length === bestLength && j - length + 1 < bestB) {
        // The other order takes the run as long that starts first in b.
        tied = true;
      }
    }
    for (let k = 0; k < previousCount; k++) previous[previousSet[k]] = 0;
    // The rows trade places (without a pair made for each row: this runs cold, before V8 optimises it).
    const row = previous;
    previous = current;
    current = row;
    const set = previousSet;
    previousSet = currentSet;
    currentSet = set;
    previousCount = currentCount;
  }
  for (let k = 0; k < previousCount; k++) previous[previousSet[k]] = 0;
  return { a: bestA, b: bestB, length: bestLength, tied };
}

/** Matched runs and the changes between them, in order. */
function toSegments(runs: Match[], aLength: number, bLength: number): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  let j = 0;
  for (const run of [...runs, { a: aLength, b: bLength, length: 0 }]) {
    if (run.a > i || run.b > j) segments.push({ equal: false, a: [i, run.a], b: [j, run.b] });
    if (run.length) segments.push({ equal: true, a: [run.a, run.a + run.length], b: [run.b, run.b + run.length] });
    i = run.a + run.length;
    j = run.b + run.length;
  }
  return segments;
}

// A run of one or two function words between two differences (`in`, `of the`) is chance, not
// agreement: fold it into the difference so the message shows one change, not three. Not into
// words one version has alone at its start or end, which are no difference.
function mergeNoiseAnchors(segments: Segment[], aWords: Word[]): Segment[] {
  const out: Segment[] = [];
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k];
    const prev = out[out.length - 1];
    const next = segments[k + 1];
    const noise =
      s.equal &&
      prev && !prev.equal && !(out.length === 1 && oneSided(prev)) &&
      next && !next.equal && !(k + 1 === segments.length - 1 && oneSided(next)) &&
      s.a[1] - s.a[0] <= 2 &&
      countContent(aWords, s.a) === 0;
    if (noise) {
      prev.a[1] = next.a[1];
      prev.b[1] = next.b[1];
      k++;
    } else out.push({ equal: s.equal, a: [...s.a], b: [...s.b] });
  }
  return out;
}

function oneSided(s: Segment): boolean {
  return s.a[0] === s.a[1] || s.b[0] === s.b[1];
}

function countContent(words: Word[], [start, end]: [number, number]): number {
  let n = 0;
  for (let i = start; i < end; i++) if (words[i].content) n++;
  return n;
}

// Words only one version has are no difference at its ends (a cut-down, or one part of a quote
// another source splits in two) nor where the other marks an omission or an insertion, unless
// that leaves out a negation, a trimmed opening a qualifier, or a trimmed ending a condition;
// nor a currency named after its amount where the other has its symbol (`$4.2bn` / `4.2 billion
// dollars`); nor is one word written as two.
function excused(s: Segment, first: boolean, last: boolean, a: QuoteWords, b: QuoteWords): boolean {
  if (negationCut(s, a, b) || (first && oneSided(s) && (qualifierTrimmed(s.a[1], a, b) || qualifierTrimmed(s.b[1], b, a)))) return false;
  if (last && oneSided(s) && (conditionTrimmed(s.a[0], a, b) || conditionTrimmed(s.b[0], b, a))) return false;
  if ((first || last) && oneSided(s)) return true;
  if (oneSided(s) && (namesCurrencyOfAmount(a.words, s.a) || namesCurrencyOfAmount(b.words, s.b))) return true;
  // `in to` / `into`, `world view` / `worldview`, `can't` / `cannot`, `it's` / `it is`
  return touchesCut(a.cuts, s.a) || touchesCut(b.cuts, s.b) || spokenAlike(a.words.slice(...s.a)) === spokenAlike(b.words.slice(...s.b));
}

function touchesCut(cuts: ReadonlySet<number>, [start, end]: [number, number]): boolean {
  for (let i = start; i <= end; i++) if (cuts.has(i)) return true;
  return false;
}

/** What parts words from those beside them: the end of a sentence or a clause (`:`, a dash). */
const CLAUSE_BREAK = /[.!?;:\u2013\u2014]|--/;
/** An ellipsis or a bracketed insertion, as words.ts reads one. */
const CUT_MARK = /\[[^\]\n]*\]|\([^)\n]*\)|\.\s?\.\s?\.|…/;

/** A negation one version leaves out, and the ellipsis or insertion that stands in its place (`...`, `[he]`) where one does. */
export interface NegationCut {
  negation: string;
  mark?: string;
}

/**
 * The negation one version leaves out at an ellipsis or insertion where the other has it next to
 * the words both keep (`I will not, under any circumstances, resign` → `I will … resign`; `If they
 * [the senators] don't pass` → `To pass`): the cut turns what was said around. A clause or sentence
 * left out whole, a negation inside it, is a fair cut.
 */
export function negationCut(h: Hunk, a: QuoteWords, b: QuoteWords): NegationCut | undefined {
  return negationBesideKept(a, h.a, b, h.b) ?? negationBesideKept(b, h.b, a, h.a);
}

/**
 * A negation first or last among `full`'s words `[start, end)`, in one clause with the kept word
 * beside it, where `other`'s words `[otherStart, otherEnd)` have none; at a cut of `other`, or at
 * one of `full` where `other` has words in its place (a cut-down at an end is no difference).
 */
function negationBesideKept(full: QuoteWords, [start, end]: [number, number], other: QuoteWords, [otherStart, otherEnd]: [number, number]): NegationCut | undefined {
  if (start === end) return undefined;
  const otherCut = touchesCut(other.cuts, [otherStart, otherEnd]);
  if (!otherCut && (otherStart === otherEnd || !touchesCut(full.cuts, [start, end]))) return undefined;
  for (let i = otherStart; i < otherEnd; i++) if (isNegation(other.words[i])) return undefined;
  const { words, text } = full;
  const joined = (left: Word, right: Word) => !CLAUSE_BREAK.test(text.slice(left.end, right.start));
  const [first, last] = [words[start], words[end - 1]];
  const negation =
    start > 0 && isNegation(first) && joined(words[start - 1], first) ? first : end < words.length && isNegation(last) && joined(last, words[end]) ? last : undefined;
  if (!negation) return undefined;
  if (!otherCut) return { negation: text.slice(negation.start, negation.end) };
  // The mark stands between the words the other version keeps on either side.
  const from = otherStart > 0 ? other.words[otherStart - 1].end : 0;
  const to = otherEnd < other.words.length ? other.words[otherEnd].start : other.text.length;
  return { negation: text.slice(negation.start, negation.end), mark: CUT_MARK.exec(other.text.slice(from, to))?.[0] };
}

/**
 * Whether `full` opens with `leftOut` words that `trimmed` does not print, whose last phrase (after
 * a comma) holds a qualifier of the first word kept, `trimmed` printing that word as a sentence's
 * first (`In some cases, teachers were …` → `Teachers were …`): the hedge or condition is gone
 * from what is given as the whole sentence. A partial quote that goes on from the writer's own
 * words (`said teachers were …`) leaves its opening to them; a clause or sentence before the
 * words kept (`which is not only unfortunate, I think it's …`) qualifies nothing of them.
 */
function qualifierTrimmed(leftOut: number, full: QuoteWords, trimmed: QuoteWords): boolean {
  if (leftOut === 0 || leftOut >= full.words.length || trimmed.words.length === 0 || trimmed.cuts.has(0)) return false;
  const kept = full.words[leftOut];
  const [own, printed] = [full.text.charAt(kept.start), trimmed.text.charAt(trimmed.words[0].start)];
  if (printed === printed.toLowerCase() || own !== own.toLowerCase()) return false;
  const opening = full.text.slice(0, kept.start);
  if (CLAUSE_BREAK.test(opening.slice(full.words[0].start))) return false;
  const phrase = opening.replace(/[\s,]+$/, '').lastIndexOf(',');
  for (let i = 0; i < leftOut; i++) if (full.words[i].start > phrase && isQualifier(full.words[i])) return true;
  return false;
}

/** What a trimmed version prints after its last word when it gives that word as a sentence's last. */
const SENTENCE_CLOSE = /^[\s"'”’»“]*[.!?]/;

/**
 * Whether `full` goes on after its first `kept` words, which `trimmed` prints as a whole sentence
 * (closing it with a full stop), with a condition on them in the same clause (`We will not go back
 * unless they attack first` → `We will not go back.`): the trim turns a conditional promise into an
 * absolute one. A partial quote the writer's sentence goes on from, or a clause or sentence after
 * the words kept, leaves their sense alone.
 */
function conditionTrimmed(kept: number, full: QuoteWords, trimmed: QuoteWords): boolean {
  if (kept === 0 || kept >= full.words.length || trimmed.words.length === 0 || trimmed.cuts.has(trimmed.words.length)) return false;
  if (!SENTENCE_CLOSE.test(trimmed.text.slice(trimmed.words[trimmed.words.length - 1].end))) return false;
  const [lastKept, firstLeftOut] = [full.words[kept - 1], full.words[kept]];
  return !CLAUSE_BREAK.test(full.text.slice(lastKept.end, firstLeftOut.start)) && opensCondition(full.words, kept);
}
