// Paraphrases: one statement printed in quote marks in other words. Two quotes of one speaker
// from two sources that share a cue of the occasion (`TASS quoted him as saying`), words of the
// sentence before, and a word of the quotes, at a similar place in their stories, are scored as
// a pair; the comparer then matches the best pairs of each two articles.
//
// Words count by their rarity among the candidates. So that an edit to one article does not move
// every score of the bundle, rarity is read from frequency *bands* half a power of two wide: a
// pair is scored again only when a word it shares changes band, and all pairs only when the
// number of candidates does.
// Every pair that can share enough of a cue is scored, and no other: stems are ordered rarest
// first (by band, then alphabetically), and a candidate is indexed under the context stems from
// which the rest of its context still weighs PARAPHRASE_MIN_CUE. The first context stem two
// candidates share is one of those for both (prefix filtering), and the common words of every
// context, which the rest outweighs, index nothing.
// Except where one key is held by more than MAX_PARAPHRASE_HUBS candidates (one speaker's
// statement printed by many articles, each with its cue): through it a candidate is
// paired with the key's hubs only, and a hub with all (see KeyIndex), so that what one
// candidate costs stays bounded however often its statement is printed.
import { hashOf } from '../collections';
import { QuoteContext } from './context';
import { KeyIndex } from './keys';
import { QuoteWords, stem } from './words';

const PARAPHRASE_MIN_SCORE = 3;
const PARAPHRASE_MIN_SHARED = 3;
const PARAPHRASE_MIN_CUE = 1.5;
const PARAPHRASE_MAX_DISTANCE = 0.3;
/** The hubs of a key (see KeyIndex): a key held by this many candidates or fewer pairs all of them. */
const MAX_PARAPHRASE_HUBS = 4;

/** A quote that may be a paraphrase of another: one with a speaker and a few words. */
export interface Candidate<T> {
  /** The quote it stands for. */
  of: T;
  /** Its article's id and its place among the article's quotes: the order pairs are taken in. */
  article: string;
  index: number;
  source: string;
  speaker: string;
  /**
   * Content stems of its context and of the quote (the speaker's name left out), each once, and
   * where each stands (IN_* flags) at the same place of `flags`. Lists, not a map: a map per
   * candidate held ~3 MB at 1,000 seeds. Once added to an index, the index's own strings.
   */
  stems: string[];
  flags: number[];
  /** Where the quote stands in its story, from 0 to 1. */
  position: number;
  /** Its place among the holders of each of its stems (see ParaphraseIndex), in the order of `stems`. */
  places: number[];
  /** Candidates it scores enough with, and the score: made with the first (most candidates have none). */
  pairs?: Map<Candidate<T>, number>;
}

export const IN_CONTEXT = 1;
export const IN_QUOTE = 2;

/** A candidate for a quote of `speaker` whose words are `words`, read in its `context`. */
export function paraphraseCandidate<T>(
  of: T,
  place: { article: string; index: number; source: string },
  speaker: string,
  words: QuoteWords,
  context: QuoteContext,
): Candidate<T> {
  const speakerStems = new Set(speaker.split(/\s+/).map((n) => stem(n.toLowerCase())));
  const flagsByStem = new Map<string, number>();
  for (const s of context.stems) if (!speakerStems.has(s)) flagsByStem.set(s, IN_CONTEXT);
  for (const w of words.words) {
    if (!w.content) continue;
    const s = stem(w.folded);
    flagsByStem.set(s, (flagsByStem.get(s) ?? 0) | IN_QUOTE);
  }
  const { article, index, source } = place;
  // Lists made from the map are the size of their items; lists grown by push have room for more.
  return { of, article, index, source, speaker, stems: [...flagsByStem.keys()], flags: [...flagsByStem.values()], position: context.position, places: [] };
}

/** The flags of a stem among a candidate's stems, 0 when it has not got it. */
function flagsOf<T>(c: Candidate<T>, stem: string): number {
  const at = c.stems.indexOf(stem);
  return at < 0 ? 0 : c.flags[at];
}

/** The band of a count: k where 2^(k/2) <= n < 2^((k+1)/2). */
export function band(n: number): number {
  return n < 1 ? -1 : Math.floor(2 * Math.log2(n));
}

