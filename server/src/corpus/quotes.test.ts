// Quotes and their speakers on real articles: the five seeds of ../shared/seeds against the
// hand reading in gold/seeds.gold.json, and BASIL's annotated quoted phrases (corpus/basil-dev).
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { readAnatomy } from '../bundle/anatomy';
import { readBundleFile } from '../bundle/format';
import { findMentions } from '../bundle/mentions';
import { NameMention, QuoteFound } from '../bundle/model';
import { findQuotes } from '../bundle/quotes';
import { GoldQuote, sharedDir } from '../testing/shared';

const shared = sharedDir();

const percent = (part: number, whole: number) => `${part}/${whole} (${((100 * part) / whole).toFixed(1)}%)`;

/** Quote text as the gold compares it: marks and apostrophes folded, a comma or full stop inside the closing mark ignored. */
const fold = (text: string) =>
  text
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’‚']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["']+|["']+$/g, '')
    .replace(/[,.]$/, '')
    .trim()
    .toLowerCase();

const surname = (name: string) => name.trim().split(/\s+/).pop()!.toLowerCase();

function readArticle(text: string, mentions?: (text: string) => NameMention[]): QuoteFound[] {
  const anatomy = readAnatomy(text);
  return findQuotes(text, anatomy, mentions ? mentions(text) : findMentions(text, anatomy));
}

/** Mentions of the given names by plain search, longest name first: attribution measured apart from name finding. */
function mentionsOfNames(names: string[]): (text: string) => NameMention[] {
  const forms = [...new Set(names.flatMap((name) => [name, name.split(' ').pop()!]))].sort((a, b) => b.length - a.length);
  return (text) => {
    const found: NameMention[] = [];
    for (const name of forms) {
      for (const m of text.matchAll(new RegExp(`\\b${name.replace(/[.]/g, '\\.')}\\b`, 'g'))) {
        if (!found.some((f) => f.start < m.index + name.length && m.index < f.end)) found.push({ start: m.index, end: m.index + name.length, text: name });
      }
    }
    return found;
  };
}

interface GoldPerson {
  name: string;
  aliases: string[];
}

test('seeds: every gold quote found with its speaker and partial flag, at most one extra quote in the bundle', (t) => {
  if (!shared) return t.skip('../shared is not present');
  const gold: { quotes: GoldQuote[]; people: GoldPerson[] } = JSON.parse(fs.readFileSync(path.join(shared, 'gold', 'seeds.gold.json'), 'utf8'));
  const fullName = (speaker: string | null) =>
    speaker && gold.people.find((p) => [p.name, ...p.aliases].some((form) => surname(form) === surname(speaker)))?.name;
  let wanted = 0;
  let found = 0;
  let rightSpeaker = 0;
  let rightPartial = 0;
  let extra = 0;
  const misses: string[] = [];
  for (const name of fs.readdirSync(path.join(shared, 'seeds')).sort()) {
    const quotes = readArticle(fs.readFileSync(path.join(shared, 'seeds', name), 'utf8'));
    const unmatched = new Set(quotes);
    for (const goldQuote of gold.quotes.filter((q) => name.startsWith(q.article))) {
      for (let n = 0; n < (goldQuote.occurrences ?? 1); n++) {
        wanted++;
        const match = [...unmatched].find((q) => fold(q.text) === fold(goldQuote.text));
        if (!match) {
          misses.push(`${goldQuote.article} missing: ${goldQuote.text}`);
          continue;
        }
        unmatched.delete(match);
        found++;
        if (fullName(match.speakerName) === goldQuote.speaker) rightSpeaker++;
        else misses.push(`${goldQuote.article} speaker ${match.speakerName} for ${goldQuote.speaker}: ${goldQuote.text}`);
        if (match.partial === (goldQuote.partial ?? false)) rightPartial++;
        else misses.push(`${goldQuote.article} partial ${match.partial}: ${goldQuote.text}`);
      }
    }
    extra += unmatched.size;
    for (const q of unmatched) misses.push(`${name} extra: ${q.text}`);
  }
  t.diagnostic(`found ${percent(found, wanted)}, right speaker ${percent(rightSpeaker, wanted)}, right partial flag ${percent(rightPartial, wanted)}, extra ${extra}`);
  for (const miss of misses) t.diagnostic(miss);
  assert.equal(found, wanted, 'every gold quote is found');
  assert.equal(rightSpeaker, wanted, 'every gold quote has its speaker');
  assert.equal(rightPartial, wanted, 'every gold quote has its partial flag');
  assert.ok(extra <= 1, `${extra} extra quotes`);
});

interface BasilPhrase {
  text: string;
  speaker: string;
}

/** Annotated speakers that are one named person, not `other_*` or a group (`House Democrats`, `Obama campaign`). */
const isNamedPerson = (speaker: string) =>
  !speaker.startsWith('other') && /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}.]*)+$/u.test(speaker) && !/\b(?:Democrats?|Republicans?|Lawmakers|Officials|BuzzFeed)\b/i.test(speaker);

