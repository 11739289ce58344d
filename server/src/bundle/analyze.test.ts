import test from 'node:test';
import { execFileSync } from 'child_process';
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

test('a family name another article gives in full is that person with its accents dropped or added: `Dravác`, `Dravac`', () => {
  for (const [full, alone] of [['Dravác', 'Dravac'], ['Dravac', 'Dravác']]) {
    const text = bundle(
      ['Talks stall', 'The Harbor Post', 'March 12, 2026', `Prime Minister Ilona ${full} refused on Thursday. "We will not pay," ${full} said.`],
      ['Talks stall again', 'The Shoreline Herald', 'March 12, 2026', `${alone} blocked the text. "We will not pay," the prime minister said.`],
    );
    const analysis = new Analyzer().analyze(readBundleFile('x.seeds', text));
    const [second] = analysis.articles.slice(1);
    assert.deepEqual(
      analysis.quotes.filter((q) => q.article === second.id).map((q) => [q.text, q.speaker]),
      [['We will not pay,', `Ilona ${full}`]],
      alone,
    );
  }
});

test('a quote of `Mrs Brenvik` is the wife\'s, and `Brenvik` alone the judge\'s the story is about', () => {
  const text = bundle([
    'Judge dies at 80',
    'The Harbor Post',
    'March 12, 2026',
    'Former judge Tomas Brenvik died on Tuesday. His wife, Ilse Brenvik, said he died at home. "He hated fuss," Mrs Brenvik said. ' +
      'Brenvik was appointed in 1990. "The law is a craft," Brenvik said in 2001.',
  ]);
  const analysis = new Analyzer().analyze(readBundleFile('x.seeds', text));
  assert.deepEqual(
    analysis.quotes.map((q) => [q.text, q.speaker]),
    [
      ['He hated fuss,', 'Ilse Brenvik'],
      ['The law is a craft,', 'Tomas Brenvik'],
    ],
  );
});

test('a word another article shows to be a company\'s name is no person where it stands alone, unless the bundle names someone with it in full', () => {
  const company = ['Outage hits shops', 'The Harbor Post', 'March 12, 2026', 'Brindlow Inc said the outage would cost it $8 million.'];
  const alone = ['Card outage explained', 'The Shoreline Herald', 'March 12, 2026', 'Brindlow said the outage was caused "by a faulty change".'];
  const analyzer = new Analyzer();
  const analysis = analyzer.analyze(readBundleFile('x.seeds', bundle(company, alone)));
  assert.deepEqual(analysis.people, []);
  assert.deepEqual(analysis.quotes.map((q) => q.speaker), [null]);
  // Edited to name a person with it in full, it is that person again.
  const named = ['Outage hits shops', 'The Harbor Post', 'March 12, 2026', 'Brindlow Inc founder Ann Brindlow said the outage would cost $8 million.'];
  const again = analyzer.analyze(readBundleFile('x.seeds', bundle(named, alone)));
  assert.deepEqual(again.quotes.map((q) => q.speaker), ['Ann Brindlow']);
});

test('an edited bundle keeps no earlier version of its text alive: the word cache copies what it cuts', () => {
  // Run apart, with `gc` exposed: the heap after each edit, collected, shows what stays alive.
  const script = `
    const { Analyzer } = require(${JSON.stringify(require.resolve('./analyze'))});
    const { readBundleFile } = require(${JSON.stringify(require.resolve('./format'))});
    const article = (i) => ['=== ' + String(i).padStart(3, '0') + '_a' + i + '.txt', 'Bridge shut after inspectors find cables corroded', 'The Harbor Post',
      'Deputy Mayor Eleanor Voss said the bridge would stay shut. "Nobody wants this," Voss said.'.repeat(40)].join('\\n');
    let text = Array.from({ length: 200 }, (_, i) => article(i)).join('\\n') + '\\n';
    const analyzer = new Analyzer();
    const heap = () => { gc(); return process.memoryUsage().heapUsed; };
    const after = [];
    for (let edit = 0; edit < 10; edit++) {
      // A new word of 13 letters or more each time, in the middle of the bundle.
      const middle = text.indexOf('Nobody', text.length / 2);
      text = text.slice(0, middle) + 'Unprecedented' + 'x'.repeat(edit) + ' ' + text.slice(middle);
      analyzer.analyze(readBundleFile('x.seeds', text));
      after.push(heap());
    }
    console.log(JSON.stringify({ textBytes: text.length, growth: after[9] - after[3] }));
  `;
  const { textBytes, growth } = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' }));
  // Each edit's version kept alive would be 6 × textBytes at least; what the analysis keeps grows a little.
  assert.ok(growth < 2 * textBytes, `the heap grew by ${growth} bytes over six edits of a ${textBytes}-character text`);
});

test('a seed whose text moves keeps its reading: two seeds that swap places, then both moved again while a third is edited', () => {
  const texts = ['Ferry fares rise', 'Harbour wall repaired', 'Council meets on Tuesday'].map((headline, i) => [
    headline,
    'The Coast Courier',
    `Mayor Ana Vidal said the work would take ${i + 2} weeks. "We are on time," Vidal said.`,
  ]);
  const analyzer = new Analyzer();
  const readings = (order: string[][]) => new Map(analyzer.analyze(readBundleFile('b.seeds', bundle(...order))).articles.map((a) => [a.seed.text, a.mentions]));
  const first = readings(texts);
  const swapped = readings([texts[1], texts[0], texts[2]]);
  for (const [text, mentions] of first) assert.equal(swapped.get(text), mentions, 'the same reading, not a new one');
  // Both swapped seeds are found again by their texts: the first moves on, the third moves up.
  const moved = readings([texts[2], texts[1], [...texts[0], 'More soon.']]);
  const kept = [...first].filter(([text]) => moved.get(text) === first.get(text));
  assert.equal(kept.length, 2, 'the two seeds not edited keep their readings');
});

test('two captures of one outlet, its name with and without `The`, are one source: their versions are not compared', () => {
  const capture = (outlet: string, quote: string) => [` date 2026-04-02  ${outlet}`, 'Fire guts waterfront warehouse', '', `A fire destroyed a warehouse on Thursday. "${quote}," Deputy Fire Chief Owen Castillo said.`];
  const text = bundle(capture('Lakeshore Tribune', 'The building is a total loss'), capture('The Lakeshore Tribune', 'The building is likely a total loss'));
  const analysis = new Analyzer().analyze(readBundleFile('x.seeds', text));
  assert.deepEqual(analysis.findings, []);
});

test('a part an actor plays in one article is no person in another that names it alone: `The Ballad of Carl Moe, directed by …`', () => {
  const text = bundle(
    ['Film opens festival', 'The Harbor Post', 'March 12, 2026', 'The drama follows a fisherman, Carl Moe, played by Tom Ek.'],
    ['Festival opens', 'The Shoreline Herald', 'March 12, 2026', 'The Ballad of Carl Moe, directed by Ida Lind, opened the festival.'],
  );
  const analysis = new Analyzer().analyze(readBundleFile('x.seeds', text));
  assert.deepEqual(analysis.people.map((p) => p.name).sort(), ['Ida Lind', 'Tom Ek']);
});
