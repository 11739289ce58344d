// Finds the people an article names, in its story paragraphs only, with the role the text
// gives them at each mention. Rules and word lists, no model: each decision weighs the cues a
// reader uses (a title before the name, a known given name, a family name seen in full
// elsewhere in the article) against signs of a place, an organisation or an ordinary word.
//
// Speed: this reads every word of a bundle. What a word's text says on its own (its case, its
// SCOWL tier, the word lists it is in) is worked out once per distinct text and kept as bits,
// and the tokenizer reads characters through a table rather than a Unicode regex.
import { Anatomy, NameMention, Span } from './model';
import { FNV_OFFSET, FNV_PRIME } from './collections';
import { PackedStrings } from './packed';
import { escapeRegExp } from './regexps';
import { ASCII_CLASSES, LETTER, MARK, NUMBER, SPACE, TITLE, UPPER, capitalised, classAt, codePointAt, codePointClass, codePointEnd, detached, isSpaceAt, unitClass, withoutAccents } from './chars';
import {
  ABBREVIATIONS,
  ASIAN_FAMILY_NAMES,
  BUSINESSES_NAMED_LIKE_PEOPLE,
  CLUB_PREFIXES,
  COURTESY_TITLES,
  FIRST_NAMES,
  HONORIFIC_GENDERS,
  HONORIFICS,
  NAME_ENDINGS_NOT_PEOPLE,
  NAME_PARTICLES,
  isNameSuffix,
  NOT_NAMES,
  OUTLETS,
  PERSONAL_RELATIONS,
  PLACES,
  POST_NOMINALS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SURNAMES,
  THING_NOUNS,
  THING_PREFIXES,
  TITLE_MODIFIERS,
  TITLES,
  wordTier,
} from './lexicon';

interface Token {
  start: number;
  /** End of the word itself: a possessive `'s` after it is left out. */
  end: number;
  text: string;
  lower: string;
  word: boolean;
  /** Written like a name part: capitalised, `d'Ettorre`, `al-Amr`. */
  cap: boolean;
  /** An initial or a dotted abbreviation (`W.`, `K.C.`, `U.S.`). */
  dotted: boolean;
  /** A title or honorific with its full stop (`Mr.`, `Sen.`). */
  abbreviation: boolean;
  possessive: boolean;
  /** First word of a sentence, a line, or a quotation: capitals there say nothing. */
  sentenceStart: boolean;
  /** A line break separates this token from the one before. */
  newLine: boolean;
  /** Capitalised words only: SCOWL tier of the lowercase word, 0 when it is no English word. */
  tier: number;
  /** Capitalised words only: written in capitals throughout (`NATO`, `FILE`). */
  allCaps: boolean;
  /** On a line written in title case (`Trump Holds Birther Meeting`): capitals say little. */
  titleCase: boolean;
  /** What the text is on its own: IS_* bits. */
  is: number;
}

/** What a token's text says on its own, whatever stands around it: one per distinct text. */
type Word = Omit<Token, 'start' | 'end' | 'possessive' | 'sentenceStart' | 'newLine' | 'titleCase'>;

// Facts of a word's text, as bits of Word.is (all below 2^30, so a small integer).
const IS_FIRST_NAME = 1 << 0;
const IS_SURNAME = 1 << 1;
const IS_PLACE = 1 << 2;
/** The first word of a place name of several words (`New`, `Tel`). */
const IS_PLACE_OPENER = 1 << 3;
const IS_OUTLET = 1 << 4;
const IS_TITLE_MODIFIER = 1 << 5;
const IS_THING_PREFIX = 1 << 6;
const IS_ASIAN_FAMILY_NAME = 1 << 7;
const IS_NAME_ENDING = 1 << 8;
/** A name ending without its abbreviation's full stop (`Corp.`). */
const IS_BARE_NAME_ENDING = 1 << 9;
const IS_TITLE = 1 << 10;
const IS_HONORIFIC = 1 << 11;
const IS_ROLE_HEAD = 1 << 12;
const IS_NOT_NAME = 1 << 13;
const IS_INITIAL = 1 << 14;
const IS_PARTICLE = 1 << 15;
const IS_STRONG_FIRST_NAME = 1 << 16;
const IS_NAME_LIKE = 1 << 17;
const IS_UNKNOWN_WORD = 1 << 18;
/** A word that is neither a name nor a title: what title case is told by. */
const IS_ORDINARY = 1 << 19;
/** Not capitalised, four letters or more, and common (tier 35 or below). */
const IS_COMMON_LOWERCASE = 1 << 20;
/** A mark after which a sentence (or a quotation) starts. */
const IS_SENTENCE_BREAK = 1 << 21;
// Of the lowercase text:
const IS_DETERMINER = 1 << 22;
const IS_ROLE_NOUN = 1 << 23;
const IS_ROLE_MODIFIER = 1 << 24;
const IS_SPEECH_VERB = 1 << 25;
const IS_ROLE_BOUNDARY = 1 << 26;
const IS_PREPOSITION = 1 << 27;
const IS_PLACE_PREPOSITION = 1 << 28;
const IS_LOWERCASE_COMPOUND = 1 << 29;
/** A word for a relative or a companion (PERSONAL_RELATIONS): `daughter`, `aide`. */
const IS_RELATION = 1 << 30;

function is(t: Token, fact: number): boolean {
  return (t.is & fact) !== 0;
}

const PREFIXED_NAME = /^(?:[dlo]['’]|(?:al|el|ul|bin|ben|abu|ibn)-)\p{Lu}/u;
const CONTRACTION = /['’](?:m|re|ve|ll|d|t)$/i;
const TITLE_PREFIX = /^(?:[Ee]x|[Tt]hen|Former|Acting|Interim|Vice|Deputy|Co)-\p{L}/u;
/** The same before a lowercase role noun: `vice-minister`, `ex-minister`. */
const ROLE_NOUN_PREFIX = new RegExp(TITLE_PREFIX.source, 'iu');
/** A speech verb that can only be a verb after a name with `'s`: past or third person (`said`, `says`, `warned`). */
const SPOKE = /^(?:said|says|told|tells|wrote|writes)$|ed$/;
const LOWERCASE_COMPOUND = /-\p{Ll}/u;
/** `D-Mass.`, `R-Ariz.`: a lawmaker's party and state. */
const PARTY_AND_STATE = /^[DRI]-\p{Lu}/u;
/** `Puerto Rican-born`, `Tea Party-inspired`: a description, not a name. */
const DESCRIPTIVE_COMPOUND = /-(?:born|based|led|backed|linked|inspired|owned|run|style|like|era|made|funded|allied|aligned|affiliated|controlled|held|occupied|era|themed|critic)$/;
/** `StateFire`, `RiverWatch`: a capital inside the word after a common word of four letters or more names a brand or agency; a name's prefix is shorter (`McKay`, `MacLeod`, `DeShawn`). */
const CAMEL_BRAND = /^\p{Lu}(\p{Ll}{3,})\p{Lu}\p{Ll}/u;
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '…', '•', '|', '*', '>', '–', '—', '-']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '„', '‹', '‚']);
const DETERMINERS = new Set(['the', 'a', 'an']);
/** Prepositions before a place rather than a person: `in Preston`, `at Levico Terme`. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'into', 'outside']);
/** Prepositions whose object is more often a thing than a speaker: `members of Scientology, who`. */
const PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'to', 'for', 'with', 'by', 'about', 'on', 'into', 'within', 'across']);
/** Organisation words that are also family names: `Nathan Law`, `Jim Hall`. */
const SURNAME_ENDINGS = new Set(['Law', 'Hall', 'House', 'Park', 'Lane', 'Church', 'Bridge', 'Banks', 'Cross']);
/** Given names that alone are more often a word: `Christian voters`. */
const NOT_ALONE = new Set(['Christian', 'Islam', 'Justice', 'Liberty', 'Unity', 'Victory', 'Mercy', 'Royal', 'Marine', 'Major', 'General', 'Private']);
/** Given names that are more often a name than a title before one: `Dean Kamen`, `Earl Woods`. */
const FIRST_NAME_OVER_TITLE = new Set(['Dean', 'Earl', 'Major', 'Chase', 'Count', 'Sister', 'Brother', 'Head', 'Chair', 'Will']);
/** A peer's titles that, after `the`, open the name of an office: `the Lord Chancellor`, `the Lady Mayoress`. */
const OFFICE_TITLES_AFTER_THE = new Set(['Lord', 'Lady']);
/** Titles that are also family names: after a given name and last in their run, `Dana Judge said`, `Tom Bishop`. */
const SURNAME_TITLES = new Set(['Judge', 'Bishop', 'King', 'Marshal', 'Sheriff', 'Constable', 'Chancellor', 'Pope', 'Prince', 'Duke', 'Lord', 'Baron', 'Justice', 'Cardinal', 'Sergeant', 'Provost']);
const SPEECH_VERBS = new Set(
  `said says say told tells added adds asked asks explained explains noted notes stated states
  wrote writes recalled recalls argued argues insisted insists warned warns announced announces
  replied replies responded responds continued continues confirmed confirms claimed claims
  admitted admits acknowledged suggested suggests believes believed thinks thought urged urges
  agreed agrees denied denies tweeted posted remarked commented emphasised emphasized stressed
  concluded testified pledged promised vowed smiled laughed`.split(/\s+/),
);
/** Words that end a role phrase written before a name or its comma (`said the envoy, X`). */
const ROLE_BOUNDARY = new Set(
  `said says say told tells tell added according and or but nor that which who whom whose when
  while where after before as because since if though although with by from to in on into onto
  than like including during about over under against between among is was are were be been
  being become becomes became becoming has had have will would could should can may might must
  do does did also not it he she they we i you him her them us me this these those there here
  then so yet via per without within upon across toward towards at for through alongside amid despite`.split(/\s+/),
);
/** The most words (and marks) a title-case headline line has. */
const HEADLINE_WORDS = 24;
const TITLE_CONNECTORS = new Set(['of', 'to', 'for', 'the']);
const SUBJECT_VERBS = new Set(['was', 'is', 'has', 'had', 'will', 'would', 'did', 'does', 'can', 'could']);
const PHRASE_INSIDE_ROLE = new Set(['of', 'for', 'at', 'to']);
/**
 * What may follow a role's head word: `head of NATO`, `a meteorologist with the weather service`,
 * `a nurse on the ward`, `the member representing Ikorodu Constituency I`.
 */
const ROLE_COMPLEMENTS = new Set([...PHRASE_INSIDE_ROLE, 'with', 'on', 'representing']);
/** Adverbs between a subject and its verb: `Hill also said`. */
const SUBJECT_ADVERBS = new Set(
  ['also', 'later', 'then', 'still', 'never', 'again', 'once', 'now', 'already', 'previously', 'himself', 'herself', 'first', 'last', 'recently', 'often', 'too', 'alone', 'just', 'even', 'only', 'soon', 'ever', 'always', 'sometimes', 'yesterday', 'today', 'tonight', 'tomorrow'],
);
/** Words that open a sentence before its subject: `Meanwhile the port's owner, X, said`. */
const SENTENCE_OPENERS = new Set(['meanwhile', 'however', 'but', 'and', 'earlier', 'separately', 'elsewhere']);
/** Opening a role before a capitalised word: `North Korean leader`, `Southern Baptist pastor`. */
const COMPASS_POINTS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western']);
/** Past tenses not spelled with -ed (speech verbs aside): `Hill won`, `Hill took`. */
const IRREGULAR_PAST = new Set(
  `won lost took made gave went came met sent left led got held ran kept spent became began brought bought built
  chose drew drove fell felt fought found flew forgot knew paid put quit rode rose saw sold shook shot spoke stood
  struck swore taught threw understood wore withdrew sought sat hid hit let lay ate drank sang slept woke wept dug grew
  broke caught dealt fed froze hung lent meant rang shut sank slid stole stuck swam tore heard`.split(/\s+/),
);
/** A role that opens with these is in the voice of someone quoted (`our very talented Deputy Secretary`). */
const SPEAKERS_POSSESSIVES = new Set(['our', 'your', 'my']);
/** A role opens at these where words stand before them (`a lawsuit his former aide`). */
const THIRD_PERSON_POSSESSIVES = new Set(['his', 'her', 'its', 'their']);
/** Verbs that hold an office, and the office: `who chairs the committee` is its chair. */
const OFFICE_VERBS = new Map([
  ['chairs', 'chair'],
  ['heads', 'head'],
  ['leads', 'leader'],
  ['runs', 'head'],
  ['directs', 'director'],
  ['manages', 'manager'],
  ['owns', 'owner'],
  ['coaches', 'coach'],
  ['edits', 'editor'],
  ['commands', 'commander'],
]);
/** Words that may follow a role phrase after a name: `X, a spokesman who said`. */
const CLAUSE_AFTER_ROLE = new Set(['and', 'who', 'whose', 'said', 'says', 'told']);
const ROLE_STOPS = new Set([',', '.', ';', ')', '(', '—', '–']);
const PLACE_AFTER_ROLE = new Set(['from', 'in']);
/** A person's age between commas after the name. */
const AGE = /^\d{1,3}$/;
const POST_NOMINAL_LETTERS: ReadonlySet<string> = new Set(POST_NOMINALS);

const PLACE_OPENERS = new Set([...PLACES].filter((place) => place.includes(' ')).map((place) => place.split(' ')[0]));

// Which of the word lists hold a text, as bits, so that a new word takes two lookups rather
// than one per list: lists of capitalised words by the text, lists of other words by its lowercase.
const [IN_FIRST_NAMES, IN_SURNAMES, IN_PLACES, IN_PLACE_OPENERS, IN_OUTLETS, IN_TITLE_MODIFIERS, IN_THING_PREFIXES] = [1, 2, 4, 8, 16, 32, 64];
const [IN_ASIAN_FAMILY_NAMES, IN_NAME_ENDINGS, IN_HONORIFICS, IN_TITLES, IN_FIRST_NAME_OVER_TITLE, IN_NOT_NAMES, IN_SENTENCE_BREAKS] = [128, 256, 512, 1024, 2048, 4096, 8192];
const [IN_PARTICLES, IN_ROLE_NOUNS, IN_DETERMINERS, IN_ROLE_MODIFIERS, IN_SPEECH_VERBS, IN_ROLE_BOUNDARY, IN_PREPOSITIONS, IN_PLACE_PREPOSITIONS] = [1, 2, 4, 8, 16, 32, 64, 128];

function listsByWord(lists: [Iterable<string>, number][]): PackedStrings {
  const byWord = new Map<string, number>();
  for (const [list, bit] of lists) for (const word of list) byWord.set(word, (byWord.get(word) ?? 0) | bit);
  return new PackedStrings(byWord);
}

