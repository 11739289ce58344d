// People across a bundle: every article's name mentions grouped into persons, each named by the
// fullest form the bundle uses, with aliases and roles; and the findings where sources give a
// person contradicting roles or spell the name differently. Names are found through indexes by
// surname key, never compared pair by pair, so the cost grows with the mentions, not their square.
import { Article, Finding, NameMention, Person } from './model';

export interface People {
  people: Person[];
  /** role-differs and name-spelling findings. */
  findings: Finding[];
  /** The person an article means by a name as written there (`Peskov`), if any. */
  personOf(article: string, name: string): Person | undefined;
}

/** A given name, lower case without accents (an initial is one letter), and its transliteration key. */
interface GivenName {
  text: string;
  key: string;
}

/** A name as written, split into the parts that resolution compares. */
interface ParsedName {
  /** The name as written, on one line (a capture may break it across lines). */
  form: string;
  /** How many words the form has: the fullest form has most. */
  words: number;
  given: GivenName[];
  /** The surname as spelled, lower case without accents (`zelenskiy`). */
  surname: string;
  /** The surname folded across transliterations: `zelenski` for Zelensky, Zelenskiy, Zelenskyy. */
  key: string;
  /** Jr., Sr., III: part of who someone is (Donald Trump Jr. is not Donald Trump). */
  suffix: string;
  /** First letters of the first given name and the surname key: where a full name's spelling variants are looked up. */
  initials: string;
}

/** One mention in its article. */
interface Placed {
  article: Article;
  /** The article's position in the bundle. */
  order: number;
  mention: NameMention;
  name: ParsedName;
}

/** A person while the mentions are being grouped. */
interface Draft {
  mentions: Placed[];
  /** The fullest given names seen, which later forms must agree with. */
  given: GivenName[];
  suffix: string;
  /** Every surname key and spelling the person goes by (more than one for spelling variants). */
  keys: Set<string>;
  surnames: Set<string>;
  initials: Set<string>;
  /** Full-name mentions per article id: who an article names outright. */
  namedIn: Map<string, number>;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Words that belong to the surname (`von der Leyen`, `Le Pen`, `bin Salman`), never given names. */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'le', 'la', 'ter', 'ten', 'zu', 'bin', 'ibn']);
/** Words that make a different office of the same title: a former or deputy minister is not the minister. */
const RANK_WORDS = new Map([
  ['former', 'former'],
  ['ex', 'former'],
  ['onetime', 'former'],
  ['acting', 'acting'],
  ['interim', 'acting'],
  ['deputy', 'deputy'],
  ['vice', 'deputy'],
  ['prime', 'prime'],
  ['elect', 'elect'],
  ['assistant', 'assistant'],
]);
/**
 * Words that date an office rather than name it (`then-President`, `Trump's first national
 * security adviser`, `as governor`): such a role agrees with the office and its former holder alike.
 */
