// The anatomy of one seed: a plain-text capture of a news page read into its capture line,
// headline, outlet, wire, date, story paragraphs and page furniture. Every part is optional;
// every pass is linear in the text, and no input makes it throw.
import { Anatomy, Span } from './model';
import { agencyNamed, findAgency } from './anatomy/agencies';
import { FoundDate, findDate, formatDate } from './anatomy/dates';
import { EMBEDDED_POST, LineFacts, describeLine, splitLines } from './anatomy/lines';
import { isTagline, mastheadName, namesAPaper, titleAndSite } from './anatomy/masthead';
import { isSpaceAt } from './chars';
import { ROLE_NOUNS } from './lexicon';

/** A line, or a paragraph of hard-wrapped lines, with what it looks like. */
interface Unit extends Span {
  text: string;
  facts: LineFacts;
}

/** ` date 2025-02-26  Japan Today`: a capture tool's first line. */
interface Capture {
  /** `YYYY-MM-DD` or `YYYY-MM`; null when the line's date is not a real one. */
  date: string | null;
  /** What follows the date (and a time): an outlet, a headline, or `Outlet - Headline`. */
  outlet: string | null;
  headlineHint: string | null;
}

const CAPTURE_LINE = /^\s?date\s+(\d{4}(?:-\d{2}){0,2})(?!\d)(?:\s+(.*))?$/;
const CAPTURE_TIME = /^\d{1,2}:\d{2}(?::\d{2})?\s*/;
const TITLE_SEPARATOR = /\s+[-|–—]\s+/;
/**
 * `MOSCOW (Reuters) -`, `SYDNEY, Aug 18 (Reuters) -`, `Moscow, Feb 25:`, `Santiago, Mar 3 (EFE).-`,
 * `RENO, Nev.--(BUSINESS WIRE)--`, and without a place `(Bloomberg) --`, `Mar 3, 2025 -- (Dow Jones) --`,
 * at a paragraph's start.
 */
const DATELINE =
  /^(?:By\s[^()\n]{3,60}?\s)?(\p{Lu}[\p{L}\p{M}'’.\/ -]{1,40}?(?:,\s?\p{Lu}[\p{L}\p{M}'’. ]{1,30}?){0,2})?(?:(?:,?\s+|(?<!\S))([A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9}\.?)(?:,?\s+(\d{4}))?)?(?:\s*(?:[-–—]{1,2}\s*)?\(([^()]{2,40})\)\.?)?\s*([-–—]{1,2}|:)/u;
/** TASS style: `MOSCOW, February 25. /TASS/.` */
const SLASHED_DATELINE = /^[^/\n]{2,60}?\/([\p{L} -]{2,30})\/\.?\s/u;
const SOURCE_NAME = /^(?:source|sources|courtesy|via)\s*:\s*(.{2,60}?)[\s.]*$/i;
/** `Source: Xinhua | 2025-04-02 | Editor: Li Na`, `Source: Al Jazeera and news agencies`: where the name ends. */
const SOURCE_END = /\s+[|·•–—-]\s+|,\s|\s+(?:and|with|&)\s+(?:other\s+)?(?:news\s+)?agencies\b/i;
/**
 * A republished story's note on where it first ran: `This article originally appeared in the Harbour Post`,
 * `This story was first published by Coastline News`, `Republished with permission from …`, `Distributed by …`
 * (after a copyright line's sentence too).
 */
const REPUBLISHED_FROM =
  /(?:^|[.!?]\s+)(?:(?:A version of t|T)his (?:article|story|report|column) (?:(?:was|has been|is) )?(?:originally|first) (?:appeared|published|ran)|(?:Re)?published with (?:the )?permission|Distributed)\s+(?:in|on|by|at|of|from)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,4})/u;
/** A full stop that ends a sentence inside a captured name (`the Harbour Sun. It is republished …`), not an abbreviation's (`St. Louis`, `U.S.`). */
const SENTENCE_BREAK = /(?<!\b\p{Lu}\p{Ll}?)\.\s/u;
const CREDIT_LINE = /\breporting by\b.*\bediting by\b/i;
const INPUTS_FROM = /\bwith (?:additional )?(?:inputs?|reporting|files|reports) from\b/i;
const YEAR = /\b(?:19|20)\d{2}\b/g;
const DOMAIN = /\b(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})\b/i;
const COPYRIGHT_NOISE =
  /©|\(c\)|\bcopyright\b|\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b|\ball rights reserved\b|,?\s*\b(?:Inc|LLC|Ltd|Limited|Corp|Corporation|PLC|GmbH|AG)\b\.?/gi;
const COPYRIGHT_MARK = /©|\(c\)|\bcopyright\b/i;
/** `, a Cascade Media Group publication`, `, part of Coastline Media`: the holder's owner, after its name. */
const COPYRIGHT_OWNER = /,\s*(?:an?|part of)\s.*$/i;
/** A section's name before a bar, no part of the headline: `Opinion | Fares are a tax on the poor`. */
const SECTION_BEFORE_BAR = /^(\p{Lu}[\p{L}-]*(?: \p{L}[\p{L}-]*)?)\s+\|\s+(?=\S)/u;
const EDGE_PUNCTUATION = /^[\s.,:;|\-–—]+|[\s.,:;|\-–—]+$/g;
const WRAPPED_LINE_MAX = 120;

