// Versions of one quote across the bundle's sources, and where their words or speakers differ.
//
// Cost: with Q quotes of at most L words, every stage is close to linear in Q.
// - Quotes with the same folded words and speaker collapse into one unit (a hash map).
// - Units are indexed by word pairs (inverted index). Each unit reads at most RAREST_KEYS of its
//   keys, the rarest first, and at most POSTINGS_READ entries of each: O(Q·L) to build, O(Q)
//   to query. It aligns only its TOP_CANDIDATES best candidates: O(Q·L²) word comparisons at worst.
// - Paraphrases (few shared words) are found from a second index keyed by speaker and rare
//   context word; each posting list, ordered by place in the story, pairs each quote with its
//   PARAPHRASE_NEIGHBOURS next entries only: O(Q) candidate pairs.
// - Findings compare the units of each group pairwise, each unit against at most
//   MAX_COMPARED_UNITS others: O(Q) alignments.
// No step compares all pairs of quotes of the bundle.
import { Article, Finding, Quote } from './model';
import { align, Alignment, Hunk, NORMAL, STRICT } from './compare/align';
import { QuoteContext, quoteContext } from './compare/context';
import { QuoteWords, quoteWords, stem } from './compare/words';

export interface QuoteComparison {
  /** Versions of one quote across the bundle, as indices into the quotes given (2 or more each). */
  groups: number[][];
  /** quote-wording and quote-speaker findings. */
  findings: Finding[];
}

const RAREST_KEYS = 24;
const POSTINGS_READ = 32;
const TOP_CANDIDATES = 8;
const MAX_COMPARED_UNITS = 24;
const MAX_RELATED = 20;

/** One distinct wording by one speaker: the quotes that print it (after folding). */
interface Unit {
  words: QuoteWords;
  speaker: string | null;
  /** Indices into the quotes given. */
  members: number[];
}

export function compareQuotes(quotes: Quote[], articles: Article[]): QuoteComparison {
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const sourceOf = (q: number) => articleById.get(quotes[q].article)?.source ?? quotes[q].article;

  const units = collectUnits(quotes);
  const links = new Links(units, quotes);
  linkByWording(units, links);
  linkParaphrases(quotes, units, articleById, sourceOf, links);

  const groups = links.groups().filter((g) => unitMembers(units, g).length >= 2);
  const findings: Finding[] = [];
  for (const group of groups) findings.push(...groupFindings(group, units, quotes, articleById, sourceOf, links));
  return {
    groups: groups.map((g) => unitMembers(units, g).sort((x, y) => x - y)).sort((x, y) => x[0] - y[0]),
    findings,
  };
}

// The bundle is compared again after every edit, and most quotes are unchanged: keep their words
// by text (a bounded number) and their contexts with the article reading they belong to.
const WORDS_KEPT = 50_000;
const wordsByText = new Map<string, QuoteWords>();
const contextsByReading = new WeakMap<Article['quotes'], Map<string, QuoteContext>>();

function wordsOf(text: string): QuoteWords {
  let words = wordsByText.get(text);
  if (!words) {
    if (wordsByText.size >= WORDS_KEPT) wordsByText.clear();
    words = quoteWords(text);
    wordsByText.set(text, words);
  }
  return words;
}

function contextOf(article: Article, quote: Quote): QuoteContext {
  let contexts = contextsByReading.get(article.quotes);
  if (!contexts) contextsByReading.set(article.quotes, (contexts = new Map()));
  const key = `${quote.span.start}:${quote.span.end}`;
  let context = contexts.get(key);
  if (!context) {
    context = quoteContext(article.seed.text, article.anatomy.paragraphs, article.quotes, quote.span);
    contexts.set(key, context);
  }
  return context;
}

function collectUnits(quotes: Quote[]): Unit[] {
  const units: Unit[] = [];
  const byKey = new Map<string, Unit>();
  quotes.forEach((quote, index) => {
    const words = wordsOf(quote.text);
    const key = `${quote.speaker ?? ''}\u0000${words.words.map((w) => w.folded).join(' ')}`;
    const unit = byKey.get(key);
    if (unit) unit.members.push(index);
    else {
      const created: Unit = { words, speaker: quote.speaker, members: [index] };
      byKey.set(key, created);
      units.push(created);
    }
  });
  return units;
}

function unitMembers(units: Unit[], group: number[]): number[] {
  return group.flatMap((u) => units[u].members);
}

