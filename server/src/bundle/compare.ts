// Versions of one quote across the bundle's sources, and where their words or speakers differ.
//
// A QuoteComparer keeps what it found between calls, so that a call where one article's quotes
// changed costs about that article's quotes and the groups they touch, plus a pass over the
// quotes to see what changed. Every decision depends only on the quotes it concerns (and, for
// paraphrases, on word frequencies in bands that seldom change), never on what came before:
// a call gives what `compareQuotes`, a comparer's first call, gives from scratch.
// - Units: quotes with the same speaker, folded words and editorial points (a hash map).
// - Wordings: two units are versions of one quote when they share word-pair keys (an inverted
//   index, compare/keys.ts) and their alignment relates them, at the comparer's similarity (see
//   CompareOptions). A new unit joins the wordings of the units it relates to; a wording that
//   lost a unit is walked again from one of its units, stopping once all are reached.
// - Paraphrases (compare/paraphrase.ts) are scored pairwise; each two articles take their best
//   pairs, one partner per quote, not across quotes both print and not where a version of the
//   quote is already in the other article.
// - Groups: wordings joined by those paraphrases. Findings are kept per group until it changes,
//   with the alignments they used; the units' words are read again for each call that needs them.
// No step compares all pairs of quotes of the bundle, and what one quote costs is bounded however
// large its group grows (many outlets print one quote), by three rules that only large groups
// meet (never the groups of a story told by a handful of outlets); each depends on the quotes
// held, not on the order they came in:
// - through a word-pair key that more than MAX_KEY_HUBS units hold, a unit is aligned only with
//   the key's hubs (a fixed few of them), and a hub with all;
// - through a paraphrase key that more than MAX_PARAPHRASE_HUBS candidates hold, likewise
//   (compare/paraphrase.ts), where quotes of one unit are no pair at all;
// - a group compares each unit with its MAX_COMPARED_UNITS most printed units, and those with all.
import { appended, forgetOtherArticles, hashOf } from './collections';
import { Anatomy, Article, Finding, Quote, QuoteFound, Span } from './model';
import { alignEitherWay, Alignment, DEFAULT_SIMILARITY, Hunk, negationCut, NORMAL, STRICT, Strictness, swapped } from './compare/align';
import { contextReader, paragraphAt, QuoteContext } from './compare/context';
import { KeyIndex } from './compare/keys';
import { articlePair, Candidate, ParaphraseIndex, paraphraseCandidate } from './compare/paraphrase';
import { firstWords, forgetFoldedWords, QuoteWords, quoteWords, stem } from './compare/words';
import { capitalised, detached } from './chars';
import { shortNameOf } from './mentions';
import { innerQuotes } from './quotes/marks';

/** What a comparison found. Its arrays may be kept and given again by a later call: read them only. */
export interface QuoteComparison {
  /** Versions of one quote across the bundle, as indices into the quotes given (2 or more each). */
  groups: number[][];
  /** quote-wording and quote-speaker findings. */
  findings: Finding[];
}

/** A group compares each unit with this many of its most printed units, and those with all: findings cost a bounded number of alignments per unit. */
const MAX_COMPARED_UNITS = 8;
/**
 * Units that share word-pair keys are compared to see whether they are versions of one quote;
 * through a key that more units hold than this (`the president` in a large bundle, any key of a
 * quote printed in many wordings), a unit is compared only with the key's hubs, and a hub with
 * all (see KeyIndex). Versions of one quote still meet through the hubs of their keys, so the
 * bound keeps the alignments per quote about flat as a bundle grows: on the benchmark's bundles
 * 1.1 / 1.2 / 1.3 a quote at 250 / 1,000 / 5,000 seeds (1.3 / 1.6 / 2.5 with a bound of 256,
 * which grows with the bundle), with the generator's versions of one statement grouped as often
 * (recall 0.92 at 5,000) and fewer groups joined through a common phrase (precision 0.43 → 0.64).
 */
const MAX_KEY_HUBS = 4;
/** Units that share this many word-pair keys (or every key the one with fewer has) are aligned. */
const MIN_SHARED_KEYS = 2;
/** Versions a finding lists as related (each once, however many articles print it). */
const MAX_RELATED = 20;

export { DEFAULT_SIMILARITY };

export interface CompareOptions {
  /**
   * The similarity at which two wordings are treated as one quote, from 0 to 1: the share of the
   * shorter version's words that must match the other's, in runs of a few words (DEFAULT_SIMILARITY,
   * half, by default). Higher keeps loosely similar quotes apart; lower joins them. Versions that
   * share a long run of words (parts of one statement) and paraphrases are joined whatever it is.
   */
  similarity?: number;
}

/** Compares a bundle's quotes from scratch. */
export function compareQuotes(quotes: Quote[], articles: Article[], options?: CompareOptions): QuoteComparison {
  return new QuoteComparer(options).compare(quotes, articles);
}

/** A scored paraphrase pair of two articles' quotes, the first article's first. */
interface Scored {
  a: Candidate<Printed>;
  b: Candidate<Printed>;
  score: number;
}

/** One article's quotes as last compared. */
interface Printing {
  id: string;
  /** What the quotes' contexts and the article's label are read from: the same objects, the same text. */
  found: QuoteFound[] | undefined;
  anatomy: Anatomy | undefined;
  source: string;
  label: string;
  /** Its place among the articles given, and where its quotes start among the quotes given. */
  position: number;
  start: number;
  quotes: Printed[];
  /** Its quotes' speakers, to see at a glance that people are named as they were. */
  speakers: (string | null)[];
  candidates: Candidate<Printed>[];
}

/** One quote of an article. */
interface Printed {
  quote: Quote;
  printing: Printing;
  /** Its index among the quotes given to the current call. */
  rank: number;
  unit: Unit;
  /** Printed in a headline or a sub-heading (see inTitle): its words may be fitted to the title. */
  titled: boolean;
  /** How its words differ from another version, as its last finding said: said again while the two and their alignment are the same. */
  described?: { other: Printed; alignment: Alignment; text: string };
}

/** One distinct wording by one speaker: the quotes that print it (after folding, with the same cuts). */
interface Unit {
  key: string;
  /** The text its words are placed in: its first quote's. */
  text: string;
  /** Its words while a call needs them (see wordsOf): read again from its text when dropped. */
  words: QuoteWords | undefined;
  speaker: string | null;
  /** Its quotes, in the order they came (a list: most units have one or two, and a set per unit held ~1 MB at 1,000 seeds). */
  members: Printed[];
  wording: Wording;
  /** Units made later have higher serials. */
  serial: number;
  /**
   * Alignments with units it relates to and with those findings compare it with, each stored on
   * both, as `align` gives them for the lower key first; null while there are none.
   */
  alignments: Map<Unit, Alignment> | null;
  /** Units matched with this one as a paraphrase, and by how many pairs of quotes; null while none ever was. */
  paraphrases: Map<Unit, number> | null;
}

/** Units linked by their wording: a component of the "versions of one quote" relation. */
interface Wording {
  units: Set<Unit>;
  /** How many quotes of its units each article prints. */
  articles: Map<string, number>;
  group: Group | null;
  alive: boolean;
  /** The serial of its oldest unit. */
  oldest: number;
}

