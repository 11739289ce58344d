// Resolution alone, measured on GUM's Wikinews documents (../shared/corpus/gum-news): GUM's own
// name spans go in as the mentions, so this scores how people.ts groups names, not how names
// are found. The 43 unrelated documents are read as one bundle: names must join within a
// document (GUM's coreference clusters) and across documents (GUM's Wikipedia identities).
import test from 'node:test';
import assert from 'node:assert/strict';
import { readBundleFile } from '../bundle/format';
import { Article, NameMention } from '../bundle/model';
import { resolvePeople } from '../bundle/people';
import { readShared, sharedDir } from '../testing/shared';

interface GumMention {
  named: boolean;
  group: boolean;
  name_text: string | null;
  name_start: number | null;
  name_end: number | null;
  identity: string | null;
  cluster: string;
}

interface GumDocument {
  seed: string;
  people: GumMention[];
}

test('gum-news: names grouped into people agree with GUM (B-cubed over named mentions)', (t) => {
  if (!sharedDir()) return t.skip('../shared is not present');
  const bundle = readBundleFile('gum-news.seeds', readShared('corpus', 'gum-news', 'gum-news.seeds'));
  const documents: GumDocument[] = JSON.parse(readShared('corpus', 'gum-news', 'people.json')).documents;
  /** The true person of each name span: its Wikipedia identity, else its cluster in its document. */
  const truth = new Map<string, string>();
  const articles: Article[] = bundle.seeds.map((seed) => {
    const mentions: NameMention[] = [];
    for (const m of documents.find((d) => d.seed === seed.name)!.people) {
      if (!m.named || m.group || m.name_start === null || m.name_end === null || !m.name_text) continue;
      const key = `${seed.name}:${m.name_start}`;
      if (truth.has(key)) continue; // nested mentions share a name span
      truth.set(key, m.identity ?? `${seed.name}#${m.cluster}`);
      mentions.push({ start: m.name_start, end: m.name_end, text: m.name_text });
    }
    mentions.sort((a, b) => a.start - b.start);
    const anatomy = { headline: null, headlineSpan: null, outlet: null, wire: null, date: null, paragraphs: [], boilerplate: [] };
    return { id: seed.name, source: seed.name, seed, anatomy, mentions, quotes: [] };
  });

  const people = resolvePeople(articles);
  const found = new Map<string, number>();
  people.people.forEach((person, index) => person.mentions.forEach((m) => found.set(`${m.article}:${m.span.start}`, index)));
  assert.equal(found.size, truth.size, 'every mention belongs to one person');

  const membersOf = <K>(keyOf: (mention: string) => K) => {
    const groups = new Map<K, string[]>();
    for (const mention of truth.keys()) {
      const key = keyOf(mention);
      groups.set(key, [...(groups.get(key) ?? []), mention]);
    }
    return groups;
  };
  const byTruth = membersOf((m) => truth.get(m)!);
  const byFound = membersOf((m) => found.get(m)!);
  let precision = 0;
  let recall = 0;
  for (const mention of truth.keys()) {
    const same = byFound.get(found.get(mention)!)!;
    const shared = same.filter((other) => truth.get(other) === truth.get(mention)).length;
    precision += shared / same.length;
    recall += shared / byTruth.get(truth.get(mention)!)!.length;
  }
  precision /= truth.size;
  recall /= truth.size;
  t.diagnostic(`${truth.size} name mentions, ${byTruth.size} GUM people, ${people.people.length} found; B-cubed P ${precision.toFixed(3)} R ${recall.toFixed(3)}`);
  assert.ok(precision >= 0.98, `B-cubed precision ${precision.toFixed(3)}`);
  assert.ok(recall >= 0.97, `B-cubed recall ${recall.toFixed(3)}`);
});