const LISTS_BY_TEXT = listsByWord([
  [FIRST_NAMES, IN_FIRST_NAMES],
  [SURNAMES, IN_SURNAMES],
  [PLACES, IN_PLACES],
  [PLACE_OPENERS, IN_PLACE_OPENERS],
  [OUTLETS, IN_OUTLETS],
  [TITLE_MODIFIERS, IN_TITLE_MODIFIERS],
  [THING_PREFIXES, IN_THING_PREFIXES],
  [ASIAN_FAMILY_NAMES, IN_ASIAN_FAMILY_NAMES],
  [NAME_ENDINGS_NOT_PEOPLE, IN_NAME_ENDINGS],
  [HONORIFICS, IN_HONORIFICS],
  [TITLES, IN_TITLES],
  [FIRST_NAME_OVER_TITLE, IN_FIRST_NAME_OVER_TITLE],
  [NOT_NAMES, IN_NOT_NAMES],
  [SENTENCE_END, IN_SENTENCE_BREAKS],
  [OPENERS, IN_SENTENCE_BREAKS],
]);
const LISTS_BY_LOWER = listsByWord([
  [NAME_PARTICLES, IN_PARTICLES],
  [ROLE_NOUNS, IN_ROLE_NOUNS],
  [DETERMINERS, IN_DETERMINERS],
  [ROLE_MODIFIERS, IN_ROLE_MODIFIERS],
  [SPEECH_VERBS, IN_SPEECH_VERBS],
  [ROLE_BOUNDARY, IN_ROLE_BOUNDARY],
  [PREPOSITIONS, IN_PREPOSITIONS],
  [PLACE_PREPOSITIONS, IN_PLACE_PREPOSITIONS],
]);
/** Every word pattern above (PREFIXED_NAME, CONTRACTION, …) needs one of these: a word with none matches none of them. */
const JOINED_WORD = /['’-]/;

/** The facts of one text; `abbreviation` when it is a title or honorific with its full stop. */
function describeWord(text: string, abbreviation: boolean): Word {
  const code = text.charCodeAt(0);
  const word = (unitClass(code) & (LETTER | NUMBER)) !== 0;
  const upper = code < 128 ? code >= 65 && code <= 90 : (codePointClass(codePointAt(text, 0)) & (UPPER | TITLE)) !== 0;
  const joined = JOINED_WORD.test(text);
  const cap = word && (upper || (joined && text.length > 3 && PREFIXED_NAME.test(text)));
  const lower = upper ? text.toLowerCase() : text;
  const dotted = text.endsWith('.');
  const tier = cap ? wordTier(lower) : 0;
  const allCaps = cap && text.length > 1 && text === text.toUpperCase() && text !== lower;
  const listed = LISTS_BY_TEXT.get(text);
  const bareListed = abbreviation ? LISTS_BY_TEXT.get(text.slice(0, -1)) : listed;
  const lowerListed = LISTS_BY_LOWER.get(lower);
  const commonUpTo = (maxTier: number) => tier > 0 && tier <= maxTier;

  const firstName = (listed & IN_FIRST_NAMES) !== 0;
  const place = (listed & IN_PLACES) !== 0;
  const honorific = (bareListed & IN_HONORIFICS) !== 0;
  // `Ex-President`, `Acting-Mayor`, `Then-president`: a title joined to what makes it former or temporary.
  const prefixedTitle = joined && TITLE_PREFIX.test(text) && (LISTS_BY_TEXT.get(capitalised(text.slice(text.indexOf('-') + 1))) & IN_TITLES) !== 0;
  // `vice-minister`, `ex-minister`: a role noun joined to what makes it deputy or former is one too.
  const roleNoun =
    (lowerListed & IN_ROLE_NOUNS) !== 0 ||
    (joined && ROLE_NOUN_PREFIX.test(lower) && (LISTS_BY_LOWER.get(lower.slice(lower.indexOf('-') + 1)) & IN_ROLE_NOUNS) !== 0);
  const titled = (bareListed & IN_TITLES) !== 0 || prefixedTitle;
  const title = honorific || (titled && !(bareListed & IN_FIRST_NAME_OVER_TITLE));
  const brandPrefix = cap && !joined ? CAMEL_BRAND.exec(text)?.[1] : undefined;
  const notName =
    (listed & IN_NOT_NAMES) !== 0 ||
    (allCaps && !dotted) ||
    (brandPrefix !== undefined && wordTier(`${text[0].toLowerCase()}${brandPrefix}`) > 0 && !firstName) ||
    (joined && (CONTRACTION.test(text) || PARTY_AND_STATE.test(text) || DESCRIPTIVE_COMPOUND.test(text)));
  const initial = (dotted && !abbreviation && !place) || (text.length === 1 && cap && text !== 'I' && text !== 'A');
  const strongFirstName = firstName && !place && !notName && !commonUpTo(20);
  const nameLike = initial || (cap && !abbreviation && !notName && !place && (!commonUpTo(50) || strongFirstName || (joined && PREFIXED_NAME.test(text))));
  const plainTier = !cap && text.length >= 4 ? wordTier(lower) : 0;
  const facts =
    (firstName ? IS_FIRST_NAME : 0) |
    (listed & IN_SURNAMES ? IS_SURNAME : 0) |
    (place ? IS_PLACE : 0) |
    (listed & IN_PLACE_OPENERS ? IS_PLACE_OPENER : 0) |
    (listed & IN_OUTLETS ? IS_OUTLET : 0) |
    (listed & IN_TITLE_MODIFIERS ? IS_TITLE_MODIFIER : 0) |
    (listed & IN_THING_PREFIXES ? IS_THING_PREFIX : 0) |
    (listed & IN_ASIAN_FAMILY_NAMES ? IS_ASIAN_FAMILY_NAME : 0) |
    (listed & IN_NAME_ENDINGS ? IS_NAME_ENDING : 0) |
    (bareListed & IN_NAME_ENDINGS ? IS_BARE_NAME_ENDING : 0) |
    (title ? IS_TITLE : 0) |
    (honorific ? IS_HONORIFIC : 0) |
    (((cap && titled) || roleNoun) && !honorific ? IS_ROLE_HEAD : 0) |
    (notName ? IS_NOT_NAME : 0) |
    (initial ? IS_INITIAL : 0) |
    (word && !cap && lowerListed & IN_PARTICLES ? IS_PARTICLE : 0) |
    (strongFirstName ? IS_STRONG_FIRST_NAME : 0) |
    (nameLike ? IS_NAME_LIKE : 0) |
    (nameLike && !commonUpTo(60) ? IS_UNKNOWN_WORD : 0) |
    (word && !title && !(listed & (IN_TITLE_MODIFIERS | IN_FIRST_NAMES | IN_SURNAMES)) ? IS_ORDINARY : 0) |
    (plainTier > 0 && plainTier <= 35 ? IS_COMMON_LOWERCASE : 0) |
    (listed & IN_SENTENCE_BREAKS ? IS_SENTENCE_BREAK : 0) |
    (lowerListed & IN_DETERMINERS ? IS_DETERMINER : 0) |
    (roleNoun ? IS_ROLE_NOUN : 0) |
    (lowerListed & IN_ROLE_MODIFIERS ? IS_ROLE_MODIFIER : 0) |
    (lowerListed & IN_SPEECH_VERBS ? IS_SPEECH_VERB : 0) |
    (lowerListed & IN_ROLE_BOUNDARY ? IS_ROLE_BOUNDARY : 0) |
    (lowerListed & IN_PREPOSITIONS ? IS_PREPOSITION : 0) |
    (lowerListed & IN_PLACE_PREPOSITIONS ? IS_PLACE_PREPOSITION : 0) |
    (joined && LOWERCASE_COMPOUND.test(text) ? IS_LOWERCASE_COMPOUND : 0) |
    (word && PERSONAL_RELATIONS.has(lower) ? IS_RELATION : 0);
  return { text, lower, word, cap, dotted, abbreviation, tier, allCaps, is: facts };
}

/**
 * Words by their text, looked up by the characters of the text they stand in, without cutting
 * them out: most tokens are words seen before. Open addressing; emptied when large, so a long
 * session's vocabulary does not grow without end.
 */
class WordTable {
  /** Pairs of a hash and 1 + the word's index in `words` (0: a free slot). */
  private slots = new Int32Array(2 << 12);
  private words: Word[] = [];

  get(text: string, start: number, end: number): Word {
    // hashOf written out: for every token, a call took a tenth of findMentions.
    let hash = FNV_OFFSET;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
    const slots = this.slots;
    const mask = slots.length - 2;
    for (let slot = (hash << 1) & mask; ; slot = (slot + 2) & mask) {
      const index = slots[slot + 1] - 1;
      if (index < 0) return this.add(describeWord(detached(text.slice(start, end)), false), hash, slot);
      if (slots[slot] === hash && sameText(this.words[index].text, text, start, end)) return this.words[index];
    }
  }

  private add(word: Word, hash: number, slot: number): Word {
    if (this.words.length >= KEPT_WORDS) {
      this.words = [];
      this.slots.fill(0);
      slot = this.freeSlot(this.slots, hash);
    }
    this.words.push(word);
    this.slots[slot] = hash;
    this.slots[slot + 1] = this.words.length;
    if (this.words.length * 4 > this.slots.length) {
      const old = this.slots;
      this.slots = new Int32Array(old.length * 2);
      for (let at = 0; at < old.length; at += 2) {
        if (old[at + 1] === 0) continue;
        const free = this.freeSlot(this.slots, old[at]);
        this.slots[free] = old[at];
        this.slots[free + 1] = old[at + 1];
      }
    }
    return word;
  }

  private freeSlot(slots: Int32Array, hash: number): number {
    const mask = slots.length - 2;
    let slot = (hash << 1) & mask;
    while (slots[slot + 1] !== 0) slot = (slot + 2) & mask;
    return slot;
  }
}

function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

const KEPT_WORDS = 200_000;
const words = new WordTable();
/** Titles with their full stop (`Sen.`), by the text before it. */
const abbreviations = new Map<string, Word>();

function abbreviationOf(bare: string): Word {
  let word = abbreviations.get(bare);
  if (word === undefined) abbreviations.set(bare, (word = describeWord(`${bare}.`, true)));
  return word;
}

const WORD_PART = LETTER | MARK | NUMBER;

/** Past the letters, marks and digits from `at`. */
function wordPartEnd(text: string, at: number): number {
  for (;;) {
    const code = text.charCodeAt(at);
    if (code < 128) {
      if (!(ASCII_CLASSES[code] & WORD_PART)) return at;
      at++;
    } else if (classAt(text, at) & WORD_PART) at = codePointEnd(text, at);
    else return at;
  }
}

/**
 * Where the token starting at `start` (not a space) ends. The tokens are those of
 * `/(?:\p{Lu}\.){2,}|\p{Lu}\.(?=[\])]?\s+[\p{Lu}\p{Lt}])|[\p{L}\p{M}\p{N}]+(?:[-‐'’][\p{L}\p{M}\p{N}]+)*|\S/gu`,
 * read character by character (exported for the test that holds it to that regex).
 */
export function tokenEnd(text: string, start: number): number {
  const firstEnd = codePointEnd(text, start);
  const first = classAt(text, start);
  if (first & UPPER && text.charCodeAt(firstEnd) === 46) {
    // Initials run together: `U.S.`, `K.C.`
    let end = firstEnd + 1;
    let initials = 1;
    for (let next = end; classAt(text, next) & UPPER && text.charCodeAt(codePointEnd(text, next)) === 46; next = end) {
      end = codePointEnd(text, next) + 1;
      initials++;
    }
    if (initials >= 2) return end;
    // An initial before a capitalised word: `W. Bush`, also across the end of an editor's
    // insertion (`[George W.] Bush`, see insertionEndsInName).
    const spaceFrom = firstEnd + 1 + (text.charCodeAt(firstEnd + 1) === 93 || text.charCodeAt(firstEnd + 1) === 41 ? 1 : 0);
    let after = spaceFrom;
    while (after < text.length && unitClass(text.charCodeAt(after)) & SPACE) after++;
    if (after > spaceFrom && classAt(text, after) & (UPPER | TITLE)) return firstEnd + 1;
  }
  if (!(first & WORD_PART)) return firstEnd;
  // A word, its parts joined by hyphens or apostrophes: `al-Amr`, `d'Ettorre`.
  let end = wordPartEnd(text, firstEnd);
  for (;;) {
    const joiner = text.charCodeAt(end);
    if (!(joiner === 45 || joiner === 0x2010 || joiner === 39 || joiner === 0x2019) || !(classAt(text, end + 1) & WORD_PART)) return end;
    end = wordPartEnd(text, end + 1);
  }
}

const PLURAL_POSSESSIVE = /^['’] \p{Lu}/u;

function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let lineBreak = text.indexOf('\n', from);
  let at = from;
  /** Brackets opened and not yet closed, square and round. */
  let openSquare = 0;
  let openRound = 0;
  while (at < to) {
    const code = text.charCodeAt(at);
    if ((code < 128 ? ASCII_CLASSES[code] : unitClass(code)) & SPACE) {
      at++;
      continue;
    }
    if (code === 91 /* [ */) openSquare++;
    else if (code === 40 /* ( */) openRound++;
    else if ((code === 93 /* ] */ && openSquare > 0) || (code === 41 /* ) */ && openRound > 0)) {
      if (code === 93) openSquare--;
      else openRound--;
      // An editor's insertion that ends inside a name, `[special prosecutor Robert] Mueller`,
      // `(Libyan strongman Muammar) al-Qaddafi`: the name reads on across the bracket.
      if (insertionEndsInName(text, at, tokens[tokens.length - 1])) {
        at++;
        continue;
      }
    }
    // A nickname between a name's parts (`Kwame "The Cannon" Boateng`): the name reads on past it.
    if ((code === 34 || code === 0x201c || code === 39 || code === 0x2018) && tokens.length > 0 && tokens[tokens.length - 1].cap) {
      const end = nicknameEnd(text, at);
      if (end > 0) {
        at = end;
        continue;
      }
    }
    const start = at;
    let end = tokenEnd(text, start);
    if (end > to) break;
    at = end;
    const word = ((code < 128 ? ASCII_CLASSES[code] : unitClass(code)) & (LETTER | NUMBER)) !== 0;
    let possessive = false;
    if (word && end - start > 2) {
      const last = text.charCodeAt(end - 1);
      const apostrophe = text.charCodeAt(end - 2);
      if ((last === 115 || last === 83) && (apostrophe === 39 || apostrophe === 0x2019)) {
        end -= 2;
        possessive = true;
      } else if ((last === 115 || last === 83) && (text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019) && classAt(text, start) & UPPER && PLURAL_POSSESSIVE.test(text.slice(end, end + 3))) {
        // `Farmers' Movement leader`, `Veterans' Affairs`: a name's plural owns the capitalised name after its apostrophe
        // (a closing quote mostly follows a lowercase word, or a comma or full stop).
        possessive = true;
        at = end + 1;
      }
    }
    let facts = words.get(text, start, end);
    if (word && !possessive && text.charCodeAt(end) === 46 && ABBREVIATIONS.has(facts.text)) {
      facts = abbreviationOf(facts.text);
      at = end += 1;
    }
    const prev = tokens[tokens.length - 1];
    const newLine = !prev || (lineBreak >= 0 && lineBreak < start);
    while (lineBreak >= 0 && lineBreak < start) lineBreak = text.indexOf('\n', lineBreak + 1);
    tokens.push({
      start,
      end,
      text: facts.text,
      lower: facts.lower,
      word,
      cap: facts.cap,
      dotted: facts.dotted,
      abbreviation: facts.abbreviation,
      possessive,
      sentenceStart: newLine || (!prev.word && is(prev, IS_SENTENCE_BREAK)),
      newLine,
      tier: facts.tier,
      allCaps: facts.allCaps,
      titleCase: false,
      is: facts.is,
    });
  }
  markTitleCase(tokens);
  return tokens;
}

/**
 * A closing bracket at `at` between a name part (`before`, not a role: `[former Museum of Flight
 * CEO] Bonnie Dunbar` is a role inserted) and the capitalised rest of the name.
 */
function insertionEndsInName(text: string, at: number, before: Token | undefined): boolean {
  return (
    !!before &&
    before.end === at &&
    before.cap &&
    (before.dotted || !before.allCaps) &&
    !is(before, IS_TITLE | IS_ROLE_HEAD | IS_HONORIFIC) &&
    LETTER_OR_DOT_BEFORE.test(text.charAt(at - 1)) &&
    NAME_PART_AFTER.test(text.slice(at + 1, at + 8))
  );
}
const LETTER_OR_DOT_BEFORE = /[\p{L}.]/u;
const NAME_PART_AFTER = /^ (?:[dlo]['’]|(?:al|el|ul|bin|ben|abu|ibn)-)?\p{Lu}/u;

/** Marks the tokens of lines where most words, common ones included, are capitalised. */
function markTitleCase(tokens: Token[]): void {
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && (i === lineStart || !tokens[i].newLine)) continue;
    // The line's first word is capitalised anyway; names and titles too: count the ordinary words.
    let capitalised = 0;
    let lowercase = 0;
    // A headline ends no sentence with a full stop after a lowercase word: `Sen. Ann Roe, the chairwoman of the
    // Commerce Committee, said so.` is prose (`World No. 1 Wins`, `Acme Inc. Falls` may be a headline).
    let fullStop = false;
    for (let k = lineStart + 1; k < i; k++) {
      const t = tokens[k];
      if (t.cap && t.tier > 0 && t.tier <= 35 && is(t, IS_ORDINARY)) capitalised++;
      if (is(t, IS_COMMON_LOWERCASE)) lowercase++;
      if (t.text === '.' && tokens[k - 1].word && !tokens[k - 1].cap) fullStop = true;
    }
    // Headlines are short; a long line of capitalised committee names is prose.
    if (capitalised >= 3 && !fullStop && i - lineStart - 1 <= HEADLINE_WORDS && capitalised >= 2 * lowercase) {
      for (let k = lineStart; k < i; k++) tokens[k].titleCase = true;
    }
    lineStart = i;
  }
}

// ---------------------------------------------------------------------------------------------
// What one capitalised word is likely to be.

function isCommonWord(t: Token, maxTier = 50): boolean {
  return t.tier > 0 && t.tier <= maxTier;
}

/**
 * The name from i to j ends on an outlet's word after particles or words no given name: `Al Jazeera`,
 * `Deutsche Welle`, `Le Monde` are outlets named like people (but `Michael Bloomberg`, `Megan Fox`;
 * `Bloomberg` alone is the person where the story names him in full).
 */
function namesOutlet(tokens: Token[], i: number, j: number): boolean {
  if (j - i < 2 || !is(tokens[j - 1], IS_OUTLET)) return false;
  for (let k = i; k < j - 1; k++) if (is(tokens[k], IS_FIRST_NAME) && !NAME_PARTICLES.has(tokens[k].lower)) return false;
  return true;
}

function isParticle(t: Token): boolean {
  return is(t, IS_PARTICLE);
}

function isTitle(t: Token): boolean {
  return is(t, IS_TITLE);
}

/** Days, nationalities, acronyms: capitalised, but never a person's name. */
function notName(t: Token): boolean {
  return is(t, IS_NOT_NAME);
}

function isInitial(t: Token): boolean {
  return is(t, IS_INITIAL);
}

/** A given name that is not also a place or a common word (`Dmitry`, not `Jordan` or `Will`). */
function strongFirstName(t: Token): boolean {
  return is(t, IS_STRONG_FIRST_NAME);
}

/** Could be part of a name: no common English word, no place, no known non-name. */
function nameLike(t: Token): boolean {
  return is(t, IS_NAME_LIKE);
}

/** Not an English word at all: `Peskov`, `Zhichao`, `Stefanishyna`. */
function unknownWord(t: Token): boolean {
  return is(t, IS_UNKNOWN_WORD);
}

/** How many tokens from i (at most three, before `last`) spell a place name. */
function placeLength(tokens: Token[], i: number, last: number): number {
  const first = tokens[i];
  if (!first.cap) return 0;
  if (!is(first, IS_PLACE_OPENER)) return i < last && is(first, IS_PLACE) ? 1 : 0;
  return listedPhraseLength(tokens, i, last, PLACES, 3);
}

/** How many words from i (at most `words`, before `last`, no possessive but the last) spell the longest name of `names`. */
function listedPhraseLength(tokens: Token[], i: number, last: number, names: ReadonlySet<string>, words: number): number {
  let phrase = '';
  let found = 0;
  for (let n = 0; n < words && i + n < last; n++) {
    const t = tokens[i + n];
    if (n > 0 && (!t.word || tokens[i + n - 1].possessive)) break;
    phrase = n === 0 ? t.text : `${phrase} ${t.text}`;
    if (names.has(phrase)) found = n + 1;
  }
  return found;
}

/** The first word of each business named like a person, the longest name's words: what businessLength reads past. */
const BUSINESS_OPENERS = new Set([...BUSINESSES_NAMED_LIKE_PEOPLE].map((name) => name.split(' ')[0]));
const BUSINESS_WORDS = Math.max(...[...BUSINESSES_NAMED_LIKE_PEOPLE].map((name) => name.split(' ').length));

/** How many tokens from i (before `last`) spell a business named like a person (`Morgan Stanley`), the longest such name. */
function businessLength(tokens: Token[], i: number, last: number): number {
  return BUSINESS_OPENERS.has(tokens[i].text) ? listedPhraseLength(tokens, i, last, BUSINESSES_NAMED_LIKE_PEOPLE, BUSINESS_WORDS) : 0;
}

/** Tokens `from` to `to` are all given names: after `George Herbert Walker` a family name may be a common word (`Bush`). */
function givenNamesBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!is(tokens[k], IS_FIRST_NAME)) return false;
  return true;
}