/** Wordings joined by paraphrases: one quote's versions across the bundle. */
interface Group {
  /** In the order of the quotes given, and their indices there. */
  members: Printed[];
  ranks: number[];
  findings: Finding[];
  wordings: Wording[];
}

/** What one call changed, for the steps after. */
interface Edit {
  newUnits: Unit[];
  /** Units made before that became hubs of a key: they meet units they did not meet before. */
  relink: Set<Unit>;
  /** Wordings that lost a unit, or whose unit stopped being a hub of a key. */
  lost: Set<Wording>;
  /** Wordings whose group must be formed again: units, members or paraphrases changed. */
  touched: Set<Wording>;
  /** Wordings whose units were joined with or parted from units of other wordings. */
  regrouped: Set<Wording>;
  /** Groups that lost a wording. */
  staleGroups: Set<Group>;
  /** Article pairs whose paraphrase matches must be made again (see articlePair). */
  articlePairs: Set<string>;
  /** Groups of two quotes or more formed. */
  formed: Group[];
}

/**
 * Compares a bundle's quotes, keeping what it found for the next call. One comparer serves one
 * bundle over time. An article whose reading (`quotes` and `anatomy`) is the object of the last
 * call, with the same source and its quotes given to the same speakers, is taken as unchanged:
 * its quotes' texts and spans are those of its reading. A call whose unchanged articles come in
 * another order, or whose quotes are not together by article, starts afresh.
 */
export class QuoteComparer {
  private printings = new Map<string, Printing>();
  /**
   * The articles of the current call by id: one map kept up to date, where a new one for every call
   * was a map of every article of the bundle made on each keystroke.
   */
  private readonly articleById = new Map<string, Article>();
  /** The last call's quotes came together by article: this call's can be matched with them. */
  private together = true;
  private units = new Map<string, Unit>();
  /** The units under their word-pair keys (see wordPairKeys). */
  private keyIndex = newKeyIndex();
  /** The numbers of the words those keys are made of (kept until a reset, as few as the bundle's distinct words). */
  private wordNumbers = new Map<string, number>();
  private paraphrases = newParaphraseIndex();
  /** Paraphrase matches of each article pair (see articlePair). */
  private matches = new Map<string, [Printed, Printed][]>();
  /** Groups of two quotes or more, and the same in the order of their first quotes. */
  private groups = new Set<Group>();
  private ordered: Group[] = [];
  private serial = 0;
  /** The first serial of the current call: units with lower ones were made before it. */
  private firstSerial = 0;
  /** Units whose words this call read: they are dropped when it returns. */
  private worded: Unit[] = [];
  /** Alignments this call made: what bounds its cost, however large the groups grow. */
  private aligned = 0;
  /** How strongly versions must overlap: by one speaker, and given to different speakers. */
  private readonly normal: Strictness;
  private readonly strict: Strictness;

  /** `similarity` holds for the comparer's life: a comparer with another one starts afresh. */
  constructor({ similarity = DEFAULT_SIMILARITY }: CompareOptions = {}) {
    if (!(similarity >= 0 && similarity <= 1)) throw new RangeError(`similarity must be a number from 0 to 1, not ${similarity}`);
    this.normal = { ...NORMAL, minShare: similarity };
    this.strict = { ...STRICT, minShare: similarity };
  }

  compare(quotes: Quote[], articles: Article[]): QuoteComparison {
    const articleById = this.articleById;
    for (const article of articles) articleById.set(article.id, article);
    forgetOtherArticles(articleById, articles);
    const edit: Edit = {
      newUnits: [],
      relink: new Set(),
      lost: new Set(),
      touched: new Set(),
      regrouped: new Set(),
      staleGroups: new Set(),
      articlePairs: new Set(),
      formed: [],
    };

    // Each article's quotes as a run of the quotes given (of a reordered copy where they are not together).
    const { runs, ids, order } = articleRuns(quotes);
    const together = order === null;
    // The articles as they were, which must come in the order they came in.
    const kept = new Set<string>();
    let inOrder = together && this.together;
    for (let i = 0, last = -1; inOrder && i < runs.length; i++) {
      const old = this.printings.get(runs[i].id);
      if (!old || !unchanged(old, runs[i], articleById.get(runs[i].id), quotes)) continue;
      inOrder = old.position > last;
      last = old.position;
      kept.add(runs[i].id);
    }
    if (!inOrder) {
      this.reset();
      kept.clear();
    }
    this.together = together;
    this.firstSerial = this.serial;
    this.aligned = 0;

    // New and changed articles first, then the old quotes go: a unit printed by both stays.
    const gone: Printing[] = [];
    let shifted = false;
    runs.forEach((run, position) => {
      const old = this.printings.get(run.id);
      if (old && kept.has(run.id)) {
        old.position = position;
        if (old.start !== run.start) {
          old.start = run.start;
          old.quotes.forEach((p, i) => (p.rank = run.start + i));
          shifted = true;
        }
        return;
      }
      if (old) gone.push(old);
      const indices = [];
      for (let k = run.start; k < run.end; k++) indices.push(order ? order[k] : k);
      this.printings.set(run.id, this.print(run.id, position, articleById.get(run.id), quotes, indices, edit));
    });
    for (const [id, old] of this.printings) {
      if (ids.has(id)) continue;
      gone.push(old);
      this.printings.delete(id);
    }
    for (const old of gone) this.unprint(old, edit);

    this.settleWordings(edit);
    for (const pair of this.paraphrases.settle()) edit.articlePairs.add(pair);
    for (const wording of edit.regrouped) {
      if (!wording.alive) continue;
      for (const id of wording.articles.keys()) {
        for (const c of this.printings.get(id)?.candidates ?? []) for (const d of c.pairs?.keys() ?? []) edit.articlePairs.add(articlePair(id, d.article));
      }
    }
    this.matchPairs(edit);
    this.regroup(edit);

    // The groups in the order of their first quotes: those kept keep theirs, those formed go between.
    if (shifted) for (const group of this.ordered) group.ranks = group.members.map((p) => p.rank);
    const byFirstQuote = (x: Group, y: Group) => x.ranks[0] - y.ranks[0];
    this.ordered = mergeSorted(
      this.ordered.filter((g) => this.groups.has(g)),
      edit.formed.sort(byFirstQuote),
      byFirstQuote,
    );
    const findings: Finding[] = [];
    for (const group of this.ordered) for (const finding of group.findings) findings.push(finding);
    // Words are cheap to read again and weigh more than all else a comparer keeps.
    for (const unit of this.worded) unit.words = undefined;
    this.worded = [];
    forgetFoldedWords();
    return { groups: this.ordered.map((g) => g.ranks), findings };
  }

