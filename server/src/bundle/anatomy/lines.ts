// Lines of a captured page and what each one looks like on its own: story prose, a title,
// a byline, or page furniture (captions, counts, share buttons, teasers, copyright).
import { LETTER, NUMBER, UPPER, classAt, codePointEnd, codePointStart, isSpaceAt } from '../chars';
import { Span } from '../model';
import { agencyNamed, withoutAgencies } from './agencies';
import { findDate } from './dates';

/** Splits on `\n`, `\r\n` and a lone `\r`; spans never include the terminator. */
export function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  // The next of each terminator, found by indexOf (far faster than reading every character).
  let newline = text.indexOf('\n');
  let carriageReturn = text.indexOf('\r');
  while (newline >= 0 || carriageReturn >= 0) {
    const end = carriageReturn < 0 || (newline >= 0 && newline < carriageReturn) ? newline : carriageReturn;
    lines.push({ start, end });
    start = end + (end === carriageReturn && newline === end + 1 ? 2 : 1);
    if (newline >= 0 && newline < start) newline = text.indexOf('\n', start);
    if (carriageReturn >= 0 && carriageReturn < start) carriageReturn = text.indexOf('\r', start);
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** What a line (or a run of hard-wrapped lines) looks like on its own. */
export interface LineFacts {
  hasLetters: boolean;
  /** Counted up to 31 (WORDS_COUNTED): no judgement asks about more. */
  words: number;
  /** Ends like a sentence: `.`, `!`, `?`, `…` (also inside closing quote marks). */
  sentenceEnd: boolean;
  /** Ends with `...` or `…`: a teaser cut short (or a trailing-off quote). */
  trailsOff: boolean;
  /** Page furniture wherever it stands. */
  furniture: boolean;
  /** A photo caption or credit, or an embedded post's (`Harbour Police (@HarbourPolice) March 3, 2026`); also furniture. */
  caption: boolean;
  /** Furniture that opens a region of furniture after the story: `Related Articles`, `Comments`, a copyright line. */
  marker: 'strong' | 'weak' | null;
  /** An author, date or agency line (`By Jane Roe`, `Mar 31, 2025 4:21 AM`, `IANS February 25, 2025`). */
  byline: boolean;
  copyright: boolean;
  /** Every word capitalised but the small ones (`Clinton Tells U.S. to Vote`): a title, not a sentence. */
  titleCase: boolean;
  /** Four or more words in capitals (`CLICK HERE TO GET THE APP`): a promotion, or a headline at the top. */
  shouting: boolean;
  /** A time alone, as a live page heads each post (`12:04`, `14.52 GMT`, `Posted at 10:00`, `3:45 p.m. ET`); also a byline. */
  postStamp: boolean;
}

/** Long lines are judged by their opening: furniture is short, and it keeps every test linear. */
const HEAD_LENGTH = 400;

const ANY_LETTER = /\p{L}/u;
const SENTENCE_END = /[.!?…。！？](?:["'”’»)\]]*)$/u;
const TRAILS_OFF = /(?:\.\.\.|…)["'”’»)\]]*$/u;
// Unicode classes, compiled once (a bundler may turn a literal with `\p{…}` into a RegExp built at each use).
const LOWERCASE_LETTER = /\p{Ll}/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
const STARTS_CAPITAL = /^\p{Lu}/u;
const STARTS_LIKE_NAME = /^[\p{Lu}'’"“(]/u;

/** Section names, page tools and share buttons: a line made of these is navigation. */
const NAVIGATION_WORDS = new Set(
  (
    'home news world business markets market politics sport sports opinion opinions tech technology science health ' +
    'entertainment lifestyle life style travel culture arts video videos photos photo gallery podcasts podcast live ' +
    'latest economy finance personal money environment climate weather education local national international us ' +
    'u.s uk europe asia africa americas middle east australia india china more menu search subscribe login log sign ' +
    'register account newsletters newsletter games food autos cars real estate jobs careers obituaries crime law ' +
    'media investing stocks forex commodities cryptocurrency crypto retail energy companies industry property books ' +
    'music movies film tv television fashion beauty wellness religion features analysis editorials editorial ' +
    'columns blogs multimedia graphics interactive data tools about contact advertise privacy terms help share ' +
    'tweet email e-mail print whatsapp facebook twitter x linkedin reddit telegram pinterest copy link save comment ' +
    'comments follow reply report top trending breaking mail bookmark listen world-news us-news defence defense ' +
    'security military regions region region-news global domestic metro nation states elections election campaign ' +
    'investigations cookies settings close open back next previous events policy'
  ).split(' '),
);
const NAVIGATION_FILLERS = new Set(['and', 'the', 'of', 'in', 'on']);

const CAPTION_START =
  /^(?:(?:file photo|photo|photos|image|images|picture|pictures|photograph|caption|credit|photo credit|illustration|graphic)\s*[:|]|(?:representative|representational|file|archive|stock) (?:image|photo|picture)\b|(?:photo|photograph|image|picture|illustration|video)s? by\s)/i;
/** A photographer and the agency or paper the picture is from: `Carl Dietrich/The Oregon Star via AP`, `Ann Roe / Getty Images`. */
const PHOTO_CREDIT = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} ?\/ ?(?:the )?\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,4}(?: via \p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,2})?$/u;
/**
 * A caption's closing credit in brackets, alone or after a sentence: `… on Tuesday. (Ann Roe/The
 * Harbour Post)`, `(Ann Roe/CBC)`. Prose that ends in brackets ends with a full stop after them.
 */
const BRACKETED_PHOTO_CREDIT = /(?:^|[.!?"”’]\s+)\(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3} ?\/ ?(?:the )?\p{Lu}[^()]{1,60}\)$/u;
/** What every pattern of CAPTION_ANYWHERE holds: a cheap test that rules most lines out. */
const CAPTION_ANYWHERE_HINT = /[:/(]|Photo|PHOTO|Images|Shutterstock/;
const CAPTION_ANYWHERE =
  /(?:^|[\s(.])(?:Image|Images|Photo|Photos|Picture|Photograph|Credit|Pic|IMAGE|PHOTO)\s?:\s|\bREUTERS\/|\bAFP\/|\bAP Photo\b|\bGetty Images\b|\/Pool\b|\/File Photo\b|\bFILE PHOTO\b|\bSputnik\/|\bEPA(?:-EFE)?\/|\bXinhua\/|\bShutterstock\b|\b(?:ANI|PTI|IANS) Photo\b|\((?:[A-Z][A-Za-z]*\s){0,2}(?:[Pp]hoto|[Ii]mage|[Pp]icture)(?: by| [Cc]redit|:)/;
/** An embedded post's credit, a line of its own: `Harbour Police (@HarbourPolice) March 3, 2026`. */
export const EMBEDDED_POST = /^[^.!?"“]{1,60} \(@\w{1,15}\)(?: .{0,40})?$/;

/** Strong markers: what follows them to the end of the page is not the story. */
const STRONG_MARKER =
  /^(?:related(?: (?:articles?|stories|news|posts|content|topics|coverage|reading|links|videos?)(?: from [^,.]{1,40})?)?|more (?:(?:stories|news|articles|headlines|videos|interviews|features|podcasts) from [^,.]{1,40}|stories|news|articles|headlines|videos|interviews|features|podcasts|from [^,.]{1,40}|on this (?:story|topic)|in [^,.]{1,30}|to read)|you (?:may|might) (?:also )?(?:like|be interested in)|recommended(?: (?:for you|stories|articles|reading|videos))?|(?:read|watch|up) next|what to read next|most (?:read|popular|viewed|shared|commented|recent)(?: (?:news|stories|articles|now|today|this (?:week|month)))?|popular(?: (?:stories|news|articles|now|on [^,.]{1,40}))?|trending(?: (?:now|stories|news|topics))?|top (?:stories|news|headlines)|latest(?: (?:news|stories|articles|headlines|videos))?|around the web|(?:sponsored|promoted|partner) (?:stories|content|links)|from (?:our partners|the web|around the web)|tags?|topics|(?:reader )?comments(?: \(\d+\)| \d[\d,.]*k?)?|\d[\d,.]*k? comments|(?:leave|post|add|write) a (?:comment|reply)|join the (?:conversation|discussion|debate)|have your say|discussion|editor'?s? picks?|don'?t miss(?: (?:these|this|our|out on)\b[^,.]{0,50})?|read more (?:about|on)(?: (?:this|these) topics?)?|in other news|other news|keep reading|explore more(?: on (?:this|these) topics?)?|see more|view more|about the (?:authors?|writers?|reporters?)|forward-looking statements?|safe harbor statement|(?:(?:media|press|investor|news) )?(?:contacts?|inquiries|enquiries)(?: information)?)$/i;
/**
 * A press release's closing sections, case kept: `About Veltrana Inc.` over the company's
 * boilerplate, `Investors: Ann Roe, ir@…` with whom to call.
 */
const RELEASE_SECTION = /^About \p{Lu}[\p{L}\p{N}'’.&-]*(?: (?:\p{Lu}[\p{L}\p{N}'’.&,-]*|&|of|and|the|for)){0,5}$|^(?:Media|Press|Investors?|Investor Relations)(?: [Cc]ontacts?)?\s*:\s.*(?:@|\d{3}[-. )]\d{3})/u;
/** Weak markers: one or two teaser titles follow, then the story may go on. A video's or a clip's length (`VIDEO 03:12`) heads its title. */
const WEAK_MARKER = /^(?:read also|also read|read more|see also|also see|must read|(?:also )?watch(?: now| live)?|listen(?: now)?|(?:video|audio|watch|listen)\s+\d{1,2}:\d{2}(?::\d{2})?)$/i;
/** The same words followed by a teaser on the same line. */
const INLINE_TEASER =
  /^(?:read also|also read|read more|related(?: articles?| stories| news)?|see also|also see|must read|don'?t miss|recommended|you (?:may|might) (?:also )?like|more|watch|also watch|listen|click here|suggested|read next|tags?|topics|filed under|categories|keywords|reader comments?(?: \(\d+\))?)\s*(?:[:|>»›]|-\s|–|—)/i;
/** Trailing marks a marker may carry: `Related Articles >`, `You May Like!`, `Tags:`. */
const MARKER_TRAILERS = new Set([...' \t:>»›!.|-']);

function withoutTrailers(text: string): string {
  let end = text.length;
  while (end > 0 && MARKER_TRAILERS.has(text[end - 1])) end--;
  return text.slice(0, end);
}

const COUNTS =
  /^(?:\d[\d,.]*k?\s+(?:comments?|replies|responses|shares|views|likes|reactions|reads|followers|subscribers)|(?:comments?|replies)\s*\(\d+\)|\d+\s*\(\s*\+\d+\s*\/\s*-\d+\s*\))$/i;
/** `2 hours ago`, `Updated 5 mins ago`, a live post's `2h ago`, `1 hr 5 min ago`: when the story was posted, as a byline says it. */
const RELATIVE_TIME = /^(?:(?:updated|published|posted)\s+)?(?:\d+\s*(?:[hmd]|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+){1,2}ago$/i;
const VIEW_COUNT = /\b\d[\d,.]*k?\s+(?:views|reads)\b/i;
/** A live post's time, once or twice (`Posted at 13:30 13:30`), with its zone. */
const POST_STAMP = /^(?:[Pp]osted at )?(?:\d{1,2}[:.][0-5]\d(?:\s?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?\s*){1,2}$/;

/** The line is a live post's time alone: its clock time (POST_STAMP) or how long ago it went up (`2h ago`, RELATIVE_TIME). */
export function isPostStamp(line: string): boolean {
  const trimmed = line.trim();
  return POST_STAMP.test(trimmed) || RELATIVE_TIME.test(trimmed);
}

const PAGE_TOOLS =
  /^(?:advertisement|advertising|ad|sponsored(?: content)?|story continues below(?: advertisement)?|scroll (?:down )?to continue.*|continue reading.*|skip to (?:main )?content|skip advertisement|click here\b.*|save (?:articles?|this article|for later|to read later)\b.*|sign (?:up|in)\b.*|log ?in\b.*|subscribe\b.*|already a subscriber.*|register (?:now|here|for free|to)\b.*|download (?:the|our) app.*|follow us\b.*|follow [^.!?@]{1,60} on (?:x|twitter|instagram|facebook|threads|bluesky|linkedin|tiktok|mastodon)\b.*|share (?:this|on|via|article|story|full article)\b.*|listen to (?:this|the) (?:article|story).*|\d+\s*min(?:ute)?s? read|reading time.*|print (?:this|article).*|email this.*|(?:we|this (?:site|website))\b.{0,40}\buses? cookies\b.*|by (?:continuing|using|clicking|browsing)\b.{0,60}\b(?:cookies|consent|agree)\b.*|accept (?:all )?cookies.*|we (?:value|care about|respect) your privacy|we and our (?:[\d,]+ )?(?:partners|vendors)\b.*|cookie (?:policy|settings|preferences).*|this article is more than \d+ (?:days?|weeks?|months?|years?) old|accept(?: all)?|reject(?: all)?|(?:i )?agree|got it|manage (?:preferences|options|settings|cookies|consent)|learn more|open in app|close(?: modal| dialog| pop-?up)?(?: window| dialog| menu| search| panel)?|for immediate release|to contact the (?:reporters?|editors?|authors?|writers?)\b.*|(?:write to|contact|reach|e-?mail) [^@]{1,80}@.*|appeared in the [^.]{0,40}print edition\b.*|(?:the )?views expressed (?:here|in this (?:article|column|piece))\b.*|was this helpful\??|reuse this content|do you have a (?:story|tip)\b.*|privacy policy.*|terms of (?:use|service).*|our standards:.*|(?:a version of )?this (?:article|story|report|column) (?:(?:was|has been|is) )?(?:(?:originally|first) (?:published|appeared|ran)|published|updated|produced)\b.*|(?:re)?published with (?:the )?permission\b.*|distributed by\b.*|.{0,80}\bcontributed (?:to )?this (?:report|story|article)\.?|\(?with (?:additional )?(?:inputs?|reporting|files|reports) from\b.*|summary|key events|show key events(?: only)?|live (?:reporting|updates|coverage)|pinned(?: post)?|that'?s (?:all|it) (?:from|for) (?:us|me|today)\b.*|thanks? (?:you )?for (?:following|joining|reading)\b.*|sort by|show (?:more|all) comments|load more.*|view (?:all|more) comments|(?:\d+ )?(?:likes?|shares?)|(?:updated|published|posted|last updated|first published)(?: on| at)?:?\s*\d.*)$/i;

/**
 * Agency credits: `Reporting by Ann Teller; Editing by Sam Crane`, `— With assistance from Ann Teller`;
 * where the writers were: `Ann Teller reported from Boise, and Bo Grant from New York.`;
 * sign-offs: `--IANS`, the desk's initials (`mr/vd`).
 */
const CREDITS =
  /^(?:\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}(?: and \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2})? reported from \p{Lu}[^.!?]{0,80}\.?$|\(?(?:[Aa]dditional reporting|[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch) by \p{Lu}|[—–-]+\s*[Ww]ith assistance from \p{Lu}|(?:--|—|–)\s?\p{Lu}{2,6}$|\p{Ll}{1,4}(?:\/\p{Ll}{1,4})+$)/u;
/** An agency's sign-off, `Reporting by Ann Teller; Editing by Sam Crane`: the story ends there, the writers' box and teasers follow. */
const AGENCY_SIGN_OFF = /^\(?(?:[Aa]dditional reporting|[Rr]eporting|[Ww]riting) by\b.*\b[Ee]diting by\s/;
/** `(Only the headline and picture of this report may have been reworked …; the rest … from a syndicated feed.)` */
const SYNDICATION_NOTE = /^\((?:only the headline|this (?:story|article|report) (?:has|was))\b[^)]*\b(?:syndicated|auto-generated)\b[^)]*\)$/i;
/**
 * A writer's note after the story: `Ann Roe covers airlines for the Ledger.`, `Ann Roe is a transport reporter at the Tribune.`,
 * `Ann Roe is a Portville-based reporter covering city hall…`, `Ann Roe is state political editor.`,
 * `Ann Roe can be reached at aroe@example.com`
 */
const AUTHOR_NOTE =
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2} (?:(?:can|may) be (?:reached|contacted|emailed) (?:at|on|via|by) .*(?:@|\d{3})|covers [^.]{3,80} for (?:the )?\p{Lu}|writes about [^.]{3,80} for (?:the )?\p{Lu}|is an? (?!former\b)(?:[\p{L}-]+ ){0,3}(?:reporter|correspondent|writer|editor|columnist|journalist|producer) (?:(?:at|for|with) (?:the )?\p{Lu}|covering |who covers )|is (?:the |an? )?(?:(?!former\b)[\p{L}-]+ ){0,4}(?:reporter|correspondent|editor|columnist)\.$)/u;

const COPYRIGHT = /^(?:©|\(c\)|copyright\b)|©|\ball rights reserved\b/i;
const COPYRIGHT_WITH_YEAR_OR_RIGHTS = /\b(?:19|20)\d{2}\b|\ball rights reserved\b/i;

const SOURCE_LINE = /^(?:source|sources|courtesy|via)\s*:\s*\S/i;

/**
 * A team sheet or player ratings, a side's name then its players' surnames with a mark, a minute
 * or a substitute: `Marlow Town: Harris 6; Ashworth 7, Reid (Fenton 64'), Tran.` Names, not story.
 */
const TEAM_SHEET_PLAYER = String.raw`\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+)?(?: \d{1,2}(?:\.\d)?'?)?(?: \([^()]{1,30}\))?`;
const TEAM_SHEET = new RegExp(String.raw`^\p{Lu}[\p{L}\p{N} .'’&-]{0,40}:\s+(?:${TEAM_SHEET_PLAYER}[,;]\s+){4,}${TEAM_SHEET_PLAYER}\.?$`, 'u');

/**
 * A reader's comment under the user name it is posted as, `Tom_H: …`, `GrannyWalks62: …`: a name
 * with an underscore or ending in digits, which no one the story quotes goes by (`Covid-19:`, `G7:` are no user names).
 */
const COMMENTER_LABEL = /^@?\p{L}[\p{L}\p{N}.]*(?:_[\p{L}\p{N}_.]*|\p{Ll}\p{N}+):\s/u;

/**
 * Breadcrumbs and menus: short parts between separators, `Home > World > Europe`, `financetom /
 * Business /`, `News · Schools · Sports`, `Home  Football  Cricket` (two spaces or more).
 */
const BREADCRUMB_SEPARATOR = /\s*[/>»›|·•]\s*|\s{2,}/;
const BREADCRUMB_MARK = /[/>»›|·•]|\s\s/;

const BYLINE_START = /^(?:by|written by|reported by|posted by|words by|text by|edited by|compiled by)\s+(\S.*)$/i;
/** A live post's writers, named after their outlet: `From CNN's Ann Roe and Bo Grant`, `From NBC News' Ann Roe`. */
const FROM_OUTLET_STAFF = /^From (?:\p{Lu}{2,5}|\p{Lu}\p{L}+ News)['’]s? (\S.*)$/u;
/**
 * A byline that names the writer's beat after the name, without `By` (`Priya Nair Health
 * correspondent`, `Tom Hale and Ann Roe Political reporters`): the beat is one of a closed list,
 * so that a headline (`Fox News fires sports reporter`) is not taken for one.
 */
const NAMES_THEN_REST = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}(?: and \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2})? (.+)$/u;
const BEAT =
  /^(?:(?:chief|senior|deputy|assistant|associate|acting|staff|special|global|national|international|foreign|political|politics|parliamentary|diplomatic|security|defen[cs]e|home affairs|health|science|environment|climate|energy|education|business|economics|economy|financial|markets|technology|tech|media|arts|culture|sports?|crime|legal|courts|social affairs|consumer affairs|transport|investigations|data|world|europe|africa|asia|americas|us|uk|washington|westminster|white house|middle east) ){0,2}(?:correspondent|editor|reporter|writer|columnist|journalist)s?$/;

/** A capitalised title alone after the names is a title-case headline's last word (`Mayor Praises Local Reporter`). */
function isBeatByline(text: string): boolean {
  const rest = NAMES_THEN_REST.exec(text)?.[1];
  return rest !== undefined && BEAT.test(rest.toLowerCase()) && (rest.includes(' ') || !STARTS_CAPITAL.test(rest));
}

/** Names, then a comma or a bar and whom they write for: `Lena Moritz, Associated Press`, `Kelly Marsh | Staff Writer`. */
const NAMES_THEN_AFFILIATION = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}(?: and \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2})?\s*[,|]\s*(.+)$/u;

/** Who the writer is, after the names and a comma: `a senior reporter covering city hall`, `Harbour Post chief football writer`. */
const WRITER_APPOSITIVE = /^(?:(?:an?|the)\s+)?(?:[\p{L}'’&.-]+\s+){0,5}?(?:reporter|correspondent|writer|editor|columnist|journalist|contributor)s?\b/iu;

function isAffiliationByline(text: string): boolean {
  const rest = NAMES_THEN_AFFILIATION.exec(text)?.[1].trim();
  return rest !== undefined && (agencyNamed(rest) !== null || BEAT.test(rest.toLowerCase()) || WRITER_APPOSITIVE.exec(rest)?.[0].length === rest.length);
}

/** A writer's names alone, or after `By`: the first part of a byline cut by dots or bars. */
const WRITER_NAMES = /^(?:[Bb]y\s+)?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}(?: and \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2})?$/u;
const BYLINE_PART_SEPARATOR = /\s+[·•|]\s+/;

/** A byline in parts between dots or bars, names first and a date after: `Ann Roe · Harbour News · Posted: Mar 4, 2025 6:12 AM`. */
function isPartedByline(text: string): boolean {
  const parts = text.split(BYLINE_PART_SEPARATOR);
  return parts.length >= 2 && WRITER_NAMES.test(parts[0]) && parts.slice(1).some((part) => isDateLine(part, countWords(part)) || RELATIVE_TIME.test(part));
}
const TIME = /\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\b|\b\d{1,2}\s*[ap]\.?m\.?\b/gi;
/** Words a date line may hold besides the date itself. */
const DATE_LINE_FILLERS = new Set(
  (
    'published updated posted last first on at by am pm a.m p.m ist gmt utc est edt et pt pst pdt cet cest msk jst kst ' +
    'bst aest hkt sgt views reads date time monday tuesday wednesday thursday friday saturday sunday ' +
    'mon tue tues wed thu thurs fri sat sun ago today yesterday hours hour mins min minutes read and modified edited ' +
    'publié le à mis jour modifié'
  ).split(' '),
);
const NAME_CONNECTORS = new Set(['and', 'of', 'in', 'for', 'the', 'de', 'da', 'van', 'von', 'al', 'bin', 'le', 'la', '&', '|', ',']);

/** Words a title leaves in lower case. */
const SMALL_WORDS = new Set(
  'a an the and or nor but of in on at to for with by from as vs via into onto over per than up out off'.split(' '),
);

/**
 * Each word's letters from its first one (`“Sane”` gives `Sane`, `2025` nothing), as the
 * regex `/(?<!\S)[^\p{L}\p{N}\s]*(\p{L}+)/gu` captures them, passed to `visit` as offsets
 * until it returns false. Returns whether every visit returned true.
 */
function everyWordLetters(text: string, visit: (start: number, end: number) => boolean): boolean {
  for (let at = 0; at < text.length; ) {
    if (isSpaceAt(text, at)) {
      at++;
      continue;
    }
    let start = at;
    while (start < text.length && !(classAt(text, start) & (LETTER | NUMBER)) && !isSpaceAt(text, start)) start = codePointEnd(text, start);
    let end = start;
    while (classAt(text, end) & LETTER) end = codePointEnd(text, end);
    if (end > start && !visit(start, end)) return false;
    at = end;
    while (at < text.length && !isSpaceAt(text, at)) at++;
  }
  return true;
}

/** The longest of SMALL_WORDS: lowercasing never makes a word shorter. */
const SMALL_WORD_LENGTH = Math.max(...[...SMALL_WORDS].map((word) => word.length));

function isTitleCase(text: string, words: number): boolean {
  if (words < 3 || words > 30) return false;
  let capitalised = 0;
  const allCapitalised = everyWordLetters(text, (start, end) => {
    if (end - start <= SMALL_WORD_LENGTH && SMALL_WORDS.has(text.slice(start, end).toLowerCase())) return true;
    capitalised++;
    return (classAt(text, start) & UPPER) !== 0;
  });
  return allCapitalised && capitalised >= 3;
}

/** Scripts written without spaces count one word for every two characters. */
const UNSPACED_SCRIPT = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/gu;

/** No judgement of a line asks about more words than this: a longer line counts this many. */
const WORDS_COUNTED = 31;

function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 9 || code === 160 || code === 0x3000 || code === 10 || code === 13;
    if (!space && !inWord && ++words === WORDS_COUNTED) return WORDS_COUNTED;
    inWord = !space;
  }
  const unspaced = text.length > HEAD_LENGTH * 4 ? 0 : (text.match(UNSPACED_SCRIPT)?.length ?? 0);
  return Math.min(WORDS_COUNTED, words + Math.floor(unspaced / 2));
}

/**
 * Words (between spaces) without the marks around them, from the first letter or digit to the
 * last: what `text.split(/\s+/)` and `replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')` give, without the copies.
 */
export function bareWords(text: string): string[] {
  const words: string[] = [];
  for (let at = 0; at < text.length; ) {
    if (isSpaceAt(text, at)) {
      at++;
      continue;
    }
    let end = at;
    while (end < text.length && !isSpaceAt(text, end)) end++;
    let first = at;
    while (first < end && !(classAt(text, first) & (LETTER | NUMBER))) first = codePointEnd(text, first);
    let last = end;
    while (last > first && !(classAt(text, codePointStart(text, last)) & (LETTER | NUMBER))) last = codePointStart(text, last);
    if (last > first) words.push(text.slice(first, last));
    at = end;
  }
  return words;
}

function isNavigation(text: string): boolean {
  if (text.length > 300) return false;
  const words = bareWords(text.toLowerCase()).filter((word) => !NAVIGATION_FILLERS.has(word));
  if (words.length === 0) return false;
  const known = words.filter((word) => NAVIGATION_WORDS.has(word)).length;
  return words.length <= 3 ? known === words.length : known / words.length >= 0.75;
}

/**
 * `Home > World > Europe`, `Home  Football  Cricket`, a site's name over its section (`Harbor Daily ›
 * News`); or sections from `Home` down to the story's own title (`Home / Tech / Rocket fails on first flight`).
 */
function isBreadcrumb(text: string): boolean {
  if (text.length > 300 || !BREADCRUMB_MARK.test(text)) return false;
  const parts = text.split(BREADCRUMB_SEPARATOR);
  if (parts.length === 2) return countWords(parts[0]) <= 3 && parts[0].split(' ').every((word) => STARTS_CAPITAL.test(word)) && isNavigation(parts[1]);
  if (parts.length < 3) return false;
  const sections = parts.slice(0, -1).every((part) => countWords(part) <= 3);
  return sections && (countWords(parts[parts.length - 1]) <= 3 || parts[0].trim().toLowerCase() === 'home');
}

/** `By Jane Roe and John Doe`, `By Reuters Staff`: mostly capitalised names after `By`; or names and a beat. */
function isAuthorLine(text: string, words: number): boolean {
  if (words <= 12 && (isBeatByline(text) || isAffiliationByline(text))) return true;
  const match = BYLINE_START.exec(text) ?? FROM_OUTLET_STAFF.exec(text);
  if (!match) return false;
  // `By Ann Roe, a senior reporter covering city hall and the people who run it.`: the names end at the comma.
  const described = NAMES_THEN_AFFILIATION.exec(match[1]);
  if (described && WRITER_APPOSITIVE.test(described[1].trim())) return true;
  if (words > 12) return false;
  const nameWords = match[1].split(/\s+/).filter((word) => !NAME_CONNECTORS.has(word.toLowerCase()) && !/^\d/.test(word));
  const capitalised = nameWords.filter((word) => STARTS_LIKE_NAME.test(word)).length;
  return nameWords.length > 0 && capitalised / nameWords.length >= 0.7;
}

/**
 * A line that is a date or time plus at most two names (`IANS February 25, 2025 252 views`,
 * `Correction: December 1, 2010`): a headline with a date in it has more words, or lower-case ones.
 */
function isDateLine(text: string, words: number): boolean {
  if (words > 16 || text.length > 200) return false;
  const date = findDate(text);
  TIME.lastIndex = 0;
  if (!date && !TIME.test(text)) return false;
  const rest = (date ? text.slice(0, date.index) + ' ' + text.slice(date.index + date.length) : text).replace(TIME, ' ');
  const leftover = bareWords(withoutAgencies(rest)).filter((word) => !DATE_LINE_FILLERS.has(word.toLowerCase()) && !/^\d/.test(word));
  return leftover.length <= 2 && leftover.every((word) => STARTS_CAPITAL.test(word));
}

/** What the line looks like on its own; `text` is the line (or joined wrapped lines) without terminators. */
export function describeLine(text: string): LineFacts {
  const trimmed = text.trim();
  const head = trimmed.length > HEAD_LENGTH ? trimmed.slice(0, HEAD_LENGTH) : trimmed;
  const words = countWords(trimmed);
  const ending = trimmed.slice(-12);
  const sentenceEnd = SENTENCE_END.test(ending);
  const short = words <= 25;
  const bare = withoutTrailers(head);

  const copyright = short && COPYRIGHT.test(head);
  const caption =
    CAPTION_START.test(head) ||
    (trimmed.length <= 1000 && CAPTION_ANYWHERE_HINT.test(trimmed) && CAPTION_ANYWHERE.test(trimmed)) ||
    (trimmed.length <= 120 && trimmed.includes('/') && PHOTO_CREDIT.test(trimmed)) ||
    (trimmed.length <= 1000 && trimmed.endsWith(')') && BRACKETED_PHOTO_CREDIT.test(trimmed)) ||
    (trimmed.length <= 120 && trimmed.includes('(@') && EMBEDDED_POST.test(trimmed));
  let marker: LineFacts['marker'] = null;
  if (short && (STRONG_MARKER.test(bare) || RELEASE_SECTION.test(bare))) marker = 'strong';
  else if (short && WEAK_MARKER.test(bare)) marker = 'weak';
  else if ((copyright && COPYRIGHT_WITH_YEAR_OR_RIGHTS.test(head)) || (short && AGENCY_SIGN_OFF.test(head))) marker = 'strong';

  const byline =
    short && !caption && (isAuthorLine(head, words) || isDateLine(head, words) || isPartedByline(head) || RELATIVE_TIME.test(bare) || agencyNamed(bare) !== null);
  const furniture =
    marker !== null ||
    caption ||
    copyright ||
    byline ||
    SYNDICATION_NOTE.test(head) ||
    COMMENTER_LABEL.test(head) ||
    (head.includes(':') && TEAM_SHEET.test(head)) ||
    (short &&
      (COUNTS.test(bare) ||
        (words <= 12 && VIEW_COUNT.test(head)) ||
        PAGE_TOOLS.test(head) ||
        CREDITS.test(head) ||
        AUTHOR_NOTE.test(head) ||
        INLINE_TEASER.test(head) ||
        SOURCE_LINE.test(head) ||
        isNavigation(head) ||
        isBreadcrumb(head)));

  return {
    hasLetters: ANY_LETTER.test(trimmed),
    words,
    sentenceEnd,
    trailsOff: TRAILS_OFF.test(ending),
    furniture,
    caption,
    marker,
    byline,
    copyright,
    titleCase: isTitleCase(head, words),
    shouting: words >= 4 && words <= 25 && !LOWERCASE_LETTER.test(head) && TWO_CAPITALS.test(head),
    postStamp: words <= 6 && isPostStamp(head),
  };
}