/** A given name followed by a family name: `Nick Bos`, `Dan Savage`, `Washington Irving`. */
function opensFullName(tokens: Token[], i: number, last: number): boolean {
  const t = tokens[i];
  if (!is(t, IS_FIRST_NAME) || notName(t) || t.possessive || i + 1 >= last || placeLength(tokens, i, last) > 1) return false;
  // past particles: `Kevin de Léon`, `Ursula von der Leyen`
  let n = i + 1;
  while (n < last - 1 && isParticle(tokens[n])) n++;
  const next = tokens[n];
  if (strongFirstName(t)) {
    const organisation = is(next, IS_NAME_ENDING) && !(SURNAME_ENDINGS.has(next.text) && i + 2 === last);
    const surnameTitle = n + 1 === last && SURNAME_TITLES.has(next.text) && !next.titleCase;
    return nameLike(next) || surnameTitle || (next.cap && !next.titleCase && !isTitle(next) && (!notName(next) || is(next, IS_SURNAME)) && !organisation);
  }
  // `Will`, `Frank`, `Washington`: only with a family name that is no English word; a place
  // that is also a given name needs more than another given name (`Washington Chris Gregoire`).
  return surnameAfter(t, next) || (isInitial(next) && i + 2 < last && surnameAfter(t, tokens[i + 2])) || namePair(tokens, i, last) || agedPair(tokens, i, last);
}

/** `Jordan Pike, 34, of Millbrook`: an age between commas says a given name and a common word are a person. */
function agedPair(tokens: Token[], i: number, last: number): boolean {
  const next = tokens[i + 1];
  if (i + 2 !== last || !next.cap || isTitle(next) || notName(next) || is(next, IS_PLACE) || is(next, IS_NAME_ENDING)) return false;
  const [comma, age, after] = [tokens[last], tokens[last + 1], tokens[last + 2]];
  return comma?.text === ',' && AGE.test(age?.text ?? '') && Number(age.text) > 0 && (after?.text === ',' || after?.text === ';');
}

/**
 * `Bill Gates`, `Will Smith`: a given name and a word of the name lists, both also English words,
 * alone in their run of capitals, are a name where capitals mean something: mid-sentence, before a
 * speech verb, or as a speaker's label; not after an article or a possessive.
 */
function namePair(tokens: Token[], i: number, last: number): boolean {
  const [before, t, next, after] = [tokens[i - 1], tokens[i], tokens[i + 1], tokens[i + 2]];
  if (i + 2 !== last || t.titleCase || is(t, IS_PLACE) || !(is(next, IS_FIRST_NAME) || is(next, IS_SURNAME))) return false;
  // `the Red Cross`, `British Red Cross`, `Trump's Rose Garden`, `in Rose Hill`: the name of a thing or a place.
  if (before && (before.cap || determinesNoun(before) || (is(before, IS_PLACE_PREPOSITION) && before.lower !== 'from'))) return false;
  if (isTitle(next) || notName(next) || is(next, IS_PLACE) || is(next, IS_NAME_ENDING)) return false;
  // A line that opens with the pair and a colon is an interview's speaker label: `Bill Gates: I think…`.
  return !t.sentenceStart || (!!after?.word && is(after, IS_SPEECH_VERB)) || (t.newLine && after?.text === ':');
}

function surnameAfter(given: Token, t: Token): boolean {
  // A rare word (`nelson`, SCOWL's tier 60 and up) after a given name is a family name too: `Bill Nelson`.
  return (unknownWord(t) || (nameLike(t) && !isCommonWord(t, 55))) && !(is(given, IS_PLACE) && strongFirstName(t));
}

// ---------------------------------------------------------------------------------------------
// Runs: stretches of capitalised words that may hold a name.

interface Run {
  /** Index of the run's first token in the paragraph's tokens. */
  first: number;
  /** Index past its last token. */
  last: number;
}

function findRuns(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].cap) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && !tokens[j - 1].possessive && !tokens[j].newLine) {
      if (tokens[j].cap) {
        j++;
        continue;
      }
      // Particles join name parts: `Ursula von der Leyen`.
      let k = j;
      while (k < tokens.length && k - j < 3 && isParticle(tokens[k]) && !tokens[k].newLine) k++;
      if (k > j && k < tokens.length && tokens[k].cap && !tokens[k].newLine) {
        j = k + 1;
        continue;
      }
      break;
    }
    runs.push({ first: particlesBefore(tokens, i), last: j });
    i = j;
  }
  return runs;
}

/** Where a run starts: at the particles before its first capital (`de la Cruz`), but not particles that are also English words (`do`, `ten`). */
function particlesBefore(tokens: Token[], first: number): number {
  let start = first;
  while (start > 0 && first - start < 3 && isParticle(tokens[start - 1]) && !tokens[start].newLine && !ENGLISH_PARTICLES.has(tokens[start - 1].lower)) start--;
  return start;
}

const ENGLISH_PARTICLES = new Set(['do', 'ten', 'y', 'st']);

// ---------------------------------------------------------------------------------------------
// Deciding which part of a run, if any, names a person.

/** What the article has taught us: the names found so far and the parts used alone. */
interface Known {
  /** Full names and the parts a later mention may use alone (`Dmitry Peskov`, `Peskov`). */
  names: Set<string>;
  /** Last words of full names (`Peskov`): a name that starts with one ends there. */
  familyNames: Set<string>;
  /** First words of full names (`Dmitry`). */
  givenNames: Set<string>;
  /** Family names the rest of the bundle establishes. */
  bundleNames: ReadonlySet<string>;
  /** Names the article gives storms and companies (`Katrina` of `Hurricane Katrina`): alone elsewhere, still the thing. */
  things: ReadonlySet<string>;
  /** The words of the names of the article's own outlet and wire (`MedWire Today`), which it may say were told things. */
  outletWords: ReadonlySet<string>;
  /** The parts actors play in the story, in full and word by word (see castNames). */
  cast: ReadonlySet<string>;
}

interface Verdict {
  /** Token indices of the name within the paragraph. */
  from: number;
  to: number;
  /** Evidence enough to teach the article's other mentions (a full name, a title). */
  strong: boolean;
  /** Part of an organisation's or a place's name (`Andy Warhol Foundation`): teaches nothing. */
  insideName?: boolean;
}

function analyzeRun(tokens: Token[], run: Run, known: Known): Verdict | null {
  const aliases = known.names;
  const last = run.last;
  const before = tokens[run.first - 1];
  let i = run.first;
  let titled = false;
  /** A place or a business opened the run: `Pacific Rim`, `Texas Rangers`, `Morgan Stanley`. */
  let afterPlace = false;
  // `two Stanford classmates`: a name counted is a word for a kind of thing.
  let afterDeterminer = !!before && (is(before, IS_DETERMINER) || (QUANTITIES.has(before.lower) && !tokens[run.first].newLine));
  const roleNounBeforeRun = !tokens[run.first].newLine && !!before && before.word && !before.cap && !before.possessive && is(before, IS_ROLE_NOUN);
  // `researcher Mu Li`, `the head of NATO, Hoop Scheffer,`: after a role, common words are name too.
  let afterRole = roleNounBeforeRun || (before?.text === ',' && roleBeforeComma('', tokens, run.first) !== undefined);
  /** A capitalised role noun in the run stood before the name, as a title would: `NASA Administrator Bill Nelson`. */
  let roleNounInRun = false;
  /** The run's name opens with a given name that is also a nationality or a month (`German Galushchenko`). */
  let givenThoughNotName = false;
  // `The Velvet Underground` mid-sentence, `University of Sheffield`: the name of a thing.
  if (tokens[i].text === 'The' && !tokens[i].sentenceStart) return null;
  // `the Lord Chamberlain`, `The Lord Mayor`: after `the`, a peer's title and one word are an office; a peer is `Lord Smith`.
  const afterThe = tokens[i].text === 'The' ? i + 1 : before?.lower === 'the' ? i : -1;
  if (afterThe >= 0 && last - afterThe === 2 && OFFICE_TITLES_AFTER_THE.has(tokens[afterThe].text)) return null;
  if (last - i === 1 && known.things.has(tokens[i].text) && !aliases.has(tokens[i].text)) return null;
  if (tokens[i].possessive && known.things.has(conditionName(tokens[i].text))) return null;
  if (ampersandJoined(tokens, run) && !creditBefore(tokens, run.first)) return null;
  if (toldOutlet(tokens, run, known.outletWords)) return null;
  if (before?.lower === 'of' && tokens[run.first - 2] && is(tokens[run.first - 2], IS_NAME_ENDING)) {
    // `Bank of England Governor Andrew Bailey`: the run ends the institution's name, then may
    // hold a title and the name of its holder.
    i += placeLength(tokens, i, last) || 1;
    if (i >= last || !isTitle(tokens[i])) return null;
  }

  // `Special Envoy for Eurasian Affairs Li Hui`: the run opens with the title's complement, which ends at its last common word.
  if (before && TITLE_CONNECTORS.has(before.lower)) {
    for (let k = last - 2; k >= i; k--) {
      if (isCommonWord(tokens[k]) && !is(tokens[k], IS_FIRST_NAME) && titleBeforeComplement(tokens, k)) {
        i = k + 1;
        afterRole = true;
        break;
      }
    }
  }

  // What comes before the name: titles, places, nationalities, sentence-initial words.
  while (i < last) {
    const t = tokens[i];
    // `Even Jonjo said it`, `Meanwhile Ana Vidal`: an adverb opening the sentence stands before its subject.
    if (i === run.first && t.sentenceStart && i + 1 < last && !t.possessive && (SUBJECT_ADVERBS.has(t.lower) || SENTENCE_OPENERS.has(t.lower))) {
      i++;
      continue;
    }
    if (isTitle(t) && !aliases.has(t.text)) {
      titled = true;
      i++;
      continue;
    }
    if (is(t, IS_TITLE_MODIFIER) && i + 1 < last && !t.possessive) {
      i++;
      continue;
    }
    if (t.cap && is(t, IS_ROLE_NOUN) && i + 1 < last && !t.possessive && !aliases.has(t.text)) {
      afterRole = roleNounInRun = true;
      i++;
      continue;
    }
    // `Millbrook Mayor Dana Whitfield`, `Cedar Gap Police Chief …`: words before a title name its town or body.
    const title = titleAfterQualifier(tokens, i, last);
    // Before a given name too: `Hurricane Katrina`, `Storm Ciara`; but `Fort Ellis Mayor Dana Whitfield` names a town.
    if (is(t, IS_THING_PREFIX) && title < 0 && !titled && !afterRole && !aliases.has(t.text)) return null;
    if (aliases.has(t.text)) break;
    if (title > i) {
      i = title;
      continue;
    }
    // `Morgan Stanley`, and its officers after it: `Morgan Stanley CEO Ted Pick`.
    const business = businessLength(tokens, i, last);
    if (business) {
      if (i + business >= last) return null;
      i += business;
      afterPlace = true;
      continue;
    }
    if (opensFullName(tokens, i, last)) break;
    if (is(t, IS_OUTLET) && i + 1 < last) {
      i++;
      continue;
    }
    const place = placeLength(tokens, i, last);
    if (place) {
      if (i + place >= last) return null;
      i += place;
      afterPlace = true;
      continue;
    }
    // `Minister German Galushchenko`, `German Gref said`: a nationality or a month that is also a given name opens the name
    // before a word no dictionary knows, where a title, a role or a speech verb says a person is named (not `the German Bundesbank said`).
    const givenBeforeName = is(t, IS_FIRST_NAME) && notName(t) && !t.possessive && i + 1 < last && unknownWord(tokens[i + 1]);
    if (givenBeforeName && (titled || afterRole || (i + 2 === last && !afterDeterminer && saidOrDescribed(tokens, i, last)))) {
      givenThoughNotName = true;
      break;
    }
    // After a title a common word is a name: `Gov. Mitt Romney`, `Speaker Newt Gingrich`.
    const commonWord = isCommonWord(t) && !is(t, IS_FIRST_NAME) && !is(t, IS_ASIAN_FAMILY_NAME) && !titled && !afterRole;
    if (i < last - 1 && !t.possessive && !isInitial(t) && (notName(t) || commonWord)) {
      if (is(t, IS_DETERMINER)) afterDeterminer = true;
      i++;
      continue;
    }
    break;
  }
  // A later given name opens the name when nothing before it looks like one:
  // `Pan-democrat Gary Fan`, `Refugee Council Enver Solomon`.
  if (i < last && !opensFullName(tokens, i, last) && !aliases.has(tokens[i].text)) {
    for (let k = i + 1; k < last - 1; k++) {
      const skipped = tokens[k - 1];
      if (skipped.possessive) break;
      if (isInitial(skipped)) break;
      const knownAhead = aliases.has(`${tokens[k].text} ${tokens[k + 1].text}`);
      if (unknownWord(skipped) && !is(skipped, IS_LOWERCASE_COMPOUND)) break;
      const nameAhead =
        knownAhead ||
        (strongFirstName(tokens[k]) && opensFullName(tokens, k, last)) ||
        (is(tokens[k], IS_ASIAN_FAMILY_NAME) && is(tokens[k + 1], IS_LOWERCASE_COMPOUND) && unknownWord(tokens[k + 1]));
      if (nameAhead) {
        for (let s = i; s < k; s++) titled ||= isTitle(tokens[s]);
        afterDeterminer = false;
        i = k;
        break;
      }
    }
  }
  // A lowercase particle opens a name after a title (`Mr van der Berg`) or when we know the name with
  // it (`de Léon`); see also speakerParticles.
  if (i < last && isParticle(tokens[i]) && !titled && !aliases.has(spell(tokens, i, last))) while (i < last && isParticle(tokens[i])) i++;
  if (i >= last) return null;

  const head = tokens[i];
  const fullName = opensFullName(tokens, i, last);
  let j = i;
  while (j < last) {
    const t = tokens[j];
    if (j > i) {
      const ending = t.abbreviation ? t.text.slice(0, -1) : t.text;
      const lastOfTwo = j === i + 1 && j + 1 === last;
      if (is(t, IS_BARE_NAME_ENDING) && !(lastOfTwo && fullName && SURNAME_ENDINGS.has(ending))) {
        if (!head.titleCase && fullPersonalName(tokens, i, j)) break;
        return null;
      }
      if (placeLength(tokens, j, last) && !fullName && !aliases.has(t.text)) {
        // `Valeska Paris, an Australian woman,`: a family name that is also a place.
        const described = j === i + 1 && j + 1 === last && unknownWord(head) && appositiveRole(tokens, i, last);
        if (!described) return null;
        j++;
        break;
      }
      // A family name we know ends the name: `the Warhol Polaroids`.
      if (j === i + 1 && known.familyNames.has(head.text) && !known.givenNames.has(head.text)) break;
      const surnameSlot =
        j === i + 1 ||
        isInitial(tokens[j - 1]) ||
        isParticle(tokens[j - 1]) ||
        (j >= i + 2 && fullName && givenNamesBetween(tokens, i + 1, j));
      // `Nick Moreau Image: …`: a word before a colon is a label, unless it ends a name (`Bill Gates: …`).
      if (isCommonWord(t) && tokens[j + 1]?.text === ':' && (CREDIT_LABELS.has(t.lower) || !surnameSlot || !fullName)) break;
      // `AshLee Strong, a spokeswoman for …`: a given name no list knows and a common word that a role describes
      const described = j === i + 1 && j + 1 === last && unknownWord(head) && appositiveRole(tokens, i, last);
      // `Nguyen Van An`: after a family name written first, a syllable of the given name may be a word.
      const givenAfterFamily = j === i + 2 && !nameLike(t) && !t.titleCase && is(head, IS_ASIAN_FAMILY_NAME) && familyNameFirst(spell(tokens, i, j + 1).split(' '));
      // `Theresa May`, `Michael Bloomberg`: after a given name a family name may be a month or an outlet.
      if (notName(t) && !isInitial(t) && !described && !givenAfterFamily && !(j === i + 1 && fullName && is(t, IS_SURNAME))) break;
      const asianFamilyName = (j === i + 1 && is(t, IS_ASIAN_FAMILY_NAME)) || givenAfterFamily;
      // `Jeb Bush`: a given name no list knows (or one the story used alone), then a family name that is also a word.
      const afterUnknownGiven = j === i + 1 && givenNoListKnows(head, known) && knownFamilyName(t, known);
      const commonSurname =
        (surnameSlot && !t.titleCase && !t.abbreviation && (fullName || titled || afterUnknownGiven || described || aliases.has(t.text))) ||
        (j === i + 1 && aliases.has(`${head.text} ${t.text}`));
      if (!nameLike(t) && !isParticle(t) && !asianFamilyName && !commonSurname) break;
      if (isTitle(t) && !surnameSlot) break;
    }
    j++;
    if (t.possessive) break;
  }
  // A name does not end on a particle or a trailing initial.
  while (j > i + 1 && (isParticle(tokens[j - 1]) || (isInitial(tokens[j - 1]) && !tokens[j - 1].possessive))) j--;
  if (isParticle(tokens[j - 1])) return null;

  // A name inside an organisation's or a place's name (`Andy Warhol Foundation for the Arts`)
  // names that person only when it is a full personal name; it teaches nothing, so that `Disney`
  // of `Walt Disney Company` stays no person elsewhere. On a title-case line the run is the
  // whole headline, not one name.
  if (!head.titleCase) {
    for (let k = j; k < last; k++) if (is(tokens[k], IS_NAME_ENDING)) return fullPersonalName(tokens, i, j) ? { from: i, to: j, strong: false, insideName: true } : null;
  }
  const single = j === i + 1;
  // `Queen Street East`: what a thing's word opens is that thing's name, unless the word is a name too (`Bill`, `Park`);
  // alone, only the family name of a full name the story or bundle gave (`Park said` after `Lena Park`).
  if (is(head, IS_NAME_ENDING) && (single ? !givenInFull(head.text, known) : !is(head, IS_FIRST_NAME | IS_SURNAME | IS_ASIAN_FAMILY_NAME))) return null;
  // `BBC Radio Derby`, `Club América`: one word after a thing's word in its run goes on that thing's name
  // (not after a title's: `Secretary of State Clinton`).
  const afterThingWord = i > run.first && is(tokens[i - 1], IS_NAME_ENDING) && !is(tokens[i - 1], IS_TITLE_MODIFIER) && !tokens[i - 1].possessive;
  if (single && !titled && afterThingWord) return null;

  const opensRun = i === run.first;
  const placePreposition = opensRun && !!before && before.word && is(before, IS_PLACE_PREPOSITION);
  const roleNounBefore = (opensRun && roleNounBeforeRun) || roleNounInRun;
  const text = spell(tokens, i, j);
  if (!titled && namesOutlet(tokens, i, j)) return null;

  if (!titled && !roleNounBefore && !fullPersonalName(tokens, i, j) && namesAThing(tokens, run, i, j, aliases.has(text))) return null;
  if (!titled && !roleNounBefore && !aliases.has(text) && namesAFirm(tokens, run, i, j)) return null;

  // Only the family name of a full name is known well enough to be taken for a subject by what follows it.
  const familyName = givenInFull(text, known);
  // What follows the name, past a suffix (`Trump Jr. said`)
  const afterName = tokens[suffixEnd(tokens, j)];
  if (aliases.has(text) && (!isCommonWord(head) || !head.sentenceStart || head.possessive || titled || actsAsSubject(afterName) || (familyName && predicateAfter(afterName)))) {
    // `the Warhol exhibit`, `the Warhol Polaroids` name Warhol; `the Kremlin` is no person.
    const modifier = tokens[j]?.word && !tokens[j].newLine && (!tokens[j].cap || known.familyNames.has(head.text));
    return afterDeterminer && single && !titled && !modifier ? null : weakName(i, j);
  }
  if (single && (notName(head) || is(head, IS_OUTLET) || is(head, IS_PLACE) || isInitial(head))) return null;
  // `McDonald's said`, `Trader Joe's announced`: a name with `'s` that speaks is a business's (not `Trump's claims`, a noun).
  if (tokens[j - 1].possessive && !titled && !fullName && afterName?.word && !afterName.cap && is(afterName, IS_SPEECH_VERB) && SPOKE.test(afterName.lower)) return null;
  let nameLikeParts = 0;
  let particles = 0;
  for (let k = i; k < j; k++) {
    if (nameLike(tokens[k])) nameLikeParts++;
    else if (isParticle(tokens[k])) particles++;
  }
  // `President Trump`, `Mr. Key`: after a title a capitalised common word is a name too.
  const label = tokens[j]?.text === ':';
  // Before a colon, only a full name: a live blog labels its speakers so (`City manager Priya Holloway: "…"`).
  // At most five words, particles aside: `Minister María José de la Fuente Ortega` has two surnames.
  if (titled || roleNounBefore) return j - i - particles <= 5 && (!label || fullName) && (nameLikeParts > 0 || (titled && !head.titleCase)) ? strongName(i, j) : null;

  if (!single) {
    if (fullName || givenThoughNotName) return strongName(i, j);
    const rest = tokens.slice(i + 1, j);
    if (isInitial(head) && rest.some(unknownWord) && (head.dotted || !isInitial(rest[0]))) return strongName(i, j);
    // `J.R. Hale`: initials run together are a person's before a family name, even one that is a word.
    if (INITIALS.test(head.text) && rest.every(nameLike)) return strongName(i, j);
    if (afterDeterminer) return null;
    if (is(head, IS_ASIAN_FAMILY_NAME) && rest.every((t) => nameLike(t) && !isCommonWord(t, 35))) return strongName(i, j);
    if (j - i === 2 && unknownWord(head) && is(tokens[i + 1], IS_ASIAN_FAMILY_NAME)) return strongName(i, j);
    if (j - i === 2 && givenNoListKnows(head, known) && knownFamilyName(tokens[i + 1], known)) return strongName(i, j);
    // `Mark Tiller and his wife, Joan Tiller,`: a listed given name, though also a word, before a family name a full
    // name of the story or the bundle gave; not an auxiliary opening a question (`Will Trump sign it?`).
    if (j - i === 2 && is(head, IS_FIRST_NAME) && !SUBJECT_VERBS.has(head.lower) && givenInFull(tokens[i + 1].text, known)) return strongName(i, j);
    if (placePreposition) return null;
    let unknownWords = 0;
    let connectors = 0;
    for (let k = i; k < j; k++) {
      if (isInitial(tokens[k]) || isParticle(tokens[k])) connectors++;
      else if (unknownWord(tokens[k])) unknownWords++;
    }
    if (unknownWords >= 2 && unknownWords + connectors === j - i) return weakName(i, j);
    return appositiveRole(tokens, i, j) && nameLikeParts > 0 ? weakName(i, j) : null;
  }
  // One word alone: a given name, or a name that says something or is described as someone.
  if (afterDeterminer) return null;
  // `beat Chelsea 3-2`: a score after a word alone is a team's (a player is named in full first).
  if (scoreAt(tokens, j)) return null;
  // `Preston, Victoria`: a town and its region; not `Petrakis, Greece's deputy minister`.
  const region = tokens[j]?.text === ',' && tokens[j + 1] ? placeLength(tokens, j + 1, tokens.length) : 0;
  if (region && !tokens[j + region].possessive) return null;
  const givenName = is(head, IS_FIRST_NAME) && !NOT_ALONE.has(head.text) && !is(head, IS_PLACE) && !notName(head);
  // A given name that is also a word counts only where a word would not be capitalised.
  const midSentence = !head.sentenceStart && !head.titleCase && !tokens[j]?.cap && !/^\d/.test(before?.text ?? '');
  if (givenName && !afterPlace && (!isCommonWord(head, 35) || (midSentence && !isCommonWord(head, 10)))) {
    // `Angie's List`: a given name alone, owning one capitalised common word, names a business.
    const owned = tokens[j];
    const brand = owned?.cap && !owned.newLine && !owned.titleCase && isCommonWord(owned) && !nameLike(owned) && !isTitle(owned) && !tokens[j + 1]?.cap;
    if (head.possessive && brand) return null;
    const cutShort = j < last && !head.possessive;
    return placePreposition || before?.lower === 'of' || cutShort || (!head.possessive && nounAfter(tokens[j])) || joinedToPlace(tokens, i, j)
      ? null
      : weakName(i, j);
  }
  if (head.possessive && nameLike(head) && relativeAfter(tokens, j)) return weakName(i, j);
  // `Mercer, a hairdresser who…`: a rare word that a role describes is a family name too.
  if (!unknownWord(head) && !(nameLike(head) && !isCommonWord(head) && appositiveRole(tokens, i, j))) return null;
  // `said Hale` names the speaker; `Romney said Wednedsay` has its speaker before the verb;
  // `said Voltaris chairwoman Lena Marchetti`, `said Westland Power spokeswoman …` name her company.
  let roleAt = j;
  while (roleAt < j + 3 && tokens[roleAt]?.cap) roleAt++;
  // … and their people: `say Kingsgate doctors`; a portfolio may come first: `said Norland fisheries minister …`.
  while (roleAt < j + 5 && tokens[roleAt]?.word && !tokens[roleAt].cap && is(tokens[roleAt], IS_ROLE_MODIFIER) && !is(tokens[roleAt], IS_ROLE_NOUN)) roleAt++;
  const modifies = !!tokens[roleAt]?.word && (is(tokens[roleAt], IS_ROLE_NOUN) || pluralOfRole(tokens[roleAt]));
  if (before?.word && !before.cap && is(before, IS_SPEECH_VERB) && !tokens[i - 2]?.cap && !modifies) return weakName(i, j);
  if (opensRun && creditBefore(tokens, i)) return weakName(i, j);
  if (before?.word && !before.cap && is(before, IS_PREPOSITION)) return null;
  const next = tokens[j];
  const after = tokens[j + 1];
  if (next?.word && is(next, IS_SPEECH_VERB)) return weakName(i, j);
  if (next?.text === ',' && after && (after.lower === 'who' || /^\d+$/.test(after.text) || partyMemberAt(tokens, j + 1))) return weakName(i, j);
  return appositiveRole(tokens, i, j) ? weakName(i, j) : null;
}