  /**
   * How much the comparer holds (to see that it drops what is gone), how many paraphrase
   * candidates the last call scored again because a word changed band, and how many pairs of
   * wordings it aligned.
   */
  figures(): { articles: number; units: number; alignments: number; candidates: number; groups: number; rescored: number; aligned: number } {
    let alignments = 0;
    for (const unit of this.units.values()) alignments += unit.alignments?.size ?? 0;
    return {
      articles: this.printings.size,
      units: this.units.size,
      alignments: alignments / 2,
      candidates: this.paraphrases.size,
      groups: this.groups.size,
      rescored: this.paraphrases.rescored,
      aligned: this.aligned,
    };
  }

  private reset(): void {
    this.printings = new Map();
    this.together = true;
    this.units = new Map();
    this.keyIndex = newKeyIndex();
    this.wordNumbers = new Map();
    this.paraphrases = newParaphraseIndex();
    this.matches = new Map();
    this.groups = new Set();
    this.ordered = [];
  }

  // --- Articles in, articles out ---------------------------------------------------------------

  private print(id: string, position: number, article: Article | undefined, quotes: Quote[], indices: number[], edit: Edit): Printing {
    const printing: Printing = {
      id,
      position,
      start: indices[0],
      speakers: indices.map((q) => quotes[q].speaker),
      found: article?.quotes,
      anatomy: article?.anatomy,
      source: sourceOf(article, id),
      label: articleLabel(article, id),
      quotes: [],
      candidates: [],
    };
    let contextOf: ((quote: Span) => QuoteContext) | undefined;
    indices.forEach((q, index) => {
      const quote = quotes[q];
      const words = quoteWords(spokenOf(quote));
      const key = unitKey(quote.speaker, words);
      let unit = this.units.get(key);
      if (unit) edit.touched.add(unit.wording);
      else {
        unit = this.newUnit(key, spokenOf(quote), words, quote.speaker, edit);
        edit.newUnits.push(unit);
      }
      const printed: Printed = { quote, printing, rank: q, unit, titled: !!article && inTitle(quote, article) };
      unit.members = appended(unit.members, printed);
      printing.quotes.push(printed);
      // Paraphrase candidates: quotes with a speaker and a few words, read in their article.
      if (!article || quote.partial || unit.speaker === null || words.words.length < 4) return;
      contextOf ??= contextReader(article.seed.text, article.anatomy.paragraphs, article.quotes);
      const context = contextOf(quote.span);
      const candidate = paraphraseCandidate(printed, { article: id, index, source: printing.source }, unit.speaker, words, context);
      printing.candidates.push(candidate);
      this.paraphrases.add(candidate);
    });
    return printing;
  }

  private unprint(printing: Printing, edit: Edit): void {
    for (const printed of printing.quotes) {
      const unit = printed.unit;
      unit.members.splice(unit.members.indexOf(printed), 1);
      if (unit.members.length > 0) edit.touched.add(unit.wording);
      else this.dropUnit(unit, edit);
    }
    // Its matches go with its candidates' pairs: the index reports their article pairs as changed.
    for (const candidate of printing.candidates) this.paraphrases.remove(candidate);
  }

  private newUnit(key: string, text: string, words: QuoteWords, speaker: string | null, edit: Edit): Unit {
    const wording: Wording = { units: new Set(), articles: new Map(), group: null, alive: true, oldest: this.serial };
    const unit: Unit = {
      key,
      text,
      words,
      speaker,
      members: [],
      wording,
      serial: this.serial++,
      alignments: null,
      paraphrases: null,
    };
    this.worded.push(unit);
    wording.units.add(unit);
    edit.touched.add(wording);
    this.units.set(key, unit);
    // A unit made before that is no hub of a key now may have linked its wording through it.
    for (const former of this.keyIndex.add(unit, wordPairKeys(words, this.wordNumbers), hashOf(key))) if (former.serial < this.firstSerial) edit.lost.add(former.wording);
    return unit;
  }

  private dropUnit(unit: Unit, edit: Edit): void {
    this.units.delete(unit.key);
    for (const hub of this.keyIndex.remove(unit)) if (hub.serial < this.firstSerial) edit.relink.add(hub);
    for (const other of unit.alignments?.keys() ?? []) other.alignments!.delete(unit);
    unit.alignments = null;
    unit.wording.units.delete(unit);
    edit.lost.add(unit.wording);
  }

  // --- Wordings --------------------------------------------------------------------------------

  private settleWordings(edit: Edit): void {
    for (const wording of edit.lost) {
      if (wording.units.size === 0) this.retire(wording, edit);
      else this.split(wording, edit);
    }
    // Pairs of new units are taken from the later one; a unit that became a hub meets all.
    for (const unit of edit.newUnits) this.link(unit, (v) => v.serial < unit.serial, edit);
    for (const unit of edit.relink) if (this.units.get(unit.key) === unit) this.link(unit, () => true, edit);
    for (const wording of edit.touched) {
      if (!wording.alive) continue;
      wording.articles = new Map();
      for (const unit of wording.units) for (const p of unit.members) wording.articles.set(p.printing.id, (wording.articles.get(p.printing.id) ?? 0) + 1);
    }
  }

  /** Joins the wording of `unit` with those of the units it relates to. */
  private link(unit: Unit, admit: (v: Unit) => boolean, edit: Edit): void {
    for (const v of this.candidates(unit, admit)) {
      if (v.wording !== unit.wording && this.related(unit, v, false)) this.join(unit.wording, v.wording, edit);
    }
  }

  /** The units that share enough word-pair keys with `unit` (see MIN_SHARED_KEYS and KeyIndex). */
  private candidates(unit: Unit, admit: (v: Unit) => boolean): Unit[] {
    return this.keyIndex.candidates(unit, admit);
  }

  /** Whether two units are versions of one quote; the alignment is kept when asked or when they are. */
  private related(u: Unit, v: Unit, keep: boolean): boolean {
    const known = u.alignments?.get(v);
    if (known) return known.relation !== 'unrelated';
    const strictness = speakersConflict(u, v) && !this.sameDistinctWords(u, v) ? this.strict : this.normal;
    // Whichever unit came first: the lower key first, in the order that shows fewer differences.
    const uFirst = u.key < v.key;
    let found = alignEitherWay(this.wordsOf(uFirst ? u : v), this.wordsOf(uFirst ? v : u), strictness);
    this.aligned++;
    if (found.relation !== 'unrelated' && !oneSpeaker(u, v) && !outerWordsRelate(uFirst ? u : v, uFirst ? v : u, strictness)) found = { ...found, relation: 'unrelated', hunks: [] };
    if (keep || found.relation !== 'unrelated') {
      (u.alignments ??= new Map()).set(v, found);
      (v.alignments ??= new Map()).set(u, found);
    }
    return found.relation !== 'unrelated';
  }

  /**
   * The same words, enough of them to be one statement (`We will respond firmly to any
   * disruption`): given to two speakers, a misattribution even where a longer quote would be needed.
   */
  private sameDistinctWords(u: Unit, v: Unit): boolean {
    // The keys past the speaker first: most pairs differ there, and words may have to be read again.
    const [uWords, vWords] = [u.key.indexOf('\u0000'), v.key.indexOf('\u0000')];
    if (u.key.length - uWords !== v.key.length - vWords || !u.key.endsWith(v.key.slice(vWords))) return false;
    const words = this.wordsOf(u).words;
    if (words.length < MIN_SAME_WORDS) return false;
    let content = 0;
    for (const w of words) if (w.content) content++;
    return content >= MIN_SAME_CONTENT;
  }

