// Arbitraries for property tests: bundles built from made-up news (names, titles, quotes of every
// mark kind, unbalanced marks, boilerplate, datelines, emoji and non-Latin scripts, every line end,
// a byte order mark), and mutations of them (inserts, deletes, junk code units, stray headers).
import fc from 'fast-check';

/** Made-up people as [given names, family name]: Latin with accents and particles, Cyrillic, Arabic, CJK, Vietnamese. */
const PEOPLE: [string, string][] = [
  ['Dana', 'Mills'],
  ['Oleg', 'Varnovski'],
  ['María José', 'Ruiz'],
  ['Jean-Luc', 'Brimont'],
  ['Seán', "O'Connell"],
  ['Kwame', 'Okonjo'],
  ['Zoë', 'Ashby-Fenwick'],
  ['Ursula', 'von der Lind'],
  ['Nguyễn Văn', 'An'],
  ['Li', 'Na'],
  ['Владимир', 'Котов'],
  ['محمد', 'الأحمد'],
  ['Hiroshi', 'Tanakamura'],
  ['Priya', 'Raghunathan'],
  ['Tomás', 'Dvořák'],
  ['Aisha', 'Bello'],
];
const TITLES = ['President', 'Prime Minister', 'Senator', 'Mayor', 'Dr.', 'Mr.', 'Ms.', 'Gen.', 'former Deputy Minister', 'Kremlin spokesman', 'Harbour Board chair'];
const ROLES_AFTER = ['the mayor of Harbourton', 'a spokeswoman for the ministry', 'who heads the union', 'the coach'];
const PLACES = ['Harbourton', 'Kyiv', 'Lagos', 'São Paulo', 'Москва', '東京', 'القاهرة', 'Reykjavík'];
const OUTLETS = ['Harbour Post', 'Coast Daily', 'Japan Today', 'Al Jazeera', 'The Valley Times', 'financetom', 'Новости'];
const WIRES = ['Reuters', 'AP', 'AFP', 'TASS', 'IANS', 'Xinhua'];
const VERBS = ['said', 'told reporters', 'added', 'wrote', 'said on Monday', 'told the BBC', 'insisted', 'warned'];
const WORDS = (
  'the ferry fares will go up by ten percent in May because fuel costs more we have never seen a storm like this ' +
  'our plan is working and nobody should doubt it prices rose sharply after talks broke down on Tuesday ' +
  'it was a difficult decision but the right one I do not know what they want from us there is no deal yet'
).split(' ');
/** Words from other scripts and emoji: surrogate pairs, joiners, combining marks, right-to-left text, unspaced scripts. */
const EXOTIC = ['🙂', '👩‍👩‍👧', '🇺🇦', 'e\u0301te\u0301', 'naïve', 'Straße', 'мир', 'السلام', 'שלום', 'नमस्ते', '中国人民', 'สวัสดี', '\u200b', '\u00a0', '\u00ad', '\t', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '…', '—'];
const NUMBERS = ['10', '12', '3.5', '1,200', '2025', '40%', '$3 million', '½'];

/** Opening and closing marks of each kind the format names, and some it does not. */
export const MARK_PAIRS: [string, string][] = [
  ['"', '"'],
  ['“', '”'],
  ['«', '»'],
  ['„', '“'],
  ['‘', '’'],
  ["'", "'"],
  ['»', '«'],
  ['「', '」'],
  ['‹', '›'],
  ['« ', ' »'],
];
const STRAY_MARKS = ['"', '“', '”', '«', '»', '„', '‘', '’', "'", '`', '´', '″'];

const BOILERPLATE = [
  'Home | World | Politics | Business | Opinion',
  'Share  Tweet  Email',
  'Skip to main content',
  'Advertisement',
  'Related Articles >',
  'Tags:',
  'You May Like!',
  'Read also| Storm closes the harbour',
  'Comments (3)',
  'patriot1776  2 hours ago',
  'Who is paying for all of this?',
  '© 2025 Harbour Post. All rights reserved.',
  '(Photo by Staff Photographer/Getty Images)',
  'Source: Mining.com',
  'By Jane Roe',
  'Mar 31, 2025 4:21 AM',
  'IANS February 25, 2025 252 views',
  'Listen to this article 4 min',
  'Reporting by Ann Teller; Editing by Sam Crane',
  'CLICK HERE TO GET THE APP',
];
const DATELINES = ['MOSCOW (Reuters) - ', 'Harbourton, Feb 25: ', 'KYIV, March 3 (AP) — ', 'MOSCOW, February 25. /TASS/. ', 'LAGOS, Nigeria (AFP) -- ', ''];

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