const TENURE_WORDS = new Set(['as', 'then', 'first', 'second', 'third', 'last', 'previous', 'past', 'late', 'outgoing', 'incoming', 'future']);
/** Titles that are one office in other words, or abbreviated. */
const SAME_TITLE = new Map([
  ['sen', 'senator'],
  ['rep', 'representative'],
  ['congressman', 'representative'],
  ['congresswoman', 'representative'],
  ['gov', 'governor'],
  ['gen', 'general'],
  ['spokeswoman', 'spokesman'],
  ['spokesperson', 'spokesman'],
  ['chairwoman', 'chairman'],
  ['chairperson', 'chairman'],
  ['chair', 'chairman'],
]);
/** Where a role's title ends and what it is of begins: `Press Secretary | to the Russian President`. */
const ROLE_QUALIFIER = /\s(?:of|to|for|at|in|on|with|from|under|and|who|which)\s|,|;|\(/;

export function resolvePeople(articles: Article[]): People {
  const resolver = new Resolver(articles);
  const people = resolver.people();
  const findings = [...spellingFindings(people), ...roleFindings(people)];
  const order = new Map(articles.map((article, index) => [article.id, index]));
  findings.sort((a, b) => order.get(a.article)! - order.get(b.article)! || a.span.start - b.span.start);
  return { people: people.map((p) => p.person), findings, personOf: (article, name) => resolver.personOf(article, name) };
}

/** A finished person with the draft it came from. */
interface Resolved {
  person: Person;
  draft: Draft;
}

class Resolver {
  private readonly drafts: Draft[] = [];
  /** Persons known by a full name, by surname key. */
  private readonly byKey = new Map<string, Draft[]>();
  /**
   * The same persons where a spelling variant may find them: by the initials of first name and
   * surname (a full name's variant keeps its first name), and by surname skeleton (a surname alone).
   */
  private readonly byInitials = new Map<string, Draft[]>();
  private readonly bySkeleton = new Map<string, Draft[]>();
  /** Persons the bundle names by a surname alone, or a surname it leaves ambiguous, by key. */
  private readonly surnameOnly = new Map<string, Draft>();
  /** Persons named in full per article id. */
  private readonly namedInArticle = new Map<string, Draft[]>();
  /** What each article means by each name it writes: article id + name text. */
  private readonly byMention = new Map<string, Draft>();
  private readonly finished = new Map<Draft, Person>();
  private readonly articleIds = new Set<string>();

  constructor(articles: Article[]) {
    const parsed = new Map<string, ParsedName | null>();
    const full: Placed[] = [];
    const short: Placed[] = [];
    articles.forEach((article, order) => {
      this.articleIds.add(article.id);
      for (const mention of article.mentions) {
        if (!parsed.has(mention.text)) parsed.set(mention.text, parseName(mention.text));
        const name = parsed.get(mention.text);
        if (name) (name.given.length > 0 ? full : short).push({ article, order, mention, name });
      }
    });
    // Full names with a first name written out go first, so that `J. Smith` meets John Smith
    // as a person already formed rather than forming one that John and Jane would both fit.
    const initialFirst = (p: Placed) => p.name.given[0].text.length === 1;
    for (const p of [...full.filter((p) => !initialFirst(p)), ...full.filter(initialFirst)]) {
      this.place(p, () => this.findFull(p.name) ?? this.newDraft());
    }
    for (const p of short) {
      this.place(p, () => this.findShort(p.article.id, p.name) ?? this.surnameOnlyDraft(p.name));
    }
  }

  /** Adds a mention to the person its article means by that name, deciding once per article and name. */
  private place(p: Placed, decide: () => Draft): void {
    const mentionKey = nameKey(p.article.id, p.name.form);
    let draft = this.byMention.get(mentionKey);
    if (!draft) {
      draft = decide();
      this.byMention.set(mentionKey, draft);
    }
    draft.mentions.push(p);
    const { name } = p;
    if (name.given.length === 0) return;
    if (fuller(name.given, draft.given)) draft.given = name.given;
    draft.suffix = name.suffix;
    if (!draft.initials.has(name.initials)) {
      draft.initials.add(name.initials);
      push(this.byInitials, name.initials, draft);
    }
    const named = draft.namedIn.get(p.article.id) ?? 0;
    draft.namedIn.set(p.article.id, named + 1);
    if (named === 0) push(this.namedInArticle, p.article.id, draft);
    if (!draft.keys.has(name.key)) {
      draft.keys.add(name.key);
      push(this.byKey, name.key, draft);
      // Two keys of one person may share a skeleton.
      const skeleton = skeletonOf(name.key);
      if (!this.bySkeleton.get(skeleton)?.includes(draft)) push(this.bySkeleton, skeleton, draft);
    }
    draft.surnames.add(name.surname);
  }

  private newDraft(): Draft {
    const draft: Draft = { mentions: [], given: [], suffix: '', keys: new Set(), surnames: new Set(), initials: new Set(), namedIn: new Map() };
    this.drafts.push(draft);
    return draft;
  }

  private surnameOnlyDraft(name: ParsedName): Draft {
    const key = `${name.key} ${name.suffix}`;
    let draft = this.surnameOnly.get(key);
    if (!draft) this.surnameOnly.set(key, (draft = this.newDraft()));
    return draft;
  }

  /** The person a full name (given names and surname) belongs to, among those already formed. */
  private findFull(name: ParsedName): Draft | undefined {
    const sameSurname = (this.byKey.get(name.key) ?? []).filter(
      (d) => d.suffix === name.suffix && givenCompatible(d.given, name.given),
    );
    if (sameSurname.length > 0) return dominant(sameSurname, (d) => d.mentions.length);
    // A spelling variant: close surname spelling and the same first name or initial.
    const variants = (this.byInitials.get(name.initials) ?? []).filter(
      (d) =>
        d.suffix === name.suffix &&
        sameGiven(d.given[0], name.given[0]) &&
        givenCompatible(d.given, name.given) &&
        [...d.surnames].some((s) => closeSpelling(s, name.surname)),
    );
    return dominant(variants, (d) => d.mentions.length);
  }

  /**
   * The person a surname alone (or a lone given name) means in an article. A person the article
   * names in full comes first; where it names two with that surname, the one it names more
   * often, else the one the bundle names more often, if clearly dominant; otherwise nobody (the
   * mention stays with an unresolved person of that surname). With nobody of that surname in the
   * article, the bundle's only person of that surname, or its clearly dominant one.
   */
  private findShort(article: string, name: ParsedName): Draft | undefined {
    const named = this.namedInArticle.get(article) ?? [];
    const fitsSuffix = (d: Draft) => !name.suffix || d.suffix === name.suffix;
    const here = named.filter((d) => d.keys.has(name.key) && fitsSuffix(d));
    if (here.length > 0) {
      return dominant(here, (d) => d.namedIn.get(article) ?? 0) ?? dominant(here, (d) => d.mentions.length);
    }
    // A lone given name after the full name: `Hillary` for Hillary Clinton, `Xi` for Xi Jinping.
    const byGiven = named.filter((d) => d.given[0]?.text === name.surname);
    if (byGiven.length > 0) return dominant(byGiven, (d) => d.namedIn.get(article) ?? 0);

    const anywhere = (this.byKey.get(name.key) ?? []).filter(fitsSuffix);
    if (anywhere.length > 0) return dominant(anywhere, (d) => d.mentions.length);
    const variants = (this.bySkeleton.get(skeletonOf(name.key)) ?? []).filter(
      (d) => fitsSuffix(d) && [...d.surnames].some((s) => closeSpelling(s, name.surname)),
    );
    return dominant(variants, (d) => d.mentions.length);
  }

  people(): Resolved[] {
    const drafts = this.drafts.filter((d) => d.mentions.length > 0);
    for (const draft of drafts) draft.mentions.sort((a, b) => a.order - b.order || a.mention.start - b.mention.start);
    drafts.sort((a, b) => a.mentions[0].order - b.mentions[0].order || a.mentions[0].mention.start - b.mentions[0].mention.start);
    return drafts.map((draft) => {
      const person = toPerson(draft);
      this.finished.set(draft, person);
      return { person, draft };
    });
  }

  personOf(article: string, text: string): Person | undefined {
    const known = this.byMention.get(nameKey(article, oneLine(text)));
    if (known) return this.finished.get(known);
    // A name no mention wrote in that form (a speaker cue the mention finder missed).
    const name = parseName(text);
    if (!name || !this.articleIds.has(article)) return undefined;
    const draft =
      name.given.length > 0
        ? this.findFull(name)
        : this.findShort(article, name) ?? this.surnameOnly.get(`${name.key} ${name.suffix}`);
    return draft && this.finished.get(draft);
  }
}

function toPerson(draft: Draft): Person {
  const name = nameOf(draft);
  const aliases: string[] = [];
  const roles: Person['roles'] = [];
  const seenRoles = new Set<string>();
  for (const { article, mention, name: { form } } of draft.mentions) {
    if (form !== name && !aliases.includes(form)) aliases.push(form);
    const role = mention.role && oneLine(mention.role);
    if (role && !seenRoles.has(`${article.id}\u0000${role}`)) {
      seenRoles.add(`${article.id}\u0000${role}`);
      roles.push({ text: role, article: article.id });
    }
  }
  return {
    name,
    aliases,
    roles,
    mentions: draft.mentions.map(({ article, mention }) => ({
      article: article.id,
      span: { start: mention.start, end: mention.end },
      text: mention.text,
    })),
  };
}

/**
 * The fullest form of the name the bundle uses: the most words; among equals, the surname
 * spelling most articles use, then the form most articles use, then the first.
 */
function nameOf(draft: Draft): string {
  const articlesBySpelling = new Map<string, Set<string>>();
  const articlesByForm = new Map<string, Set<string>>();
  for (const { article, name } of draft.mentions) {
    addTo(articlesBySpelling, name.surname, article.id);
    addTo(articlesByForm, name.form, article.id);
  }
  const scoreOf = ({ name }: Placed) => [name.words, articlesBySpelling.get(name.surname)!.size, articlesByForm.get(name.form)!.size];
  let best = draft.mentions[0];
  let bestScore = scoreOf(best);
  for (const p of draft.mentions) {
    const score = scoreOf(p);
    if (firstDiffers(score, bestScore) > 0) {
      best = p;
      bestScore = score;
    }
  }
  return best.name.form;
}

/** A name or role as one line: a capture may break it across lines. */
function oneLine(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** Sign of the first difference between two score lists (positive when `a` ranks higher). */
function firstDiffers(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

// ---- findings ----

/** How to name an article in a message: its outlet and id, or its id. */
function sourceName(article: Article): string {
  return article.anatomy.outlet ? `${article.anatomy.outlet} (${article.id})` : article.id;
}

function hereIn(article: Article): string {
  return article.anatomy.outlet ? `here (${article.anatomy.outlet}, ${article.id})` : `here (${article.id})`;
}

/**
 * name-spelling: a mention whose surname (or first name) is spelled otherwise than in the
 * person's name, where another source writes the name's spelling. One finding per article and
 * variant form, on its first mention there. Accents alone do not make a different spelling.
 */
function spellingFindings(people: Resolved[]): Finding[] {
  const findings: Finding[] = [];
  for (const { person, draft } of people) {
    const canonical = parseName(person.name)!;
    const isVariant = (name: ParsedName) =>
      (name.surname !== canonical.surname && (name.key === canonical.key || closeSpelling(name.surname, canonical.surname))) ||
      (name.given.length > 0 && canonical.given.length > 0 && otherSpelling(name.given[0], canonical.given[0]));
    const canonicalBySource = new Map<string, Placed>();
    for (const p of draft.mentions) if (!isVariant(p.name) && !canonicalBySource.has(p.article.source)) canonicalBySource.set(p.article.source, p);
    const flagged = new Set<string>();
    for (const p of draft.mentions) {
      if (!isVariant(p.name) || flagged.has(nameKey(p.article.id, p.name.form))) continue;
      const other = firstFromOtherSource(canonicalBySource, p.article.source);
      if (!other) continue;
      flagged.add(nameKey(p.article.id, p.name.form));
      const elsewhere = `"${other.mention.text}" in ${sourceName(other.article)}`;
      findings.push({
        code: 'name-spelling',
        message: `Sources spell ${person.name}'s name differently: "${p.mention.text}" ${hereIn(p.article)}, ${elsewhere}`,
        article: p.article.id,
        span: { start: p.mention.start, end: p.mention.end },
        related: [{ article: other.article.id, span: { start: other.mention.start, end: other.mention.end }, message: elsewhere }],
      });
    }
  }
  return findings;
}

/** A role one mention carries. */
interface RoleUse {
  placed: Placed;
  text: string;
}

/**
 * role-differs: two sources give a person titles of one office that differ in rank
 * (`U.S. President` / `former U.S. President`, `Minister` / `Deputy Prime Minister`).
 * Titles of different offices (`Kremlin spokesman` / `Press Secretary ...`) may all be true at
 * once and are left alone, as are differences within one source. Each use of a role gets one
 * finding per differing rank, pointing at that role as the first other source gives it; uses
 * of the rank that more sources give than any other are not marked (in a large bundle the many
 * that agree are not each told of the one that does not; that one points at them).
 */
function roleFindings(people: Resolved[]): Finding[] {
  const findings: Finding[] = [];
  const titles = new Map<string, ReturnType<typeof titleOf>>(); // a bundle repeats its roles
  for (const { person, draft } of people) {
    const byTitle = new Map<string, Map<string, RoleUse[]>>();
    const seen = new Set<string>();
    for (const placed of draft.mentions) {
      const text = placed.mention.role && oneLine(placed.mention.role);
      if (text && !titles.has(text)) titles.set(text, titleOf(text));
      const title = text && titles.get(text);
      if (!title || seen.has(`${placed.article.id}\u0000${text}`)) continue;
      seen.add(`${placed.article.id}\u0000${text}`);
      const ranks = byTitle.get(title.head) ?? new Map<string, RoleUse[]>();
      byTitle.set(title.head, ranks);
      push(ranks, title.rank, { placed, text });
    }
    for (const ranks of byTitle.values()) {
      if (ranks.size < 2) continue;
      const groups = [...ranks.values()].map((uses) => {
        const bySource = new Map<string, RoleUse>();
        for (const use of uses) if (!bySource.has(use.placed.article.source)) bySource.set(use.placed.article.source, use);
        return { uses, bySource };
      });
      const sizes = groups.map((g) => g.bySource.size).sort((x, y) => y - x);
      const consensus = sizes[0] > sizes[1] ? groups.find((g) => g.bySource.size === sizes[0]) : undefined;
      for (const group of groups) {
        if (group === consensus) continue;
        for (const other of groups) {
          if (other === group) continue;
          for (const use of group.uses) {
            const otherUse = firstFromOtherSource(other.bySource, use.placed.article.source);
            if (otherUse) findings.push(roleFinding(person, use, otherUse));
          }
        }
      }
    }
  }
  return findings;
}

function roleFinding(person: Person, use: RoleUse, other: RoleUse): Finding {
  const { article, mention } = use.placed;
  const elsewhere = `"${other.text}" in ${sourceName(other.placed.article)}`;
  return {
    code: 'role-differs',
    message: `Sources differ on ${person.name}'s role: "${use.text}" ${hereIn(article)}, ${elsewhere}`,
    article: article.id,
    span: { start: mention.start, end: mention.end },
    related: [{ article: other.placed.article.id, span: { start: other.placed.mention.start, end: other.placed.mention.end }, message: elsewhere }],
  };
}

function firstFromOtherSource<T>(bySource: Map<string, T>, source: string): T | undefined {
  for (const [otherSource, value] of bySource) if (otherSource !== source) return value;
  return undefined;
}

/**
 * A role's office: its head word (`president`, `minister`) and the rank words that change which
 * office it is (`former`, `deputy prime`). What the title is of, whose it is, and where
 * (`Russian`, `of Russia`, `Putin's`) do not change the office. Undefined for a role with no
 * office word, or one dated by a tenure word.
 */
export function titleOf(role: string): { head: string; rank: string } | undefined {
  const title = fold(role).replace(/\./g, '').split(ROLE_QUALIFIER)[0];
  let words = title.split(/[\s\-\u2010-\u2015]+/).filter(Boolean);
  // `Putin's investment envoy`: whose envoy is not part of the office.
  let afterPossessive = 0;
  words.forEach((w, i) => {
    if (/['\u2019]s?$/.test(w)) afterPossessive = i + 1;
  });
  words = words.slice(afterPossessive);
  if (words.some((w) => TENURE_WORDS.has(w))) return undefined;
  const office = words.filter((w) => !RANK_WORDS.has(w));
  const head = office[office.length - 1];
  if (!head) return undefined;
  const rank = [...new Set(words.flatMap((w) => RANK_WORDS.get(w) ?? []))].sort().join(' ');
  return { head: SAME_TITLE.get(head) ?? head, rank };
}

// ---- names ----

/** Splits a name as written into given names, surname and suffix; null where nothing is left. */
export function parseName(text: string): ParsedName | null {
  // Letters, and the apostrophes, hyphens and full stops that belong to names (O'Neill, Jean-Paul, J.).
  const tokens = text
    .split(/\s+/)
    .map((t) => t.replace(/[^\p{L}\p{M}'\u2019.\-]/gu, '').replace(/^[.\-]+|-+$/g, ''))
    .filter((t) => /\p{L}/u.test(t));
  let suffix = '';
  if (tokens.length > 1 && SUFFIXES.has(fold(tokens[tokens.length - 1]).replace(/\./g, ''))) {
    suffix = fold(tokens.pop()!).replace(/\./g, '');
  }
  const last = tokens.pop();
  if (!last) return null;
  const surname = fold(last).replace(/['\u2019.]/g, '').replace(/^(?:al|el)-/, '');
  while (tokens.length > 0 && PARTICLES.has(fold(tokens[tokens.length - 1]))) tokens.pop();
  // `H.W.` is two initials; `J.` one.
  const given = tokens.flatMap((t) =>
    fold(t)
      .replace(/['\u2019]/g, '')
      .split('.')
      .filter(Boolean)
      .map((text) => ({ text, key: transliteration(text) })),
  );
  const key = transliteration(surname);
  if (!key) return null;
  const form = oneLine(text);
  const initials = `${given[0]?.key[0] ?? ''} ${key[0]}`;
  return { form, words: form.split(' ').length, given, surname, key, suffix, initials };
}

/** Lower case without accents. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Folds the ways one name is romanised into one key: y/i/j, doubled letters, kh/k, c/k/q/g,
 * x/ks, w/v, ph/f, tch/ch. Cheap and coarse on purpose: a key only proposes that two spellings
 * are one name; given names and edit distance decide.
 */
export function transliteration(folded: string): string {
  return folded
    .replace(/[^a-z]/g, '')
    .replace(/tch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/tz/g, 'ts')
    .replace(/([kdtgz])h/g, '$1')
    .replace(/ph/g, 'f')
    .replace(/x/g, 'ks')
    .replace(/[cqg]/g, 'k')
    .replace(/w/g, 'v')
    .replace(/(?<=.)[yj]/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** The consonants of a surname key: spellings that differ in vowels or a letter share it. */
function skeletonOf(key: string): string {
  return (key[0] + key.slice(1).replace(/[aeiou]/g, '')).replace(/(.)\1+/g, '$1');
}

/**
 * Two surname spellings close enough to be one name: edit distance 1 from 5 letters, 2 from 7,
 * part by part where hyphens join parts (Kwok-kin and Kwok-hing are two names).
 */
function closeSpelling(a: string, b: string): boolean {
  const aParts = a.split('-');
  const bParts = b.split('-');
  if (aParts.length !== bParts.length) return false;
  let changed = false;
  for (let i = 0; i < aParts.length; i++) {
    if (aParts[i] === bParts[i]) continue;
    const shorter = Math.min(aParts[i].length, bParts[i].length);
    const allowed = shorter >= 7 ? 2 : shorter >= 5 ? 1 : 0;
    if (allowed === 0 || editDistance(aParts[i], bParts[i], allowed) > allowed) return false;
    changed = true;
  }
  return changed;
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** One given name, or an initial of it, or a romanisation of it (Dmitry / Dmitri). */
function sameGiven(a: GivenName | undefined, b: GivenName | undefined): boolean {
  if (!a || !b) return false;
  if (a.text.length === 1 || b.text.length === 1) return a.text[0] === b.text[0];
  return a.key === b.key;
}

/** Two spellings of one given name (not an initial): Dmitry / Dmitri. */
function otherSpelling(a: GivenName, b: GivenName): boolean {
  return a.text !== b.text && a.text.length > 1 && b.text.length > 1 && a.key === b.key;
}

/**
 * Whether two lists of given names can be one person's: the same first name (or initial) and,
 * where both give a middle name, the same one (George H. W. Bush is not George W. Bush); or one
 * leaves out the first names of the other (López Obrador for Andrés Manuel López Obrador).
 */
function givenCompatible(a: GivenName[], b: GivenName[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  if (sameGiven(a[0], b[0])) return a.length < 2 || b.length < 2 || sameGiven(a[1], b[1]);
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  let at = 1;
  for (const name of shorter) {
    if (name.text.length === 1) return false;
    while (at < longer.length && !sameGiven(longer[at], name)) at++;
    if (at++ >= longer.length) return false;
  }
  return true;
}

/** Whether given names `a` say more than `b`: more names, or a name where `b` has an initial. */
function fuller(a: GivenName[], b: GivenName[]): boolean {
  const letters = (names: GivenName[]) => names.reduce((n, name) => n + name.text.length, 0);
  return a.length > b.length || (a.length === b.length && letters(a) > letters(b));
}

/**
 * The candidate clearly ahead of the others: the only one, or one with at least twice the count
 * of the runner-up. Where none is, the caller leaves the name unresolved rather than guess.
 */
function dominant<T>(candidates: T[], count: (candidate: T) => number): T | undefined {
  if (candidates.length <= 1) return candidates[0];
  const ranked = candidates.map((c) => ({ c, n: count(c) })).sort((x, y) => y.n - x.n);
  return ranked[0].n > 0 && ranked[0].n >= 2 * ranked[1].n ? ranked[0].c : undefined;
}

function nameKey(article: string, text: string): string {
  return `${article}\u0000${oneLine(text)}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const bucket = map.get(key);
  if (bucket) bucket.push(value);
  else map.set(key, [value]);
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const bucket = map.get(key);
  if (bucket) bucket.add(value);
  else map.set(key, new Set([value]));
}
