// Direct quotes in a story's paragraphs and who said them, read the way news is written:
// quote marks paired line by line, news-style quotes continued over paragraphs, and the
// speaker taken from the cue beside the quote (`Peskov said`, `said Peskov`, `he added`,
// `TASS quoted Putin as saying`, `- Vladimir Putin`), carried to a following quote that has
// no cue of its own. One pass over the paragraphs; every look-around is bounded.
//
// Choices: a quote left open at the end of a paragraph that the next paragraph does not
// continue (by opening with a mark) is dropped, never closed at the paragraph's end. A
// quote over several paragraphs is one QuoteFound from its first opening mark to its last
// closing mark. Titles (`“Face the Nation”`), `so-called` terms and short quoted terms no
// cue speaks for are left out.
import { LETTER, NUMBER, UPPER, classAt, codePointEnd, codePointStart, isSpaceAt } from './chars';
import { ASIAN_FAMILY_NAMES, givenNameGender, NAME_ENDINGS_NOT_PEOPLE, PERSONAL_RELATIONS, PLACES, POST_NOMINALS, relationGender, ROLE_MODIFIERS, ROLE_NOUNS, TITLES } from './lexicon';
import { familyNameOf, nicknameEnd } from './mentions';
import { Anatomy, Gender, NameMention, QuoteFound, Span } from './model';
import { isPostStamp } from './anatomy/lines';
import { Marked, pairMarks, readUnits } from './quotes/marks';


/** What a cue says: a speaker named in the article, or null when the cue names no person (`the Kremlin said`). */
interface Cue {
  speaker: string | null;
  /** What an honorific or a pronoun says of the speaker (`Mrs Tiller said`, `she said`): see QuoteFound.speakerGender. */
  gender?: Gender;
}

/** The last quote kept, when a statement, for a following quote that continues it. */
interface Attributed extends Cue {
  lastUnit: number;
  close: number;
}

/** A cue naming the speaker by a mention, with what its honorific says. */
function spokenBy(m: NameMention): Cue {
  return { speaker: m.text, gender: m.gender };
}

// ---------------------------------------------------------------- words and patterns

/**
 * Verbs that judge or name what they quote (`dismissed the claims as "nonsense"`, `expressed "deep
 * regret"`): its words are their subject's, yet a phrase, never a statement the verb introduces.
 */
const JUDGING_VERBS = (
  'dismissed dismisses hailed hails decried decries derided lauded condemned condemns criticised criticized ' +
  'criticises criticizes criticising criticizing accused accuses accusing expressed expresses voiced voices'
).split(' ');
const JUDGING_VERB_SET = new Set(JUDGING_VERBS);
/** Verbs that introduce or follow a quote. Only forms that are rarely nouns (`tweeted`, not `tweet`). */
const SPEECH_VERBS = (
  'said says say saying told tells telling added adds adding noted noting wrote writes writing ' +
  'tweeted tweeting retweeted posted posting reposted declared declares declaring stressed stresses stressing ' +
  'emphasized emphasizes emphasizing emphasised emphasises emphasising insisted insists insisting ' +
  'argued argues arguing claimed claiming warned warns vowed vows vowing pledged pledging promised ' +
  'announced announces announcing asked asks asking replied replies replying responded responds ' +
  'responding explained explains explaining suggested suggests suggesting acknowledged acknowledges ' +
  'admitted admits urged urges urging recalled recalls recalling quipped quips joked jokes joking ' +
  'predicted predicts conceded concedes conceding complained complains complaining countered counters ' +
  'continued continues concluded concludes stated remarked observed commented called calling ' +
  'described describes describing reaffirmed reaffirms affirmed confirmed confirms denied denies ' +
  'lamented mused shouted yelled screamed whispered cautioned contended contends maintained maintains ' +
  'asserted asserts boasted boasts charged blasted slammed praised thanked apologized apologised ' +
  'recounted reiterated reiterates repeated testified texted emailed proclaimed agreed objected ' +
  'opined wondered demanded threatened assured reassured reminded hinted deemed labeled labelled ' +
  'dubbed branded termed mocked scoffed retorted interjected answered pleaded begged demands laments stating disagreed disagrees ' +
  'demanding ' +
  JUDGING_VERBS.join(' ')
).split(' ');
const SPEECH_VERB_SET = new Set(SPEECH_VERBS);

/** Verbs that may come before their subject: `"…," said Peskov`, `according to Peskov`. */
const INVERTING_VERBS = new Set(
  ('said says added adds asked asks wrote writes continued continues explained replied recalled noted ' +
    'warned stressed insisted declared quipped countered responded remarked observed argued according ' +
    'tweeted posted lamented complained conceded admitted acknowledged cautioned mused boasted predicted ' +
    'joked retorted shouted yelled pleaded announced wondered stated concluded demanded recounted reiterated ' +
    'answered interjected').split(' '),
);

/** Words that may stand between a subject and its verb: `Peskov also said`, `she went on to say`. */
const FILLER =
  '[a-z]+ly|has|have|had|also|already|then|later|again|further|previously|earlier|once|would|will|could|should|' +
  'might|may|can|must|did|does|do|was|is|were|are|who|which|never|always|first|still|even|just|' +
  'soon|not|been|quoted|as|to|on|went|go|goes|want|wants|wanted|tried|decided|himself|herself|used|likes|liked|loved|' +
  'expected|set|going|likely|due|plans|planned|scheduled|nevertheless|nonetheless|however|meanwhile|instead|though|too|' +
  "(?:has|had|have|did|does|do|was|is|were|would|could|should|wo|ca)n[’']t";

/**
 * People who speak for another: in `a spokesman for Ruiz`, `an aide to Ruiz`, `an official
 * with the Ruiz campaign`, `people close to Ruiz`, Ruiz is not the one speaking.
 */
const PROXY_NOUNS = new Set(
  ('spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople aide aides adviser advisers advisor advisors ' +
    'lawyer lawyers attorney attorneys counsel representative representatives agent agents publicist staffer staffers ' +
    'assistant assistants friend friends relative relatives ally allies confidant confidants official officials ' +
    'source sources employee employees supporter supporters backer backers close').split(' '),
);
const PROXY_PREPOSITIONS = ['for', 'of', 'to', 'from', 'with'];
const PROXY_PREPOSITION = `(?:${PROXY_PREPOSITIONS.join('|')})`;
const DETERMINERS = new Set('the a an his her their its'.split(' '));
/** Words before a noun, besides determiners: `our demands`, `these claims`. */
const NOUN_MARKERS = new Set('our my your these those such'.split(' '));
/** Words whose `'s` is `is` or `has`: `he's maintained`. */
const CONTRACTED_PRONOUNS = new Set('he she it who that there what where here'.split(' '));
/** `spokesman for the `, the words of a description before its last noun: group 1 is the one who speaks for another. */
const PROXY_HEAD_RE = new RegExp(`^(?:[\\w.'’-]+\\s+){0,2}?(${[...PROXY_NOUNS].join('|')})\\s+${PROXY_PREPOSITION}\\s`);