  /** A unit's words, read again from its text where the last call dropped them. */
  private wordsOf(unit: Unit): QuoteWords {
    if (!unit.words) {
      unit.words = quoteWords(unit.text);
      this.worded.push(unit);
    }
    return unit.words;
  }

  /** The alignment of two units, as stored: see orient. */
  private alignment(u: Unit, v: Unit): Alignment {
    this.related(u, v, true);
    return u.alignments!.get(v)!;
  }

  private join(x: Wording, y: Wording, edit: Edit): void {
    const [small, large] = x.units.size <= y.units.size ? [x, y] : [y, x];
    for (const unit of small.units) {
      unit.wording = large;
      large.units.add(unit);
    }
    // Units made before this call that were apart are together now: matches between articles may change.
    if ((small.oldest < this.firstSerial && large.oldest < this.firstSerial) || edit.regrouped.has(small)) edit.regrouped.add(large);
    large.oldest = Math.min(large.oldest, small.oldest);
    this.retire(small, edit);
    edit.touched.add(large);
  }

  private retire(wording: Wording, edit: Edit): void {
    wording.alive = false;
    wording.units = new Set();
    if (wording.group) edit.staleGroups.add(wording.group);
  }

  /** Walks a wording that lost units from one of its units; what is not reached becomes other wordings. */
  private split(wording: Wording, edit: Edit): void {
    const rest = new Set(wording.units);
    const pieces: Unit[][] = [];
    while (rest.size > 0) {
      const first: Unit = rest.values().next().value!;
      rest.delete(first);
      const piece = [first];
      const reach = (v: Unit) => {
        rest.delete(v);
        piece.push(v);
      };
      // Kept alignments first (a unit joined its wording through one): most walks need no other.
      for (let i = 0; i < piece.length && rest.size > 0; i++) {
        for (const [v, alignment] of piece[i].alignments ?? []) {
          if (rest.has(v) && alignment.relation !== 'unrelated' && this.keyIndex.linked(piece[i], v)) reach(v);
        }
      }
      for (let i = 0; i < piece.length && rest.size > 0; i++) {
        for (const v of this.candidates(piece[i], (v) => rest.has(v))) if (this.related(piece[i], v, false)) reach(v);
      }
      pieces.push(piece);
    }
    edit.touched.add(wording);
    if (pieces.length === 1) return;
    wording.units = new Set(pieces[0]);
    wording.oldest = oldestOf(pieces[0]);
    edit.regrouped.add(wording);
    for (const piece of pieces.slice(1)) {
      const other: Wording = { units: new Set(piece), articles: new Map(), group: null, alive: true, oldest: oldestOf(piece) };
      for (const unit of piece) unit.wording = other;
      edit.touched.add(other);
      edit.regrouped.add(other);
    }
  }

  // --- Paraphrases -----------------------------------------------------------------------------

  /** Matches again the paraphrase pairs of the article pairs the edit changed, each pair's scored pairs gathered once. */
  private matchPairs(edit: Edit): void {
    const scored = new Map<string, Scored[]>();
    const firsts = new Set<string>();
    for (const pair of edit.articlePairs) firsts.add(pair.slice(0, pair.indexOf('\u0000')));
    for (const id of firsts) {
      for (const c of this.printings.get(id)?.candidates ?? []) {
        for (const [d, score] of c.pairs ?? []) {
          if (d.article < id) continue;
          const pair = articlePair(id, d.article);
          if (!edit.articlePairs.has(pair)) continue;
          const list = scored.get(pair);
          if (list) list.push({ a: c, b: d, score });
          else scored.set(pair, [{ a: c, b: d, score }]);
        }
      }
    }
    for (const pair of edit.articlePairs) this.match(pair, scored.get(pair) ?? [], edit);
  }

  /**
   * Matches the paraphrase pairs of two articles, best first: a quote takes one partner in the
   * other article, and none where a version of it is already there or where the match would
   * cross quotes both articles print. `scored` are their scored pairs, from the first article's side.
   */
  private match(pair: string, scored: Scored[], edit: Edit): void {
    for (const [qa, qb] of this.matches.get(pair) ?? []) this.unlinkParaphrase(qa.unit, qb.unit, edit);
    this.matches.delete(pair);
    const [idA, idB] = pair.split('\u0000');
    if (scored.length === 0 || !this.printings.has(idA) || !this.printings.has(idB)) return;
    scored.sort((x, y) => y.score - x.score || x.a.index - y.a.index || x.b.index - y.b.index);

    // The wordings of the two articles, joined as matches are made: which articles each reaches.
    const parent = new Map<Wording, Wording>();
    const reach = new Map<Wording, { a: boolean; b: boolean }>();
    const rootOf = (w: Wording): Wording => {
      while (parent.has(w)) w = parent.get(w)!;
      return w;
    };
    const reachOf = (w: Wording) => reach.get(w) ?? { a: w.articles.has(idA), b: w.articles.has(idB) };
    const made: [Printed, Printed][] = [];
    for (const { a: ca, b: cb } of scored) {
      const [wa, wb] = [rootOf(ca.of.unit.wording), rootOf(cb.of.unit.wording)];
      const [ra, rb] = [reachOf(wa), reachOf(wb)];
      if (ra.b || rb.a || crosses(ca.of, cb.of, rootOf)) continue;
      parent.set(wb, wa);
      reach.set(wa, { a: true, b: true });
      made.push([ca.of, cb.of]);
      this.linkParaphrase(ca.of.unit, cb.of.unit, edit);
    }
    if (made.length > 0) this.matches.set(pair, made);
  }

  private linkParaphrase(u: Unit, v: Unit, edit: Edit): void {
    u.paraphrases ??= new Map();
    v.paraphrases ??= new Map();
    u.paraphrases.set(v, (u.paraphrases.get(v) ?? 0) + 1);
    v.paraphrases.set(u, (v.paraphrases.get(u) ?? 0) + 1);
    edit.touched.add(u.wording);
    edit.touched.add(v.wording);
  }

  private unlinkParaphrase(u: Unit, v: Unit, edit: Edit): void {
    for (const [x, y] of [[u, v], [v, u]]) {
      const count = x.paraphrases!.get(y)! - 1;
      if (count > 0) x.paraphrases!.set(y, count);
      else x.paraphrases!.delete(y);
      if (x.wording.alive) edit.touched.add(x.wording);
    }
  }

  // --- Groups ----------------------------------------------------------------------------------