/** Union-find over units, with the alignment of each pair compared and the articles of each group. */
class Links {
  private parent: number[];
  private articles: Set<string>[];
  private alignments = new Map<string, Alignment>();
  /** Pairs linked as a paraphrase: one quote whose wording differs throughout. */
  readonly paraphrases = new Set<string>();

  constructor(
    private units: Unit[],
    quotes: Quote[],
  ) {
    this.parent = units.map((_, i) => i);
    this.articles = units.map((unit) => new Set(unit.members.map((q) => quotes[q].article)));
  }

  root(u: number): number {
    while (this.parent[u] !== u) u = this.parent[u] = this.parent[this.parent[u]];
    return u;
  }

  join(u: number, v: number): void {
    let [small, large] = [this.root(u), this.root(v)];
    if (small === large) return;
    if (this.articles[small].size > this.articles[large].size) [small, large] = [large, small];
    this.parent[small] = large;
    for (const article of this.articles[small]) this.articles[large].add(article);
  }

  /** The articles that hold a version of a unit's quote, as the groups stand now. */
  articlesOf(u: number): Set<string> {
    return this.articles[this.root(u)];
  }

  /** The alignment of two units, lower unit first, computed once. */
  alignment(u: number, v: number): Alignment {
    const key = pairKey(u, v);
    let found = this.alignments.get(key);
    if (!found) {
      const [first, second] = u < v ? [this.units[u], this.units[v]] : [this.units[v], this.units[u]];
      found = align(first.words, second.words, speakersConflict(first, second) ? STRICT : NORMAL);
      this.alignments.set(key, found);
    }
    return found;
  }

  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    this.parent.forEach((_, u) => push(byRoot, this.root(u), u));
    return [...byRoot.values()];
  }
}

function pairKey(u: number, v: number): string {
  return u < v ? `${u}:${v}` : `${v}:${u}`;
}

function speakersConflict(a: Unit, b: Unit): boolean {
  return a.speaker !== null && b.speaker !== null && a.speaker !== b.speaker;
}

// Keys: pairs of neighbouring words with at least one content word, not across an ellipsis or
// [insertion]. Versions of one quote share many; different statements share few.
function wordPairKeys(words: QuoteWords): Set<string> {
  const keys = new Set<string>();
  const w = words.words;
  for (let i = 1; i < w.length; i++) {
    if ((w[i - 1].content || w[i].content) && !words.cuts.has(i)) keys.add(`${w[i - 1].folded} ${w[i].folded}`);
  }
  return keys;
}

function linkByWording(units: Unit[], links: Links): void {
  const keysOf = units.map((u) => wordPairKeys(u.words));
  const postings = new Map<string, number[]>();
  keysOf.forEach((keys, u) => keys.forEach((key) => push(postings, key, u)));
  keysOf.forEach((keys, u) => {
    const rarest = [...keys]
      .map((key) => postings.get(key)!)
      .filter((list) => list.length > 1)
      .sort((x, y) => x.length - y.length)
      .slice(0, RAREST_KEYS);
    const shared = new Map<number, number>();
    for (const list of rarest) {
      for (const v of list.slice(0, POSTINGS_READ)) if (v !== u) shared.set(v, (shared.get(v) ?? 0) + 1);
    }
    const needed = Math.min(2, keys.size);
    const candidates = [...shared]
      .filter(([, count]) => count >= needed)
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, TOP_CANDIDATES);
    for (const [v] of candidates) {
      if (links.alignment(u, v).relation !== 'unrelated') links.join(u, v);
    }
  });
}

// Paraphrases: the same speaker, a shared cue and context (`TASS quoted him as saying`, the
// sentence before), a similar place in the story, and no other version already matched there.
const PARAPHRASE_KEYS = 12;
const PARAPHRASE_MIN_SCORE = 3;
const PARAPHRASE_MIN_SHARED = 3;
const PARAPHRASE_MIN_CUE = 1.5;
const PARAPHRASE_MAX_DISTANCE = 0.3;
const PARAPHRASE_NEIGHBOURS = 16;

interface ParaphraseCandidate {
  quote: number;
  unit: number;
  /** Content stems of the quote and its context, the speaker's name left out. */
  stems: Set<string>;
  quoteStems: Set<string>;
  contextStems: Set<string>;
  position: number;
}