/** The name at `from` to `to` speaks (`X said`) or a role phrase beside it describes it (`X, the energy minister,`). */
function saidOrDescribed(tokens: Token[], from: number, to: number): boolean {
  const next = tokens[to];
  return (!!next?.word && !next.cap && is(next, IS_SPEECH_VERB)) || appositiveRole(tokens, from, to);
}

/** `Johnson & Johnson`, `Marks & Spencer`: names joined by an ampersand name a business, not two people (but a picture credit lists people so). */
function ampersandJoined(tokens: Token[], run: Run): boolean {
  const [before, after] = [tokens[run.first - 1], tokens[run.last]];
  return (before?.text === '&' && !!tokens[run.first - 2]?.cap) || (after?.text === '&' && !!tokens[run.last + 1]?.cap);
}

/**
 * `told Al Jazeera`, `speaking to Sky News Arabia`, `in an interview with Bloomberg`: whom the news
 * was told, where a word of the run is an outlet's, is that outlet (who tells a person `Bloomberg` things?);
 * so is the article's own outlet, whatever its name (`told MedWire Today`).
 */
function toldOutlet(tokens: Token[], run: Run, outletWords: ReadonlySet<string>): boolean {
  const [before, twoBefore] = [tokens[run.first - 1], tokens[run.first - 2]];
  if (!before?.word || tokens[run.first].newLine) return false;
  const told =
    TOLD.has(before.lower) || (before.lower === 'to' && SPOKE_TO.has(twoBefore?.lower ?? '')) || (before.lower === 'with' && twoBefore?.lower === 'interview');
  if (!told) return false;
  // `told Radio Marca Brenna`: a station's name opens with what it is, then may read like a person's.
  if (STATION_OPENERS.has(tokens[run.first].text)) return true;
  for (let k = run.first; k < run.last; k++) if (is(tokens[k], IS_OUTLET)) return true;
  for (let k = run.first; k < run.last; k++) if (!outletWords.has(tokens[k].text)) return false;
  return true;
}
const TOLD = new Set(['told', 'tells', 'tell', 'telling']);
const STATION_OPENERS = new Set(['Radio', 'TV', 'Television', 'Channel']);
const SPOKE_TO = new Set(['spoke', 'speaking', 'talking', 'talked', 'speak', 'talk']);

/**
 * The word at `i` to `j` is joined by `and` or `or` to a place: a listed one (`Austin and Dublin
 * offices`), or one word after `in` or `from` (`from Olathe and Lawrence`). What is listed with
 * places is a place.
 */
function joinedToPlace(tokens: Token[], i: number, j: number): boolean {
  const joins = (t: Token | undefined) => t?.lower === 'and' || t?.lower === 'or';
  const [other, beforeOther] = [tokens[i - 2], tokens[i - 3]];
  if (joins(tokens[i - 1]) && other?.cap && !other.possessive) {
    if (is(other, IS_PLACE) || (beforeOther?.word && !beforeOther.cap && is(beforeOther, IS_PLACE_PREPOSITION))) return true;
  }
  return joins(tokens[j]) && !tokens[j - 1].possessive && !!tokens[j + 1]?.cap && placeLength(tokens, j + 1, tokens.length) > 0;
}

/** A score from `at`: `3-2`, `2–1`. */
function scoreAt(tokens: Token[], at: number): boolean {
  const t = tokens[at];
  if (!t || t.newLine) return false;
  if (SCORE.test(t.text)) return true;
  return /^\d{1,2}$/.test(t.text) && (tokens[at + 1]?.text === '–' || tokens[at + 1]?.text === '-') && /^\d{1,2}$/.test(tokens[at + 2]?.text ?? '');
}
const SCORE = /^\d{1,2}-\d{1,2}$/;
/** Two or more initials run together in one word: `J.R.`, `H.W.` (not a place's: `U.S.` is no initial). */
const INITIALS = /^(?:\p{Lu}\.){2,}$/u;

/** Words that count what follows: `two`, `several`. */
const QUANTITIES = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'several', 'many', 'few', 'both']);

/** `a Democrat`, `a Republican from Ohio`, `an independent` at `at`: how news describes a politician it names. */
function partyMemberAt(tokens: Token[], at: number): boolean {
  const member = tokens[at + 1];
  return (tokens[at].lower === 'a' || tokens[at].lower === 'an') && !!member && PARTY_MEMBERS.has(member.lower);
}
/** A party member's description: `Democrat`, `California Democrat`, `Republican of Kentucky`, `a Democrat from Ohio`, `former Republican`. */
const PARTY_ROLE = /^(?:(?:an?|former|\p{Lu}[\p{L}.'’-]*)\s+){0,3}(?:Democrat|Republican)(?:\s+(?:of|from)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?$/u;
const PARTY_MEMBERS = new Set(['democrat', 'republican', 'independent', 'conservative', 'liberal', 'socialist', 'libertarian']);

/**
 * The title or capitalised role noun that follows up to QUALIFIER_WORDS capitalised words from `at`
 * and comes before a name (`Millbrook Police Chief Dana …`), or -1: a name is not followed by a
 * title within its run, so the words before one qualify it.
 */
function titleAfterQualifier(tokens: Token[], at: number, last: number): number {
  for (let k = at + 1; k <= at + QUALIFIER_WORDS && k < last - 1; k++) {
    const before = tokens[k - 1];
    if (before.possessive || isInitial(before) || isTitle(before) || isParticle(before)) return -1;
    const t = tokens[k];
    if (!(isTitle(t) || (t.cap && is(t, IS_ROLE_NOUN))) || t.possessive) continue;
    // past the rest of the title: `Deputy Chief`
    let end = k + 1;
    while (end < last - 1 && !tokens[end].possessive && (isTitle(tokens[end]) || (tokens[end].cap && is(tokens[end], IS_ROLE_NOUN | IS_TITLE_MODIFIER)))) end++;
    // `Lake County Sheriff Bob Jonsen`: a given name that is also a word (`bob`) opens a name after a title.
    return nameLike(tokens[end]) || is(tokens[end], IS_FIRST_NAME) ? k : -1;
  }
  return -1;
}

/** `Boise Fire Department Battalion Chief`: a town, its service and a unit of it. */
const QUALIFIER_WORDS = 4;

/** A capitalised word that may be a given name no list holds: one no dictionary knows, or one the story used as a name alone (`Jeb`). */
function givenNoListKnows(t: Token, known: Known): boolean {
  return !t.sentenceStart ? unknownWord(t) || known.names.has(t.text) : unknownWord(t) && !isCommonWord(t);
}

/** A family name by a list, or by a full name of this story or the bundle. */
function knownFamilyName(t: Token, known: Known): boolean {
  return is(t, IS_SURNAME) || givenInFull(t.text, known);
}

/** A family name a full name of the story or of the bundle gave (`Tiller` of `Joan Tiller`). */
function givenInFull(word: string, known: Known): boolean {
  return known.familyNames.has(word) || known.bundleNames.has(word);
}

/**
 * The name at tokens `from` to `to` of `run` is not a person's but a thing's, told by the words
 * around it, where the article has not `known` it as a person's elsewhere:
 * - a noun for an organisation, a place or a made thing right after it (`the Sandy Hook school`);
 * - such a noun right before it, or before it and a comma with a comma after it
 *   (`the group Ansar al-Sharia`, `a militant group, Ansar al-Sharia,`); a known name counts too
 *   when it is only part of the capitalised words there (`the column Savage Love`);
 * - an organisation's name before it, joined by `and`, `or` or a comma (`Deutsche Bank and Goldman Sachs`).
 * A given name with a family name no word list knows (`Tanya Chan`) is a person's whatever stands around it.
 */
function namesAThing(tokens: Token[], run: Run, from: number, to: number, known: boolean): boolean {
  const next = tokens[to];
  if (!known && to === run.last && next?.word && !next.cap && !next.newLine && THING_NOUNS.has(next.lower)) return true;
  if (from !== run.first || tokens[from].newLine) return false;
  const before = tokens[from - 1];
  if (!before) return false;
  const thingBefore = (t: Token | undefined) => !!t?.word && !t.cap && !t.possessive && THING_NOUNS.has(t.lower);
  // Not a given name after a role's organisation: `a spokesman for the university, Owen Madrigal,` names the role's holder.
  const holder = () => roleOwnsNoun(tokens, from - 2) && opensFullName(tokens, from, to);
  const appositive = before.text === ',' && next?.text === ',' && to === run.last && thingBefore(tokens[from - 2]) && !holder();
  if ((thingBefore(before) || appositive) && (!known || to < run.last)) return true;
  if (known) return false;
  const joined = before.lower === 'and' || before.lower === 'or' || before.text === ',';
  const organisation = tokens[from - 2];
  // `at the National Palace, Vázquez Moreno said`: a name that speaks is the subject after a phrase, no listed organisation
  const speaks = !!next?.word && (is(next, IS_SPEECH_VERB) || SUBJECT_VERBS.has(next.lower));
  return joined && !speaks && !!organisation?.cap && !organisation.newLine && is(organisation, IS_NAME_ENDING);
}

/**
 * The name at tokens `from` to `to` of `run` is a firm's, however much it reads like a person's
 * (`Raymond James`, `Edward Jones`), told by how business news places people at firms:
 * - `at` after a role noun (`an analyst at Raymond James`): where the role is held;
 * - `of` after a full name (`Theo Marchetti of Raymond James`): whom the person speaks for;
 * - a role only a firm gives before its holder's name (`Edward Jones analyst Tom Kessel`);
 * - a firm's `&` name before it, joined by `and`, `or` or a comma (`Marks & Spencer and John Lewis`).
 */
function namesAFirm(tokens: Token[], run: Run, from: number, to: number): boolean {
  const next = tokens[to];
  const holder = tokens[to + 1];
  if (to === run.last && next?.word && !next.cap && !next.newLine && FIRM_ROLES.has(next.lower) && holder?.cap && !holder.newLine) return true;
  const before = tokens[from - 1];
  if (from !== run.first || tokens[from].newLine || !before || tokens[to - 1].possessive) return false;
  const [organisation, beforeThat] = [tokens[from - 2], tokens[from - 3]];
  if (before.lower === 'at') return !!organisation?.word && !organisation.cap && is(organisation, IS_ROLE_NOUN);
  if (before.lower === 'of') return !!beforeThat && !beforeThat.newLine && !tokens[from - 4]?.cap && opensFullName(tokens, from - 3, from - 1);
  const joined = before.lower === 'and' || before.lower === 'or' || before.text === ',';
  return joined && !!organisation?.cap && !organisation.newLine && beforeThat?.text === '&';
}

/** Roles only a firm gives, not a person: a name before one and its holder's is a firm's (a person has an adviser, not an analyst). */
const FIRM_ROLES = new Set(['analyst', 'analysts', 'strategist', 'strategists', 'economist', 'economists']);

/** The noun at `at` closes a role's phrase: `spokesman for the university`, `head of the militant group`. */
function roleOwnsNoun(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k > 0 && at - k <= 4; k--) {
    const t = tokens[k];
    if (!t.word || t.cap || t.newLine) return false;
    if (PHRASE_INSIDE_ROLE.has(t.lower)) return is(tokens[k - 1], IS_ROLE_NOUN) && !tokens[k - 1].cap;
  }
  return false;
}

/**
 * A given name and a family name that no other reading fits (`Andy Warhol`, `Steven F. Udvar-Hazy`,
 * `Chiang Kai Shek`): what still names a person inside the name of something else, where a place
 * (`Washington Dulles`) or a common word (`Kennedy Space`) makes it that thing's own name.
 */
function fullPersonalName(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || !(strongFirstName(tokens[from]) || is(tokens[from], IS_ASIAN_FAMILY_NAME))) return false;
  for (let k = from + 1; k < to; k++) if (!nameLike(tokens[k]) || isCommonWord(tokens[k], 35) || tokens[k].possessive || wordsJoined(tokens[k])) return false;
  return true;
}

/** English words joined by hyphens: `Re-Elected`, `Self-Made`. */
function wordsJoined(t: Token): boolean {
  return t.lower.includes('-') && t.lower.split('-').every((part) => wordTier(part) > 0);
}

/** A name on evidence enough to teach the article's other mentions. */
function strongName(from: number, to: number): Verdict {
  return { from, to, strong: true };
}

function weakName(from: number, to: number): Verdict {
  return { from, to, strong: false };
}

/** The words from token `from` to `to` joined by single spaces, as names are remembered. */
function spell(tokens: Token[], from: number, to: number): string {
  let text = tokens[from].text;
  for (let k = from + 1; k < to; k++) text += ` ${tokens[k].text}`;
  return text;
}

/** `Obama's wife`, `Obama's national security adviser`: a possessive before a relative or an aide is a person's. */
function relativeAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 4; k++) {
    const t = tokens[k];
    if (!t.word || t.cap || t.newLine) return false;
    if (PERSONAL_RELATIONS.has(t.lower)) return true;
    if (is(t, IS_ROLE_BOUNDARY) || is(t, IS_DETERMINER)) return false;
  }
  return false;
}

