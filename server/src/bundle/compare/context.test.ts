import test from 'node:test';
import assert from 'node:assert/strict';
import { CONTEXT_REACH, contextReader, QuoteContext } from './context';
import { Span } from '../model';

function quoteContext(text: string, paragraphs: Span[], quoted: Span[], quote: Span): QuoteContext {
  return contextReader(text, paragraphs, quoted)(quote);
}

function spanOf(text: string, part: string): Span {
  const start = text.indexOf(part);
  assert.ok(start >= 0, part);
  return { start, end: start + part.length };
}

const PARAGRAPHS = [
  'The council met on Monday.',
  'Lind spoke after the vote. Before any fares are set, the U.S. partner should study costs. "Naturally, we study the costs first," the Nordpress agency quoted her as saying. "Then we will decide," she added.',
  'Ferries start on Friday.',
];
const TEXT = PARAGRAPHS.join('\n\n');
const paragraphs = PARAGRAPHS.map((p) => spanOf(TEXT, p));

test('the context is the cue sentence and the one before it, without quoted words', () => {
  const quote = spanOf(TEXT, 'Naturally, we study the costs first,');
  const other = spanOf(TEXT, 'Then we will decide,');
  const { stems } = quoteContext(TEXT, paragraphs, [quote, other], quote);
  assert.deepEqual(stems, ['fare', 'set', 'us', 'partner', 'study', 'cost', 'nordpress', 'agency', 'quot', 'saying']);
});

test('an abbreviation does not end a sentence, and the context stays in its paragraph', () => {
  const quote = spanOf(TEXT, 'Then we will decide,');
  const { stems } = quoteContext(TEXT, paragraphs, [spanOf(TEXT, 'Naturally, we study the costs first,'), quote], quote);
  assert.ok(stems.includes('nordpress') && stems.includes('added'), stems.join(' '));
  assert.ok(!stems.includes('fare') && !stems.includes('ferri') && !stems.includes('decide'), stems.join(' '));
});

test('a quote that opens its paragraph takes the last sentence of the one before', () => {
  const lines = ['Lind spoke at the pier.', 'Asked whether fares would rise, she was careful. Ferries start soon.', '"We will look at everything," she said.'];
  const text = lines.join('\n\n');
  const quote = spanOf(text, 'We will look at everything,');
  assert.deepEqual(quoteContext(text, lines.map((p) => spanOf(text, p)), [quote], quote).stems, ['ferry', 'start', 'soon']);
});

test('the position runs from the story start to its end', () => {
  const first = quoteContext(TEXT, paragraphs, [], spanOf(TEXT, 'council'));
  const last = quoteContext(TEXT, paragraphs, [], spanOf(TEXT, 'Friday'));
  assert.ok(first.position < 0.05 && last.position > 0.9, `${first.position} ${last.position}`);
});

test('without paragraphs the line holding the quote is the context', () => {
  const text = 'A line before.\n"We are ready," Lind said on the radio.\nA line after.';
  const quote = spanOf(text, 'We are ready,');
  assert.deepEqual(quoteContext(text, [], [quote], quote).stems, ['lind', 'radio']);
});

test('a quote among thousands in one paragraph has the context it has in a short one', () => {
  // A sentence end inside a quote ("first.") ends no sentence of the story: the context starts at "Reporters".
  const short = 'Lind spoke after the vote. Reporters heard her "Costs come first. Fares come later," at the pier. "Naturally, we study the costs first," the Nordpress agency quoted her as saying.';
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `"Fares may rise by ${i} kroner. Or not," Dana said. Ferries run late.`).join(' ');
  const long = `${filler(3000)} ${short} ${filler(3000)}`;
  const contextIn = (text: string) => {
    const quoted = [...text.matchAll(/"([^"]*)"/g)].map((m) => ({ start: m.index! + 1, end: m.index! + m[0].length - 1 }));
    return quoteContext(text, [{ start: 0, end: text.length }], quoted, spanOf(text, 'Naturally, we study the costs first,')).stems;
  };
  assert.ok(long.length > 50 * CONTEXT_REACH);
  assert.deepEqual(contextIn(short), ['reporter', 'heard', 'pier', 'nordpress', 'agency', 'quot', 'saying']);
  assert.deepEqual(contextIn(long), contextIn(short));
});

test('a context with no sentence end near the quote stops within reach of it', () => {
  const words = 'ferry '.repeat(CONTEXT_REACH);
  const text = `harbour ${words}"We are ready," Lind said ${words}lighthouse`;
  const quote = spanOf(text, 'We are ready,');
  const { stems } = quoteContext(text, [{ start: 0, end: text.length }], [quote], quote);
  assert.ok(stems.includes('lind') && stems.includes('ferry'), stems.slice(0, 5).join(' '));
  assert.ok(!stems.includes('harbour') && !stems.includes('lighthouse'));
  assert.ok(stems.length <= (2 * CONTEXT_REACH) / 'ferry '.length + 2, String(stems.length));
});