  /**
   * Forms again the groups of the wordings touched, and those of groups that lost a wording. A
   * paraphrase made or unmade touches both its wordings, so the walk meets no group left as it was.
   */
  private regroup(edit: Edit): void {
    const stale = new Set(edit.staleGroups);
    for (const wording of edit.touched) if (wording.alive && wording.group) stale.add(wording.group);
    const starts = [...edit.touched].filter((w) => w.alive);
    for (const group of stale) {
      this.groups.delete(group);
      for (const wording of group.wordings) if (wording.alive) starts.push(wording);
    }
    const seen = new Set<Wording>();
    for (const start of starts) {
      if (seen.has(start)) continue;
      seen.add(start);
      const wordings = [start];
      for (let i = 0; i < wordings.length; i++) {
        for (const unit of wordings[i].units) {
          for (const partner of unit.paraphrases?.keys() ?? []) {
            const wording = partner.wording;
            if (seen.has(wording)) continue;
            seen.add(wording);
            wordings.push(wording);
          }
        }
      }
      const group = this.formGroup(wordings);
      for (const wording of wordings) wording.group = group;
      if (group.members.length < 2) continue;
      this.groups.add(group);
      edit.formed.push(group);
    }
  }

  private formGroup(wordings: Wording[]): Group {
    const printsOf = new Map<Unit, Printed[]>();
    for (const wording of wordings) for (const unit of wording.units) printsOf.set(unit, unit.members.slice().sort((x, y) => x.rank - y.rank));
    const members: Printed[] = [];
    for (const prints of printsOf.values()) for (const p of prints) members.push(p);
    members.sort((x, y) => x.rank - y.rank);
    const ranks = members.map((p) => p.rank);
    if (members.length < 2) return { members, ranks, findings: [], wordings };
    // Units in the order of the quotes: the order in which their findings and versions are listed.
    const units = [...printsOf.keys()].sort((u, v) => printsOf.get(u)![0].rank - printsOf.get(v)![0].rank);
    // A quote's words where its text is not its unit's (typography aside), read once for the messages.
    const read = new Map<Printed, QuoteWords>();
    const wordsOfQuote = (p: Printed) =>
      spokenOf(p.quote) === p.unit.text ? this.wordsOf(p.unit) : (read.get(p) ?? read.set(p, quoteWords(spokenOf(p.quote))).get(p)!);
    return { members, ranks, findings: groupFindings(units, printsOf, (u, v) => this.alignment(u, v), wordsOfQuote), wordings };
  }
}

/** Quotes of one unit are one wording: a paraphrase match of them would add nothing. */
function newParaphraseIndex(): ParaphraseIndex<Printed> {
  return new ParaphraseIndex<Printed>((x, y) => x.unit === y.unit);
}

/** Units in hub order by a hash of their keys, and the keys where two hash alike. */
function newKeyIndex(): KeyIndex<Unit, number> {
  return new KeyIndex<Unit, number>(MAX_KEY_HUBS, MIN_SHARED_KEYS, (u, v) => u.key < v.key);
}

/** A quote's words as its speaker said them: without page furniture printed between its paragraphs. */
function spokenOf(quote: Quote): string {
  return quote.spoken ?? quote.text;
}

/** What quotes of one wording share: the same speaker, folded words and editorial points (a unit's key). A finding's related entry stands for every quote of its wording. */
export function wordingKey(quote: Quote): string {
  return unitKey(quote.speaker, quoteWords(spokenOf(quote)));
}

/** Quotes with the same speaker, folded words and editorial points are one unit. */
function unitKey(speaker: string | null, words: QuoteWords): string {
  const folded = words.words.map((w) => w.folded).join(' ');
  const cuts = words.cuts.size === 0 ? '' : [...words.cuts].sort((x, y) => x - y).join(' ');
  // Joined, not concatenated: one flat string, which the map of units hashes without copying it first.
  return [speaker === null ? '' : `=${speaker}`, folded, cuts].join('\u0000');
}

function sourceOf(article: Article | undefined, id: string): string {
  return article?.source ?? id;
}

/**
 * An article is as it was when its reading (its quotes and anatomy) is the same object, its source
 * the same, and its quotes have the same speakers (people may be named otherwise since). Quotes of
 * an article not given are compared in full.
 */
function unchanged(old: Printing, run: Run, article: Article | undefined, quotes: Quote[]): boolean {
  if (old.found !== article?.quotes || old.anatomy !== article?.anatomy || old.source !== sourceOf(article, run.id)) return false;
  if (old.quotes.length !== run.end - run.start) return false;
  for (let k = run.start; k < run.end; k++) {
    if (article ? old.speakers[k - run.start] !== quotes[k].speaker : !sameQuote(old.quotes[k - run.start].quote, quotes[k])) return false;
  }
  return true;
}

function sameQuote(a: Quote, b: Quote): boolean {
  return a.text === b.text && a.spoken === b.spoken && a.span.start === b.span.start && a.span.end === b.span.end && a.speaker === b.speaker && a.partial === b.partial;
}

/** One article's quotes: positions [start, end) of the quotes given, or of `order` where that is given. */
interface Run {
  id: string;
  start: number;
  end: number;
}

/**
 * Each article's quotes as a run. Where an article's quotes are not together, the runs are of
 * `order`, the indices of the quotes given with each article's together (in order of first quote).
 */
function articleRuns(quotes: Quote[]): { runs: Run[]; ids: Set<string>; order: number[] | null } {
  const runs: Run[] = [];
  const ids = new Set<string>();
  for (let start = 0; start < quotes.length; ) {
    const id = quotes[start].article;
    if (ids.has(id)) return reordered(quotes);
    ids.add(id);
    let end = start + 1;
    while (end < quotes.length && quotes[end].article === id) end++;
    runs.push({ id, start, end });
    start = end;
  }
  return { runs, ids, order: null };
}

function reordered(quotes: Quote[]): { runs: Run[]; ids: Set<string>; order: number[] } {
  const byArticle = new Map<string, number[]>();
  quotes.forEach((quote, i) => {
    const list = byArticle.get(quote.article);
    if (list) list.push(i);
    else byArticle.set(quote.article, [i]);
  });
  const order: number[] = [];
  const runs = [...byArticle].map(([id, indices]) => {
    order.push(...indices);
    return { id, start: order.length - indices.length, end: order.length };
  });
  return { runs, ids: new Set(byArticle.keys()), order };
}

/** Two sorted lists as one. */
function mergeSorted<T>(a: T[], b: T[], compare: (x: T, y: T) => number): T[] {
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) merged.push(j === b.length || (i < a.length && compare(a[i], b[j]) <= 0) ? a[i++] : b[j++]);
  return merged;
}

function oldestOf(units: Unit[]): number {
  return units.reduce((oldest, u) => Math.min(oldest, u.serial), Infinity);
}

/** Both units are given to one named person (a surname and the full name alike, see speakersConflict). */
function oneSpeaker(a: Unit, b: Unit): boolean {
  return a.speaker !== null && b.speaker !== null && !speakersConflict(a, b);
}

/**
 * Whether the words of two versions outside the quotes inside them relate, as `related` asks of
 * all their words: `I told her, 'This district will break your heart'` (unattributed) and `He
 * told me, 'This district …'` (Priya Nand's) are two statements that quote the same words, not
 * versions of one. True where neither quotes within (most pairs: no words are read again).
 */
