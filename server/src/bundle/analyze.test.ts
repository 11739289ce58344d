import test from 'node:test';
import assert from 'node:assert/strict';
import { Analyzer } from './analyze';
import { readBundleFile } from './format';

/** A bundle of articles, each given as its lines after a `=== NNN_ID.txt` header. */
function bundle(...articles: string[][]): string {
  return articles.map((lines, i) => [`=== 00${i + 1}_a${i}b${i}.txt`, ...lines].join('\n')).join('\n') + '\n';
}

test('a family name another article gives in full is that person, possessive too: `Okafor\'s ruling said`', () => {
  const text = bundle(
    ['Judge blocks permit', 'The Harbor Post', 'March 12, 2026', 'Judge Marianne Okafor ruled on Thursday. Okafor wrote that the state erred.'],
    ['Oystermen win round', 'The Shoreline Herald', 'March 12, 2026', 'Okafor\'s ruling said the state "failed to weigh the harm" to the fishery.'],
  );
  const analysis = new Analyzer().analyze(readBundleFile('x.seeds', text));
  const [second] = analysis.articles.slice(1);
  assert.deepEqual(
    analysis.quotes.filter((q) => q.article === second.id).map((q) => [q.text, q.speaker]),
    [['failed to weigh the harm', 'Marianne Okafor']],
  );
});