/** A speech verb as a word of its own (`called`, not `so-called`). */
const VERB = `(?<![\\w-])(?:${SPEECH_VERBS.join('|')})\\b`;
/** What may follow a name before its apposition: `KC`, `of Virginia`, `of the nurses' union`, `of Whitfield & Crane`, `of Wexmoor Police's serious collision unit`, `(R-Tenn.)`. */
const NAME_TAIL = `(?:,?\\s+(?:${POST_NOMINALS.join('|')})(?:\\.|\\b))*(?:\\s+(?:of|from)\\s+(?:the\\s+)?[\\w.'’-]+(?:\\s+(?:&|[\\w.'’-]+)){0,4})?(?:\\s*\\([^()"“”]{1,40}\\))?`;
/** An apposition in commas: `, the Kremlin spokesman,`. */
const APPOSITION = `(?:\\s*,[^"“”«»„]{1,150}?,)?`;
/** When, between a subject and its verb: `Trump on Saturday said`, `Shah last week said`. */
const WHEN = 'on|last|this|[A-Z][a-z]+day|yesterday|today|tonight|week|month|year|morning|afternoon|evening|night';
/** What a person writes or issues, its words theirs, maybe after a word: `ruling`, `34-page ruling`, `statement`. */
const WRITING = '(?:[\\w-]+\\s+)?(?:ruling|decision|opinion|order|statement|letter|memo|report|lawsuit|complaint|filing|motion|post|tweet|email|speech|testimony|affidavit|book|memoir|essay|column|announcement|note)';
/** A name's writing as the subject: `Okafor's ruling said`. */
const OWN_WRITING = `(?:['’]s\\s+${WRITING})?`;
/** The subject between a name and its verb: an apposition in commas, then adverbs, auxiliaries and when. */
const SUBJECT_GAP_RE = new RegExp(`^${NAME_TAIL}${OWN_WRITING}${APPOSITION}[\\s,]*(?:(?:${FILLER}|${WHEN})\\s+)*$`);
/** A name followed by its speech verb: `Peskov, the spokesman, said`, `Trump on Saturday said`. */
const SUBJECT_OF_VERB_RE = new RegExp(`^${NAME_TAIL}${APPOSITION}\\s*(?:(?:${FILLER}|${WHEN})\\s+)*${VERB}`);
/** A relative clause that gives its subject's name, then that subject's verb: `One mother, who gave her name only as Sarah, said`. */
const NAMED_AS_RE = /\b(?:gave|gives|give|giving)\s+(?:only\s+)?(?:her|his|their)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+$|\b(?:identified|known)\s+only\s+as\s+$/;
const VERB_AFTER_CLAUSE_RE = new RegExp(`^\\s*,\\s*(?:(?:${FILLER}|${WHEN})\\s+)*${VERB}`);
/** Between a name and its verb, a relative `who`: `Klobuchar of Minnesota, who tweeted`. */
const RELATIVE_SUBJECT_GAP_RE = new RegExp(`^(?:\\s+of\\s+(?:\\p{Lu}[\\p{L}.]*\\s*){1,3})?,\\s+who\\s+(?:(?:${FILLER})\\s+)*$`, 'u');
/** The end of a lead before a verb that shares the subject of the one before it: `… and said`, `… but added`. */
const COORDINATED_VERB_RE = new RegExp(`\\b(?:and|but)\\s+(?:(?:${FILLER})\\s+)*$`);
/** A pronoun opening a sentence, maybe after a phrase and its comma: `He did not`, `A strong defender of Israel, he has`. */
const OPENING_PRONOUN_RE = /^\s*(?:[^,;:"“”]{1,60},\s*)?(he|she|He|She)\s/;
/** Verbs whose `as` names what they call a thing (`described the plan as "a disgrace"`), opening no clause. */
const NAMING_AS_VERBS = new Set('described describes describing labeled labelled branded dubbed termed'.split(' '));
/** A word opening a clause inside a sentence, which has a subject of its own: `after the man asked`. */
const CLAUSE_OPENER_RE = /\b(?:after|before|when|whenever|while|because|since|if|unless|until|although|though|as|that|who|whom|whose|which|where)\b/i;
/**
 * Words for a person already named, after `the` (`"They never stopped," the Spaniard said`,
 * `the 34-year-old told reporters`, `the Republican added`): a nationality, an age, a party.
 */
const EPITHETS = new Set(
  (
    'American Briton Englishman Englishwoman Scot Scotsman Scotswoman Welshman Welshwoman Irishman Irishwoman Frenchman ' +
    'Frenchwoman Spaniard German Italian Dutchman Dutchwoman Belgian Austrian Swede Norwegian Dane Finn Icelander Pole ' +
    'Czech Slovak Hungarian Romanian Bulgarian Serb Croat Bosnian Albanian Greek Turk Russian Ukrainian Georgian Armenian ' +
    'Iranian Iraqi Syrian Lebanese Israeli Palestinian Jordanian Egyptian Saudi Emirati Qatari Afghan Pakistani Indian ' +
    'Bangladeshi Nepali Japanese Korean Thai Vietnamese Filipino Indonesian Malaysian Singaporean Australian Kiwi ' +
    'Canadian Mexican Brazilian Argentine Argentinian Chilean Colombian Venezuelan Cuban Peruvian Uruguayan Portuguese ' +
    'Nigerian Ghanaian Kenyan Ethiopian Senegalese Ivorian Cameroonian Moroccan Algerian Tunisian ' +
    'Republican Democrat Tory Conservative Socialist'
  ).split(' '),
);
/** `Arizona` `Republican`: a known place before a word of EPITHETS. */
function isPlacedEpithet(place: string, epithet: string): boolean {
  return EPITHETS.has(epithet) && PLACES.has(place);
}

/**
 * Whether `short` (`Ariz.`, `N.Y.`, `Pa`) abbreviates the place: initials for the lettered
 * (`N.Y.`, New York), else letters of its name in order from its first (`Ariz.`, `Pa.`).
 */
function abbreviates(short: string, place: string): boolean {
  const letters = short.replace(/\./g, '');
  if (/^(?:\p{Lu}\.){2,}$/u.test(short)) return place.split(/\s+/).map((word) => word[0]).join('') === letters;
  if (letters[0] !== place[0]) return false;
  let from = 1;
  for (const letter of letters.slice(1).toLowerCase()) {
    from = place.toLowerCase().indexOf(letter, from) + 1;
    if (from === 0) return false;
  }
  return true;
}

/** An age (`34-year-old`) or a word of EPITHETS. */
function isEpithet(word: string): boolean {
  return EPITHETS.has(word) || isAge(word);
}
/** An age beside a name: `Rui Costa, 52,` and `52-year-old Rui Costa`, `a 52-year-old manager, Rui Costa`; group 1 the age. */
const AGE_AFTER_NAME = /^,\s*(\d{1,3}),/;
const AGE_BEFORE_NAME = /\b(\d{1,3})-year-old\s+(?:[a-z]+,?\s+){0,2}$/;
/** An age as EPITHET_WORDS reads one: `34-year-old`. */
function isAge(word: string): boolean {
  return /^\d/.test(word);
}
/** The words of an epithet after `the`: group 1 a place (or nothing), 2 the epithet (a capitalised word or an age). */
const EPITHET_WORDS = String.raw`((?:\p{Lu}[\p{L}.'’-]*\s+){0,3})(\d{1,3}-year-old|\p{Lu}[\p{L}-]+)`;
/** An epithet, maybe after a place: `the Spaniard said`, `the Arizona Republican said`, `said the New York Democrat`. */
const EPITHET_BEFORE_VERB_RE = new RegExp(`\\b[Tt]he\\s+${EPITHET_WORDS}\\s+(?:(?:${FILLER})\\s+)*$`, 'u');
const EPITHET_AFTER_VERB_RE = new RegExp(String.raw`^\s+the\s+${EPITHET_WORDS}\b(?!\s+\p{Lu})`, 'u');
/** `(R-Ariz.)`, `, D-N.Y.,`: a lawmaker's party and state after the name; group 1 the party's letter, 2 the state. */
const PARTY_STATE_RE = /^(?:\s*\(|,\s*)([DRI])-(\p{Lu}[\p{L}.]*)/u;
const PARTY_LETTERS: Record<string, string> = { Republican: 'R', Democrat: 'D', Independent: 'I' };
/** How far after a name the words that place it may stand: `Sen. X, the Arizona Republican who led talks`. */
const PLACED_REACH = 60;
const PRONOUN_BEFORE_VERB_RE = new RegExp(`\\b(he|she|they|He|She|They)(?:['’](?:s|d|ve))?\\s+(?:(?:${FILLER})\\s+)*$`);
/** `His Honour said`: how British and Australian courts, and the papers that report them, speak of the judge. */
const HONOUR_BEFORE_VERB_RE = new RegExp(`\\b[Hh](?:is|er)\\s+Honou?r\\s+(?:(?:${FILLER})\\s+)*$`);
/** An interview's answer, printed after its question: `A: …`. */
const ANSWER_LABEL_RE = /^A:\s/;
/**
 * A relative as the subject of a speech verb: `his mother said`, `her grandmother used to say`,
 * `recalled his father telling him`; group 1 the relation. The words are the relative's, not the teller's.
 */
const RELATION_BEFORE_VERB_RE = new RegExp(
  String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|\p{Lu}[\p{L}-]*['’]s)\s+(?:late\s+)?(${[...PERSONAL_RELATIONS].join('|')})\s+(?:(?:${FILLER})\s+)*$`,
  'u',
);
/** Any relation's word: a lead with none is not matched against RELATION_BEFORE_VERB_RE, which tries each of its places. */
const RELATION_WORD_RE = new RegExp(`(?:${[...PERSONAL_RELATIONS].join('|')})`);

function relationBeforeVerb(lead: string): RegExpExecArray | null {
  return RELATION_WORD_RE.test(lead) ? RELATION_BEFORE_VERB_RE.exec(lead) : null;
}
/** `I told the board,`, `I'd say to him`: the speaker of the paragraph speaks. */
const FIRST_PERSON_BEFORE_VERB_RE = new RegExp(`\\bI(?:['’](?:d|ve|ll))?\\s+(?:(?:${FILLER})\\s+)*$`);
/** `the spokesman said`: group 1 is the words before the last noun, group 2 that noun. */
const DESCRIPTION_BEFORE_VERB_RE = new RegExp(`\\b[Tt]he\\s+((?:[\\w.'’-]+\\s+){0,3}?)([a-z][\\w-]*)\\s+(?:(?:${FILLER})\\s+)*$`);
/** The one who speaks for another, written before the description of that other: `people close to` in `people close to the senator said`. */
const PROXY_BEFORE_RE = new RegExp(`\\b(${[...PROXY_NOUNS].join('|')})\\s+${PROXY_PREPOSITION}\\s+$`);
/** `The` opening a sentence, after a short lead-in or none: `In his speech, the `. */
const OPENING_THE = String.raw`^[\s"“]*(?:[^"“”]{1,40}?[,\s]\s*)?\b[Tt]he\s+`;
/** A description opening a sentence: `In his speech, the senator …`, `The president …`. */
const DESCRIPTION_OPENING_RE = new RegExp(String.raw`${OPENING_THE}((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+[a-z]+\b`);
/** An epithet opening a sentence: `The California Democrat spoke …`, `After the vote, the 34-year-old …`. */
const EPITHET_OPENING_RE = new RegExp(String.raw`${OPENING_THE}${EPITHET_WORDS}\s+[a-z]+\b`, 'u');
/** Past the blanks and marks that open a lead. */
const OPENING_ENDS = /[^\s"“]/;
/** `the Chief Minister said`, `said the Treasurer`: an office written in capitals, without a name after it. */
const CAPITALISED_OFFICE_BEFORE_VERB_RE = new RegExp(String.raw`\b[Tt]he\s+((?:\p{Lu}\p{Ll}+\s+){0,2})(\p{Lu}\p{Ll}+)\s+(?:(?:${FILLER})\s+)*$`, 'u');
const CAPITALISED_OFFICE_AFTER_VERB_RE = /^\s+the\s+((?:\p{Lu}\p{Ll}+\s+){0,2})(\p{Lu}\p{Ll}+)\b(?![\s\w.'’-]*\p{Lu})/u;

/**
 * The office a CAPITALISED_OFFICE_* match names, in lower case, where its last word is a role;
 * `General` after another office word is part of it (`the Secretary General`, `the Surgeon General`).
 */
function capitalisedOffice(match: RegExpExecArray | null): { head: string; before: string; index: number } | undefined {
  if (!match) return undefined;
  let head = match[2].toLowerCase();
  let before = match[1].toLowerCase().trim();
  if (head === 'general' && before) [head, before] = [lastWord(before), before.split(/\s+/).slice(0, -1).join(' ')];
  return ROLE_NOUNS.has(head) ? { head, before, index: match.index } : undefined;
}
/**
 * `said the spokesman`: group 1 is the words before the role's head noun, group 2 that noun, group 3 a preposition after it (`said the lawyer for the senator`).
 * The head is a whole word and no word before a role noun: `said the three-time champion`, `said the veteran striker`.
 */
const DESCRIPTION_AFTER_VERB_RE = new RegExp(
  `^\\s+the\\s+((?:[\\w.'’-]+\\s+){0,3}?)([a-z][\\w-]*)(?![\\w-])(?![\\s\\w.'’-]*[A-Z])(?!\\s+(?:${[...ROLE_NOUNS].join('|')})\\b)(\\s+${PROXY_PREPOSITION}\\b)?`,
);
const PRONOUN_AFTER_VERB_RE = /^\s+(he|she)\b/;
const PERSONAL_PRONOUN_RE = /\b(he|she|He|She)\b/g;
/** Role words and titles between an inverted verb and its subject: `said Kremlin spokesman Dmitry Peskov`. */
const TITLE_RUN_RE = /^[\s\w.,'’-]{0,60}$/;
/** What may follow a name in apposition: a comma, a stop, a bracket or a dash, or the end of its line. */
const APPOSITION_CLOSES_RE = /^(?:\s*[,.;:!?()\u2013\u2014]|[ \t]*(?:\r?\n|$))/;
/** `TASS quoted Putin as saying`: group 1 is the speaker. */
const QUOTED_AS_RE = /\b(?:quoted|cited)\s+([^"“”«».!?]{1,80}?)\s+as\s+(?:saying|telling|stating|writing)\b/;
/** `in the words of the Crown prosecutor, Mark Tedeschi, "…"`: group 1 is where the speaker is named. */
const WORDS_OF_RE = /\bin the (?:words|view) of\b([^"“”«».!?]{1,100})$/i;
/** What stands between a headline's quote and the name after it that credits it: a colon, and titles (`: Singer `). */
const HEADLINE_CREDIT_RE = /^\s*:\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
/** A headline's opening office, alone before its colon: `Union leader`, `Fire chief`. */
const HEADLINE_OFFICE_RE = /^\s*([A-Za-z][a-z]+(?: [a-z]+){0,2})\s*$/;
/**
 * A sentence after a quote that names whose it was: `"…." Those were the words of union leader X`,
 * `That's the view from X`, `So says X`, and (group 1) `That was how X put it`, `This is what X told …`.
 */
const WORDS_OF_TAIL_RE =
  /^\s+(?:(?:Those|These|That|This|Such)(?:['’]s|\s+(?:were|was|are|is))\s+(?:(?:the\s+)?(?:words|verdict|view|message|warning|assessment|reaction|response|answer|reply|promise|pledge|plea|advice|conclusion|judge?ment)\s+(?:of|from)|(how|what))|So\s+(?:says|said))\s+(?=[^.!?]*$)/;
/** After the name in `That was how X put it`: the verb saying X spoke. */
const HOW_PUT_RE = /^[^.!?]{0,40}?\b(?:put|puts|said|says|told|tells|described|describes|summed|sums|explained|explains)\b/;
/** A person's statement, named after them: `issued a statement regarding …`. */
const STATEMENT_ISSUED_RE = /^[^.!?]*?\b(?:issued|released|put out|posted|sent)\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:statement|tweet|message|post|letter|email)\b/;
/** What follows the name in a sentence that only says what a person did: `shrugged.`, `was blunt.`, `smiled wryly.` */
const SHORT_ACTION_RE = /^\s+[a-z]+(?:\s+[a-z]+)?[.!]\s*$/;
/** `Hale's reaction: "…"`, `Vidal's message was clear: "…"`: what a named person said, by its kind. */
const RESPONSES = 'response|reply|answer|retort|reaction|message|verdict|advice|take|explanation|assessment';
const NAMED_RESPONSE_LEAD_RE = new RegExp(`['’]s\\s+(?:${RESPONSES})(?:\\s+[a-z]+){0,2}\\s*:\\s*$`, 'i');
/** `Hale's response was swift. "Nonsense," he said.`: what the possessive owns is something the person said, not someone speaking for them. */
const OWNS_WHAT_IS_SAID_RE = new RegExp(`^['’]s\\s+(?:${RESPONSES}|comments|remarks|words|tone|${WRITING})\\b`);
/** Between a quote and the name whose reply it was: `," was` in `"No," was Vidal's reply`. */
const REPLY_OF_RE = /^[\s,]*(?:was|came)\s+$/;
/** `asked Trump, "…?" His response: "…"`: the answer of the person asked, the one named last. */
const RESPONSE_LEAD_RE = /\b(his|her)\s+(?:response|reply|answer|retort)(?:\s+was)?\s*:\s*$/i;
const CUE_FOLLOWS_RE = new RegExp(`^[\\s,]*(?:[^\\s"“”]+\\s+){0,7}?${VERB}`);
/** What may stand before a quote that opens a sentence: nothing, a bullet, a dateline (`MOSCOW (Reuters) -`). */
const SENTENCE_OPENING_RE = /^[\s•·*(]*$|^[\s\p{Lu}\p{N},.'’/]*(?:\([\p{L} .]+\))?\s*[-–—―|•]\s*$/u;
/** A sentence that is one quote split by its cue: `"A," he said, "B."` (the lead of B). */
const SPLIT_QUOTE_LEAD_RE = /^\s*["“”„«»'‘].*,\s*$/s;
/** Only marks and punctuation: what stands before a verb that comes first in its clause. */
const LEADING_MARKS_RE = /^[\s"“”„«»'‘’,\-–—―]*$/;
/** A subject and a comma before an inverted cue in commas: `The plan, said Reed, is "…"`. */
const PARENTHETICAL_BEFORE_RE = /^[^,;:]{1,80},\s*$/;
const DASH_CUE_RE = /^\s*[-–—―]+\s*/;
/** How far after a dash the name it credits starts: past a title or two (`— Deputy Mayor Ana Vidal`). */
const DASH_CREDIT_REACH = 40;
/** The longest line below a quote that credits it as `— Name, role`, and what may follow the name there. */
const DASH_LINE_MAX = 100;
const DASH_LINE_TAIL_RE = /^\s*(?:,[^.!?]{0,60})?\.?\s*$/;
/** `"…" Anonymous blogger, "Title of the post"`: who is credited with a quote, then where they wrote it. */
const CREDIT_TAIL_RE = /^\s+\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4},\s*$/u;
/** Verbs that ask a question (see asksSomeone). */
const QUESTION_VERB_RE = /^(?:ask|asks|asked|asking|wonder|wonders|wondered|question|questions|questioned|inquired|queried|pressed)\b/i;
/** Before a verb, what makes it a participle of the one asked: `Jim Jordan, asked if…, said`, `when asked`. */
const ASKED_PARTICIPLE_BEFORE_RE = /(?:^|,|\bwhen)\s*$/i;
/** What a question is put to, right after its verb: a pronoun (1), a described person (2), or a name after the space. */
const ASKED_OBJECT_RE = /^\s+(?:(him|her)\b|the\s+([a-z]+)\b|(?=\p{Lu}))/u;
const ASKED_OBJECT_REACH = 30;
/** Any quote mark: a sentence that quotes someone says more than whom it reports. */
const MARK_IN_RE = /["“”„«»]/;
/** A clause that opens with the closing mark of the quote before it. */
const CLOSING_MARK_OPENS = /^["”’'»]\s/;

// Unicode classes, compiled once (a bundler may turn a literal with `\p{…}` into a RegExp built at each use).
const STARTS_CAPITAL = /^\p{Lu}/u;
const STARTS_CAPITAL_AFTER_SPACE = /^\s*\p{Lu}/u;
const FIRST_LETTER_CAPITAL = /^[^\p{L}]*\p{Lu}/u;
const STARTS_LIKE_SENTENCE = /^[\p{Lu}[…]/u;
/** A sentence's end and a capital inside a quote: it holds more than one sentence. */
const INNER_SENTENCE_BREAK = /[.!?…]["'”’]?\s+["“‘]?\p{Lu}/gu;
/** `'s`, `’` or `'` ending a name. */
const POSSESSIVE_ENDING = /^['’]s?(?![\p{L}])/u;
/** Nothing, or capitalised words, before a name that opens a lead: `Peskov: "`. */
const NAME_OPENS_LEAD = /^(?:[\s\p{Lu}][\p{L}.'’ -]*)?$/u;
/** What may stand before the subject of a clause ending in a colon: a role, perhaps in commas (`Vidal's deputy, `). */
const ROLE_BEFORE_COLON_SUBJECT = /^\s*(?:\p{Lu}[\p{L}.'’ -]*,?\s*)?$/u;
/** A preposition right before a name: `in Osterhuis`, `for Vidal`. */
const PREPOSITION_BEFORE_RE = /\b(?:in|of|for|on|at|with|about|over|against|from|to|by|into|under)\s+$/i;
/** A phrase between commas right after a name: what it says of the person. */
const APPOSITIVE_OPENING = /^,[^,.;:!?]{1,80},/;
/** A phrase after a comma that runs to the end: `, best actress (Tide)`. */
const APPOSITIVE_TO_END = /^,[^,.;:!?]{1,80}$/;
/** An open bracket before a name: `(Tide`. */
const OPEN_BRACKET_BEFORE_RE = /\([^()]*$/;
/** A preposition and a few words of its object before a name: `for her father `, `to `. */
const OBJECT_BEFORE_RE = /\b(?:in|of|for|on|at|with|about|over|against|from|to|by|into|under)\s+(?:(?:his|her|their|its|the|a)\s+)?(?:\p{Ll}+\s+){0,2}$/u;
/** `, summarized` before a name: a verb in -ed the list lacks, and at most three words. */
const INVERTED_UNLISTED_VERB = /^[\s,]*[a-z]+ed\s+(?:[\p{L}.'’-]+\s+){0,3}$/u;
const CAPITALISED_WORDS_ONLY = /^[\s,]*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
/** `said Hale and Vidal`, `said Hale and Sen. Vidal`: not `said Hale, and Vidal nodded`. */
const JOINT_AFTER_VERB = /^\s*(?:\([^()]{1,20}\)\s*)?\s+and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
/** `McCabe and Gideon said`: what joins two names that speak together. */
const JOINT_SUBJECT = /^\s*(?:\([^()]{1,20}\)\s*)?,?\s*and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;

const ABBREVIATIONS = new Set(
  ('Mr Mrs Ms Messrs Mmes Dr Drs St Jr Sr Gov Govs Sen Sens Rep Reps Gen Gens Lt Col Capt Sgt Prof Rev Hon Pres ' +
    'Sec Atty Amb Brig Cdr Fr Supt Insp Det Cllr Adm Cmdr Maj Cpl Pvt Mt Ft No vs etc Inc Co Corp Ltd Bros ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec').split(' '),
);
/** Abbreviated titles, spelled out to match a description (`Gov. Pence` ... `the governor said`). */
const SPELLED_TITLES: Record<string, string> = {
  Gov: 'governor',
  Sen: 'senator',
  Rep: 'representative congressman congresswoman',
  Pres: 'president',
  Gen: 'general',
  Sec: 'secretary',
  Amb: 'ambassador',
  Prof: 'professor',
};
/** Prepositions before a name that make it an aside (`met with Trump`), not a subject. */
const ASIDE_WORDS = new Set(
  ('with to for by about against of from at on into toward towards than like between among over under ' +
    'after before behind including via per whom out up off down').split(' '),
);
/** Words that join a title to what it is of: `Governor of Washington`, `Undersecretary for Education`. */
const TITLE_PREPOSITIONS = new Set(['of', 'for']);
/** Common verbs that do not end in -ed and take a person as object: `told Sen. Durbin`, `met Vidal`. */
const OBJECT_TAKING_VERBS = new Set('told tell tells met meet meets beat sent gave give gives hit saw see sees chose took'.split(' '));
/** Participles that stand in titles (`acting director`), not verbs taking the name as object. */
const TITLE_PARTICIPLES = new Set(
  'acting outgoing incoming leading founding ruling reigning sitting elected retired embattled disgraced ousted jailed'.split(' '),
);
/** The two words after an inverted verb in a headline, which drops the article before an office: `mayor after` in `says mayor after pier fire`. */
const TWO_WORDS_AFTER_VERB_RE = /^\s+(\p{L}+)(?:\s+(\p{L}+))?/u;
/**
 * An office with no article, alone in the lead: group 1 (`Housing Minister` in `Housing Minister
 * says`; `Harbour mayor` in `"…," Harbour mayor vows`, as a headline in sentence case writes it).
 */
const BARE_OFFICE_BEFORE_VERB_RE = new RegExp(`^\\s*((?:\\p{L}\\p{Ll}+\\s+){0,2}?\\p{L}\\p{Ll}+)\\s+(?:(?:${FILLER})\\s+)*$`, 'u');

/** An office as words to find in roles (`prime minister`), with the offices a head noun stands for (see OFFICES_DESCRIBED). */
function officeWord(office: string): RegExp {
  const words = office.split(' ').map((word) => word.replace(/[^\w-]/g, ''));
  return new RegExp(`\\b(?:${[words.join('\\s+'), ...(OFFICES_DESCRIBED.get(office) ?? [])].join('|')})\\b`, 'i');
}

/**
 * Words that make another office of the noun after them: the prime minister is not any minister,
 * the deputy mayor not the mayor, the health secretary not the press secretary.
 */
const OFFICE_MAKERS = new Set(
  ('prime deputy vice assistant shadow opposition attorney foreign home interior defence defense finance treasury justice health ' +
    'education housing transport trade energy environment agriculture labour labor culture security intelligence immigration policing planning press')
    .split(' '),
);

/** Words before an office that make it another rank of it: the shadow chancellor is not the chancellor the text means by `the chancellor`. */
const OTHER_RANKS = new Set('prime deputy vice assistant shadow junior opposition'.split(' '));

/** Whether a role holds the office (officeWord): `the chancellor` is not the shadow chancellor, nor `the mayor` the deputy mayor. */
function holdsOffice(role: string, office: RegExp): boolean {
  const held = office.exec(role);
  return !!held && !OTHER_RANKS.has(lastWord(role.slice(0, held.index)).toLowerCase());
}

/** The office a word makes of the noun after it (`deputy mayor`), or undefined where it makes none (`veteran mayor`). */
function compoundOffice(modifier: string, head: string): string | undefined {
  const maker = modifier.toLowerCase();
  return OFFICE_MAKERS.has(maker) ? `${maker} ${head}` : undefined;
}

const LAWMAKERS = ['lawmaker', 'legislator', 'representative', 'senator', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'MP', 'MEP'];
/** A team's manager, coach and boss: sports pages write `Rovers manager X …, the coach said` of one person. */
const TEAM_LEADERS = ['manager', 'coach', 'boss'];
/** Descriptions that stand for several offices: `the lawmaker` is the senator or the representative. */
/** A judge's titles in roles: `Justice`, not the justice minister or the Department of Justice. */
const JUDGES = ['judge', String.raw`(?<!\b(?:of|for)\s+)justice(?!\s+(?:minister|ministry|secretary|department|spokes\w*))`];
const OFFICES_DESCRIBED = new Map([
  ...['lawmaker', 'legislator', 'congressman', 'congresswoman'].map((head): [string, string[]] => [head, LAWMAKERS]),
  ...TEAM_LEADERS.map((head): [string, string[]] => [head, TEAM_LEADERS]),
  ['judge', JUDGES],
  ['pontiff', ['pope']],
]);
/** Descriptions that name nobody in particular: `the official said` is not a guess at a named person. */
const UNNAMED_ROLES = new Set(
  ('official officials source sources aide aides adviser advisor spokesman spokeswoman spokesperson spokesmen diplomat diplomats ' +
    'member members officer agent analyst expert witness victim suspect reporter correspondent journalist').split(' '),
);
/** What a person writes in their own name, whose words `the memo said` quotes (not a report or a lawsuit: an organisation's). */
const PERSONAL_WRITINGS = new Set('memo letter statement email e-mail post tweet note message speech essay column memoir ruling opinion testimony'.split(' '));
/** Things whose printed words a quote gives, besides a person's writings: `A sign held by one parent read, "…"`. */
const WRITTEN_THINGS = `(?:sign|placard|banner|poster|plaque|notice|billboard|flyer|leaflet|card|caption|inscription|headline|text|${[...PERSONAL_WRITINGS].join('|')})`;
/** What opens a thing as a subject: `a`, `the`, `one`, `her`, `Roe's`; group 1 is the word or the name. */
const THING_DETERMINER = String.raw`([Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.-]*(?=['’]s\s))(?:['’]s)?`;
/**
 * A thing as a subject, its noun the head (`the sign language interpreter` is a person): group 1
 * its determiner, 2 the words before the noun, 3 the noun, 4 what follows it (`held by one
 * parent`, `signed by Mayor Ann Roe`, `from the company`, `, taped to the door,`).
 */
const WRITTEN_SUBJECT = String.raw`${THING_DETERMINER}\s+((?:[\p{L}\d'’-]+\s+){0,3}?)(${WRITTEN_THINGS})s?\b((?:\s*,|\s+(?:by|from|to|on|in|at|of|with|for|outside|across|above|over|near|under|that|which|held|sent|left|hung|hanging|carried|written|signed|posted|taped|[a-z]+ed)\b)[^.!?;"“”]{0,100}?)?`;
const WRITTEN_VERB = '(?:read|reads|said|says|stated|states)';
/** `A letter signed by Mayor Ann Roe read, "`: a thing, then its verb, ending the lead (maybe after an opening phrase: `On Monday, a sign read`). */
const WRITTEN_LEAD_RE = new RegExp(String.raw`^\s*(?:[^,"“”]{0,40},\s*)?${WRITTEN_SUBJECT}\s*,?\s${WRITTEN_VERB}\s*[,:]?\s*$`, 'du');
/** `," read one sign.`, `," the email read.`: a thing and its verb opening a tail, in either order. */
const WRITTEN_TAIL_RE = new RegExp(String.raw`^[\s,]*(?:${WRITTEN_VERB}\s+${WRITTEN_SUBJECT}|${WRITTEN_SUBJECT}\s*,?\s${WRITTEN_VERB}\b)`, 'du');
/** Any written thing's word: text with none is not matched against the patterns above, which keep their groups' places. */
const WRITTEN_THING_RE = new RegExp(String.raw`\b${WRITTEN_THINGS}`);

function writtenThing(pattern: RegExp, text: string): RegExpExecArray | null {
  return WRITTEN_THING_RE.test(text) ? pattern.exec(text) : null;
}
/** Who wrote a thing, named after it: `signed by Mayor`, `from Dr.` before the name. */
const WRITER_BEFORE_NAME_RE = /\b(?:by|from)\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;
/** Not right after a name's comma or a verb that gives it a role: `Reyes, a software engineer`, `Reyes is a nurse`. */
const NOT_A_ROLE_OF_A_NAME = String.raw`(?<!(?:,|\b(?:is|was|as|became))\s*)`;
/**
 * Whether `text` introduces someone by a description ending in `head` and no name (`another
 * laid-off employee`, `a nurse who spoke on condition of anonymity`, `Marchetti's lawyer said`),
 * not as the role of a name before it (`Reyes, a software engineer`) or after it (`Okafor's
 * lawyer, Nina Hale`): a later `the employee said` means that one.
 */
function introducedUnnamed(text: string, head: string): boolean {
  // Most texts lack the noun: no regex to build for them.
  if (!text.includes(head)) return false;
  return new RegExp(String.raw`${NOT_A_ROLE_OF_A_NAME}\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|\p{L}+['’]s)\s+(?:[a-z][\w-]*\s+){0,3}?${head}\b(?!\s*,?\s*\p{Lu})`, 'u').test(text);
}

/** Words for a person the text leaves unnamed, who may be the subject of a verb after `and`: `after the man approached him and asked`. */
const UNNAMED_PERSON_RE = new RegExp(`\\b(?:he|she|they|man|woman|men|women|boy|girl|people|person|someone|${[...UNNAMED_ROLES].join('|')})\\b`, 'i');
/** A word before a name that opens a clause when the name's verb follows it: `after Voss said`, not `after Voss's speech`. */
const CONJUNCTION_BEFORE_RE = /\b(?:after|before|until)\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;
/** Where a sentence may open: after a full stop, a question or an exclamation (and a closing mark), or a line break. */
const SENTENCE_BREAK_RE = /[.!?\n]["”’]?\s*/g;
/** A sentence whose subject is an office (`The minister announced …`): group 1 the words before its head noun, group 2 that noun. */
const OFFICE_SUBJECT_RE = /The\s+((?:[a-z-]+\s+){0,2}?)([a-z-]+)\s+(?:[a-z]+ed|[a-z]+s|said|told|has|had|was|will|would)\b/y;
/**
 * A sentence opening with a person the text leaves unnamed: `A spokesman for Vidal said`, `Vidal's
 * lawyer was there`, `A senior U.S. official said`, `One Western diplomat said`; group 1 is the noun.
 */
const UNNAMED_SUBJECT_RE = new RegExp(
  `(?:(?:The|A|An|One|His|Her|Their)\\s+|(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}\\p{Lu}[\\p{L}.-]*['’]s\\s+)(?:[\\p{L}.-]+\\s+){0,3}?(${[...UNNAMED_ROLES].join('|')}|lawyer|attorney)\\b(?!\\s*,?\\s*\\p{Lu})`,
  'uy',
);
/**
 * Someone unnamed who speaks, opening a sentence or the cue after a quote: `A resident standing
 * beside him said:`, `"…," one woman said`, `"…," said a resident`; group 1 or 2 is the noun.
 * Not a description a name or a pronoun follows (`A veteran of two wars, Hale said`).
 */
const UNNAMED_SPEAKER_RE = (() => {
  const noun = `(${[...new Set([...ROLE_NOUNS, ...UNNAMED_ROLES])].join('|')})`;
  const indefinite = String.raw`(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\p{L}.'’-]+\s+){0,3}?`;
  const spoken = String.raw`${indefinite}${noun}\b(?:(?![,;]\s*(?:\p{Lu}|he\b|she\b))[^.!?"“”]){0,100}?\s(?:(?:${FILLER})\s+)*${VERB}`;
  const inverted = String.raw`(?:said|says|added|adds|wrote)\s+${indefinite}${noun}\b(?!\s*,?\s*\p{Lu})`;
  return new RegExp(`,?\\s*(?:${spoken}|${inverted})`, 'uy');
})();
/**
 * A name that only qualifies a noun (`the Romney campaign`, `Trump aides`, `the Tony Blair
 * Institute`) stands for no one a pronoun means. Capitalised, only the words that end the names
 * of institutions and rarely a person's name (`Hall`, `Park` and `Camp` are surnames too).
 */
const NAME_AS_MODIFIER_RE =
  /^(?:\s+(?:campaign|administration|team|camp|family|government|regime|office|staff|officials?|supporters|allies|voters|era|presidency|aides?|spokes(?:man|woman|person|men|women|people)|lawyers?|attorneys?|advisers?|advisors?|loyalists|backers|critics|foundation|organization)| (?:Institute|Foundation|Center|Centre|Campaign|Administration|Library|Society|Association|Institution|Museum|School|College|University|Academy|Hospital|Prize|Award|Airport|Stadium|Arena|Memorial|Corporation|Company|Organi[sz]ation|Fund|Trust|Group|Network|Project|Initiative|Council|Committee|Commission|Agency|Office|Show|Hotel|Doctrine))\b/;
/** Words after a quoted title that show it is not naming a thing: `"Today" was`, `"Jaws" and`. */
const NOT_NOUNS = new Set(
  ('he she they it and or but nor to in on at of for with by from as that which who is was were are has have had ' +
    'would will could should can may might did does do').split(' '),
);
const TITLE_SMALL_WORDS = new Set('a an and as at but by for from in into of on or the to with'.split(' '));

/** How far cues are looked for around a quote, in characters. */
const LEAD_LIMIT = 400;
const TAIL_LIMIT = 250;
/** How many earlier mentions a pronoun or a description is looked up in. */
const LOOKBACK = 40;
/** A capitalised word among those before a description's noun: the `Harriers` of `the Harriers manager`. */
const QUALIFIER_RE = /\b(\p{Lu}[\p{L}-]+)/u;
/** Words that put an office in the past: `the late senator` is not the senator now, but `Former Senator X`. */
const PAST_OFFICE_RE = /\b(?:former|ex|onetime|late|then)\b/i;
/** A person introduced by age, description or relative clause after the name: `, 61,`, `, a retired teacher`, `, whose son`. */
const INTRODUCED_RE = /^,\s*(?:\d{1,3}\s*,|an?\s+[a-z]|whose?\s)/;
/** How many paragraphs back a pronoun reaches for its person: further back, the text does not say. */
const PRONOUN_REACH = 3;
/** A paragraph that opens with the pronoun, or gives a quote to it, within its first characters: it carries the person on. */
const HE_CARRIES = /^\s*He\b|["”’'],?\s+he\s+[a-z]/;
const SHE_CARRIES = /^\s*She\b|["”’'],?\s+she\s+[a-z]/;
const PRONOUN_SEEN_WITHIN = 400;

// ---------------------------------------------------------------- the pass

export function findQuotes(text: string, anatomy: Anatomy, mentions: NameMention[]): QuoteFound[] {
  return new QuoteReader(text, anatomy.paragraphs, mentions, anatomy.headlineSpan).read();
}

/** A name's first word (a capture may break a name across lines). */
function firstWord(name: string): string {
  const space = FIRST_SPACE.exec(name);
  return space ? name.slice(0, space.index) : name;
}
const FIRST_SPACE = /\s/;

class QuoteReader {
  private readonly units: Span[];
  private readonly marked: Marked[];
  /** Text inside quote marks, closed or not: names there are words of a speaker, not antecedents. */
  private readonly quoted: Span[];
  private readonly mentions: NameMention[];
  /** Surname -> the fullest form of the name in this article, to know a person's first name. */
  private readonly fullestBySurname = new Map<string, string>();
  /** Surnames the article gives with more than one first name (`Maya Okafor`, her son `Daniel Okafor`): alone, they name no one gender. */
  private readonly familySurnames = new Set<string>();
  /** First words of the article's full names: a name written alone that is one of these is a first name. */
  private readonly firstNames = new Set<string>();
  /** Surname -> the pronoun the article has used for that person: `he` once means not `she` later. */
  private readonly pronounOf = new Map<string, Gender>();
  /** Surname -> what `Mr.` or `Ms.` before it says. */
  private readonly honorificOf = new Map<string, Gender>();
  /** Name as written -> what the relation it is given says (`his daughter, Nessa,`): a first name alone often has no gender of its own. */
  private readonly genderByRelation = new Map<string, Gender>();
  // What the text around each mention says, read once: isAntecedent, isAside (with and without `that`), isSubject.
  private readonly antecedents = new Map<NameMention, boolean>();
  private readonly asidesAfterThat = new Map<NameMention, boolean>();
  private readonly asides = new Map<NameMention, boolean>();
  private readonly subjects = new Map<NameMention, boolean>();
  private readonly spokenFor = new Map<NameMention, boolean>();
  /** Family name -> the age the article gives that person (see ageOf), read on first use. */
  private ages: Map<string, number> | undefined;

  constructor(
    private readonly text: string,
    paragraphs: Span[],
    mentions: NameMention[],
    private readonly headline: Span | null = null,
  ) {
    this.units = readUnits(text, paragraphs);
    [this.marked, this.quoted] = pairMarks(text, this.units);
    this.mentions = mentions
      .filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end && !!m.text)
      .sort((a, b) => a.start - b.start);
    for (const m of this.mentions) {
      const surname = familyNameOf(m.text);
      const fullest = this.fullestBySurname.get(surname);
      if (fullest?.includes(' ') && m.text.includes(' ') && firstWord(fullest) !== firstWord(m.text)) this.familySurnames.add(surname);
      if ((fullest?.length ?? 0) < m.text.length) this.fullestBySurname.set(surname, m.text);
      if (m.text.includes(' ')) this.firstNames.add(firstWord(m.text));
      if (m.gender) this.honorificOf.set(surname, m.gender);
      const byRelation = relationGender(m.role);
      if (byRelation) this.genderByRelation.set(m.text, byRelation);
    }
  }

  read(): QuoteFound[] {
    const found: QuoteFound[] = [];
    const cueless: number[] = []; // quotes that no cue speaks for, by index in found
    let previous: Attributed | null = null;
    for (let k = 0; k < this.marked.length; k++) {
      const q = this.marked[k];
      const quoted = this.text.slice(q.open + 1, q.close);
      if (!quoted.trim()) continue;
      const leadStart = this.sentenceStart(k);
      const lead = this.masked(leadStart, q.open);
      const opensSentence = SENTENCE_OPENING_RE.test(lead);
      const partial = !(
        opensSentence ||
        endsWithCue(lead) ||
        SPLIT_QUOTE_LEAD_RE.test(lead) ||
        q.firstUnit !== q.lastUnit ||
        isStatement(quoted) ||
        this.isCuedSentence(k, quoted)
      );
      // scare quotes and titles, even one a cue follows (`on the ABC News program “This Week,” adding that…`)
      if (((partial || WORK_BEFORE_RE.test(lead)) && isTitle(quoted)) || (partial && /so-called\s*$/i.test(lead)) || this.namesSomething(q) || this.isNickname(q)) continue;
      let cue: Cue | undefined = opensSentence ? undefined : this.leadCue(lead, leadStart);
      cue ??= this.tailCue(k);
      if (!cue && !partial && previous && this.continues(previous, q)) cue = { speaker: previous.speaker, gender: previous.gender };
      if (!cue && !partial && opensSentence) cue = this.reportedBefore(q, leadStart);
      if (!cue && partial && wordCount(quoted) <= 3) continue; // a quoted term no one is said to have said
      const speakerName: string | null = cue?.speaker ?? null;
      const speakerGender = speakerName === null ? undefined : cue?.gender;
      if (!cue) cueless.push(found.length);
      const spoken = this.withoutFurniture(q, quoted);
      found.push({ start: q.open + 1, end: q.close, text: quoted, ...(spoken !== quoted && { spoken }), partial, speakerName, ...(speakerGender && { speakerGender }) });
      previous = partial ? null : { speaker: speakerName, gender: speakerGender, lastUnit: q.lastUnit, close: q.close };
    }
    return giveRepeatsTheirSpeaker(found, cueless);
  }

  /**
   * The quoted text with what stands between its units blanked out: story paragraphs follow one
   * another, so text between them is page furniture (`Advertisement` inside a quote over paragraphs).
   */
  private withoutFurniture(q: Marked, quoted: string): string {
    let spoken = quoted;
    for (let u = q.firstUnit; u < q.lastUnit; u++) {
      const [from, to] = [this.units[u].end - q.open - 1, this.units[u + 1].start - q.open - 1];
      const between = spoken.slice(from, to);
      if (/\S/.test(between)) spoken = spoken.slice(0, from) + between.replace(/\S/g, ' ') + spoken.slice(to);
    }
    return spoken;
  }

  /**
   * The person a sentence from `from` to `to` after a quote names as its speaker (WORDS_OF_TAIL_RE),
   * a role before the name aside: `Those were the words of union leader X as …`.
   */
  private wordsOfCredit(from: number, to: number): Cue | undefined {
    const wordsOf = WORDS_OF_TAIL_RE.exec(this.text.slice(from, to));
    if (!wordsOf) return undefined;
    const named = this.firstNamedIn(from + wordsOf[0].length, to);
    if (!named || hasSpeechVerb(this.text.slice(from + wordsOf[0].length, named.start))) return undefined;
    // `That's what X …` credits X only where X is said to have spoken: not `That's what X wanted`.
    return !wordsOf[1] || HOW_PUT_RE.test(this.text.slice(named.end, to)) ? spokenBy(named) : undefined;
  }

  /** A capitalised quote ending on a comma and followed by its cue: `…, "So much for modesty," she said.` */
  private isCuedSentence(k: number, quoted: string): boolean {
    return STARTS_CAPITAL_AFTER_SPACE.test(quoted) && /[,!?]\s*$/.test(quoted) && CUE_FOLLOWS_RE.test(this.text.slice(this.marked[k].close + 1, this.tailEnd(k)));
  }

  /** A nickname inside a name: `Lucas "Luke" Brennan`, `Tom "The Hammer" Reed`. */
  private isNickname(q: Marked): boolean {
    return nicknameEnd(this.text, q.open) === q.close + 1;
  }

  /** A title used as a name before a noun: `"Today" show host`, `"Apprentice" star`. */
  private namesSomething(q: Marked): boolean {
    const quoted = this.text.slice(q.open + 1, q.close).trim();
    const next = /^ ([a-z]+)\b/.exec(this.text.slice(q.close + 1, q.close + 20))?.[1];
    return !!next && !/[.,!?…:;]$/.test(quoted) && isTitle(quoted, 1) && !NOT_NOUNS.has(next) && !SPEECH_VERB_SET.has(next);
  }

  /** A cue-less statement continues the previous quote when it follows it directly and no one else is named between. */
  private continues(previous: Attributed, q: Marked): boolean {
    if (q.firstUnit - previous.lastUnit > 1) return false;
    // A live page's post stamp between them (`15:02 GMT`) opens another post, written by the page.
    if (this.text.slice(previous.close, q.open).split('\n').some(isPostStamp)) return false;
    const surname = previous.speaker && familyNameOf(previous.speaker);
    for (let i = this.firstMentionFrom(previous.close); i < this.mentions.length; i++) {
      const m = this.mentions[i];
      if (m.start >= q.open) break;
      if (this.isAntecedent(m) && familyNameOf(m.text) !== surname) return false;
    }
    return true;
  }

  // ------------------------------------------------------------ cues

  /** A cue in the sentence before the quote: `Peskov said: "`, `he told reporters "`, `Peskov: "`, `according to Peskov, "`. */
  private leadCue(lead: string, leadStart: number): Cue | undefined {
    const written = writtenThing(WRITTEN_LEAD_RE, lead);
    if (written) return this.writerOf(written, leadStart, leadStart + lead.length);
    const quotedAs = QUOTED_AS_RE.exec(lead);
    if (quotedAs) return this.quotedAs(quotedAs, leadStart);
    const wordsOf = WORDS_OF_RE.exec(lead);
    if (wordsOf) {
      const named = this.firstNamedIn(leadStart + wordsOf.index, leadStart + lead.length);
      if (named) return spokenBy(named);
    }
    const namedResponse = NAMED_RESPONSE_LEAD_RE.exec(lead);
    const responder = namedResponse && this.mentionEndingAt(leadStart + namedResponse.index);
    if (responder) return spokenBy(responder);
    const response = RESPONSE_LEAD_RE.exec(lead);
    if (response) return this.pronounCue(leadStart + response.index, response[1].toLowerCase() === 'his' ? 'male' : 'female', true);
    // `Peskov: "…"`, the name opening its line or sentence (not `with a reference to Gen. Petraeus: "…"`)
    const colon = /:\s*$/.exec(lead);
    const named = colon && this.mentionEndingAt(leadStart + colon.index);
    if (named && NAME_OPENS_LEAD.test(lead.slice(0, named.start - leadStart)) && wordCount(lead) <= 8 && !this.isAside(named, false)) {
      if (!hasSpeechVerb(lead)) return spokenBy(named);
    }
    if (colon && !hasSpeechVerb(lead)) {
      const subject = this.colonClauseSubject(lead, leadStart, colon.index);
      if (subject) return { speaker: subject };
      // A headline's office before a colon: `Union leader: 'We are not going anywhere'`
      const office = this.inHeadline(leadStart + colon.index) ? this.officeHolder(HEADLINE_OFFICE_RE.exec(lead.slice(0, colon.index))?.[1]) : null;
      if (office) return { speaker: office };
    }
    let verb: Verb | null = null;
    let before: Verb | null = null;
    for (let m = nextVerb(lead, 0); m; m = nextVerb(lead, m.end)) {
      if (isPassive(lead, m) || inRelativeAside(lead, m)) continue;
      before = verb;
      verb = m;
    }
    if (!verb) return undefined;
    const verbStart = leadStart + verb.index;
    // `"A," said Peskov, "B."`, `According to Peskov, "…"` and `The plan, said Reed, is "…"`: the verb comes first in its clause
    const verbFirst = /^according/i.test(verb.text) || LEADING_MARKS_RE.test(lead.slice(0, verb.index)) || PARENTHETICAL_BEFORE_RE.test(lead.slice(0, verb.index));
    if (verbFirst && isInverting(verb.text)) {
      const inverted = this.subjectAfter(verbStart + verb.text.length, leadStart + lead.length);
      if (inverted) return inverted;
    }
    // `…, with Boswell stating: "…"`, `…, with CEO Harold Beane saying …`: the name after `with` is the participle's subject
    const withName = verb.text.endsWith('ing') ? this.mentionEndingAt(verbStart) : undefined;
    if (withName && withName.start > leadStart && followsWith(this.text, withName.start)) return spokenBy(withName);
    const subject = this.notTheOneAsked(this.subjectBefore(verbStart, leadStart), verb, leadStart + verb.end);
    if (subject.speaker) return subject;
    // `He recalled his father telling him, "…"`: a relative the article leaves unnamed said it, not the teller
    if (relationBeforeVerb(lead.slice(0, verb.index))) return subject;
    if (COORDINATED_VERB_RE.test(lead.slice(0, verb.index))) return this.coordinatedSubject(lead, leadStart, verb);
    // A headline's verbs share the name that opens it: `Ryan goes on offense, accuses Obama of treating program like 'piggy bank'`
    const opening = this.inHeadline(verbStart) ? this.firstNamedIn(leadStart, verbStart) : undefined;
    if (opening && this.isSubject(opening)) return spokenBy(opening);
    if (!verb.text.endsWith('ing')) return subject;
    // A participle's subject is its clause's: `The president responded on Twitter, calling it "…"`,
    // `Stefanishyna announced it on social media, adding, "…"`
    const clause = before && this.subjectBefore(leadStart + before.index, leadStart);
    if (clause?.speaker) return clause;
    return { speaker: this.latestPersonIn(leadStart, verbStart) ?? this.openingDescription(lead, leadStart) };
  }

  /**
   * The person a short clause before a colon is about, where no speech verb says it: `Vidal's
   * deputy, Oleg Fedin, disagreed: "…"`, `Hale was blunter: "…"`. The name opens the clause (after
   * a role) and a few words follow it, naming no one else.
   */
  private colonClauseSubject(lead: string, leadStart: number, colon: number): string | undefined {
    if (wordCount(lead) > 14) return undefined;
    for (let i = this.firstMentionFrom(leadStart); i < this.mentions.length && this.mentions[i].end <= leadStart + colon; i++) {
      const m = this.mentions[i];
      if (this.isSpokenFor(m)) continue;
      const before = lead.slice(0, m.start - leadStart);
      // `Judge in Osterhuis case: "…"`: a name after a preposition is no subject.
      if (PREPOSITION_BEFORE_RE.test(before)) continue;
      // Past a role between commas: `Maria Souza, a grower from Mato Grosso, was less sure: "…"`; or
      // one that runs to the colon, as a roundup gives a speech: `Ana Vidal, best actress (Tide):`.
      const after = lead.slice(m.end - leadStart, colon).replace(APPOSITIVE_OPENING, '').replace(APPOSITIVE_TO_END, '');
      const opens = ROLE_BEFORE_COLON_SUBJECT.test(before) && wordCount(before) <= 5;
      // Another name in brackets or after a preposition is no other subject: `accepting it for her father Tom Hale:`.
      let alone = true;
      for (let k = i + 1; k < this.mentions.length && this.mentions[k].start < leadStart + colon; k++) {
        const upTo = lead.slice(0, this.mentions[k].start - leadStart);
        if (!OPEN_BRACKET_BEFORE_RE.test(upTo) && !OBJECT_BEFORE_RE.test(upTo)) alone = false;
      }
      const short = wordCount(after) <= 8 && !/[.!?;]/.test(after);
      return opens && short && alone && !this.isAside(m, false) ? m.text : undefined;
    }
    return undefined;
  }

  /**
   * The subject a verb after `and` or `but` shares with the verb before it: `Nandakumar called it
   * "…" and said: "…"`, `Etheridge appears irritated and asks, "…"`, `Olsen said he doubts it but
   * said "…"`: a pronoun opening the sentence, else the first person the lead names, where no
   * clause opens between them and the verb (or only clauses that name and mean no one else, after
   * the person's own speech verb). None where the verb may stand in a clause inside the sentence
   * (`after the man approached him and asked`, `as Obama has, and said`) or opens one before the
   * quote.
   */
  private coordinatedSubject(lead: string, leadStart: number, verb: Verb): Cue {
    const verbStart = leadStart + verb.index;
    // What the verb says opens no other clause: `acknowledged that …`, `described it as …`.
    const complement = lead.slice(verb.end).replace(/\bthat\b/, '');
    if (CLAUSE_OPENER_RE.test(NAMING_AS_VERBS.has(verb.text) ? complement.replace(/\bas\b/, '') : complement)) return { speaker: null };
    // `He did not comment on Monday, but did say …`, `A defender of the port, she has criticised Hale and said …`
    const pronoun = OPENING_PRONOUN_RE.exec(lead);
    if (pronoun) {
      const at = leadStart + pronoun[0].length - pronoun[1].length - 1;
      const inMainClause = !CLAUSE_OPENER_RE.test(this.masked(at, verbStart));
      return inMainClause ? this.pronounCue(at, pronoun[1].toLowerCase() === 'he' ? 'male' : 'female') : { speaker: null };
    }
    for (let i = this.firstMentionFrom(leadStart); i < this.mentions.length && this.mentions[i].end <= verbStart; i++) {
      const m = this.mentions[i];
      if (!this.isAntecedent(m)) continue;
      const between = this.masked(m.end, verbStart);
      if (!CLAUSE_OPENER_RE.test(between)) return spokenBy(m);
      // `Voss said the town expects more traffic if the council passes it and urged …`: a clause
      // opens between them, but the verb can only be hers when the name is its first speech
      // verb's subject and no one else is named or meant between.
      const othersBetween = i + 1 < this.mentions.length && this.mentions[i + 1].end <= verbStart;
      return SUBJECT_OF_VERB_RE.test(between) && !othersBetween && !UNNAMED_PERSON_RE.test(between) ? spokenBy(m) : { speaker: null };
    }
    return { speaker: null };
  }

  /**
   * A quote that opens a sentence, after a sentence of the same paragraph reporting what a person
   * said (`Dingell said she gets it. "Leader Pelosi always listened."`) or a short one about what
   * they did (`Hale shrugged. "Who knows?"`): theirs. A quote that opens its paragraph is theirs
   * after a paragraph whose last sentence reports what they said, and quotes no one (`Rubio also
   * said that the United States must act.` then `"Any nation that blocks trade will know…"`).
   */
  private reportedBefore(q: Marked, leadStart: number): Cue | undefined {
    if (leadStart <= this.units[q.firstUnit].start) return this.reportedInParagraphBefore(q);
    const from = this.sentenceOpening(leadStart - 1);
    const sentence = this.masked(from, leadStart);
    for (let verb = nextVerb(sentence, 0); verb; verb = nextVerb(sentence, verb.end)) {
      if (reportsSpeaker(sentence, verb)) return this.speakerOf(sentence, from, verb, q);
    }
    return this.actorBefore(from, leadStart);
  }

  /**
   * `Hale shrugged. "Who knows?"`, `Asked about the pier, Vidal laughed.`: one person, and a verb
   * or two of theirs; `Senator John Cornyn issued a statement …. "Like many Texans, …"`: its author.
   * The sentence runs from `from` to `end`.
   */
  private actorBefore(from: number, end: number): Cue | undefined {
    const named: NameMention[] = [];
    for (let i = this.firstMentionFrom(from); i < this.mentions.length && this.mentions[i].end <= end; i++) named.push(this.mentions[i]);
    if (named.length === 0 || !this.isAntecedent(named[0]) || !this.isSubject(named[0])) return undefined;
    const after = this.text.slice(named[0].end, end);
    const said = (named.length === 1 && SHORT_ACTION_RE.test(after)) || STATEMENT_ISSUED_RE.test(after);
    return said ? spokenBy(named[0]) : undefined;
  }

  private reportedInParagraphBefore(q: Marked): Cue | undefined {
    const before = this.units[q.firstUnit - 1];
    if (!before) return undefined;
    const from = this.sentenceOpening(before.end - 1);
    const sentence = this.text.slice(from, before.end);
    if (MARK_IN_RE.test(sentence)) return undefined;
    // `Pennington's statement was short:` over the quote: a lead of its own, cut by the line break;
    // `Moreau has sent a message to her staff, which the agency has shared:` its author's
    if (/:\s*$/.test(sentence)) return this.leadCue(this.masked(from, before.end), from) ?? this.actorBefore(from, before.end);
    const verb = nextVerb(sentence, 0);
    return verb && reportsSpeaker(sentence, verb) ? this.speakerOf(sentence, from, verb, q) : undefined;
  }

  /**
   * The subject of a reporting verb of the sentence at `from`, as the speaker of quote `q`; none after a
   * verb that asks someone (`Host Ana Vidal asked Fedin what he meant.`): the quote is the answer,
   * unless it ends in a question itself, the asker's words (`Hanbury asked Marlowe how many … "Can he tell the House …?"`).
   */
  private speakerOf(sentence: string, from: number, verb: Verb, q: Marked): Cue | undefined {
    if (asksSomeone(sentence, verb) && !QUESTION_END_RE.test(this.text.slice(q.open + 1, q.close))) return undefined;
    const subject = this.notTheOneAsked(this.subjectBefore(from + verb.index, from), verb, from + verb.end);
    return subject.speaker ? subject : undefined;
  }

  /** A cue after the quote: `," Peskov said`, `, said Peskov`, `" - Vladimir Putin`, `," TASS quoted him as saying`. */
  private tailCue(k: number): Cue | undefined {
    const q = this.marked[k];
    const tailStart = q.close + 1;
    const tailEnd = this.tailEnd(k);
    const tail = this.text.slice(tailStart, tailEnd);
    const dashed = this.dashCredit(tailStart, tailEnd);
    if (dashed) return spokenBy(dashed);
    // A headline's quote, a colon, then whose it is: `'I was terrified': Ana Vidal recalls pier fire`
    const named = this.inHeadline(tailStart) ? this.firstNamedIn(tailStart, tailEnd) : undefined;
    if (named && HEADLINE_CREDIT_RE.test(this.text.slice(tailStart, named.start))) return spokenBy(named);
    // `"I thought that was it."` over a line `— Dana Marsh`: a quote that ends its paragraph, credited below it.
    const below = this.units[q.lastUnit + 1];
    const endsParagraph = /^[\s.]*$/.test(this.text.slice(tailStart, this.units[q.lastUnit].end));
    if (below && below.end - below.start <= DASH_LINE_MAX && endsParagraph) {
      const credited = this.dashCredit(below.start, below.end);
      if (credited && DASH_LINE_TAIL_RE.test(this.text.slice(credited.end, below.end))) return spokenBy(credited);
    }
    // … or by the sentence opening the paragraph below: `"We were never asked."` over `That was how Margit Olsen put it.`
    if (below && endsParagraph) {
      let sentenceEnd = below.start;
      while (sentenceEnd < below.end && !sentenceEndsAt(this.text, sentenceEnd)) sentenceEnd++;
      const credited = this.wordsOfCredit(tailStart, sentenceEnd);
      if (credited) return credited;
    }
    // `"…." Anonymous blogger, "…"`: a credit, whoever it names (no one, here), before the title of the post.
    const next = this.marked[k + 1];
    if (next && next.open === tailEnd && CREDIT_TAIL_RE.test(tail) && !hasSpeechVerb(tail)) {
      const named = this.firstNamedIn(tailStart, tailEnd);
      return named && /^\s+$/.test(this.text.slice(tailStart, named.start)) ? spokenBy(named) : { speaker: null };
    }
    const wordsOf = this.wordsOfCredit(tailStart, tailEnd);
    if (wordsOf) return wordsOf;
    // `"We won." Trump then left`: a full stop inside the marks and a capital after it start a new
    // sentence, unless that sentence only says who spoke (`"We offered him a meeting." Durbin said.`)
    // or what bore the words (`"Back soon." The note read.`).
    if (/[.]\s*$/.test(this.text.slice(q.open + 1, q.close)) && /^\s+[A-Z]/.test(tail) && !this.onlyNamesSpeaker(tailStart, tailEnd)) return this.onlyNamesWriting(tailStart, tailEnd);
    const quotedAs = QUOTED_AS_RE.exec(tail);
    if (quotedAs) return this.quotedAs(quotedAs, tailStart);
    // `"Absolutely not," was Vidal's reply.`
    const reply = this.firstNamedIn(tailStart, tailEnd);
    if (reply && REPLY_OF_RE.test(this.text.slice(tailStart, reply.start)) && OWNS_WHAT_IS_SAID_RE.test(this.text.slice(reply.end, reply.end + 20))) return spokenBy(reply);
    const written = writtenThing(WRITTEN_TAIL_RE, this.masked(tailStart, tailEnd));
    if (written) return this.writerOf(written, tailStart, tailEnd);
    let verb = nextVerb(tail, 0);
    while (verb && isPassive(tail, verb)) verb = nextVerb(tail, verb.end);
    if (!verb) return this.unlistedVerbCue(tailStart, tailEnd);
    const verbStart = tailStart + verb.index;
    const before = tail.slice(0, verb.index);
    if (/^[\s,\-–—―]*$/.test(before)) {
      if (!isInverting(verb.text)) return undefined;
      return this.subjectAfter(verbStart + verb.text.length, tailEnd) ?? { speaker: null };
    }
    if (wordCount(before) > 24) return undefined; // the verb belongs to another clause
    const subject = this.notTheOneAsked(this.subjectBefore(verbStart, tailStart), verb, tailStart + verb.end);
    if (subject.speaker) return subject;
    // `," aides said Mr. Ryan told his colleagues`: the one they report speaking
    const reported = this.firstNamedIn(verbStart + verb.text.length, tailEnd);
    if (reported && /^\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(this.text.slice(verbStart + verb.text.length, reported.start))) {
      const next = nextVerb(this.text.slice(reported.end, tailEnd), 0);
      if (next && /^\s*$/.test(this.text.slice(reported.end, reported.end + next.index))) return spokenBy(reported);
    }
    return subject;
  }

  /**
   * Whose words a thing gives (WRITTEN_LEAD_RE, WRITTEN_TAIL_RE matched at `at`, in a lead or a
   * tail ending at `end`): its writer named after it (`a letter signed by Mayor Ann Roe`, `read a letter from Roe`), the name or pronoun that owns it (`Roe's
   * letter`, `her email`), the writer of a writing the story spoke of (`the memo`, see authorOf);
   * else no one (`a sign held by one parent`, `a statement from the company`), not the last speaker.
   */
  private writerOf(match: RegExpExecArray, at: number, end: number): Cue {
    // The tail's second order holds groups 5 to 8.
    const first = match[1] !== undefined ? 1 : 5;
    const [determiner, before, noun, after] = match.slice(first, first + 4);
    const [determinerAt, afterAt] = [at + match.indices![first][0], at + (match.indices![first + 3]?.[0] ?? 0)];
    if (after) {
      for (let i = this.firstMentionFrom(afterAt); i < this.mentions.length && this.mentions[i].end <= end; i++) {
        const m = this.mentions[i];
        if (WRITER_BEFORE_NAME_RE.test(this.text.slice(afterAt, m.start))) return spokenBy(m);
      }
    }
    const owner = this.mentionEndingAt(determinerAt + determiner.length);
    if (owner) return spokenBy(owner);
    const word = determiner.toLowerCase();
    if (word === 'his' || word === 'her') return this.pronounCue(determinerAt, word === 'his' ? 'male' : 'female');
    const definite = word === 'the' || word === 'this' || word === 'that';
    return { speaker: definite && PERSONAL_WRITINGS.has(noun) ? this.resolveDescription(noun, determinerAt, false, before) : null };
  }

  /** The person a dash credits from `from` to `to` (`— Ana Vidal`): named within a few words of it, with no speech verb after. */
  private dashCredit(from: number, to: number): NameMention | undefined {
    const dash = DASH_CUE_RE.exec(this.text.slice(from, to));
    const named = dash ? this.firstNamedIn(from + dash[0].length, to) : undefined;
    const near = named && named.start - from - dash![0].length <= DASH_CREDIT_REACH;
    return near && !hasSpeechVerb(this.text.slice(named.end, to)) ? named : undefined;
  }

  /** The tail is a name (after titles) and its speech verb, then at most when or where: `Durbin said.`, `Ms. Pelosi said at a news conference`. */
  private onlyNamesSpeaker(tailStart: number, tailEnd: number): boolean {
    const named = this.firstNamedIn(tailStart, tailEnd);
    if (!named || !/^\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(this.text.slice(tailStart, named.start))) return false;
    const after = this.text.slice(named.end, tailEnd);
    const verb = nextVerb(after, 0);
    return !!verb && /^\s+$/.test(after.slice(0, verb.index)) && SPEAKER_ONLY_REST_RE.test(after.slice(verb.end));
  }

  /**
   * Whose words a tail that is only a written thing and its verb gives (`The note read.`, `The sign
   * said.`; see writerOf); undefined for a sentence that goes on (`The memo said the plan`).
   */
  private onlyNamesWriting(tailStart: number, tailEnd: number): Cue | undefined {
    const masked = this.masked(tailStart, tailEnd);
    const written = writtenThing(WRITTEN_TAIL_RE, masked);
    return written && /^\s*[.!]?\s*$/.test(masked.slice(written[0].length)) ? this.writerOf(written, tailStart, tailEnd) : undefined;
  }

  /** A clause that is only a name and a verb the list lacks: `," Senor summarized.`, `," summarized Senor.` */
  private unlistedVerbCue(tailStart: number, tailEnd: number): Cue | undefined {
    const named = this.firstNamedIn(tailStart, tailEnd);
    if (!named) return undefined;
    const before = this.text.slice(tailStart, named.start);
    const after = this.text.slice(named.end, tailEnd);
    const inverted = INVERTED_UNLISTED_VERB.test(before) && /^[\s,]*$/.test(after);
    const plain = CAPITALISED_WORDS_ONLY.test(before) && /^\s+[a-z]+ed\b[^,;]*$/.test(after);
    return inverted || plain ? spokenBy(named) : undefined;
  }

  private quotedAs(match: RegExpExecArray, windowStart: number): Cue {
    const objectStart = windowStart + match.index + match[0].indexOf(match[1], match[0].indexOf(' '));
    const object = match[1].trim().toLowerCase();
    if (object === 'him' || object === 'her') return this.pronounCue(objectStart, object === 'him' ? 'male' : 'female');
    const named = this.firstNamedIn(objectStart, objectStart + match[1].length);
    return named ? spokenBy(named) : { speaker: null };
  }

  /**
   * `he grabbed the student after he asked the congressman if he "…"`, `one of them asked him, "…?"`: whoever
   * the subject would mean, the asker is not the one the question is put to, whom the verb's object means.
   */
  private notTheOneAsked(subject: Cue, verb: Verb, verbEnd: number): Cue {
    if (!subject.speaker || !QUESTION_VERB_RE.test(verb.text)) return subject;
    // `Fedin asked him`: a named asker is never the `him`; `he asked him` means two people, whoever `he` seemed to be.
    const verbStart = verbEnd - verb.text.length;
    const pronounAsks = PRONOUN_BEFORE_VERB_RE.test(this.masked(Math.max(0, verbStart - ASKED_OBJECT_REACH), verbStart));
    const asked = this.askedAfter(verbEnd, pronounAsks);
    return asked && familyNameOf(asked) === familyNameOf(subject.speaker) ? { speaker: null } : subject;
  }

  /** The person a question verb's object right after `at` means: `the congressman`, `Etheridge`, and with `pronouns`, `him`. */
  private askedAfter(at: number, pronouns: boolean): string | null | undefined {
    const object = ASKED_OBJECT_RE.exec(this.text.slice(at, at + ASKED_OBJECT_REACH));
    if (!object) return undefined;
    if (object[1]) return pronouns ? this.resolvePronoun(at, object[1] === 'him' ? 'male' : 'female') : undefined;
    if (object[2]) return this.resolveDescription(object[2], at, false);
    const named = this.mentions[this.firstMentionFrom(at)];
    return named?.start === at + object[0].length ? named.text : undefined;
  }

  /** The subject of a verb written before it: a pronoun, a named person, or a described one (`the spokesman`). */
  private subjectBefore(verbStart: number, windowStart: number): Cue {
    const lead = this.masked(windowStart, verbStart);
    const pronoun = PRONOUN_BEFORE_VERB_RE.exec(lead);
    if (pronoun) {
      const word = pronoun[1].toLowerCase();
      return word === 'they' ? { speaker: null } : this.pronounCue(windowStart + pronoun.index, word === 'he' ? 'male' : 'female');
    }
    const honour = HONOUR_BEFORE_VERB_RE.exec(lead);
    if (honour) return { speaker: this.resolveDescription('judge', windowStart + honour.index, false) };
    const relation = relationBeforeVerb(lead);
    if (relation) return { speaker: this.relativeNamed(relation[1], windowStart + relation.index) };
    if (FIRST_PERSON_BEFORE_VERB_RE.test(lead)) {
      const turn = this.turnSpeaker(verbStart);
      if (turn) return spokenBy(turn);
    }
    for (let i = this.firstMentionFrom(verbStart) - 1, tries = 0; i >= 0 && tries < 4; i--, tries++) {
      const m = this.mentions[i];
      if (m.start < windowStart) break;
      if (m.end > verbStart || this.isSpokenFor(m)) continue;
      // `a call from Sen. Amy Klobuchar of Minnesota, who tweeted`: `who` is the name before it, aside or not
      const gap = this.masked(m.end, verbStart);
      if (RELATIVE_SUBJECT_GAP_RE.test(gap)) return spokenBy(m);
      if (!SUBJECT_GAP_RE.test(gap) || (this.isAside(m, false) && !CONJUNCTION_BEFORE_RE.test(this.text.slice(Math.max(0, m.start - 40), m.start)))) continue;
      // `McCabe and Gideon said`: a joint statement is no one person's
      const joint = i > 0 && JOINT_SUBJECT.test(this.text.slice(this.mentions[i - 1].end, m.start));
      return joint ? { speaker: null } : spokenBy(m);
    }
    const epithet = EPITHET_BEFORE_VERB_RE.exec(lead);
    const byEpithet = epithet && this.epithetCue(epithet, windowStart + epithet.index);
    if (byEpithet) return byEpithet;
    const described = DESCRIPTION_BEFORE_VERB_RE.exec(lead);
    if (!described) {
      // `the Premier said`, `the Chief Minister said`: an office in capitals, as British, Australian and Indian papers write it
      const office = capitalisedOffice(CAPITALISED_OFFICE_BEFORE_VERB_RE.exec(lead));
      if (office) return { speaker: this.resolveDescription(office.head, windowStart + office.index, true, office.before) };
      return { speaker: this.headlineOffice(lead, windowStart) };
    }
    // `the lawyer for the senator said` and `people close to the senator said` are not the senator
    const proxy = PROXY_HEAD_RE.exec(described[1])?.[1] ?? PROXY_BEFORE_RE.exec(lead.slice(0, described.index))?.[1];
    return { speaker: this.resolveDescription(proxy ?? described[2], windowStart + described.index, !proxy, proxy ? '' : described[1]) };
  }

  /**
   * Whose turn of an interview or a transcript the text at `at` is in: the name that labels its
   * paragraph, `Dana Okonkwo-Reyes: I told the board, "…"`; an answer, `A: I told the board, "…"`,
   * is the one person the headline names (`Lumora's Dana Okonkwo-Reyes on Halo 3`).
   */
  private turnSpeaker(at: number): NameMention | undefined {
    const unit = this.units[this.unitAt(at)];
    if (ANSWER_LABEL_RE.test(this.text.slice(unit.start, unit.start + 3))) return this.headlinePerson();
    const label = this.mentions[this.firstMentionFrom(unit.start)];
    const opens = !!label && label.end < at && !this.text.slice(unit.start, label.start).trim();
    return opens && /^\s*:/.test(this.text.slice(label.end, label.end + 3)) ? label : undefined;
  }

  /** The one person the headline names, if it names one. */
  private headlinePerson(): NameMention | undefined {
    if (!this.headline) return undefined;
    const first = this.firstMentionFrom(this.headline.start);
    const named = this.mentions.slice(first, first + 2).filter((m) => m.end <= this.headline!.end);
    return named.length === 1 ? named[0] : undefined;
  }

  /**
   * The office or epithet that opens a sentence, as the subject of a participle later in it: `The
   * senator took a swipe at X, calling …`, `The California Democrat spoke briefly, saying …`.
   */
  private openingDescription(lead: string, leadStart: number): string | null {
    // Of the blanks and marks that open the lead only the last can change the match: the regex
    // would try every one of them in turn, and a lead that opens on a masked quote has hundreds.
    const opening = lead.search(OPENING_ENDS);
    if (opening < 0) return null;
    const trimmed = opening > 1 ? lead.slice(opening - 1) : lead;
    // A placed epithet or an age, not a bare one: `The German government` is no German.
    const epithet = EPITHET_OPENING_RE.exec(trimmed);
    const placedOrAged = epithet && (epithet[1].trim() !== '' || isAge(epithet[2]));
    const byEpithet = placedOrAged && this.epithetCue(epithet, leadStart);
    if (byEpithet) return byEpithet.speaker;
    const words = DESCRIPTION_OPENING_RE.exec(trimmed)?.[1];
    // The last role noun of the description's first three words: `the director`, `the communications director also`
    const parts = words?.split(/\s+/) ?? [];
    let at = parts.length - 1;
    while (at >= 0 && !ROLE_NOUNS.has(parts[at])) at--;
    return at >= 0 ? this.resolveDescription(parts[at], leadStart, true, parts.slice(0, at).join(' ')) : null;
  }

  /** The subject of an inverted verb: `said Peskov`, `said Kremlin spokesman Dmitry Peskov`, `said the spokesman`. */
  private subjectAfter(verbEnd: number, windowEnd: number): Cue | undefined {
    const after = this.text.slice(verbEnd, windowEnd);
    const pronoun = PRONOUN_AFTER_VERB_RE.exec(after);
    if (pronoun) return this.pronounCue(verbEnd, pronoun[1] === 'he' ? 'male' : 'female');
    let named = this.firstNamedIn(verbEnd, windowEnd);
    const runUp = named ? this.text.slice(verbEnd, named.start) : '';
    // After a comma the name is the description's apposition only where it closes it (`said a
    // close aide, Tom Hale.`); `according to a senior official, Lenz "…"` opens the clause quoted.
    if (named && TITLE_RUN_RE.test(runUp) && (!runUp.includes(',') || APPOSITION_CLOSES_RE.test(this.text.slice(named.end)))) {
      // `said Westland Power spokeswoman Naomi Fairbairn`: the name after the role is the speaker's
      const holder = this.firstNamedIn(named.end, windowEnd);
      if (holder && isOrganisationRole(this.text.slice(named.end, holder.start))) named = holder;
      // `said Hale and Vidal`: a joint statement is no one person's
      const other = this.firstNamedIn(named.end, windowEnd);
      return other && JOINT_AFTER_VERB.test(this.text.slice(named.end, other.start)) ? { speaker: null } : spokenBy(named);
    }
    const epithet = EPITHET_AFTER_VERB_RE.exec(after);
    const byEpithet = epithet && this.epithetCue(epithet, verbEnd);
    if (byEpithet) return byEpithet;
    const described = DESCRIPTION_AFTER_VERB_RE.exec(after);
    if (described) return { speaker: this.resolveDescription(described[2], verbEnd, !(described[3] && PROXY_NOUNS.has(described[2])), described[1]) };
    const office = capitalisedOffice(CAPITALISED_OFFICE_AFTER_VERB_RE.exec(after));
    if (office) return { speaker: this.resolveDescription(office.head, verbEnd, true, office.before) };
    // A headline drops the article: `'We will rebuild,' says mayor`, `says deputy mayor`
    const words = this.inHeadline(verbEnd) ? TWO_WORDS_AFTER_VERB_RE.exec(after) : null;
    const holder = words && (this.officeHolder(words[2] && compoundOffice(words[1], words[2])) ?? this.officeHolder(words[1]) ?? this.officeHolder(words[2]));
    if (holder) return { speaker: holder };
    return undefined;
  }

  // ------------------------------------------------------------ people

  /**
   * The person a `he`/`she` stands for: the most recent one who is the subject of a sentence or
   * of a speech verb (`Peskov said X met Putin. "…," he added` means Peskov), else the most
   * recent one named outside an aside, else one in an aside (`talks led by Dmitriev`); none of
   * another gender, none further back than a few paragraphs (not counting those that open with
   * `He`/`She` of that gender: they carry the same person on). With `latest`, simply the most
   * recent one: `asked Trump, "…?" His response:` means the one asked, named last.
   */
  private pronounCue(at: number, gender: Gender, latest = false): Cue {
    return { speaker: this.resolvePronoun(at, gender, latest), gender };
  }

  private resolvePronoun(at: number, gender: Gender, latest = false): string | null {
    const reach = this.pronounReach(this.unitAt(at), gender);
    let recent: NameMention | null = null;
    let aside: NameMention | null = null;
    for (let i = this.firstMentionFrom(at) - 1, tries = 0; i >= 0 && tries < LOOKBACK; i--, tries++) {
      const m = this.mentions[i];
      if (this.unitAt(m.start) < reach) break;
      if (m.end > at || this.insideQuote(m.start) || this.isSpokenFor(m)) continue;
      const known = this.genderOf(m.text);
      if (known && known !== gender) continue;
      if (latest) return this.learn(m.text, gender);
      // `The hearing also featured Linda Petrakis, 61, a retired teacher. "…," she said.`: the one
      // just introduced, where no one before her in that sentence is its subject.
      if (!recent && !aside && INTRODUCED_RE.test(this.text.slice(m.end, m.end + 40)) && this.sentenceSubject(i) === m.text) return this.meant(m, at, gender);
      if (!this.isAntecedent(m)) aside ??= m;
      else if (this.isSubject(m)) return this.meant(m, at, gender);
      else recent ??= m;
    }
    const found = recent ?? aside;
    return found && this.meant(found, at, gender);
  }

  /**
   * The person named before `at` as someone's `relation` (`Her father, Ravi Nand,`, `Nand's mother,
   * Lila Nand,`), the latest; null where the article names none: an unnamed relative is no one named.
   */
  private relativeNamed(relation: string, at: number): string | null {
    for (let i = this.firstMentionFrom(at) - 1, tries = 0; i >= 0 && tries < LOOKBACK; i--, tries++) {
      const m = this.mentions[i];
      if (m.role && !this.insideQuote(m.start) && lastWord(m.role).toLowerCase() === relation) return m.text;
    }
    return null;
  }

  /** Whom an epithet (EPITHET_*_VERB_RE) at `at` means; undefined where its words are no epithet. */
  private epithetCue([, placeWords, epithet]: RegExpExecArray, at: number): Cue | undefined {
    const place = placeWords.trim();
    if (place) return isPlacedEpithet(place, epithet) ? { speaker: this.placedHolder(place, epithet, at) } : undefined;
    return isEpithet(epithet) ? { speaker: this.epithetHolder(epithet, at) } : undefined;
  }

  /**
   * Whom `the Spaniard` or `the 34-year-old` at `at` means: as a pronoun would where the word
   * says a man or a woman, else the latest person named as the subject of a sentence nearby.
   */
  private epithetHolder(epithet: string, at: number): string | null {
    if (/woman$/.test(epithet)) return this.resolvePronoun(at, 'female');
    if (/man$/.test(epithet)) return this.resolvePronoun(at, 'male');
    // `the 52-year-old` is the one the article gives that age, where it gives one; not one it gives another.
    const age = isAge(epithet) ? parseInt(epithet, 10) : undefined;
    const aged = age === undefined ? undefined : this.holderOfAge(age, at);
    if (aged !== undefined) return aged;
    const reach = this.unitAt(at) - PRONOUN_REACH;
    for (let i = this.firstMentionFrom(at) - 1, tries = 0; i >= 0 && tries < LOOKBACK; i--, tries++) {
      const m = this.mentions[i];
      if (this.unitAt(m.start) < reach) break;
      if (m.end > at || this.insideQuote(m.start) || this.isSpokenFor(m) || !this.isAntecedent(m)) continue;
      if (age !== undefined && this.ageOf(m) !== undefined) continue;
      if (this.isSubject(m)) return this.sentenceSubject(i);
    }
    return this.onlyPersonBefore(at);
  }

  /** The person named before `at` whom the article gives this age (`Rui Costa, 52,`, `52-year-old Rui Costa`), the latest; undefined where none. */
  private holderOfAge(age: number, at: number): string | undefined {
    for (let i = this.firstMentionFrom(at) - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (!this.insideQuote(m.start) && this.ageOf(m) === age) return m.text;
    }
    return undefined;
  }

  /** The age the article gives a person of this mention's family name, beside one of its mentions. */
  private ageOf(m: NameMention): number | undefined {
    if (!this.ages) {
      this.ages = new Map();
      for (const n of this.mentions) {
        const given = AGE_AFTER_NAME.exec(this.text.slice(n.end, n.end + 8))?.[1] ?? AGE_BEFORE_NAME.exec(this.text.slice(Math.max(0, n.start - 40), n.start))?.[1];
        if (given) this.ages.set(familyNameOf(n.text), parseInt(given, 10));
      }
    }
    return this.ages.get(familyNameOf(m.text));
  }

  /**
   * The first subject of the sentence of mention `i`, a subject itself: `Singer Lena Marsh has split
   * from her husband, actor Jonah Pike, she announced.` is about her, not the husband in apposition.
   */
  private sentenceSubject(i: number): string {
    const opening = this.sentenceOpening(this.mentions[i].start);
    let subject = this.mentions[i];
    for (let k = i - 1; k >= 0 && this.mentions[k].start >= opening; k--) {
      const m = this.mentions[k];
      if (!this.insideQuote(m.start) && !this.isSpokenFor(m) && this.isAntecedent(m) && this.isSubject(m)) subject = m;
    }
    return subject.text;
  }

  /**
   * The one person the sentence before the cue's names, subject or not (`A header from teenage
   * defender Callum Oduya won it. "…," said the 19-year-old.`); nobody where it names two.
   */
  private onlyPersonBefore(at: number): string | null {
    // it ends where the cue's sentence opens, or with the unit before where that sentence opens its unit
    const unit = this.unitAt(at);
    const opening = this.sentenceOpening(at);
    const end = opening > this.units[unit].start ? opening : unit > 0 ? this.units[unit - 1].end : 0;
    if (end === 0) return null;
    const start = this.sentenceOpening(end - 1);
    const named = new Set<string>();
    for (let i = this.firstMentionFrom(start); i < this.mentions.length && this.mentions[i].end <= end; i++) {
      const m = this.mentions[i];
      if (!this.insideQuote(m.start) && !this.isSpokenFor(m)) named.add(m.text);
    }
    return named.size === 1 ? [...named][0] : null;
  }

  /**
   * Whom `the Arizona Republican` at `at` means: the latest person named before it whom the text
   * places there, in the words just after the name (`X, the Arizona Republican who`, `X (R-Ariz.)`)
   * or in its role (`Arizona Sen. X`). Nobody, where no one is: the latest subject is often someone
   * else (`Asked whether Trump had called, the Arizona Republican said`).
   */
  private placedHolder(place: string, epithet: string, at: number): string | null {
    for (let i = this.firstMentionFrom(at) - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m.end > at || this.insideQuote(m.start)) continue;
      const after = this.text.slice(m.end, Math.min(at, m.end + PLACED_REACH));
      const partyState = PARTY_STATE_RE.exec(after);
      if (partyState && partyState[1] === PARTY_LETTERS[epithet] && abbreviates(partyState[2], place)) return m.text;
      if (after.split(/[.;!?]/)[0].includes(place) || m.role?.includes(place)) return m.text;
    }
    return null;
  }

  /**
   * The person a pronoun at `at` means, when `m` is the one named it would point back to: nobody
   * named where a sentence between them is about someone the text leaves unnamed (`Hale arrived.
   * Vidal's spokesman was there. "…," he said` means the spokesman).
   */
  private meant(m: NameMention, at: number, gender: Gender): string | null {
    const between = this.masked(m.end, at);
    SENTENCE_BREAK_RE.lastIndex = 0;
    for (let sentence; (sentence = SENTENCE_BREAK_RE.exec(between)); ) {
      const start = sentence.index + sentence[0].length;
      if (start >= between.length || !(classAt(between, start) & UPPER)) continue;
      // `Hale arrived. The minister announced a scheme. "…," she said` means the minister named before.
      OFFICE_SUBJECT_RE.lastIndex = start;
      const office = OFFICE_SUBJECT_RE.exec(between);
      if (office && ROLE_NOUNS.has(office[2]) && !UNNAMED_ROLES.has(office[2])) {
        const holder = this.resolveDescription(office[2], m.end + start, false, office[1]);
        const known = holder && this.genderOf(holder);
        if (holder && (!known || known === gender)) return this.learn(holder, gender);
        // `Salo visited. The regional police chief said six had died. "…," he said` means the chief, whom the text does not name.
        if (!holder && nounGender(office[2], gender) === gender) return null;
      }
      UNNAMED_SUBJECT_RE.lastIndex = start;
      const noun = UNNAMED_SUBJECT_RE.exec(between)?.[1].toLowerCase();
      if (noun && nounGender(noun, gender) === gender) return null;
      if (unnamedSpeakerAt(between, start, gender)) return null;
    }
    // `"…," one woman said. "…," she added` means her: the cue after a quote between them.
    for (let j = firstIndex(this.marked.length, (i) => this.marked[i].close >= m.end); j < this.marked.length && this.marked[j].close < at; j++) {
      if (unnamedSpeakerAt(between, this.marked[j].close + 1 - m.end, gender)) return null;
    }
    return this.learn(m.text, gender);
  }

  /**
   * The first unit a pronoun in unit `unit` may point back to: PRONOUN_REACH units back, not
   * counting those that open with the pronoun or give a quote to it (`"…," he said.` paragraph
   * after paragraph of a profile carries one person on).
   */
  private pronounReach(unit: number, gender: Gender): number {
    const pronoun = gender === 'male' ? HE_CARRIES : SHE_CARRIES;
    let counted = 0;
    let first = unit;
    while (first > 0 && counted < PRONOUN_REACH) {
      first--;
      const { start, end } = this.units[first];
      if (!pronoun.test(this.text.slice(start, Math.min(end, start + PRONOUN_SEEN_WITHIN)))) counted++;
    }
    return first;
  }

  private learn(name: string, gender: Gender): string {
    if (!this.genderOf(name)) this.pronounOf.set(familyNameOf(name), gender);
    return name;
  }

  /** A name that opens its sentence (after titles) or comes right before a speech verb. */
  private isSubject(m: NameMention): boolean {
    let subject = this.subjects.get(m);
    if (subject === undefined) {
      // the clause the name stands in: after the sentence's end or a leading phrase's comma (`On Sunday, Gibbs …`)
      const clause = clauseBefore(this.text, m.start, 120);
      // a possessive stays one word: `The union's spokeswoman Anna Lind led` is hers to lead
      const before = clause.split(/[\s"“”„«»,()—–-]+|['‘’](?!s(?!\p{L}))/u).filter((word) => word !== '');
      const title = (word: string) => isTitleWord(word) || TITLE_SMALL_WORDS.has(word) || POSSESSIVE_WORD_RE.test(word);
      subject =
        SUBJECT_OF_VERB_RE.test(this.masked(m.end, Math.min(this.text.length, m.end + 200))) ||
        this.namedSubject(m) ||
        isAgentOfThing(clause) ||
        before.every(title) ||
        // the subject of a verb before it, right after a quote: `"…," said Robert Gibbs` (whom `he said` means next);
        // not `DeMint said Steele needs to…`, where the name after the verb is another's
        (CLOSING_MARK_OPENS.test(clause) && INVERTING_VERBS.has(before[0]) && before.slice(1).every(title));
      this.subjects.set(m, subject);
    }
    return subject;
  }

  /**
   * A headline drops the article before an office (`Mayor vows "no retreat"`, `Housing Minister
   * says`), and names it before the story does: the first person the story gives that office.
   */
  private headlineOffice(lead: string, leadStart: number): string | null {
    return this.inHeadline(leadStart) ? this.officeHolder(BARE_OFFICE_BEFORE_VERB_RE.exec(lead)?.[1]) : null;
  }

  private inHeadline(at: number): boolean {
    return !!this.headline && at >= this.headline.start && at < this.headline.end;
  }

  /**
   * The first person the story gives a headline's office (`mayor`), or null. A headline may put
   * its place or story before the office (`Harbour town mayor`) where the story writes `the
   * mayor of Harbour`: failing the words written, the office its last words make (`mayor`,
   * `deputy mayor`), held at that rank.
   */
  private officeHolder(written: string | undefined): string | null {
    const office = written?.toLowerCase();
    const words = office?.split(' ') ?? [];
    const head = words.pop();
    if (!this.headline || !office || !head || !ROLE_NOUNS.has(head) || UNNAMED_ROLES.has(head)) return null;
    const exact = officeWord(office);
    const madeOf = officeWord(compoundOffice(words[words.length - 1] ?? '', head) ?? head);
    const first = this.firstMentionFrom(this.headline.end);
    for (let i = first; i < this.mentions.length; i++) if (exact.test(this.roleOf(this.mentions[i]))) return this.mentions[i].text;
    if (!words.length) return null;
    for (let i = first; i < this.mentions.length; i++) if (holdsOffice(this.roleOf(this.mentions[i]), madeOf)) return this.mentions[i].text;
    return null;
  }

  /** The role a mention carries, or the title before it and the apposition after it, titles spelled out (`Sen.` as Senator). */
  private roleOf(m: NameMention): string {
    return (m.role ?? `${this.titleBefore(m)} ${this.appositionAfter(m)}`).replace(/\b([A-Z][a-z]{1,3})\./g, (all, short: string) => SPELLED_TITLES[short] ?? all);
  }

  /**
   * `the spokesman said`: the latest person given that role (by the mention's role or the title
   * before the name). For a named office (`the governor`) and no one given it, the latest person
   * given no role at all, as a reader would take it; not for one who speaks for another (`the
   * lawyer for the senator`), who is someone else than the story's people without a role.
   */
  private resolveDescription(head: string, at: number, guessOffice: boolean, before = ''): string | null {
    if (PERSONAL_WRITINGS.has(head)) return /\bjoint\b/.test(before) ? null : this.authorOf(head, at);
    const word = officeWord(compoundOffice(lastWord(before), head) ?? head);
    const qualifier = QUALIFIER_RE.exec(before)?.[1];
    const past = PAST_OFFICE_RE.test(before);
    const holds = (role: string) => holdsOffice(role, word) && (!past || PAST_OFFICE_RE.test(role));
    let roleless: NameMention | null = null;
    const unit = this.unitAt(at);
    for (let i = this.firstMentionFrom(at) - 1, tries = 0; i >= 0 && tries < LOOKBACK; i--, tries++) {
      const m = this.mentions[i];
      const role = this.roleOf(m);
      if (holds(role)) {
        // `Vidal, a senior official, … A senior official said … "…," the official said`: the one introduced since, unnamed
        if (introducedUnnamed(this.masked(m.end, at), head)) return null;
        // `Penhaligon claimed … "…," the Harriers manager said.` means him, not `Manager Ines Vukovic` further back, whose role lacks the club
        const nearer = qualifier && !role.includes(qualifier) && roleless && this.unitAt(roleless.start) === unit ? roleless : null;
        return (nearer ?? m).text;
      }
      if (!roleless && !role.trim() && this.isAntecedent(m) && this.unitAt(m.start) >= unit - PRONOUN_REACH) roleless = m;
    }
    // `Commission President Ursula von der Leyen … Von der Leyen called it … "…," the Hungarian prime minister said`:
    // the text gave her a role before, and not a Hungarian one.
    if (roleless && qualifier && this.givenRoleWithout(roleless, qualifier)) roleless = null;
    // `"…," the judge told the court. Judge Martin Ferrow said …`: the office's holder named later in the paragraph, outside quotes
    for (let i = this.firstMentionFrom(at); i < this.mentions.length && this.unitAt(this.mentions[i].start) === unit; i++) {
      const m = this.mentions[i];
      if (!this.insideQuote(m.start) && holds(this.roleOf(m))) return m.text;
    }
    if (!guessOffice || !ROLE_NOUNS.has(head) || UNNAMED_ROLES.has(head) || !roleless) return null;
    // `Another laid-off employee, who asked not to be named, said … "…," the employee said`: the one introduced since, unnamed.
    return introducedUnnamed(this.masked(roleless.end, at), head) ? null : roleless.text;
  }

  /** Whether an earlier mention of the person gives them a role without the qualifier (`Hungarian`): a description with it means someone else. */
  private givenRoleWithout(m: NameMention, qualifier: string): boolean {
    const surname = familyNameOf(m.text);
    for (const earlier of this.mentions) {
      if (earlier.start >= m.start) return false;
      const role = familyNameOf(earlier.text) === surname ? this.roleOf(earlier) : '';
      if (role.trim() && !role.includes(qualifier)) return true;
    }
    return false;
  }

  /**
   * Who wrote the writing `the memo` means: the subject nearest before where a sentence before `at`
   * names it (`Raman announced the cuts in a memo to staff. … "…," the memo said.`), within a few
   * paragraphs; nobody where that sentence names no one before it, or two who wrote it together
   * (`Pelosi and Schumer released a statement`).
   */
  private authorOf(writing: string, at: number): string | null {
    const reach = this.units[Math.max(0, this.unitAt(at) - PRONOUN_REACH)].start;
    const named = new RegExp(String.raw`\b${writing}s?\b`, 'gi');
    const before = this.masked(reach, at);
    let last = -1;
    for (let m; (m = named.exec(before)); ) last = reach + m.index;
    if (last < 0) return null;
    const sentence = this.sentenceOpening(last);
    for (let i = this.firstMentionFrom(last) - 1; i >= 0 && this.mentions[i].start >= sentence; i--) {
      const m = this.mentions[i];
      if (!this.isAntecedent(m) || !this.isSubject(m)) continue;
      const joint = i > 0 && JOINT_SUBJECT.test(this.text.slice(this.mentions[i - 1].end, m.start));
      return joint ? null : m.text;
    }
    return null;
  }

  /** The person a participle's clause is about: the latest pronoun or plausible name before it. */
  private latestPersonIn(from: number, to: number): string | null {
    let pronoun: RegExpExecArray | null = null;
    PERSONAL_PRONOUN_RE.lastIndex = 0;
    const lead = this.masked(from, to);
    for (let m; (m = PERSONAL_PRONOUN_RE.exec(lead)); ) pronoun = m;
    for (let i = this.firstMentionFrom(to) - 1; i >= 0 && this.mentions[i].start >= from; i--) {
      const m = this.mentions[i];
      if (pronoun && m.start < from + pronoun.index) break;
      if (this.isAntecedent(m)) return m.text;
    }
    return pronoun ? this.resolvePronoun(from + pronoun.index, pronoun[1].toLowerCase() === 'he' ? 'male' : 'female') : null;
  }

  /** A name a later pronoun or cue can point back to: outside quotes, not a possessive, not an aside. */
  /** The name a relative clause gives the sentence's subject, no object of its verb: `One mother, who gave her name only as Sarah, said`. */
  private namedSubject(m: NameMention): boolean {
    return NAMED_AS_RE.test(clauseBefore(this.text, m.start, 120)) && VERB_AFTER_CLAUSE_RE.test(this.masked(m.end, Math.min(this.text.length, m.end + 100)));
  }

  private isAntecedent(m: NameMention): boolean {
    let antecedent = this.antecedents.get(m);
    if (antecedent === undefined) {
      antecedent =
        !this.insideQuote(m.start) && !this.isSpokenFor(m) && (this.namedSubject(m) || isAgentOfThing(clauseBefore(this.text, m.start, 120)) || !this.isAside(m));
      this.antecedents.set(m, antecedent);
    }
    return antecedent;
  }

  /**
   * A name after a preposition or a verb (`met with Trump`, `accused Obama`), or after `that`
   * (`argued that Trump was`) where a pronoun is resolved: rarely whom a later `he said` means.
   */
  private isAside(m: NameMention, afterThat = true): boolean {
    const known = afterThat ? this.asidesAfterThat : this.asides;
    let aside = known.get(m);
    if (aside === undefined) {
      const context = wordsBefore(this.text, m.start, 6);
      const skipped = Math.max(0, context.length - 4);
      const words = context.slice(skipped);
      // The role written right before the name is no verb taking it as object: `housing secretary Priya Nandakumar`
      if (m.role && this.text.slice(0, m.start).trimEnd().endsWith(m.role)) words.splice(-m.role.split(/\s+/).length);
      // `according to Peskov` names the speaker, and so does `an aide to the president Tom Hale said`
      aside =
        !words.some((word) => word.toLowerCase() === 'according') &&
        !holdsProxyTitle(context) &&
        words.some((word, i) => {
          const lower = word.toLowerCase();
          if (lower === 'that') return afterThat;
          // `Governor of Washington Chris Gregoire`, `CEO of the Refugee Council Enver Solomon`: inside a
          // capitalised title (but `the communications director for Rep. Stephen Fincher` is his aide's),
          // or after an institution's name (`Chamber of Commerce head Ana Vidal`)
          const title = context[skipped + i - 1];
          const titled = title && STARTS_CAPITAL.test(title) && (TITLES.has(title) || ROLE_NOUNS.has(title.toLowerCase()) || (lower === 'of' && NAME_ENDINGS_NOT_PEOPLE.has(title)));
          if (TITLE_PREPOSITIONS.has(lower) && titled) return false;
          if (ASIDE_WORDS.has(lower)) return true;
          // After `her` or `Tran's`, a participle describes: `her grieving sister Kim Tran said`
          const previous = context[skipped + i - 1]?.toLowerCase();
          if (previous && (DETERMINERS.has(previous) || POSSESSIVE_WORD_RE.test(previous))) return false;
          return (/^[a-z]+(?:ed|ing)$/.test(word) || OBJECT_TAKING_VERBS.has(word)) && !TITLE_PARTICIPLES.has(word) && !isInverting(word);
        });
      known.set(m, aside);
    }
    return aside;
  }

  /** The words written right before a name: `Kremlin spokesman` in `Kremlin spokesman Dmitry Peskov`. */
  private titleBefore(m: NameMention): string {
    const words = wordsBefore(this.text, m.start);
    let first = words.length;
    while (first > 0 && isTitleWord(words[first - 1])) first--;
    return words.slice(first).join(' ');
  }

  private appositionAfter(m: NameMention): string {
    // `Calloway, 27, had been bidding`: an age is no role.
    return /^,\s+(?!\d{1,3},)([^,.]{1,58}),/.exec(this.text.slice(m.end, m.end + 60))?.[1] ?? '';
  }

  private genderOf(name: string): Gender | undefined {
    // A full name's given name first: `Kevin Marsh` and `Dana Marsh` share what was learned of `Marsh`.
    const own = name.includes(' ') ? this.givenNameGender(name.split(/\s+/)) : undefined;
    if (own) return own;
    const related = this.genderByRelation.get(name);
    if (related) return related;
    const learned = this.pronounOf.get(familyNameOf(name)) ?? this.honorificOf.get(familyNameOf(name));
    if (learned) return learned;
    // `Okafor` or `Maya Okafor` beside her husband `Samuel Okafor`: his first name says nothing of her
    if (this.familySurnames.has(familyNameOf(name))) return undefined;
    return this.givenNameGender((this.fullestBySurname.get(familyNameOf(name)) ?? name).split(/\s+/));
  }

  /** What the first of a name's words says of its gender, if it is a given name of one gender only. */
  private givenNameGender(words: string[]): Gender | undefined {
    // a surname alone tells nothing (`Rice` is also a first name); a first name alone does
    if (words.length < 2 && !this.firstNames.has(words[0])) return undefined;
    // `Park Geun-hye`: a family name first says nothing of her
    if (words.length > 1 && ASIAN_FAMILY_NAMES.has(words[0])) return undefined;
    return givenNameGender(words[0]);
  }

  /**
   * A name someone else speaks for, never the speaker: `Ruiz's spokesman`, `a spokesman for
   * Ruiz`, `the Ruiz campaign`, `the Tony Blair Institute`.
   */
  private isSpokenFor(m: NameMention): boolean {
    let spokenFor = this.spokenFor.get(m);
    if (spokenFor === undefined) {
      spokenFor =
        (POSSESSIVE_ENDING.test(this.text.slice(m.end, m.end + 3)) && !OWNS_WHAT_IS_SAID_RE.test(this.text.slice(m.end, m.end + 20))) ||
        NAME_AS_MODIFIER_RE.test(this.text.slice(m.end, m.end + 30)) ||
        followsProxy(this.text, m.start);
      this.spokenFor.set(m, spokenFor);
    }
    return spokenFor;
  }

  private firstNamedIn(from: number, to: number): NameMention | undefined {
    for (let i = this.firstMentionFrom(from); i < this.mentions.length && this.mentions[i].start < to; i++) {
      const m = this.mentions[i];
      if (m.end <= to && !this.insideQuote(m.start) && !this.isSpokenFor(m)) return m;
    }
    return undefined;
  }

  private mentionEndingAt(at: number): NameMention | undefined {
    const trimmed = this.text.slice(0, at).trimEnd().length;
    const i = this.firstMentionFrom(trimmed) - 1;
    return i >= 0 && this.mentions[i].end === trimmed ? this.mentions[i] : undefined;
  }

  private firstMentionFrom(at: number): number {
    return firstIndex(this.mentions.length, (i) => this.mentions[i].start >= at);
  }

  private unitAt(at: number): number {
    return firstIndex(this.units.length, (i) => this.units[i].end > at);
  }

  private insideQuote(at: number): boolean {
    const span = this.quoted[firstIndex(this.quoted.length, (i) => this.quoted[i].end > at)];
    return !!span && span.start < at;
  }

  // ------------------------------------------------------------ sentences

  /** Where the sentence holding `at` opens: after the last sentence end before it outside quotes (not `Mr.`), or at its unit's start. */
  private sentenceOpening(at: number): number {
    const unitStart = this.units[this.unitAt(at)].start;
    for (let p = at - 1; p > unitStart; p--) if (sentenceEndsAt(this.text, p) && !this.insideQuote(p)) return p + 1;
    return unitStart;
  }

  /** Where the sentence holding quote k's opening mark starts, looking back over earlier quotes in its unit. */
  private sentenceStart(k: number): number {
    const q = this.marked[k];
    const limit = Math.max(this.units[q.firstUnit].start, q.open - LEAD_LIMIT);
    let j = k - 1;
    for (let p = q.open - 1; p >= limit; p--) {
      const earlier = j >= 0 ? this.marked[j] : undefined;
      if (earlier && p <= earlier.close) {
        if (endsSentence(this.text, earlier) || earlier.open < limit) return earlier.close + 1;
        p = earlier.open;
        j--;
        continue;
      }
      if (sentenceEndsAt(this.text, p)) return p + 1;
    }
    return limit;
  }

  /** Where the clause after quote k ends: its sentence, its unit, or the next quote. */
  private tailEnd(k: number): number {
    const q = this.marked[k];
    const next = this.marked[k + 1];
    let end = Math.min(this.units[q.lastUnit].end, q.close + 1 + TAIL_LIMIT);
    if (next && next.open < end) end = next.open;
    for (let p = q.close + 1; p < end; p++) {
      if (isStop(this.text.charCodeAt(p)) && (p + 1 === end || isSpaceAt(this.text, p + 1)) && !isAbbreviation(this.text, p)) return p;
    }
    return end;
  }

  /** The text between from and to with the words inside quotes blanked out (marks and offsets kept). */
  private masked(from: number, to: number): string {
    let out = '';
    let at = from;
    for (let j = firstIndex(this.marked.length, (i) => this.marked[i].close > from); j < this.marked.length && this.marked[j].open < to; j++) {
      const blankFrom = Math.max(at, this.marked[j].open + 1);
      const blankTo = Math.min(to, this.marked[j].close);
      if (blankFrom >= blankTo) continue;
      out += this.text.slice(at, blankFrom) + ' '.repeat(blankTo - blankFrom);
      at = blankTo;
    }
    return out + this.text.slice(at, to);
  }
}

// ---------------------------------------------------------------- sentences and words

/** The text of the clause before `at`, at most `limit` long: cut at a line break, a comma, a colon or a sentence's end. */
function clauseBefore(text: string, at: number, limit: number): string {
  const from = Math.max(0, at - limit);
  for (let p = at - 1; p >= from; p--) {
    const code = text.charCodeAt(p);
    if (code === 10 || code === 13 || code === 44 || code === 59 || code === 58 || code === 40 || code === 41) return text.slice(p + 1, at); // \n \r , ; : ( )
    if (sentenceEndsAt(text, p)) return text.slice(p + 1, at);
    // A quoted sentence ends the clause with its marks: `"Have I not been clear?" Ms. Pelosi said`, `…take?’” Mrs. Clinton said`
    if (CLOSING_MARKS.has(code) && isSpaceAt(text, p + 1)) {
      let q = p;
      while (q > 0 && CLOSING_MARKS.has(text.charCodeAt(q - 1))) q--;
      if (q > 0 && isStop(text.charCodeAt(q - 1))) return text.slice(p + 1, at);
    }
  }
  return text.slice(from, at);
}

/** What may follow `Durbin said` in a sentence that only says who spoke: nothing, or when, where or how. */
const SPEAKER_ONLY_REST_RE = /^(?:\s*$|\s*,|\s+(?:on|in|at|during|after|before|to|from|via|while|when|as|later|then|last|this|yesterday|today|tonight|\p{Lu}\p{Ll}+day)\b)/u;

/** Marks that close a quote: " ” ' ’ */
const CLOSING_MARKS = new Set([0x22, 0x201d, 0x27, 0x2019]);

/** A sentence ends at p: a stop, a space after it, and no abbreviation before it (`Mr.`, `U.S.`). */
function sentenceEndsAt(text: string, p: number): boolean {
  return isStop(text.charCodeAt(p)) && isSpaceAt(text, p + 1) && !isAbbreviation(text, p);
}

/** Whether `text` at `at` gives someone unnamed a speech verb (UNNAMED_SPEAKER_RE) whom a pronoun of this gender may mean. */
function unnamedSpeakerAt(text: string, at: number, gender: Gender): boolean {
  UNNAMED_SPEAKER_RE.lastIndex = at;
  const speaker = UNNAMED_SPEAKER_RE.exec(text);
  return !!speaker && nounGender((speaker[1] ?? speaker[2]).toLowerCase(), gender) === gender;
}

/** The gender a noun for a person says (`spokeswoman`, `man`), else `otherwise`. */
function nounGender(noun: string, otherwise: Gender): Gender {
  return noun.endsWith('woman') ? 'female' : noun.endsWith('man') ? 'male' : otherwise;
}

/** `.`, `!` or `?`. */
function isStop(code: number): boolean {
  return code === 46 || code === 33 || code === 63;
}

/** A word of a title or role before a name: capitalised (`President`, `Putin's`), or a role word (`spokesman`, `former`). */
function isTitleWord(word: string): boolean {
  return STARTS_CAPITAL.test(word) || ROLE_NOUNS.has(word) || ROLE_MODIFIERS.has(word);
}

/** The name at `at` stands after `with`, titles aside: `, with Boswell stating`, `, with Wells Fargo CEO Harold Beane saying`. */
function followsWith(text: string, at: number): boolean {
  const words = wordsBefore(text, at);
  let i = words.length - 1;
  while (i > 0 && isTitleWord(words[i])) i--;
  return words[i]?.toLowerCase() === 'with';
}

/** The name at `at` stands after `a spokesman for the`, titles aside: it is the one spoken for. */
function followsProxy(text: string, at: number): boolean {
  const words = clauseBefore(text, at, 80).trim().split(/\s+/);
  let i = words.length - 1;
  while (i > 0 && (isTitleWord(words[i]) || DETERMINERS.has(words[i]))) i--;
  return i > 0 && PROXY_PREPOSITIONS.includes(words[i]) && PROXY_NOUNS.has(words[i - 1]) && !holdsProxyTitle(words);
}

/**
 * Words before a name that are a proxy's title with a lower-case office (`special assistant to
 * the president Tom Hale`): the name is the assistant's, as `President` would be capitalised
 * before the one assisted.
 */
function holdsProxyTitle(words: string[]): boolean {
  let i = words.length - 1;
  while (i > 0 && (ROLE_NOUNS.has(words[i]) || ROLE_MODIFIERS.has(words[i]))) i--;
  return i < words.length - 1 && i >= 2 && words[i] === 'the' && PROXY_PREPOSITIONS.includes(words[i - 1]) && PROXY_NOUNS.has(words[i - 2]);
}

/** The last few words of the clause before `at`. */
function wordsBefore(text: string, at: number, count = 4): string[] {
  return clauseBefore(text, at, 60).trim().split(/\s+/).slice(-count);
}

/** The full stop at `dot` ends an initial or an abbreviation (`J.`, `U.S.`, `Mr.`), not a sentence. */
export function isAbbreviation(text: string, dot: number): boolean {
  if (text.charCodeAt(dot) !== 46) return false;
  // The letters and dots right before it, within 12 characters (a pair of surrogates cut there is no letter).
  const from = Math.max(0, dot - 12);
  let start = dot;
  for (let before = codePointStart(text, start); start > from && before >= from; before = codePointStart(text, start)) {
    if (text.charCodeAt(before) !== 46 && !(classAt(text, before) & LETTER)) break;
    start = before;
  }
  const word = text.slice(start, dot);
  return word.length === 1 || word.includes('.') || ABBREVIATIONS.has(word);
}

/** A speech verb in a text: `said`, or `according to`. */
export interface Verb {
  index: number;
  end: number;
  text: string;
}

/** Word characters as `\w` and `\b` see them. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/**
 * The first speech verb (`said`, not `so-called`, not the noun of `the demands`) or cue of two
 * words (`according to`, `pointed out`) from `from` on: what `/\b(?:[Aa]ccording to|pointed out|…)\b|(?<![\w-])(?:said|says|…|(?<!(?:\b(?:the|his|…)|['’]s|s['’])\s+)demands)\b/g`
 * finds, read word by word.
 */
export function nextVerb(text: string, from: number): Verb | null {
  for (let at = from; at < text.length; ) {
    if (!isWordCode(text.charCodeAt(at))) {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
    const word = text.slice(at, end);
    const rest = PHRASE_VERBS.get(word);
    if (rest !== undefined && text.startsWith(rest, end) && !isWordCode(text.charCodeAt(end + rest.length))) {
      return { index: at, end: end + rest.length, text: text.slice(at, end + rest.length) };
    }
    if (isSpeechVerbAt(text, at, word)) return { index: at, end, text: word };
    at = end;
  }
  return null;
}

/**
 * Cues of two words, by their first: `according to Peskov`, `as Peskov pointed out`, `as Peskov
 * put it`, `Peskov spoke of "…"`. Neither word alone says that someone speaks (`pointed to the map`,
 * `put the question`, `spoke at the opening`).
 */
const PHRASE_VERBS = new Map([
  ['according', ' to'],
  ['According', ' to'],
  ['pointed', ' out'],
  ['points', ' out'],
  ['pointing', ' out'],
  ['put', ' it'],
  ['spoke', ' of'],
  ['speaks', ' of'],
]);

/** `word`, standing at `at` in `text`, is a speech verb: not `so-called`, not the noun of `the demands`. */
function isSpeechVerbAt(text: string, at: number, word: string): boolean {
  return text.charCodeAt(at - 1) !== 45 && SPEECH_VERB_SET.has(word) && !(PLURAL_LIKE.test(word) && afterDeterminer(text, at));
}

/** Speech verbs that may be plural nouns (`demands`, `claims`; `says` never is). */
const PLURAL_LIKE = /^(?!says$)[a-z]+s$/;

/**
 * The word at `at` follows a determiner or a possessive, so a speech verb there that may be a
 * plural noun is one: `said the union's demands were`, `his claims`.
 */
function afterDeterminer(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && isSpaceAt(text, end - 1)) end--;
  if (end === at) return false;
  const mark = text.charCodeAt(end - 1);
  if ((mark === 39 || mark === 0x2019) && text.charCodeAt(end - 2) === 115) return true; // `employers' demands`
  let start = end;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
  const word = text.slice(start, end).toLowerCase();
  const apostrophe = text.charCodeAt(start - 1);
  if (word === 's' && (apostrophe === 39 || apostrophe === 0x2019)) {
    // `the union's demands`, but not `he's maintained`
    let owner = start - 1;
    while (owner > 0 && isWordCode(text.charCodeAt(owner - 1))) owner--;
    return !CONTRACTED_PRONOUNS.has(text.slice(owner, start - 1).toLowerCase());
  }
  return DETERMINERS.has(word) || NOUN_MARKERS.has(word);
}

/** A speech verb (not `according to`) anywhere in the text. */
function hasSpeechVerb(text: string): boolean {
  for (let verb = nextVerb(text, 0); verb; verb = nextVerb(text, verb.end)) if (!/^according/i.test(verb.text)) return true;
  return false;
}

/** The lead ends with a speech verb or a colon, then only spaces, commas and colons: `Peskov said, "`. */
export function endsWithCue(lead: string): boolean {
  let end = lead.length;
  for (; end > 0; end--) {
    const code = lead.charCodeAt(end - 1);
    if (code === 58) return true;
    if (code !== 44 && !isSpaceAt(lead, end - 1)) break;
  }
  let start = end;
  while (start > 0 && isWordCode(lead.charCodeAt(start - 1))) start--;
  const verb = lead.slice(start, end);
  // a passive one opens no sentence of the speaker's: `families would be told "exactly what happened"` is a part
  return start < end && isSpeechVerbAt(lead, start, verb) && !JUDGING_VERB_SET.has(verb) && !PASSIVE_BEFORE_RE.test(lead.slice(0, start));
}

/** An earlier quote ended its sentence: a full stop inside its marks and a capital or a mark after. */
function endsSentence(text: string, q: Marked): boolean {
  return /[.!?…]\s*$/.test(text.slice(Math.max(q.open + 1, q.close - 3), q.close)) && /^\s+["“‘«„'A-Z]/.test(text.slice(q.close + 1, q.close + 4));
}

/** A whole sentence or more: an inner sentence break, or a capital start and a full stop end. */
function isStatement(quoted: string): boolean {
  const trimmed = quoted.trim();
  INNER_SENTENCE_BREAK.lastIndex = 0;
  for (let m; (m = INNER_SENTENCE_BREAK.exec(trimmed)); ) if (!isAbbreviation(trimmed, m.index)) return true;
  return STARTS_LIKE_SENTENCE.test(trimmed) && /[.!?…]\)?$/.test(trimmed) && wordCount(trimmed) >= 3 && !isTitle(trimmed);
}

/** Whether a verb says who speaks: not a passive one, nor `according to`. */
function reportsSpeaker(sentence: string, verb: Verb): boolean {
  return !isPassive(sentence, verb) && !/^according/i.test(verb.text);
}

/** A verb that asks a question of someone (`Ana Vidal asked Fedin what he meant`): the asker's words are not the answer that follows. */
/** Quoted words that end in a question. */
const QUESTION_END_RE = /\?\s*$/;

function asksSomeone(sentence: string, verb: Verb): boolean {
  return QUESTION_VERB_RE.test(verb.text) && !ASKED_PARTICIPLE_BEFORE_RE.test(sentence.slice(0, verb.index));
}

/** A kind of work before its title: `the ABC News program`, `his book`, `a song titled`. */
const WORK_BEFORE_RE =
  /\b(?:program|programme|show|series|broadcast|podcast|documentary|film|movie|newspaper|magazine|column|editorial|book|memoir|novel|song|album|play|musical|titled|entitled)\s*$/;

/** A title in quote marks: words that are each capitalised but for small ones (`“Face the Nation”`). */
function isTitle(quoted: string, fewestWords = 2): boolean {
  const words = quoted.trim().replace(/[,.]$/, '').split(/\s+/);
  return words.length >= fewestWords && words.every((w, i) => FIRST_LETTER_CAPITAL.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w)));
}

/**
 * The verb stands in a relative clause between commas that closes before the quote: `Voss said
 * that union officials, who had called her out, could "…"` is Voss's. The comma that only opens
 * the quote closes none: `Senator Vidal, who said, "…"` is Vidal's.
 */
function inRelativeAside(lead: string, verb: Verb): boolean {
  const comma = lead.indexOf(',', verb.end);
  return RELATIVE_OPENING_RE.test(lead.slice(0, verb.index)) && comma >= 0 && lead.slice(comma + 1).trim() !== '';
}
const RELATIVE_OPENING_RE = /,\s*(?:who|which)\s[^,;:"“”]*$/;

/** `was confirmed`, `is called`, `the deal announced by Obama`: the subject is not the one speaking. */
function isPassive(text: string, verb: Verb): boolean {
  return (
    PASSIVE_BEFORE_RE.test(text.slice(Math.max(0, verb.index - 30), verb.index)) ||
    (verb.text.endsWith('ed') && AGENT_AFTER_RE.test(text.slice(verb.end, verb.end + 12))) ||
    // A judging verb takes its object first: `Marlowe accused of 'broken promise'` is said of Marlowe, not by him.
    (JUDGING_VERB_SET.has(verb.text) && verb.text.endsWith('ed') && NO_OBJECT_AFTER_RE.test(text.slice(verb.end, verb.end + 8)))
  );
}
const NO_OBJECT_AFTER_RE = /^\s+(?:of|for|over|as)\b/;
const PASSIVE_BEFORE_RE = /\b(?:was|were|is|are|be|been|being)\s+(?:[a-z]+ly\s+)?$/;
/**
 * A clause ending in the agent of a passive whose subject is a thing, titles aside: `The award was
 * accepted by his daughter`, before `Clara Finch`. She did what the sentence tells, as its subject
 * would have; where the subject is a person (`Hale was replaced by Tom Reid`), the subject stays it.
 */
function isAgentOfThing(clause: string): boolean {
  const agent = THING_PASSIVE_AGENT_RE.exec(clause)?.[1];
  return agent !== undefined && agent.split(/\s+/).every((word) => word === '' || DETERMINERS.has(word) || isTitleWord(word) || POSSESSIVE_WORD_RE.test(word));
}
const THING_PASSIVE_AGENT_RE = /^\s*(?:the|a|an|The|A|An)\s+(?:[a-z-]+\s+){0,3}(?:was|were|is|are|has been|have been|had been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ne|t)\s+by\s+(.*)$/;
/** A word with a possessive ending: `union's`. */
const POSSESSIVE_WORD_RE = /\p{L}['’]s$/u;
/** The one who did what a participle says, after it: `the deal announced by President Obama` (not `said by phone`). */
const AGENT_AFTER_RE = /^\s+by\s+(?:the|a|an|his|her|their|its|[A-Z])/;

/** The last word of a phrase (`deputy` of `the deputy`). */
function lastWord(phrase: string): string {
  return phrase.trim().split(/\s+/).pop()!;
}

function isInverting(verb: string): boolean {
  return INVERTING_VERBS.has(verb.split(' ')[0].toLowerCase());
}

/**
 * What stands between an organisation named after a speech verb and the person speaking for it:
 * the rest of its name and the role (` Power spokeswoman `, ` chief financial officer `).
 */
function isOrganisationRole(between: string): boolean {
  const words = between.trim().split(/\s+/);
  let at = 0;
  while (at < words.length && STARTS_CAPITAL.test(words[at])) at++;
  const role = words.slice(at);
  return role.length >= 1 && role.length <= 3 && role.every((word) => /^[a-z-]+$/.test(word)) && ROLE_NOUNS.has(role[role.length - 1]);
}

/** The words between spaces that hold a letter or a digit, counted in place (asked several times of every quote). */
function wordCount(s: string): number {
  let count = 0;
  for (let at = 0; at < s.length; ) {
    if (isSpaceAt(s, at)) {
      at++;
      continue;
    }
    let letters = false;
    for (; at < s.length && !isSpaceAt(s, at); at = codePointEnd(s, at)) if (classAt(s, at) & (LETTER | NUMBER)) letters = true;
    if (letters) count++;
  }
  return count;
}

/** The first index in [0, length) where `reached` holds, for a condition false then true along the list. */
function firstIndex(length: number, reached: (i: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (reached(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Folds typography so that the same words quoted twice compare equal. */
function fold(quoted: string): string {
  return quoted
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’‚']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,.]$/, '')
    .toLowerCase();
}

/** A quote no cue speaks for takes the speaker of the same words quoted with a cue elsewhere in the article. */
function giveRepeatsTheirSpeaker(found: QuoteFound[], cueless: number[]): QuoteFound[] {
  if (!cueless.length) return found;
  const cuedAs = new Map<string, QuoteFound>();
  for (const q of found) if (q.speakerName) cuedAs.set(fold(q.text), q);
  for (const i of cueless) {
    const cued = cuedAs.get(fold(found[i].text));
    if (!cued) continue;
    found[i].speakerName = cued.speakerName;
    if (cued.speakerGender) found[i].speakerGender = cued.speakerGender;
  }
  return found;
}