// Unicode classes, compiled once (a bundler may turn a literal with `\p{…}` into a RegExp built at each use).
const LOWERCASE_LETTER = /\p{Ll}/u;
const ANY_LETTER = /\p{L}/u;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
const STARTS_CAPITAL = /^\p{Lu}/u;
/** A name in a dateline's parentheses: one to three capitalised words, no digits (`Tidewire`, `Xinhua News`). */
const AGENCY_LIKE = /^\p{Lu}[\p{L}\p{M}'’&.-]*(?: \p{Lu}[\p{L}\p{M}'’&.-]*){0,2}$/u;
/** A sentence's end, inside closing marks too (`… for "a hard-fought race."`): a title ends with neither. */
const SENTENCE_PUNCTUATION_END = /[.,;:]["”’'»)]*$/;
/** A broadcaster's or paper's letters: `CNN`, `WKVT`, `KQED`. */
const CALL_LETTERS = /^\p{Lu}{3,5}$/u;
/** Lower case before any letter or digit, marks aside: not a title. */
const STARTS_LOWERCASE = /^[^\p{L}\p{N}"“‘'«]*\p{Ll}/u;

/** Where a title goes on after a section's name and a bar (`Opinion | `), or null: no part of the headline. */
function sectionBeforeBar(title: string): number | null {
  const section = SECTION_BEFORE_BAR.exec(title);
  return section && describeLine(section[1]).furniture ? section[0].length : null;
}

/** A title line's words after its section's name (see sectionBeforeBar). */
function wordsAfterSection(unit: Unit): number {
  const title = unit.text.trim();
  const section = sectionBeforeBar(title);
  return section === null ? unit.facts.words : describeLine(title.slice(section)).words;
}

/** Lower case, one space, no closing punctuation: how a printed-twice headline is recognised. */
function keyOf(text: string): string {
  return text.length > 300 ? '' : text.toLowerCase().replace(/\s+/g, ' ').replace(/[\s.:!?]+$/, '').trim();
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** The headline without the outlet's name that opens or closes it with a separator, and where the rest starts. */
function outletAround(headline: string, outlet: string): { title: string; at: number } | null {
  const parts = headline.split(TITLE_SEPARATOR);
  if (parts.length < 2) return null;
  if (parts[0] === outlet) {
    const at = headline.indexOf(parts[1], outlet.length);
    return { title: headline.slice(at), at };
  }
  if (parts[parts.length - 1] === outlet) return { title: headline.slice(0, headline.lastIndexOf(outlet)).replace(TRAILING_SEPARATOR, ''), at: 0 };
  return null;
}
const TRAILING_SEPARATOR = /\s+[-–—|]\s*$/u;

function readCapture(line: string): Capture | null {
  const match = CAPTURE_LINE.exec(line.length > 500 ? line.slice(0, 500) : line);
  if (!match) return null;
  const rest = (match[2] ?? '').replace(CAPTURE_TIME, '').trim();
  const date = findDate(match[1]);
  const capture: Capture = { date: date && formatDate(date), outlet: null, headlineHint: null };
  if (!rest) return capture;
  const parts = rest.split(TITLE_SEPARATOR);
  if (parts.length >= 2) {
    // `Outlet - Headline` or `Headline - Outlet`: the outlet is the short side.
    const [first, last] = [parts[0], parts[parts.length - 1]];
    const outletFirst = first.length <= last.length;
    capture.outlet = outletFirst ? first : last;
    capture.headlineHint = outletFirst ? parts.slice(1).join(' - ') : parts.slice(0, -1).join(' - ');
  } else if (rest.split(/\s+/).length <= 5 && !/[,.!?:;]$/.test(rest)) capture.outlet = rest;
  else capture.headlineHint = rest;
  return capture;
}

/**
 * Hard-wrapped text (every line of a paragraph broken near one width) reads as paragraphs only
 * once its lines are joined; a capture with one line per paragraph has no such width.
 */
function wrapWidth(text: string, lines: Span[]): number | null {
  const lengths = lines.map((line) => line.end - line.start).filter((length) => length > 0);
  if (lengths.length < 4) return null;
  const histogram = new Array<number>(WRAPPED_LINE_MAX + 2).fill(0);
  for (const length of lengths) histogram[Math.min(length, WRAPPED_LINE_MAX + 1)]++;
  let width = WRAPPED_LINE_MAX + 1;
  for (let seen = histogram[width]; seen < lengths.length * 0.05 && width > 0; seen += histogram[--width]);
  if (width > WRAPPED_LINE_MAX || width < 30) return null;
  let full = 0;
  let midSentence = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const length = lines[i].end - lines[i].start;
    if (length < width * 0.75 || lines[i + 1].end === lines[i + 1].start) continue;
    full++;
    if (LOWERCASE_LETTER.test(text[lines[i + 1].start] ?? '')) midSentence++;
  }
  return full >= 3 && full >= lengths.length * 0.4 && midSentence >= 2 && midSentence >= full * 0.25 ? width : null;
}

const LIST_ITEM = /^\s*(?:[-*•]|\d+[.)])\s/;

/** A byline or date line is a line of its own even in hard-wrapped text: `3 March 2026` under a headline. */
function standsAlone(text: string, line: Span): boolean {
  return describeLine(text.slice(line.start, line.end)).byline;
}

/** Nothing but spaces from `start` to `end`, read in place (every line of a page is asked). */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceAt(text, i)) return false;
  return true;
}

function makeUnits(text: string, lines: Span[]): Unit[] {
  const width = wrapWidth(text, lines);
  const units: Unit[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (isBlank(text, lines[i].start, lines[i].end)) continue;
    let last = i;
    while (
      width !== null &&
      last + 1 < lines.length &&
      lines[last].end - lines[last].start >= width * 0.6 &&
      !isBlank(text, lines[last + 1].start, lines[last + 1].end) &&
      !LIST_ITEM.test(text.slice(lines[last + 1].start, lines[last + 1].start + 8)) &&
      !standsAlone(text, lines[last]) &&
      !standsAlone(text, lines[last + 1])
    ) last++;
    const start = lines[i].start;
    const end = lines[last].end;
    const unitText = last > i ? text.slice(start, end).replace(/\r\n?|\n/g, ' ') : text.slice(start, end);
    units.push({ start, end, text: unitText, facts: describeLine(unitText) });
    i = last;
  }
  return units;
}