function outerWordsRelate(a: Unit, b: Unit, strictness: Strictness): boolean {
  const [aInner, bInner] = [innerQuotes(a.text), innerQuotes(b.text)];
  if (aInner.length === 0 && bInner.length === 0) return true;
  return alignEitherWay(outerWords(a.text, aInner), outerWords(b.text, bInner), strictness).relation !== 'unrelated';
}

/** A quote's words with each quote inside it an editorial point, where another version may have any words. */
function outerWords(text: string, inner: Span[]): QuoteWords {
  let outer = text;
  for (const { start, end } of inner) outer = outer.slice(0, start) + '…'.padEnd(end - start) + outer.slice(end);
  return quoteWords(outer);
}

function speakersConflict(a: Unit, b: Unit): boolean {
  if (a.speaker === null || b.speaker === null || a.speaker === b.speaker) return false;
  // A surname the bundle could not tell whose it is (`Müller`, where two are named) may be the other's.
  return a.speaker !== shortNameOf(b.speaker) && b.speaker !== shortNameOf(a.speaker);
}

// Keys: pairs of neighbouring words with at least one content word, not across an ellipsis or
// [insertion]. Versions of one quote share many; different statements share few. A key is a
// number made of its words' numbers (`wordNumbers`, given in order of first use): hashing and
// keeping a number costs less than a string made for each pair.
function wordPairKeys(words: QuoteWords, wordNumbers: Map<string, number>): number[] {
  const keys = new Set<number>();
  const w = words.words;
  let previous = w.length > 0 ? wordNumber(keyWord(w[0].folded), wordNumbers) : 0;
  for (let i = 1; i < w.length; i++) {
    const current = wordNumber(keyWord(w[i].folded), wordNumbers);
    if ((w[i - 1].content || w[i].content) && !words.cuts.has(i)) keys.add(pairNumber(previous, current));
    previous = current;
  }
  return [...keys];
}

/** A word as keys know it: every number alike, so that versions that differ in a number (`4 million` / `6 million`) meet. */
function keyWord(folded: string): string {
  return NUMBER.test(folded) ? '#' : folded;
}

const NUMBER = /^\p{N}/u;

/**
 * One number for an ordered pair of word numbers, a different one for every pair (Szudzik's
 * pairing): below 2^30 while both are below 2^15, so that V8 keeps it as a small integer rather
 * than a boxed number (a bundle of 1,000 seeds has ~6,000 words), and exact up to 2^26 words.
 */
export function pairNumber(a: number, b: number): number {
  return a >= b ? a * a + a + b : a + b * b;
}

function wordNumber(folded: string, wordNumbers: Map<string, number>): number {
  let n = wordNumbers.get(folded);
  if (n === undefined) wordNumbers.set(folded, (n = wordNumbers.size));
  return n;
}

// Two quotes stand at "the same place in the story" when no quote of the speaker that both
// articles print stands before one of them and after the other.
function crosses(qa: Printed, qb: Printed, rootOf: (w: Wording) => Wording): boolean {
  const beforeA = matchedBefore(qa, qb, rootOf);
  for (const [root, before] of matchedBefore(qb, qa, rootOf)) {
    const other = beforeA.get(root);
    if (other !== undefined && other !== before) return true;
  }
  return false;
}

/** For each wording the speaker's other quotes in q's article belong to: does it stand before q? */
function matchedBefore(q: Printed, partner: Printed, rootOf: (w: Wording) => Wording): Map<Wording, boolean> {
  const before = new Map<Wording, boolean>();
  for (const other of q.printing.quotes) {
    if (other === q || other === partner || other.quote.speaker !== q.quote.speaker) continue;
    before.set(rootOf(other.unit.wording), other.quote.span.start < q.quote.span.start);
  }
  return before;
}

/** Another unit of the group whose words differ, and their alignment as stored. */
interface Counterpart {
  unit: Unit;
  alignment: Alignment;
  paraphrase: boolean;
}