/**
 * The lowercase word after a name that opens a sentence starts what is said of it, so the name
 * is its subject and no common noun (`Hill also said`, `Hill signed`, `Hill at the forum`).
 */
function predicateAfter(next: Token | undefined): boolean {
  if (!next?.word || next.cap) return false;
  const lower = next.lower;
  return (
    is(next, IS_PREPOSITION) ||
    SUBJECT_ADVERBS.has(lower) ||
    IRREGULAR_PAST.has(lower) ||
    (lower.length >= 5 && lower.endsWith('ed') && !lower.endsWith('eed')) ||
    isMannerAdverb(lower)
  );
}

/** `reportedly`, `quietly`, `angrily`, `publicly`: an adjective or participle and -ly (not `family`, `rally`). */
function isMannerAdverb(lower: string): boolean {
  if (lower.length < 6 || !lower.endsWith('ly')) return false;
  const stem = lower.slice(0, -2);
  return wordTier(stem) > 0 || (stem.endsWith('i') && wordTier(`${stem.slice(0, -1)}y`) > 0) || (stem.endsWith('al') && wordTier(stem.slice(0, -2)) > 0);
}

/** Endings of the words after a name that may be a verb or an adverb (`Anna sends`, `Anna signed`, `Anna quickly`). */
const VERB_OR_ADVERB_ENDING = /(?:s|ed|ly|ing)$/;

/**
 * A common noun right after a given name alone makes it the name of a thing (`Godiva chocolate`,
 * `the Ulysses spacecraft`): a person's name is followed by what they did (`Anna sent`, `Anna also`).
 * A word that may be a verb (`Anna sends`) or a plural (`Marilyn pictures`) leaves the name be.
 */
function nounAfter(next: Token | undefined): boolean {
  if (!next?.word || next.cap || next.newLine || wordTier(next.lower) === 0) return false;
  // `Chelsea boss Enzo Maresca`: a role noun, though it ends like a verb
  return is(next, IS_ROLE_NOUN) || (!mayBeVerbOrAdverb(next) && !is(next, IS_PREPOSITION) && !isParticle(next));
}

/** A lower-case word that may be a verb or an adverb (`sends`, `signed`, `quickly`, `said`, `was`, `also`, `took`): no noun for sure. */
function mayBeVerbOrAdverb(t: Token): boolean {
  const lower = t.lower;
  return (
    VERB_OR_ADVERB_ENDING.test(lower) ||
    is(t, IS_ROLE_BOUNDARY) ||
    is(t, IS_SPEECH_VERB) ||
    SUBJECT_VERBS.has(lower) ||
    SUBJECT_ADVERBS.has(lower) ||
    IRREGULAR_PAST.has(lower)
  );
}

/** The word after a name shows it is the subject: `Lee was`, `Frank, thank you`, `Hill (right)`, `Trump himself`, `Trump: "…"`. */
function actsAsSubject(next: Token | undefined): boolean {
  return !!next && (next.text === ',' || next.text === '(' || next.text === ':' || SUBJECT_VERBS.has(next.lower) || is(next, IS_SPEECH_VERB) || REFLEXIVES.has(next.lower));
}

/** Pronouns after a name that only a person takes: `Trump himself said`. */
const REFLEXIVES = new Set(['himself', 'herself']);

/** Words that label a picture's credit: `Image: Huebi.`, `Video: Ames & Okoro`, `Photo by Tarrant`. */
const CREDIT_LABELS = new Set(['image', 'images', 'photo', 'photos', 'photograph', 'photographs', 'picture', 'pictures', 'video', 'footage', 'illustration', 'graphic', 'credit', 'courtesy']);

/**
 * The name at `from` is credited for a picture: after `Photo:` (or `Photo by` opening a sentence),
 * maybe after other credited names joined by `&`, `and`, `,` or `/`. A credit names its maker,
 * often by a user name that no list knows.
 */
function creditBefore(tokens: Token[], from: number): boolean {
  for (let k = from - 1; k > 0 && from - k <= 8; k--) {
    const t = tokens[k];
    const label = tokens[k - 1];
    if (t.text === ':') return label.cap && CREDIT_LABELS.has(label.lower);
    if (t.lower === 'by') return label.cap && label.sentenceStart && CREDIT_LABELS.has(label.lower);
    if (t.newLine || !(t.cap || t.lower === 'and' || t.text === '&' || t.text === ',' || t.text === '/')) return false;
  }
  return false;
}

/** A role phrase between commas beside the name (`the head of NATO, X,`): the name is a person's. */
function appositiveRole(tokens: Token[], from: number, to: number): boolean {
  return roleBeforeComma('', tokens, from) !== undefined || roleAfterComma('', tokens, to) !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Roles: what the text calls the person at this mention.

function isRoleHead(t: Token): boolean {
  return is(t, IS_ROLE_HEAD);
}

function isHonorific(t: Token): boolean {
  return is(t, IS_HONORIFIC);
}

/** Capitalised only: lowercase, `doctor` is a role noun (`team doctor Ana Ruiz`). */
function isCourtesyTitle(role: string): boolean {
  return /^\p{Lu}/u.test(role) && COURTESY_TITLES.has(role.toLowerCase().replace(/\.$/, ''));
}

/** The role's text from token `from` to `to`, without articles or honorifics at its ends. */
function roleText(text: string, tokens: Token[], from: number, to: number): string | undefined {
  // `our very talented Deputy Secretary`: the speaker's praise is not the office.
  if (from < to && SPEAKERS_POSSESSIVES.has(tokens[from].lower)) {
    from++;
    while (from < to && !tokens[from].cap && !isRoleHead(tokens[from])) from++;
  }
  // `a lawsuit his former communications director`: the role opens at its possessive.
  for (let k = from + 1; k < to; k++) if (THIRD_PERSON_POSSESSIVES.has(tokens[k].lower)) from = k;
  // `Yesterday Harbour Post's editor`: what opens the sentence is not the role's, unless it ranks it (`First officer`).
  const opener = tokens[from];
  if (from < to && opener.sentenceStart && !is(opener, IS_ROLE_MODIFIER) && (SUBJECT_ADVERBS.has(opener.lower) || SENTENCE_OPENERS.has(opener.lower))) from++;
  while (from < to && (is(tokens[from], IS_DETERMINER) || isHonorific(tokens[from]))) from++;
  // `Another evacuee`, `One witness`: a count of such people, not part of the kind.
  if (from + 1 < to && COUNTING_WORDS.has(tokens[from].lower) && !tokens[from + 1].cap) from++;
  while (to > from && (isHonorific(tokens[to - 1]) || (to - 1 > from && isCourtesyTitle(tokens[to - 1].text)))) to--;
  if (to <= from) return undefined;
  // The phrase is headed by its last role word; only a complement may follow it (`head of NATO`).
  let head = -1;
  for (let k = from; k < to; k++) if (isRoleHead(tokens[k]) || rankAt(tokens, k) >= from) head = k;
  if (head < 0) return undefined;
  // What no role word heads before `of` is not the role: `in the words of the Crown prosecutor`.
  for (let k = from; k < head && !isRoleHead(tokens[k]); k++) {
    if (!PHRASE_INSIDE_ROLE.has(tokens[k].lower) || institutionOf(tokens, k)) continue;
    from = k + 1;
    while (from < head && is(tokens[from], IS_DETERMINER)) from++;
  }
  // Capitalised words may go on from it (`Republican White House`), but a common noun after them is the head of
  // another phrase (`other Republican White House hopefuls`).
  let after = head + 1;
  while (after < to && (tokens[after].cap || tokens[after].possessive)) after++;
  if (after < to && !ROLE_COMPLEMENTS.has(tokens[after].lower)) return undefined;
  const last = tokens[to - 1];
  // `analyst at Brennan & Co.`: the firm's full stop is its name's, though it ends the sentence too.
  const end = last.possessive ? last.end + 2 : COMPANY_ENDINGS.has(last.text) && text[last.end] === '.' ? last.end + 1 : last.end;
  const role = text.slice(tokens[from].start, end);
  return role.replace(PLURAL_TITLE, '$1.');
}

const COUNTING_WORDS = new Set(['another', 'one']);

/** A title written once for several (`Reps. Ann Holloway and Tom Reyes`): each holds it alone. */
const PLURAL_TITLE = /\b(Rep|Sen|Gov|Gen|Dr|Prof)s\.$/;

/**
 * A role before an honorific before the name: a capitalised title (`Prime Minister Sir Keir
 * Starmer`) or a phrase a role noun ends (`Labour leader Sir Keir Starmer`, `UN envoy Dame …`);
 * not a verb before one (`rushed to champion Mr. Labrador`), nor a phrase before a comma and an
 * honorific that opens the sentence (`After meeting President X of Poland, Mr. Obama said`).
 */
function roleBeforeHonorific(text: string, tokens: Token[], nameFrom: number): string | undefined {
  const honorifics = honorificsBefore(tokens, nameFrom);
  if (honorifics < 1 || honorifics === nameFrom) return undefined;
  const role = roleBeforeName(text, tokens, honorifics);
  return role && (tokens[honorifics - 1].cap || role.includes(' ')) ? role : undefined;
}

/** Where the honorifics right before `at` begin (`at` where there are none): `Datuk Seri` before `Anwar Ibrahim`. */
function honorificsBefore(tokens: Token[], at: number): number {
  while (at > 0 && isHonorific(tokens[at - 1])) at--;
  return at;
}

/** `former U.S. President` | `Kremlin spokesman` right before the name. */
function roleBeforeName(text: string, tokens: Token[], nameFrom: number): string | undefined {
  const adjacent = tokens[nameFrom - 1];
  if (nameFrom === 0 || tokens[nameFrom].newLine) return undefined;
  const ranking = rankAt(tokens, nameFrom - 1);
  if (ranking >= 0) return rankBeforeName(text, tokens, ranking, nameFrom - 1);
  if (!(isRoleHead(adjacent) || (adjacent.cap && (is(adjacent, IS_TITLE_MODIFIER) || titleBeforeComplement(tokens, nameFrom - 1))))) return undefined;
  let k = nameFrom;
  while (k > 0) {
    const t = tokens[k - 1];
    // `Acme Inc. Chief Executive`: the firm's full stop is no sentence's.
    if (t.text === '.' && k < nameFrom && k >= 2 && COMPANY_ENDINGS.has(tokens[k - 2].text) && tokens[k - 2].end === t.start) {
      k--;
      continue;
    }
    if (!t.word) break;
    // `Ways and Means Committee Chairman`: `and` between capitalised common words of the role; not
    // after a name (`Cruz and Kentucky Sen.`, `David Long and House Speaker`) nor before a title
    if (t.lower === 'and' && k < nameFrom && k >= 2 && (joinsRoleWords(tokens, k - 1) || joinsRoles(tokens, k - 1))) {
      k--;
      continue;
    }
    // `Press Secretary to the Russian President`, `Minister of Foreign Affairs`, `Bank of England Governor`.
    if (TITLE_CONNECTORS.has(t.lower)) {
      let c = k - 1;
      while (c > 0 && TITLE_CONNECTORS.has(tokens[c - 1].lower) && k - c < 3) c--;
      if (c > 0 && tokens[c - 1].cap && (isRoleHead(tokens[c - 1]) || institutionOf(tokens, c))) {
        k = c;
        continue;
      }
      break;
    }
    // `her colleague Detective Sergeant`, `his predecessor Prime Minister`: an owned noun before a capitalised title says
    // who the person is to someone else; the title is the office.
    if (k < nameFrom && !t.cap && tokens[k].cap && is(t, IS_ROLE_NOUN) && !is(t, IS_ROLE_MODIFIER) && k >= 2 && ownerOfNoun(tokens[k - 2])) break;
    const fits = t.cap || t.possessive || is(t, IS_ROLE_NOUN) || is(t, IS_ROLE_MODIFIER) || /^(?:ex|then|former)-/.test(t.lower) || nounBeforeRole(tokens, k - 1);
    // A common word opening the sentence ends the role unless it belongs to it (`Fire chief`, `White House Communications Director`)
    // … or names the institution (`World Bank President`, `Bank of England Governor`, `Police Commissioner`)
    // (`House Minority Leader`, `House Republican Leader`: the chamber before any capitalised word of the title)
    // (a sentence seldom opens with a verb in the past and no subject: `Met Office meteorologist`, `Left Party leader`)
    const namesInstitution =
      (tokens[k].cap && is(tokens[k], IS_NAME_ENDING) && (!mayBeVerbOrAdverb(t) || pastTense(t))) || institutionOf(tokens, k) || (is(t, IS_NAME_ENDING) && (isRoleHead(tokens[k]) || tokens[k].cap));
    // … or opens a name of capitalised words before it: a compass point (`North Korean leader`, `South African
    // President`), a word that names places (`Port Ellis Mayor`), or a word that is no common function word
    // before a word of no role (`Pine Hollow Mayor`, not `When Senate Leader`)
    const opensProperName =
      tokens[k].cap &&
      (COMPASS_POINTS.has(t.lower) || is(t, IS_THING_PREFIX) || (!isRoleHead(tokens[k]) && !is(tokens[k], IS_TITLE_MODIFIER) && !isCommonWord(t, 10)));
    // … or is joined to the department the capitalised words after its `and` name (`Oceans and Fisheries Minister`);
    // people are another party (`Teachers and Education Minister X met`)
    const opensDepartment = tokens[k].lower === 'and' && !namesPeople(t);
    const opensRole =
      isRoleHead(t) || is(t, IS_ROLE_MODIFIER) || nounBeforeRole(tokens, k - 1) || placeLength(tokens, k - 1, nameFrom) > 1 || namesInstitution || opensProperName || opensDepartment;
    if (!fits || (t.sentenceStart && isCommonWord(t) && !opensRole && !namesBeforeRole(text, tokens, k))) break;
    k--;
    if (t.newLine) break;
  }
  return roleText(text, tokens, k, nameFrom);
}

/**
 * The common word opening the sentence at k - 1 names what the role at k is of: a name the article
 * writes with capitals inside a sentence too (`Green Progress leader`, `talks with Green Progress`),
 * as a firm named by a common word is before its officer (`Shell CEO`, `Kestrel spokesman`; `shares
 * of Shell fell`); or, in the plural, the members of the body the title is of, where a plural
 * subject would need a verb (`Teamsters General President`, `Machinists President`; not `Thanks Mayor X`).
 * Asked only of such words: looking for the word inside a sentence reads the article.
 */
function namesBeforeRole(text: string, tokens: Token[], k: number): boolean {
  const [t, next] = [tokens[k - 1], tokens[k]];
  if (next.cap && capitalisedInSentence(text, t.start, next.end)) return true;
  if (isRoleHead(next) && !is(t, IS_DETERMINER) && capitalisedInSentence(text, t.start, t.end)) return true;
  return AGENT_PLURAL.test(t.lower) && !t.possessive && next.cap && (isRoleHead(next) || is(next, IS_TITLE_MODIFIER));
}

/** The plural of a noun for people by what they do: `teamsters`, `machinists`, `electricians`. */
const AGENT_PLURAL = /(?:er|or|ist|ian)s$/;

/** A possessive that a noun follows: `her`, `our`, `the mayor's`. */
function ownerOfNoun(t: Token): boolean {
  return t.possessive || THIRD_PERSON_POSSESSIVES.has(t.lower) || SPEAKERS_POSSESSIVES.has(t.lower);
}

/**
 * `world number one Jess Calloway`, `former world No. 1 X`: a place in a ranking, with what ranks it, is a role;
 * `number` is where `number` or `No` stands, `rank` the place.
 */
function rankBeforeName(text: string, tokens: Token[], number: number, rank: number): string | undefined {
  let from = number;
  while (from > 0 && !tokens[from].newLine && (tokens[from - 1].lower === 'world' || is(tokens[from - 1], IS_ROLE_MODIFIER))) from--;
  return from < number ? text.slice(tokens[from].start, tokens[rank].end) : undefined;
}

/** Where `number` or `No.` stands before a place in a ranking at `at` (`number one`, `No. 1`), or -1. */
function rankAt(tokens: Token[], at: number): number {
  if (at < 1 || !RANK.test(tokens[at].text)) return -1;
  const before = tokens[at - 1];
  if (before.lower === 'number' || before.text === 'No') return at - 1;
  return before.text === '.' && tokens[at - 2]?.text === 'No' && before.start === tokens[at - 2].end ? at - 2 : -1;
}
const RANK = /^(?:one|two|three|four|five|\d{1,3})$/;

/** The words from `start` to `end` stand elsewhere in `text` after a lowercase word or a comma: capitals there are a name's. */
function capitalisedInSentence(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end);
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (at !== start && IN_SENTENCE_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && !LETTER_AFTER.test(text.charAt(at + words.length))) return true;
  }
  return false;
}
const IN_SENTENCE_BEFORE = /[\p{Ll},] $/u;
const LETTER_AFTER = /[\p{L}\p{M}]/u;