function isTitleLike(unit: Unit): boolean {
  const { facts } = unit;
  const trimmed = unit.text.trim();
  return (
    !facts.furniture &&
    facts.hasLetters &&
    facts.words >= 3 &&
    facts.words <= 30 &&
    trimmed.length <= 250 &&
    (facts.titleCase ? !/[,;:]$/.test(trimmed) : !SENTENCE_PUNCTUATION_END.test(trimmed)) &&
    !STARTS_LOWERCASE.test(trimmed)
  );
}

function isBodyLike(unit: Unit): boolean {
  const { facts } = unit;
  return !facts.furniture && facts.hasLetters && !facts.titleCase && ((facts.sentenceEnd && facts.words >= 5) || facts.words >= 25);
}

/** `2. Guidance goes up`: a numbered sub-heading, or an item of a numbered list of teasers. */
const NUMBERED_ITEM = /^\s*\d{1,2}[.)]\s/;

/** A numbered sub-heading of the story's own (a listicle's `2. Guidance goes up`): a paragraph follows it, not another item. */
function isNumberedSubheading(units: Unit[], u: number): boolean {
  const next = units[u + 1];
  return !units[u].facts.sentenceEnd && NUMBERED_ITEM.test(units[u].text.slice(0, 8)) && next !== undefined && isBodyLike(next);
}

/**
 * Where the story starts: the first paragraph of prose that another follows (furniture between
 * them aside, a numbered sub-heading, and a short sentence or two: `"We won," he said.`), or a
 * long one. A lone sentence above the headline is a caption or a notice.
 */
function findStoryStart(units: Unit[]): number {
  for (let u = 0; u < units.length; u++) {
    if (!isBodyLike(units[u]) || isVideoDescription(units, u)) continue;
    if (units[u].facts.words >= 30) return u;
    let next = u + 1;
    let shortSentences = 0;
    while (next < units.length) {
      const { facts } = units[next];
      if (facts.furniture || !facts.hasLetters || isNumberedSubheading(units, next)) next++;
      else if (!isBodyLike(units[next]) && facts.sentenceEnd && !facts.titleCase && shortSentences < MAX_SHORT_SENTENCES) {
        shortSentences++;
        next++;
      } else break;
    }
    if (next < units.length && isBodyLike(units[next])) return u;
    u = next - 1;
  }
  return -1;
}

/** A video's label over its title: `Video`, `Watch`, `VIDEO 03:12`. */
const VIDEO_LABEL = /^(?:video|watch(?: now| live)?|(?:video|watch)\s+\d{1,2}:\d{2}(?::\d{2})?)[\s:]*$/i;

/** A video's title, under its label. */
function isVideoTitle(units: Unit[], u: number): boolean {
  return u > 0 && VIDEO_LABEL.test(units[u - 1].text.trim()) && isTitleLike(units[u]);
}

/** A sentence under a video's label and title describes the video: `Video` / `Parents push back` / `Our correspondent Ann Roe reports on…`. */
function isVideoDescription(units: Unit[], u: number): boolean {
  return isVideoTitle(units, u - 1) && units[u].facts.sentenceEnd;
}

/**
 * A live page's post: its time alone on a line, its title, then its prose (a line naming its
 * writers between), as BBC, Sky, CNN and AP live pages print each update (`12:04`, `Mayor says
 * bridge stays shut`, `From CNN's Ann Roe`, `The mayor has told…`).
 */
function opensPost(units: Unit[], u: number): boolean {
  if (!units[u]?.facts.postStamp || u + 2 >= units.length || !isTitleLike(units[u + 1])) return false;
  const prose = units[u + 2].facts.byline ? units[u + 3] : units[u + 2];
  return prose !== undefined && isBodyLike(prose);
}

/** Short sentences the story may open with before its second paragraph of prose. */
const MAX_SHORT_SENTENCES = 2;

/** Story prose that a page's furniture rarely looks like: a long, finished sentence. */
function isStoryProse(unit: Unit): boolean {
  const { facts } = unit;
  return !facts.furniture && facts.sentenceEnd && !facts.trailsOff && facts.words >= 8 && !LIST_ITEM.test(unit.text.slice(0, 8));
}

/**
 * The headline among the title-like lines above the story (`to`): one printed twice, named by the
 * capture line, or standing just above a byline, a date or the story (a photo's caption between
 * them aside) scores higher; one beside a photo credit is the photo's title or caption; a paper's
 * masthead and its tagline are never the headline. Ties go to the first, so a headline wins over
 * the standfirst below it.
 */