/** The findings of one group; `units` in the order of the quotes, `printsOf` each unit's quotes in that order. */
function groupFindings(
  units: Unit[],
  printsOf: Map<Unit, Printed[]>,
  alignment: (u: Unit, v: Unit) => Alignment,
  wordsOf: (p: Printed) => QuoteWords,
): Finding[] {
  const sourceOf = (p: Printed) => p.printing.source;
  if (!twoSources(units, printsOf)) return [];
  // A large group compares each unit with its most printed units only, and those with all.
  const byPrints = [...units].sort((u, v) => printsOf.get(v)!.length - printsOf.get(u)!.length);
  const reference = new Set(byPrints.slice(0, MAX_COMPARED_UNITS));
  const comparedWith = (u: Unit) => (reference.has(u) ? units : reference);
  const label = (p: Printed) => p.printing.label;
  const at = (p: Printed) => ({ article: p.quote.article, span: p.quote.span });
  // The articles that print all of each unit's words as another unit of the group (a part of a
  // longer quote, say). Where one unit's article prints the other's words so, the two are two
  // quotes of one statement that share a phrase (`a leadership team that can …`), not two
  // versions. Another unit that holds only some of them (the next sentence) tells nothing.
  const agreeing = new Map<Unit, Set<string>>();
  const agreeingIn = (u: Unit): Set<string> => {
    let articles = agreeing.get(u);
    if (!articles) {
      agreeing.set(u, (articles = new Set()));
      const words = wordsOf(printsOf.get(u)![0]).words.length;
      for (const v of comparedWith(u)) {
        if (v === u) continue;
        const aligned = alignment(u, v);
        if (aligned.relation === 'same' && aligned.matched >= words) for (const y of printsOf.get(v)!) articles.add(y.quote.article);
      }
    }
    return articles;
  };
  // A title fits the words it quotes to itself (`Province 'respects the right to strike'` for `We
  // respect the right to strike`): no difference where its words are the other's, inflections aside.
  // One that says what the other does not (`moved more water than ever`), or leaves out a negation
  // at a cut (`'I will … resign'`), differs.
  const stemsOf = (u: Unit) => new Set(wordsOf(printsOf.get(u)![0]).words.map((w) => stem(w.folded)));
  const fittedToTitle = (title: Unit, other: Unit) => {
    if (!printsOf.get(title)!.every((p) => p.titled)) return false;
    const [titleWords, otherWords] = [wordsOf(printsOf.get(title)![0]), wordsOf(printsOf.get(other)![0])];
    if (orient(title, other, alignment(title, other)).hunks.some((h) => negationCut(h, titleWords, otherWords))) return false;
    const words = stemsOf(other);
    return [...stemsOf(title)].every((s) => words.has(s));
  };
  const otherQuotes = (u: Unit, v: Unit) =>
    printsOf.get(v)!.every((y) => agreeingIn(u).has(y.quote.article)) || printsOf.get(u)!.every((x) => agreeingIn(v).has(x.quote.article));
  // A cut of a quote its own article prints whole (a headline's `'Nobody went into the water'`): the whole one is compared.
  const echoed = (u: Unit) => printsOf.get(u)!.every((x) => agreeingIn(u).has(x.quote.article));

  const findings: Finding[] = [];
  for (const u of units) {
    // What another version shows beside a finding of u: who prints it and its words where they
    // differ from u's, made once however many of u's quotes (of one source) list it.
    const shownVersions = new Map<Printed, Map<string, string>>();
    const printed = (version: Version, own: string) => {
      const y = version.shown[0];
      let messages = shownVersions.get(y);
      if (!messages) shownVersions.set(y, (messages = new Map()));
      let message = messages.get(own);
      if (message === undefined) {
        const hunk = orient(u, y.unit, alignment(u, y.unit)).hunks[0];
        const words = hunk ? excerpt(spokenOf(y.quote), wordsOf(y), hunk.b) : firstWords(spokenOf(y.quote), 12);
        messages.set(own, (message = detached(`${sourceList(version, label, sourceOf)} ${version.sources === 1 ? 'prints' : 'print'}: "${words}"`)));
      }
      // A literal, not `{ ...at(y), message }`: each object that spread made got a hidden class of its
      // own (5,600 here at 1,000 seeds, as many again for problems), and every read of them went megamorphic.
      return { article: y.quote.article, span: y.quote.span, message };
    };
    const wording: Counterpart[] = [];
    const speaking: Unit[] = [];
    for (const v of comparedWith(u)) {
      if (v === u) continue;
      const paraphrase = u.paraphrases?.has(v) ?? false;
      const aligned = alignment(u, v);
      const differs = aligned.relation === 'differs' || (paraphrase && aligned.relation === 'unrelated');
      if (differs && !echoed(u) && !echoed(v) && !otherQuotes(u, v) && !fittedToTitle(u, v) && !fittedToTitle(v, u)) wording.push({ unit: v, alignment: aligned, paraphrase });
      if (speakersConflict(u, v) && aligned.relation !== 'unrelated') speaking.push(v);
    }
    // Closest wording first: the message shows the difference from the version most like this one.
    wording.sort((x, y) => Number(x.paraphrase) - Number(y.paraphrase) || y.alignment.matched - x.alignment.matched);
    const wordingVersions = new OtherVersions(u, wording.map((c) => c.unit), printsOf);
    const speakingVersions = new OtherVersions(u, speaking, printsOf);
    for (const x of printsOf.get(u)!) {
      const differing = wordingVersions.of(x);
      if (differing.shown.length) {
        // How x's words differ from those of version y, as their wordings align.
        const alignmentWith = (y: Printed) => wording.find((c) => c.unit === y.unit)!.alignment;
        const differenceFrom = (y: Printed) =>
          describeDifference(spokenOf(x.quote), wordsOf(x), spokenOf(y.quote), wordsOf(y), orient(u, y.unit, alignmentWith(y)), x.quote.partial || y.quote.partial);
        const closest = differing.shown[0];
        const other = closest.quote;
        const speaker = x.quote.speaker ?? other.speaker;
        const who = speaker ? possessive(capitalised(speaker)) : 'The quoted';
        const said = x.described;
        const alignment = alignmentWith(closest);
        const how = said && said.other === closest && said.alignment === alignment ? said.text : detached(differenceFrom(closest));
        x.described = { other: closest, alignment, text: how };
        // The difference shown is the closest version's; versions that differ from x just so are
        // named with it (`of the` → `to the` in two sources' wordings), the others differ otherwise.
        const [first, ...others] = differing.versions;
        const alike = others.filter((version) => differenceFrom(version.shown[0]) === how);
        const shownAlike = [first, ...alike].flatMap((version) => version.shown);
        const named = { shown: shownAlike, sources: new Set(shownAlike.map(sourceOf)).size };
        const rest = differing.besides(named);
        const otherwise = alike.length === others.length ? '' : rest.sources ? ` (and otherwise in ${sourceList(rest, label, sourceOf)})` : ' (another version there differs otherwise)';
        findings.push({
          code: 'quote-wording',
          ...at(x),
          message: detached(`${who} words differ from ${sourceList(named, label, sourceOf)}: ${how}${otherwise}`),
          related: differing.versions.map((version) => printed(version, x.printing.source)),
        });
      }
      const speakers = speakingVersions.of(x);
      if (speakers.shown.length) {
        const names = [...new Set(speakers.shown.map((y) => possessive(y.quote.speaker!)))].join(' or ');
        findings.push({
          code: 'quote-speaker',
          ...at(x),
          message: detached(`These words are ${possessive(x.quote.speaker!)} here but ${names} in ${sourceList(speakers, label, sourceOf)}`),
          related: speakers.versions.map((version) => {
            const y = version.shown[0];
            const message = detached(`${sourceList(version, label, sourceOf)} ${version.sources === 1 ? 'gives' : 'give'} them to ${y.quote.speaker}`);
            return { article: y.quote.article, span: y.quote.span, message };
          }),
        });
      }
    }
  }
  return findings;
}

