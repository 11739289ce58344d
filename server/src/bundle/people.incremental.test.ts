// PeopleResolver against resolvePeople: random bundles of made-up articles, edited one article
// at a time as an editor would (a mention added, removed or renamed, a role changed, the text
// shifted by typing, the source changed, articles added, removed or moved); after every step
// the incremental result equals a resolution from scratch. FUZZ_RUNS sets the number of cases.
import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Article, NameMention } from './model';
import { People, PeopleResolver, resolvePeople } from './people';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** People who share surnames, with spelling variants, initials, particles, suffixes and given names that are surnames too. */
const GIVEN = ['Helena', 'Oscar', 'Anna', 'Dmitry', 'Dmitri', 'Sora', 'Shigeru', 'Ishiba', 'Lee', 'Marsh', 'H.', 'O.', 'D.', 'Ana Lucia', 'Oscar J.', 'Raúl'];
const SURNAMES = ['Marsh', 'Marsch', 'Lund', 'Lunde', 'Kovalensky', 'Kovalenskiy', 'Kowalensky', 'Kovalenko', 'Brandtner', 'Brantner', 'Bruntner', 'Halton', 'Haltom', 'Minato', 'Lee', 'Lea', 'van der Brook', 'Siu-kin', 'Siu-hing', 'Pereira Gomes', 'Lind-Holm', 'Lind Holm', 'Holm', 'Ishiba', 'Shigeru'];
const SUFFIXES = ['', '', '', ' Jr.'];
const ROLES = ['President', 'former President', 'Minister', 'Deputy Prime Minister', 'acting Mayor', 'Mayor', 'spokesman', 'Press Secretary of the Port', 'then-Mayor'];
const SOURCES = ['north wire', 'east herald', 'south news', 'west radio'];

/** A name as an article may write it: in full, by surname, by initial, by a lone given name (a later one too: Lucia, Pereira). */
const nameForm = fc.oneof(
  fc.tuple(fc.constantFrom(...GIVEN), fc.constantFrom(...SURNAMES), fc.constantFrom(...SUFFIXES)).map(([g, s, x]) => `${g} ${s}${x}`),
  fc.constantFrom(...SURNAMES),
  fc.constantFrom(...GIVEN.filter((g) => !g.includes('.')), 'Lucia', 'Pereira'),
);

interface MentionSpec {
  text: string;
  role?: string;
  aliasOf?: string;
  /** What an honorific before the name says (`Ms Lund`). */
  gender?: 'male' | 'female';
}

/** Another name a full name is known by (`Jokowi`), one a surname of others too (`Lund`), or one of two words. */
const aliasSpec: fc.Arbitrary<MentionSpec> = fc.record({
  text: fc.constantFrom('Jojo', 'Lund', 'El Lobo'),
  aliasOf: fc.tuple(fc.constantFrom(...GIVEN), fc.constantFrom(...SURNAMES)).map(([g, s]) => `${g} ${s}`),
});

const mentionSpec: fc.Arbitrary<MentionSpec> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      { text: nameForm, role: fc.option(fc.constantFrom(...ROLES), { nil: undefined }), gender: fc.option(fc.constantFrom('male' as const, 'female' as const), { nil: undefined }) },
      { requiredKeys: ['text'] },
    ),
  },
  { weight: 1, arbitrary: aliasSpec },
);

interface ArticleSpec {
  id: string;
  source: string;
  outlet: string | null;
  /** Characters before the first mention: typing there shifts every span. */
  lead: number;
  mentions: MentionSpec[];
}

const articleSpec = (id: string): fc.Arbitrary<ArticleSpec> =>
  fc.record({
    id: fc.constant(id),
    source: fc.constantFrom(...SOURCES),
    outlet: fc.option(fc.constantFrom('North Wire', 'East Herald', 'South News'), { nil: null }),
    lead: fc.nat(20),
    mentions: fc.array(mentionSpec, { maxLength: 8 }),
  });

type Edit =
  | { op: 'add'; at: number; pos: number; mention: MentionSpec }
  | { op: 'remove'; at: number; pos: number }
  | { op: 'rename'; at: number; pos: number; text: string }
  | { op: 'role'; at: number; pos: number; role?: string }
  | { op: 'type'; at: number; by: number }
  | { op: 'source'; at: number; source: string; outlet: string | null }
  | { op: 'reread'; at: number }
  | { op: 'insert'; at: number; article: ArticleSpec }
  | { op: 'delete'; at: number }
  | { op: 'swap'; at: number; with: number };