const word = fc.oneof({ weight: 12, arbitrary: pick(WORDS) }, { weight: 1, arbitrary: pick(EXOTIC) }, { weight: 1, arbitrary: pick(NUMBERS) });
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));

/** A person as a text would name them: full name, family name alone, with a title, possessive. */
const personName = fc.tuple(pick(PEOPLE), fc.nat(5), pick(TITLES)).map(([[given, family], form, title]) => {
  switch (form) {
    case 0:
      return `${given} ${family}`;
    case 1:
      return family;
    case 2:
      return `${title} ${given} ${family}`;
    case 3:
      return `${title} ${family}`;
    case 4:
      return `${given} ${family}'s`;
    default:
      return `${given} ${family}, ${ROLES_AFTER[family.length % ROLES_AFTER.length]},`;
  }
});

const marks = pick(MARK_PAIRS);

/** What a quote says: words, sometimes a nested quote in single marks, sometimes a trailing comma or full stop. */
const quoteBody = fc.tuple(words(1, 18), fc.nat(4), words(1, 4)).map(([body, shape, inner]) => {
  if (shape === 0) return `${body} ‘${inner}’ ${[...body].slice(0, 10).join('')}`;
  if (shape === 1) return `${body},`;
  if (shape === 2) return `${body}.`;
  return body;
});

/** The initials of a name as news writes them in brackets after it: `MBS` of Mohammed bin Salman. */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');
}

/** One sentence of a story: plain, naming people, or quoting them in any of the ways news does (one may end in a line `- Name`). */
export const sentence: fc.Arbitrary<string> = fc
  .tuple(fc.nat(15), personName, marks, quoteBody, pick(VERBS), words(2, 12), pick(PLACES), pick(STRAY_MARKS))
  .map(([kind, name, [open, close], quote, verb, plain, place, stray]) => {
    switch (kind) {
      case 0:
        return `${capitalise(plain)} in ${place}.`;
      case 1:
        return `${name} visited ${place} on Monday and ${plain}.`;
      case 2:
        return `${open}${quote}${close} ${name} ${verb}.`;
      case 3:
        return `${open}${quote}${close} ${verb} ${name}.`;
      case 4:
        return `${name} ${verb}: ${open}${quote}${close}`;
      case 5:
        return `According to ${name}, ${open}${quote}${close}`;
      case 6:
        return `${name} pledged that ${open}${plain}${close} would follow.`;
      case 7:
        return `${open}${quote}${close}\n- ${name}`;
      case 8:
        return `${open}${quote}${close} she said.`;
      case 9:
        return `${open}${quote}`; // never closed
      case 10:
        return `${quote}${close} ${name} ${verb}.`; // never opened
      case 11:
        return `${capitalise(plain)} ${stray}${plain} ${stray} ${name}'s ${plain}.`;
      case 12:
        return `${name} wrote on X: “${quote} ${open}${quote}${close}”`;
      case 13: // another name for someone, used here or in another article
        return `${name}, widely known as Jojo, visited ${place}. ${open}${quote}${close} Jojo ${verb}.`;
      case 14:
        return `${name} (${initialsOf(name)}) visited ${place}. ${open}${quote}${close} ${initialsOf(name)} ${verb}.`;
      default:
        return `TASS quoted ${name} as saying ${open}${quote}${close}`;
    }
  });

