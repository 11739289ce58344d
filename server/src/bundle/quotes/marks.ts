// Quote marks paired in story text: `"…"`, `“…”`, `«…»`, `„…“`, and single marks `'…'`/`‘…’`
// as outer marks (inner marks stay part of the quote), and `“…"` as pages that mix typography
// print it. Apostrophes (`let's`, `Russia’s`, `'90s`, `rock 'n' roll`, `the players’ union`)
// are not marks. A quote opens and closes within a unit (a line of a paragraph, hard-wrapped
// lines joined); one left open continues only into a next unit that opens with a mark (news
// style), and is otherwise dropped.
import { Span } from '../model';

/** The opening and closing mark of one quote, and the units it starts and ends in. */
export interface Marked {
  open: number;
  close: number;
  firstUnit: number;
  lastUnit: number;
}

/** Where a quote may open after: line start, space, brackets, dashes, other marks. */
const OPEN_AFTER_RE = /[\s([{/\-–—―:;,"“„«'‘|]/;
const MARK_RE = /["“”„«»'‘’‚]/g;
/** Apostrophes that open a word: `'90s`, `'em`, `rock 'n' roll`. */
const ELISION_RE = /^(?:\d\ds?|em|til|cause|n|tis|twas|bout|round|nuff|cos|s)(?![\p{L}\p{N}])/iu;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
const SPACE_RE = /\s/;
// Unicode classes, compiled once (a bundler may turn a literal with `\p{…}` into a RegExp built at each use).
const LOWERCASE_LETTER = /\p{Ll}/u;
/** A line that stops on these goes on in the next. */
const GOES_ON = /[\p{L}\p{N},;]/u;
const LOWERCASE_WORD_AFTER = /^\s\p{Ll}/u;
/** A word no possessive stands before: after `s'` it shows the mark closes a quote. */
const FUNCTION_WORD_AFTER = /^\s(?:in|on|at|to|for|from|with|by|as|of|over|after|before|and|or|but|is|are|was|were|amid|during|despite|against)\b/;

/** Runs of story text a quote opens and closes in: each line of a paragraph, hard-wrapped lines joined. */
export function readUnits(text: string, paragraphs: Span[]): Span[] {
  const units: Span[] = [];
  const lineRe = /[^\r\n]+/g;
  let covered = 0;
  for (const paragraph of [...paragraphs].sort((a, b) => a.start - b.start)) {
    const start = Math.max(covered, paragraph.start, 0);
    const end = Math.min(paragraph.end, text.length);
    if (!(start < end)) continue;
    covered = end;
    let current: Span | null = null;
    lineRe.lastIndex = start;
    for (let m; (m = lineRe.exec(text)) && m.index < end; ) {
      const line = { start: m.index, end: Math.min(m.index + m[0].length, end) };
      if (!/\S/.test(text.slice(line.start, line.end))) continue;
      if (current && isHardWrap(text, current.end, line.start)) current.end = line.end;
      else {
        if (current) units.push(current);
        current = line;
      }
    }
    if (current) units.push(current);
  }
  return units;
}

/**
 * A line that stops mid-sentence and a next line that goes on are one wrapped line: the next
 * line opens in lower case (after a quote mark or not: `said it was\n"as safe as…"`), or the
 * line stops on a word no sentence ends with (`said\nMayor Ana Vidal`).
 */
function isHardWrap(text: string, lineEnd: number, nextStart: number): boolean {
  const last = text.slice(Math.max(0, lineEnd - 1), lineEnd);
  if (!GOES_ON.test(last)) return false;
  const next = /^\s*["“‘']?(\S)/u.exec(text.slice(nextStart, nextStart + 20))?.[1] ?? '';
  if (LOWERCASE_LETTER.test(next)) return true;
  const lastWord = /[\p{L}]+$/u.exec(text.slice(Math.max(0, lineEnd - 20), lineEnd))?.[0];
  return !!lastWord && NEVER_ENDS_SENTENCE.has(lastWord);
}

/** Words a sentence does not end with: a line that stops on one goes on in the next. */
const NEVER_ENDS_SENTENCE = new Set(
  'the a an of to and or but was is were are by for with that said says told added asked wrote from as his her their its our'.split(' '),
);

/**
 * Pairs the quote marks of each unit; a quote left open continues only into a unit that opens
 * with a mark. Returns the quotes, and every stretch inside marks (unclosed ones included).
 */
export function pairMarks(text: string, units: Span[]): [Marked[], Span[]] {
  const found: Marked[] = [];
  const quoted: Span[] = [];
  /**
   * The quote open, with the straight quotes opened inside a straight quote and not yet closed
   * (`"By waffling on a deal she once called a "gold standard," Clinton shows…," Short said`),
   * and where the last of those closed in this unit.
   */
  let open: { at: number; closers: string; firstUnit: number; inner: number; innerClosed?: number } | null = null;
  const close = (at: number, u: number) => {
    found.push({ open: open!.at, close: at, firstUnit: open!.firstUnit, lastUnit: u });
    quoted.push({ start: open!.at, end: at });
    open = null;
  };
  for (let u = 0; u < units.length; u++) {
    const { start, end } = units[u];
    MARK_RE.lastIndex = open ? firstNonSpace(text, start, end) + 1 : start;
    if (open) open.innerClosed = undefined;
    for (let m; (m = MARK_RE.exec(text)) && m.index < end; ) {
      const i = m.index;
      if (!open) {
        const closers = closersFor(text, i, start, end);
        if (closers) open = { at: i, closers, firstUnit: u, inner: 0 };
      } else if (opensWithin(text, i, text[open.at])) {
        open.inner++;
      } else if (open.closers.includes(m[0]) && closesAt(text, i, end, text[open.at])) {
        if (open.inner === 0) close(i, u);
        else {
          open.inner--;
          open.innerClosed = i;
        }
      }
    }
    // A quote within that closed while the quote stayed open to the end of its unit was none: the
    // quote closes there, its own closing mark lost before it (`"We will win, he said. "And big," he added.`).
    if (open && open.innerClosed !== undefined) close(open.innerClosed, u);
    if (open) open.inner = 0;
    // A unit that ends with its cue, unmarked, lost its closing mark (`"We must start again, Reyes
    // said.`): the quote closes before the cue, and does not go on into the next unit's quote.
    if (open) {
      const from = Math.max(open.at + 1, end - 80);
      const cue = UNMARKED_CUE_AT_END.exec(text.slice(from, end));
      if (cue) close(from + cue.index + 2, u); // at the space after the comma or full stop
    }
    // an unclosed quote that the next unit does not continue is dropped, never run on
    const next = units[u + 1];
    if (open && !(next && (opensContinuation(text, next, open.closers) || closesWithCue(text, next, open.closers)))) {
      quoted.push({ start: open.at, end });
      open = null;
    }
  }
  return [found, quoted];
}

/**
 * The quotes in single marks inside a quote's words (`He told me, 'This district will break your
 * heart'`), as spans from mark to mark: its marks paired as those of one unit, so apostrophes are
 * no marks. Not double marks: those open each paragraph of a quote over several.
 */
export function innerQuotes(quoted: string): Span[] {
  const [marked] = pairMarks(quoted, [{ start: 0, end: quoted.length }]);
  return marked.filter((m) => SINGLE_OPENERS.includes(quoted[m.open])).map((m) => ({ start: m.open, end: m.close + 1 }));
}

const SINGLE_OPENERS = "'‘‚";

/** The marks that close a quote opened at i, or null where the mark at i opens nothing. */
function closersFor(text: string, i: number, start: number, end: number): string | null {
  const next = i + 1 < end ? text[i + 1] : '';
  if (!next || SPACE_RE.test(next)) return null;
  const free = i === start || OPEN_AFTER_RE.test(text[i - 1]);
  switch (text[i]) {
    case '“':
      return '”“"';
    case '„':
      return '“”';
    case '«':
      return '»';
    case '‚':
      return '‘’';
    case '"':
      return free ? '"”' : null;
    case '”': // some sites print ” on both sides
      return free ? '”' : null;
    case '»': // »…« as printed in German and Danish
      return free ? '«' : null;
    case '‘':
    case "'":
      return free && !ELISION_RE.test(text.slice(i + 1, i + 8)) ? "'’" : null;
    default:
      return null;
  }
}

/**
 * Whether the mark at i opens a quote within a straight quote: a straight mark after a space
 * and before a word. (Curly quotes hold straight ones as closesAt says, and single marks are
 * inner marks.)
 */
function opensWithin(text: string, i: number, opener: string): boolean {
  return opener === '"' && text[i] === '"' && SPACE_RE.test(text[i - 1]) && LETTER_OR_DIGIT_RE.test(text[i + 1] ?? '');
}

/** Whether the mark at i (one of the closers of the quote `opener` opened) closes it. */
function closesAt(text: string, i: number, end: number, opener: string): boolean {
  const mark = text[i];
  const previous = text[i - 1];
  const next = i + 1 < end ? text[i + 1] : '';
  if (mark === '”' || mark === '»' || mark === '«') return true;
  if (SPACE_RE.test(previous)) return false;
  // `“…quo," Labrador said`: a page that mixes typography closes a curly quote with a straight
  // mark, unless the next curly mark in the line closes it (then the straight one is a quote within).
  if (mark === '"') return opener !== '“' || nextCurlyMark(text, i + 1, end) !== '”';
  if (LETTER_OR_DIGIT_RE.test(next)) return false; // an apostrophe (`Russia’s`) or a mark inside a word
  // `the players’ union`: a plural possessive, not the end of the quote
  // (a noun follows a possessive, not a preposition or conjunction: `vows 'no new taxes' in speech`)
  return !(mark !== '“' && previous === 's' && LOWERCASE_WORD_AFTER.test(text.slice(i + 1, i + 3)) && !FUNCTION_WORD_AFTER.test(text.slice(i + 1, i + 12)));
}

const CURLY_DOUBLE_MARK = /[“”]/g;

function nextCurlyMark(text: string, from: number, end: number): string | undefined {
  CURLY_DOUBLE_MARK.lastIndex = from;
  const m = CURLY_DOUBLE_MARK.exec(text);
  return m && m.index < end ? m[0] : undefined;
}

/**
 * A unit without marks before a closing one that its cue follows goes on with a quote left open
 * (a tweet's line break printed as a paragraph): `"Brett McGurk … in 2015.` then `Was supposed to
 * leave … prior to leaving," Trump tweeted.`
 */
function closesWithCue(text: string, unit: Span, closers: string): boolean {
  MARK_RE.lastIndex = unit.start;
  let m = MARK_RE.exec(text);
  // apostrophes inside words (`wasn't`) are no marks
  while (m && m.index < unit.end && LETTER_OR_DIGIT_RE.test(text[m.index - 1] ?? '') && LETTER_OR_DIGIT_RE.test(text[m.index + 1] ?? '')) m = MARK_RE.exec(text);
  if (!m || m.index >= unit.end || !closers.includes(m[0]) || !/[,.!?]/.test(text[m.index - 1] ?? '')) return false;
  return CUE_AFTER_CLOSE.test(text.slice(m.index + 1, Math.min(unit.end, m.index + 60)));
}

/** `…, Reyes said.`, `…, she added.` ending a unit with no closing mark before it. */
const UNMARKED_CUE_AT_END = /[\p{Ll}\d][,.!?]\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}|(?:he|she|they)\s+)(?:said|says|added|adds|wrote|insisted|told\s+\p{Lu}[\p{L}.'’-]*)\.\s*$/u;
/** `" Trump tweeted`, `" President Trump wrote`, `" said Trump`: who spoke, right after a closing mark. */
const CUE_AFTER_CLOSE = /^\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:said|says|wrote|writes|tweeted|posted|added)\b|(?:said|says|wrote|tweeted|added)\s+\p{Lu})/u;

function opensContinuation(text: string, unit: Span, closers: string): boolean {
  const at = firstNonSpace(text, unit.start, unit.end);
  const family = /['’]/.test(closers) ? /['‘’‚]/ : /["“”„«»]/;
  return family.test(text[at]) && !!closersFor(text, at, at, unit.end);
}

function firstNonSpace(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && SPACE_RE.test(text[i])) i++;
  return i;
}