const at = fc.nat(50);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('add' as const), at, pos: fc.nat(10), mention: mentionSpec }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('remove' as const), at, pos: fc.nat(10) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('rename' as const), at, pos: fc.nat(10), text: nameForm }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('role' as const), at, pos: fc.nat(10), role: fc.option(fc.constantFrom(...ROLES), { nil: undefined }) }, { requiredKeys: ['op', 'at', 'pos'] }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('type' as const), at, by: fc.integer({ min: -3, max: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('source' as const), at, source: fc.constantFrom(...SOURCES), outlet: fc.option(fc.constantFrom('North Wire', 'Radio West'), { nil: null }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('reread' as const), at }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('insert' as const), at, article: articleSpec('new') }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), at }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('swap' as const), at, with: at }) },
);

/** An article as the pipeline hands it over: its text holds each mention (and its role) at its span. */
function toArticle(spec: ArticleSpec): Article {
  const mentions: NameMention[] = [];
  let text = '.'.repeat(spec.lead);
  for (const m of spec.mentions) {
    if (m.role) text += `${m.role} `;
    mentions.push({
      start: text.length,
      end: text.length + m.text.length,
      text: m.text,
      ...(m.role ? { role: m.role } : {}),
      ...(m.aliasOf ? { aliasOf: m.aliasOf } : {}),
      ...(m.gender ? { gender: m.gender } : {}),
    });
    text += `${m.text} said. `;
  }
  const anatomy = { headline: null, headlineSpan: null, outlet: spec.outlet, wire: null, date: null, paragraphs: [{ start: 0, end: text.length }], boilerplate: [] };
  return { id: spec.id, source: spec.source, seed: { name: spec.id, file: 'bundle.seeds', offset: 0, text }, anatomy, mentions, quotes: [] };
}

/** The bundle after one edit: changed articles get new mention lists; every article is a new object, as each analysis makes. */
function applyEdit(specs: ArticleSpec[], articles: Article[], e: Edit, fresh: () => string): { specs: ArticleSpec[]; articles: Article[] } {
  specs = [...specs];
  if (specs.length === 0 && e.op !== 'insert') return { specs, articles };
  const i = e.at % specs.length;
  const spec = { ...specs[i], mentions: [...(specs[i]?.mentions ?? [])] };
  const pos = 'pos' in e ? e.pos % Math.max(1, spec.mentions.length) : 0;
  switch (e.op) {
    case 'add':
      spec.mentions.splice(e.pos % (spec.mentions.length + 1), 0, e.mention);
      break;
    case 'remove':
      spec.mentions.splice(pos, 1);
      break;
    case 'rename':
      if (spec.mentions[pos]) spec.mentions[pos] = { ...spec.mentions[pos], text: e.text };
      break;
    case 'role':
      if (spec.mentions[pos]) spec.mentions[pos] = { text: spec.mentions[pos].text, ...(e.role ? { role: e.role } : {}) };
      break;
    case 'type':
      spec.lead = Math.max(0, spec.lead + e.by);
      break;
    case 'source': // the same mention list under another source or outlet
      specs[i] = { ...spec, source: e.source, outlet: e.outlet };
      return { specs, articles: rebuild(specs, articles) };
    case 'reread': // the same reading made again: equal mentions in a new list
      break;
    case 'insert':
      specs.splice(e.at % (specs.length + 1), 0, { ...e.article, id: fresh() });
      return { specs, articles: rebuild(specs, articles) };
    case 'delete':
      specs.splice(i, 1);
      return { specs, articles: rebuild(specs, articles) };
    case 'swap': {
      const j = e.with % specs.length;
      [specs[i], specs[j]] = [specs[j], specs[i]];
      return { specs, articles: rebuild(specs, articles) };
    }
  }
  specs[i] = spec;
  return { specs, articles: rebuild(specs, articles, spec.id) };
}

/** New article objects; those not `changed` keep their mention list (the reading is cached). */
function rebuild(specs: ArticleSpec[], before: Article[], changed?: string): Article[] {
  const kept = new Map(before.map((article) => [article.id, article.mentions]));
  return specs.map((spec) => {
    const made = toArticle(spec);
    const mentions = spec.id === changed ? undefined : kept.get(spec.id);
    return mentions ? { ...made, mentions } : made;
  });
}