/** A paragraph, or a quote continued over paragraphs (each opens with a mark, only the last closes). */
const paragraph = fc.oneof(
  { weight: 6, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')) },
  {
    weight: 1,
    arbitrary: fc.tuple(marks, fc.array(words(4, 14), { minLength: 2, maxLength: 3 }), personName).map(([[open, close], parts, name]) =>
      parts.map((part, i) => `${i === 0 ? `${name} said: ` : ''}${open}${part}${i === parts.length - 1 ? close : ''}`).join('\n\n'),
    ),
  },
);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The lines of one article as a capture shows it. */
const articleLines = fc
  .record({
    capture: fc.option(fc.tuple(fc.constantFrom('2025-02-26', '2025-02', '2025-13-45', '2024-02-29'), fc.option(pick(OUTLETS)), fc.option(words(3, 8))), { nil: undefined }),
    topFurniture: fc.array(pick(BOILERPLATE), { maxLength: 3 }),
    headline: fc.option(words(3, 10).map(capitalise), { nil: undefined }),
    twice: fc.boolean(),
    byline: fc.option(fc.constantFrom('By Jane Roe', 'Mar 31, 2025 4:21 AM', 'IANS February 25, 2025 252 views', 'Updated 2 hours ago'), { nil: undefined }),
    dateline: pick(DATELINES),
    paragraphs: fc.array(paragraph, { minLength: 0, maxLength: 7 }),
    furnitureInside: fc.array(fc.tuple(fc.nat(8), pick(BOILERPLATE)), { maxLength: 3 }),
    tail: fc.array(fc.oneof(pick(BOILERPLATE), sentence, pick(WIRES).map((wire) => `© ${wire} 2025.`)), { maxLength: 5 }),
    blankLines: fc.boolean(),
  })
  .map((a) => {
    const lines: string[] = [];
    if (a.capture) lines.push(` date ${a.capture[0]}${a.capture[1] ? `  ${a.capture[1]}` : ''}${a.capture[2] ? ` - ${capitalise(a.capture[2])}` : ''}`);
    lines.push(...a.topFurniture);
    if (a.headline) lines.push(a.headline, ...(a.twice ? [a.headline] : []));
    if (a.byline) lines.push(a.byline);
    const body = a.paragraphs.map((p, i) => (i === 0 ? a.dateline + p : p));
    for (const [at, line] of a.furnitureInside) body.splice(Math.min(at, body.length), 0, line);
    lines.push(...body, ...a.tail);
    return a.blankLines ? lines.flatMap((line) => [line, '']) : lines;
  });

/**
 * An article's lines one by one (a paragraph may hold line breaks). None reads as a seed header:
 * a header inside a seed would split it, by design.
 */
function storyLines(lines: string[]): string[] {
  return lines.flatMap((line) => line.split('\n')).map((line) => line.replace(/^(===|==>)/, '= ='));
}

/** One article's text, lines ended with `\n`: for building big inputs out of many. */
export const articleText = articleLines.map((lines) => storyLines(lines).map((line) => `${line}\n`).join(''));

/** A seed's name: mostly NNN_ID.txt, sometimes odd, sometimes empty. */
const seedName = fc.oneof(
  { weight: 10, arbitrary: fc.tuple(fc.nat(1200), fc.stringMatching(/^[0-9a-f]{1,16}$/)).map(([n, id]) => `${String(n).padStart(3, '0')}_${id}.txt`) },
  { weight: 2, arbitrary: fc.constantFrom('000_aa11.txt', '001_bb22.txt', '0002_cc33.txt') },
  { weight: 1, arbitrary: fc.constantFrom('notes.md', '000_AB.txt', '12_ab.txt', 'dir/000_aa.txt', 'a\\b\\001_cc.txt', '000_aa.txt ', 'ß.txt', '') },
);

type LineEnd = '\n' | '\r\n' | '\r' | 'mixed';

export interface GeneratedBundle {
  /** The file-form text, maybe with a byte order mark first, as a file's bytes may carry one. */
  text: string;
  /** The seeds as written, before line ends were applied: names may repeat or be odd. */
  seeds: { name: string; lines: string[] }[];
}

/**
 * Ends every line with one line-end style; `mixed` picks one per line from the given choices, never
 * a `\n` right after a lone `\r` (the two would make one CRLF, one line end where two were meant).
 */
function endLines(lines: string[], lineEnd: LineEnd, choices: number[]): string[] {
  const ends = ['\n', '\r\n', '\r'];
  let previous = '';
  return lines.map((line, i) => {
    let end = lineEnd === 'mixed' ? ends[choices[i % choices.length] % 3] : lineEnd;
    if (previous === '\r' && line === '' && end !== '\r') end = '\r';
    previous = end;
    return line + end;
  });
}

/** A whole file-form bundle of made-up articles. */
export const bundle: fc.Arbitrary<GeneratedBundle> = fc
  .record({
    preamble: fc.array(fc.constantFrom('# A made-up bundle', '# captured 2025-02-26', 'notes before the first seed', ''), { maxLength: 3 }),
    seeds: fc.array(fc.record({ name: seedName, lines: articleLines, canonical: fc.boolean() }), { minLength: 0, maxLength: 5 }),
    lineEnd: fc.constantFrom<LineEnd>('\n', '\n', '\r\n', '\r', 'mixed'),
    choices: fc.array(fc.nat(2), { minLength: 1, maxLength: 7 }),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .map(({ preamble, seeds, lineEnd, choices, bom, finalNewline }) => {
    const lines: string[] = [...preamble];
    const written = seeds.map((seed) => ({ name: seed.name, lines: storyLines(seed.lines) }));
    seeds.forEach((seed, i) => lines.push(seed.canonical ? `=== ${seed.name}` : `==> some/dir/${seed.name} <==`, ...written[i].lines));
    const ended = endLines(lines, lineEnd, choices);
    if (!finalNewline && ended.length > 0) ended[ended.length - 1] = lines[lines.length - 1];
    return { text: (bom ? '\uFEFF' : '') + ended.join(''), seeds: written };
  });

/** One seed file's text for the folder form, with its own line ends and maybe a BOM. */
const seedFileText = fc
  .tuple(articleLines, fc.constantFrom<LineEnd>('\n', '\r\n', '\r', 'mixed'), fc.array(fc.nat(2), { minLength: 1, maxLength: 5 }), fc.boolean())
  .map(([lines, lineEnd, choices, bom]) => (bom ? '\uFEFF' : '') + endLines(storyLines(lines), lineEnd, choices).join(''));

/** A folder's files: seed files (some names odd or repeated in other ordinals) and other files. */
export const folderFiles = fc.uniqueArray(fc.record({ name: fc.oneof({ weight: 5, arbitrary: seedName }, { weight: 1, arbitrary: fc.constantFrom('readme.txt', '.seed-bundle.json', 'notes.md') }), text: seedFileText }), {
  maxLength: 6,
  selector: (f) => f.name,
});

/** Junk a mutation inserts: stray marks, line ends, header lines, lone surrogates, control characters, random code points. */
const junk = fc.oneof(
  pick(STRAY_MARKS),
  fc.constantFrom('\r', '\n', '\r\n', '\n\n', '\u2028', '\u0085', '\f', '\u0000', '\uFEFF', '\uFFFD', '\uD83D', '\uDE42', '🙂', '\u202E', '\u0301'),
  fc.constantFrom('\n=== 000_aa.txt\n', '\n==> x/001_bb.txt <==\n', '\n===\n', '=== ', '==> ', ' <=='),
  pick(EXOTIC),
  sentence,
  pick(BOILERPLATE),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

/** An edit at a relative place in the text (0..1), so that it applies to any text. */
export type Mutation = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number } | { kind: 'duplicate'; at: number; length: number };

export const mutations: fc.Arbitrary<Mutation[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: junk }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat(40) }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat(200) }),
  ),
  { minLength: 1, maxLength: 8 },
);

