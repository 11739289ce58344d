// People across a bundle: every article's name mentions grouped into persons, each named by the
// fullest form the bundle uses, with aliases and roles; and the findings where sources give a
// person contradicting roles or spell the name differently. Names are found through indexes by
// surname key and by given name, never compared pair by pair, so the cost grows with the
// mentions, not with the persons who share a surname.
//
// Every lookup a name makes finds only persons with its surname key, with a close spelling of its
// surname, or (a lone given name) persons its own article names with that first name. So surname
// keys fall into groups whose names never meet those of another group, and a group resolves alone
// exactly as within the whole bundle. PeopleResolver keeps the groups between calls: after an edit
// it resolves again only the groups whose names the edited article changed, and finishes anew
// only the persons of the groups whose names it still writes the same way (spans, roles, source).
import { capitalised, detached, withoutAccents } from './chars';
import { push } from './collections';
import { ASIAN_FAMILY_NAMES, COURTESY_TITLES, FIRST_NAMES, givenNameGender, isNameSuffix, PERSONAL_RELATIONS, relationGender } from './lexicon';
import { NICKNAMES } from './lexicon/nicknames';
import { ROMANISATIONS } from './lexicon/romanisations';
import { Article, Finding, Gender, NameMention, Person } from './model';

export interface People {
  people: Person[];
  /** role-differs and name-spelling findings. */
  findings: Finding[];
  /**
   * The person an article means by a name as written there (`Peskov`), if any; `gender` where an
   * honorific or pronoun says it (`Mrs Tiller`, `she`): which of the article's Tillers is meant.
   */
  personOf(article: string, name: string, gender?: Gender): Person | undefined;
}

/** A given name, lower case without accents (an initial is one letter), and its transliteration key. */
interface GivenName {
  text: string;
  /** The name with a German umlaut written out (see umlautsWrittenOut), else as `text`. */
  writtenOut: string;
  key: string;
  /** Its key and the keys of the full names it is a short form of (`bill`: bill, william): two given names that share one may be one person's. */
  forms: string[];
}

/** A name as written, split into the parts that resolution compares. */
interface ParsedName {
  /** The name as written, on one line (a capture may break it across lines). */
  form: string;
  /** How many words the form has, the parts of a hyphenated one each (`Lind-Holm` as many as `Lind Holm`): the fullest form has most. */
  words: number;
  given: GivenName[];
  /** The surname as spelled, lower case without accents (`zelenskiy`). */
  surname: string;
  /** The surname with a German umlaut written out (`mueller` for Müller; see umlautsWrittenOut), else as `surname`. */
  writtenOut: string;
  /** The surname folded across transliterations: `zelenski` for Zelensky, Zelenskiy, Zelenskyy. */
  key: string;
  /** Jr., Sr., III: part of who someone is (Donald Trump Jr. is not Donald Trump). */
  suffix: string;
  /** First letters of the first given name and the surname key: where a full name's spelling variants are looked up. */
  initials: string;
  /** Its other readings (see otherReadings), once asked: every article that writes the name asks. */
  readings: Reading[] | undefined;
}

/** One mention in its article. */
interface Placed {
  article: Article;
  /** The article's position in the bundle, when the resolution that holds the mention was made. */
  order: number;
  /** The mention's position in its article's list: where two mentions at one offset stand. */
  index: number;
  mention: NameMention;
  name: ParsedName;
  /** The role the mention carries, on one line. */
  role?: string;
  /** Its second role (NameMention.secondRole), on one line. */
  secondRole?: string;
  /** The mention as its person lists it: one object for every person made of it (an edit remakes the persons an article names). */
  listed: Person['mentions'][number];
}

/** A person while the mentions are being grouped. */
interface Draft {
  mentions: Placed[];
  /** The fullest given names seen, which later forms must agree with. */
  given: GivenName[];
  suffix: string;
  /** Every surname key the person goes by (more than one for spelling variants). */
  keys: Set<string>;
  /** Full-name mentions per article id: who an article names outright. */
  namedIn: Map<string, number>;
  /** The offices (titleOf heads) its full-name mentions carry: `president` for President Barack Obama. */
  titles: Set<string>;
  /** What the first honorific before one of its names said (`Ms Müller`). */
  honorific?: Gender;
  /** The finished person. */
  person?: Person;
}

/** A finding with what orders it among findings at one place: spelling before role, then by person, then as made. */
interface RankedFinding {
  finding: Finding;
  kind: number;
  of: Resolved;
  seq: number;
}

/** A finished person with the draft it came from and the findings about it. */
interface Resolved {
  person: Person;
  draft: Draft;
  findings: RankedFinding[];
}

/** Words that belong to the surname (`von der Leyen`, `Le Pen`, `bin Salman`), never given names. */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'le', 'la', 'ter', 'ten', 'zu', 'bin', 'ibn']);
/** Words that make a different office of the same title: a former or deputy minister is not the minister. */
const RANK_WORDS = new Map([
  ['former', 'former'],
  ['ex', 'former'],
  ['onetime', 'former'],
  ['acting', 'acting'],
  ['interim', 'acting'],
  ['caretaker', 'acting'],
  ['deputy', 'deputy'],
  ['vice', 'deputy'],
  ['prime', 'prime'],
  ['elect', 'elect'],
  ['assistant', 'assistant'],
  ['associate', 'associate'],
  ['adjunct', 'adjunct'],
  ['emeritus', 'emeritus'],
]);
/**
 * Words that date an office rather than name it (`then-President`, `Trump's first national
 * security adviser`, `as governor`): such a role agrees with the office and its former holder alike.
 */
const TENURE_WORDS = new Set(['as', 'then', 'first', 'second', 'third', 'last', 'previous', 'past', 'late', 'outgoing', 'incoming', 'future']);
/**
 * The department a minister's or secretary's title names, before the title (`Foreign Minister`,
 * `Home Secretary`): one person holds one at a time, so sources that name two differ.
 */
const PORTFOLIOS = new Map(
  (
    'foreign defence defense=defence finance interior justice health education trade energy culture home economy ' +
    'economic=economy agriculture environment transport labour labor=labour treasury housing immigration commerce ' +
    'industry tourism communications science sport sports=sport fisheries climate mining'
  )
    .split(' ')
    .map((entry): [string, string] => {
      const [word, portfolio] = entry.split('=');
      return [word, portfolio ?? word];
    }),
);
/** Titles that are one office in other words. */
const SAME_TITLE = new Map([
  ['congressman', 'representative'],
  ['congresswoman', 'representative'],
  ['spokeswoman', 'spokesman'],
  ['spokesperson', 'spokesman'],
  ['chairwoman', 'chairman'],
  ['chairperson', 'chairman'],
  ['chair', 'chairman'],
]);
/**
 * Grades of a service, one held at a time: police and military ranks. Sources that give a person
 * two of them differ (`Detective Sergeant` / `Detective Inspector`), though their heads do.
 */
