// Dates as pages print them, normalised to YYYY-MM-DD (or YYYY-MM).

/** A date found in text; `year` is missing in datelines like `Moscow, Feb 25:`. */
export interface FoundDate {
  year: number | null;
  month: number;
  day: number | null;
  /** Where the date stands in the text searched. */
  index: number;
  length: number;
}

const MONTH_BY_NAME = new Map<string, number>();
[
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
].forEach((names, i) => names.forEach((name) => MONTH_BY_NAME.set(name, i + 1)));
/** French months, read only after their day (`10 avril 2025`): alone, `Mars` is more often the planet. */
const FRENCH_MONTHS = [
  ['janvier', 'janv'],
  ['février', 'févr'],
  ['mars'],
  ['avril', 'avr'],
  ['mai'],
  ['juin'],
  ['juillet', 'juil'],
  ['août'],
  ['septembre'],
  ['octobre'],
  ['novembre'],
  ['décembre', 'déc'],
];
FRENCH_MONTHS.forEach((names, i) => names.forEach((name) => MONTH_BY_NAME.set(name, i + 1)));

const ENGLISH_MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const MONTH = `(${ENGLISH_MONTH_NAMES})(?![a-z])\\.?`;
/** Longest first, so `juillet` wins over `juil`. */
const MONTH_AFTER_DAY = `(${[ENGLISH_MONTH_NAMES, ...FRENCH_MONTHS.flat().sort((a, b) => b.length - a.length)].join('|')})(?![a-zéû])\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er)?';
/** A year, also where a page glues a time to it (`March 31, 202512:12 PM`). */
const YEAR = '((?:19|20)\\d{2})(?=\\d{1,2}:\\d{2}|\\b)';

/** One alternation, so the earliest date in the text wins whatever its form. */
const DATE_PATTERN = new RegExp(
  [
    `\\b${YEAR}-(\\d{2})(?:-(\\d{2}))?(?![\\d:-])`, // 2025-02-25, 2025-02 (not a time 2025-02-25T)
    `\\b${YEAR}/(\\d{1,2})/(\\d{1,2})\\b`, // 2025/02/25
    `\\b${MONTH}\\s+${DAY}\\b(?:,?\\s+${YEAR})?`, // February 25, 2025 / Feb. 25 2025 / Feb 25
    `\\b${DAY}\\s+(?:of\\s+)?${MONTH_AFTER_DAY},?(?:\\s+${YEAR})?`, // 25 February 2025 / 25 Feb / 10 avril 2025
    `\\b${MONTH},?\\s+${YEAR}`, // February 2025
    `\\b(\\d{1,2})(?<separator>[./])(\\d{1,2})\\k<separator>${YEAR}\\b`, // 25.02.2025, 02/25/2025
  ].join('|'),
  'gi',
);

function daysIn(year: number | null, month: number): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function valid(year: number | null, month: number, day: number | null): boolean {
  return month >= 1 && month <= 12 && (day === null || (day >= 1 && day <= daysIn(year, month)));
}

const num = (s: string | undefined) => (s === undefined ? null : Number(s));
const monthNamed = (s: string) => MONTH_BY_NAME.get(s.toLowerCase().replace('.', '')) ?? 0;

/** A North American time zone: a slashed date beside it is month first (`04/09/2025 09:15 AM EDT`). */
const NORTH_AMERICAN_TIME_ZONE = /\b(?:[ECMP][DS]T|ET|PT)\b/;

/**
 * Reads one match of DATE_PATTERN in `text`; null when it is not a real date (month 13, 31 April),
 * or when nothing tells day from month (1/2/2025).
 */
function readMatch(m: RegExpExecArray, text: string): Omit<FoundDate, 'index' | 'length'> | null {
  const g = m.slice(1);
  let year: number | null;
  let month: number;
  let day: number | null;
  if (g[0] !== undefined) [year, month, day] = [num(g[0]), Number(g[1]), num(g[2])];
  else if (g[3] !== undefined) [year, month, day] = [num(g[3]), Number(g[4]), num(g[5])];
  else if (g[6] !== undefined) [year, month, day] = [num(g[8]), monthNamed(g[6]), Number(g[7])];
  else if (g[9] !== undefined) [year, month, day] = [num(g[11]), monthNamed(g[10]), Number(g[9])];
  else if (g[12] !== undefined) [year, month, day] = [num(g[13]), monthNamed(g[12]), null];
  else {
    const [a, separator, b] = [Number(g[14]), g[15], Number(g[16])];
    year = Number(g[17]);
    // Dots are day-first everywhere; slashes only say which when one number is above 12, both are one, or a time zone says.
    if (separator === '.' || a > 12 || a === b) [day, month] = [a, b];
    else if (b > 12 || NORTH_AMERICAN_TIME_ZONE.test(text)) [month, day] = [a, b];
    else return null;
  }
  return valid(year, month, day) ? { year, month, day } : null;
}

/** The first real date in `text`, or null. */
export function findDate(text: string): FoundDate | null {
  DATE_PATTERN.lastIndex = 0;
  for (let m; (m = DATE_PATTERN.exec(text)); ) {
    const date = readMatch(m, text);
    if (date) return { ...date, index: m.index, length: m[0].length };
  }
  return null;
}

/** `YYYY-MM-DD`, `YYYY-MM` without a day, null without a year. */
export function formatDate(date: { year: number | null; month: number; day: number | null }): string | null {
  if (date.year === null) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return date.day === null ? `${date.year}-${pad(date.month)}` : `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}