/** `of` at `at` follows the word that ends an institution's name: `Bank of England`, `University of Sydney`. */
function institutionOf(tokens: Token[], at: number): boolean {
  return tokens[at].lower === 'of' && at > 0 && tokens[at - 1].cap && is(tokens[at - 1], IS_NAME_ENDING);
}

/** The capitalised word at `at` ends the complement of a title before it: `Minister of Foreign Affairs`, `Chancellor of the Exchequer`. */
function titleBeforeComplement(tokens: Token[], at: number): boolean {
  let k = at;
  while (k > at - 3 && k > 0 && tokens[k].cap && tokens[k].word) k--;
  if (k === at || !TITLE_CONNECTORS.has(tokens[k].lower)) return false;
  while (k > 0 && TITLE_CONNECTORS.has(tokens[k].lower) && at - k < 5) k--;
  return tokens[k].cap && isRoleHead(tokens[k]);
}

/**
 * The `and` at `at` joins two roles one person holds: `founder and chief executive`, `Chairman and
 * CEO`, `singer-songwriter and actor`. Not a relative (`his wife and daughter Grace` are two people),
 * nor a lowercase role before a capitalised title, which is another person's (`the president and
 * Prime Minister Modi`); an acronym is written in capitals either way (`president and CEO`).
 */
function joinsRoles(tokens: Token[], at: number): boolean {
  const [before, after] = [tokens[at - 1], tokens[at + 1]];
  // Nor people (`Officials and Interior Minister X`): one person holds no plural.
  if (!before?.word || !after?.word || !is(before, IS_ROLE_NOUN) || pluralOfRole(before) || PERSONAL_RELATIONS.has(before.lower)) return false;
  if (after.cap && !before.cap && !ACRONYM.test(after.text)) return false;
  // The second role: a role noun, maybe after words that qualify it (`chief executive`, `former nurse`).
  let head = at + 1;
  while (head < tokens.length && head - at <= 3 && !is(tokens[head], IS_ROLE_NOUN)) head++;
  const role = tokens[head];
  if (role === undefined || !is(role, IS_ROLE_NOUN) || PERSONAL_RELATIONS.has(role.lower)) return false;
  return tokens.slice(at + 1, head).every((t) => t.word && (is(t, IS_ROLE_MODIFIER) || isPlainNoun(t)));
}

/** The `and` at `at` stands between two capitalised words of one role: `Housing and Urban Development Secretary`. */
function joinsRoleWords(tokens: Token[], at: number): boolean {
  const [before, after] = [tokens[at - 1], tokens[at + 1]];
  const afterName = at >= 2 && tokens[at - 2].cap && is(tokens[at - 2], IS_STRONG_FIRST_NAME);
  return before.cap && isCommonWord(before) && !namesPeople(before) && !afterName && after.cap && !isRoleHead(after) && !is(after, IS_TITLE_MODIFIER);
}

/** A role noun or its plural: people, who are another party beside a role (`Officials and Interior Minister X met`). */
function namesPeople(t: Token): boolean {
  return ROLE_NOUNS.has(t.lower) || pluralOfRole(t);
}

function pluralOfRole(t: Token): boolean {
  return t.lower.endsWith('s') && ROLE_NOUNS.has(t.lower.slice(0, -1));
}

/**
 * A common noun that makes one with the role noun after it (`team member`, `opposition leader`,
 * `police chief`), or with other such nouns and it (`ferry union leader`), where what stands
 * before the first of them ends the phrase (`met budget director`): so not a verb itself
 * (`praised coach`, `likes coach`) nor a word inside a longer phrase.
 */
function nounBeforeRole(tokens: Token[], at: number): boolean {
  if (!isPlainNoun(tokens[at])) return false;
  let head = at + 1;
  while (head < tokens.length && head - at <= MAX_NOUNS_BEFORE_ROLE && isPlainNoun(tokens[head]) && !is(tokens[head], IS_ROLE_NOUN)) head++;
  const role = tokens[head];
  if (!role || role.cap || !is(role, IS_ROLE_NOUN) || head - at > MAX_NOUNS_BEFORE_ROLE) return false;
  let first = at;
  while (first > 0 && head - first < MAX_NOUNS_BEFORE_ROLE && isPlainNoun(tokens[first - 1])) first--;
  if (first === 0 || tokens[first].sentenceStart) return true;
  const before = tokens[first - 1];
  const verbBefore = is(before, IS_SPEECH_VERB) || IRREGULAR_PAST.has(before.lower) || before.lower.endsWith('ed');
  // `Environment Agency flood duty manager`: a body's name before them, but no day or month (`On Tuesday union leader`).
  const bodyBefore = before.cap && !before.sentenceStart && !notName(before);
  return !before.word || verbBefore || bodyBefore || determinesNoun(before) || is(before, IS_ROLE_BOUNDARY) || PREPOSITIONS_BEFORE_ROLE.has(before.lower);
}

/** A preposition before the nouns: `the words of union leader X`, `talks with union leader X`. */
const PREPOSITIONS_BEFORE_ROLE = new Set(['of', 'by', 'with', 'from', 'to', 'for', 'between']);

/** At most this many common nouns before a role noun make one role with it: `city council member`. */
const MAX_NOUNS_BEFORE_ROLE = 2;

/** A common noun, not a verb, adverb or determiner; capitalised only where it opens the sentence (`Fire chief`). */
function isPlainNoun(t: Token): boolean {
  const common = t.cap ? t.sentenceStart && t.lower.length >= 3 && isCommonWord(t, 35) : is(t, IS_COMMON_LOWERCASE);
  return common && (!mayBeVerbOrAdverb(t) || nounEndingInLy(t)) && !is(t, IS_DETERMINER);
}

/** A noun that only ends like an adverb: `assembly`, `family` (not `quietly`, `weekly`, `reportedly`). */
function nounEndingInLy(t: Token): boolean {
  return t.lower.length >= 6 && t.lower.endsWith('ly') && !isMannerAdverb(t.lower) && !SUBJECT_ADVERBS.has(t.lower) && !is(t, IS_ROLE_BOUNDARY);
}

/** `Putin's investment envoy, Kirill Dmitriev` | `said the head of the fund, Kirill Dmitriev`. */
function roleBeforeComma(text: string, tokens: Token[], nameFrom: number, nameTo?: number, post = false): string | undefined {
  // A title-case line is a headline: `Aide Quits After Ridiculing Obama's Daughters, Sasha and Malia` gives Sasha no role.
  if (tokens[nameFrom - 1]?.text !== ',' || tokens[nameFrom].newLine || tokens[nameFrom].titleCase) return undefined;
  const end = nameFrom - 1;
  let k = end;
  let owned = false;
  while (k > 0 && end - k < 12) {
    const t = tokens[k - 1];
    const inChief = t.lower === 'in' && tokens[k]?.lower === 'chief';
    // `The Commissioner for Works, X,`, `a spokesman for the agency, X,`, `the regional director for Europe, X,`: what the
    // role is of; after a lowercase head only a body or place (not `a nurse for 20 years, X said`; in `a spokesman for
    // the special counsel, X,` X is the counsel).
    const body = (tokens[k].cap || is(tokens[k], IS_DETERMINER)) && !isRoleHead(tokens[end - 1]);
    const afterRoleHead = PHRASE_INSIDE_ROLE.has(t.lower) && k >= 2 && (tokens[k - 2].cap || body) && isRoleHead(tokens[k - 2]);
    // `The Commissioner for the Environment and Water Resources, X,`
    const inRoleWords = t.lower === 'and' && k >= 2 && joinsRoleWords(tokens, k - 1);
    // A capitalised pronoun opens a sentence whose full stop the capture lost: `a retired neurosurgeon They join Cruz, Paul`.
    const opensSentence = t.sentenceStart || (!t.allCaps && SUBJECT_PRONOUNS.has(t.lower));
    if (!t.word || (is(t, IS_ROLE_BOUNDARY) && (!t.cap || opensSentence) && !inChief && !afterRoleHead && !inRoleWords)) break;
    k--;
    // A noun phrase opens with its article, unless the article is inside it (`head of the fund`).
    const inside = k > 0 && PHRASE_INSIDE_ROLE.has(tokens[k - 1].lower);
    if (t.sentenceStart || (is(t, IS_DETERMINER) && !inside)) break;
    // A name's possessive opens the phrase, the rest of the name with it: `New Zealand's prime minister`, not `met Mexico's president`.
    if (t.possessive && t.cap) {
      while (k > 0 && tokens[k - 1].cap && !is(tokens[k - 1], IS_ROLE_BOUNDARY) && !tokens[k].sentenceStart && !tokens[k].newLine) k--;
      owned = true;
      break;
    }
  }
  if (k === end) return undefined;
  // `when she was mayor, X signed`: the predicate of a clause of its own, no role of the name.
  if (k >= 2 && PAST_COPULAS.has(tokens[k - 1].lower) && SUBJECT_PRONOUNS.has(tokens[k - 2].lower)) return undefined;
  // `As governor, X signed`: the office held when X did it. Kept with its `as`, which dates it: such a role is
  // compared with no other (`former governor` elsewhere is no conflict).
  const held = k >= 1 && tokens[k - 1].lower === 'as' && tokens[k - 2]?.lower !== 'such' ? tokens[k - 1] : undefined;
  // `her son Daniel, Ms Latham said`, `a spokesman for Sen. Ted Cruz, Tom Hale,`: a role or title
  // with a name after it is that person's, and the phrase no role of the name after the comma.
  let named = end;
  while (named > k && tokens[named - 1].cap && !isRoleHead(tokens[named - 1])) named--;
  if (named < end && named > k && isRoleHead(tokens[named - 1]) && nameLike(tokens[named])) return undefined;
  // The phrase before the comma must be headed by a role: `the head of NATO`, `his lawyer`.
  const opener = tokens[k];
  // After a possessive the role may go on past its head: `the agency's director for Europe`.
  const headed = owned && (isRoleHead(tokens[end - 1]) || tokens.slice(k, end - 1).some((t, at) => isRoleHead(t) && PHRASE_INSIDE_ROLE.has(tokens[k + at + 1].lower)));
  if (owned ? !headed : opener.cap && !opener.sentenceStart && !isRoleHead(opener)) return undefined;
  // Only a post says more than a lawmaker's title: `the panel's ranking member, Rep. X`, not `one member, Sen. X`.
  if (post && !owned && opener.lower !== 'the') return undefined;
  // `After meeting President X of Ruritania, Y left`: a participle after a conjunction opens a clause, not a role.
  if (k > 0 && tokens[k - 1].word && is(tokens[k - 1], IS_ROLE_BOUNDARY) && !opener.cap && PARTICIPLE.test(opener.lower)) return undefined;
  // `to speak with his mother, Montalvo was put through`, `after meeting with President X of Poland,
  // Mr. Obama on Wednesday said`: a phrase after a preposition, and a name its sentence goes on
  // from, is a clause and its subject, not a role and its holder (but `to the Senate majority
  // leader, Harry Reid of Nevada,` is).
  const afterPreposition = k > 0 && is(tokens[k - 1], IS_PREPOSITION);
  const next = nameTo === undefined ? undefined : tokens[nameTo];
  if (afterPreposition && next?.word && next.lower !== 'of' && next.lower !== 'from') return undefined;
  const role = roleText(text, tokens, k, end);
  return held && role ? `${held.text} ${role}` : role;
}

const PARTICIPLE = /^\p{L}{3,}ing$/u;
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we']);
/** `when he was mayor,`, `after she became governor,`: verbs that make what follows a predicate held in the past. */
const PAST_COPULAS = new Set(['was', 'were', 'became']);

/**
 * `from Leeds,`, `in the city.`: where the person is from or works, after the role phrase, closes
 * it (`a teacher from Leeds` is a teacher).
 */
function placeEnds(tokens: Token[], k: number): boolean {
  if (!PLACE_AFTER_ROLE.has(tokens[k].lower)) return false;
  let j = k + 1;
  while (j < tokens.length && j - k <= 5 && tokens[j].word && !tokens[j].newLine && !CLAUSE_AFTER_ROLE.has(tokens[j].lower)) j++;
  const after = tokens[j];
  return j > k + 1 && (!after || after.newLine || ROLE_STOPS.has(after.text) || CLAUSE_AFTER_ROLE.has(after.lower));
}

/** The comma after a name that a role may follow, past an aside, an age, a lawmaker's party and state or degrees; undefined if none. */
function commaBeforeRole(tokens: Token[], nameTo: number): number | undefined {
  if (tokens[nameTo - 1].possessive) return undefined;
  let comma = nameTo;
  if (tokens[comma]?.text === '(') {
    const close = tokens.findIndex((t, k) => k > comma && k <= comma + 4 && t.text === ')');
    if (close < 0) return undefined;
    comma = close + 1;
  }
  if (tokens[comma]?.text !== ',') return undefined;
  if (AGE.test(tokens[comma + 1]?.text ?? '') && tokens[comma + 2]?.text === ',') comma += 2;
  // `Sen. Ann Roe, R-Texas, chair of …`: a lawmaker's party and state stand between the name and its role.
  if (PARTY_AND_STATE.test(tokens[comma + 1]?.text ?? '')) {
    let next = comma + 2;
    while (next < tokens.length && next <= comma + 5 && tokens[next].text !== ',') next++;
    if (tokens[next]?.text === ',') comma = next;
  }
  // `Ade Bello, MD, PhD, professor of neurology`: degrees and honours stand between the name and its role.
  while (POST_NOMINAL_LETTERS.has(tokens[comma + 1]?.text ?? '') && tokens[comma + 2]?.text === ',') comma += 2;
  return comma;
}

/**
 * `X, also the party's chairman,`, `X, who is also Qatar's foreign minister,`, `X, who also serves as
 * mayor,`: the role after the name is a post the person holds besides another.
 */
function roleGivenAsAlso(tokens: Token[], nameTo: number): boolean {
  const comma = commaBeforeRole(tokens, nameTo);
  if (comma === undefined) return false;
  let at = comma + 1;
  if (tokens[at]?.lower === 'who') at++;
  if (tokens[at]?.lower === 'is') at++;
  return tokens[at]?.lower === 'also';
}

/**
 * `Dmitry Peskov, the Press Secretary of the President of Russia, said`; past an aside in
 * brackets and an age (`Ana Vidal (pictured), chief executive of…`, `Sara Quinn, 45, a teacher`).
 */
function roleAfterComma(text: string, tokens: Token[], nameTo: number, post = false): string | undefined {
  const comma = commaBeforeRole(tokens, nameTo);
  if (comma === undefined) return undefined;
  // `X, also the party's chairman,`: a post held besides another (see roleGivenAsAlso).
  const from = tokens[comma + 1]?.lower === 'also' ? comma + 2 : comma + 1;
  if (tokens[from]?.lower === 'who') return roleInClause(text, tokens, from + 1);
  const phrase = rolePhraseAt(tokens, from);
  if (!phrase) return undefined;
  const opener = tokens[phrase.from];
  // `diplomatic adviser to the President`, `auto analyst at …`: a word no list knows as a modifier may still stand before a role noun.
  const beforeRoleNoun = phrase.from + 1 < phrase.to && opener.word && is(tokens[phrase.from + 1], IS_ROLE_NOUN);
  const opens = determinesNoun(opener) || opener.cap || is(opener, IS_ROLE_NOUN) || is(opener, IS_ROLE_MODIFIER) || beforeRoleNoun;
  if (!opens || (post && INDEFINITE.has(opener.lower))) return undefined;
  // `Sen. Tom Cotton, Senate Minority Leader Chuck Schumer and …`: a title with a name after it is the next person's.
  let named = phrase.to;
  while (named > phrase.from && tokens[named - 1].cap && !isRoleHead(tokens[named - 1])) named--;
  // So is one with lowercase words, where no complement takes the name in (`oversight committee Chairman Adam Schiff`,
  // not `a spokesman for Sen. Ted Cruz`).
  const nextPerson = named < phrase.to && (nameLike(tokens[named]) || is(tokens[named], IS_FIRST_NAME));
  const titleBeforeNext = isRoleHead(tokens[named - 1]) && tokens.slice(phrase.from, named).every((t) => t.cap || !ROLE_COMPLEMENTS.has(t.lower));
  if (nextPerson && (titleBeforeNext || tokens.slice(phrase.from, named).every((t) => t.cap))) return undefined;
  // `views of Judge Gorsuch, the Senate Democratic leader, Chuck Schumer of New York, went`: the post names the one after it.
  const after = tokens[phrase.to + 1];
  if (tokens[phrase.to]?.text === ',' && opener.lower === 'the' && after?.cap && (nameLike(after) || is(after, IS_FIRST_NAME)) && !after.newLine) return undefined;
  // `the rapper and actor born Jaylen Brooks`: what follows the second role is no complement, the first still holds.
  return roleText(text, tokens, phrase.from, phrase.to) ?? (phrase.firstRoleTo === undefined ? undefined : roleText(text, tokens, phrase.from, phrase.firstRoleTo));
}

/**
 * The post a relative clause gives after the name's appositive: `X, the Qatari prime minister, who
 * is also Qatar's foreign minister,`, a second post the person holds.
 */
function postInClauseAfter(text: string, tokens: Token[], nameTo: number): string | undefined {
  const phrase = tokens[nameTo]?.text === ',' ? rolePhraseAt(tokens, nameTo + 1) : undefined;
  return phrase && tokens[phrase.to]?.text === ',' && tokens[phrase.to + 1]?.lower === 'who' ? roleInClause(text, tokens, phrase.to + 2) : undefined;
}

