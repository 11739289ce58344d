// Inlay hints: after a quote whose sentence does not name its speaker (`"…," she said.`, or a
// quote carried over from the paragraph before), the speaker the bundle resolved it to.
import { InlayHint } from 'vscode-languageserver-types';
import { Person, Quote } from '../bundle/model';
import { escapeRegExp } from '../bundle/regexps';
import { BundleView } from './view';

/** How far from a quote its sentence is looked for: a sentence, not a page. */
const MAX_SENTENCE = 400;
const CLOSING_MARKS = /["”’»“'‘]/;

/** Hints for the quotes of a file that stand between two offsets of it. */
export function inlayHints(view: BundleView, file: string, start: number, end: number): InlayHint[] {
  const people = new Map(view.analysis.people.map((p) => [p.name, p]));
  const namePatterns = new Map<string, RegExp>();
  const hints: InlayHint[] = [];
  for (const article of view.articlesIn(file)) {
    const { text, offset } = article.seed;
    if (offset + text.length < start || offset > end) continue;
    for (const quote of view.quotesIn(article.id)) {
      if (!quote.speaker || offset + quote.span.end < start || offset + quote.span.start > end) continue;
      let names = namePatterns.get(quote.speaker);
      if (!names) {
        names = namePattern(quote.speaker, people.get(quote.speaker));
        namePatterns.set(quote.speaker, names);
      }
      if (names.test(sentenceAround(text, quote))) continue;
      const after = CLOSING_MARKS.test(text[quote.span.end] ?? '') ? quote.span.end + 1 : quote.span.end;
      hints.push({
        position: view.documentOf(file).positionAt(offset + after),
        label: `— ${quote.speaker}`,
        paddingLeft: true,
        tooltip: `Speaker as the bundle resolves it: this sentence does not name ${quote.speaker}.`,
      });
    }
  }
  return hints;
}

/** The words of a speaker's name and of every other form the bundle uses, as whole words. */
function namePattern(speaker: string, person: Person | undefined): RegExp {
  const words = new Set<string>();
  for (const form of [speaker, ...(person?.aliases ?? [])]) {
    for (const word of form.split(/[\s.]+/)) if (word.length >= 2) words.add(escapeRegExp(word));
  }
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...words].join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * The text of the quote's sentence outside the quote: from the sentence or line break before
 * its opening mark, and from its closing mark to the end of that sentence or line.
 */
function sentenceAround(text: string, quote: Quote): string {
  const before = text.slice(Math.max(0, quote.span.start - MAX_SENTENCE), quote.span.start);
  const lead = before.split(/[.!?]["”’»]?\s+|\n/).pop() ?? '';
  const after = text.slice(quote.span.end, quote.span.end + MAX_SENTENCE);
  const tail = /^[^\n]*?(?:[.!?](?=\s|$)|\n|$)/.exec(after.replace(/^["”’»“'‘]/, ''))?.[0] ?? '';
  return `${lead} ${tail}`;
}
