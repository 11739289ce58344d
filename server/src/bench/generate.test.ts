import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import test from 'node:test';
import { isSeedFileName, readBundleFile } from '../bundle/format';
import { BaseStory, generateSeeds, namesIn, plainWords, Random, writeBundleFile, writeBundleFolder } from './generate';

// A made-up story as two outlets told it.
const STORY: BaseStory = {
  articles: [
    ` date 2021-05-04  Harbour Gazette
Mayor Defends New Ferry Timetable

Mayor Teresa Vollmar said on Monday that the new ferry timetable would cut waiting times by 15 minutes, despite complaints from commuters.

"We listened to every rider, we studied the numbers, and we are confident this timetable will work for the whole city," Vollmar told reporters at the pier.

Opposition councillor Brendan Quarry called the plan "a rushed decision that ignores the night workers who depend on the last boat."

Vollmar said three new boats would arrive next spring. "This is a very important step for our harbour."
`,
    ` date 2021-05-05  Coastal Times
Ferry changes spark row at city hall

Teresa Vollmar, the city's mayor, defended the ferry schedule on Tuesday.

"We listened to every rider and we are confident this timetable will work for the whole city," she said.

Councillor Brendan Quarry said the timetable was "a rushed decision" and asked for a vote.
`,
  ],
};

test('Random gives the same numbers for the same seed, and others for another seed', () => {
  const draw = (seed: number) => {
    const rng = new Random(seed);
    return Array.from({ length: 8 }, () => rng.next());
  };
  assert.deepEqual(draw(7), draw(7));
  assert.notDeepEqual(draw(7), draw(8));
  const rng = new Random(3);
  for (let i = 0; i < 200; i++) {
    const x = rng.int(5);
    assert.ok(Number.isInteger(x) && x >= 0 && x < 5);
  }
  assert.match(new Random(1).hex(16), /^[0-9a-f]{16}$/);
});

test('namesIn finds first name + surname, not a common word after a first name nor a word after a full name', () => {
  const names = namesIn(['Mayor Teresa Vollmar met Brendan Quarry. The Will Report and Grace Church were closed. Paul Ryan Medicare plan.']);
  assert.deepEqual(
    names.map((n) => `${n.first} ${n.surname}`),
    ['Teresa Vollmar', 'Brendan Quarry', 'Paul Ryan'],
  );
});

test('generateSeeds is deterministic and gives exactly the count asked, with valid unique names', () => {
  const first = generateSeeds([STORY], 40, 11);
  assert.deepEqual(generateSeeds([STORY], 40, 11), first);
  assert.notDeepEqual(generateSeeds([STORY], 40, 12), first);
  assert.equal(first.length, 40);
  assert.equal(new Set(first.map((s) => s.name)).size, 40);
  for (const [i, seed] of first.entries()) {
    assert.ok(isSeedFileName(seed.name), seed.name);
    assert.equal(parseInt(seed.name, 10), i);
    assert.match(seed.text, /^ date \d{4}-\d{2}-\d{2}  \S/);
  }
  assert.match(generateSeeds([STORY], 1200, 1)[1100].name, /^1100_/);
});

test('variants change outlets, people and quote wording, and keep the original story first', () => {
  const seeds = generateSeeds([STORY], 120, 5);
  const outlets = new Set(seeds.map((s) => /^ date \S+\s+(.+)$/m.exec(s.text)![1]));
  assert.ok(outlets.size >= 6, `outlets: ${[...outlets].join(', ')}`);
  // The first instance keeps the story's people; later instances have other people.
  assert.match(seeds[0].text, /Teresa Vollmar/);
  const renamed = seeds.filter((s) => !/Vollmar/.test(s.text));
  assert.ok(renamed.length > seeds.length / 2, `${renamed.length} seeds without the original mayor`);
  // Quote wordings that neither original prints: re-worded, cut down or split.
  const originals = new Set(STORY.articles.flatMap((a) => [...a.matchAll(/"([^"]+)"/g)].map((m) => m[1])));
  const wordings = new Set(seeds.flatMap((s) => [...s.text.matchAll(/["“]([^"“”]+)["”]/g)].map((m) => m[1].replace(/’/g, "'"))));
  const changed = [...wordings].filter((w) => !originals.has(w) && /confident|rider|rushed|important|harbour/.test(w));
  assert.ok(changed.length >= 5, `re-worded quotes: ${changed.join(' | ')}`);
  assert.ok(seeds.some((s) => /“/.test(s.text)), 'some outlets use curly quote marks');
});

test('each seed records the quotes it prints and their statements; another story line shares no word of three letters or more', () => {
  const seeds = generateSeeds([STORY], 120, 5);
  for (const seed of seeds) {
    const text = ` ${plainWords(seed.text)} `;
    for (const p of seed.printed) assert.ok(text.includes(` ${plainWords(p.text)} `), `${seed.name} does not print ${p.text}`);
  }
  const lines = new Set(seeds.flatMap((s) => s.printed.map((p) => p.line)));
  assert.ok(lines.has('story 0') && lines.size >= 10, [...lines].join(', '));
  // The first printing of each statement in its own line and in another: no long word in common.
  const firstOf = (line: string) => new Map(seeds.flatMap((s) => s.printed).filter((p) => p.line === line).map((p) => [`${p.article} ${p.ordinal}`, p.text]));
  const own = firstOf('story 0');
  const other = firstOf([...lines].find((l) => l !== 'story 0')!);
  const longWords = (text: string) => new Set(plainWords(text).split(' ').filter((w) => w.length >= 3));
  let compared = 0;
  for (const [statement, text] of other) {
    if (!own.has(statement)) continue;
    compared++;
    const shared = [...longWords(text)].filter((w) => longWords(own.get(statement)!).has(w));
    assert.deepEqual(shared, [], `${text} | ${own.get(statement)}`);
  }
  assert.ok(compared >= 2, `${compared} statements printed in both lines`);
});

test('a generated bundle reads back seed for seed, in file and in folder form', () => {
  const seeds = generateSeeds([STORY], 9, 2);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-generate-'));
  try {
    const file = path.join(dir, 'b.seeds');
    writeBundleFile(file, seeds, 'test bundle');
    const read = readBundleFile(file, fs.readFileSync(file, 'utf8'));
    assert.deepEqual(read.problems, []);
    assert.deepEqual(
      read.seeds.map((s) => [s.name, s.text]),
      seeds.map((s) => [s.name, s.text]),
    );
    writeBundleFolder(path.join(dir, 'folder'), seeds);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'folder')).sort(), seeds.map((s) => s.name).sort());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