/**
 * The role a relative clause after a name gives: `, who is the city's chief planner,`, or an
 * office as a verb in the present, `, who chairs the flood committee,` (the chair of it; but
 * `, who runs a cafe,` is said best as it is).
 */
function roleInClause(text: string, tokens: Token[], at: number): string | undefined {
  at = pastAdverbs(tokens, at);
  const verb = tokens[at];
  if (!verb?.word || verb.newLine) return undefined;
  if (verb.lower === 'is') {
    const phrase = rolePhraseAt(tokens, pastAdverbs(tokens, at + 1));
    const opener = phrase && tokens[phrase.from];
    return opener && determinesNoun(opener) ? roleText(text, tokens, phrase.from, phrase.to) : undefined;
  }
  // `, who serves as the capital's mayor,`: the post as it is named.
  if (verb.lower === 'serves' && tokens[at + 1]?.lower === 'as') {
    const phrase = rolePhraseAt(tokens, at + 2);
    const opener = phrase && tokens[phrase.from];
    return opener && (determinesNoun(opener) || opener.cap || is(opener, IS_ROLE_NOUN)) ? roleText(text, tokens, phrase.from, phrase.to) : undefined;
  }
  const office = OFFICE_VERBS.get(verb.lower);
  const phrase = office && rolePhraseAt(tokens, at + 1);
  if (!office || !phrase) return undefined;
  const opener = tokens[phrase.from];
  if (!(determinesNoun(opener) || opener.cap)) return undefined;
  const what = text.slice(opener.start, tokens[phrase.to - 1].end);
  // `runs a cafe` says more as it is than as `head of a cafe`; `the library` has one head.
  return opener.lower === 'a' || opener.lower === 'an' ? `${verb.text} ${what}` : `${office} of ${what}`;
}

/** A determiner or a possessive: a noun follows it (`the`, `his`, `the council's`). */
function determinesNoun(t: Token): boolean {
  return is(t, IS_DETERMINER) || t.possessive;
}

/** The first token from `at` that is no adverb like `also` or `now`. */
function pastAdverbs(tokens: Token[], at: number): number {
  while (tokens[at] && SUBJECT_ADVERBS.has(tokens[at].lower)) at++;
  return at;
}

/**
 * The words from `from` that may give a role, up to a comma, a full stop or a clause (`and`,
 * `who`, `said`), or a place that closes the phrase (`a teacher from Leeds,`).
 */
function rolePhraseAt(tokens: Token[], from: number): { from: number; to: number; firstRoleTo?: number } | undefined {
  let k = from;
  while (k < tokens.length && k - from < 14) {
    const t = tokens[k];
    // A firm's `&` goes on with its name: `a partner at Ernst & Young`.
    const ampersandInName = t.text === '&' && k > from && tokens[k - 1].cap && !!tokens[k + 1]?.cap && !tokens[k + 1].newLine;
    // A plural's possessive mark: `general secretary of the nurses' union`.
    const pluralPossessive = (t.text === "'" || t.text === '’') && k > from && tokens[k - 1].end === t.start && tokens[k - 1].lower.endsWith('s');
    if ((!t.word && !ampersandInName && !pluralPossessive) || t.newLine) break;
    // `member of the House Ways and Means Committee`
    const joinsName = t.lower === 'and' && k > from && k + 1 < tokens.length && joinsRoleWords(tokens, k);
    // `founder and chief executive of the label`; cut at `and` where the rest gives no role (`the rapper and actor born …`).
    if (t.lower === 'and' && k > from && joinsRoles(tokens, k)) {
      const rest = rolePhraseAt(tokens, k + 1);
      if (rest) return { from, to: rest.to, firstRoleTo: k };
      break;
    }
    if (!t.cap && is(t, IS_ROLE_BOUNDARY) && !ROLE_COMPLEMENTS.has(t.lower) && !joinsName) break;
    // `X, Obama's adviser James Jones`: the role is the next name's, not X's.
    if (t.cap && k > from && !tokens[k - 1].cap && is(tokens[k - 1], IS_ROLE_NOUN)) return undefined;
    k++;
  }
  const stop = tokens[k];
  if (k === from || (stop && !ROLE_STOPS.has(stop.text) && !CLAUSE_AFTER_ROLE.has(stop.lower) && !placeEnds(tokens, k))) return undefined;
  // `Morell, officials said, acted`: who said it, not who Morell is
  if (stop && is(stop, IS_SPEECH_VERB) && !determinesNoun(tokens[from])) return undefined;
  return { from, to: k };
}

// ---------------------------------------------------------------------------------------------

/**
 * The people named in an article's story text. `bundleNames` are names the other articles of
 * the bundle establish (`Peskov`, from `Dmitry Peskov` elsewhere): an article that only ever
 * writes `Trump and Zelensky` means the people the rest of the bundle names in full.
 * `bundleThings` are names the other articles give companies and storms (see thingNames).
 */
export function findMentions(text: string, anatomy: Anatomy, bundleNames: ReadonlySet<string> = NO_NAMES, bundleThings: ReadonlySet<string> = NO_NAMES): NameMention[] {
  return readMentions(text, anatomy, bundleNames, bundleThings).mentions;
}

/** What findMentions finds, with the names the article itself gives companies and storms, for the rest of its bundle. */
export interface MentionReading {
  mentions: NameMention[];
  things: string[];
}

export function readMentions(text: string, anatomy: Anatomy, bundleNames: ReadonlySet<string> = NO_NAMES, bundleThings: ReadonlySet<string> = NO_NAMES): MentionReading {
  const paragraphs = anatomy.paragraphs.map((p: Span): Paragraph => {
    const tokens = tokenize(text, p.start, p.end);
    return { tokens, runs: findRuns(tokens) };
  });
  // Names on strong evidence (`Dmitry Peskov`, `President Putin`) first, so that weaker
  // evidence is read knowing them; then every run again, knowing `Peskov` is a person. A run
  // that holds none of the words learned since the reading before gets the same verdict: it is kept.
  const ownCast = CAST_CUE.test(text) ? castNames(paragraphs) : NO_CAST;
  // The parts the other articles give, by their full names (see castNames).
  const cast = bundleThings.size === 0 ? ownCast : new Set([...ownCast, ...[...bundleThings].filter((thing) => thing.includes(' '))]);
  const ownThings = ownCast.size === 0 ? thingNames(paragraphs) : new Set([...thingNames(paragraphs), ...ownCast]);
  const things = bundleThings.size === 0 ? ownThings : new Set([...ownThings, ...bundleThings]);
  const outletWords = new Set([anatomy.outlet, anatomy.wire].flatMap((source) => source?.split(' ') ?? []));
  const starting = startingKnowledge(bundleNames, things, outletWords, cast);
  const first = judge(paragraphs, starting);
  const strong = startingKnowledge(bundleNames, things, outletWords, cast);
  for (const { tokens, verdict } of first) if (verdict.strong) learn(tokens, verdict, strong);
  const second = judge(paragraphs, strong, first, wordsLearned(strong, starting));
  const known: Known = { ...strong, names: new Set(strong.names), familyNames: new Set(strong.familyNames), givenNames: new Set(strong.givenNames) };
  for (const { tokens, verdict } of second) if (!verdict.insideName) learn(tokens, verdict, known);
  const third = judge(paragraphs, known, second, wordsLearned(known, strong));

  const mentions = third.map(({ tokens, verdict }) => {
    const to = suffixEnd(tokens, verdict.to);
    const first = tokens[verdict.from];
    const last = tokens[to - 1];
    const mention: NameMention = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
    // An office beside the name says more than a doctor's or professor's title (`The party's leader, Prof Gil Ho,`).
    const titled = roleBeforeName(text, tokens, verdict.from) ?? roleBeforeHonorific(text, tokens, verdict.from);
    // (Written out, `Professor` ends a role as a post: `University of Sydney Professor`.)
    const office = titled && (isCourtesyTitle(titled) || titled === 'Professor') ? undefined : titled;
    // The role between commas before the name stands before its title or honorific too (`The Governor of Lagos State, Mr X,`).
    const opening = titled && !office ? verdict.from - 1 : honorificsBefore(tokens, verdict.from);
    // A party and a state (`Republican of Kentucky`, `a California Democrat`) say less than an office beside the
    // name: the mention's role only where it has no other, else its second role where that is free.
    const after = roleAfterComma(text, tokens, to);
    const party = after !== undefined && PARTY_ROLE.test(after) ? after : undefined;
    const appositive = party ? undefined : after;
    // A lawmaker's bare title (`Rep.`, `Sen.`) says less than a post beside the name (`the panel's ranking
    // member`): not a description (`a farmer`), nor the same said again (`the legislator`).
    const post =
      office && MEMBER_TITLE.test(office)
        ? [roleAfterComma(text, tokens, to, true), roleBeforeComma(text, tokens, verdict.from - 1, to, true)].find((role) => role && !MEMBER_NOUN.test(role) && !PARTY_ROLE.test(role))
        : undefined;
    const role = post ?? (appositive && office && pastOtherOffice(appositive, office) ? appositive : office) ?? appositive ?? roleBeforeComma(text, tokens, opening, to) ?? titled ?? party;
    if (role) mention.role = role;
    // A person holds both: a rank or title and the post beside it (`Chief Superintendent X, the area commander,`).
    const secondRole = (role === office ? appositive : office) ?? (appositive && postInClauseAfter(text, tokens, to)) ?? party;
    if (role && secondRole && secondRole !== role) mention.secondRole = secondRole;
    if (appositive && (appositive === role || appositive === mention.secondRole) && roleGivenAsAlso(tokens, to)) mention.roleHeldBesides = appositive;
    const honorific = tokens[verdict.from - 1];
    const gender = honorific && isHonorific(honorific) ? HONORIFIC_GENDERS.get(honorific.text.replace(/\.$/, '')) : undefined;
    if (gender) mention.gender = gender;
    return mention;
  });
  return { mentions: withAliases(text, anatomy.paragraphs, mentions, bundleNames), things: [...ownThings] };
}

/**
 * `Liberal MPP Linda Chau, a former health minister,`: a past office beside the name, other than
 * the title before it, says what the title does not, and is what another source may give as
 * current; the title before the name is a role of its own that sources rarely get wrong.
 */
function pastOtherOffice(appositive: string, title: string): boolean {
  const lastWord = (role: string) => role.slice(role.lastIndexOf(' ') + 1).toLowerCase();
  return PAST_OFFICE.test(appositive) && !PAST_OFFICE.test(title) && lastWord(appositive) !== lastWord(title);
}
const PAST_OFFICE = /^(?:former|onetime|one-time|ex-)/i;
/** What opens a description rather than a post: `a farmer`, `one member`. */
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
const MEMBER_TITLE = /^(?:Reps?\.|Sens?\.|Representative|Senator|Congressman|Congresswoman|Assemblyman|Assemblywoman|MP)$/;
/** A post that only says the same: `the legislator`, `the state Democratic lawmaker`. */
const MEMBER_NOUN = /\b(?:lawmaker|legislator|representative|senator|congressman|congresswoman)$/i;

/**
 * `Joko Widodo, widely known as Jokowi,`, `Joaquín Guzmán, nicknamed "El Chapo"`, a stage or ring
 * name (`Ana Vidal, known to fans as Vee,`, `Tom Hale, who performs as T-Bone,`): group 1 is the other name.
 */
const ALIAS_AFTER =
  /^\s*[,(]\s*(?:\d{1,3},\s*)?(?:(?:(?:also|widely|popularly|commonly|better|more commonly|affectionately|locally|universally|often|professionally)\s+)?(?:known|referred to)(?:\s+to\s+(?:(?:his|her|their)\s+)?(?:fans|friends|followers|supporters))?\s+as|(?:who\s+)?(?:goes|performs|raps|sings|fights|wrestles)\s+(?:by|as|under)(?:\s+the\s+(?:stage\s+|ring\s+)?name)?|nicknamed|dubbed)\s+["“‘']?(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2})["”’']?(?=[\s,.;:)]|$)/u;

/**
 * `Jesse Colt (real name Jeremy Abbott)`, `Vesper, whose real name is Maria Oduya,`, `(born Maria
 * Oduya)`: the name a performer was born with, in full (group 1).
 */
const REAL_NAME_AFTER =
  /^\s*[,(]\s*(?:\d{1,3},\s*)?(?:(?:whose\s+)?(?:real|legal|birth)\s+name(?:\s+is|:)?|born|née)\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){1,3})(?=[\s,.;:)]|$)/u;

/** `AMLO, as López Obrador is widely known,`: the other name before the name (group 1), and what follows the name. */
const ALIAS_BEFORE = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2}),\s+as\s+$/u;
const ALIAS_IS_KNOWN = /^\s+is\s+(?:(?:also|widely|popularly|commonly|better|affectionately|universally|often)\s+)?(?:known|called)\b/;

/** A comma or an opening bracket after `at`, past spaces: where an aside about a name opens. */
function asideFollows(text: string, at: number): boolean {
  while (text.charCodeAt(at) === 32) at++;
  const code = text.charCodeAt(at);
  return code === 44 /* , */ || code === 40 /* ( */;
}

/** `Mohammed bin Salman (MBS)`, `Alexandria Ocasio-Cortez (AOC)`: the name's initials in brackets after it. */
function initialsAfter(name: string, after: string): string | undefined {
  const initials = INITIALS_AFTER.exec(after)?.[1];
  const ofName = name.split(/[\s-]+/).map((part) => part[0].toUpperCase()).join('');
  return initials && initials === ofName ? initials : undefined;
}

const INITIALS_AFTER = /^\s*\((\p{Lu}{2,5})\)/u;
const ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * The mentions, with every use in the story of a name that a full name is said to be known by
 * (`Jokowi`) a mention of it, marked with that full name: the same person wherever the article uses it.
 */
function withAliases(text: string, paragraphs: Span[], mentions: NameMention[], bundleNames: ReadonlySet<string>): NameMention[] {
  const aliases = new Map<string, string | undefined>();
  for (const m of mentions) {
    // A one-word name has another only in an aside after it: most, with none, cut no text to search.
    const aside = asideFollows(text, m.end);
    if (!aside && !m.text.includes(' ')) continue;
    const after = text.slice(m.end, m.end + 80);
    // A stage name and the name its performer was born with are one person's, under the full name
    // where the stage name is one word (`Vesper`), else under the stage name.
    const real = aside ? REAL_NAME_AFTER.exec(after)?.[1] : undefined;
    if (real && real !== m.text) {
      const [alias, full] = m.text.includes(' ') ? [real, m.text] : [m.text, real];
      if (!aliases.has(alias)) aliases.set(alias, full);
      continue;
    }
    if (!m.text.includes(' ')) continue;
    const before = ALIAS_IS_KNOWN.test(after) ? ALIAS_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1] : undefined;
    const alias = ALIAS_AFTER.exec(after)?.[1] ?? before ?? initialsAfter(m.text, after);
    if (alias && !aliases.has(alias) && !m.text.split(' ').includes(alias)) aliases.set(alias, m.text);
  }
  // Initials another article gave as someone's name (`MBS`) are that name here too, though no word in capitals is otherwise.
  for (const name of bundleNames) if (ACRONYM.test(name) && !aliases.has(name)) aliases.set(name, undefined);
  if (aliases.size === 0) return mentions;
  const found = mentions.map((m) => {
    const aliasOf = aliases.get(m.text);
    return aliasOf ? { ...m, aliasOf } : m;
  });
  const taken = (start: number, end: number) => found.some((m) => m.start < end && start < m.end);
  for (const [alias, aliasOf] of aliases) {
    const use = new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(alias)}(?![\\p{L}\\p{M}])`, 'gu');
    for (const { start, end } of paragraphs) {
      for (const m of text.slice(start, end).matchAll(use)) {
        const at = start + m.index;
        if (!taken(at, at + alias.length)) found.push({ start: at, end: at + alias.length, text: alias, ...(aliasOf ? { aliasOf } : {}) });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A paragraph's tokens and its runs of capitalised words. */
interface Paragraph {
  tokens: Token[];
  runs: Run[];
}

/**
 * The verdicts on every run of the paragraphs, knowing `known`. Given the verdicts of a reading
 * that knew less and the words of the names learned since (`learned`), a run that holds none of
 * those words keeps its verdict: analyzeRun asks `known` only about the run's own words, alone
 * or joined by spaces. With nothing learned, the earlier verdicts are the verdicts.
 */
function judge(paragraphs: Paragraph[], known: Known, earlier?: Judged[], learned?: ReadonlySet<string>): Judged[] {
  if (earlier && learned?.size === 0) return earlier;
  const judged: Judged[] = [];
  let next = 0; // the first of `earlier` not yet passed
  for (let p = 0; p < paragraphs.length; p++) {
    const { tokens, runs } = paragraphs[p];
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r];
      const kept = earlier?.[next]?.run === run ? earlier[next++] : undefined;
      if (learned && !holdsAny(tokens, run, learned)) {
        if (kept) judged.push(kept);
        continue;
      }
      const verdict = analyzeRun(tokens, run, known);
      if (verdict && (known.cast.size === 0 || !known.cast.has(spell(tokens, verdict.from, verdict.to)))) judged.push({ tokens, run, verdict: speakerParticles(tokens, run, verdict) });
    }
  }
  return judged;
}

/**
 * A name whose run opens with particles, after a quote or a speech verb (`"…," de la Cruz said`,
 * `said van der Berg`), starts at them: there they are the name's, whether or not the article
 * has named the person in full yet.
 */
function speakerParticles(tokens: Token[], run: Run, verdict: Verdict): Verdict {
  if (verdict.from <= run.first) return verdict;
  for (let k = run.first; k < verdict.from; k++) if (!isParticle(tokens[k])) return verdict;
  const before = tokens[run.first - 1];
  return !before || !before.word || is(before, IS_SPEECH_VERB) ? { ...verdict, from: run.first } : verdict;
}

/** A verdict on a run of a paragraph's tokens. */
interface Judged {
  tokens: Token[];
  run: Run;
  verdict: Verdict;
}

/** Whether one of the run's words is one of `words`. */
function holdsAny(tokens: Token[], run: Run, words: ReadonlySet<string>): boolean {
  for (let k = run.first; k < run.last; k++) if (words.has(tokens[k].text)) return true;
  return false;
}

/** The words of the names that `later`, which holds all that `earlier` does, holds and `earlier` does not. */
function wordsLearned(later: Known, earlier: Known): Set<string> {
  const words = new Set<string>();
  const since = (now: Set<string>, before: Set<string>) => {
    for (const name of now) if (!before.has(name)) for (const word of name.split(' ')) words.add(word);
  };
  since(later.names, earlier.names);
  since(later.familyNames, earlier.familyNames);
  since(later.givenNames, earlier.givenNames);
  return words;
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** What an article starts knowing: the names the rest of its bundle establishes, and its own outlet's name. */
function startingKnowledge(bundleNames: ReadonlySet<string>, things: ReadonlySet<string>, outletWords: ReadonlySet<string>, cast: ReadonlySet<string>): Known {
  return { names: new Set(bundleNames), familyNames: new Set(), givenNames: new Set(), bundleNames, things, outletWords, cast };
}

/**
 * The names the article gives storms, the word after `Hurricane`, `Typhoon`, `Cyclone` or `Storm`, and clubs (CLUB_PREFIXES);
 * and companies, a word the article treats as one: `shares of Lumenfold`, `Lumenfold's workforce`,
 * `Lumenfold Inc`, `Lumenfold chief executive Ana Ruiz`, `Lumenfold, which`, `a spokesperson for
 * Lumenfold`, `Lumenfold, the San Francisco company`, `Lumenfold said in a statement`, `Lumenfold
 * said Tuesday it will cut 18% of its staff` (a person is no `it`); and things named after a person,
 * `Moore's law`. A person the story names in full stays one (see analyzeRun): these say the most of
 * a word never given a first name. A condition's possessive (EPONYMOUS_CONDITIONS) is kept apart.
 */