function chooseHeadline(units: Unit[], to: number, hintKey: string, masthead: Masthead | null): number | null {
  let best: number | null = null;
  let bestScore = -Infinity;
  const firstByKey = new Map<string, number>();
  const copies = new Map<string, number>();
  const keys = units.slice(0, to).map((unit) => keyOf(unit.text));
  const isMastheadOrTagline = (unit: Unit, u: number) =>
    masthead !== null && masthead.paper && (u === masthead.unit || (u === masthead.unit + 1 && isTagline(unit.text)));
  for (let u = 0; u < to; u++) {
    const key = keys[u];
    if (!key) continue;
    if (!firstByKey.has(key)) firstByKey.set(key, u);
    copies.set(key, (copies.get(key) ?? 0) + 1);
  }
  for (let u = 0; u < to; u++) {
    const unit = units[u];
    if (!isTitleLike(unit) || isMastheadOrTagline(unit, u)) continue;
    const key = keys[u];
    if (firstByKey.get(key) !== u) continue;
    let score = 0;
    if ((copies.get(key) ?? 0) > 1) score += 3;
    if (hintKey && (key === hintKey || hintKey.startsWith(key) || key.startsWith(hintKey))) score += 5;
    // A photo's title or caption stands next to its credit.
    if (units[u + 1]?.facts.caption || units[u - 1]?.facts.caption) score -= 1.5;
    // A menu's item (`Leagues & Cups`, a topic under its section: `News | Russia-Ukraine war`) stands above the headline as near the byline.
    if (wordsAfterSection(unit) <= 3) score -= 0.5;
    // A page title with its site's name (`Bridge opens | Island Times`) gives way to a headline the page prints.
    if (titleAndSite(unit.text)) score -= 0.5;
    // A motto under a site's name that does not say it is a paper (`RoadWatch UK` over `Your independent voice on transport`).
    if (masthead !== null && u === masthead.unit + 1 && isTagline(unit.text)) score -= 1;
    // A menu's item is short and stands between other items (`Health` over `Health Care in Crisis` over `Sudbury`).
    if (unit.facts.words <= 5 && isMenuNeighbour(units[u - 1]) && isMenuNeighbour(units[u + 1])) score -= 0.5;
    // Within three lines, not counting a photo's caption, a line without letters or the writer's block between them.
    // A live page's summary stands above its first post's time, the headline above the summary;
    // a time that opens no post (`2 hours ago` over `Share`) is the headline's byline.
    for (let n = u + 1, lines = 0; lines < 3 && n < units.length && !opensPost(units, n); n++) {
      if (n >= to || units[n].facts.byline || findDate(units[n].text.slice(0, 200))?.year) {
        score += 2;
        break;
      }
      if (!units[n].facts.caption && units[n].facts.hasLetters && !WRITER_BLOCK_LINE.test(units[n].text.trim())) lines++;
    }
    if (score > bestScore) [best, bestScore] = [u, score];
  }
  return best ?? shortHeadline(units, to, isMastheadOrTagline);
}

/**
 * A line of the writer's block over the byline's date, not a standfirst: the name, `About Ann Roe`,
 * a job title (`Harbour News Video Journalist`), a handle (`@AnnRoeHN Contact`), a button to follow
 * the writer and the reading time (`Follow`, `6 min read`, as blogging platforms print them).
 */