export function mutate(text: string, edits: Mutation[]): string {
  for (const edit of edits) {
    const at = Math.floor(edit.at * text.length);
    if (edit.kind === 'insert') text = text.slice(0, at) + edit.text + text.slice(at);
    else if (edit.kind === 'delete') text = text.slice(0, at) + text.slice(at + edit.length);
    else text = text.slice(0, at + edit.length) + text.slice(at, at + edit.length) + text.slice(at + edit.length);
  }
  return text;
}

/** A generated bundle with mutations applied: text a person half-way through an edit, or a broken capture, has. */
export const mutatedBundle = fc.tuple(bundle, mutations).map(([b, edits]) => mutate(b.text, edits));

/** Bytes a file may hold: a bundle's UTF-8 (maybe with a BOM), with bytes flipped, cut or inserted. */
export const bundleBytes = fc
  .tuple(bundle, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 }), fc.constantFrom('set', 'insert', 'cut')), { maxLength: 4 }))
  .map(([b, flips]) => {
    let bytes = Buffer.from(b.text, 'utf8');
    for (const [at, value, how] of flips) {
      const i = Math.floor(at * bytes.length);
      if (how === 'insert') bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from([value]), bytes.subarray(i)]);
      else if (how === 'cut') bytes = bytes.subarray(0, i);
      else if (i < bytes.length) bytes[i] = value;
    }
    return new Uint8Array(bytes);
  });