/** A title line: few words and no sentence's end (`Province 'respects the right to strike'`). */
const TITLE_LINE = /^\s*\S+(?:\s+\S+){0,13}\s*$/;
const SENTENCE_END = /[.!?…]["'”’»]*\s*$/;

/**
 * Whether the quote stands in the article's headline, or as part of a sub-heading: a title quotes
 * words as it fits them to itself (`Province 'respects …'` for `We respect …`).
 */
function inTitle(quote: Quote, article: Article): boolean {
  const { headlineSpan, paragraphs } = article.anatomy;
  if (headlineSpan && headlineSpan.start <= quote.span.start && quote.span.end <= headlineSpan.end) return true;
  if (!quote.partial) return false;
  const paragraph = paragraphAt(paragraphs, quote.span.start);
  const line = paragraph && quote.span.end <= paragraph.end && article.seed.text.slice(paragraph.start, paragraph.end);
  return !!line && TITLE_LINE.test(line) && !SENTENCE_END.test(line);
}

/** Identical wordings given to two speakers are compared as one speaker's from this many words, this many of them content words. */
const MIN_SAME_WORDS = 6;
const MIN_SAME_CONTENT = 3;

/** Whether the units' quotes come from two sources or more. */
function twoSources(units: Unit[], printsOf: Map<Unit, Printed[]>): boolean {
  let first: string | undefined;
  for (const u of units) {
    for (const p of printsOf.get(u)!) {
      first ??= p.printing.source;
      if (p.printing.source !== first) return true;
    }
  }
  return false;
}

/** One version as a finding lists it: its quotes printed by other sources than the finding's, and how many sources those are. */
interface Version {
  shown: Printed[];
  sources: number;
}

/** The versions other sources print beside one quote (see OtherVersions.of). */
interface OtherVersionsOf extends Version {
  versions: Version[];
  /** The versions' printings and sources but those of one version, and of sources printing that one too. */
  besides(version: Version): Version;
}

/**
 * Versions of some units of a group, listed for each version from the other sources. A version
 * that only sources printing the unit's words too print (an article and its update, two copies of
 * one wire story) is that source differing with itself: no other source is at odds with the unit.
 */
class OtherVersions {
  private sources = new Set<string>();
  private counterparts: Unit[];

  constructor(
    unit: Unit,
    counterparts: Unit[],
    private printsOf: Map<Unit, Printed[]>,
  ) {
    const printingUnit = new Set(printsOf.get(unit)!.map((x) => x.printing.source));
    this.counterparts = counterparts.filter((v) => printsOf.get(v)!.some((y) => !printingUnit.has(y.printing.source)));
    for (const v of this.counterparts) for (const y of printsOf.get(v)!) this.sources.add(y.printing.source);
  }

  /**
   * The first MAX_RELATED versions that sources other than x's print, each with those printings;
   * all their printings; and how many sources print the versions.
   */
  of(x: Printed): OtherVersionsOf {
    const own = x.printing.source;
    const versions: Version[] = [];
    const shown: Printed[] = [];
    for (const v of this.counterparts) {
      if (versions.length === MAX_RELATED) break;
      const prints = this.printsOf.get(v)!.filter((y) => y.printing.source !== own);
      if (prints.length === 0) continue;
      versions.push({ shown: prints, sources: new Set(prints.map((y) => y.printing.source)).size });
      shown.push(...prints);
    }
    const sources = this.sources;
    return {
      versions,
      shown,
      sources: sources.size - (sources.has(own) ? 1 : 0),
      besides(version: Version) {
        const left = new Set(sources);
        left.delete(own);
        for (const y of version.shown) left.delete(y.printing.source);
        return { shown: shown.filter((y) => left.has(y.printing.source)), sources: left.size };
      },
    };
  }
}

/** An alignment of two units as stored (lower key first), from `u`'s side. */
function orient(u: Unit, v: Unit, stored: Alignment): Alignment {
  return u.key < v.key ? stored : swapped(stored);
}

// --- Messages -------------------------------------------------------------------------------

const SHOWN_HUNKS = 3;
const WORDS_PER_SIDE = 8;

/** `HuffPost (002_…)`, or the article's id where its outlet is unknown. */
function articleLabel(article: Article | undefined, id: string): string {
  const name = article?.anatomy.outlet ?? (article && article.source !== id ? article.source : null);
  if (!name) return id;
  const ordinal = /^(\d+)_/.exec(id);
  return `${name} (${ordinal ? `${ordinal[1]}_…` : id})`;
}

/** `IANS (001_…) and Mining.com (004_…)`; past three sources, `and N more`. */
function sourceList(others: { shown: Printed[]; sources: number }, label: (p: Printed) => string, sourceOf: (p: Printed) => string): string {
  const bySource = new Map<string, string>();
  for (const q of others.shown) if (!bySource.has(sourceOf(q))) bySource.set(sourceOf(q), label(q));
  const labels = [...bySource.values()].slice(0, 3);
  const more = others.sources - labels.length;
  if (more > 0) return `${labels.join(', ')} and ${more} more`;
  return labels.length === 2 ? labels.join(' and ') : labels.join(', ');
}

/** A name's possessive as news style writes it, a name ending in s too: `Lind's`, `Voss's`. */
function possessive(name: string): string {
  return `${name}'s`;
}

/** The differences of `text` from `otherText`, at most SHOWN_HUNKS of them, or both texts for a paraphrase. */
function describeDifference(text: string, mine: QuoteWords, otherText: string, theirs: QuoteWords, alignment: Alignment, partial: boolean): string {
  if (alignment.relation !== 'differs') return `"${firstWords(text, 12)}" → "${firstWords(otherText, 12)}"`;
  // A negation left out at a cut turns the quote around: it is shown first, and said.
  const cuts = alignment.hunks.map((h) => negationCut(h, mine, theirs));
  const order = alignment.hunks.map((_, i) => i).sort((i, j) => Number(!cuts[i]) - Number(!cuts[j]));
  const shown = order.slice(0, SHOWN_HUNKS).map((i) => {
    const h = alignment.hunks[i];
    const [a, b] = widen(h, mine, theirs);
    // At the start of both versions the words nearest the shared ones matter: show a long side's end.
    const atStart = h.a[0] === 0 && h.b[0] === 0;
    const atEnd = h.a[1] === mine.words.length && h.b[1] === theirs.words.length;
    // A partial quote stops where the other version goes on: at an edge of both, the longer side
    // shows as many words as the shorter (`"…watch with" → "just with"`, not all that came before).
    const words = partial && (atStart || atEnd) ? Math.max(1, Math.min(a[1] - a[0], b[1] - b[0])) : WORDS_PER_SIDE;
    const cut = cuts[i];
    const said = !cut ? '' : cut.mark ? `"${cut.negation}" left out at "${cut.mark}": ` : `"${cut.negation}" left out: `;
    return `${said}"${side(text, mine, a, atStart, words)}" → "${side(otherText, theirs, b, atStart, words)}"`;
  });
  const more = alignment.hunks.length - SHOWN_HUNKS;
  return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

// A change is shown with the next matched word (`"the undisputed leaders" → "world leaders"`);
// a pure addition or omission with the matched words on both sides.
function widen(h: Hunk, a: QuoteWords, b: QuoteWords): [[number, number], [number, number]] {
  const oneSided = h.a[0] === h.a[1] || h.b[0] === h.b[1];
  const hasNext = h.a[1] < a.words.length && h.b[1] < b.words.length;
  const hasPrevious = h.a[0] > 0 && h.b[0] > 0;
  const before = (oneSided || !hasNext) && hasPrevious ? 1 : 0;
  const after = hasNext ? 1 : 0;
  return [
    [h.a[0] - before, h.a[1] + after],
    [h.b[0] - before, h.b[1] + after],
  ];
}

function side(text: string, words: QuoteWords, [start, end]: [number, number], keepEnd: boolean, most: number): string {
  if (start >= end) return '';
  const [from, to] = keepEnd ? [Math.max(start, end - most), end] : [start, Math.min(end, start + most)];
  const slice = oneLine(text.slice(words.words[from].start, words.words[to - 1].end));
  return `${from > start ? '…' : ''}${slice}${to < end ? '…' : ''}`;
}

/** Words a related version shows on each side of where it differs, and in all at most. */
const EXCERPT_CONTEXT = 3;
const EXCERPT_WORDS = 12;

/** A version's words around its words `[start, end)` where it differs, `…` where it goes on. */
function excerpt(text: string, words: QuoteWords, [start, end]: [number, number]): string {
  const count = words.words.length;
  if (count === 0) return firstWords(text, EXCERPT_WORDS);
  const from = Math.max(0, Math.min(start, count - 1) - EXCERPT_CONTEXT);
  const to = Math.min(count, Math.max(end, start + 1) + EXCERPT_CONTEXT, from + EXCERPT_WORDS);
  const slice = text.slice(from === 0 ? 0 : words.words[from].start, to === count ? text.length : words.words[to - 1].end);
  return `${from > 0 ? '…' : ''}${oneLine(slice).trim()}${to < count ? '…' : ''}`;
}

/**
 * Part of a quote's text on one line, without the mark that opens each of its paragraphs after the
 * first (`pumps. "When`): it is the page's, not the speaker's. Inner quotes take single marks.
 */
function oneLine(quoted: string): string {
  return quoted.replace(/\n\s*["“«„]/g, ' ').replace(/\s+/g, ' ');
}