const WRITER_BLOCK_LINE =
  /^(?:(?:About )?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}|@\w{1,30}\b.{0,20}|Follow(?:ing)?|\d{1,2} min(?:ute)? read|(?:\p{Lu}[\p{L}&'’.-]* ){0,6}(?:Journalist|Reporter|Correspondent|Editor|Writer|Columnist|Producer)s?)$/u;

/** A short line, no sentence, byline or writer's name, as a menu's items stand around one another. */
function isMenuNeighbour(unit: Unit | undefined): boolean {
  if (!unit) return false;
  const { facts } = unit;
  return facts.hasLetters && facts.words <= 3 && !facts.sentenceEnd && !facts.byline && !WRITER_BLOCK_LINE.test(unit.text.trim());
}

/** Where no line above the story is title-like, a headline of one or two words (`Britain swelters`) as the page's first line of its own. */
function shortHeadline(units: Unit[], to: number, isMastheadOrTagline: (unit: Unit, u: number) => boolean): number | null {
  let u = 0;
  while (u < to && (units[u].facts.furniture || !units[u].facts.hasLetters || isMastheadOrTagline(units[u], u))) u++;
  if (u >= to) return null;
  const trimmed = units[u].text.trim();
  return units[u].facts.words <= 2 && !SENTENCE_PUNCTUATION_END.test(trimmed) && !STARTS_LOWERCASE.test(trimmed) && !/[!?]$/.test(trimmed) ? u : null;
}

/** For each unit, how many story-prose units run from it without a break. */
function proseRuns(units: Unit[]): number[] {
  const runs = new Array<number>(units.length + 1).fill(0);
  for (let u = units.length - 1; u >= 0; u--) runs[u] = isStoryProse(units[u]) ? runs[u + 1] + 1 : 0;
  return runs;
}

interface Copyright {
  agency: string | null;
  holder: string | null;
  domain: string | null;
  year: number | null;
}

/** `© 2025 Some Media Inc.`; only a dated copyright (`© Thomson Reuters 2025`) says whose story it is, a bare `© AFP` credits a photo. */
function readCopyright(line: string, dated: boolean): Copyright {
  const years = new Set(line.match(YEAR) ?? []);
  const domain = DOMAIN.exec(line)?.[1].toLowerCase() ?? null;
  // The holder is named in the sentence that holds the mark, not in `This material may not be…`.
  const notice = line.split(/(?<=\.)\s+|\s+\|\s+/).find((sentence) => COPYRIGHT_MARK.test(sentence)) ?? line;
  const holder = notice.replace(COPYRIGHT_OWNER, '').replace(DOMAIN, ' ').replace(COPYRIGHT_NOISE, ' ').replace(/\s+/g, ' ').replace(EDGE_PUNCTUATION, '');
  const named = findAgency(line);
  const isRange = /\d{4}\s*[-–]\s*\d{4}/.test(line);
  return {
    agency: dated ? named : null,
    holder: !named && holder && ANY_LETTER.test(holder) && holder.split(' ').length <= 6 ? holder : null,
    domain,
    year: years.size === 1 && !isRange ? Number([...years][0]) : null,
  };
}

/** The site's name as the page prints it at the top (`financetom`), else its domain. */
function siteName(domain: string, header: Unit[]): string {
  const label = domain.split('.')[0];
  const printed = header.find((unit) => unit.facts.words <= 4 && unit.text.toLowerCase().replace(NOT_LETTER_OR_DIGIT, '') === label);
  return printed ? printed.text.trim() : domain;
}

interface Dateline {
  agency: string | null;
  date: FoundDate | null;
}

function readDateline(paragraph: string): Dateline | null {
  const opening = paragraph.slice(0, 200);
  const match = DATELINE.exec(opening);
  if (!match) {
    const agency = agencyNamed(SLASHED_DATELINE.exec(opening)?.[1] ?? '');
    return agency ? { agency, date: findDate(opening.slice(0, opening.indexOf('/'))) } : null;
  }
  const [, place = '', monthDay, year, parenthesis, ending] = match;
  const placeWords = place.trim().split(/[\s,/]+/);
  const isPlace = placeWords.length <= 5 && placeWords.every((word) => STARTS_CAPITAL.test(word));
  // `LONDON (Reuters) -`; a name the agency list does not know counts after a place in capitals
  // (`BRANSCOMBE (Tidewire) -`, its state or country after it as AP writes them: `SALEM, Ore. (Tidewire) —`)
  // or after a date alone (`July 30 (Tidewire) -`),
  // and a broadcaster's letters after any place (`Washington (CNN) —`), before a dash: before a colon,
  // or after a role (`HOST (KARI VEDELER) -`), it names the speaker of a transcript's line.
  const named = parenthesis?.trim() ?? '';
  const speakerLabel = ending === ':' || ROLE_NOUNS.has(place.trim().toLowerCase());
  const city = place.split(',')[0];
  // A date alone before it counts as the place does: `July 30 (Tidewire) -`, as wires date a story with no place.
  const dateAlone = !place && !!monthDay && ending !== ':';
  const unlisted = !speakerLabel && (dateAlone ? AGENCY_LIKE.test(named) : isPlace && ((isUpperCase(city) && AGENCY_LIKE.test(named)) || CALL_LETTERS.test(named)));
  const agency = parenthesis ? (agencyNamed(parenthesis) ?? (unlisted ? named : null)) : null;
  // Without an agency, only a place name (capitalised words) before the date makes a dateline.
  const date = monthDay && (agency || isPlace) ? findDate(`${monthDay}${year ? ' ' + year : ''}`) : null;
  return agency || date ? { agency, date } : null;
}

/** The page split into its top, its story and its furniture, as units. */
interface PageParts {
  headlineUnit: number | null;
  /** The story's first paragraph where the page prints it above the headline. */
  lead: number | null;
  /** The outlet's name atop the page, whether or not it was taken for the headline. */
  masthead: Masthead | null;
  /** The first unit below the page's top. */
  bodyStart: number;
  story: Span[];
  /** Furniture units in text order. */
  furniture: Unit[];
  /** Units inside a region of other stories' teasers or comments: they say nothing of this story. */
  inTail: boolean[];
}

function splitPage(text: string, units: Unit[], capture: Capture | null): PageParts {
  // The story starts at the first paragraph of prose, or a live page's first post; the lines above it are the page's top.
  const proseStart = findStoryStart(units);
  const firstPost = units.findIndex((_, u) => opensPost(units, u));
  const live = firstPost >= 0 && (proseStart < 0 || firstPost < proseStart);
  const storyStart = live ? firstPost : proseStart;
  const headerEnd = storyStart < 0 ? Math.min(units.length, 12) : storyStart;
  const masthead = findMasthead(units, headerEnd, capture?.outlet ?? null);
  if (capture?.outlet && capture.outlet.split(/\s+/).length >= 3) {
    const outletKey = keyOf(capture.outlet);
    if (units.slice(0, headerEnd).some((unit, u) => keyOf(unit.text) === outletKey && !(masthead?.paper && u === masthead.unit))) {
      // The capture line named the headline, not the outlet.
      [capture.headlineHint, capture.outlet] = [capture.outlet, null];
    }
  }
  const headlineUnit = chooseHeadline(units, headerEnd, keyOf(capture?.headlineHint ?? ''), masthead);
  const lead = leadAboveHeadline(units, headlineUnit);
  // A live page's summary and key events, between its headline and its posts, are its story too.
  const bodyStart = headlineUnit !== null && (storyStart < 0 || live) ? headlineUnit + 1 : Math.max(storyStart, 0);
  const headlineKey = headlineUnit === null ? '' : keyOf(units[headlineUnit].text);
  const isHeadlineCopy = (unit: Unit) =>
    headlineKey !== '' && Math.abs(unit.text.length - headlineKey.length) < 8 && keyOf(unit.text) === headlineKey;

  const story: Span[] = [];
  const furniture: Unit[] = [];
  const inTail: boolean[] = new Array(units.length).fill(false);
  for (let u = 0; u < bodyStart; u++) {
    if (u === headlineUnit || u === lead) story.push(trimSpan(text, units[u]));
    else furniture.push(units[u]);
  }

  // Below the top: story, single lines of furniture, and regions of furniture that open at a
  // marker (`Related Articles`, `Comments`, a copyright line) and run until the story clearly resumes.
  const runs = proseRuns(units);
  let tail: 'strong' | 'weak' | null = null;
  for (let u = bodyStart; u < units.length; u++) {
    const unit = units[u];
    if (tail && isStoryProse(unit) && (tail === 'weak' || runs[u] >= 3)) tail = null;
    if (tail) {
      // `Watch` over a video's title, then `Most Read`: the region runs on as the stronger marker says.
      if (unit.facts.marker === 'strong') tail = 'strong';
      inTail[u] = true;
      furniture.push(unit);
      continue;
    }
    // `Latest` over a live page's posts is their label, not the end of the story.
    if (unit.facts.marker && !opensPost(units, u + 1)) tail = unit.facts.marker;
    const previous = units[u - 1];
    const previousIsStory = story.length > 0 && story[story.length - 1].start >= previous?.start;
    // A title over a date below the story opens a list of other stories' teasers; not a live post's time, or its writers under its title.
    if (unit.facts.byline && u - bodyStart >= 3 && previousIsStory && isTitleLike(previous) && !opensPost(units, u) && !opensPost(units, u - 2)) {
      story.pop();
      inTail[u - 1] = inTail[u] = true;
      furniture.push(previous);
      tail = 'strong';
    }
    if (unit.facts.furniture || unit.facts.shouting || isHeadlineCopy(unit) || isCaptionOverCredit(text, units, u) || isPostBesideCredit(text, units, u) || isNameOverNote(units, u) || isVideoTitle(units, u) || isVideoDescription(units, u)) furniture.push(unit);
    else if (unit.facts.hasLetters) story.push(trimSpan(text, unit));
  }
  return { headlineUnit, lead, masthead, bodyStart, story: withoutPullQuotes(text, withoutWriterNote(text, story, furniture, units), furniture, units), furniture, inTail };
}

/**
 * The story's first paragraph above its headline, known by its wire's dateline (`(Bloomberg) --
 * Oil fell…` over the title): a lone sentence there is otherwise a caption. Not where the story
 * prints it again below.
 */
function leadAboveHeadline(units: Unit[], headlineUnit: number | null): number | null {
  if (headlineUnit === null) return null;
  for (let u = 0; u < headlineUnit; u++) {
    const { text } = units[u];
    if (isBodyLike(units[u]) && readDateline(text)?.agency && !units.some((other, o) => o > headlineUnit && other.text === text)) return u;
  }
  return null;
}

/**
 * A note on the writer, opening the story's last paragraph: `Ann Roe is the Ledger's political
 * editor. She …`, `Ann Roe is a former mayor and writes a column for the Post.` (a line of such
 * a note is furniture anywhere: see AUTHOR_NOTE).
 */
const WRITER_NOTE =
  /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]+){1,2} (?:is|was|has been|writes|covers)\b[^.!?]{0,120}?\b(?:editor|reporter|correspondent|columnist|column|journalist|writer|author|contributor)s?\b/u;

