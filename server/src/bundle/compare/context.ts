// The words around a quote: its cue sentence (`Russian news agency TASS quoted him as saying`)
// and the sentence before it, which often says in the writer's words what the quote says.
// Versions of one quote that share little wording (a paraphrase or another translation) still
// share these, and stand at a similar place in their stories.
import { Span } from '../model';
import { contentStems } from './words';

export interface QuoteContext {
  /** Content stems of the cue sentence and the sentence before, quoted words left out. */
  stems: string[];
  /** Where the quote stands in the story, from 0 (its start) to 1 (its end). */
  position: number;
}

// A sentence ends at . ! or ? (and any closing marks) followed by white space; `U.S.` or `Mr.`
// before a name does not end one.
const SENTENCE_END = /[.!?]["'”’»)]*\s+/g;
const ABBREVIATION = /(?:\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|St|Jr|No|Vol|Prof))\.$/u;

/**
 * The context of the quote at `quote` in `text`. `paragraphs` are the story's paragraphs in
 * order; `quoted` are the spans of every quote of the article, whose words are left out.
 */
export function quoteContext(text: string, paragraphs: Span[], quoted: Span[], quote: Span): QuoteContext {
  const region = {
    start: (paragraphAt(paragraphs, quote.start) ?? lineAt(text, quote.start)).start,
    end: (paragraphAt(paragraphs, quote.end) ?? lineAt(text, quote.end)).end,
  };
  const masks = quoted.filter((q) => q.start < region.end && q.end > region.start).concat(quote);
  const ends = sentenceEnds(text, region, masks);
  const before = ends.filter((e) => e <= quote.start);
  const start = before.length >= 2 ? before[before.length - 2] : region.start;
  const end = ends.find((e) => e >= quote.end) ?? region.end;
  const story = paragraphs.length
    ? { start: paragraphs[0].start, end: paragraphs[paragraphs.length - 1].end }
    : { start: 0, end: text.length };
  const position = story.end > story.start ? (quote.start - story.start) / (story.end - story.start) : 0;
  return { stems: contentStems(unquoted(text, { start, end }, masks)), position: Math.min(1, Math.max(0, position)) };
}

function sentenceEnds(text: string, region: Span, masks: Span[]): number[] {
  const slice = text.slice(region.start, region.end);
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m; (m = SENTENCE_END.exec(slice)); ) {
    const end = region.start + m.index + m[0].length;
    const blank = end - 1;
    const insideQuote = masks.some((q) => blank >= q.start && blank < q.end);
    if (!insideQuote && !ABBREVIATION.test(slice.slice(Math.max(0, m.index - 4), m.index + 1))) ends.push(end);
  }
  return ends;
}

function unquoted(text: string, window: Span, masks: Span[]): string {
  let out = '';
  let at = window.start;
  for (const q of [...masks].sort((x, y) => x.start - y.start)) {
    if (q.end <= at || q.start >= window.end) continue;
    out += text.slice(at, Math.max(at, q.start)) + ' ';
    at = Math.max(at, q.end);
  }
  return out + text.slice(at, Math.max(at, window.end));
}

function paragraphAt(paragraphs: Span[], offset: number): Span | undefined {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const p = paragraphs[mid];
    if (offset < p.start) high = mid - 1;
    else if (offset > p.end) low = mid + 1;
    else return p;
  }
  return undefined;
}

function lineAt(text: string, offset: number): Span {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  return { start, end: newline < 0 ? text.length : newline };
}