/** Name forms to ask personOf about: every form written, and forms no mention wrote (in one article and in none). */
function questions(articles: Article[], step: number): [string, string][] {
  const asked: [string, string][] = articles.flatMap((article) => article.mentions.map((m): [string, string] => [article.id, m.text]));
  for (const id of [articles[step % Math.max(1, articles.length)]?.id ?? 'missing', 'missing']) {
    for (const surname of SURNAMES) asked.push([id, surname], [id, `O. ${surname}`], [id, `Helena ${surname}`]);
    for (const given of ['Helena', 'Sora', 'Lee', 'Raúl']) asked.push([id, given]);
  }
  return asked;
}

function assertSame(incremental: People, scratch: People, articles: Article[], step: number): void {
  assert.deepEqual(incremental.people, scratch.people);
  assert.deepEqual(incremental.findings, scratch.findings);
  const listed = new Set(incremental.people);
  for (const [article, name] of questions(articles, step)) {
    const person = incremental.personOf(article, name);
    assert.deepEqual(person, scratch.personOf(article, name), `personOf(${article}, ${name})`);
    if (person) assert.ok(listed.has(person), `personOf(${article}, ${name}) is one of the people`);
  }
}

test('incremental resolution equals resolution from scratch after every edit', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 7 }).chain((n) => fc.tuple(fc.tuple(...Array.from({ length: n }, (_, i) => articleSpec(`a${i}`))), fc.array(edit, { maxLength: 14 }))),
      ([initial, edits]) => {
        let made = 0;
        const fresh = () => `n${made++}`;
        let specs = initial;
        let articles = specs.map(toArticle);
        const resolver = new PeopleResolver();
        let previous = resolver.resolve(articles);
        assertSame(previous, resolvePeople(articles), articles, 0);
        for (const [step, e] of edits.entries()) {
          const before = { articles, people: structuredClone(previous.people), findings: structuredClone(previous.findings) };
          ({ specs, articles } = applyEdit(specs, articles, e, fresh));
          const result = resolver.resolve(articles);
          assertSame(result, resolvePeople(articles), articles, step + 1);
          // The earlier result is left as it was, and still answers for its own articles.
          assert.deepEqual(previous.people, before.people);
          assert.deepEqual(previous.findings, before.findings);
          const [article, name] = questions(before.articles, step)[0];
          assert.deepEqual(previous.personOf(article, name), resolvePeople(before.articles).personOf(article, name));
          previous = result;
        }
      },
    ),
    { numRuns: RUNS },
  );
});

test('an edit resolves again only the surname groups it touches', () => {
  // Two unrelated people and one edit to the article naming the first: the second keeps its objects.
  const one = toArticle({ id: 'a1', source: 'north wire', outlet: null, lead: 0, mentions: [{ text: 'Helena Marsh', role: 'Mayor' }, { text: 'Sora Minato' }] });
  const two = toArticle({ id: 'a2', source: 'east herald', outlet: null, lead: 0, mentions: [{ text: 'Marsh', role: 'former Mayor' }, { text: 'Peter Lund' }] });
  const resolver = new PeopleResolver();
  const before = resolver.resolve([one, two]);
  const edited = toArticle({ id: 'a2', source: 'east herald', outlet: null, lead: 3, mentions: [{ text: 'Marsh', role: 'Mayor' }, { text: 'Peter Lund' }] });
  const after = resolver.resolve([one, edited]);
  const named = (people: People, name: string) => people.people.find((p) => p.name === name);
  assert.equal(named(after, 'Sora Minato'), named(before, 'Sora Minato'), 'a person of an untouched group is kept');
  assert.notEqual(named(after, 'Helena Marsh'), named(before, 'Helena Marsh'), 'a touched person is made anew');
  assert.equal(before.findings.filter((f) => f.code === 'role-differs').length, 2);
  assert.deepEqual(after.findings, []);
  const lund = named(after, 'Peter Lund')!.mentions[0].span;
  assert.equal(edited.seed.text.slice(lund.start, lund.end), 'Peter Lund', 'spans are those of the edited text');
});

test('an honorific that changes says anew whom a surname means: `Mr Lund` and `Ms Lund` after Oscar and Helena Lund', () => {
  const named = (gender: 'male' | 'female') =>
    toArticle({ id: 'a1', source: 'north wire', outlet: null, lead: 0, mentions: [{ text: 'Oscar Lund' }, { text: 'Helena Lund' }, { text: 'Lund', gender }] });
  const resolver = new PeopleResolver();
  const speaker = (people: People) => people.personOf('a1', 'Lund')?.name;
  assert.equal(speaker(resolver.resolve([named('male')])), 'Oscar Lund');
  assert.equal(speaker(resolver.resolve([named('female')])), 'Helena Lund');
  assert.equal(speaker(resolvePeople([named('female')])), 'Helena Lund');
});