/** The story without a closing note on its writer (WRITER_NOTE), which goes to the furniture, in text order. */
function withoutWriterNote(text: string, story: Span[], furniture: Unit[], units: Unit[]): Span[] {
  const last = story[story.length - 1];
  if (story.length < 3 || !WRITER_NOTE.test(text.slice(last.start, Math.min(last.end, last.start + 200)))) return story;
  let u = units.length - 1;
  while (u > 0 && units[u].start > last.start) u--;
  let at = furniture.length;
  while (at > 0 && furniture[at - 1].start > last.start) at--;
  furniture.splice(at, 0, units[u]);
  return story.slice(0, -1);
}

/**
 * A short line straight above a photo credit, the two a block of their own between blank lines:
 * the photo's caption (`Volunteers fill sandbags.` over `Ann Roe/AP`). Where paragraphs follow
 * one another line by line, a paragraph above a credit may be the story's.
 */
function isCaptionOverCredit(text: string, units: Unit[], u: number): boolean {
  const [previous, unit, next] = [units[u - 1], units[u], units[u + 1]];
  const credit = !!next?.facts.caption && !EMBEDDED_POST.test(next.text);
  return credit && unit.facts.words <= 30 && onNextLine(text, unit, next) && !(previous && onNextLine(text, previous, unit));
}

/** A writer's name alone over the note on them that opens with it: `Ann Roe` over `Ann Roe is a correspondent for the Post.` */
function isNameOverNote(units: Unit[], u: number): boolean {
  const [unit, note] = [units[u], units[u + 1]];
  const name = unit.text.trim();
  return unit.facts.words <= 4 && !unit.facts.sentenceEnd && !!note?.facts.furniture && note.text.trimStart().startsWith(name + ' ');
}

/** Whether `below` starts on the line after `above` ends, no blank line between. */
function onNextLine(text: string, above: Span, below: Span): boolean {
  return isBlank(text, above.end, below.start) && !/\r?\n\s*\r?\n|\r\s*\r/.test(text.slice(above.end, below.start));
}

/** A dash opens an embedded post's credit printed under its text, as X's embed code prints it: `— Harbour Police (@HarbourPolice) March 3`. */
const CREDIT_UNDER_POST = /^\s*[—–-]/;

/**
 * An embedded post's text next to its credit, no blank line between: below `Harbour Police
 * (@HarbourPolice) March 3`, or above `— Harbour Police (@HarbourPolice) March 3` (the story goes on below that one).
 */
function isPostBesideCredit(text: string, units: Unit[], u: number): boolean {
  const isCredit = (unit: Unit | undefined): unit is Unit => !!unit?.facts.caption && EMBEDDED_POST.test(unit.text);
  const [above, unit, below] = [units[u - 1], units[u], units[u + 1]];
  return (
    (isCredit(below) && CREDIT_UNDER_POST.test(below.text) && onNextLine(text, unit, below)) ||
    (isCredit(above) && !CREDIT_UNDER_POST.test(above.text) && onNextLine(text, above, unit))
  );
}

/** The marks a quotation opens and closes with. */
const QUOTE_MARKS = new Set([...'"“”‘’\'«»']);
/** A paragraph that is one quotation and nothing else: `"We are ready."` */
const WHOLE_QUOTE = /^["“”‘'«]([^"“”«»]{20,400}?)[.,!?]?["”“’'»][.]?$/u;
/** A short line that names who a pull quote is from: `— Ann Roe`, `Ann Roe, chief executive`. */
const PULL_QUOTE_SOURCE = /^(?:[—–-]\s*\p{Lu}.{0,80}|\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3},[^.]{1,60})$/u;

