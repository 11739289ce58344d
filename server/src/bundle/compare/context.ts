// The words around a quote: its cue sentence (`Russian news agency TASS quoted him as saying`)
// and the sentence before it (the last of the paragraph before, for a quote that opens its
// paragraph), which often says in the writer's words what the quote says.
// Versions of one quote that share little wording (a paraphrase or another translation) still
// share these, and stand at a similar place in their stories.
//
// Each quote's context is looked for within CONTEXT_REACH characters of it, and the quoted spans
// are searched, not scanned: a paragraph of thousands of quotes costs about its length, not its
// length times its quotes.
import { Span } from '../model';
import { contentStems } from './words';

export interface QuoteContext {
  /** Content stems of the cue sentence and the sentence before, quoted words left out. */
  stems: string[];
  /** Where the quote stands in the story, from 0 (its start) to 1 (its end). */
  position: number;
}

/** How far before a quote's start and after its end its context is looked for: further than two sentences reach. */
export const CONTEXT_REACH = 3_000;

// A sentence ends at . ! or ? (and any closing marks) followed by white space; `U.S.` or `Mr.`
// before a name does not end one.
const CLOSING_MARKS = new Set(['"', "'", '”', '’', '»', ')']);
const SPACE = /\s/;
/** What stands before a quote that opens its paragraph: white space and opening quote marks. */
const OPENING = /^[\s"'“‘«]*$/;
const ABBREVIATION = /(?:\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|St|Jr|No|Vol|Prof))\.$/u;

/**
 * Reads the contexts of one article's quotes. `paragraphs` are the story's paragraphs in order;
 * `quoted` are the spans of every quote of the article, whose words are left out.
 */
export function contextReader(text: string, paragraphs: Span[], quoted: Span[]): (quote: Span) => QuoteContext {
  const masks = new SpanIndex(quoted);
  const story = paragraphs.length ? { start: paragraphs[0].start, end: paragraphs[paragraphs.length - 1].end } : { start: 0, end: text.length };
  return (quote) => {
    // The paragraphs (or lines) that hold the quote, cut to the reach.
    const floor = Math.max(0, quote.start - CONTEXT_REACH);
    const ceiling = Math.min(text.length, quote.end + CONTEXT_REACH);
    const own = paragraphIndexAt(paragraphs, quote.start);
    // A quote that opens its paragraph (`"We are ready to talk," he said.`) is brought in by the paragraph
    // before (`Asked whether the border could be discussed, he was cautious.`): its last sentence is read.
    const opening = own > 0 && OPENING.test(text.slice(paragraphs[own].start, quote.start));
    const region = {
      start: Math.max(floor, own < 0 ? lineStart(text, quote.start, floor) : paragraphs[opening ? own - 1 : own].start),
      end: Math.min(ceiling, paragraphAt(paragraphs, quote.end)?.end ?? lineEnd(text, quote.end, ceiling)),
    };
    // Where the sentence whose last mark is at `mark` ends, or -1: not inside a quote nor after an abbreviation.
    const endsASentence = (mark: number): number => {
      const end = sentenceEndAt(text, mark, region.end);
      if (end < 0) return -1;
      const blank = end - 1;
      if ((blank >= quote.start && blank < quote.end) || masks.covers(blank)) return -1;
      return ABBREVIATION.test(text.slice(Math.max(region.start, mark - 4), mark + 1)) ? -1 : end;
    };
    // From the second sentence end before the quote (or the region's start)...
    let start = region.start;
    for (let mark = quote.start - 1, found = 0; mark >= region.start; mark--) {
      if (!isSentenceMark(text.charCodeAt(mark))) continue;
      const end = endsASentence(mark);
      if (end >= 0 && end <= quote.start && ++found === 2) {
        start = end;
        break;
      }
    }
    // ...to the first after it (or the region's end). A sentence whose marks and white space
    // reach past the quote's end may end at a mark before it: start from the last such mark.
    let end = region.end;
    let from = quote.end - 1;
    while (from > region.start && (CLOSING_MARKS.has(text[from]) || SPACE.test(text[from]))) from--;
    for (let mark = Math.max(from, region.start); mark < region.end; mark++) {
      if (!isSentenceMark(text.charCodeAt(mark))) continue;
      const found = endsASentence(mark);
      if (found >= quote.end) {
        end = found;
        break;
      }
    }
    const window = { start, end };
    const position = story.end > story.start ? (quote.start - story.start) / (story.end - story.start) : 0;
    // The quote among the other quotes in the window, after those that start where it does.
    const masked = masks.overlapping(window);
    let at = masked.length;
    while (at > 0 && masked[at - 1].start > quote.start) at--;
    masked.splice(at, 0, quote);
    return { stems: contentStems(unquoted(text, window, masked)), position: Math.min(1, Math.max(0, position)) };
  };
}