function thingNames(paragraphs: Paragraph[]): Set<string> {
  const things = new Set<string>();
  // `her daughter, Nora,`, `son Tom`: a company is nobody's daughter, whatever else the article says of the word.
  const relatives = new Set<string>();
  for (const { tokens } of paragraphs) {
    // Indexed, and capitalised words first: this looks at every word of the bundle.
    for (let k = 0; k + 1 < tokens.length; k++) {
      const t = tokens[k];
      const next = tokens[k + 1];
      if (t.lower === 'shares') {
        if (next.lower === 'of' && tokens[k + 2]?.cap) things.add(tokens[k + 2].text);
      } else if (t.lower === 'for') {
        if (next.cap && SPOKESPEOPLE.has(tokens[k - 1]?.lower ?? '') && wordAlone(tokens, k + 1)) things.add(next.text);
      } else if (!t.cap && COMPANY_NOUNS.has(t.lower)) {
        // Not a relative clause with its subject: `the company Trump founded`.
        const after = tokens[k + 2];
        const clause = !!after?.word && !after.cap && !is(after, IS_SPEECH_VERB) && pastTense(after);
        if (next.cap && wordAlone(tokens, k + 1) && !clause) things.add(next.text);
      } else if (!t.cap) {
        if (is(t, IS_RELATION)) {
          const named = next.text === ',' ? k + 2 : k + 1;
          if (tokens[named]?.cap && (named === k + 1 || tokens[named + 1]?.text === ',')) relatives.add(tokens[named].text);
        }
        continue;
      } else if (t.possessive) {
        if (!next.cap && (COMPANY_HOLDINGS.has(next.lower) || EPONYM_NOUNS.has(next.lower))) things.add(t.text);
        if (!next.cap && EPONYMOUS_CONDITIONS.has(next.lower)) things.add(conditionName(t.text));
      } else if (next.cap) {
        if (STORMS.has(t.text) || CLUB_PREFIXES.has(t.text)) things.add(next.text);
        else if (COMPANY_ENDINGS.has(next.text) && !next.newLine && aloneBefore(tokens, k)) things.add(t.text);
      } else if (is(next, IS_SPEECH_VERB) ? saysOfItself(tokens, k + 2) || inStatement(tokens, k + 2) : companyDescribed(tokens, k)) {
        things.add(t.text);
      }
    }
  }
  for (const relative of relatives) things.delete(relative);
  return things;
}

/** Verbs of acting a part: `who plays Detective Holt`, `Holt, played by Ana Reyes`. */
const PLAYS = new Set(['plays', 'played', 'playing']);
/** Verbs that open a cast list, where `Ana Reyes as Ruth Holt` gives an actor the part. */
const STARRING = new Set(['stars', 'starring', 'starred']);
/** Any of those verbs: most articles have none, and are not walked for the parts actors play. */
const CAST_CUE = new RegExp(`\\b(?:${[...PLAYS, ...STARRING].join('|')})\\b`);
const NO_CAST: ReadonlySet<string> = new Set();

/**
 * The parts the article says actors play, in full and word by word: `Jonah Crane, played by Dev
 * Okafor`, `who plays Detective Holt.`, `stars Dev Okafor as Jonah Crane`. A character is no person
 * of the story. After `plays`, only a name that ends its clause, and no list: not `plays Djokovic
 * on Sunday`, `has played Federer, Nadal and Djokovic`.
 */
function castNames(paragraphs: Paragraph[]): Set<string> {
  const cast = new Set<string>();
  const addName = (tokens: Token[], from: number, to: number) => {
    cast.add(spell(tokens, from, to));
    for (let k = from; k < to; k++) cast.add(tokens[k].text);
  };
  /** The name at `from`, past any titles; after `plays` (`clauseEnd`), one that ends its clause. */
  const addAfter = (tokens: Token[], from: number, clauseEnd: boolean) => {
    let k = from;
    while (tokens[k]?.cap && !tokens[k].newLine && (isTitle(tokens[k]) || isHonorific(tokens[k]))) k++;
    let end = k;
    while (tokens[end]?.cap && !tokens[end].newLine && !tokens[end - 1].possessive) end++;
    if (end === k || tokens[end - 1].possessive) return;
    const stop = tokens[end];
    if (clauseEnd && stop && (!ROLE_STOPS.has(stop.text) || (stop.text === ',' && tokens[end + 1]?.cap))) return;
    addName(tokens, k, end);
  };
  for (const { tokens } of paragraphs) {
    let starring = false;
    for (let k = 0; k + 1 < tokens.length; k++) {
      const t = tokens[k];
      if (!t.word) {
        if (is(t, IS_SENTENCE_BREAK)) starring = false;
        continue;
      }
      if (t.cap) continue;
      if (STARRING.has(t.lower)) {
        starring = true;
      } else if (PLAYS.has(t.lower) && tokens[k + 1].lower === 'by') {
        // `Jonah Crane, played by …`, `Holt (played by …)`: the name before is the part.
        let end = k - 1;
        while (end >= 0 && (tokens[end].text === ',' || tokens[end].text === '(' || tokens[end].lower === 'is' || tokens[end].lower === 'was')) end--;
        let from = end + 1;
        while (from > 0 && tokens[from - 1].cap && !tokens[from - 1].possessive && !tokens[from].newLine && !isTitle(tokens[from - 1])) from--;
        if (from <= end && tokens[k + 2]?.cap) addName(tokens, from, end + 1);
      } else if (PLAYS.has(t.lower)) {
        addAfter(tokens, k + 1, true);
      } else if (t.lower === 'as' && starring && (tokens[k - 1].cap || STARRING.has(tokens[k - 1].lower))) {
        addAfter(tokens, k + 1, false);
      }
    }
  }
  return cast;
}

/** The capitalised word at `at` stands alone: no capitalised word on its line just before or after it. */
function wordAlone(tokens: Token[], at: number): boolean {
  const after = tokens[at + 1];
  return aloneBefore(tokens, at) && (!after?.cap || after.newLine);
}

/** No capitalised word stands just before the word at `at` on its line. */
function aloneBefore(tokens: Token[], at: number): boolean {
  return !tokens[at - 1]?.cap || tokens[at].newLine;
}

/**
 * What follows the capitalised word at `at` says it is a company: `, the San Francisco company`,
 * `, which`, `chief executive` (a person has none).
 */
function companyDescribed(tokens: Token[], at: number): boolean {
  const [before, next, after] = [tokens[at - 1], tokens[at + 1], tokens[at + 2]];
  // `Lumenfold, which`, not `in a letter to Hale, which`.
  const which = after?.lower === 'which' && wordAlone(tokens, at) && !(before && is(before, IS_PREPOSITION));
  if (next.text === ',') return describedAsThing(tokens, at + 2) || which;
  if (!wordAlone(tokens, at)) return false;
  // `Lumenfold shares fell`, not `Lumenfold shares her view`.
  if (next.lower === 'shares') return !!after && !after.cap && (pastTense(after) || after.lower === 'were');
  // `its Dayton plant`, `the Warren assembly plant`: a works is a firm's or a town's, never a person's.
  if (before && !before.cap && (is(before, IS_DETERMINER) || THIRD_PERSON_POSSESSIVES.has(before.lower))) {
    if (WORKS.has(next.lower) || (!next.cap && WORKS.has(after?.lower ?? ''))) return true;
  }
  return next.lower === 'chief' && after?.lower === 'executive';
}

/** Places a firm makes or keeps things in. */
const WORKS = new Set(['plant', 'plants', 'factory', 'factories', 'mill', 'refinery', 'warehouse', 'smelter', 'mine', 'shipyard']);

/** `fell`, `jumped`, `founded`. */
function pastTense(t: Token): boolean {
  return IRREGULAR_PAST.has(t.lower) || PAST_TENSE.test(t.lower);
}

const PAST_TENSE = /^\p{L}{3,}ed$/u;

/** `in a statement` from `at`: how a company speaks. */
function inStatement(tokens: Token[], at: number): boolean {
  return tokens[at]?.lower === 'in' && tokens[at + 1]?.lower === 'a' && tokens[at + 2]?.lower === 'statement';
}

/**
 * A phrase from `at` headed by a noun for a thing: `the San Francisco company behind the app`
 * (not `the company's founder`, `the party leader`).
 */
function describedAsThing(tokens: Token[], at: number): boolean {
  if (!tokens[at] || !is(tokens[at], IS_DETERMINER)) return false;
  for (let k = at + 1; k < tokens.length && k <= at + 5; k++) {
    const t = tokens[k];
    if (!t.word || t.newLine || t.possessive || (!t.cap && is(t, IS_ROLE_NOUN))) return false;
    if (!t.cap && THING_NOUNS.has(t.lower)) {
      const after = tokens[k + 1];
      return !after?.word || !(is(after, IS_ROLE_NOUN) || after.possessive);
    }
  }
  return false;
}

/** What a company has and a person has not: `Lumenfold's workforce`, `Lumenfold's app`. */
const COMPANY_HOLDINGS = new Set(['workforce', 'shareholders', 'headquarters', 'subsidiary', 'subsidiaries', 'shares', 'stock', 'app', 'platform', 'customers', 'employees']);

/**
 * Conditions named after a person (`Parkinson's disease`), which medicine shortens to the possessive
 * alone: `diagnosed with Parkinson's`, `Parkinson's UK`. Once the article names one so, that
 * possessive is the condition even where the bundle names the person (`named after James Parkinson`).
 */
const EPONYMOUS_CONDITIONS = new Set(['disease', 'syndrome', 'palsy', 'lymphoma', 'sarcoma', 'ataxia', 'chorea']);

/** Other things named after a person: `Moore's law`, `Occam's razor`, `Halley's comet`. */
const EPONYM_NOUNS = new Set([...EPONYMOUS_CONDITIONS, 'law', 'laws', 'theorem', 'paradox', 'razor', 'conjecture', 'comet']);

/** How thingNames keeps a condition's name: its possessive, which is what names the condition. */
function conditionName(name: string): string {
  return `${name}'s`;
}

/** What a company's name ends with: `Lumenfold Inc`. */
const COMPANY_ENDINGS = new Set(['Inc', 'Ltd', 'Corp', 'Co', 'LLC', 'PLC', 'Plc', 'AG', 'GmbH']);

/** Nouns for a company right before its name: `payments company Lumenfold`. */
const COMPANY_NOUNS = new Set(['company', 'firm', 'startup', 'retailer', 'corporation', 'conglomerate', 'lender', 'insurer', 'carmaker', 'airline', 'chipmaker']);

/** Who speaks for a company (or a person, who is named in full): `a spokesperson for Lumenfold`. */
const SPOKESPEOPLE = new Set(['spokesperson', 'spokesman', 'spokeswoman']);

/**
 * What is said from `at` opens with `it` (past a day or two: `said Tuesday it will`) and goes on
 * to `its` in the same sentence: the speaker speaks of itself as a thing.
 */
function saysOfItself(tokens: Token[], at: number): boolean {
  let k = at;
  while (k < at + 3 && tokens[k]?.word && tokens[k].lower !== 'it' && (tokens[k].cap || tokens[k].lower === 'on')) k++;
  if (tokens[k]?.lower !== 'it') return false;
  for (k++; k < tokens.length && !tokens[k].newLine && !(is(tokens[k], IS_SENTENCE_BREAK) && !tokens[k].word); k++) if (tokens[k].lower === 'its') return true;
  return false;
}

const STORMS = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm']);

/**
 * The names an article's mentions establish for the rest of its bundle: each full name's family
 * name (`Peskov` from `Dmitry Peskov`). Single words stay out: they prove nothing elsewhere.
 */
export function establishedNames(mentions: NameMention[]): string[] {
  const names: string[] = [];
  for (const m of mentions) {
    // Another name for someone (`Jokowi`, `MBS`) is a name wherever it stands.
    if (m.aliasOf) {
      names.push(m.text);
      continue;
    }
    // A full name: something stands before its family name (`Trump Jr.` is none).
    const family = familyNameOf(m.text);
    if (m.text.trimStart().lastIndexOf(family) > 0) {
      names.push(family);
      // Another outlet may drop the accents (`Orban` for `Orbán`); see Analyzer.borrowedBy for the other way.
      const plain = withoutAccents(family);
      if (plain !== family) names.push(plain);
    }
  }
  return names;
}

/**
 * Where a nickname in quote marks between the parts of a name ends (`Kwame "The Cannon" Boateng`,
 * `Joaquín 'El Chapo' Guzmán`): past its closing mark; -1 where the mark at `open` opens none.
 */
export function nicknameEnd(text: string, open: number): number {
  const closing = CLOSING_MARKS.get(text.charAt(open));
  const close = closing === undefined ? -1 : text.indexOf(closing, open + 1);
  if (close < 0 || close - open > 30) return -1;
  const named =
    NICKNAME_RE.test(text.slice(open + 1, close)) &&
    NAME_BEFORE_NICKNAME_RE.test(text.slice(Math.max(0, open - 40), open)) &&
    NAME_AFTER_NICKNAME_RE.test(text.slice(close + 1, close + 3));
  return named ? close + 1 : -1;
}

const CLOSING_MARKS = new Map([
  ['"', '"'],
  ['“', '”'],
  ["'", "'"],
  ['‘', '’'],
]);
const NICKNAME_RE = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?$/u;
const NAME_BEFORE_NICKNAME_RE = /\p{Lu}[\p{L}.'’-]*\s$/u;
const NAME_AFTER_NICKNAME_RE = /^\s\p{Lu}/u;

/** The last word of a name that is not a generational suffix: `Kennedy` of `Robert F. Kennedy Jr.`. */
export function familyNameOf(name: string): string {
  let end = name.length;
  for (;;) {
    while (end > 0 && isSpaceAt(name, end - 1)) end--;
    let start = end;
    while (start > 0 && !isSpaceAt(name, start - 1)) start--;
    const word = name.slice(start, end);
    if (start === 0 || !isSuffix(word)) return word;
    end = start;
  }
}

/**
 * How news names a person for short: the family name with its particles (`de la Cruz` of `Maria
 * de la Cruz`, `Whitaker` of `Robert J. Whitaker Jr.`), or a family name written first (`Xi` of
 * `Xi Jinping`, `Lee` of `Lee Jae-myung`): a listed East Asian family name before given names of
 * one or two syllables each (`Lee Anderson`, `Kim Kardashian` name their family last).
 */
export function shortNameOf(name: string): string {
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && isSuffix(words[words.length - 1])) words.pop();
  if (familyNameFirst(words)) return words[0];
  let start = words.length - 1;
  while (start > 1 && NAME_PARTICLES.has(words[start - 1].toLowerCase())) start--;
  return words.slice(start).join(' ');
}

/** A listed East Asian family name before given names of one or two syllables each: `Xi Jinping`, `Park Ji Hoon`. */
function familyNameFirst(words: string[]): boolean {
  return words.length > 1 && ASIAN_FAMILY_NAMES.has(words[0]) && words.slice(1).every((w) => w.split('-').every((part) => SYLLABLES.test(part)));
}

/** One or two syllables as Chinese, Korean and Vietnamese names are romanised: `Jinping`, `Jae`, `Yi`, `Van`. */
const SYLLABLES = /^(?:[bcdfghjklmnpqrstvwxyz]{0,2}[aeiouy]{1,3}(?:ng|n|m|r|k|p|t|l)?){1,2}$/i;

function isSuffix(word: string): boolean {
  // Asked of the last word of every name a quote's speaker is looked for by: most are longer.
  return word.length <= 6 && isNameSuffix(word);
}

/** Past a generational suffix after a name (`Jr.`, `III`), which is part of it: `Robert F. Kennedy Jr.` is not his father. */
function suffixEnd(tokens: Token[], to: number): number {
  const next = tokens[to];
  return next?.cap && !next.newLine && !tokens[to - 1].possessive && isSuffix(next.text) ? to + 1 : to;
}

/** Remembers a name and the parts a later mention may use alone: `Peskov`, `von der Leyen`. */
function learn(tokens: Token[], verdict: Verdict, known: Known): void {
  const parts: Token[] = [];
  for (let k = verdict.from; k < verdict.to; k++) if (!isInitial(tokens[k])) parts.push(tokens[k]);
  if (parts.length === 0) return;
  known.names.add(spell(parts, 0, parts.length));
  if (parts.length < 2) return;
  known.names.add(parts[0].text);
  known.givenNames.add(parts[0].text);
  const family = parts[parts.length - 1];
  known.names.add(family.text);
  known.familyNames.add(family.text);
  // `Park said` after `Park Ji-hoon`: the family name written first is used alone too.
  if (familyNameFirst(parts.map((t) => t.text))) known.familyNames.add(parts[0].text);
  let k = parts.length - 1;
  while (k > 0 && isParticle(parts[k - 1])) k--;
  if (k < parts.length - 1) known.names.add(spell(parts, k, parts.length));
}