function linkParaphrases(
  quotes: Quote[],
  units: Unit[],
  articleById: Map<string, Article>,
  sourceOf: (q: number) => string,
  links: Links,
): void {
  const candidates: ParaphraseCandidate[] = [];
  units.forEach((unit, u) => {
    if (unit.speaker === null || unit.words.words.length < 4) return;
    const quoteStems = new Set(unit.words.words.filter((w) => w.content).map((w) => stem(w.folded)));
    const speakerStems = new Set(unit.speaker.split(/\s+/).map((n) => stem(n.toLowerCase())));
    for (const q of unit.members) {
      const quote = quotes[q];
      const article = articleById.get(quote.article);
      if (quote.partial || !article) continue;
      const context = contextOf(article, quote);
      const contextStems = new Set(context.stems.filter((s) => !speakerStems.has(s)));
      const stems = new Set([...contextStems, ...quoteStems]);
      candidates.push({ quote: q, unit: u, stems, quoteStems, contextStems, position: context.position });
    }
  });
  if (candidates.length < 2) return;

  const frequency = new Map<string, number>();
  for (const c of candidates) for (const s of c.stems) frequency.set(s, (frequency.get(s) ?? 0) + 1);
  // Rarity from 0 (every candidate's context has the word) to 1 (one has it), whatever the bundle's size.
  const weight = (s: string) => Math.log((candidates.length + 1) / frequency.get(s)!) / Math.log(candidates.length + 1);

  // Index by speaker and rare context word; each list, ordered by place in the story, pairs
  // only neighbours: O(candidates · PARAPHRASE_KEYS · PARAPHRASE_NEIGHBOURS).
  const postings = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    const rarest = [...c.stems]
      .filter((s) => frequency.get(s)! > 1)
      .sort((x, y) => frequency.get(x)! - frequency.get(y)!)
      .slice(0, PARAPHRASE_KEYS);
    for (const s of rarest) push(postings, `${units[c.unit].speaker}\u0000${s}`, i);
  });
  // Groups do not change while pairs are scored: look up each candidate's group and source once.
  const groupOf = candidates.map((c) => links.root(c.unit));
  const sourceOfCandidate = candidates.map((c) => sourceOf(c.quote));
  const considered = new Set<number>();
  const scored: { a: number; b: number; score: number }[] = [];
  for (const list of postings.values()) {
    list.sort((i, j) => candidates[i].position - candidates[j].position);
    for (let k = 0; k < list.length; k++) {
      for (let l = k + 1; l < Math.min(list.length, k + 1 + PARAPHRASE_NEIGHBOURS); l++) {
        const [a, b] = [candidates[list[k]], candidates[list[l]]];
        if (b.position - a.position > PARAPHRASE_MAX_DISTANCE) break;
        if (groupOf[list[k]] === groupOf[list[l]] || sourceOfCandidate[list[k]] === sourceOfCandidate[list[l]]) continue;
        const key = Math.min(list[k], list[l]) * candidates.length + Math.max(list[k], list[l]);
        if (considered.has(key)) continue;
        considered.add(key);
        const score = paraphraseScore(a, b, weight);
        if (score >= PARAPHRASE_MIN_SCORE) scored.push({ a: list[k], b: list[l], score });
      }
    }
  }

  // Best pairs first; a quote takes one paraphrase partner per article, and none where a version
  // of it is already matched in that article or where the match would cross matched quotes.
  scored.sort((x, y) => y.score - x.score);
  const place = new StoryPlace(quotes, units, links);
  for (const { a, b } of scored) {
    const [qa, qb] = [candidates[a].quote, candidates[b].quote];
    const [ua, ub] = [candidates[a].unit, candidates[b].unit];
    if (links.articlesOf(ua).has(quotes[qb].article) || links.articlesOf(ub).has(quotes[qa].article)) continue;
    if (place.crossesMatched(qa, qb)) continue;
    links.paraphrases.add(pairKey(ua, ub));
    links.join(ua, ub);
  }
}

/**
 * How strongly two quotes of one speaker look like one statement in other words; 0 unless they
 * share a word of the quotes, a cue of the occasion (`TASS quoted`), and a few words in all.
 */