/** . ! or ? */
function isSentenceMark(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f;
}

/** Where the sentence whose last mark is at `mark` ends (past closing marks and white space, before `limit`), or -1. */
function sentenceEndAt(text: string, mark: number, limit: number): number {
  let at = mark + 1;
  while (at < limit && CLOSING_MARKS.has(text[at])) at++;
  if (at >= limit || !SPACE.test(text[at])) return -1;
  while (at < limit && SPACE.test(text[at])) at++;
  return at;
}

/** The text of `window` with the masked spans (in order of start) left out, a space in the place of each. */
function unquoted(text: string, window: Span, masks: Span[]): string {
  let out = '';
  let at = window.start;
  for (const q of masks) {
    if (q.end <= at || q.start >= window.end) continue;
    out += text.slice(at, Math.max(at, q.start)) + ' ';
    at = Math.max(at, q.end);
  }
  return out + text.slice(at, Math.max(at, window.end));
}

/** Spans sorted by start, with the furthest end so far: which cover an offset, which meet a window, by binary search. */
class SpanIndex {
  private spans: Span[];
  private furthestEnd: number[];

  constructor(spans: Span[]) {
    this.spans = [...spans].sort((x, y) => x.start - y.start);
    let furthest = -Infinity;
    this.furthestEnd = this.spans.map((s) => (furthest = Math.max(furthest, s.end)));
  }

  covers(offset: number): boolean {
    // The last span starting at or before the offset: some span up to it reaches past the offset, or none does.
    const last = this.firstStartingAfter(offset) - 1;
    return last >= 0 && this.furthestEnd[last] > offset;
  }

  /** The spans that meet `window`, in order of start. */
  overlapping(window: Span): Span[] {
    let low = 0;
    let high = this.spans.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.furthestEnd[mid] > window.start) high = mid;
      else low = mid + 1;
    }
    const found: Span[] = [];
    for (let i = low; i < this.spans.length && this.spans[i].start < window.end; i++) if (this.spans[i].end > window.start) found.push(this.spans[i]);
    return found;
  }

  private firstStartingAfter(offset: number): number {
    let low = 0;
    let high = this.spans.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.spans[mid].start > offset) high = mid;
      else low = mid + 1;
    }
    return low;
  }
}

/** The paragraph that holds the offset (its ends included), by binary search. */
export function paragraphAt(paragraphs: Span[], offset: number): Span | undefined {
  const at = paragraphIndexAt(paragraphs, offset);
  return at < 0 ? undefined : paragraphs[at];
}

/** The index of the paragraph that holds the offset (its ends included), or -1. */
function paragraphIndexAt(paragraphs: Span[], offset: number): number {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const p = paragraphs[mid];
    if (offset < p.start) high = mid - 1;
    else if (offset > p.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** The start of the line holding `offset`, looked for no further back than `floor`. */
function lineStart(text: string, offset: number, floor: number): number {
  for (let at = offset - 1; at >= floor; at--) if (text[at] === '\n') return at + 1;
  return floor;
}

/** The end of the line holding `offset`, looked for no further than `ceiling`. */
function lineEnd(text: string, offset: number, ceiling: number): number {
  for (let at = offset; at < ceiling; at++) if (text[at] === '\n') return at;
  return ceiling;
}
