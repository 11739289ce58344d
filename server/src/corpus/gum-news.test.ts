// Person recognition measured on GUM's Wikinews documents, scored as the corpus README says:
// gold is the distinct name spans of named, non-group person mentions; a gold name is found
// when a found span equals it (strict) or overlaps it (lenient); a found span that overlaps no
// person mention at all, named or not, is a false positive.
import test from 'node:test';
import assert from 'node:assert/strict';
import { findMentions } from '../bundle/mentions';
import { Anatomy } from '../bundle/model';
import { readShared, sharedDir } from '../testing/shared';

/** Floors a little under the figures reached, so that a regression fails. */
const FLOOR = { precision: 0.977, strictF1: 0.925, lenientF1: 0.938 };

interface GoldMention {
  start: number;
  end: number;
  named: boolean;
  group: boolean;
  name_start: number | null;
  name_end: number | null;
}

function seedsOf(bundle: string): Map<string, string> {
  const seeds = new Map<string, string>();
  const header = /^=== (.+)\n/gm;
  const headers = [...bundle.matchAll(header)];
  headers.forEach((h, i) => {
    const start = h.index + h[0].length;
    const end = i + 1 < headers.length ? headers[i + 1].index : bundle.length;
    seeds.set(h[1].trim(), bundle.slice(start, end));
  });
  return seeds;
}

/** The whole text as story: the corpus has no page furniture, and the test should not depend on anatomy. */
function wholeText(text: string): Anatomy {
  return { headline: null, headlineSpan: null, outlet: null, wire: null, date: null, paragraphs: [{ start: 0, end: text.length }], boilerplate: [] };
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

test('gum-news: people recognition reaches its floor', (t) => {
  if (!sharedDir()) return t.skip('../shared is not present');
  const seeds = seedsOf(readShared('corpus', 'gum-news', 'gum-news.seeds'));
  const documents: { seed: string; people: GoldMention[] }[] = JSON.parse(readShared('corpus', 'gum-news', 'people.json')).documents;
  assert.equal(documents.length, 43);

  let gold = 0;
  let strict = 0;
  let lenient = 0;
  let found = 0;
  let falsePositives = 0;
  for (const doc of documents) {
    const text = seeds.get(doc.seed);
    assert.ok(text !== undefined, `no seed ${doc.seed}`);
    const mentions = findMentions(text, wholeText(text));

    const names = new Map<string, [number, number]>();
    for (const p of doc.people) if (p.named && !p.group && p.name_start !== null && p.name_end !== null) names.set(`${p.name_start}:${p.name_end}`, [p.name_start, p.name_end]);
    const overlaps = (a: { start: number; end: number }, start: number, end: number) => a.start < end && start < a.end;
    gold += names.size;
    found += mentions.length;
    for (const [start, end] of names.values()) {
      if (mentions.some((m) => m.start === start && m.end === end)) strict++;
      if (mentions.some((m) => overlaps(m, start, end))) lenient++;
    }
    for (const m of mentions) if (!doc.people.some((p) => overlaps(m, p.start, p.end))) falsePositives++;
  }

  // Throughput once warm, as while the user types: the best of three timed passes.
  const texts = [...seeds.values()];
  const megabytes = texts.reduce((n, text) => n + Buffer.byteLength(text), 0) / 1e6;
  let throughput = 0;
  for (let pass = 0; pass < 3; pass++) {
    const began = performance.now();
    for (const text of texts) findMentions(text, wholeText(text));
    throughput = Math.max(throughput, megabytes / ((performance.now() - began) / 1000));
  }

  const precision = 1 - falsePositives / found;
  const strictF1 = f1(precision, strict / gold);
  const lenientF1 = f1(precision, lenient / gold);
  t.diagnostic(
    `gum-news: ${gold} gold names, ${found} found, ${falsePositives} false positives; ` +
      `precision ${precision.toFixed(3)}, strict recall ${(strict / gold).toFixed(3)} F1 ${strictF1.toFixed(3)}, ` +
      `lenient recall ${(lenient / gold).toFixed(3)} F1 ${lenientF1.toFixed(3)}; ` +
      `${throughput.toFixed(1)} MB/s`,
  );
  assert.ok(precision >= FLOOR.precision, `precision ${precision.toFixed(3)} < ${FLOOR.precision}`);
  assert.ok(strictF1 >= FLOOR.strictF1, `strict F1 ${strictF1.toFixed(3)} < ${FLOOR.strictF1}`);
  assert.ok(lenientF1 >= FLOOR.lenientF1, `lenient F1 ${lenientF1.toFixed(3)} < ${FLOOR.lenientF1}`);
});