function paraphraseScore(a: ParaphraseCandidate, b: ParaphraseCandidate, weight: (stem: string) => number): number {
  let quoteLink = false;
  for (const s of a.quoteStems) quoteLink ||= b.stems.has(s);
  for (const s of b.quoteStems) quoteLink ||= a.stems.has(s);
  if (!quoteLink) return 0;
  let cue = 0;
  for (const s of a.contextStems) if (b.contextStems.has(s)) cue += weight(s);
  if (cue < PARAPHRASE_MIN_CUE) return 0;
  // Words both quotes use count twice: they speak for the same statement, not just the same occasion.
  let shared = 0;
  let score = 0;
  for (const s of a.stems) {
    if (!b.stems.has(s)) continue;
    shared++;
    score += weight(s) * (a.quoteStems.has(s) && b.quoteStems.has(s) ? 2 : 1);
  }
  return shared >= PARAPHRASE_MIN_SHARED ? score : 0;
}

/** The order of each speaker's quotes within each article. */
class StoryPlace {
  private byArticle = new Map<string, number[]>();
  private unitOf: number[] = [];

  constructor(
    private quotes: Quote[],
    units: Unit[],
    private links: Links,
  ) {
    units.forEach((unit, u) => unit.members.forEach((q) => (this.unitOf[q] = u)));
    quotes.forEach((quote, q) => push(this.byArticle, quote.article, q));
  }

  // Two quotes stand at "the same place in the story" when no quote of the speaker that both
  // articles print stands before one of them and after the other.
  crossesMatched(qa: number, qb: number): boolean {
    const beforeA = this.matchedBefore(qa, qb);
    for (const [root, before] of this.matchedBefore(qb, qa)) {
      const other = beforeA.get(root);
      if (other !== undefined && other !== before) return true;
    }
    return false;
  }

  /** For each group the speaker's other quotes in q's article belong to: does it stand before q? */
  private matchedBefore(q: number, partner: number): Map<number, boolean> {
    const quote = this.quotes[q];
    const before = new Map<number, boolean>();
    for (const other of this.byArticle.get(quote.article) ?? []) {
      if (other === q || other === partner || this.quotes[other].speaker !== quote.speaker) continue;
      before.set(this.links.root(this.unitOf[other]), this.quotes[other].span.start < quote.span.start);
    }
    return before;
  }
}

/** Another unit of the group whose words differ, aligned from this unit's side. */
interface Counterpart {
  unit: number;
  alignment: Alignment;
  paraphrase: boolean;
}

function groupFindings(
  group: number[],
  units: Unit[],
  quotes: Quote[],
  articleById: Map<string, Article>,
  sourceOf: (q: number) => string,
  links: Links,
): Finding[] {
  if (new Set(unitMembers(units, group).map(sourceOf)).size < 2) return [];
  // A large group compares each unit with its most printed units only, and those with all.
  const byPrints = [...group].sort((u, v) => units[v].members.length - units[u].members.length);
  const reference = new Set(byPrints.slice(0, MAX_COMPARED_UNITS));
  const label = (q: number) => articleLabel(articleById.get(quotes[q].article), quotes[q].article);
  const excerpts = new Map<number, string>();
  const excerpt = (q: number) => excerpts.get(q) ?? excerpts.set(q, clip(quotes[q].text, 16)).get(q)!;
  const at = (q: number) => ({ article: quotes[q].article, span: quotes[q].span });

  const findings: Finding[] = [];
  for (const u of group) {
    const wording: Counterpart[] = [];
    const speaking: number[] = [];
    for (const v of reference.has(u) ? group : reference) {
      if (v === u) continue;
      const paraphrase = links.paraphrases.has(pairKey(u, v));
      const stored = links.alignment(u, v);
      // Alignments are stored lower unit first; orient them from u's side.
      const alignment = u < v ? stored : flip(stored);
      const differs = alignment.relation === 'differs' || (paraphrase && alignment.relation === 'unrelated');
      if (differs) wording.push({ unit: v, alignment, paraphrase });
      if (speakersConflict(units[u], units[v]) && alignment.relation !== 'unrelated') speaking.push(v);
    }
    // Closest wording first: the message shows the difference from the version most like this one.
    wording.sort((x, y) => Number(x.paraphrase) - Number(y.paraphrase) || y.alignment.matched - x.alignment.matched);
    const wordingVersions = new OtherVersions(wording.map((c) => c.unit), units, sourceOf);
    const speakingVersions = new OtherVersions(speaking, units, sourceOf);
    for (const x of units[u].members) {
      const differing = wordingVersions.of(x);
      if (differing.shown.length) {
        const closest = wording.find((c) => c.unit === differing.firstUnit)!;
        const other = quotes[differing.shown[0]];
        const who = possessive(quotes[x].speaker ?? other.speaker);
        const how = describeDifference(quotes[x].text, units[u].words, other.text, units[closest.unit].words, closest.alignment);
        findings.push({
          code: 'quote-wording',
          ...at(x),
          message: `${who} words differ from ${sourceList(differing, label, sourceOf)}: ${how}`,
          related: differing.shown.map((y) => ({ ...at(y), message: `${label(y)} prints: "${excerpt(y)}"` })),
        });
      }
      const speakers = speakingVersions.of(x);
      if (speakers.shown.length) {
        const names = [...new Set(speakers.shown.map((y) => quotes[y].speaker))].join(' or ');
        findings.push({
          code: 'quote-speaker',
          ...at(x),
          message: `These words are ${quotes[x].speaker}'s here but ${names}'s in ${sourceList(speakers, label, sourceOf)}`,
          related: speakers.shown.map((y) => ({ ...at(y), message: `${label(y)} gives them to ${quotes[y].speaker}` })),
        });
      }
    }
  }
  return findings;
}

