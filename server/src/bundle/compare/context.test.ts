import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteContext } from './context';
import { Span } from '../model';

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