/** The key of an unordered pair of articles. */
export function articlePair(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The candidates of a bundle, their index and their scored pairs, kept up to date under edits. */
export class ParaphraseIndex<T> {
  /**
   * Each stem the candidates hold, by number: its string (which the candidates then hold too) and
   * the candidates holding it, in no order: its frequency is the length. Lists, not sets: a
   * candidate knows its place in each (`places`), so that one leaves by a swap with the last.
   */
  private stemNumbers = new Map<string, number>();
  private stemTexts: string[] = [];
  private holders: Candidate<T>[][] = [];
  private freeStems: number[] = [];
  /** Candidates under their keys, in hub order by a hash of their article and index. */
  private postings: KeyIndex<Candidate<T>>;
  private candidates = new Set<Candidate<T>>();
  /** Since the last settle: candidates added, the band of each stem touched and of the count before. */
  private added = new Set<Candidate<T>>();
  private bandsBefore = new Map<string, number>();
  private countBandBefore: number | null = null;
  /** Article pairs whose scored pairs changed since the last settle. */
  private changed = new Set<string>();
  /** Candidates that became hubs of a key or stopped being one since the last settle: they pair otherwise. */
  private rehubbed = new Set<Candidate<T>>();
  /** Candidates scored again at the last settle, for the figures. */
  rescored = 0;

  /**
   * Quotes that `sameWords` holds to be one wording, versions of one quote whatever is matched,
   * are not scored as a pair; `maxHubs` is the bound of KeyIndex (tests set a larger one to see
   * every pair that scores).
   */
  constructor(
    private readonly sameWords: (x: T, y: T) => boolean = () => false,
    maxHubs = MAX_PARAPHRASE_HUBS,
  ) {
    this.postings = new KeyIndex<Candidate<T>>(maxHubs, 1, inOrder);
  }

  get size(): number {
    return this.candidates.size;
  }

  /** How many posting lists a candidate is in: its speaker with each of its rarest context stems. */
  keyCount(c: Candidate<T>): number {
    return this.postings.has(c) ? this.postings.keyCount(c) : 0;
  }

  add(candidate: Candidate<T>): void {
    this.countBandBefore ??= band(this.candidates.size);
    candidate.places = candidate.stems.map((s, k) => {
      this.noteBand(s);
      let n = this.stemNumbers.get(s);
      if (n === undefined) {
        n = this.freeStems.pop() ?? this.holders.length;
        this.stemNumbers.set(s, n);
        this.stemTexts[n] = s;
        this.holders[n] = [];
      }
      candidate.stems[k] = this.stemTexts[n];
      this.holders[n].push(candidate);
      return this.holders[n].length - 1;
    });
    this.candidates.add(candidate);
    this.added.add(candidate);
  }

  remove(candidate: Candidate<T>): void {
    this.countBandBefore ??= band(this.candidates.size);
    candidate.stems.forEach((s, k) => {
      this.noteBand(s);
      const n = this.stemNumbers.get(s)!;
      const holders = this.holders[n];
      const place = candidate.places[k];
      const moved = holders.pop()!;
      if (moved !== candidate) {
        holders[place] = moved;
        moved.places[moved.stems.indexOf(s)] = place;
      }
      if (holders.length === 0) {
        this.stemNumbers.delete(s);
        this.stemTexts[n] = '';
        this.freeStems.push(n);
      }
    });
    this.candidates.delete(candidate);
    this.added.delete(candidate);
    this.unindex(candidate);
    this.dropPairs(candidate);
  }

  /**
   * Scores the pairs of the candidates added since the last call, and again those of candidates
   * holding a stem whose band changed (all, when the count's band changed). Returns the article
   * pairs (see articlePair) whose scored pairs changed.
   */
  settle(): Set<string> {
    const again = new Set(this.added);
    if (this.countBandBefore !== null && band(this.candidates.size) !== this.countBandBefore) {
      for (const c of this.candidates) again.add(c);
    } else {
      for (const [s, before] of this.bandsBefore) {
        if (band(this.frequency(s)) !== before) for (const c of this.holdersOf(s)) again.add(c);
      }
    }
    for (const c of again) if (!this.added.has(c)) this.unindex(c);
    const weight = this.weights();
    for (const c of again) this.index(c, weight);
    for (const c of this.rehubbed) if (this.candidates.has(c)) again.add(c);
    for (const c of again) if (!this.added.has(c)) this.dropPairs(c);
    const done = new Set<Candidate<T>>();
    for (const c of again) {
      for (const d of this.postings.candidates(c, (d) => !done.has(d))) {
        if (d.source === c.source || Math.abs(d.position - c.position) > PARAPHRASE_MAX_DISTANCE || this.sameWords(c.of, d.of)) continue;
        const score = inOrder(c, d) ? paraphraseScore(c, d, weight) : paraphraseScore(d, c, weight);
        if (score < PARAPHRASE_MIN_SCORE) continue;
        (c.pairs ??= new Map()).set(d, score);
        (d.pairs ??= new Map()).set(c, score);
        this.changed.add(articlePair(c.article, d.article));
      }
      done.add(c);
    }
    this.rescored = again.size - this.added.size;
    const changed = this.changed;
    this.added = new Set();
    this.rehubbed = new Set();
    this.bandsBefore = new Map();
    this.countBandBefore = null;
    this.changed = new Set();
    return changed;
  }

  private holdersOf(s: string): Candidate<T>[] {
    const n = this.stemNumbers.get(s);
    return n === undefined ? [] : this.holders[n];
  }

  private frequency(s: string): number {
    return this.holdersOf(s).length;
  }

  private noteBand(s: string): void {
    if (!this.bandsBefore.has(s)) this.bandsBefore.set(s, band(this.frequency(s)));
  }

  /**
   * The weight of each stem: its rarity from 0 (every candidate's context has the word) to 1 (one
   * has it), whatever the bundle's size, on the bands of its frequency and of the number of candidates.
   */
  weights(): (s: string) => number {
    const scale = 2 * Math.log2(2 ** (band(this.candidates.size) / 2) + 1);
    return (s) => 1 - band(this.frequency(s)) / scale;
  }

  /** Indexes a candidate under its rarest context stems, as long as the rest weighs a cue. */
  private index(c: Candidate<T>, weight: (s: string) => number): void {
    const rarest: { s: string; band: number }[] = [];
    c.stems.forEach((s, k) => {
      if (c.flags[k] & IN_CONTEXT) rarest.push({ s, band: band(this.frequency(s)) });
    });
    rarest.sort((x, y) => x.band - y.band || (x.s < y.s ? -1 : x.s > y.s ? 1 : 0));
    let rest = 0;
    for (const x of rarest) rest += weight(x.s);
    // The posting lists it is in: its speaker with each of its rarest context stems.
    const keys: string[] = [];
    for (const x of rarest) {
      // A hair below the cue, so that adding in another order cannot tip a pair out.
      if (rest < PARAPHRASE_MIN_CUE - 1e-9) break;
      keys.push(`${c.speaker}\u0000${x.s}`);
      rest -= weight(x.s);
    }
    for (const former of this.postings.add(c, keys, hashOf(`${c.article}\u0000${c.index}`))) this.rehubbed.add(former);
  }

  private unindex(c: Candidate<T>): void {
    if (this.postings.has(c)) for (const hub of this.postings.remove(c)) this.rehubbed.add(hub);
  }

  private dropPairs(c: Candidate<T>): void {
    if (!c.pairs) return;
    for (const d of c.pairs.keys()) {
      d.pairs!.delete(c);
      this.changed.add(articlePair(c.article, d.article));
    }
    c.pairs = undefined;
  }
}

/** Pairs are scored in one order (by article, then place) so a score does not depend on which came first. */
export function inOrder<T>(a: Candidate<T>, b: Candidate<T>): boolean {
  return a.article < b.article || (a.article === b.article && a.index < b.index);
}

/**
 * How strongly two quotes of one speaker look like one statement in other words; 0 unless they
 * share a word of the quotes, a cue of the occasion (`TASS quoted`), and a few words in all.
 */
export function paraphraseScore<T>(a: Candidate<T>, b: Candidate<T>, weight: (stem: string) => number): number {
  if (!quotesShare(a, b)) return 0;
  // Sums in the order of a's stems: the same order as ever, so the same score to the last bit.
  let cue = 0;
  a.stems.forEach((s, k) => {
    if (a.flags[k] & IN_CONTEXT && flagsOf(b, s) & IN_CONTEXT) cue += weight(s);
  });
  if (cue < PARAPHRASE_MIN_CUE) return 0;
  // Words both quotes use count twice: they speak for the same statement, not just the same occasion.
  let shared = 0;
  let score = 0;
  a.stems.forEach((s, k) => {
    const other = flagsOf(b, s);
    if (other === 0) return;
    shared++;
    score += weight(s) * (a.flags[k] & other & IN_QUOTE ? 2 : 1);
  });
  return shared >= PARAPHRASE_MIN_SHARED ? score : 0;
}

/**
 * Whether the two quotes share a stem that not both contexts hold. Two statements of one occasion
 * are told in alike contexts: a word of one quote in the other's context, or a word of the occasion
 * both quotes use (`harbour` where both say `the vote on the harbour plan`), is no link.
 */
function quotesShare<T>(a: Candidate<T>, b: Candidate<T>): boolean {
  return a.stems.some((s, k) => {
    if (!(a.flags[k] & IN_QUOTE)) return false; // looked up in b only for a word of a's quote
    const both = a.flags[k] & flagsOf(b, s);
    return both & IN_QUOTE && !(both & IN_CONTEXT);
  });
}