/**
 * The story without its pull quotes: a paragraph that is only a quotation another paragraph
 * prints too (`"…," Roe said.`), and the line below it naming whom it is from. They go to the
 * furniture, in text order.
 */
function withoutPullQuotes(text: string, story: Span[], furniture: Unit[], units: Unit[]): Span[] {
  const pulled = new Set<number>();
  story.forEach((span, i) => {
    // Only a paragraph that opens and ends with a quotation mark is read further: most do not.
    const closed = QUOTE_MARKS.has(text[span.end - 1]) || (text[span.end - 1] === '.' && QUOTE_MARKS.has(text[span.end - 2]));
    const inner = QUOTE_MARKS.has(text[span.start]) && closed ? WHOLE_QUOTE.exec(text.slice(span.start, span.end))?.[1] : undefined;
    if (inner === undefined || !printedElsewhere(text, inner, story, i)) return;
    pulled.add(i);
    const next = story[i + 1];
    if (next && PULL_QUOTE_SOURCE.test(text.slice(next.start, next.end)) && !text.slice(span.end, next.start).includes('\n\n\n')) pulled.add(i + 1);
  });
  if (pulled.size === 0) return story;
  for (const i of pulled) {
    const unit = units.find((candidate) => candidate.start <= story[i].start && story[i].end <= candidate.end);
    if (unit) furniture.push(unit);
  }
  furniture.sort((a, b) => a.start - b.start);
  return story.filter((_, i) => !pulled.has(i));
}

/** Whether a longer story paragraph than the `own`th prints `words`: the quote with its cue. */
function printedElsewhere(text: string, words: string, story: Span[], own: number): boolean {
  const length = story[own].end - story[own].start;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (story.some((span) => span.end - span.start > length && span.start <= at && at + words.length <= span.end)) return true;
  }
  return false;
}

/** Who and when: outlet, wire and date from the places a page states them, never from other stories' teasers. */
function readSources(text: string, units: Unit[], parts: PageParts, capture: Capture | null, headlineSite: string | null): Pick<Anatomy, 'outlet' | 'wire' | 'date'> {
  let sourceOutlet: string | null = null;
  /** The site a page title atop the page names (`Pier closes | Harbour Post`). */
  let titleSite = headlineSite;
  let bylineAgency: string | null = null;
  /** The outlet a republished story first ran in: carrying its story, the page is of that source, as a wire's carrier is of the wire. */
  let republishedFrom: string | null = null;
  /** A paper's name just below the headline, or just above the byline: `Harbour Evening Post`. */
  let paperBelow: string | null = null;
  const bylineDates: FoundDate[] = [];
  /** Dates elsewhere in the page's top, for when no byline gives one. */
  const topDates: FoundDate[] = [];
  const copyrights: Copyright[] = [];
  for (let u = 0; u < units.length; u++) {
    const { facts } = units[u];
    const top = u < parts.bodyStart && u !== parts.headlineUnit && u !== parts.lead;
    if (!facts.furniture && !top) continue;
    const line = units[u].text.trim().slice(0, 400);
    if (facts.copyright && !facts.caption) copyrights.push(readCopyright(line, facts.marker === 'strong'));
    // Below a copyright line too, which opens the page's tail.
    republishedFrom ??= REPUBLISHED_FROM.exec(line)?.[1].split(SENTENCE_BREAK)[0].replace(EDGE_PUNCTUATION, '') ?? null;
    if (parts.inTail[u] || facts.caption) continue;
    const source = SOURCE_NAME.exec(line)?.[1].split(SOURCE_END)[0];
    const credit = CREDIT_LINE.test(line);
    const agency = facts.byline || source || credit || INPUTS_FROM.test(line) ? (findAgency(line) ?? (credit ? 'Reuters' : null)) : null;
    bylineAgency ??= agency;
    if (source && !agency && source.split(/\s+/).length <= 5) sourceOutlet ??= source;
    if (top && !facts.byline) titleSite ??= titleAndSite(line)?.site ?? null;
    if (top && parts.headlineUnit !== null && u > parts.headlineUnit && (u === parts.headlineUnit + 1 || units[u + 1]?.facts.byline)) paperBelow ??= paperName(line);
    if (facts.byline || source || top) {
      const date = findDate(line);
      if (date?.year) (facts.byline || source ? bylineDates : topDates).push(date);
    }
  }
  // A dateline opens the story, though a short standfirst may come first.
  const headline = parts.headlineUnit === null ? null : units[parts.headlineUnit];
  const openings = parts.story
    .slice(0, 4)
    .filter((span) => headline === null || span.end <= headline.start || span.start >= headline.end)
    .slice(0, 3);
  const datelines = openings.map((span) => readDateline(text.slice(span.start, Math.min(span.end, span.start + 200)).replace(/[\r\n]+/g, ' ')));
  const dateline = datelines.find((d) => d?.agency) ?? datelines.find((d) => d) ?? null;
  const copyrightAgency = copyrights.find((c) => c.agency)?.agency ?? null;
  const wire = dateline?.agency ?? republishedFrom ?? bylineAgency ?? copyrightAgency ?? (capture?.outlet ? agencyNamed(capture.outlet) : null);

  const copyrightDomain = copyrights.find((c) => c.domain)?.domain;
  const outlet =
    capture?.outlet ??
    (parts.masthead && parts.masthead.unit !== parts.headlineUnit && parts.masthead.unit < parts.bodyStart ? parts.masthead.name : null) ??
    sourceOutlet ??
    titleSite ??
    paperBelow ??
    (copyrightDomain ? siteName(copyrightDomain, units.slice(0, parts.bodyStart)) : null) ??
    copyrights.find((c) => c.holder)?.holder ??
    wire;
  const date = chooseDate(capture?.date ?? null, [...bylineDates, ...topDates], dateline?.date ?? null, copyrights.find((c) => c.year)?.year ?? null);
  // `Source: Gullnews Agency` on another outlet's page names whose story it carries, as a republished story's note does.
  const carriedSource = sourceOutlet !== null && keyOf(sourceOutlet) !== keyOf(outlet ?? '') ? sourceOutlet : null;
  return { outlet, wire: wire ?? carriedSource, date };
}