/** Over the BASIL articles: phrases inside a found quote, and how many of those got the annotated speaker's surname, or a wrong one. */
function scoreBasil(dir: string, withNames: boolean) {
  const annotations: Record<string, Record<string, { main_entities: string[]; quoted_phrases: BasilPhrase[] }>> = JSON.parse(
    fs.readFileSync(path.join(dir, 'annotations.json'), 'utf8'),
  ).bundles;
  const score = { phrases: 0, inQuote: 0, right: 0, wrong: 0, misses: [] as string[] };
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.seeds'))) {
    for (const seed of readBundleFile(file, fs.readFileSync(path.join(dir, file), 'utf8')).seeds) {
      const annotated = annotations[file]?.[seed.name];
      const phrases = (annotated?.quoted_phrases ?? []).filter((p) => isNamedPerson(p.speaker));
      if (!phrases.length) continue;
      const names = [...annotated.main_entities, ...phrases.map((p) => p.speaker)].filter(isNamedPerson);
      const quotes = readArticle(seed.text, withNames ? mentionsOfNames(names) : undefined);
      for (const phrase of phrases) {
        score.phrases++;
        const wanted = fold(phrase.text);
        const quote = quotes.find((q) => fold(q.text).includes(wanted)) ?? quotes.find((q) => fold(q.text).length >= 8 && wanted.includes(fold(q.text)));
        if (!quote) continue;
        score.inQuote++;
        if (quote.speakerName && surname(quote.speakerName) === surname(phrase.speaker)) score.right++;
        else {
          if (quote.speakerName) score.wrong++;
          score.misses.push(`${file} ${seed.name.slice(0, 3)}: ${quote.speakerName} for ${phrase.speaker}: ${phrase.text.slice(0, 60)}`);
        }
      }
    }
  }
  return score;
}

test('basil-dev: the speakers of annotated quoted phrases, with the pipeline`s mentions and with the annotated names', (t) => {
  if (!shared) return t.skip('../shared is not present');
  const dir = path.join(shared, 'corpus', 'basil-dev');
  const pipeline = scoreBasil(dir, false);
  const named = scoreBasil(dir, true);
  t.diagnostic(`phrases of a named speaker inside a found quote: ${percent(pipeline.inQuote, pipeline.phrases)}`);
  t.diagnostic(`speaker right, findMentions: ${percent(pipeline.right, pipeline.inQuote)} (wrong person ${pipeline.wrong}, the rest null)`);
  t.diagnostic(`speaker right, annotated names as mentions: ${percent(named.right, named.inQuote)} (wrong person ${named.wrong})`);
  for (const miss of pipeline.misses) t.diagnostic(`findMentions: ${miss}`);
  for (const miss of named.misses) t.diagnostic(`names: ${miss}`);
  assert.ok(pipeline.inQuote / pipeline.phrases >= 0.94, 'phrases inside a found quote');
  assert.ok(pipeline.right / pipeline.inQuote >= 0.96, 'speaker accuracy with findMentions');
  assert.ok(named.right / named.inQuote >= 0.98, 'speaker accuracy with the annotated names');
  assert.ok(named.wrong <= 1, 'a wrong person is almost never named when the names are known');
});
