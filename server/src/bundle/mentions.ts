// Finds the people an article names, in its story paragraphs only, with the role the text
// gives them at each mention. Rules and word lists, no model: each decision weighs the cues a
// reader uses (a title before the name, a known given name, a family name seen in full
// elsewhere in the article) against signs of a place, an organisation or an ordinary word.
import { Anatomy, NameMention, Span } from './model';
import {
  ABBREVIATIONS,
  ASIAN_FAMILY_NAMES,
  FIRST_NAMES,
  HONORIFICS,
  NAME_ENDINGS_NOT_PEOPLE,
  NAME_PARTICLES,
  NOT_NAMES,
  OUTLETS,
  PLACES,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SURNAMES,
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
}

const TOKEN =
  /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s+[\p{Lu}\p{Lt}])|[\p{L}\p{M}\p{N}]+(?:[-‐'’][\p{L}\p{M}\p{N}]+)*|\S/gu;
const WORD_START = /[\p{L}\p{N}]/u;
const POSSESSIVE = /['’]s$/i;
const CAPITALISED = /^[\p{Lu}\p{Lt}]/u;
const PREFIXED_NAME = /^(?:[dlo]['’]|(?:al|el|ul|bin|ben|abu|ibn)-)\p{Lu}/u;
const CONTRACTION = /['’](?:m|re|ve|ll|d|t)$/i;
const LOWERCASE_COMPOUND = /-\p{Ll}/u;
/** `D-Mass.`, `R-Ariz.`: a lawmaker's party and state. */
const PARTY_AND_STATE = /^[DRI]-\p{Lu}/u;
/** `Puerto Rican-born`, `Tea Party-inspired`: a description, not a name. */
const DESCRIPTIVE_COMPOUND = /-(?:born|based|led|backed|linked|inspired|owned|run|style|like|era|made|funded|allied|aligned|affiliated|controlled|held|occupied|era|themed|critic)$/;
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
  being has had have will would could should can may might must do does did also not it he she
  they we i you him her them us me this these those there here then so yet via per without
  within upon across toward towards at for`.split(/\s+/),
);
/** The most words (and marks) a title-case headline line has. */
const HEADLINE_WORDS = 24;
const TITLE_CONNECTORS = new Set(['of', 'to', 'for', 'the']);
const SUBJECT_VERBS = new Set(['was', 'is', 'has', 'had', 'will', 'would', 'did', 'does', 'can', 'could']);
const PHRASE_INSIDE_ROLE = new Set(['of', 'for', 'at', 'to']);
/** Words that may follow a role phrase after a name: `X, a spokesman who said`. */
const CLAUSE_AFTER_ROLE = new Set(['and', 'who', 'whose', 'said', 'says', 'told']);
const ROLE_STOPS = new Set([',', '.', ';', ')', '(', '—', '–']);

function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let lineBreak = text.indexOf('\n', from);
  TOKEN.lastIndex = from;
  for (let m; (m = TOKEN.exec(text)) && m.index < to; ) {
    let raw = m[0];
    let end = m.index + raw.length;
    if (end > to) break;
    const code = raw.charCodeAt(0);
    const word = code < 128 ? (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) : WORD_START.test(raw[0]);
    let possessive = false;
    const lastCode = raw.charCodeAt(raw.length - 1);
    if (word && raw.length > 2 && (lastCode === 115 || lastCode === 83) && POSSESSIVE.test(raw)) {
      raw = raw.slice(0, -2);
      end -= 2;
      possessive = true;
    }
    let abbreviation = false;
    if (word && text[end] === '.' && !possessive && ABBREVIATIONS.has(raw)) {
      abbreviation = true;
      end += 1;
      raw += '.';
      TOKEN.lastIndex = end;
    }
    const prev = tokens[tokens.length - 1];
    const newLine = !prev || (lineBreak >= 0 && lineBreak < m.index);
    while (lineBreak >= 0 && lineBreak < m.index) lineBreak = text.indexOf('\n', lineBreak + 1);
    const upper = code < 128 ? code >= 65 && code <= 90 : CAPITALISED.test(raw);
    const cap = word && (upper || (raw.length > 3 && PREFIXED_NAME.test(raw)));
    const lower = upper ? raw.toLowerCase() : raw;
    tokens.push({
      start: m.index,
      end,
      text: raw,
      lower,
      word,
      cap,
      dotted: raw.endsWith('.'),
      abbreviation,
      possessive,
      sentenceStart: newLine || (!prev.word && (SENTENCE_END.has(prev.text) || OPENERS.has(prev.text))),
      newLine,
      tier: cap ? wordTier(lower) : 0,
      allCaps: cap && raw.length > 1 && raw === raw.toUpperCase() && raw !== lower,
      titleCase: false,
    });
  }
  markTitleCase(tokens);
  return tokens;
}

/** Marks the tokens of lines where most words, common ones included, are capitalised. */
function markTitleCase(tokens: Token[]): void {
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && (i === lineStart || !tokens[i].newLine)) continue;
    const line = tokens.slice(lineStart, i);
    const counted = line.slice(1);
    lineStart = i;
    // Names and titles are capitalised anyway: count the ordinary words only.
    const ordinary = (t: Token) => t.word && !isTitle(t) && !TITLE_MODIFIERS.has(t.text) && !FIRST_NAMES.has(t.text) && !SURNAMES.has(t.text);
    const capitalised = counted.filter((t) => t.cap && t.tier > 0 && t.tier <= 35 && ordinary(t)).length;
    // Headlines are short; a long line of capitalised committee names is prose.
    if (capitalised < 3 || counted.length > HEADLINE_WORDS) continue;
    const lowercase = counted.filter((t) => {
      const tier = !t.cap && t.text.length >= 4 ? wordTier(t.lower) : 0;
      return tier > 0 && tier <= 35;
    }).length;
    if (capitalised >= 2 * lowercase) for (const t of line) t.titleCase = true;
  }
}

// ---------------------------------------------------------------------------------------------
// What one capitalised word is likely to be.

function isCommonWord(t: Token, maxTier = 50): boolean {
  return t.tier > 0 && t.tier <= maxTier;
}

function isParticle(t: Token): boolean {
  return t.word && !t.cap && NAME_PARTICLES.has(t.lower);
}

function isTitle(t: Token): boolean {
  const bare = t.abbreviation ? t.text.slice(0, -1) : t.text;
  if (HONORIFICS.has(bare)) return true;
  return TITLES.has(bare) && !FIRST_NAME_OVER_TITLE.has(bare);
}

/** Days, nationalities, acronyms: capitalised, but never a person's name. */
function notName(t: Token): boolean {
  return (
    NOT_NAMES.has(t.text) ||
    (t.allCaps && !t.dotted) ||
    CONTRACTION.test(t.text) ||
    PARTY_AND_STATE.test(t.text) ||
    DESCRIPTIVE_COMPOUND.test(t.text)
  );
}

function isInitial(t: Token): boolean {
  return (t.dotted && !t.abbreviation && !PLACES.has(t.text)) || (t.text.length === 1 && t.cap && t.text !== 'I' && t.text !== 'A');
}

/** A given name that is not also a place or a common word (`Dmitry`, not `Jordan` or `Will`). */
function strongFirstName(t: Token): boolean {
  return FIRST_NAMES.has(t.text) && !PLACES.has(t.text) && !notName(t) && !isCommonWord(t, 20);
}

/** Could be part of a name: no common English word, no place, no known non-name. */
function nameLike(t: Token): boolean {
  if (isInitial(t)) return true;
  if (!t.cap || t.abbreviation || notName(t) || PLACES.has(t.text)) return false;
  return !isCommonWord(t, 50) || strongFirstName(t) || PREFIXED_NAME.test(t.text);
}

/** Not an English word at all: `Peskov`, `Zhichao`, `Stefanishyna`. */
function unknownWord(t: Token): boolean {
  return nameLike(t) && !isCommonWord(t, 60);
}

/** How many tokens from i (at most three, before `last`) spell a place name. */
function placeLength(tokens: Token[], i: number, last: number): number {
  if (!tokens[i].cap) return 0;
  let phrase = '';
  let found = 0;
  for (let n = 0; n < 3 && i + n < last; n++) {
    const t = tokens[i + n];
    if (n > 0 && (!t.word || tokens[i + n - 1].possessive)) break;
    phrase = n === 0 ? t.text : `${phrase} ${t.text}`;
    if (PLACES.has(phrase)) found = n + 1;
  }
  return found;
}

/** A given name followed by a family name: `Nick Bos`, `Dan Savage`, `Washington Irving`. */
function opensFullName(tokens: Token[], i: number, last: number): boolean {
  const t = tokens[i];
  if (!FIRST_NAMES.has(t.text) || notName(t) || t.possessive || i + 1 >= last || placeLength(tokens, i, last) > 1) return false;
  const next = tokens[i + 1];
  if (strongFirstName(t)) {
    const organisation = NAME_ENDINGS_NOT_PEOPLE.has(next.text) && !(SURNAME_ENDINGS.has(next.text) && i + 2 === last);
    return nameLike(next) || (next.cap && !next.titleCase && !isTitle(next) && (!notName(next) || SURNAMES.has(next.text)) && !organisation);
  }
  // `Will`, `Frank`, `Washington`: only with a family name that is no English word; a place
  // that is also a given name needs more than another given name (`Washington Chris Gregoire`).
  const surname = (u: Token) => unknownWord(u) && !(PLACES.has(t.text) && strongFirstName(u));
  return surname(next) || (isInitial(next) && i + 2 < last && surname(tokens[i + 2]));
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
    runs.push({ first: i, last: j });
    i = j;
  }
  return runs;
}

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
}

interface Verdict {
  /** Token indices of the name within the paragraph. */
  from: number;
  to: number;
  /** Evidence enough to teach the article's other mentions (a full name, a title). */
  strong: boolean;
}

function analyzeRun(tokens: Token[], run: Run, known: Known): Verdict | null {
  const aliases = known.names;
  const last = run.last;
  const before = tokens[run.first - 1];
  let i = run.first;
  let titled = false;
  /** A place opened the run: `Pacific Rim`, `Texas Rangers`. */
  let afterPlace = false;
  let afterDeterminer = !!before && DETERMINERS.has(before.lower);
  // `The Velvet Underground` mid-sentence, `University of Sheffield`: the name of a thing.
  if (tokens[i].text === 'The' && !tokens[i].sentenceStart) return null;
  if (before?.lower === 'of' && tokens[run.first - 2] && NAME_ENDINGS_NOT_PEOPLE.has(tokens[run.first - 2].text)) return null;

  // What comes before the name: titles, places, nationalities, sentence-initial words.
  while (i < last) {
    const t = tokens[i];
    if (isTitle(t) && !aliases.has(t.text)) {
      titled = true;
      i++;
      continue;
    }
    if (TITLE_MODIFIERS.has(t.text) && i + 1 < last && !t.possessive) {
      i++;
      continue;
    }
    if (aliases.has(t.text) || opensFullName(tokens, i, last)) break;
    if (OUTLETS.has(t.text) && i + 1 < last) {
      i++;
      continue;
    }
    if (THING_PREFIXES.has(t.text)) return null;
    const place = placeLength(tokens, i, last);
    if (place) {
      if (i + place >= last) return null;
      i += place;
      afterPlace = true;
      continue;
    }
    // After a title a common word is a name: `Gov. Mitt Romney`, `Speaker Newt Gingrich`.
    const commonWord = isCommonWord(t) && !FIRST_NAMES.has(t.text) && !ASIAN_FAMILY_NAMES.has(t.text) && !titled;
    if (i < last - 1 && !t.possessive && !isInitial(t) && (notName(t) || commonWord)) {
      if (DETERMINERS.has(t.lower)) afterDeterminer = true;
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
      if (!knownAhead && unknownWord(skipped) && !LOWERCASE_COMPOUND.test(skipped.text)) break;
      const nameAhead =
        knownAhead ||
        (strongFirstName(tokens[k]) && opensFullName(tokens, k, last)) ||
        (ASIAN_FAMILY_NAMES.has(tokens[k].text) && LOWERCASE_COMPOUND.test(tokens[k + 1].text) && unknownWord(tokens[k + 1]));
      if (nameAhead) {
        for (let s = i; s < k; s++) titled ||= isTitle(tokens[s]);
        afterDeterminer = false;
        i = k;
        break;
      }
    }
  }
  // A lowercase particle opens a name only when we know the name with it (`Mr. de Léon`).
  if (i < last && isParticle(tokens[i]) && !aliases.has(spell(tokens, i, last))) while (i < last && isParticle(tokens[i])) i++;
  if (i >= last) return null;

  const head = tokens[i];
  const fullName = opensFullName(tokens, i, last);
  let j = i;
  while (j < last) {
    const t = tokens[j];
    if (j > i) {
      const ending = t.abbreviation ? t.text.slice(0, -1) : t.text;
      const lastOfTwo = j === i + 1 && j + 1 === last;
      if (NAME_ENDINGS_NOT_PEOPLE.has(ending) && !(lastOfTwo && fullName && SURNAME_ENDINGS.has(ending))) return null;
      if (placeLength(tokens, j, last) && !fullName && !aliases.has(t.text)) {
        // `Valeska Paris, an Australian woman,`: a family name that is also a place.
        const described = j === i + 1 && j + 1 === last && unknownWord(head) && appositiveRole(tokens, i, last);
        if (!described) return null;
        j++;
        break;
      }
      // A family name we know ends the name: `the Warhol Polaroids`.
      if (j === i + 1 && known.familyNames.has(head.text) && !known.givenNames.has(head.text)) break;
      // `Image: Nick Moreau`: a word before a colon is a label.
      if (isCommonWord(t) && tokens[j + 1]?.text === ':') break;
      const surnameSlot =
        j === i + 1 ||
        isInitial(tokens[j - 1]) ||
        isParticle(tokens[j - 1]) ||
        (j === i + 2 && fullName && FIRST_NAMES.has(tokens[j - 1].text));
      // `Theresa May`, `Michael Bloomberg`: after a given name a family name may be a month or an outlet.
      if (notName(t) && !isInitial(t) && !(j === i + 1 && fullName && SURNAMES.has(t.text))) break;
      const asianFamilyName = j === i + 1 && ASIAN_FAMILY_NAMES.has(t.text);
      const commonSurname =
        (surnameSlot && !t.titleCase && !t.abbreviation && (fullName || titled || aliases.has(t.text))) || (j === i + 1 && aliases.has(`${head.text} ${t.text}`));
      if (!nameLike(t) && !isParticle(t) && !asianFamilyName && !commonSurname) break;
      if (isTitle(t) && !surnameSlot) break;
    }
    j++;
    if (t.possessive) break;
  }
  // A name does not end on a particle or a trailing initial.
  while (j > i + 1 && (isParticle(tokens[j - 1]) || (isInitial(tokens[j - 1]) && !tokens[j - 1].possessive))) j--;
  if (isParticle(tokens[j - 1])) return null;

  // A name inside an organisation's or a place's name: `Andy Warhol Foundation for the Arts`.
  // On a title-case line the run is the whole headline, not one name.
  if (!head.titleCase) for (let k = j; k < last; k++) if (NAME_ENDINGS_NOT_PEOPLE.has(tokens[k].text)) return null;
  const single = j === i + 1;
  if (single && NAME_ENDINGS_NOT_PEOPLE.has(head.text)) return null;

  const strong = { from: i, to: j, strong: true };
  const weak = { from: i, to: j, strong: false };
  const opensRun = i === run.first;
  const placePreposition = opensRun && !!before && before.word && PLACE_PREPOSITIONS.has(before.lower);
  const roleNounBefore = opensRun && !head.newLine && !!before && before.word && !before.cap && !before.possessive && ROLE_NOUNS.has(before.lower);
  const text = spell(tokens, i, j);

  if (aliases.has(text) && (!isCommonWord(head) || !head.sentenceStart || head.possessive || titled || actsAsSubject(tokens[j]))) {
    // `the Warhol exhibit`, `the Warhol Polaroids` name Warhol; `the Kremlin` is no person.
    const modifier = tokens[j]?.word && !tokens[j].newLine && (!tokens[j].cap || known.familyNames.has(head.text));
    return afterDeterminer && single && !titled && !modifier ? null : weak;
  }
  if (single && (notName(head) || OUTLETS.has(head.text) || PLACES.has(head.text) || isInitial(head))) return null;
  let nameLikeParts = 0;
  for (let k = i; k < j; k++) if (nameLike(tokens[k])) nameLikeParts++;
  // `President Trump`, `Mr. Key`: after a title a capitalised common word is a name too.
  const label = tokens[j]?.text === ':';
  if (titled || roleNounBefore) return j - i <= 5 && !label && (nameLikeParts > 0 || (titled && !head.titleCase)) ? strong : null;

  if (!single) {
    if (fullName) return strong;
    const rest = tokens.slice(i + 1, j);
    if (isInitial(head) && rest.some(unknownWord) && (head.dotted || !isInitial(rest[0]))) return strong;
    if (afterDeterminer) return null;
    if (ASIAN_FAMILY_NAMES.has(head.text) && rest.every((t) => nameLike(t) && !isCommonWord(t, 35))) return strong;
    if (j - i === 2 && unknownWord(head) && (ASIAN_FAMILY_NAMES.has(tokens[i + 1].text) || SURNAMES.has(tokens[i + 1].text))) return strong;
    if (placePreposition) return null;
    let unknownWords = 0;
    let connectors = 0;
    for (let k = i; k < j; k++) {
      if (isInitial(tokens[k]) || isParticle(tokens[k])) connectors++;
      else if (unknownWord(tokens[k])) unknownWords++;
    }
    if (unknownWords >= 2 && unknownWords + connectors === j - i) return weak;
    return appositiveRole(tokens, i, j) && nameLikeParts > 0 ? weak : null;
  }
  // One word alone: a given name, or a name that says something or is described as someone.
  if (afterDeterminer) return null;
  // `Preston, Victoria`: a town and its region.
  if (tokens[j]?.text === ',' && tokens[j + 1] && placeLength(tokens, j + 1, tokens.length)) return null;
  const givenName = FIRST_NAMES.has(head.text) && !NOT_ALONE.has(head.text) && !PLACES.has(head.text) && !notName(head);
  // A given name that is also a word counts only where a word would not be capitalised.
  const midSentence = !head.sentenceStart && !head.titleCase && !tokens[j]?.cap && !/^\d/.test(before?.text ?? '');
  if (givenName && !afterPlace && (!isCommonWord(head, 35) || (midSentence && !isCommonWord(head, 10)))) {
    const cutShort = j < last && !head.possessive;
    return placePreposition || before?.lower === 'of' || cutShort ? null : weak;
  }
  if (!unknownWord(head)) return null;
  if (before?.word && !before.cap && SPEECH_VERBS.has(before.lower)) return weak;
  if (before?.word && !before.cap && PREPOSITIONS.has(before.lower)) return null;
  const next = tokens[j];
  const after = tokens[j + 1];
  if (next?.word && SPEECH_VERBS.has(next.lower)) return weak;
  if (next?.text === ',' && after && (after.lower === 'who' || /^\d+$/.test(after.text))) return weak;
  return appositiveRole(tokens, i, j) ? weak : null;
}

/** The words from token `from` to `to` joined by single spaces, as names are remembered. */
function spell(tokens: Token[], from: number, to: number): string {
  let text = tokens[from].text;
  for (let k = from + 1; k < to; k++) text += ` ${tokens[k].text}`;
  return text;
}

/** The word after a name shows it is the subject: `Lee was`, `Frank, thank you`, `Hill (right)`. */
function actsAsSubject(next: Token | undefined): boolean {
  return !!next && (next.text === ',' || next.text === '(' || SUBJECT_VERBS.has(next.lower) || SPEECH_VERBS.has(next.lower));
}

/** A role phrase between commas beside the name (`the head of NATO, X,`): the name is a person's. */
function appositiveRole(tokens: Token[], from: number, to: number): boolean {
  return roleBeforeComma('', tokens, from) !== undefined || roleAfterComma('', tokens, to) !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Roles: what the text calls the person at this mention.

function isRoleHead(t: Token): boolean {
  const bare = t.abbreviation ? t.text.slice(0, -1) : t.text;
  return (t.cap && TITLES.has(bare) && !HONORIFICS.has(bare)) || (!t.cap && ROLE_NOUNS.has(t.lower));
}

function isHonorific(t: Token): boolean {
  return HONORIFICS.has(t.abbreviation ? t.text.slice(0, -1) : t.text);
}

/** The role's text from token `from` to `to`, without articles or honorifics at its ends. */
function roleText(text: string, tokens: Token[], from: number, to: number): string | undefined {
  while (from < to && (DETERMINERS.has(tokens[from].lower) || isHonorific(tokens[from]))) from++;
  while (to > from && isHonorific(tokens[to - 1])) to--;
  if (to <= from) return undefined;
  // The phrase is headed by its last role word; only a complement may follow it (`head of NATO`).
  let head = -1;
  for (let k = from; k < to; k++) if (isRoleHead(tokens[k])) head = k;
  if (head < 0) return undefined;
  if (head + 1 < to && !PHRASE_INSIDE_ROLE.has(tokens[head + 1].lower) && !(tokens[head + 1].cap || tokens[head + 1].possessive)) return undefined;
  const end = tokens[to - 1].possessive ? tokens[to - 1].end + 2 : tokens[to - 1].end;
  return text.slice(tokens[from].start, end);
}

/** `former U.S. President` | `Kremlin spokesman` right before the name. */
function roleBeforeName(text: string, tokens: Token[], nameFrom: number): string | undefined {
  const adjacent = tokens[nameFrom - 1];
  if (nameFrom === 0 || tokens[nameFrom].newLine || !(isRoleHead(adjacent) || (adjacent.cap && TITLE_MODIFIERS.has(adjacent.text)))) return undefined;
  let k = nameFrom;
  while (k > 0) {
    const t = tokens[k - 1];
    if (!t.word) break;
    // `Press Secretary to the Russian President`, `Minister of Foreign Affairs`.
    if (TITLE_CONNECTORS.has(t.lower)) {
      let c = k - 1;
      while (c > 0 && TITLE_CONNECTORS.has(tokens[c - 1].lower) && k - c < 3) c--;
      if (c > 0 && tokens[c - 1].cap && isRoleHead(tokens[c - 1])) {
        k = c;
        continue;
      }
      break;
    }
    const fits = t.cap || t.possessive || ROLE_NOUNS.has(t.lower) || ROLE_MODIFIERS.has(t.lower) || /^(?:ex|then|former)-/.test(t.lower);
    if (!fits || (t.sentenceStart && isCommonWord(t) && !isRoleHead(t) && !ROLE_MODIFIERS.has(t.lower))) break;
    k--;
    if (t.newLine) break;
  }
  return roleText(text, tokens, k, nameFrom);
}

/** `Putin's investment envoy, Kirill Dmitriev` | `said the head of the fund, Kirill Dmitriev`. */
function roleBeforeComma(text: string, tokens: Token[], nameFrom: number): string | undefined {
  if (tokens[nameFrom - 1]?.text !== ',' || tokens[nameFrom].newLine) return undefined;
  const end = nameFrom - 1;
  let k = end;
  while (k > 0 && end - k < 12) {
    const t = tokens[k - 1];
    const inChief = t.lower === 'in' && tokens[k]?.lower === 'chief';
    if (!t.word || (ROLE_BOUNDARY.has(t.lower) && (!t.cap || t.sentenceStart) && !inChief)) break;
    k--;
    // A noun phrase opens with its article, unless the article is inside it (`head of the fund`).
    const inside = k > 0 && PHRASE_INSIDE_ROLE.has(tokens[k - 1].lower);
    if (t.sentenceStart || (DETERMINERS.has(t.lower) && !inside)) break;
  }
  if (k === end) return undefined;
  // The phrase before the comma must be headed by a role: `the head of NATO`, `his lawyer`.
  const opener = tokens[k];
  if (opener.cap && !opener.sentenceStart && !opener.possessive && !isRoleHead(opener)) return undefined;
  return roleText(text, tokens, k, end);
}

/** `Dmitry Peskov, the Press Secretary of the President of Russia, said`. */
function roleAfterComma(text: string, tokens: Token[], nameTo: number): string | undefined {
  if (tokens[nameTo - 1].possessive || tokens[nameTo]?.text !== ',') return undefined;
  const from = nameTo + 1;
  let k = from;
  while (k < tokens.length && k - from < 14) {
    const t = tokens[k];
    if (!t.word || t.newLine) break;
    if (!t.cap && ROLE_BOUNDARY.has(t.lower) && !PHRASE_INSIDE_ROLE.has(t.lower)) break;
    k++;
  }
  const stop = tokens[k];
  if (k === from || (stop && !ROLE_STOPS.has(stop.text) && !CLAUSE_AFTER_ROLE.has(stop.lower))) return undefined;
  const opener = tokens[from];
  const opens = DETERMINERS.has(opener.lower) || opener.cap || opener.possessive || ROLE_NOUNS.has(opener.lower) || ROLE_MODIFIERS.has(opener.lower);
  return opens ? roleText(text, tokens, from, k) : undefined;
}

// ---------------------------------------------------------------------------------------------

/**
 * The people named in an article's story text. `bundleNames` are names the other articles of
 * the bundle establish (`Peskov`, from `Dmitry Peskov` elsewhere): an article that only ever
 * writes `Trump and Zelensky` means the people the rest of the bundle names in full.
 */
export function findMentions(text: string, anatomy: Anatomy, bundleNames: ReadonlySet<string> = NO_NAMES): NameMention[] {
  const paragraphs = anatomy.paragraphs.map((p: Span) => {
    const tokens = tokenize(text, p.start, p.end);
    return { tokens, runs: findRuns(tokens) };
  });
  const judge = (known: Known, found: (tokens: Token[], verdict: Verdict) => void) => {
    for (const { tokens, runs } of paragraphs)
      for (const run of runs) {
        const verdict = analyzeRun(tokens, run, known);
        if (verdict) found(tokens, verdict);
      }
  };
  // Names on strong evidence (`Dmitry Peskov`, `President Putin`) first, so that weaker
  // evidence is read knowing them; then every run again, knowing `Peskov` is a person.
  const strong = startingKnowledge(bundleNames);
  judge(startingKnowledge(bundleNames), (tokens, v) => v.strong && learn(tokens, v, strong));
  const known: Known = { names: new Set(strong.names), familyNames: new Set(strong.familyNames), givenNames: new Set(strong.givenNames) };
  judge(strong, (tokens, v) => learn(tokens, v, known));

  const mentions: NameMention[] = [];
  judge(known, (tokens, verdict) => {
    const first = tokens[verdict.from];
    const last = tokens[verdict.to - 1];
    const mention: NameMention = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
    const role =
      roleBeforeName(text, tokens, verdict.from) ??
      roleAfterComma(text, tokens, verdict.to) ??
      roleBeforeComma(text, tokens, verdict.from);
    if (role) mention.role = role;
    mentions.push(mention);
  });
  return mentions;
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** What an article starts knowing: the names the rest of its bundle establishes. */
function startingKnowledge(bundleNames: ReadonlySet<string>): Known {
  return { names: new Set(bundleNames), familyNames: new Set(), givenNames: new Set() };
}

/**
 * The names an article's mentions establish for the rest of its bundle: each full name's family
 * name (`Peskov` from `Dmitry Peskov`). Single words stay out: they prove nothing elsewhere.
 */
export function establishedNames(mentions: NameMention[]): string[] {
  const names: string[] = [];
  for (const m of mentions) {
    const words = m.text.split(/\s+/);
    if (words.length >= 2) names.push(words[words.length - 1]);
  }
  return names;
}

/** Remembers a name and the parts a later mention may use alone: `Peskov`, `von der Leyen`. */
function learn(tokens: Token[], verdict: Verdict, known: Known): void {
  const parts = tokens.slice(verdict.from, verdict.to).filter((t) => !isInitial(t));
  if (parts.length === 0) return;
  known.names.add(parts.map((t) => t.text).join(' '));
  if (parts.length < 2) return;
  known.names.add(parts[0].text);
  known.givenNames.add(parts[0].text);
  const family = parts[parts.length - 1];
  known.names.add(family.text);
  known.familyNames.add(family.text);
  let k = parts.length - 1;
  while (k > 0 && isParticle(parts[k - 1])) k--;
  if (k < parts.length - 1) known.names.add(parts.slice(k).map((t) => t.text).join(' '));
}