/** Versions of some units of a group, listed for each version from the other sources. */
class OtherVersions {
  private sources = new Set<string>();

  constructor(
    private counterparts: number[],
    private units: Unit[],
    private sourceOf: (q: number) => string,
  ) {
    for (const v of counterparts) for (const y of units[v].members) this.sources.add(sourceOf(y));
  }

  /** The first MAX_RELATED versions from sources other than x's, the first one's unit, and how many sources. */
  of(x: number): { shown: number[]; firstUnit: number; sources: number } {
    const own = this.sourceOf(x);
    const shown: number[] = [];
    let firstUnit = -1;
    for (const v of this.counterparts) {
      for (const y of this.units[v].members) {
        if (shown.length === MAX_RELATED) break;
        if (this.sourceOf(y) === own) continue;
        if (firstUnit < 0) firstUnit = v;
        shown.push(y);
      }
    }
    return { shown, firstUnit, sources: this.sources.size - (this.sources.has(own) ? 1 : 0) };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function flip(alignment: Alignment): Alignment {
  return { ...alignment, hunks: alignment.hunks.map((h) => ({ a: h.b, b: h.a })) };
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
function sourceList(others: { shown: number[]; sources: number }, label: (q: number) => string, sourceOf: (q: number) => string): string {
  const bySource = new Map<string, string>();
  for (const q of others.shown) if (!bySource.has(sourceOf(q))) bySource.set(sourceOf(q), label(q));
  const labels = [...bySource.values()].slice(0, 3);
  const more = others.sources - labels.length;
  if (more > 0) return `${labels.join(', ')} and ${more} more`;
  return labels.length === 2 ? labels.join(' and ') : labels.join(', ');
}

function possessive(speaker: string | null): string {
  if (!speaker) return 'The quoted';
  const surname = speaker.trim().split(/\s+/).pop()!;
  return surname.endsWith('s') ? `${surname}'` : `${surname}'s`;
}

/** The differences of `text` from `otherText`, at most SHOWN_HUNKS of them, or both texts for a paraphrase. */
function describeDifference(text: string, mine: QuoteWords, otherText: string, theirs: QuoteWords, alignment: Alignment): string {
  if (alignment.relation !== 'differs') return `"${clip(text, 12)}" → "${clip(otherText, 12)}"`;
  const shown = alignment.hunks.slice(0, SHOWN_HUNKS).map((h) => {
    const [a, b] = widen(h, mine, theirs);
    // At the start of both versions the words nearest the shared ones matter: show a long side's end.
    const atStart = h.a[0] === 0 && h.b[0] === 0;
    return `"${side(text, mine, a, atStart)}" → "${side(otherText, theirs, b, atStart)}"`;
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

function side(text: string, words: QuoteWords, [start, end]: [number, number], keepEnd: boolean): string {
  if (start >= end) return '';
  const [from, to] = keepEnd ? [Math.max(start, end - WORDS_PER_SIDE), end] : [start, Math.min(end, start + WORDS_PER_SIDE)];
  const slice = text.slice(words.words[from].start, words.words[to - 1].end).replace(/\s+/g, ' ');
  return `${from > start ? '…' : ''}${slice}${to < end ? '…' : ''}`;
}

function clip(text: string, words: number): string {
  const parts = text.trim().split(/\s+/);
  return parts.length <= words ? parts.join(' ') : `${parts.slice(0, words).join(' ')}…`;
}