const SERVICE_GRADES = new Set(
  'constable sergeant inspector superintendent corporal lieutenant captain major colonel brigadier general admiral commodore commander'.split(' '),
);
/** The service a grade is of, before it: of no weight (`Detective Sergeant` is a sergeant, `Coast Guard Commander` a commander). */
const SERVICE_WORDS = 'detective police army navy naval air force coast guard national marine marines corps'.split(' ');
/** Words that may come before a grade: part of it (`chief`, `lieutenant`), or its service's name. */
const GRADE_WORDS = new Set(['chief', 'staff', 'lance', 'master', 'warrant', 'petty', 'flight', 'wing', 'squadron', 'group', 'rear', 'lieutenant', 'major', 'brigadier', ...SERVICE_WORDS]);
const UNGRADED = new Set(SERVICE_WORDS);
/** Grades that name a higher one for short: a lieutenant general is `General`, a lieutenant colonel `Colonel`. */
const SHORTENED_GRADES = new Set(['general', 'colonel', 'admiral', 'commander']);
/** A company's chief officers, as titles and their abbreviations give them: one person holds one. */
const CHIEF_OFFICERS = new Map(
  Object.entries({
    'chief executive': ['ceo', 'chief executive', 'chief executive officer', 'group chief executive'],
    'chief financial officer': ['cfo', 'chief financial officer', 'finance chief'],
    'chief operating officer': ['coo', 'chief operating officer'],
    'chief technology officer': ['cto', 'chief technology officer'],
    // `CMO` is left out: a hospital's is its chief medical officer, a company's its chief marketing officer.
    'chief marketing officer': ['chief marketing officer'],
    'chief medical officer': ['chief medical officer'],
    'chief information officer': ['cio', 'chief information officer'],
  }).flatMap(([officer, titles]) => titles.map((title): [string, string] => [title, officer])),
);
/** Abbreviated titles, each word as news writes it: `Det. Sgt.`, `Lt. Col.`. */
const TITLE_ABBREVIATIONS = new Map(
  Object.entries({
    ...{ sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', lt: 'lieutenant', col: 'colonel', maj: 'major' },
    ...{ capt: 'captain', cmdr: 'commander', adm: 'admiral', brig: 'brigadier', cpl: 'corporal', sgt: 'sergeant' },
    ...{ insp: 'inspector', supt: 'superintendent', det: 'detective', ch: 'chief' },
  }),
);

/** Where a role's title ends and what it is of begins: `Press Secretary | to the Russian President`. */
const ROLE_QUALIFIER = /\s(?:of|to|for|at|in|on|with|from|under|who|which)\s|,|;|\(/;

/** A mention of an article at a position of the bundle. */
function placedAt(article: Article, order: number, index: number, name: ParsedName): Placed {
  const mention = article.mentions[index];
  // The mention is its own span: a span object for each of 20,000 mentions at 1,000 seeds held ~1 MB.
  const listed = { article: article.id, span: mention, text: mention.text };
  return { article, order, index, mention, name, role: mention.role && oneLine(mention.role), secondRole: mention.secondRole && oneLine(mention.secondRole), listed };
}

/** Each article's position in the list, by id; an id given twice, its last. (Set in a loop: a Map made of pairs allocates them and an iterator's results, per keystroke.) */
function positionsOf(articles: Article[]): Map<string, number> {
  const positions = new Map<string, number>();
  articles.forEach((article, position) => positions.set(article.id, position));
  return positions;
}

/** Resolves a bundle from scratch. */
export function resolvePeople(articles: Article[]): People {
  const parse = parser();
  const placed: Placed[] = [];
  articles.forEach((article, order) =>
    article.mentions.forEach((mention, index) => {
      const name = parse(mention.text);
      if (name) placed.push(placedAt(article, order, index, name));
    }),
  );
  const resolver = new Resolver(placed, new Map());
  const orderOf = positionsOf(articles);
  return {
    people: resolver.people.map((p) => p.person),
    findings: resolver.people.flatMap((p) => p.findings).sort(findingOrder(orderOf)).map((f) => f.finding),
    personOf: (article, text, gender) => {
      if (!orderOf.has(article)) return undefined;
      const name = parseName(text);
      if (!name) return undefined;
      const known = resolver.byMention.get(article)?.get(decisionKey(name, gender));
      return (known ?? guess(resolver, article, name, resolver, gender))?.person;
    },
  };
}

/** What resolution keeps of one article between calls. */
interface ArticleState {
  /** The article as last seen: its id, source, outlet and mentions are what persons and findings use. */
  article: Article;
  /** Each mention's name; null where nothing of a name is left. */
  names: (ParsedName | null)[];
  /** Positions of its mentions by surname key. */
  byKey: Map<string, number[]>;
  /** The name forms it writes. */
  forms: Map<string, ParsedName>;
  /** Surname keys its lone given names tie to the keys of its full names (`Sora` to `Sora Minato`), and its names' keys to their other readings'. */
  ties: [string, string][];
}

/** Surname keys whose names may mean the same persons, resolved together. */
interface Group {
  keys: string[];
  resolver: Resolver;
}

/** An article whose names of a group stand as they were, in a new mention list: where each mention went. */
interface Moved {
  article: Article;
  index: Map<number, number>;
}

/**
 * Resolves a bundle again and again as it changes, equal to resolvePeople each time. An article
 * whose mentions (by identity), source or outlet changed is compared with what it was: a group
 * whose names it writes in the same order keeps its decisions and finishes anew its persons that
 * the article names; a group whose names there changed (or that an article that came or went
 * names) is resolved again, with the groups its keys now reach (a new close spelling may join
 * two). Other groups, and their Person objects, are kept. The rest of a call is a pass over the
 * articles. Articles that change order are resolved anew.
 */
export class PeopleResolver {
  private readonly articles = new Map<string, ArticleState>();
  /** Each article's position at the last call. */
  private positions = new Map<string, number>();
  private readonly articlesWithKey = new Map<string, Set<string>>();
  /** Each surname spelling the bundle uses: its key, how many mentions use it, and with which initials in full names. */
  private readonly surnames = new Map<string, { key: string; uses: number; initials: Map<string, number> }>();
  private readonly surnamesOfKey = new Map<string, Set<string>>();
  /** Spellings by first key letter and length: where close spellings are looked up. */
  private readonly surnamesByShape = new Map<string, Set<string>>();
  /** Keys tied by lone given names and by names' other readings, with how many articles tie them. */
  private readonly ties = new Map<string, Map<string, number>>();
  /**
   * Across the bundle, with how many mentions: the surname keys of full names by their first
   * given name, that name by surname key, and the keys of lone names by their text. A lone given
   * name may mean a person another article names in full (see findShort): their keys meet.
   */
  private readonly fullKeysByGiven = new Map<string, Map<string, number>>();
  private readonly givensOfKey = new Map<string, Map<string, number>>();
  private readonly loneKeysByText = new Map<string, Map<string, number>>();
  private readonly groupOf = new Map<string, Group>();
  /** Persons by the article of their first mention, and findings by their article, each in bundle order. */
  private readonly peopleIn = new Map<string, Resolved[]>();
  private readonly findingsIn = new Map<string, RankedFinding[]>();
  private calls = 0;
  /**
   * Whether the last call resolved any group again. When it did not, every group kept its
   * decisions and the names it writes, so `personOf` names the same person as before for every
   * article whose mentions are unchanged (the Person object may be new).
   */
  regrouped = true;

  resolve(articles: Article[]): People {
    const orderOf = positionsOf(articles);
    this.regrouped = true;
    if (orderOf.size < articles.length || this.reordered(articles)) this.reset();
    if (orderOf.size < articles.length) return resolvePeople(articles); // ids that repeat name no article
    /** Surname keys whose groups must be resolved again. */
    const dirty = new Set<string>();
    /** Groups whose names an article still writes in the same order, with its new mentions. */
    const moved = new Map<Group, Map<string, Moved>>();
    for (const [id, state] of this.articles) {
      if (orderOf.has(id)) continue;
      this.account(state, -1);
      for (const key of state.byKey.keys()) dirty.add(key);
      this.articles.delete(id);
    }
    const parse = parser();
    for (const article of articles) {
      const state = this.articles.get(article.id);
      if (state && sameReading(state.article, article)) continue;
      const fresh = state && sameNames(state.article, article) ? { ...state, article } : readArticle(article, parse);
      this.articles.set(article.id, fresh);
      if (state) this.account(state, -1);
      this.account(fresh, 1);
      if (state) this.compare(state, fresh, dirty, moved);
      else for (const key of fresh.byKey.keys()) dirty.add(key);
    }
    this.positions = orderOf;
    const titles: Titles = new Map();
    const gone = new Set<Resolved>();
    const made: Resolved[] = [];
    this.regrouped = dirty.size > 0;
    if (this.regrouped) this.regroup(dirty, orderOf, titles, gone, made);
    for (const [group, changed] of moved) {
      if (this.groupOf.get(group.keys[0]) !== group) continue; // resolved again just now
      const refreshed = group.resolver.refresh(changed, titles);
      for (const resolved of refreshed.gone) gone.add(resolved);
      made.push(...refreshed.made);
    }
    this.refile(gone, made, orderOf);

    const people: Person[] = [];
    const findings: Finding[] = [];
    for (const { id } of articles) {
      for (const p of this.peopleIn.get(id) ?? []) people.push(p.person);
      for (const f of this.findingsIn.get(id) ?? []) findings.push(f.finding);
    }
    const call = ++this.calls;
    let fromScratch: People | undefined;
    return {
      people,
      findings,
      // An earlier result still answers for its own articles, from scratch (no feature asks one).
      personOf: (article, name, gender) =>
        call === this.calls ? this.personOf(article, name, gender) : (fromScratch ??= resolvePeople(articles)).personOf(article, name, gender),
    };
  }

  private reset(): void {
    const indexes = [this.articlesWithKey, this.surnames, this.surnamesOfKey, this.surnamesByShape, this.ties, this.fullKeysByGiven, this.givensOfKey, this.loneKeysByText];
    for (const map of [this.articles, this.positions, ...indexes, this.groupOf, this.peopleIn, this.findingsIn]) {
      map.clear();
    }
  }

  /** Whether articles kept from the last call come in another order: every decision depends on it. */
  private reordered(articles: Article[]): boolean {
    let last = -1;
    for (const { id } of articles) {
      const was = this.positions.get(id);
      if (was === undefined) continue;
      if (was < last) return true;
      last = was;
    }
    return false;
  }

  /**
   * What an edit of an article asks of each group its names were or are in: where the group's
   * names stand in the same order with the same titles (spans, the rest of roles or the source
   * may differ), its decisions stand and only its persons there are finished anew; otherwise its
   * keys are dirty.
   */
  private compare(was: ArticleState, now: ArticleState, dirty: Set<string>, moved: Map<Group, Map<string, Moved>>): void {
    const positions = (state: ArticleState) => {
      const byGroup = new Map<Group, number[]>();
      state.names.forEach((name, index) => {
        const group = name && this.groupOf.get(name.key);
        if (group) push(byGroup, group, index);
        else if (name) dirty.add(name.key); // a key new to the bundle
      });
      return byGroup;
    };
    const before = positions(was);
    const after = positions(now);
    for (const group of new Set([...before.keys(), ...after.keys()])) {
      const from = before.get(group) ?? [];
      const to = after.get(group) ?? [];
      // A surname's title or honorific may decide whom it means (see findShort), and a full name
      // whom another name means: titles, honorifics and those full names count as much as forms.
      const same = (index: number, i: number) => {
        const [a, b] = [was.article.mentions[index], now.article.mentions[to[i]]];
        return (
          was.names[index]!.form === now.names[to[i]]!.form && titleHead(a.role) === titleHead(b.role) && a.aliasOf === b.aliasOf && a.gender === b.gender
        );
      };
      if (from.length === to.length && from.every(same)) {
        inner(moved, group).set(now.article.id, { article: now.article, index: new Map(from.map((index, i) => [index, to[i]])) });
      } else {
        for (const key of group.keys) if (was.byKey.has(key) || now.byKey.has(key)) dirty.add(key);
      }
    }
  }

  /** Adds (`sign` 1) or takes away (-1) an article's part of the indexes. */
  private account(state: ArticleState, sign: 1 | -1): void {
    const { id } = state.article;
    for (const key of state.byKey.keys()) {
      if (sign > 0) addTo(this.articlesWithKey, key, id);
      else removeFrom(this.articlesWithKey, key, id);
    }
    for (const name of state.names) {
      if (!name) continue;
      if (name.given.length > 0) {
        count(this.fullKeysByGiven, name.given[0].text, name.key, sign);
        count(this.givensOfKey, name.key, name.given[0].text, sign);
      } else count(this.loneKeysByText, name.surname, name.key, sign);
      const held = this.surnames.get(name.surname) ?? { key: name.key, uses: 0, initials: new Map() };
      held.uses += sign;
      if (name.given.length > 0) {
        const uses = (held.initials.get(name.initials) ?? 0) + sign;
        if (uses > 0) held.initials.set(name.initials, uses);
        else held.initials.delete(name.initials);
      }
      if (held.uses === 1 && sign > 0) {
        this.surnames.set(name.surname, held);
        addTo(this.surnamesOfKey, name.key, name.surname);
        addTo(this.surnamesByShape, shapeOf(name.key, name.surname.length), name.surname);
      } else if (held.uses === 0) {
        this.surnames.delete(name.surname);
        removeFrom(this.surnamesOfKey, name.key, name.surname);
        removeFrom(this.surnamesByShape, shapeOf(name.key, name.surname.length), name.surname);
      }
    }
    for (const [a, b] of state.ties) {
      count(this.ties, a, b, sign);
      count(this.ties, b, a, sign);
    }
  }

  /** Spellings in the bundle close to a surname, with the same first key letter (what a variant lookup may find). */
  private closeSurnames(surname: string, key: string): string[] {
    const close: string[] = [];
    const reach = 2 * surname.split('-').length;
    for (let length = surname.length - reach; length <= surname.length + reach; length++) {
      for (const other of this.surnamesByShape.get(shapeOf(key, length)) ?? []) if (closeSpelling(surname, other)) close.push(other);
    }
    return close;
  }

  /**
   * Keys whose names a name of this key may meet in a lookup: close spellings that full names
   * write with the same initials (findFull's variants) or that share the skeleton (findShort's),
   * keys tied by lone given names, in an article or across the bundle, and by names' other
   * readings, and the keys of full names' given names (a name in the other order).
   */
  private neighbours(key: string): string[] {
    const found: string[] = [];
    const skeleton = skeletonOf(key);
    for (const surname of this.surnamesOfKey.get(key) ?? []) {
      const { initials } = this.surnames.get(surname)!;
      for (const other of this.closeSurnames(surname, key)) {
        const held = this.surnames.get(other)!;
        if (skeletonOf(held.key) === skeleton || sharesAKey(held.initials, initials)) found.push(held.key);
      }
    }
    // A name's other readings tie its key to keys the bundle may not use (see otherReadings).
    for (const tied of this.ties.get(key)?.keys() ?? []) if (this.articlesWithKey.has(tied)) found.push(tied);
    for (const surname of this.surnamesOfKey.get(key) ?? []) for (const full of this.fullKeysByGiven.get(surname)?.keys() ?? []) found.push(full);
    for (const given of this.givensOfKey.get(key)?.keys() ?? []) {
      for (const lone of this.loneKeysByText.get(given)?.keys() ?? []) found.push(lone);
      // A name in the other order (`Ishiba Shigeru` for Shigeru Ishiba): see otherReadings.
      const reversed = transliteration(given);
      if (reversed !== key && this.articlesWithKey.has(reversed)) found.push(reversed);
    }
    return found;
  }

  /** Resolves again the groups of the dirty keys, as the keys now connect, and files their persons and findings. */
  private regroup(dirty: Set<string>, orderOf: Map<string, number>, titles: Titles, gone: Set<Resolved>, made: Resolved[]): void {
    const released = new Set<Group>();
    const pending = [...dirty];
    const release = (key: string) => {
      const group = this.groupOf.get(key);
      if (group && !released.has(group)) {
        released.add(group);
        pending.push(...group.keys);
      }
    };
    const grouped = new Set<string>();
    const groups: string[][] = [];
    while (pending.length > 0) {
      const start = pending.pop()!;
      if (grouped.has(start)) continue;
      grouped.add(start);
      // A key gone from the bundle only lets its group go: its names' other readings may still tie it to keys in use.
      if (!this.articlesWithKey.has(start)) {
        release(start);
        continue;
      }
      const keys = [start];
      for (let i = 0; i < keys.length; i++) {
        release(keys[i]);
        for (const next of this.neighbours(keys[i])) {
          if (grouped.has(next)) continue;
          grouped.add(next);
          keys.push(next);
        }
      }
      groups.push(keys);
    }

    for (const group of released) {
      for (const key of group.keys) if (this.groupOf.get(key) === group) this.groupOf.delete(key);
      for (const resolved of group.resolver.people) gone.add(resolved);
    }
    for (const keys of groups) {
      const group = { keys, resolver: new Resolver(this.gather(keys, orderOf), titles) };
      for (const key of keys) this.groupOf.set(key, group);
      made.push(...group.resolver.people);
    }
  }

  /** Takes the persons gone out of the lists by article, and files the persons made. */
  private refile(gone: Set<Resolved>, made: Resolved[], orderOf: Map<string, number>): void {
    const peopleTouched = new Set<string>();
    const findingsTouched = new Set<string>();
    for (const resolved of gone) {
      peopleTouched.add(resolved.draft.mentions[0].article.id);
      for (const f of resolved.findings) findingsTouched.add(f.finding.article);
    }
    for (const id of peopleTouched) this.peopleIn.set(id, this.peopleIn.get(id)!.filter((p) => !gone.has(p)));
    for (const id of findingsTouched) this.findingsIn.set(id, this.findingsIn.get(id)!.filter((f) => !gone.has(f.of)));
    for (const resolved of made) {
      const first = resolved.draft.mentions[0].article.id;
      push(this.peopleIn, first, resolved);
      peopleTouched.add(first);
      for (const f of resolved.findings) {
        push(this.findingsIn, f.finding.article, f);
        findingsTouched.add(f.finding.article);
      }
    }
    const mentions = mentionOrder(orderOf);
    const findings = findingOrder(orderOf);
    for (const id of peopleTouched) sortOrDrop(this.peopleIn, id, (a, b) => mentions(a.draft.mentions[0], b.draft.mentions[0]));
    for (const id of findingsTouched) sortOrDrop(this.findingsIn, id, findings);
  }

  /** The mentions of some surname keys, in bundle order. */
  private gather(keys: string[], orderOf: Map<string, number>): Placed[] {
    const placed: Placed[] = [];
    for (const key of keys) {
      for (const id of this.articlesWithKey.get(key)!) {
        const { article, names, byKey } = this.articles.get(id)!;
        const order = orderOf.get(id)!;
        for (const index of byKey.get(key)!) placed.push(placedAt(article, order, index, names[index]!));
      }
    }
    return placed.sort((a, b) => a.order - b.order || a.index - b.index);
  }

  private personOf(article: string, text: string, gender?: Gender): Person | undefined {
    const state = this.articles.get(article);
    if (!state) return undefined;
    // A form the article writes is most often asked as the very string it was read from.
    const form = state.forms.has(text) ? text : oneLine(text);
    const name = state.forms.get(form) ?? parseName(text);
    if (!name) return undefined;
    const own = this.groupOf.get(name.key)?.resolver;
    const known = own?.byMention.get(article)?.get(decisionKey(name, gender));
    if (known) return known.person;
    // A form no mention wrote: look where each lookup of findFull and findShort may find someone.
    const resolvers = new Set<Resolver>();
    const add = (key: string) => {
      const resolver = this.groupOf.get(key)?.resolver;
      if (resolver) resolvers.add(resolver);
    };
    add(name.key);
    for (const tied of this.ties.get(name.key)?.keys() ?? []) add(tied);
    for (const reading of otherReadings(name)) add(reading.key);
    for (const other of this.closeSurnames(name.surname, name.key)) add(this.surnames.get(other)!.key);
    if (name.given.length === 0) for (const key of this.fullKeysByGiven.get(name.surname)?.keys() ?? []) add(key);
    return guess(new Combined([...resolvers]), article, name, own, gender)?.person;
  }
}

function sameReading(was: Article, now: Article): boolean {
  return was.mentions === now.mentions && was.source === now.source && was.anatomy.outlet === now.anatomy.outlet;
}

/** Whether an article names the same names in the same order: then only spans, roles and sources may differ. */
function sameNames(was: Article, now: Article): boolean {
  return was.mentions.length === now.mentions.length && was.mentions.every((m, i) => m.text === now.mentions[i].text && m.aliasOf === now.mentions[i].aliasOf);
}

/** A name the article says a person is known by: see NameMention.aliasOf. */
function isAlias(p: Placed): boolean {
  return p.mention.aliasOf !== undefined;
}

function readArticle(article: Article, parse: (text: string) => ParsedName | null): ArticleState {
  const names = article.mentions.map((mention) => parse(mention.text));
  const byKey = new Map<string, number[]>();
  const forms = new Map<string, ParsedName>();
  const keysByGiven = new Map<string, Set<string>>();
  names.forEach((name, index) => {
    if (!name) return;
    push(byKey, name.key, index);
    forms.set(name.form, name);
    for (const { text } of givenNamesOf(name)) addTo(keysByGiven, text, name.key);
  });
  const ties: [string, string][] = [];
  for (const name of forms.values()) {
    for (const reading of otherReadings(name)) if (reading.key !== name.key && !reading.reversed) ties.push([name.key, reading.key]);
    if (name.given.length > 0) continue;
    for (const key of keysByGiven.get(name.surname) ?? []) if (key !== name.key) ties.push([name.key, key]);
  }
  // Another name and the full name it stands for are resolved together.
  article.mentions.forEach(({ aliasOf }, index) => {
    const key = names[index]?.key;
    const full = aliasOf === undefined ? null : parse(aliasOf);
    if (key && full && full.key !== key && byKey.has(full.key)) ties.push([key, full.key]);
  });
  return { article, names, byKey, forms, ties };
}

function shapeOf(key: string, length: number): string {
  return `${key[0]} ${length}`;
}

/** parseName, remembering its answers for one call. */
function parser(): (text: string) => ParsedName | null {
  const parsed = new Map<string, ParsedName | null>();
  return (text) => {
    let name = parsed.get(text);
    if (name === undefined) parsed.set(text, (name = parseName(text)));
    return name;
  };
}

/** Order of two mentions in the bundle, with the articles where `orderOf` puts them. */
function mentionOrder(orderOf: Map<string, number>): (a: Placed, b: Placed) => number {
  return (a, b) => orderOf.get(a.article.id)! - orderOf.get(b.article.id)! || a.mention.start - b.mention.start || a.index - b.index;
}

/** Findings in bundle order; at one place, spelling before role, then in the order of their persons. */
function findingOrder(orderOf: Map<string, number>): (a: RankedFinding, b: RankedFinding) => number {
  const mentions = mentionOrder(orderOf);
  return (a, b) =>
    orderOf.get(a.finding.article)! - orderOf.get(b.finding.article)! ||
    a.finding.span.start - b.finding.span.start ||
    a.kind - b.kind ||
    mentions(a.of.draft.mentions[0], b.of.draft.mentions[0]) ||
    a.seq - b.seq;
}

/** Where a name looks for the persons it may mean: one resolver's indexes, or several resolvers' together. */
interface Lookup {
  /** Persons named in full with this surname key. */
  withKey(key: string): Draft[];
  /** Of those, the one with clearly most mentions (see dominant), kept as mentions come. */
  leaderOf(key: string): Draft | undefined;
  /** Of those, the ones a full name with these given names may be (and some it may not). */
  sameSurname(key: string, given: GivenName[]): Draft[];
  /** Persons that `fits` and named in full with these initials and a close spelling of the surname. */
  fullVariants(initials: string, surname: string, fits: (d: Draft) => boolean): Draft[];
  /** Persons that `fits` and named in full with a surname of this skeleton close to the surname. */
  shortVariants(skeleton: string, surname: string, fits: (d: Draft) => boolean): Draft[];
  /** Persons an article names in full. */
  namedIn(article: string): Draft[];
  /**
   * Persons an article names in full with this first name; where none, with this as a later given
   * name (`Lula` of Luiz Inácio Lula da Silva, `Sánchez` of Pedro Sánchez Pérez-Castejón).
   */
  namedWithGiven(article: string, given: string): Draft[];
  /** Persons named in full with this first name anywhere. */
  withGiven(given: string): Draft[];
}

/** Groups mentions into persons, one mention at a time in bundle order, through indexes by surname key. */
class Resolver implements Lookup {
  people: Resolved[];
  /** What each article means by each name form it writes: article id, then decisionKey. */
  readonly byMention = new Map<string, Map<string, Draft>>();
  /** Persons the bundle names by a surname alone, or a surname it leaves ambiguous, by key and suffix. */
  readonly surnameOnly = new Map<string, Draft>();
  /** The regnal numbers the bundle writes after each name alone, by key (see sameMonarch). */
  private readonly regnalNumbers = new Map<string, Set<string>>();
  private readonly drafts: Draft[] = [];
  /** Persons named in full, by surname key; by initials, then surname spelling; by skeleton, then spelling. */
  private readonly byKey = new Map<string, SurnameIndex>();
  private readonly byInitials = new Map<string, Spellings>();
  private readonly bySkeleton = new Map<string, Spellings>();
  /**
   * Persons named in full per article id, and each first name written there with its person: a
   * short list per article (a map and a set per article and name held ~5 MB at 1,000 seeds).
   */
  private readonly namedInArticle = new Map<string, Draft[]>();
  private readonly givenInArticle = new Map<string, { given: string; first: boolean; draft: Draft }[]>();
  private readonly byGiven = new Map<string, Draft[]>();
  /** Each article's position in the bundle as this resolution had it. */
  private readonly orders = new Map<string, number>();

  /** Resolves mentions given in bundle order; `titles` remembers the offices of roles. */
  constructor(placed: Placed[], titles: Titles) {
    for (const p of placed) this.orders.set(p.article.id, p.order);
    // Full names with a first name written out go first, so that `J. Smith` meets John Smith
    // as a person already formed rather than forming one that John and Jane would both fit.
    // A full name that an article gives as someone's other name (`Jesse Colt (real name Jeremy
    // Abbott)`) is that person wherever it stands: placed after the other names.
    const otherNames = new Map<string, Placed>();
    for (const p of placed) if (isAlias(p) && p.name.given.length > 0 && !otherNames.has(p.name.form)) otherNames.set(p.name.form, p);
    const full = placed.filter((p) => p.name.given.length > 0 && !isAlias(p) && !otherNames.has(p.name.form));
    const initialFirst = (p: Placed) => p.name.given[0].text.length === 1;
    for (const p of [...full.filter((p) => !initialFirst(p)), ...full.filter(initialFirst)]) {
      this.place(p, titles, () => findFull(this, p.article.id, p.name) ?? this.newDraft());
    }
    // A name the article says someone is known by (`Jokowi`) is that person, whose full name is
    // placed by now; before lone names, so that one elsewhere in the bundle (`Jokowi said`) finds them by it.
    for (const p of placed) {
      if (!isAlias(p)) continue;
      const known = parseName(p.mention.aliasOf!);
      const meant = known && this.byMention.get(p.article.id)?.get(known.form);
      // Where the full name is not there to be found, the name stands alone, as any other would.
      const alone = () =>
        p.name.given.length > 0 ? (findFull(this, p.article.id, p.name) ?? this.newDraft()) : (findShort(this, p.article.id, p.name) ?? this.surnameOnlyDraft(p.name));
      this.place(p, titles, () => meant ?? alone());
    }
    for (const p of placed) {
      const other = p.name.given.length > 0 && !isAlias(p) ? otherNames.get(p.name.form) : undefined;
      if (!other) continue;
      const meant = this.byMention.get(other.article.id)?.get(decisionKey(other.name, other.mention.gender));
      this.place(p, titles, () => meant ?? findFull(this, p.article.id, p.name) ?? this.newDraft());
    }
    // A surname's title anywhere in its article says whom the article means by it (see findShort);
    // an honorific only where it stands: `Mrs Ekwe` is the widow, `Ekwe` in the same story the mayor.
    const titleOfForm = new Map<string, string>();
    const formHere = (p: Placed) => `${p.article.id}\u0000${p.name.form}`;
    for (const p of placed) {
      if (p.name.given.length > 0 || p.role === undefined) continue;
      const here = formHere(p);
      const title = officeOf(titles, p.role)?.head;
      if (title && !titleOfForm.has(here)) titleOfForm.set(here, title);
    }
    for (const p of placed) {
      if (p.name.given.length > 0 || isAlias(p)) continue;
      this.place(p, titles, () => findShort(this, p.article.id, p.name, titleOfForm.get(formHere(p)), p.mention.gender, p.mention.start) ?? this.surnameOnlyDraft(p.name));
    }
    this.people = this.finish(titles);
  }

  withKey(key: string): Draft[] {
    return this.byKey.get(key)?.drafts ?? [];
  }

  leaderOf(key: string): Draft | undefined {
    return this.byKey.get(key)?.leader();
  }

  sameSurname(key: string, given: GivenName[]): Draft[] {
    return this.byKey.get(key)?.compatible(given) ?? [];
  }

  fullVariants(initials: string, surname: string, fits: (d: Draft) => boolean): Draft[] {
    return this.byInitials.get(initials)?.closeTo(surname, fits) ?? [];
  }

  shortVariants(skeleton: string, surname: string, fits: (d: Draft) => boolean): Draft[] {
    return this.bySkeleton.get(skeleton)?.closeTo(surname, fits) ?? [];
  }

  namedIn(article: string): Draft[] {
    return this.namedInArticle.get(article) ?? [];
  }

  namedWithGiven(article: string, given: string): Draft[] {
    const entries = (this.givenInArticle.get(article) ?? []).filter((entry) => entry.given === given);
    const first = entries.filter((entry) => entry.first);
    return (first.length > 0 ? first : entries).map((entry) => entry.draft);
  }

  withGiven(given: string): Draft[] {
    return this.byGiven.get(given) ?? [];
  }

  /** Adds a mention to the person its article means by that name, deciding once per article, name and honorific. */
  private place(p: Placed, titles: Titles, decide: () => Draft): void {
    const { article, name } = p;
    let forms = this.byMention.get(article.id);
    if (!forms) this.byMention.set(article.id, (forms = new Map()));
    const decided = decisionKey(name, p.mention.gender);
    let draft = forms.get(decided);
    if (!draft) forms.set(decided, (draft = decide()));
    draft.mentions.push(p);
    draft.honorific ??= p.mention.gender;
    for (const key of draft.keys) this.byKey.get(key)!.counted(draft);
    // Another name says nothing of the person's given names or spellings; alone elsewhere in the bundle, it finds them.
    if (isAlias(p)) {
      if (name.given.length === 0) this.addKey(draft, name.key);
      return;
    }
    if (name.given.length === 0) return;
    if (fuller(name.given, draft.given)) {
      draft.given = name.given;
      for (const key of draft.keys) this.byKey.get(key)!.index(draft);
    }
    if (name.suffix) draft.suffix = name.suffix;
    const title = officeOf(titles, p.role)?.head;
    if (title) draft.titles.add(title);
    spellingsAt(this.byInitials, name.initials).add(name.surname, draft);
    spellingsAt(this.bySkeleton, skeletonOf(name.key)).add(name.surname, draft);
    const given = name.given[0].text;
    const withGiven = this.byGiven.get(given);
    if (!withGiven) this.byGiven.set(given, [draft]);
    else if (!withGiven.includes(draft)) withGiven.push(draft);
    let givenHere = this.givenInArticle.get(article.id);
    if (!givenHere) this.givenInArticle.set(article.id, (givenHere = []));
    for (const { text, first } of givenNamesOf(name)) {
      if (!givenHere.some((entry) => entry.given === text && entry.draft === draft)) givenHere.push({ given: text, first, draft });
    }
    const named = draft.namedIn.get(article.id) ?? 0;
    draft.namedIn.set(article.id, named + 1);
    if (named === 0) push(this.namedInArticle, article.id, draft);
    this.addKey(draft, name.key);
    // `De la Fuente said` after María José de la Fuente Ortega: a surname after a particle is a first
    // surname, which news uses alone (its reading ties it to the name's key, see otherReadings).
    const words = name.given.length;
    if (words >= 3 && PARTICLES.has(name.given[words - 2].text)) this.addKey(draft, name.given[words - 1].key);
    // `Loew` after `Joachim Löw` finds him by the umlaut written out (see otherReadings).
    if (name.writtenOut !== name.surname) this.addKey(draft, transliteration(name.writtenOut));
  }

  private addKey(draft: Draft, key: string): void {
    if (draft.keys.has(key)) return;
    draft.keys.add(key);
    let index = this.byKey.get(key);
    if (!index) this.byKey.set(key, (index = new SurnameIndex()));
    index.add(draft);
  }

  private newDraft(): Draft {
    const draft: Draft = { mentions: [], given: [], suffix: '', keys: new Set(), namedIn: new Map(), titles: new Set() };
    this.drafts.push(draft);
    return draft;
  }

  private surnameOnlyDraft(name: ParsedName): Draft {
    const key = surnameOnlyKey(name);
    let draft = this.surnameOnly.get(key) ?? this.sameMonarch(name);
    if (!draft) draft = this.newDraft();
    this.surnameOnly.set(key, draft);
    return draft;
  }

  /**
   * A monarch's or pope's name, which is one name and a regnal number, is theirs with or without
   * the number (`King Albrecht III`, then `King Albrecht`): the one person the bundle names alone
   * with that name and a number, or that name's person where it has no number yet; not where
   * two numbers make two (`Leo XIII`, `Leo XIV`). A Jr. or Sr. keeps a family apart (see findFull).
   */
  private sameMonarch(name: ParsedName): Draft | undefined {
    if (name.suffix === 'jr' || name.suffix === 'sr') return undefined;
    const numbers = this.regnalNumbers.get(name.key);
    if (!name.suffix) return numbers?.size === 1 ? this.surnameOnly.get(`${name.key} ${[...numbers][0]}`) : undefined;
    addTo(this.regnalNumbers, name.key, name.suffix);
    return numbers === undefined ? this.surnameOnly.get(`${name.key} `) : undefined;
  }

  /** The persons in order of first mention, each with its mentions in order, its name and its findings. */
  private finish(titles: Titles): Resolved[] {
    for (const draft of this.drafts) draft.mentions.sort(byPlace);
    this.drafts.sort((a, b) => byPlace(a.mentions[0], b.mentions[0]));
    return this.drafts.map((draft) => finishDraft(draft, titles));
  }

  /**
   * Finishes anew the persons some articles name, after their mentions changed in place only
   * (spans, roles, source, outlet): every decision stands. Returns the persons replaced and their replacements.
   */
  refresh(articles: Map<string, Moved>, titles: Titles): { gone: Resolved[]; made: Resolved[] } {
    const drafts = new Set([...articles.keys()].flatMap((id) => [...(this.byMention.get(id)?.values() ?? [])]));
    const gone: Resolved[] = [];
    const made: Resolved[] = [];
    this.people = this.people.map((resolved) => {
      const { draft } = resolved;
      if (!drafts.has(draft)) return resolved;
      for (const [id, moved] of articles) {
        // An article's mentions stand together, at the position it had when this resolution was made.
        const order = this.orders.get(id)!;
        const from = firstFrom(draft.mentions, order);
        const to = firstFrom(draft.mentions, order + 1);
        const run = draft.mentions.slice(from, to).map((p) => placedAt(moved.article, order, moved.index.get(p.index)!, p.name));
        draft.mentions = draft.mentions.slice(0, from).concat(run.sort(byPlace), draft.mentions.slice(to));
      }
      gone.push(resolved);
      // The forms are as they were, in the same articles: so is the name the bundle calls them by.
      made.push(finishDraft(draft, titles, resolved.person.name));
      return made[made.length - 1];
    });
    return { gone, made };
  }
}

type Titles = Map<string, Title[]>;

/** The offices a role names, as titlesOf reads them, read once a call. */
function officesOf(titles: Titles, role: string): Title[] {
  let offices = titles.get(role);
  if (!offices) titles.set(role, (offices = titlesOf(role)));
  return offices;
}

/** A role's office, as titleOf reads it (the last of those it joins), read once a call. */
function officeOf(titles: Titles, role: string | undefined): Title | undefined {
  if (role === undefined) return undefined;
  const offices = officesOf(titles, role);
  return offices[offices.length - 1];
}

/** Where the first mention at or after an article position stands, in mentions in bundle order. */
function firstFrom(mentions: Placed[], order: number): number {
  let [low, high] = [0, mentions.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle].order < order) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Order of two mentions of one resolution. */
function byPlace(a: Placed, b: Placed): number {
  return a.order - b.order || a.mention.start - b.mention.start || a.index - b.index;
}

/** A draft made a person, with the findings about it; `name` when it is known to be nameOf(draft) already. */
function finishDraft(draft: Draft, titles: Titles, name = nameOf(draft)): Resolved {
  const person = (draft.person = toPerson(draft, name));
  const resolved: Resolved = { person, draft, findings: [] };
  const rank = (kind: number) => (finding: Finding, seq: number) => resolved.findings.push({ finding, kind, of: resolved, seq });
  spellingFindings(person, draft).forEach(rank(0));
  roleFindings(person, draft, titles).forEach(rank(1));
  return resolved;
}

/** The persons named in full with one surname key. */
class SurnameIndex {
  readonly drafts: Draft[] = [];
  /**
   * The same persons under each given name they go by, the way sameGiven compares it (by its
   * forms, or by first letter where one is an initial): a full name that may be one of them (see
   * givenCompatible) has a given name that finds it.
   */
  private readonly byGiven = new Map<string, Set<Draft>>();
  /** The two with most mentions, most first. */
  private first?: Draft;
  private second?: Draft;

  add(draft: Draft): void {
    this.drafts.push(draft);
    this.index(draft);
    this.counted(draft);
  }

  /** Files a person under its given names, again after they grew fuller (old entries only find more). */
  index(draft: Draft): void {
    for (const name of draft.given) for (const entry of givenEntries(name)) addTo(this.byGiven, entry, draft);
  }

  /** Keeps the two leaders as a person's mentions grow (counts only ever grow). */
  counted(draft: Draft): void {
    const n = draft.mentions.length;
    if (draft === this.first) return;
    if (!this.first || n > this.first.mentions.length) {
      this.second = this.first;
      this.first = draft;
    } else if (draft !== this.second && (!this.second || n > this.second.mentions.length)) this.second = draft;
  }

  leader(): Draft | undefined {
    if (this.drafts.length <= 1) return this.drafts[0];
    return this.first!.mentions.length >= 2 * this.second!.mentions.length ? this.first : undefined;
  }

  compatible(given: GivenName[]): Draft[] {
    const found = new Set<Draft>();
    for (const name of given) for (const entry of givenQueries(name)) for (const d of this.byGiven.get(entry) ?? []) found.add(d);
    return [...found];
  }
}

/** Where a person's given name is filed: under its first letter, and under each of its forms or as an initial. */
function givenEntries(name: GivenName): string[] {
  return name.text.length === 1 ? [`letter ${name.text}`, `initial ${name.text}`] : [`letter ${name.text[0]}`, ...name.forms.map((form) => `key ${form}`)];
}

/** Where a given name finds the persons whose given names sameGiven matches with it. */
function givenQueries(name: GivenName): string[] {
  return name.text.length === 1 ? [`letter ${name.text}`] : [...name.forms.map((form) => `key ${form}`), `initial ${name.text[0]}`];
}

/** Several resolvers' indexes as one: those of the groups a name no mention wrote may reach. */
class Combined implements Lookup {
  constructor(private readonly parts: Lookup[]) {}

  withKey(key: string): Draft[] {
    return this.parts.flatMap((p) => p.withKey(key));
  }

  leaderOf(key: string): Draft | undefined {
    return this.parts.find((p) => p.withKey(key).length > 0)?.leaderOf(key); // one group holds a key
  }

  sameSurname(key: string, given: GivenName[]): Draft[] {
    return this.parts.flatMap((p) => p.sameSurname(key, given));
  }

  fullVariants(initials: string, surname: string, fits: (d: Draft) => boolean): Draft[] {
    return this.parts.flatMap((p) => p.fullVariants(initials, surname, fits));
  }

  shortVariants(skeleton: string, surname: string, fits: (d: Draft) => boolean): Draft[] {
    return this.parts.flatMap((p) => p.shortVariants(skeleton, surname, fits));
  }

  namedIn(article: string): Draft[] {
    return this.parts.flatMap((p) => p.namedIn(article));
  }

  namedWithGiven(article: string, given: string): Draft[] {
    return this.parts.flatMap((p) => p.namedWithGiven(article, given));
  }

  withGiven(given: string): Draft[] {
    return this.parts.flatMap((p) => p.withGiven(given));
  }
}

/** Persons by the surname spellings of their full names, where close spellings are looked up. */
class Spellings {
  private readonly drafts = new Map<string, Set<Draft>>();
  private readonly spellings: string[] = [];
  /** For each surname looked up, the close spellings among the first `checked` (spellings only come). */
  private readonly close = new Map<string, { checked: number; spellings: string[] }>();

  add(spelling: string, draft: Draft): void {
    const drafts = this.drafts.get(spelling);
    if (drafts) drafts.add(draft);
    else {
      this.drafts.set(spelling, new Set([draft]));
      this.spellings.push(spelling);
    }
  }

  /** The persons that fit under the spellings close to `surname`, each once. */
  closeTo(surname: string, fits: (d: Draft) => boolean): Draft[] {
    let close = this.close.get(surname);
    if (!close) this.close.set(surname, (close = { checked: 0, spellings: [] }));
    for (; close.checked < this.spellings.length; close.checked++) {
      const spelling = this.spellings[close.checked];
      if (closeSpelling(spelling, surname)) close.spellings.push(spelling);
    }
    const found = new Set<Draft>();
    for (const spelling of close.spellings) for (const d of this.drafts.get(spelling)!) if (fits(d)) found.add(d);
    return [...found];
  }
}

function spellingsAt(map: Map<string, Spellings>, key: string): Spellings {
  let spellings = map.get(key);
  if (!spellings) map.set(key, (spellings = new Spellings()));
  return spellings;
}

/** The person a full name (given names and surname) belongs to, among those already formed. */
function findFull(lookup: Lookup, article: string, name: ParsedName): Draft | undefined {
  // Outlets differ in writing `Jr.` (`Joseph R. Biden Jr.`, `Joe Biden`), and an article shortens
  // the name (`Robert S. Mueller III`, then `Robert Mueller`); but an article that writes the
  // same names with and without it (`Robert F. Kennedy Jr.` and his father `Robert F. Kennedy`) means two people.
  const sameGivenNames = (d: Draft) => d.given.length === name.given.length && d.given.every((g, i) => g.text === name.given[i].text);
  const suffixFits = (d: Draft) => d.suffix === name.suffix || ((!d.suffix || !name.suffix) && !(d.namedIn.has(article) && sameGivenNames(d)));
  const sameSurname = lookup.sameSurname(name.key, name.given).filter((d) => suffixFits(d) && givenCompatible(d.given, name.given));
  if (sameSurname.length > 0) return dominant(preferSameSuffix(sameSurname, name), (d) => d.mentions.length);
  // A spelling variant: close surname spelling and the same first name or initial.
  const variants = lookup.fullVariants(
    name.initials,
    name.surname,
    (d) => suffixFits(d) && sameGiven(d.given[0], name.given[0]) && givenCompatible(d.given, name.given),
  );
  if (variants.length > 0) return dominant(preferSameSuffix(variants, name), (d) => d.mentions.length);
  // The same name with its surname written otherwise (see otherReadings), or with a second surname more or less.
  const read = otherReadings(name).flatMap((r) => lookup.sameSurname(r.key, r.given).filter((d) => suffixFits(d) && givenCompatible(d.given, r.given)));
  if (read.length > 0) return dominant(preferSameSuffix(read, name), (d) => d.mentions.length);
  // … and the other way round: the last part of a double-barrelled surname named before (`Orla Whyte`
  // after `Orla Brennan-Whyte`), which that name's readings find when it comes after.
  const barrelled = lookup
    .withGiven(name.given[0].text)
    .filter((d) => suffixFits(d) && givenCompatible(d.given, name.given) && d.mentions.some((p) => lastBarrel(p.name) === name.key));
  if (barrelled.length > 0) return dominant(preferSameSuffix(barrelled, name), (d) => d.mentions.length);
  const longer = lookup
    .withGiven(name.given[0].text)
    .filter((d) => d.given.length === name.given.length + 1 && d.given[name.given.length].key === name.key && givenCompatible(d.given.slice(0, -1), name.given) && suffixFits(d));
  return dominant(preferSameSuffix(longer, name), (d) => d.mentions.length);
}

/**
 * Other ways to read a full name's last words, as a surname key and the given names before it:
 * - a second surname dropped (`Carmen Ruiz Tagle`, elsewhere `Carmen Ruiz`): the word before the last;
 * - a double-barrelled surname written without its hyphen (`Anna Lind Holm` / `Anna Lind-Holm`,
 *   `Lee Jae Won` / `Lee Jae-won`): the last two words as one;
 * - and the other way round, a hyphenated surname's last part (`Lind-Holm` as `Lind Holm`);
 * - a German umlaut written out (`Joachim Löw` as `Joachim Loew`);
 * - a name of two words in the other order, family name first or last (`Ishiba Shigeru` / `Shigeru
 *   Ishiba`, `Jinping Xi`, `Morishita Kenta`): where not both of its words are listed given names.
 * findFull looks a name up by these where its own reading finds nobody; so that those lookups
 * stay within a group (see PeopleResolver), each article ties the name's key to theirs (the
 * reversed order's meet through the given names of full names: most names have one such reading).
 */
function otherReadings(name: ParsedName): Reading[] {
  return (name.readings ??= readOtherwise(name));
}

interface Reading {
  key: string;
  given: GivenName[];
  /** The name in the other order: its keys meet through given names (see neighbours), not through ties. */
  reversed?: true;
}

const NO_READINGS: Reading[] = [];

function readOtherwise(name: ParsedName): Reading[] {
  const readings: Reading[] = [];
  const last = name.given[name.given.length - 1];
  if (name.given.length >= 2 && last.text.length > 1) {
    const before = name.given.slice(0, -1);
    readings.push({ key: last.key, given: before }, { key: transliteration(last.text + name.surname), given: before });
  }
  const parts = name.surname.split('-');
  if (name.given.length > 0 && parts.length > 1) {
    readings.push({ key: transliteration(parts.pop()!), given: [...name.given, ...parts.map((part) => givenName(part))] });
  }
  // Two listed given names may be two people (`Scott Thomas`, `Thomas Scott`); a name with an unlisted word is one name reordered.
  if (name.given.length === 1 && !name.suffix && !(isListedGiven(name.given[0].text) && isListedGiven(name.surname))) {
    readings.push({ key: name.given[0].key, given: [givenName(name.surname)], reversed: true });
  }
  if (name.given.length > 0 && name.writtenOut !== name.surname) readings.push({ key: transliteration(name.writtenOut), given: name.given });
  const otherRomanisation = name.given.length > 0 ? fromOtherSlavicForm(name.surname) : undefined;
  if (otherRomanisation) readings.push({ key: transliteration(otherRomanisation), given: name.given });
  return readings.length > 0 ? readings : NO_READINGS;
}

/** The key of the last part of a double-barrelled surname (`whyte` of `Brennan-Whyte`), else undefined. */
function lastBarrel(name: ParsedName): string | undefined {
  const hyphen = name.surname.lastIndexOf('-');
  return hyphen < 0 ? undefined : transliteration(name.surname.slice(hyphen + 1));
}

/** Endings of East Slavic surnames: `Shevchenko`, `Kovalchuk`, `Zelensky`, `Gorbunov`, `Petrovych`. */
const EAST_SLAVIC_ENDING = /(?:enko|uk|sky|skyi|skiy|skii|ov|ova|ev|eva|ych|yn|yna)$/;

/**
 * An East Slavic surname romanised from its other language: the letter г is h from Ukrainian
 * and g from Russian (`Hrytsenko`, `Gritsenko`; `Horbunov`, `Gorbunov`), so outlets write one
 * person's name both ways. An h of kh, zh, ch or sh is another letter.
 */
function fromOtherSlavicForm(surname: string): string | undefined {
  if (!EAST_SLAVIC_ENDING.test(surname)) return undefined;
  const other = surname.replace(/(?<![kzcs])h|g/g, (letter) => (letter === 'h' ? 'g' : 'h'));
  return other === surname ? undefined : other;
}

function isListedGiven(folded: string): boolean {
  return FIRST_NAMES.has(capitalised(folded));
}

/** Whether two names write one double-barrelled surname with and without its hyphen (`Lind-Holm`, `Lind Holm`). */
function hyphenatedOtherwise(a: ParsedName, b: ParsedName): boolean {
  const barrels = (name: ParsedName) => {
    if (name.surname.includes('-')) return name.surname.replace(/-/g, '');
    const last = name.given[name.given.length - 1];
    return name.given.length >= 2 && last.text.length > 1 ? last.text + name.surname : undefined;
  };
  const joined = barrels(a);
  return joined !== undefined && joined === barrels(b) && a.surname.includes('-') !== b.surname.includes('-');
}

/** Those with the name's suffix, where any has it. */
function preferSameSuffix(drafts: Draft[], name: ParsedName): Draft[] {
  const same = drafts.filter((d) => d.suffix === name.suffix);
  return same.length > 0 ? same : drafts;
}

/**
 * The person a surname alone (or a lone given name) means in an article. A person the article
 * names in full comes first; where it names two with that surname, those named before the
 * mention (at `at`), if any is; of those, the one it names more often, else the one it named
 * last before the mention, else the one the bundle names more often, if clearly dominant;
 * otherwise nobody (the mention stays with an unresolved person of that surname). A title the surname carries in the
 * article (`President Obama`) narrows them to those named in full with it; where none is, it
 * goes to those the bundle names in full with it: not to the president's daughter the story
 * names; an honorific it carries (`Ms Müller`), to those of its gender. With nobody of that
 * surname in the article, the bundle's only person of that surname,
 * or its clearly dominant one; else the only person the bundle names in full with it as first
 * name; else one with a close spelling of it.
 */
function findShort(lookup: Lookup, article: string, name: ParsedName, title?: string, gender?: Gender, at?: number): Draft | undefined {
  const fitsSuffix = (d: Draft) => !name.suffix || d.suffix === name.suffix;
  let here = lookup.namedIn(article).filter((d) => d.keys.has(name.key) && fitsSuffix(d));
  if (title !== undefined && here.length > 0) {
    const titledHere = here.filter((d) => d.titles.has(title));
    if (titledHere.length > 0) here = titledHere;
    else {
      const titled = lookup.withKey(name.key).filter((d) => d.titles.has(title) && fitsSuffix(d));
      if (titled.length > 0) return dominant(titled, (d) => d.mentions.length);
    }
  }
  const firstHere = (d: Draft) => Math.min(...d.mentions.filter((p) => p.article.id === article).map((p) => p.mention.start));
  // One person of that name here: what follows only chooses between several (and walks their mentions).
  if (here.length === 1) return here[0];
  if (here.length > 1) {
    // `Ms Müller` after Thomas and Katharina Müller: the woman; else any not known to be a man.
    if (gender) {
      const same = here.filter((d) => genderOf(d) === gender);
      const notOther = here.filter((d) => genderOf(d) !== otherGender(gender));
      if (same.length > 0 || notOther.length > 0) here = same.length > 0 ? same : notOther;
    }
    // `"…," Morrow said` before the article names Jerome Morrow is the Morrow it has named: a surname alone points back.
    if (at !== undefined) {
      const namedBefore = here.filter((d) => firstHere(d) < at);
      if (namedBefore.length > 0) here = namedBefore;
    }
    // `Trump said` after Donald Trump, his wife Melania Trump and his son Donald Trump Jr.: not one
    // the article brings in later as someone's relative, as news names relatives in full or by
    // first name and keeps the surname for the one it is about (who may be a relative named first:
    // `Hunter Biden, the president's son,`); nor the son, whose suffix the name lacks, named as his
    // father is (the one it is about may have a suffix: `Envoy Tom Harlan Jr.`, `his wife, Diane Harlan`).
    // `Ortega said` after Andrés Vidal Ortega, whom the article calls Vidal Ortega, and Carmen
    // Ortega: the one whose whole surname it is, not the last of someone's two.
    const wholeSurname = here.filter((d) => !twoSurnamesIn(d, article));
    if (wholeSurname.length > 0) here = wholeSurname;
    // (One named only as the owner of the relation, `Dean Whitcomb's widow, Jenna Whitcomb`, is brought in for her.)
    const namedBeforeRelative = (e: Draft, d: Draft) => firstHere(e) < firstHere(d) && !ownsRelationOf(e, d, article);
    here = here.filter((d) => !isRelativeIn(d, article) || !here.some((e) => !isRelativeIn(e, article) && namedBeforeRelative(e, d)));
    const namesake = (d: Draft) => here.some((e) => e !== d && e.suffix === name.suffix && sameGiven(e.given[0], d.given[0]));
    here = here.filter((d) => d.suffix === name.suffix || !namesake(d));
    // A writer who names one of them in full again after using the surname alone keeps that one
    // apart by it: the surname is the other's (`Jenna Whitcomb testified` … `Whitcomb said` … `Dean Whitcomb`).
    const keptApart = keptApartInFull(here, article, name.form, firstHere);
    if (keptApart.length > 0 && keptApart.length < here.length) here = here.filter((d) => !keptApart.includes(d));
    return dominant(here, (d) => d.namedIn.get(article) ?? 0) ?? namedLastBefore(here, article, at) ?? dominant(here, (d) => d.mentions.length);
  }
  // A lone given name after the full name: `Hillary` for Hillary Clinton, `Xi` for Xi Jinping.
  // (Not `Queen Elizabeth` for Elizabeth Lauten: a title the person was never given is someone else's name.)
  let byGiven = titledAs(lookup.namedWithGiven(article, name.surname), title);
  // `Park said` after Park Ji-hoon, before the article names Park Min-seo: this name points back too.
  if (at !== undefined && byGiven.length > 1) {
    const namedBefore = byGiven.filter((d) => firstHere(d) < at);
    if (namedBefore.length > 0) byGiven = namedBefore;
  }
  if (byGiven.length > 0) return dominant(byGiven, (d) => d.namedIn.get(article) ?? 0) ?? namedLastBefore(byGiven, article, at);

  const withKey = lookup.withKey(name.key);
  if (withKey.length > 0 && !name.suffix) return lookup.leaderOf(name.key);
  const anywhere = withKey.filter(fitsSuffix);
  if (anywhere.length > 0) return dominant(anywhere, (d) => d.mentions.length);
  // A lone given name the bundle gives one person in full: `Malia` where another article names Malia Obama.
  const givenElsewhere = name.suffix ? [] : titledAs(lookup.withGiven(name.surname), title);
  if (givenElsewhere.length === 1) return givenElsewhere[0];
  const variants = lookup.shortVariants(skeletonOf(name.key), name.surname, fitsSuffix);
  return dominant(variants, (d) => d.mentions.length);
}

/**
 * Of persons a name may mean alike, the one the article named in full last before it: news
 * keeps a shared family name for the one it has just named (`Zhang Lihua, the carrier's chief,
 * ... "…," Ms Zhang said` after the minister Zhang Weiming).
 */
function namedLastBefore(drafts: Draft[], article: string, at: number | undefined): Draft | undefined {
  if (at === undefined) return undefined;
  let last: Draft | undefined;
  let lastAt = -1;
  for (const d of drafts) {
    for (const p of d.mentions) if (p.article.id === article && p.name.given.length > 0 && p.mention.start < at && p.mention.start > lastAt) [last, lastAt] = [d, p.mention.start];
  }
  return last;
}

/**
 * The persons a lone given name's title fits: those named in full with it; where none is, all for
 * a title of address that outlets drop beside an office (`Sheikh Mohammed` after `Sheikh Mohammed
 * Al Noor, the foreign minister`), none for an office (`Queen Elizabeth` is not Elizabeth Lauten).
 */
function titledAs(drafts: Draft[], title: string | undefined): Draft[] {
  if (title === undefined) return drafts;
  const titled = drafts.filter((d) => d.titles.has(title));
  return titled.length > 0 || !COURTESY_TITLES.has(title) ? titled : drafts;
}

function otherGender(gender: Gender): Gender {
  return gender === 'male' ? 'female' : 'male';
}

/**
 * A person's gender, as an honorific before one of their names, their first given name or a
 * relation they are named as (`his wife, Ngozi Okafor`) says.
 */
function genderOf(draft: Draft): Gender | undefined {
  if (draft.honorific) return draft.honorific;
  const given = draft.given[0]?.text;
  const byGiven = given && given.length > 1 ? givenNameGender(capitalised(given)) : undefined;
  if (byGiven) return byGiven;
  for (const p of draft.mentions) {
    const byRelation = relationGender(p.role);
    if (byRelation) return byRelation;
  }
  return undefined;
}

/** The relation a role names someone by (`his wife`: wife), if it names one. */
function relationOf(role: string | undefined): string | undefined {
  const last = role?.split(' ').pop()!.toLowerCase();
  return last !== undefined && PERSONAL_RELATIONS.has(last) ? last : undefined;
}

/** Whether the article calls a person by their last two names (`Vidal Ortega` for Andrés Vidal Ortega): two surnames. */
function twoSurnamesIn(draft: Draft, article: string): boolean {
  const secondLast = draft.given.length >= 2 ? draft.given[draft.given.length - 1].text : undefined;
  return secondLast !== undefined && draft.mentions.some((p) => p.article.id === article && p.name.given.length === 1 && p.name.given[0].text === secondLast);
}

/**
 * Of persons a surname alone may mean, those the article names in full again after it first wrote
 * the surname alone (`form`, without an honorific, which tells them apart itself) once all of them
 * were named. Only the writer's own naming counts: a quote names people as its speaker does.
 */
function keptApartInFull(drafts: Draft[], article: string, form: string, firstHere: (d: Draft) => number): Draft[] {
  const allNamed = Math.max(...drafts.map(firstHere));
  const { mentions, quotes } = drafts[0].mentions.find((p) => p.article.id === article)!.article;
  const firstAlone = mentions.find((m) => m.start > allNamed && m.text === form && !m.gender)?.start;
  if (firstAlone === undefined) return [];
  const quoted = (m: NameMention) => quotes.some((q) => q.start <= m.start && m.end <= q.end);
  return drafts.filter((d) => d.mentions.some((p) => p.article.id === article && p.name.given.length > 0 && p.mention.start > firstAlone && !quoted(p.mention)));
}

/**
 * Whether the article first names `owner` as the one `relative` is introduced as a relative of,
 * in the role before the relative's name (`Dean Whitcomb's widow, Jenna Whitcomb`).
 */
function ownsRelationOf(owner: Draft, relative: Draft, article: string): boolean {
  const introduced = relative.mentions.find((p) => p.article.id === article)!;
  const named = owner.mentions.find((p) => p.article.id === article)!;
  const role = introduced.role;
  if (role === undefined || relationOf(role) === undefined) return false;
  const ownerName = oneLine(named.mention.text);
  // The role stands just before the name, after `, ` or a space.
  const inRole = named.mention.start >= introduced.mention.start - role.length - 2 && named.mention.end < introduced.mention.start;
  return inRole && role.startsWith(ownerName) && /^['’]s /.test(role.slice(ownerName.length));
}

/** Whether the article names the person as someone's relative (`his wife, Melania Trump`). */
function isRelativeIn(draft: Draft, article: string): boolean {
  return draft.mentions.some((p) => p.article.id === article && relationOf(p.role) !== undefined);
}

/** The person a name no mention wrote in that form means in an article (a speaker cue the mention finder missed). */
function guess(lookup: Lookup, article: string, name: ParsedName, surnameOnly: Resolver | undefined, gender?: Gender): Draft | undefined {
  if (name.given.length > 0) return findFull(lookup, article, name);
  return findShort(lookup, article, name, undefined, gender) ?? surnameOnly?.surnameOnly.get(surnameOnlyKey(name));
}

/**
 * What an article's decision of whom a name means is kept under: a full name's form, a short
 * name's with the gender its honorific gives (`Mr Tiller` and `Mrs Tiller` are two of a family).
 */
function decisionKey(name: ParsedName, gender: Gender | undefined): string {
  return gender && name.given.length === 0 ? `${name.form}\u0000${gender}` : name.form;
}

function surnameOnlyKey(name: ParsedName): string {
  return `${name.key} ${name.suffix}`;
}

function toPerson(draft: Draft, name: string): Person {
  const aliases = new Set<string>();
  for (const { name: { form } } of draft.mentions) if (form !== name) aliases.add(form);
  const roles = rolesOnce(draft).map(({ placed, text }) => ({ text, article: placed.article.id }));
  return {
    name,
    aliases: [...aliases],
    roles,
    mentions: draft.mentions.map((p) => p.listed),
  };
}

/**
 * The fullest form of the name the bundle uses: the most words; among equals, the surname
 * spelling most articles use, then the form most articles use, then the first.
 */
function nameOf(draft: Draft): string {
  const bySpelling = new Map<string, ArticleCount>();
  const byForm = new Map<string, ArticleCount>();
  const names = new Map<string, ParsedName>(); // each form once, in order of first mention
  const aliases = new Set<string>();
  for (const p of draft.mentions) {
    const { article, name } = p;
    countArticle(bySpelling, name.surname, article.id);
    countArticle(byForm, name.form, article.id);
    if (!names.has(name.form)) names.set(name.form, name);
    if (isAlias(p)) aliases.add(name.form);
  }
  // The first form to score highest is the form of the first mention to. Of two forms as long,
  // a given name in full goes before a short form of it (William Kristol, not Bill Kristol).
  // A name the person is known by (`El Chapo`) is theirs only where the bundle gives no other.
  let best: number[] | undefined;
  let form = '';
  for (const name of names.values()) {
    const inFull = name.given.length > 0 && !FULL_NAMES_OF.has(name.given[0].key) ? 1 : 0;
    const score = [aliases.has(name.form) ? 0 : 1, name.words, inFull, bySpelling.get(name.surname)!.articles, byForm.get(name.form)!.articles];
    if (!best || firstDiffers(score, best) > 0) [best, form] = [score, name.form];
  }
  return form;
}

/** How many articles use a value, and the last that did. */
interface ArticleCount {
  articles: number;
  last: string;
}

/** Counts an article for a value, seen in mentions that come article by article. */
function countArticle(counts: Map<string, ArticleCount>, value: string, article: string): void {
  const count = counts.get(value);
  if (!count) counts.set(value, { articles: 1, last: article });
  else if (count.last !== article) {
    count.articles++;
    count.last = article;
  }
}

/** A name or role as one line: a capture may break it across lines. */
function oneLine(text: string): string {
  const trimmed = text.trim();
  // Most are on one line with single spaces already: no string to make again.
  return SPACE_TO_FOLD.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/** White space that oneLine folds: a run of it, or any but a plain space. */
const SPACE_TO_FOLD = /\s\s|[^\S ]/;

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
 * variant form, on its first mention there. Accents alone do not make a different spelling, nor
 * a German umlaut written out (`Müller` / `Mueller`): both are how a house style without the letter writes it;
 * nor the syllables of an East Asian given name joined otherwise (`Park Ji-hoon` / `Park Jihoon`).
 */
function spellingFindings(person: Person, draft: Draft): Finding[] {
  const findings: Finding[] = [];
  // The person's name is the form of some of its mentions: their reading is the name's.
  const canonical = draft.mentions.find((p) => p.name.form === person.name)!.name;
  const variants = new Map<string, boolean>(); // by form: a person's many mentions use few forms
  const isVariant = (name: ParsedName) => {
    let variant = variants.get(name.form);
    if (variant === undefined) {
      variant =
        (name.surname !== canonical.surname &&
          name.writtenOut !== canonical.writtenOut &&
          !givenJoinedOtherwise(name, canonical) &&
          (name.key === canonical.key || closeSpelling(name.surname, canonical.surname) || hyphenatedOtherwise(name, canonical))) ||
        (name.given.length > 0 && canonical.given.length > 0 && otherSpelling(name.given[0], canonical.given[0]));
      variants.set(name.form, variant);
    }
    return variant;
  };
  const canonicalBySource = new Map<string, Placed>();
  // Each source's first mention that spells the name as the person is named, else its first that does not differ.
  for (const p of draft.mentions) {
    if (isVariant(p.name)) continue;
    const kept = canonicalBySource.get(p.article.source);
    if (!kept || (p.name.form === person.name && kept.name.form !== person.name)) canonicalBySource.set(p.article.source, p);
  }
  const flaggedForms = new Map<string, string[]>(); // by article
  // Fullest forms first: `El Sisi`, the tail of `Abdel Fattah El Sisi` in the same article, repeats its finding.
  const variantMentions = draft.mentions.filter((p) => isVariant(p.name)).sort((a, b) => b.name.words - a.name.words);
  for (const p of variantMentions) {
    const formsHere = flaggedForms.get(p.article.id) ?? [];
    if (formsHere.some((form) => form === p.name.form || form.endsWith(` ${p.name.form}`))) continue;
    const other = firstFromOtherSource(canonicalBySource, p.article.source);
    if (!other) continue;
    push(flaggedForms, p.article.id, p.name.form);
    // Named by their forms: one line, without an editor's brackets (`(Libyan strongman Moammar) Gadhafi`).
    const elsewhere = detached(`"${other.name.form}" in ${sourceName(other.article)}`);
    findings.push({
      code: 'name-spelling',
      message: detached(`Sources spell ${person.name}'s name differently: "${p.name.form}" ${hereIn(p.article)}, ${elsewhere}`),
      article: p.article.id,
      span: { start: p.mention.start, end: p.mention.end },
      related: [{ article: other.article.id, span: { start: other.mention.start, end: other.mention.end }, message: elsewhere }],
    });
  }
  return findings;
}

/**
 * Whether two forms of a name written family name first differ only in how the given name's
 * syllables are joined (`Park Ji-hoon`, `Park Jihoon`, `Park Ji Hoon`): each house style
 * romanises the one given name its own way, as another drops accents.
 */
function givenJoinedOtherwise(a: ParsedName, b: ParsedName): boolean {
  const [familyA, ...restA] = a.form.split(' ');
  const [familyB, ...restB] = b.form.split(' ');
  const joined = (rest: string[]) => fold(rest.join('')).replace(/-/g, '');
  return familyA === familyB && ASIAN_FAMILY_NAMES.has(familyA) && joined(restA) === joined(restB);
}

/** A role one mention carries. */
interface RoleUse {
  placed: Placed;
  text: string;
  /** Given as a post held besides another (NameMention.roleHeldBesides). */
  heldBesides: boolean;
}

/** Each role and second role of a draft's mentions, once an article, at its first mention there. */
function rolesOnce(draft: Draft): RoleUse[] {
  const uses: RoleUse[] = [];
  const rolesHere = new Set<string>(); // a draft's mentions come article by article
  let here: string | undefined;
  for (const placed of draft.mentions) {
    if (placed.article.id !== here) {
      here = placed.article.id;
      rolesHere.clear();
    }
    for (const text of [placed.role, placed.secondRole]) {
      if (!text || rolesHere.has(text)) continue;
      rolesHere.add(text);
      const besides = placed.mention.roleHeldBesides;
      uses.push({ placed, text, heldBesides: besides !== undefined && oneLine(besides) === text });
    }
  }
  return uses;
}

/**
 * role-differs: two sources give a person titles of one office that differ in rank
 * (`U.S. President` / `former U.S. President`, `Minister` / `Deputy Prime Minister`) or in the
 * department it heads (`Foreign Minister` / `Defence Minister`; not `Minister` / `Foreign Minister`),
 * or in grade, where a person holds one (`Detective Sergeant` / `Detective Inspector`, `CFO` / `CEO`).
 * Titles of different offices (`Kremlin spokesman` / `Press Secretary ...`) may all be true at
 * once and are left alone, as are differences within one source and kinds one source gives together
 * (one person holding two ministries), and a post given as held besides another (`who is also`).
 * Each article's first use of a rank gets one finding per differing rank or department, pointing at that role as the first other source gives it; uses
 * of the rank that more sources give than any other are not marked (in a large bundle the many
 * that agree are not each told of the one that does not; that one points at them).
 */
function roleFindings(person: Person, draft: Draft, titles: Titles): Finding[] {
  const byTitle = new Map<string, Map<string, RoleUse[]>>();
  const byPortfolio = new Map<string, Map<string, RoleUse[]>>();
  const byGrade = new Map<string, Map<string, RoleUse[]>>();
  const byParty = new Map<string, RoleUse[]>();
  for (const use of rolesOnce(draft)) {
    // `X, who is also Qatar's foreign minister`: a second post, no other account of the one another source gives.
    if (titlesAnOwner(use.placed) || use.heldBesides) continue;
    for (const title of officesOf(titles, use.text)) {
      push(inner(byTitle, title.head), title.rank, use);
      if (title.portfolio) push(inner(byPortfolio, title.head), title.portfolio, use);
      if (title.grade) push(inner(byGrade, title.grade.ladder), title.grade.name, use);
    }
    const party = partyOf(use.text);
    if (party) push(byParty, party, use);
  }
  return [...byTitle.values(), ...byPortfolio.values(), ...byGrade.values(), byParty].flatMap((kinds) => differingUses(person, kinds));
}

/**
 * `President Obama's choice for the seat`: a title on a name in the possessive is the one held when
 * what is owned was made or done, perhaps long ago; it says nothing of the office now.
 */
function titlesAnOwner(placed: Placed): boolean {
  const end = placed.mention.end;
  return POSSESSIVE_AFTER_NAME.test(placed.article.seed.text.slice(end, end + 3));
}

const POSSESSIVE_AFTER_NAME = /^['\u2019]s?(?!\p{L})/u;

/**
 * The American party a role says its holder is in (`Democrat of Vermont`, `GOP Rep.`, `House Democratic
 * Leader`), or undefined; not a party left (`former Republican`).
 */
function partyOf(role: string): string | undefined {
  const party = PARTY_IN_ROLE.exec(role)?.[1];
  if (!party || /\b(?:former|ex-)/i.test(role)) return undefined;
  return party === 'GOP' || party.startsWith('Republican') ? 'Republican' : 'Democrat';
}

const PARTY_IN_ROLE = /\b(Democrat(?:ic)?|Republican|GOP)\b/;

/**
 * Findings where uses of one office come in kinds (ranks, or portfolios) that sources differ on:
 * each use of a kind that is not the consensus points at the first use of each other kind from another source.
 */
function differingUses(person: Person, kinds: Map<string, RoleUse[]>): Finding[] {
  if (kinds.size < 2) return [];
  const findings: Finding[] = [];
  const groups = [...kinds.values()].map((uses) => {
    const bySource = new Map<string, RoleUse>();
    for (const use of uses) if (!bySource.has(use.placed.article.source)) bySource.set(use.placed.article.source, use);
    return { uses, bySource };
  });
  const sizes = groups.map((g) => g.bySource.size).sort((x, y) => y - x);
  const consensus = sizes[0] > sizes[1] ? groups.find((g) => g.bySource.size === sizes[0]) : undefined;
  for (const group of groups) {
    if (group === consensus) continue;
    // `Baptist minister`, later `ordained Southern Baptist minister`, against `former Baptist minister`: one
    // article's roles of one kind differ once, at the first of them.
    const firstInArticle = new Map<string, RoleUse>();
    for (const use of group.uses) if (!firstInArticle.has(use.placed.article.id)) firstInArticle.set(use.placed.article.id, use);
    for (const other of groups) {
      // One source giving both kinds says the person holds both (`the Qatari prime minister, who is also Qatar's foreign minister`).
      if (other === group || sharesAKey(group.bySource, other.bySource)) continue;
      for (const use of firstInArticle.values()) {
        const otherUse = firstFromOtherSource(other.bySource, use.placed.article.source);
        if (otherUse) findings.push(roleFinding(person, use, otherUse));
      }
    }
  }
  return findings;
}

function roleFinding(person: Person, use: RoleUse, other: RoleUse): Finding {
  const { article, mention } = use.placed;
  const elsewhere = detached(`"${other.text}" in ${sourceName(other.placed.article)}`);
  return {
    code: 'role-differs',
    message: detached(`Sources differ on ${person.name}'s role: "${use.text}" ${hereIn(article)}, ${elsewhere}`),
    article: article.id,
    span: { start: mention.start, end: mention.end },
    related: [{ article: other.placed.article.id, span: { start: other.placed.mention.start, end: other.placed.mention.end }, message: elsewhere }],
  };
}

function firstFromOtherSource<T>(bySource: Map<string, T>, source: string): T | undefined {
  for (const [otherSource, value] of bySource) if (otherSource !== source) return value;
  return undefined;
}

/** The office a role names, as titleOf gives it (`president` for `former President`), if any. */
function titleHead(role: string | undefined): string | undefined {
  return role === undefined ? undefined : titleOf(role)?.head;
}

/**
 * A role's office: its head word (`president`, `minister`) and the rank words that change which
 * office it is (`former`, `deputy prime`). What the title is of, whose it is, and where
 * (`Russian`, `of Russia`, `Putin's`) do not change the office. Undefined for a role with no
 * office word, or one dated by a tenure word.
 */
export function titleOf(role: string): Title | undefined {
  const offices = titlesOf(role);
  return offices[offices.length - 1];
}

/**
 * The offices a role names, as titleOf reads each: one, or several held together (`founder and
 * chief executive`, `chairman and CEO`), each dated as the first is (`former chairman and chief
 * executive`). Each is compared with the same office in other sources: `chairman` agrees with
 * `chairman and CEO`, `former vice-president` differs from `vice-president and head of mission`.
 */
export function titlesOf(role: string): Title[] {
  return joinedOffices(fold(role).replace(/\./g, '').split(ROLE_QUALIFIER)[0])
    .map(officeTitle)
    .filter((title): title is Title => title !== undefined);
}

function officeTitle(title: string): Title | undefined {
  let words = titleWords(title)
    .filter(Boolean)
    .map((w) => TITLE_ABBREVIATIONS.get(w) ?? w);
  // `Putin's investment envoy`: whose envoy is not part of the office.
  let afterPossessive = 0;
  words.forEach((w, i) => {
    if (/['\u2019]s?$/.test(w)) afterPossessive = i + 1;
  });
  words = words.slice(afterPossessive);
  if (words.some((w) => TENURE_WORDS.has(w))) return undefined;
  const office = words.filter((w) => !RANK_WORDS.has(w));
  const head = office[office.length - 1];
  // `Bush's brother` tells whose brother, not an office
  if (!head || PERSONAL_RELATIONS.has(head)) return undefined;
  const rank = [...new Set(words.flatMap((w) => RANK_WORDS.get(w) ?? []))].sort().join(' ');
  const portfolio = PORTFOLIOS.get(office[office.length - 2]);
  // A grade is compared as a grade where nothing else qualifies the office (a former CFO may be the CEO).
  const grade = rank ? undefined : gradeOf(office);
  return { head: SAME_TITLE.get(head) ?? head, rank, ...(portfolio ? { portfolio } : {}), ...(grade ? { grade } : {}) };
}

function titleWords(title: string): string[] {
  return title.split(/[\s\-\u2010-\u2015]+/);
}

/** Offices held together (`founder and chief executive`), each with what dates them all (`former`). */
function joinedOffices(title: string): string[] {
  const offices = title.split(/\s+and\s+/);
  if (offices.length === 1) return offices;
  const dating: string[] = [];
  for (const word of titleWords(offices[0])) {
    if (RANK_WORDS.get(word) !== 'former' && !TENURE_WORDS.has(word)) break;
    dating.push(word);
  }
  return offices.map((office, i) => (i === 0 ? office : [...dating, office].join(' ')));
}

/** The office of a role, as titleOf reads it. */
interface Title {
  head: string;
  rank: string;
  portfolio?: string;
  /** A grade of a service or a company's chief officer (`chief inspector`, `chief financial officer`): a person holds one of each. */
  grade?: { ladder: 'service' | 'company'; name: string };
}

function gradeOf(office: string[]): Title['grade'] {
  const officer = chiefOfficerOf(office);
  if (officer) return { ladder: 'company', name: officer };
  const head = office[office.length - 1];
  if (!SERVICE_GRADES.has(head) || !office.slice(0, -1).every((w) => GRADE_WORDS.has(w))) return undefined;
  const shortened = SHORTENED_GRADES.has(head);
  return { ladder: 'service', name: office.filter((w, i) => !UNGRADED.has(w) && !(shortened && i < office.length - 1 && SERVICE_GRADES.has(w))).join(' ') };
}

/** The chief officer the office ends with, past the company's name before it: `Coastline Air CEO` is its chief executive. */
function chiefOfficerOf(office: string[]): string | undefined {
  for (let from = 0; from < office.length; from++) {
    const officer = CHIEF_OFFICERS.get(office.slice(from).join(' '));
    if (officer) return officer;
  }
  return undefined;
}

// ---- names ----

/** Splits a name as written into given names, surname and suffix; null where nothing is left. */
export function parseName(text: string): ParsedName | null {
  // A nickname between the name's parts is not the name: `Kwame "The Cannon" Boateng`.
  text = text.replace(NICKNAME_INSIDE, ' ');
  // Letters, and the apostrophes, hyphens and full stops that belong to names (O'Neill, Jean-Paul, J.).
  const tokens = text
    .split(/\s+/)
    .map((t) => t.replace(/[^\p{L}\p{M}'\u2019.\-]/gu, '').replace(/^[.\-]+|-+$/g, ''))
    .filter((t) => /\p{L}/u.test(t));
  let suffix = '';
  if (tokens.length > 1 && isNameSuffix(tokens[tokens.length - 1])) {
    suffix = fold(tokens.pop()!).replace(/\./g, '');
  }
  const last = tokens.pop();
  if (!last) return null;
  const surname = fold(last).replace(/['\u2019.]/g, '').replace(/^(?:al|el)-/, '');
  const writtenOut = umlautsWrittenOut(surname, last);
  while (tokens.length > 0 && PARTICLES.has(fold(tokens[tokens.length - 1]))) tokens.pop();
  // `Abdul Rahman` is one given name, as `Abdelrahman` and `Abdel-Rahman` write it.
  const abd = tokens.findIndex((t, i) => i + 1 < tokens.length && ABD.test(fold(t)));
  if (abd >= 0) tokens.splice(abd, 2, `${tokens[abd]}-${tokens[abd + 1]}`);
  // `H.W.` is two initials; `J.` one.
  const given = tokens.flatMap((t) =>
    fold(t)
      .replace(/['\u2019]/g, '')
      .split('.')
      .filter(Boolean)
      .map((text) => givenName(text, umlautsWrittenOut(text, t))),
  );
  const key = transliteration(surname);
  if (!key) return null;
  // `Robert] Mueller`: a name read across an editor's bracket (see findMentions) is named without it.
  const form = oneLine(text).replace(/[[\]()]/g, '');
  const initials = `${given[0]?.key[0] ?? ''} ${key[0]}`;
  return { form, words: form.split(/[ -]/).length, given, surname, writtenOut, key, suffix, initials, readings: undefined };
}

/** `Abd`, `Abdul`, `Abdel`: the first word of an Arabic name of two (`Abdul Rahman`, servant of the Merciful). */
const ABD = /^abd(?:[aeiou]{1,2}l)?$/;
/** The same with its second word joined on (`abdulrahman`): the vowel of its article varies by outlet, and an assimilated consonant doubles (`Abdurrahman`). */
const ABD_JOINED = /^abd(?:[aeiou]{1,2}l?)?([a-z]{3,})$/;

const UMLAUT = /[äöüÄÖÜ]/;

/**
 * A folded name word with its German umlauts written out as outlets without the letters write
 * them (`Jürgen`: `juergen`, where another drops the dots: `jurgen`); the folded word where the
 * word as written has none.
 */
function umlautsWrittenOut(folded: string, written: string): string {
  return UMLAUT.test(written) ? fold(written.replace(/[äöüÄÖÜ]/g, (umlaut) => `${umlaut.normalize('NFD')[0]}e`)).replace(/[^a-z-]/g, '') : folded;
}

const NICKNAME_INSIDE = /\s["“'‘][^"”'’]*["”'’]\s/g;

/** The given names a lone name may stand for: the first, and later ones that are not initials. */
function givenNamesOf(name: ParsedName): { text: string; first: boolean }[] {
  return name.given.flatMap(({ text }, i) => (i === 0 || text.length > 1 ? [{ text, first: i === 0 }] : []));
}

function givenName(text: string, writtenOut = text): GivenName {
  const key = transliteration(text);
  const forms = [key, ...(FULL_NAMES_OF.get(key) ?? [])];
  // `Jürgen` is Jurgen and Juergen.
  if (writtenOut !== text) forms.push(transliteration(writtenOut));
  const romanised = ROMANISED.get(key);
  if (romanised) forms.push(romanised);
  const abd = ABD_JOINED.exec(key);
  if (abd) forms.push(`abd${abd[1].replace(/^(.)\1/, '$1')}`);
  // A name the lists lack is a romanisation whose o and u vary (Muammar / Moammar, Osama /
  // Usama); listed names keep their vowels (Karen and Karin are two names).
  if (key.length >= 4 && key.includes('o') && !isListedGiven(text)) forms.push(key.replace(/o/g, 'u'));
  return { text, writtenOut, key, forms };
}

/** The full names (keys) each short form (key) stands for: `bil` → `viliam`. */
/** The first listed spelling of a given name romanised several ways (`mohammed` → `muhammad`), as keys. */
const ROMANISED = new Map([...ROMANISATIONS].map(([spelling, spellings]) => [transliteration(spelling), transliteration(spellings[0])]));

const FULL_NAMES_OF = (() => {
  const fullOf = new Map<string, string[]>();
  for (const [full, shorts] of NICKNAMES) for (const short of shorts) push(fullOf, transliteration(short), transliteration(full));
  return fullOf;
})();

/** Lower case without accents. */
function fold(text: string): string {
  return withoutAccents(text).toLowerCase();
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
  // Most surnames are one part: no lists to make for them.
  if (!a.includes('-') && !b.includes('-')) return a !== b && closeParts(a, b);
  const aParts = a.split('-');
  const bParts = b.split('-');
  if (aParts.length !== bParts.length) return false;
  let changed = false;
  for (let i = 0; i < aParts.length; i++) {
    if (aParts[i] === bParts[i]) continue;
    if (!closeParts(aParts[i], bParts[i])) return false;
    changed = true;
  }
  return changed;
}

/**
 * Two different parts of surnames within the edit distance their length allows; or, from six
 * letters, two vowels apart on the same consonants (`Whelan`, `Whalen`).
 */
function closeParts(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  const allowed = shorter >= 7 ? 2 : shorter >= 5 ? 1 : 0;
  if (allowed > 0 && withinEdits(a, b, allowed)) return true;
  return shorter >= 6 && a.length === b.length && skeletonOf(a.toLowerCase()) === skeletonOf(b.toLowerCase()) && withinEdits(a, b, 2);
}

/** Rows of withinEdits, kept between calls and grown as needed. */
let previousRow = new Int32Array(32);
let currentRow = new Int32Array(32);
/** A cell no path within the limit reaches. */
const OUT_OF_REACH = 1 << 20;

/**
 * Whether the Levenshtein distance of two strings is `limit` or less. A path of that cost never
 * strays more than `limit` cells from the diagonal, so only that band is filled, row by row,
 * giving up once a whole row is past the limit.
 */
function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  if (previousRow.length <= b.length + 1) {
    previousRow = new Int32Array(2 * b.length + 2);
    currentRow = new Int32Array(2 * b.length + 2);
  }
  let previous = previousRow;
  let current = currentRow;
  // The first row as far as the second reads it.
  for (let j = 0; j <= Math.min(b.length, limit + 1); j++) previous[j] = j <= limit ? j : OUT_OF_REACH;
  for (let i = 1; i <= a.length; i++) {
    const low = Math.max(1, i - limit);
    const high = Math.min(b.length, i + limit);
    current[low - 1] = low === 1 ? i : OUT_OF_REACH;
    let rowMin = current[low - 1];
    const code = a.charCodeAt(i - 1);
    for (let j = low; j <= high; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (code === b.charCodeAt(j - 1) ? 0 : 1));
      rowMin = Math.min(rowMin, current[j]);
    }
    // The next row reads this one's cell past the band.
    if (high < b.length) current[high + 1] = OUT_OF_REACH;
    if (rowMin > limit) return false;
    const row = previous;
    previous = current;
    current = row;
  }
  return previous[b.length] <= limit;
}

/** One given name, or an initial of it, a romanisation of it (Dmitry / Dmitri) or a short form of it (Joe / Joseph). */
function sameGiven(a: GivenName | undefined, b: GivenName | undefined): boolean {
  if (!a || !b) return false;
  if (a.text.length === 1 || b.text.length === 1) return a.text[0] === b.text[0];
  return a.forms.some((form) => b.forms.includes(form));
}

/** Two spellings of one given name (not an initial): Dmitry / Dmitri. */
function otherSpelling(a: GivenName, b: GivenName): boolean {
  const romanised = (g: GivenName) => ROMANISED.get(g.key) ?? g.key;
  // `Abdul Rahman` / `Abdelrahman`: one Arabic name romanised two ways.
  const arabic = ABD_JOINED.test(a.key) && sameGiven(a, b);
  return a.text !== b.text && a.text.length > 1 && b.text.length > 1 && (romanised(a) === romanised(b) || arabic);
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
  if (a.length !== b.length) return a.length > b.length;
  const letters = (names: GivenName[]) => names.reduce((n, name) => n + name.writtenOut.length, 0);
  const [inA, inB] = [letters(a), letters(b)];
  // `Jürgen` over `Juergen`: as many letters, and the spelling without the dots is the name's too.
  return inA > inB || (inA === inB && a.some((name, i) => name.writtenOut === b[i].writtenOut && name.forms.length > b[i].forms.length));
}

/**
 * The candidate clearly ahead of the others: the only one, or one with at least twice the count
 * of the runner-up. Where none is, the caller leaves the name unresolved rather than guess.
 */
function dominant<T>(candidates: T[], count: (candidate: T) => number): T | undefined {
  if (candidates.length <= 1) return candidates[0];
  let leader = candidates[0];
  let most = -Infinity;
  let next = -Infinity;
  for (const candidate of candidates) {
    const n = count(candidate);
    if (n > most) {
      next = most;
      most = n;
      leader = candidate;
    } else if (n > next) next = n;
  }
  return most > 0 && most >= 2 * next ? leader : undefined;
}

/** Whether two maps have a key in common. */
function sharesAKey<K>(a: Map<K, unknown>, b: Map<K, unknown>): boolean {
  for (const key of a.keys()) if (b.has(key)) return true;
  return false;
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const bucket = map.get(key);
  if (bucket) bucket.add(value);
  else map.set(key, new Set([value]));
}

function removeFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const bucket = map.get(key);
  if (bucket?.delete(value) && bucket.size === 0) map.delete(key);
}

/** The map under `key` of a map of maps, made where missing. */
function inner<K, L, V>(map: Map<K, Map<L, V>>, key: K): Map<L, V> {
  let found = map.get(key);
  if (!found) map.set(key, (found = new Map()));
  return found;
}

/** Adds `sign` to the count under `a` then `b`, dropping counts that reach zero. */
function count(map: Map<string, Map<string, number>>, a: string, b: string, sign: number): void {
  const counts = inner(map, a);
  const n = (counts.get(b) ?? 0) + sign;
  if (n > 0) counts.set(b, n);
  else counts.delete(b);
  if (counts.size === 0) map.delete(a);
}

/** Sorts the list under `key`, or drops it where it is empty. */
function sortOrDrop<T>(map: Map<string, T[]>, key: string, order: (a: T, b: T) => number): void {
  const list = map.get(key);
  if (list && list.length > 0) list.sort(order);
  else map.delete(key);
}
