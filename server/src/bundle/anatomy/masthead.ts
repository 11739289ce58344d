// A news page's masthead: the outlet's name printed above the headline (`Harbour Evening Post`,
// `THE ISLAND TIMES`, `Coastline Today | News for the coast since 1921`).
import { agencyNamed } from './agencies';
import { findDate } from './dates';
import { OUTLETS, wordTier } from '../lexicon';

/** One to four capitalised words, joined by small ones (`Coastline Today`, `The Times of India`). */
const MASTHEAD = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: (?:\p{Lu}[\p{L}\p{M}'’.-]*|&|of|the|and|on|de|la|el)){0,3}$/u;
/** A link to the site's front page after its name: `BBC Homepage`, `The Harbour Post home page`. */
const HOME_LINK = /\s+(?:home ?page|home)$/i;
/** Between a masthead and its tagline on one line. */
const TAGLINE_SEPARATOR = /\s+[-|–—•·]\s+/;

/**
 * Words that name a newspaper or a broadcaster where they close the name (`Harbour Evening Post`)
 * or stand before `of` (`The Times of India`); a short headline rarely ends with one.
 */
const PAPER_WORDS = new Set(
  (
    'post times news herald journal daily gazette tribune chronicle telegraph observer express mail standard review ' +
    'today guardian globe courier examiner inquirer enquirer bulletin dispatch sentinel advertiser register mirror ' +
    'weekly independent ledger courant gleaner intelligencer picayune argus clarion beacon mercury bee statesman democrat ' +
    'recorder messenger transcript telegram star sun press record reporter banner monitor pilot eagle wire'
  ).split(' '),
);
/** A broadcaster's call sign, with its channel or `News`: `WKTV News 4`, `KTLA 5`, `WXYZ-TV`. */
const BROADCASTER = /^[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM))?(?: \d{1,2})?(?: News(?: \d{1,2})?)?$/;
const CHANNEL_AFTER = / \d{1,2}$/;
/**
 * What a paper's tagline says of it (`The voice of the islands since 1921`, `Serving the coast`):
 * its age, its readers, that it is news.
 */
const TAGLINE =
  /\b(?:since|est\.?|established|founded(?: in)?)\s+(?:1[6-9]|20)\d{2}\b|\b(?:voice|newspaper) of\b|^(?:serving|your)\b|\bnews (?:you|for|from|that)\b|\b(?:independent|local|trusted) (?:news|journalism|voice)\b/i;

/**
 * The name a masthead line prints, a tagline after ` | ` or ` - ` aside; null when the line reads
 * as no outlet's name. Split from its tagline, the name must say it is a paper (`Home - Harbour Post` is no masthead).
 */
export function mastheadName(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length > 120) return null;
  const separator = TAGLINE_SEPARATOR.exec(trimmed);
  const name = (separator ? trimmed.slice(0, separator.index) : trimmed).replace(HOME_LINK, '');
  const named = MASTHEAD.test(name) || BROADCASTER.test(name) || (MASTHEAD.test(name.replace(CHANNEL_AFTER, '')) && namesAPaper(name));
  if (!named || findDate(name) !== null) return null;
  return !separator || namesAPaper(name) || isTagline(trimmed.slice(separator.index + separator[0].length)) ? name : null;
}

/** Between a page's title and its site's name: ` | `, ` :: `, a dash in spaces. */
const SITE_SEPARATOR = /\s+(\||::|[-–—])\s+(?!.*\s(?:\||::|[-–—])\s)/u;

const SECTION_AFTER_BAR = /(?:\s+\|\s+\p{Lu}[\p{L}&]*(?: \p{Lu}[\p{L}&]*)?)+$/u;

/**
 * A page title that ends with its site's name (`Storm closes pier | Harbour Post`, `… - BBC News`):
 * the title and the name. After a dash the name must say it is a paper or be a known outlet, as a
 * headline may go on after one (`Pier closes - The Final Days`); after a bar, a short capitalised name will do.
 */
export function titleAndSite(line: string): { title: string; site: string } | null {
  const trimmed = line.trim();
  const separator = SITE_SEPARATOR.exec(trimmed);
  if (!separator) return null;
  const site = trimmed.slice(separator.index + separator[0].length);
  // A section between them goes too: `Pier closes | Opinion | Harbour Post`.
  const title = trimmed.slice(0, separator.index).replace(SECTION_AFTER_BAR, '');
  if (title.split(/\s+/).length < 2 || !MASTHEAD.test(site) || findDate(site) !== null || isCommonWord(site.toLowerCase())) return null;
  const bar = separator[1] === '|' || separator[1] === '::';
  return bar || namesAPaper(site) || OUTLETS.has(site) ? { title, site } : null;
}

/**
 * A masthead's name says it is a paper or an agency: `Harbour Evening Post`, `THE TIMES OF INDIA`,
 * `The Associated Press`. A common word's -s form among its words is a verb, and the line a
 * headline (`Trump Attacks Fake News`); place names (`Los Angeles Times`) are no common words.
 */
export function namesAPaper(name: string): boolean {
  if (agencyNamed(name) !== null || BROADCASTER.test(name)) return true;
  // A broadcaster's channel closes its name: `Channel 4 News`, `Eyewitness News 12`.
  const words = name.toLowerCase().replace(CHANNEL_AFTER, '').split(' ');
  const last = words[words.length - 1].split('-').pop() ?? '';
  const beforeOf = words.indexOf('of') - 1;
  return (
    words.length >= 2 &&
    (PAPER_WORDS.has(last) || (beforeOf >= 0 && PAPER_WORDS.has(words[beforeOf]))) &&
    !words.some((word) => word.length >= 4 && word.endsWith('s') && !PAPER_WORDS.has(word) && isCommonWord(word.slice(0, -1)))
  );
}

function isCommonWord(lower: string): boolean {
  const tier = wordTier(lower);
  return tier > 0 && tier <= 35;
}

/** A paper's motto printed below its masthead (a few words): not the headline. */
export function isTagline(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= 80 && trimmed.split(/\s+/).length <= 8 && TAGLINE.test(trimmed);
}
