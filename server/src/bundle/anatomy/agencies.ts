// News agencies whose stories other outlets carry, by every name a page prints them under.
import { escapeRegExp } from '../regexps';

/** Canonical agency name by each way of writing it (case matters: `AP`, not `ap`). */
const AGENCY_SPELLINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Reuters', ['Thomson Reuters', 'Reuters', 'REUTERS']],
  ['AAP', ['Australian Associated Press', 'AAP']],
  ['AP', ['The Associated Press', 'Associated Press', 'AP']],
  ['AFP', ['Agence France-Presse', 'Agence France Presse', 'AFP']],
  ['IANS', ['Indo-Asian News Service', 'IANS']],
  ['PTI', ['Press Trust of India', 'PTI']],
  ['ANI', ['Asian News International', 'ANI']],
  ['UNI', ['United News of India', 'UNI']],
  ['Bloomberg', ['Bloomberg News', 'Bloomberg']],
  ['Dow Jones', ['Dow Jones Newswires', 'Dow Jones']],
  ['dpa', ['Deutsche Presse-Agentur', 'dpa', 'DPA']],
  ['EFE', ['Agencia EFE', 'EFE']],
  ['Xinhua', ['Xinhua News Agency', 'Xinhua']],
  ['Kyodo', ['Kyodo News', 'Kyodo']],
  ['Jiji', ['Jiji Press', 'Jiji']],
  ['Yonhap', ['Yonhap News Agency', 'Yonhap']],
  ['TASS', ['TASS']],
  ['RIA Novosti', ['RIA Novosti']],
  ['Interfax', ['Interfax']],
  ['Anadolu', ['Anadolu Agency', 'Anadolu']],
  ['ANSA', ['ANSA']],
  ['PA', ['PA Media', 'Press Association']],
  ['Canadian Press', ['The Canadian Press', 'Canadian Press']],
  ['UPI', ['United Press International', 'UPI']],
  ['Bernama', ['Bernama']],
  ['Antara', ['Antara News', 'Antara']],
  ['Europa Press', ['Europa Press']],
  ['Ukrinform', ['Ukrinform']],
  ['IRNA', ['IRNA']],
  ['WAFA', ['WAFA']],
  ['WAM', ['Emirates News Agency', 'WAM']],
  ['SPA', ['Saudi Press Agency']],
  ['KUNA', ['Kuwait News Agency', 'KUNA']],
  ['QNA', ['Qatar News Agency', 'QNA']],
  ['NAN', ['News Agency of Nigeria']],
  ['KNA', ['Kenya News Agency']],
  // Wires that carry companies' press releases.
  ['Business Wire', ['Business Wire', 'BUSINESS WIRE']],
  ['PR Newswire', ['PR Newswire', 'PRNewswire']],
  ['GlobeNewswire', ['GlobeNewswire', 'GLOBE NEWSWIRE']],
];

const canonicalBySpelling = new Map<string, string>();
for (const [canonical, spellings] of AGENCY_SPELLINGS) {
  for (const spelling of spellings) canonicalBySpelling.set(spelling, canonical);
}

/** Longest spellings first, so `Associated Press` wins over `AP` inside `Australian Associated Press`. */
const AGENCY_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...canonicalBySpelling.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** The canonical name of the first agency named in `text` (`Thomson Reuters` -> `Reuters`), or null. */
export function findAgency(text: string): string | null {
  AGENCY_PATTERN.lastIndex = 0;
  const match = AGENCY_PATTERN.exec(text);
  return match ? (canonicalBySpelling.get(match[0]) ?? null) : null;
}

/** `text` with every agency name blanked out (to see what else a byline holds). */
export function withoutAgencies(text: string): string {
  return text.replace(AGENCY_PATTERN, ' ');
}

/** The canonical agency when `text` is nothing but an agency's name (`The Associated Press`), else null. */
export function agencyNamed(text: string): string | null {
  return canonicalBySpelling.get(text.trim()) ?? null;
}