/** The name a line prints when it is a masthead that says it is a paper (`The Bosphorus Daily`), else null. */
function paperName(line: string): string | null {
  const name = mastheadName(line);
  return name !== null && namesAPaper(name) ? name : null;
}

interface Masthead {
  unit: number;
  name: string;
  /**
   * The name says it is a paper or an agency (`Harbour Evening Post`), the page's copyright line
   * repeats it, or the capture line names it and a title stands below it (`The Science Desk` over the headline).
   */
  paper: boolean;
}

/**
 * The outlet's name as the page's first line, above the headline: a short capitalised name on a
 * line of its own (a tagline aside) that is not furniture, a byline or a sentence. Below a
 * `Skip to content` or a menu, only a name that says it is a paper counts.
 */
function findMasthead(units: Unit[], to: number, capturedOutlet: string | null): Masthead | null {
  let unit = 0;
  while (unit < to && units[unit].facts.furniture && !units[unit].facts.byline && !units[unit].facts.copyright) unit++;
  if (unit >= to) return null;
  const { facts, text } = units[unit];
  if (facts.furniture || facts.sentenceEnd) return null;
  const name = mastheadName(text);
  if (name === null) return null;
  const captured = capturedOutlet !== null && keyOf(capturedOutlet) === keyOf(name) && units.slice(unit + 1, to).some(isTitleLike);
  // A wire's name atop its own story, which its dateline names (`Britwire` over `LONDON (Britwire) -`), is its masthead too.
  const datelined = (other: Unit) => keyOf(readDateline(other.text)?.agency ?? '') === keyOf(name);
  const paper = captured || namesAPaper(name) || units.some((other) => other.facts.copyright && other.text.includes(name)) || units.slice(unit + 1, to + 1).some(datelined);
  return unit === 0 || paper ? { unit, name, paper } : null;
}

function isUpperCase(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

export function readAnatomy(text: string): Anatomy {
  const lines = splitLines(text);
  const capture = readCapture(text.slice(lines[0].start, lines[0].end));
  const units = makeUnits(text, capture ? lines.slice(1) : lines);
  const parts = splitPage(text, units, capture);
  const { headlineUnit, story } = parts;
  let headline = headlineUnit !== null ? units[headlineUnit].text.trim() : (capture?.headlineHint ?? null);
  let headlineSpan = headlineUnit !== null ? trimSpan(text, units[headlineUnit]) : null;
  // A page title kept as the headline names its site after it: `Storm closes pier | Harbour Post`.
  const titled = headline === null ? null : titleAndSite(headline);
  if (titled && headlineSpan) {
    headline = titled.title;
    headlineSpan = { start: headlineSpan.start, end: headlineSpan.start + titled.title.length };
  }
  // … or the outlet the capture line names, on either side: `MarketPulse - Shares slide`, `Shares slide - MarketPulse`.
  const outletSide = headline !== null && headlineSpan && !titled && capture?.outlet ? outletAround(headline, capture.outlet) : null;
  if (outletSide && headlineSpan) {
    headline = outletSide.title;
    headlineSpan = { start: headlineSpan.start + outletSide.at, end: headlineSpan.start + outletSide.at + outletSide.title.length };
  }
  const section = headline === null ? null : sectionBeforeBar(headline);
  if (section !== null && headlineSpan) {
    headline = headline!.slice(section);
    headlineSpan = { start: headlineSpan.start + section, end: headlineSpan.end };
  }
  return {
    headline,
    headlineSpan,
    ...readSources(text, units, parts, capture, titled?.site ?? null),
    paragraphs: story,
    boilerplate: mergeRuns(text, parts.furniture),
  };
}

/**
 * The capture line's date first (refined by a byline's day where it only gives a month),
 * then a byline's, then a dateline's, whose year may come from elsewhere in the page.
 */
function chooseDate(captured: string | null, bylineDates: FoundDate[], dateline: FoundDate | null, copyrightYear: number | null): string | null {
  if (captured?.length === 10) return captured;
  const year = captured ? Number(captured.slice(0, 4)) : (bylineDates[0]?.year ?? copyrightYear);
  const datelineDate = dateline && formatDate({ ...dateline, year: dateline.year ?? year ?? null });
  const bylineDay = bylineDates.find((d) => d.day !== null);
  const best = bylineDay ? formatDate(bylineDay) : (datelineDate ?? (bylineDates[0] ? formatDate(bylineDates[0]) : null));
  if (captured) return best?.startsWith(captured) ? best : captured;
  return best;
}

/** Furniture units (in text order) as runs of whole lines: neighbours with only blank lines between make one run. */
function mergeRuns(text: string, units: Unit[]): Span[] {
  const runs: Span[] = [];
  for (const unit of units) {
    const previous = runs[runs.length - 1];
    if (previous && isBlank(text, previous.end, unit.start)) previous.end = unit.end;
    else runs.push({ start: unit.start, end: unit.end });
  }
  return runs;
}
