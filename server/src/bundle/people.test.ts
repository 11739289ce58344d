import test from 'node:test';
import assert from 'node:assert/strict';
import { Article, NameMention } from './model';
import { parseName, resolvePeople, titleOf, transliteration } from './people';

/**
 * An article from text where `{Name}` marks a mention and `{Name|role}` a mention the text gives
 * that role (the role is written in the text itself, as the mention finder would report it).
 */
function article(id: string, source: string, marked: string, outlet: string | null = source): Article {
  const mentions: NameMention[] = [];
  let text = '';
  let at = 0;
  for (const m of marked.matchAll(/\{([^}|]+)(?:\|([^}]+))?\}/g)) {
    text += marked.slice(at, m.index);
    const start = text.length;
    text += m[1];
    mentions.push({ start, end: text.length, text: m[1], ...(m[2] ? { role: m[2] } : {}) });
    at = m.index + m[0].length;
  }
  text += marked.slice(at);
  const anatomy = { headline: null, headlineSpan: null, outlet, wire: null, date: null, paragraphs: [{ start: 0, end: text.length }], boilerplate: [] };
  return { id, source, seed: { name: id, file: id, offset: 0, text }, anatomy, mentions, quotes: [] };
}

function personNamed(people: ReturnType<typeof resolvePeople>, name: string) {
  const person = people.people.find((p) => p.name === name);
  assert.ok(person, `no person named ${name}; people: ${people.people.map((p) => p.name).join(', ')}`);
  return person;
}

function articlesOf(person: { mentions: { article: string }[] }): string[] {
  return [...new Set(person.mentions.map((m) => m.article))];
}

test('a surname in one article and the full name in another are one person, named in full', () => {
  const people = resolvePeople([
    article('a1', 'harbor times', 'Port officials met on Monday. "We are ready," {Volkan} said.'),
    article('a2', 'river post', 'Harbour chief {Irena Volkan|Harbour chief} spoke first. Later {Volkan} added a warning.'),
    article('a3', 'coast daily', 'The plan, {Volkan} told reporters, is final.'),
  ]);
  assert.equal(people.people.length, 1);
  const volkan = people.people[0];
  assert.equal(volkan.name, 'Irena Volkan');
  assert.deepEqual(volkan.aliases, ['Volkan']);
  assert.deepEqual(articlesOf(volkan), ['a1', 'a2', 'a3']);
  assert.equal(volkan.mentions.length, 4);
  assert.deepEqual(volkan.roles, [{ text: 'Harbour chief', article: 'a2' }]);
  const first = volkan.mentions[0];
  assert.deepEqual(first, { article: 'a1', span: first.span, text: 'Volkan' });
  assert.equal(people.personOf('a1', 'Volkan')?.name, 'Irena Volkan');
  assert.equal(people.personOf('a3', 'Volkan'), volkan);
});

test('a surname alone is the person the article is about, not a relative it names in full nor a son with a suffix', () => {
  const text =
    'Former President {Dale Hume|Former President} spoke, joined by his wife, {Ina Hume|his wife}, and his son {Dale Hume Jr.}. ' +
    '{Ina Hume} waved. {Hume} said he would win. {Hume Jr.} agreed. {Ina Hume} did not speak.';
  const people = resolvePeople([article('a1', 'one', text)]);
  assert.equal(people.personOf('a1', 'Hume')?.name, 'Dale Hume');
  assert.equal(people.personOf('a1', 'Hume Jr.')?.name, 'Dale Hume Jr.');
  // Where the relative is the one the article is about, named first (and most), the surname is theirs.
  const alone = resolvePeople([article('a2', 'one', '{Ina Hume|his wife} spoke. {Ina Hume} smiled. {Hume} left.')]);
  assert.equal(alone.personOf('a2', 'Hume')?.name, 'Ina Hume');
  const son = resolvePeople([
    article('a3', 'one', "{Cal Hume|the president's son} was convicted. {Cal Hume} appealed. President {Dale Hume|President} said nothing. {Hume} left court."),
  ]);
  assert.equal(son.personOf('a3', 'Hume')?.name, 'Cal Hume');
});

test('a surname alone points back: before the article names a second person of that surname, it is the one named so far', () => {
  const text =
    '{Keira Doyle|cashier} said her son spent three nights in hospital. "I thought it was a cold," {Doyle} said. ' +
    'The boy\'s father, {Ross Doyle|truck driver}, drove home overnight. "I was scared," {Ross Doyle} said. {Ross Doyle} is 31.';
  assert.equal(resolvePeople([article('a1', 'one', text)]).personOf('a1', 'Doyle')?.name, 'Keira Doyle');
});

test('a surname alone is not the one of a family the article keeps naming in full after using it', () => {
  const text =
    '{Jenna Whitcomb} testified at the trial of the man accused of killing her husband, {Dean Whitcomb}. "I know his voice," {Whitcomb} said. ' +
    'Prosecutors say the accused owed {Dean Whitcomb} money. "I was in shock," {Whitcomb} said. A witness had threatened {Dean Whitcomb}.';
  assert.equal(resolvePeople([article('a1', 'one', text)]).personOf('a1', 'Whitcomb')?.name, 'Jenna Whitcomb');
  // Neither a surname with an honorific nor a name in a quote is the writer's: `Mrs Ardley` and
  // the mayor's `Samuel Ardley` leave the bare surname to the man the obituary is about.
  const obituary = article(
    'a2',
    'one',
    'Tributes were paid to {Samuel Ardley}. {Mary Ardley} thanked neighbours. "He hated fuss," Mrs {Ardley} said. ' +
      'The mayor said: "{Samuel Ardley} built this town." A colleague who served alongside {Ardley} praised him.',
  );
  obituary.mentions[2].gender = 'female';
  assert.equal(resolvePeople([obituary]).personOf('a2', 'Ardley')?.name, 'Samuel Ardley');
  const quoting = article('a3', 'one', '{Samuel Ardley} died. {Mary Ardley} thanked neighbours. {Ardley} was mayor. The mayor said: "{Samuel Ardley} built this town."');
  const quoted = quoting.mentions[3];
  quoting.quotes = [{ start: quoted.start, end: quoted.end + 16, text: '', partial: false, speakerName: null }];
  assert.equal(resolvePeople([quoting]).personOf('a3', 'Ardley')?.name, 'Samuel Ardley');
});

test('a relative introduced by the name of the one she is related to is the one the article is about', () => {
  const text = "{Dean Whitcomb}'s widow, {Jenna Whitcomb|Dean Whitcomb's widow}, was the main witness. Under cross-examination {Whitcomb} conceded the point.";
  assert.equal(resolvePeople([article('a1', 'one', text)]).personOf('a1', 'Whitcomb')?.name, 'Jenna Whitcomb');
  // Named before that introduction, he is the one the article is about.
  const earlier = "{Dean Whitcomb} was shot. {Dean Whitcomb}'s widow, {Jenna Whitcomb|Dean Whitcomb's widow}, spoke. {Whitcomb} had run the grill.";
  assert.equal(resolvePeople([article('a2', 'one', earlier)]).personOf('a2', 'Whitcomb')?.name, 'Dean Whitcomb');
});

test('a surname with an honorific is the one of that gender the article names; a suffix on the one it is about does not send it to his wife', () => {
  const family = article('a1', 'one', 'Economy minister {Katharina Müller|Economy minister} and the farmer {Thomas Müller} met. {Müller} said no.');
  family.mentions[2].gender = 'female';
  assert.equal(resolvePeople([family]).personOf('a1', 'Müller')?.name, 'Katharina Müller');
  family.mentions[2].gender = 'male';
  assert.equal(resolvePeople([family]).personOf('a1', 'Müller')?.name, 'Thomas Müller');
  const envoy = resolvePeople([
    article('a1', 'one', 'Envoy {Tom E. Harlan Jr.|Envoy} spoke. "We like it," {Harlan} said. His wife, {Diane Harlan}, a diplomat, came.'),
    article('a2', 'two', '{Tom Harlan} said it again.'),
  ]);
  assert.equal(envoy.personOf('a1', 'Harlan')?.name, 'Tom E. Harlan Jr.');
});

test('an honorific decides only the mention it stands before: `Mrs Brenvik` is the widow, a bare `Brenvik` the judge the story is about', () => {
  const obituary = article(
    'a1',
    'one',
    'Former judge {Tomas Brenvik|Former judge} died. His wife, {Ilse Brenvik|His wife}, spoke. "He was calm," Mrs {Brenvik} said. {Brenvik} was appointed in 1990.',
  );
  obituary.mentions[2].gender = 'female';
  const people = resolvePeople([obituary]);
  assert.deepEqual(personNamed(people, 'Tomas Brenvik').mentions.map((m) => m.span.start), [obituary.mentions[0].start, obituary.mentions[3].start]);
  assert.equal(people.personOf('a1', 'Brenvik')?.name, 'Tomas Brenvik');
  assert.equal(people.personOf('a1', 'Brenvik', 'female')?.name, 'Ilse Brenvik');
  // A husband and wife both given honorifics: each goes to the one of that gender.
  const couple = article('a2', 'one', '{Ivo Brenvik} and {Ilse Brenvik} came. Mr {Brenvik} spoke. Mrs {Brenvik} did not. Mr {Brenvik} left.');
  couple.mentions[2].gender = couple.mentions[4].gender = 'male';
  couple.mentions[3].gender = 'female';
  const both = resolvePeople([couple]);
  assert.equal(personNamed(both, 'Ivo Brenvik').mentions.length, 3);
  assert.equal(personNamed(both, 'Ilse Brenvik').mentions.length, 2);
  assert.equal(both.personOf('a2', 'Brenvik', 'female')?.name, 'Ilse Brenvik');
});

test('a relation the article names someone by says their gender where the given name does not: `his wife, Tamsa Vanstrel` is `Mrs Vanstrel`', () => {
  const text = 'Chief {Oreko Vanstrel|Chief} and his wife, {Tamsa Vanstrel|his wife}, arrived. "We are glad," Mrs {Vanstrel} said. Mr {Vanstrel} waved.';
  const couple = article('a1', 'one', text);
  couple.mentions[2].gender = 'female';
  couple.mentions[3].gender = 'male';
  const people = resolvePeople([couple]);
  assert.equal(people.personOf('a1', 'Vanstrel', 'female')?.name, 'Tamsa Vanstrel');
  assert.equal(people.personOf('a1', 'Vanstrel', 'male')?.name, 'Oreko Vanstrel');
});

test('mention spans and roles are kept as the articles give them, deduplicated per article', () => {
  const a = article('a1', 'one', 'Mayor {Lena Ortiz|Mayor} spoke. Mayor {Ortiz|Mayor} left. Then {Ortiz} came back.');
  const people = resolvePeople([a]);
  const ortiz = personNamed(people, 'Lena Ortiz');
  assert.deepEqual(
    ortiz.mentions.map((m) => a.seed.text.slice(m.span.start, m.span.end)),
    ['Lena Ortiz', 'Ortiz', 'Ortiz'],
  );
  assert.deepEqual(ortiz.roles, [{ text: 'Mayor', article: 'a1' }]);
});

test('a name or role broken across lines is named on one line', () => {
  const people = resolvePeople([article('a1', 's1', 'Harbour\nchief {Irena\nVolkan|Harbour\nchief} spoke.'), article('a2', 's2', '{Irena Volkan} left.')]);
  assert.equal(people.people.length, 1);
  assert.equal(people.people[0].name, 'Irena Volkan');
  assert.deepEqual(people.people[0].aliases, []);
  assert.deepEqual(people.people[0].roles, [{ text: 'Harbour chief', article: 'a1' }]);
  assert.equal(people.personOf('a1', 'Irena Volkan'), people.people[0]);
});

test('people who share a surname stay apart; a bare surname goes to the one its article names', () => {
  const people = resolvePeople([
    article('a1', 's1', '{Helena Marsh} and {Oscar Marsh} arrived. {Helena Marsh} spoke, then {Marsh} left.'),
    article('a2', 's2', 'Former governor {Oscar Marsh} wrote a letter. {Marsh} said he would run.'),
    article('a3', 's3', '{Helena Marsh} announced a bid. {Marsh} said she would win.'),
  ]);
  const helena = personNamed(people, 'Helena Marsh');
  const oscar = personNamed(people, 'Oscar Marsh');
  assert.notEqual(helena, oscar);
  assert.equal(people.personOf('a2', 'Marsh'), oscar);
  assert.equal(people.personOf('a3', 'Marsh'), helena);
  // Both named in a1, Helena twice and Oscar once: the article's own emphasis decides.
  assert.equal(people.personOf('a1', 'Marsh'), helena);
  assert.deepEqual(articlesOf(oscar), ['a1', 'a2']);
});

test('a bare shared surname elsewhere goes to the clearly dominant person, or to nobody of them', () => {
  const dominantCase = resolvePeople([
    article('a1', 's1', '{Peter Lund} said. {Peter Lund} added. {Peter Lund} again. {Lund} went on.'),
    article('a2', 's2', '{Peter Lund} spoke with {Anna Lund}.'),
    article('a3', 's3', 'Reporters asked {Lund} about the vote.'),
  ]);
  assert.equal(dominantCase.personOf('a3', 'Lund')?.name, 'Peter Lund');

  const evenCase = resolvePeople([
    article('a1', 's1', '{Peter Lund} spoke.'),
    article('a2', 's2', '{Anna Lund} spoke.'),
    article('a3', 's3', 'Reporters asked {Lund} about the vote.'),
  ]);
  const lund = evenCase.personOf('a3', 'Lund');
  assert.ok(lund);
  assert.equal(lund.name, 'Lund');
  assert.equal(evenCase.people.length, 3);

  // Counts as they stand after every full name: Carla 4 against Berit's 3 is not clearly ahead; against 2 it is.
  const counted = (beritLater: number) =>
    resolvePeople([
      article('a1', 's1', '{Anna Tamm} spoke.'),
      article('a2', 's2', '{Berit Tamm} spoke.'),
      article('a3', 's3', '{Carla Tamm} spoke. {Carla Tamm} again. {Carla Tamm} and {Carla Tamm}.'),
      article('a4', 's4', Array.from({ length: beritLater }, () => '{Berit Tamm} replied.').join(' ')),
      article('x', 'sx', 'Reporters asked {Tamm} about the vote.'),
    ]).personOf('x', 'Tamm')?.name;
  assert.equal(counted(2), 'Tamm');
  assert.equal(counted(1), 'Carla Tamm');
});

test('a lone given name after the full name in the same article is that person', () => {
  const people = resolvePeople([
    article('a1', 's1', '{Sora Minato} took the stage. {Sora} thanked the crowd.'),
    article('a2', 's2', '{Sora Minato} left early.'),
  ]);
  assert.equal(people.people.length, 1);
  assert.equal(people.personOf('a1', 'Sora')?.name, 'Sora Minato');
  assert.deepEqual(people.findings, [], 'a given name is not a spelling of the surname');
});

test('a name an article says someone is known by is that person there and alone elsewhere, never their name', () => {
  const marked = '{Jojo} opens market. President {Joko Wirawan|President}, known as {Jojo}, opened it.';
  const people = resolvePeople([article('a1', 's1', marked), article('a2', 's2', '{Jojo} said it was a good day.')]);
  // Marked mentions carry no alias: give a1's theirs, as findMentions would.
  const a1 = article('a1', 's1', marked);
  a1.mentions = a1.mentions.map((m) => (m.text === 'Jojo' ? { ...m, aliasOf: 'Joko Wirawan' } : m));
  const withAlias = resolvePeople([a1, article('a2', 's2', '{Jojo} said it was a good day.')]);
  assert.equal(withAlias.people.length, 1);
  assert.equal(withAlias.people[0].name, 'Joko Wirawan');
  assert.deepEqual(withAlias.people[0].aliases, ['Jojo']);
  assert.equal(withAlias.personOf('a2', 'Jojo')?.name, 'Joko Wirawan');
  assert.deepEqual(withAlias.findings, []);
  // Without the alias, Jojo is someone else.
  assert.equal(people.people.length, 2);
});

test('a lone name that is a later given name of one the article names in full is that person, unless it is someone’s first name there', () => {
  const people = resolvePeople([
    // A Brazilian leader by his nickname, a Spanish one by his first surname.
    article('a1', 's1', '{Davi Tavora Lumo da Serra} returned. {Lumo} said he was ready.'),
    article('a2', 's2', '{Rafael Ordaz Pérez-Lleida} called elections. {Ordaz} said voters would decide.'),
    // Paul is Paul Smith's first name before it is John Paul Varn's second.
    article('a3', 's3', '{John Paul Varn} met {Paul Smith}. {Paul} said hello.'),
  ]);
  assert.equal(people.personOf('a1', 'Lumo')?.name, 'Davi Tavora Lumo da Serra');
  assert.equal(people.personOf('a2', 'Ordaz')?.name, 'Rafael Ordaz Pérez-Lleida');
  assert.equal(people.personOf('a3', 'Paul')?.name, 'Paul Smith');
  assert.equal(people.people.length, 4);
});

test('a lone given name is the one person the bundle names in full with it, in whatever article', () => {
  const people = resolvePeople([
    article('a1', 's1', '{Liesel Varga} and {Tomas Varga} arrived; {Quentin Aldous} followed.'),
    article('a2', 's2', '{Liesel}, 16, wore a coat; {Quentin} waved to {Tomas}.'),
    article('a3', 's3', '{Quentin Marr} spoke.'),
  ]);
  assert.equal(people.personOf('a2', 'Liesel')?.name, 'Liesel Varga');
  assert.equal(people.personOf('a2', 'Tomas')?.name, 'Tomas Varga');
  // Two people are named Quentin: the lone one is neither.
  assert.equal(people.personOf('a2', 'Quentin')?.name, 'Quentin');
  assert.equal(people.people.length, 5);
});

test('a lone given name with a title the namesake was never given is someone else (Queen Elizabeth is not Elizabeth Lauten)', () => {
  const people = resolvePeople([
    article('a1', 's1', 'Her aide {Orla Penhale|aide} wrote it. Her parents once hosted Queen {Orla|Queen}.'),
    article('a2', 's2', '{Orla Penhale} wrote it; {Orla} later apologised.'),
  ]);
  assert.notEqual(people.personOf('a1', 'Orla'), people.personOf('a1', 'Orla Penhale'));
  assert.equal(people.personOf('a2', 'Orla')?.name, 'Orla Penhale');
  assert.deepEqual(personNamed(people, 'Orla Penhale').roles.map((r) => r.text), ['aide']);
});

test('a lone given name with a title of address is the person named with that given name, though an office stood beside the full name', () => {
  const people = resolvePeople([
    article('a1', 's1', 'Sheikh {Tariq Al Nouri|the foreign minister}, the foreign minister, hosted. Sheikh {Tariq|Sheikh} said it went well.'),
    article('a2', 's2', '{Tariq Al Nouri} hosted. Later Dr {Tariq|Dr} spoke again.'),
  ]);
  assert.equal(people.personOf('a1', 'Tariq')?.name, 'Tariq Al Nouri');
  assert.equal(people.personOf('a2', 'Tariq')?.name, 'Tariq Al Nouri');
  assert.equal(people.people.length, 1);
});

test('a given name no list knows is one name whether its romanisation writes o or u: Muammar and Moammar', () => {
  const people = resolvePeople([
    article('a1', 's1', 'Libyan leader {Muammar al-Qaddafi|Libyan leader} spoke.'),
    article('a2', 's2', '{Moammar Gadhafi} left early.'),
    article('a3', 's3', '{Karen Lund} and {Koren Lund} met; {Karin Lund} stayed.'),
  ]);
  assert.equal(people.personOf('a2', 'Moammar Gadhafi'), people.personOf('a1', 'Muammar al-Qaddafi'));
  // Listed names keep their vowels: Karen and Karin are two people (and Koren, a third).
  assert.equal(new Set(['Karen Lund', 'Koren Lund', 'Karin Lund'].map((n) => people.personOf('a3', n))).size, 3);
});

test('a listed given name news romanises several ways is one name, and sources that differ get a name-spelling finding', () => {
  const people = resolvePeople([
    article('a1', 's1', '{Mohammed Qasimi} arrived. {Mahmoud Qasimi}, his cousin, did not.'),
    article('a2', 's2', '{Muhammad Qasimi} arrived.'),
  ]);
  assert.equal(people.personOf('a2', 'Muhammad Qasimi'), people.personOf('a1', 'Mohammed Qasimi'));
  // Mahmoud has every consonant of Mohammed, and is another name.
  assert.notEqual(people.personOf('a1', 'Mahmoud Qasimi'), people.personOf('a1', 'Mohammed Qasimi'));
  const spelling = people.findings.filter((f) => f.code === 'name-spelling').map((f) => f.article);
  assert.deepEqual(spelling, ['a2']);
});

test('a Ukrainian name romanised from Ukrainian and from Russian is one person, with a name-spelling finding; g and h stay apart elsewhere', () => {
  const people = resolvePeople([
    article('a1', 's1', 'Minister {Bohdan Hrynchuk|Minister} arrived with {Tom Harrison}. {Serhiy Ostapenko} stayed.'),
    article('a2', 's2', 'Minister {Bogdan Grinchuk|Minister} arrived with {Tom Garrison}. {Sergei Ostapenko} stayed.'),
  ]);
  assert.equal(people.personOf('a2', 'Bogdan Grinchuk'), people.personOf('a1', 'Bohdan Hrynchuk'));
  assert.equal(people.personOf('a2', 'Sergei Ostapenko'), people.personOf('a1', 'Serhiy Ostapenko'));
  // An h of an English surname is no Ukrainian г.
  assert.notEqual(people.personOf('a2', 'Tom Garrison'), people.personOf('a1', 'Tom Harrison'));
  const spelling = people.findings.filter((f) => f.code === 'name-spelling').map((f) => f.article);
  assert.deepEqual(spelling, ['a2', 'a2']);
});

test('a relation is no title: `Varga’s brother Jeb` is the Jeb Varga the article names', () => {
  const people = resolvePeople([article('a1', 's1', '{Tomas Varga} spoke. His brother {Jeb|Varga’s brother}, who runs, agreed. {Jeb Varga} left.')]);
  assert.equal(people.personOf('a1', 'Jeb')?.name, 'Jeb Varga');
});

test('a lone given name is the person its article names with that first name, whatever fuller form the bundle uses', () => {
  const people = resolvePeople([
    article('a1', 's1', '{Joel R. Ostrand} chaired the meeting.'),
    article('a2', 's2', '{Rafe Ostrand} arrived late. {Rafe} apologised.'),
  ]);
  // Rafe Ostrand and Joel R. Ostrand are one person (R. for Rafe, the first name left out).
  assert.equal(people.people.length, 1);
  assert.equal(people.personOf('a2', 'Rafe')?.name, 'Joel R. Ostrand');
});

test('among many people who share a surname, each full name finds its own and a bare surname its article\'s', () => {
  // Letters that transliteration keeps apart (and not both o and u, which vary in the romanisation
  // of names no list knows), so that the 300 first names are 300 names.
  const given = Array.from({ length: 300 }, (_, i) => `${'BDFLMNPRSTZ'[i % 11]}${'aeio'[Math.floor(i / 11) % 4]}${'lnrstvd'[Math.floor(i / 44)]}a`);
  const articles = given.map((g, i) => article(`a${i}`, `s${i}`, `{${g} Tamm} spoke. Later {${g} Tamm} and {Tamm} left.`));
  const people = resolvePeople([...articles, article('x', 'sx', 'Nobody knows which {Tamm} it was.')]);
  assert.equal(people.people.length, 301, 'one person per given name, and the bare surname no article explains');
  for (const [i, g] of given.entries()) assert.equal(people.personOf(`a${i}`, 'Tamm')?.name, `${g} Tamm`);
  assert.equal(people.personOf('x', 'Tamm')?.name, 'Tamm');

  // One of them named far more often than any other is the one a bare surname elsewhere means.
  const famous = article('f', 'sf', Array.from({ length: 8 }, () => `{${given[7]} Tamm} spoke.`).join(' '));
  const withFamous = resolvePeople([...articles, famous, article('x', 'sx', 'Nobody knows which {Tamm} it was.')]);
  assert.equal(withFamous.personOf('x', 'Tamm')?.name, `${given[7]} Tamm`);
});

test('Jr. and differing middle initials make different people', () => {
  const people = resolvePeople([
    article('a1', 's1', '{Walter Briggs} and his son {Walter Briggs Jr.} met.'),
    article('a2', 's2', '{Henry K. L. Stone} and {Henry L. Stone} are father and son.'),
  ]);
  assert.notEqual(people.personOf('a1', 'Walter Briggs'), people.personOf('a1', 'Walter Briggs Jr.'));
  assert.notEqual(people.personOf('a2', 'Henry K. L. Stone'), people.personOf('a2', 'Henry L. Stone'));
});

test('a suffix one outlet writes and another leaves out, or an article drops after naming him in full, is one person', () => {
  const people = resolvePeople([
    article('a1', 's1', '{Walter R. Briggs Jr.} spoke first.'),
    article('a2', 's2', '{Walt Briggs} spoke too.'),
    article('a3', 's3', '{Henry S. Stone III} left. Later {Henry Stone} came back.'),
  ]);
  assert.equal(people.personOf('a2', 'Walt Briggs'), people.personOf('a1', 'Walter R. Briggs Jr.'));
  assert.equal(people.personOf('a1', 'Walter R. Briggs Jr.')?.name, 'Walter R. Briggs Jr.');
  assert.equal(people.personOf('a3', 'Henry Stone'), people.personOf('a3', 'Henry S. Stone III'));
});

test('forms that add a middle name, an initial or leave out first names are one person', () => {
  const people = resolvePeople([
    article('a1', 's1', '{Mara J. Quill} spoke.'),
    article('a2', 's2', '{Mara Quill} spoke.'),
    article('a3', 's3', '{M. Quill} spoke.'),
    article('a4', 's4', '{Ana Lucia Pereira Gomes} spoke; {Pereira Gomes} later said more.'),
    article('a5', 's5', '{Ana Lucia Pereira Gomes} spoke.'),
  ]);
  const quill = personNamed(people, 'Mara J. Quill');
  assert.deepEqual(articlesOf(quill), ['a1', 'a2', 'a3']);
  assert.deepEqual(articlesOf(personNamed(people, 'Ana Lucia Pereira Gomes')), ['a4', 'a5']);
  assert.equal(people.people.length, 2);
});

test('a second surname one source writes and another leaves out is one person, in either order', () => {
  const people = resolvePeople([
    article('a1', 's1', '{Carmen Ruiz Tagle} spoke; {Ruiz Tagle} later said more.'),
    article('a2', 's2', '{Carmen Ruiz} spoke.'),
    article('a3', 's3', '{Pedro Alves} spoke.'),
    article('a4', 's4', '{Pedro Alves Costa} spoke.'),
  ]);
  assert.deepEqual(articlesOf(personNamed(people, 'Carmen Ruiz Tagle')), ['a1', 'a2']);
  assert.deepEqual(articlesOf(personNamed(people, 'Pedro Alves Costa')), ['a3', 'a4']);
  assert.equal(people.people.length, 2);
  assert.deepEqual(people.findings, []);
});

test('a name of two words in either order is one person unless both words are listed given names', () => {
  const people = resolvePeople([
    article('a1', 's1', '{Ishiba Shigeru} met {Xi Jinping}, {Kenta Morishita} and {Scott Thomas}.'),
    article('a2', 's2', '{Shigeru Ishiba} met {Jinping Xi}, {Morishita Kenta} and {Thomas Scott}.'),
  ]);
  assert.deepEqual(articlesOf(personNamed(people, 'Ishiba Shigeru')), ['a1', 'a2']);
  assert.deepEqual(articlesOf(personNamed(people, 'Xi Jinping')), ['a1', 'a2']);
  // Neither word listed (a Japanese name in Western order and family first): one person, and no spelling differs.
  assert.deepEqual(articlesOf(personNamed(people, 'Kenta Morishita')), ['a1', 'a2']);
  assert.deepEqual(people.findings, []);
  // Two listed given names: two people.
  assert.equal(people.people.length, 5);
});

test('a double-barrelled surname with and without its hyphen is one person, with a name-spelling finding', () => {
  const people = resolvePeople([
    article('a1', 's1', '{Anna Lind-Holm} spoke; {Lind-Holm} later said more.'),
    article('a2', 's2', '{Anna Lind Holm} spoke.'),
    article('a3', 's3', '{Lee Jae Won} met {Tunde Adebayo Hart}.'),
    article('a4', 's4', '{Lee Jae-won} met {Tunde Adebayo-Hart}.'),
  ]);
  // A hyphenated part counts as a word: the name is the spelling most sources use, else the first.
  assert.deepEqual(articlesOf(personNamed(people, 'Anna Lind-Holm')), ['a1', 'a2']);
  assert.deepEqual(articlesOf(personNamed(people, 'Lee Jae Won')), ['a3', 'a4']);
  assert.deepEqual(articlesOf(personNamed(people, 'Tunde Adebayo Hart')), ['a3', 'a4']);
  assert.equal(people.people.length, 3);
  const spelt = people.findings.filter((f) => f.code === 'name-spelling').map((f) => `${f.article} ${f.message.split(':')[1]}`);
  assert.ok(spelt.includes('a2  "Anna Lind Holm" here (s2, a2), "Anna Lind-Holm" in s1 (a1)'), spelt.join('\n'));
  assert.ok(spelt.includes('a4  "Tunde Adebayo-Hart" here (s4, a4), "Tunde Adebayo Hart" in s3 (a3)'), spelt.join('\n'));
});

test('a bare surname with a title goes to the person named in full with it, not to a relative the article names', () => {
  const people = resolvePeople([
    article('a1', 's1', '{Corwin Tarrant|President} opened the fair.'),
    article('a2', 's2', 'A letter to {Leona Tarrant} drew notice. Later {Tarrant|President} said he was proud.'),
    article('a3', 's3', '{Corwin Tarrant} and {Leona Tarrant} arrived, and {Tarrant|President} spoke.'),
    article('a4', 's4', '{Leona Tarrant} spoke. {Tarrant} smiled.'),
  ]);
  const corwin = personNamed(people, 'Corwin Tarrant');
  assert.equal(people.personOf('a2', 'Tarrant'), corwin);
  assert.equal(people.personOf('a3', 'Tarrant'), corwin);
  assert.equal(people.personOf('a4', 'Tarrant'), personNamed(people, 'Leona Tarrant'));
  assert.deepEqual(personNamed(people, 'Leona Tarrant').roles, []);
});

test('a short form of a given name is the same person, named by the given name in full, with no spelling finding', () => {
  const people = resolvePeople([
    article('a1', 's1', '{Joseph R. Tambling} spoke first, then {William Orrick|senator}.'),
    article('a2', 's2', '{Joe Tambling} spoke, and {Bill Orrick} answered.'),
    article('a3', 's3', '{Bill Orrick} and {Dick Farrow} met; {Farrow} left.'),
    article('a4', 's4', '{Richard Farrow} stayed.'),
  ]);
  assert.deepEqual(articlesOf(personNamed(people, 'Joseph R. Tambling')), ['a1', 'a2']);
  assert.deepEqual(articlesOf(personNamed(people, 'William Orrick')), ['a1', 'a2', 'a3']);
  assert.deepEqual(personNamed(people, 'William Orrick').aliases, ['Bill Orrick']);
  assert.deepEqual(articlesOf(personNamed(people, 'Richard Farrow')), ['a3', 'a4']);
  assert.equal(people.people.length, 3);
  assert.deepEqual(people.findings, []);
});

test('given names that are no short form of each other stay different people', () => {
  const people = resolvePeople([
    article('a1', 's1', '{Bill Castellane} and {Hilda Castellane} arrived.'),
    article('a2', 's2', '{Christine Aldous} and {Christopher Aldous} spoke; {Chris Aldous} left.'),
    article('a3', 's3', '{Walter Pym} met {Will Pym}.'),
  ]);
  assert.notEqual(people.personOf('a1', 'Bill Castellane'), people.personOf('a1', 'Hilda Castellane'));
  assert.notEqual(people.personOf('a2', 'Christine Aldous'), people.personOf('a2', 'Christopher Aldous'));
  assert.notEqual(people.personOf('a3', 'Walter Pym'), people.personOf('a3', 'Will Pym'));
});

test('surname particles belong to the surname', () => {
  const people = resolvePeople([
    article('a1', 's1', '{Ilse van der Brook} opened the session.'),
    article('a2', 's2', '{Van der Brook} closed it.'),
  ]);
  assert.equal(people.people.length, 1);
  assert.equal(people.personOf('a2', 'Van der Brook')?.name, 'Ilse van der Brook');
});

test('a name-spelling finding cites the other source\'s mention written as the person is named, not a short form before it', () => {
  const people = resolvePeople([
    article('a1', 's1', '{Zelenskyy} spoke first. Later {Volodymyr Zelenskyy} left.'),
    article('a2', 's2', '{Volodymyr Zelensky} spoke.'),
  ]);
  const onA2 = people.findings.find((f) => f.article === 'a2')!;
  assert.match(onA2.message, /"Volodymyr Zelensky" here \(s2, a2\), "Volodymyr Zelenskyy" in s1 \(a1\)$/);
});

test('spelling variants of one name are one person, and a name-spelling finding marks the variant', () => {
  const a1 = article('a1', 'north wire', 'In talks, {Kovalensky} said the deal was near.', 'North Wire');
  const a2 = article('a2', 'east herald', 'President {Bohdan Kovalensky|President} spoke.', 'East Herald');
  const a3 = article('a3', 'south news', 'President {Bohdan Kovalenskiy|President} replied on Friday.', 'South News');
  const people = resolvePeople([a1, a2, a3]);
  assert.equal(people.people.length, 1);
  const person = people.people[0];
  assert.equal(person.name, 'Bohdan Kovalensky');
  assert.deepEqual(person.aliases, ['Kovalensky', 'Bohdan Kovalenskiy']);
  const spelling = people.findings.filter((f) => f.code === 'name-spelling');
  assert.equal(spelling.length, 1);
  const [finding] = spelling;
  assert.equal(finding.article, 'a3');
  assert.equal(a3.seed.text.slice(finding.span.start, finding.span.end), 'Bohdan Kovalenskiy');
  assert.equal(finding.related.length, 1);
  assert.equal(finding.related[0].article, 'a1');
  assert.equal(a1.seed.text.slice(finding.related[0].span.start, finding.related[0].span.end), 'Kovalensky');
  assert.match(finding.message, /"Bohdan Kovalenskiy".*South News.*"Kovalensky".*North Wire/);
  assert.equal(people.findings.filter((f) => f.code === 'role-differs').length, 0);
});

test('one name-spelling finding an article for one spelling: the surname alone, before or after the full name, repeats it', () => {
  const a1 = article('a1', 'north wire', 'President {Bohdan Kovalensky|President} spoke. Later {Kovalensky} said the deal was near.', 'North Wire');
  const a2 = article('a2', 'east herald', 'In Kyiv, {Kovalenskiy} spoke first. President {Bohdan Kovalenskiy|President} replied. {Kovalenskiy} left.', 'East Herald');
  const people = resolvePeople([a1, a2]);
  const spelling = people.findings.filter((f) => f.code === 'name-spelling');
  assert.deepEqual(spelling.map((f) => a2.seed.text.slice(f.span.start, f.span.end)), ['Bohdan Kovalenskiy']);
  // With a particle the short form keeps: `El Sisi` is the tail of `Abdel Fattah El Sisi`.
  const b1 = article('b1', 'north wire', 'President {Abdel Fattah el-Sissi|President} spoke.', 'North Wire');
  const b2 = article('b2', 'east herald', 'President {Abdel Fattah El Sisi|President} spoke. {El Sisi} left.', 'East Herald');
  const particle = resolvePeople([b1, b2]).findings.filter((f) => f.code === 'name-spelling');
  assert.deepEqual(particle.map((f) => b2.seed.text.slice(f.span.start, f.span.end)), ['Abdel Fattah El Sisi']);
});

test('two vowels apart on the same consonants, a surname of six letters or more is one spelt two ways (Whelan, Whalen); not a shorter one', () => {
  const people = resolvePeople([
    article('a1', 'north wire', 'Mayor {Colm Whelan|Mayor} spoke. {Ana Dolan} listened.', 'North Wire'),
    article('a2', 'east herald', 'Mayor {Colm Whalen|Mayor} spoke. {Ana Dalen} listened.', 'East Herald'),
  ]);
  assert.deepEqual(people.people.map((p) => p.name).sort(), ['Ana Dalen', 'Ana Dolan', 'Colm Whelan']);
  assert.deepEqual(people.findings.filter((f) => f.code === 'name-spelling').map((f) => f.article), ['a2']);
});

test('romanisations and one-letter slips in long surnames are one person with the same first name', () => {
  const people = resolvePeople([
    article('a1', 's1', 'Colonel {Idris Kaddoumi|Colonel} spoke.'),
    article('a2', 's2', 'Colonel {Idris Qaddoumi|Colonel} spoke.'),
    article('a3', 's3', '{Idris Gadhoumi} spoke.'),
    article('a4', 's4', '{Ilse Brandtner} and {Ilse Brantner} are one; {Otto Brantner} is not.'),
  ]);
  assert.equal(articlesOf(personNamed(people, 'Idris Kaddoumi')).length, 3);
  assert.equal(people.personOf('a4', 'Ilse Brantner'), people.personOf('a4', 'Ilse Brandtner'));
  assert.notEqual(people.personOf('a4', 'Otto Brantner'), people.personOf('a4', 'Ilse Brandtner'));
  assert.equal(people.people.length, 3);
});

test('a surname of seven letters or more may be spelled two edits apart, of five or six one edit, and no further', () => {
  const persons = (a: string, b: string) => resolvePeople([article('a1', 's1', `{${a}} spoke.`), article('a2', 's2', `{${b}} spoke.`)]).people.length;
  assert.equal(persons('Ilse Brandtner', 'Ilse Brantnerr'), 1);
  assert.equal(persons('Ilse Brandtner', 'Ilse Brentnerr'), 2);
  assert.equal(persons('Ida Morelli', 'Ida Moralla'), 1);
  assert.equal(persons('Ida Morelli', 'Ida Murallo'), 2);
  assert.equal(persons('Ida Morel', 'Ida Moral'), 1);
  assert.equal(persons('Ida Morel', 'Ida Mural'), 2);
});

test('a spelling variant is found among spellings that came after its surname was last looked up', () => {
  const people = resolvePeople([
    article('a1', 's1', '{Ida Baxter} opened.'),
    article('a2', 's2', '{Ilse Brantner} spoke.'),
    article('a3', 's3', '{Ivo Bruntner} answered.'),
    article('a4', 's4', '{Ivo Brantner} answered again.'),
  ]);
  assert.equal(people.personOf('a4', 'Ivo Brantner'), people.personOf('a3', 'Ivo Bruntner'));
  assert.notEqual(people.personOf('a2', 'Ilse Brantner'), people.personOf('a3', 'Ivo Bruntner'));
  assert.equal(people.people.length, 3);
});

test('a double-barrelled surname\'s last part with the same given name is the same person, whichever article comes first', () => {
  const hyphenated = article('a1', 's1', '{Orla Brennan-Whyte} died on Sunday; her son {Declan Whyte|son} confirmed it.');
  const shortened = article('a2', 's2', 'Tributes were paid to {Orla Whyte}. Mrs {Whyte} was born in Cobh; her son {Declan Whyte|son} spoke.');
  for (const articles of [[hyphenated, shortened], [shortened, hyphenated]]) {
    const people = resolvePeople(articles);
    assert.deepEqual(articlesOf(personNamed(people, 'Orla Brennan-Whyte')).sort(), ['a1', 'a2']);
    assert.deepEqual(people.people.map((p) => p.name).sort(), ['Declan Whyte', 'Orla Brennan-Whyte']);
  }
});

test('short surnames, or short parts of hyphenated names, that differ by a letter are different people', () => {
  const people = resolvePeople([
    article('a1', 's1', '{Paul Lee} met {Paul Lea}.'),
    article('a2', 's2', '{John Mann} met {John Manz}.'),
    article('a3', 's3', '{Lam Siu-kin} met {Lam Siu-hing}.'),
  ]);
  assert.equal(people.people.length, 6);
});

test('a variant spelling in a surname alone or in a first name is reported too', () => {
  const a1 = article('a1', 's1', '{Dmytro Kovalensky} spoke. {Kovalensky} left.');
  const a2 = article('a2', 's2', '{Dmytro Kovalensky} spoke.');
  const a3 = article('a3', 's3', 'Then {Kovalenskiy} answered.');
  const a4 = article('a4', 's4', '{Dmitro Kovalensky} spoke.');
  const people = resolvePeople([a1, a2, a3, a4]);
  assert.equal(people.people.length, 1);
  const spelling = people.findings.filter((f) => f.code === 'name-spelling');
  assert.deepEqual(spelling.map((f) => [f.article, f.related[0].article]), [['a3', 'a1'], ['a4', 'a1']]);
  assert.equal(a4.seed.text.slice(spelling[1].span.start, spelling[1].span.end), 'Dmitro Kovalensky');
});

test('no name-spelling finding where only one source writes the names', () => {
  const people = resolvePeople([
    article('a1', 'same wire', '{Bohdan Kovalensky} spoke.'),
    article('a2', 'same wire', '{Bohdan Kovalenskiy} spoke.'),
  ]);
  assert.equal(people.people.length, 1);
  assert.deepEqual(people.findings, []);
});

test('accents alone are not a different spelling', () => {
  const people = resolvePeople([article('a1', 's1', '{Emre Dogulu} spoke.'), article('a2', 's2', '{Emre Doğulu} spoke.')]);
  assert.equal(people.people.length, 1);
  assert.deepEqual(people.findings, []);
});

test('role-differs: a former office against the office itself, across sources', () => {
  const a1 = article('a1', 'north wire', 'Port President {Carla Venn|Port President} opened the dock.', 'North Wire');
  const a2 = article('a2', 'east herald', 'Former Port President {Carla Venn|Former Port President} was there.', 'East Herald');
  const people = resolvePeople([a1, a2]);
  const roles = people.findings.filter((f) => f.code === 'role-differs');
  assert.equal(roles.length, 2, 'each side is told of the other');
  const onFormer = roles.find((f) => f.article === 'a2')!;
  assert.equal(a2.seed.text.slice(onFormer.span.start, onFormer.span.end), 'Carla Venn');
  assert.equal(onFormer.related[0].article, 'a1');
  const { start, end } = people.people[0].mentions[0].span;
  assert.deepEqual(onFormer.related[0].span, { start, end });
  assert.match(onFormer.message, /Carla Venn's role/);
  assert.match(onFormer.message, /"Former Port President" here \(East Herald, a2\)/);
  assert.match(onFormer.message, /"Port President" in North Wire \(a1\)/);
});

test('a mention that gives a title and a post gives the person both, and each is compared across sources', () => {
  const a1 = article('a1', 'north wire', 'Chief Superintendent {Carla Venn|Chief Superintendent}, the area commander, spoke.', 'North Wire');
  a1.mentions[0].secondRole = 'area commander';
  const a2 = article('a2', 'east herald', 'The area commander, Superintendent {Carla Venn|Superintendent}, was there.', 'East Herald');
  const people = resolvePeople([a1, a2]);
  assert.deepEqual(
    personNamed(people, 'Carla Venn').roles.map((r) => [r.text, r.article]),
    [['Chief Superintendent', 'a1'], ['area commander', 'a1'], ['Superintendent', 'a2']],
  );
  const a3 = article('a3', 's2', '{Mila Hart|area commander} spoke.');
  a3.mentions[0].secondRole = 'Detective Inspector';
  const graded = resolvePeople([article('a1', 's1', '{Mila Hart|Detective Sergeant} spoke.'), a3]);
  assert.equal(graded.findings.filter((f) => f.code === 'role-differs').length, 2, 'a second role is compared as the first is');
});

test('role-differs: not where one source gives the person both posts, as one holding two ministries', () => {
  const a1 = article('a1', 'north wire', '{Omar Fadel|Harbour prime minister}, who is also the foreign minister, spoke.', 'North Wire');
  a1.mentions[0].secondRole = 'Harbour foreign minister';
  const a2 = article('a2', 'east herald', 'Harbour Foreign Minister {Omar Fadel|Harbour Foreign Minister} was there.', 'East Herald');
  assert.deepEqual(resolvePeople([a1, a2]).findings.filter((f) => f.code === 'role-differs'), []);
  // Without the second post, the sources differ.
  const a3 = article('a3', 'north wire', '{Omar Fadel|Harbour prime minister} spoke.', 'North Wire');
  assert.equal(resolvePeople([a3, a2]).findings.filter((f) => f.code === 'role-differs').length, 2);
});

test('role-differs: not a post given as held besides another (`who is also`), though the source gives no other', () => {
  const a1 = article('a1', 'north wire', "{Omar Fadel|Harbour's foreign minister}, who is also Harbour's foreign minister, spoke.", 'North Wire');
  a1.mentions[0].roleHeldBesides = "Harbour's foreign minister";
  const a2 = article('a2', 'east herald', 'Harbour Prime Minister {Omar Fadel|Harbour Prime Minister} was there.', 'East Herald');
  const people = resolvePeople([a1, a2]);
  assert.deepEqual(people.findings.filter((f) => f.code === 'role-differs'), []);
  assert.deepEqual(personNamed(people, 'Omar Fadel').roles.map((r) => r.text), ["Harbour's foreign minister", 'Harbour Prime Minister'], 'still listed');
});

test('role-differs: a party one source gives and another contradicts; not a party left', () => {
  const a1 = article('a1', 'north wire', 'Senator {Carla Venn|Senator} spoke.', 'North Wire');
  a1.mentions[0].secondRole = 'Democrat of Vermont';
  const a2 = article('a2', 'east herald', '{Carla Venn|Vermont Republican} was there.', 'East Herald');
  const roles = resolvePeople([a1, a2]).findings.filter((f) => f.code === 'role-differs');
  assert.equal(roles.length, 2, 'each side is told of the other');
  assert.match(roles.find((f) => f.article === 'a2')!.message, /"Vermont Republican" here \(East Herald, a2\), "Democrat of Vermont" in North Wire \(a1\)/);
  const left = resolvePeople([article('a1', 's1', '{Mila Hart|Democrat} spoke.'), article('a2', 's2', '{Mila Hart|former Republican} spoke.')]);
  assert.deepEqual(left.findings.filter((f) => f.code === 'role-differs'), []);
  const agree = resolvePeople([article('a1', 's1', '{Mila Hart|GOP Rep.} spoke.'), article('a2', 's2', '{Mila Hart|Republican of Ohio} spoke.')]);
  assert.deepEqual(agree.findings.filter((f) => f.code === 'role-differs'), []);
});

test('role-differs: deputy, vice, acting and ex- make a different office', () => {
  const pairs: [string, string][] = [
    ['Ruritanian Minister', 'Ruritanian Deputy Prime Minister'],
    ['Vice President', 'President'],
    ['acting Attorney General', 'Attorney General'],
    ['ex-chairman of the board', 'chairman'],
    ['Secretary of State', 'former Secretary of State'],
    ['former Sen.', 'Senator'],
    // Offices held together are each compared; a `former` before them dates them all.
    ['founder and chief executive', 'former chief executive'],
    ['former chairman and chief executive', 'chief executive'],
    ["Ruritania's vice-president and head of the observer mission", 'former vice-president of Ruritania'],
  ];
  for (const [first, second] of pairs) {
    const people = resolvePeople([
      article('a1', 's1', `{Mila Hart|${first}} spoke.`),
      article('a2', 's2', `{Mila Hart|${second}} spoke.`),
    ]);
    assert.equal(people.findings.filter((f) => f.code === 'role-differs').length, 2, `${first} / ${second}`);
  }
});

test('role-differs: two departments of one office differ; a title without one does not', () => {
  const people = resolvePeople([
    article('a1', 's1', '{Oleg Fedin|Foreign Minister} spoke.'),
    article('a2', 's2', '{Oleg Fedin|Defence Minister} spoke.'),
    article('a3', 's3', '{Oleg Fedin|Deputy Foreign Minister} spoke.'),
    article('a4', 's4', '{Oleg Fedin|Minister} spoke. {Ana Vidal|Home Secretary} and {Ana Vidal|home secretary} met.'),
  ]);
  const roles = people.findings.filter((f) => f.code === 'role-differs').map((f) => [f.article, f.message.split(': ')[1]]);
  assert.deepEqual(roles, [
    // Two sources name the foreign ministry, one the defence ministry: only that one is marked for
    // it; the deputy is marked for its rank, which the other three sources do not give.
    ['a2', '"Defence Minister" here (s2, a2), "Foreign Minister" in s1 (a1)'],
    ['a3', '"Deputy Foreign Minister" here (s3, a3), "Foreign Minister" in s1 (a1)'],
  ]);
});

test('role-differs: two grades of a service, or two of a company\'s chief officers, differ; the same grade in other words does not', () => {
  const differ: [string, string][] = [
    ['Detective Sergeant', 'Detective Inspector'],
    ['Chief Inspector', 'Inspector'],
    ['Chief Financial Officer', 'Chief Executive'],
    ['CFO', 'CEO'],
    // The company's name before the officer is no part of the grade.
    ['Harbourline CEO', 'Harbourline COO'],
    // A hospital's chief officers too.
    ['chief medical officer at St. Anne', "the hospital's chief executive"],
    ['Associate Professor', 'Professor'],
    // The service's name before the grade is no part of it.
    ['Coast Guard Commander', 'Coast Guard Captain'],
    ['Air Force Colonel', 'Air Force Major'],
  ];
  const same: [string, string][] = [
    ['Det. Sgt.', 'Sergeant'],
    ['Detective Chief Inspector', 'Chief Inspector'],
    ['CEO', 'Chief Executive Officer'],
    ['Harbourline CEO', 'chief executive'],
    ['CMO', 'chief medical officer'],
    ['Lt. Gen.', 'Lieutenant General'],
    // A general officer is `General` for short.
    ['Lt. Gen.', 'Gen.'],
    ['Lieutenant Colonel', 'Colonel'],
    ['Coast Guard Cmdr.', 'Commander'],
    // A former officer may hold another office now; an office named after a grade is no grade.
    ['former CFO', 'CEO'],
    ['Inspector General', 'Inspector'],
  ];
  for (const [pairs, expected] of [
    [differ, 2],
    [same, 0],
  ] as const) {
    for (const [first, second] of pairs) {
      const people = resolvePeople([article('a1', 's1', `{Mila Hart|${first}} spoke.`), article('a2', 's2', `{Mila Hart|${second}} spoke.`)]);
      assert.equal(people.findings.filter((f) => f.code === 'role-differs').length, expected, `${first} / ${second}`);
    }
  }
});

test('role-differs: a title on a name in the possessive dates to what is owned and is compared with nothing', () => {
  const people = resolvePeople([
    article('a1', 's1', "Last year the council blocked {Mila Hart|Mayor}'s choice for the post."),
    article('a2', 's2', '{Mila Hart|former Mayor} spoke.'),
  ]);
  assert.deepEqual(people.findings, []);
  assert.equal(people.people[0].roles.length, 2, 'the title is still listed');
  const named = resolvePeople([article('a1', 's1', '{Mila Hart|Mayor} spoke.'), article('a2', 's2', '{Mila Hart|former Mayor} spoke.')]);
  assert.equal(named.findings.filter((f) => f.code === 'role-differs').length, 2, 'a title not on an owner is compared');
});

test('role-differs: the same office in other words is not a difference', () => {
  const same: [string, string][] = [
    ['Harbour spokesman', 'Press Secretary of the Harbour Authority'],
    ['Harbour spokesman', 'spokesman'],
    ['spokeswoman', 'spokesman'],
    ['Ruritanian President', 'President'],
    ['President of Ruritania', 'Ruritanian President'],
    ["the mayor's budget envoy", 'head of the city wealth fund'],
    ['Foreign Minister', 'Minister'],
    ['ex-President', 'former President'],
    ['Vice Premier', 'Deputy Premier'],
    ['Interim manager', 'Caretaker manager'],
    ['then-President', 'former President'],
    ['As governor', 'Former Ruritanian Gov.'],
    ["the mayor's first budget director", 'former budget director'],
    // Offices held together do not contradict one of them alone.
    ['chief executive', 'chairman and chief executive'],
    ['chairman', 'chairman and chief executive'],
    ['founder', 'founder and CEO'],
    ['CEO', 'founder and chief executive'],
    ['former mayor', 'former mayor and regional assemblyman'],
    ['chief executive', 'vice chairman and chief executive'],
  ];
  for (const [first, second] of same) {
    const people = resolvePeople([
      article('a1', 's1', `{Mila Hart|${first}} spoke.`),
      article('a2', 's2', `{Mila Hart|${second}} spoke.`),
    ]);
    assert.deepEqual(people.findings, [], `${first} / ${second}`);
    assert.equal(people.people[0].roles.length, 2);
  }
});

test('role-differs: never within one article or between articles of one source', () => {
  const people = resolvePeople([
    article('a1', 'wire', '{Mila Hart|President} spoke; former President {Hart|former President} left.'),
    article('a2', 'wire', 'Former President {Mila Hart|Former President} spoke.'),
  ]);
  assert.deepEqual(people.findings, []);
  assert.equal(people.people[0].roles.length, 3);
});

test('role-differs: one source against another, each side points at the other source', () => {
  const people = resolvePeople([
    article('a1', 'wire', 'President {Mila Hart|President} spoke.'),
    article('a2', 'wire', 'President {Mila Hart|President} spoke again.'),
    article('a3', 'paper', 'Former President {Mila Hart|Former President} spoke.'),
  ]);
  const roles = people.findings.filter((f) => f.code === 'role-differs');
  assert.deepEqual(roles.map((f) => [f.article, f.related[0].article]), [['a1', 'a3'], ['a2', 'a3'], ['a3', 'a1']]);
});

test('role-differs: the rank most sources give is not marked; the odd one points at it', () => {
  const people = resolvePeople([
    article('a1', 'wire', 'President {Mila Hart|President} spoke.'),
    article('a2', 'paper', 'President {Mila Hart|President} spoke again.'),
    article('a3', 'radio', 'Former President {Mila Hart|Former President} spoke.'),
  ]);
  assert.deepEqual(people.findings.map((f) => [f.article, f.related[0].article]), [['a3', 'a1']]);
});

test('role-differs: two roles of one rank in an article differ from another source once, at the first', () => {
  const people = resolvePeople([
    article('a1', 'paper', 'The harbour pilot {Mila Hart|harbour pilot} spoke. {Mila Hart|licensed river pilot}, a local, left.'),
    article('a2', 'radio', '{Mila Hart|former harbour pilot} spoke.'),
  ]);
  const roles = people.findings.filter((f) => f.code === 'role-differs');
  assert.deepEqual(roles.map((f) => [f.article, f.message.split('role: ')[1].split(' here')[0]]), [
    ['a1', '"harbour pilot"'],
    ['a2', '"former harbour pilot"'],
  ]);
});

test('personOf finds a name form no mention wrote, in the article that means it', () => {
  const people = resolvePeople([
    article('a1', 's1', '{Tomas Reyna} met {Elsa Reyna}. {Elsa Reyna} spoke.'),
    article('a2', 's2', '{Tomas Reyna} spoke.'),
  ]);
  assert.equal(people.personOf('a2', 'Reyna')?.name, 'Tomas Reyna');
  assert.equal(people.personOf('a1', 'Reyna')?.name, 'Elsa Reyna');
  assert.equal(people.personOf('a1', 'T. Reyna')?.name, 'Tomas Reyna');
  assert.equal(people.personOf('a1', 'Nobody Known'), undefined);
  assert.equal(people.personOf('missing', 'Reyna'), undefined);
});

test('people come in order of first mention, in a bundle of 3,000 articles (speed: npm run bench)', () => {
  // 400 people whose surnames differ by a letter or two, told apart by their first names.
  // Letters that transliteration does not fold (nor o and u together, see givenName), in
  // consonant-vowel-consonant runs (no doubles).
  const letters = (i: number) => 'dflmnprstz'[i % 10] + 'aeio'[Math.floor(i / 10) % 4] + 'dflmnprstz'[Math.floor(i / 40)];
  const fullNames = Array.from({ length: 400 }, (_, i) => [`O${letters(i)}ina`, `Zu${letters(i)}berg`]);
  const articles = Array.from({ length: 3000 }, (_, i) => {
    const names = [0, 1, 2, 3, 4].map((k) => fullNames[(i * 7 + k * 13) % fullNames.length]);
    const text = names.map(([given, surname], k) => `{${given} ${surname}|${k % 2 ? 'Mayor' : 'former Mayor'}} met {${surname}}.`);
    return article(`a${i}`, `s${i % 50}`, text.join(' '));
  });
  const people = resolvePeople(articles);
  assert.equal(people.people.length, fullNames.length);
  assert.equal(people.people[0].name, fullNames[0].join(' '));
  assert.equal(people.people.reduce((n, p) => n + p.mentions.length, 0), 3000 * 10);
});

test('parseName splits given names, surname, particles and suffix', () => {
  assert.equal(parseName('Kwame "The Cannon" Boateng')?.form, 'Kwame Boateng');
  const marlow = parseName('George H.W.\nMarlow Jr.')!;
  assert.deepEqual(marlow.given.map((g) => g.text), ['george', 'h', 'w']);
  assert.deepEqual([marlow.surname, marlow.key, marlow.suffix, marlow.form, marlow.words], ['marlow', 'marlov', 'jr', 'George H.W. Marlow Jr.', 4]);
  const hamad = parseName('Bashar al-Hamad')!;
  assert.deepEqual([hamad.given.map((g) => g.text), hamad.surname, hamad.suffix], [['bashar'], 'hamad', '']);
  assert.deepEqual(parseName("Sean O'Dowd")?.surname, 'odowd');
  assert.equal(parseName('...'), null);
  // A name read across an editor's bracket (`[special counsel Rob] Dunmore`) is named without it.
  assert.deepEqual([parseName('Rob] Dunmore')?.form, parseName('Rob] Dunmore')?.given[0].text], ['Rob Dunmore', 'rob']);
});

test('transliteration folds romanisations of one name together and keeps others apart', () => {
  assert.equal(transliteration('zelenskiy'), transliteration('zelensky'));
  assert.equal(transliteration('zelenskyy'), transliteration('zelensky'));
  assert.equal(transliteration('gaddafi'), transliteration('qadhafi'));
  assert.equal(transliteration('shevtchenko'), transliteration('shevchenko'));
  assert.notEqual(transliteration('peskov'), transliteration('petrov'));
});

test('titleOf reads the office and its rank from a role', () => {
  assert.deepEqual(titleOf('former U.S. President'), { head: 'president', rank: 'former' });
  assert.deepEqual(titleOf('Ukrainian Deputy Prime Minister'), { head: 'minister', rank: 'deputy prime' });
  assert.deepEqual(titleOf('Press Secretary to the Russian President'), { head: 'secretary', rank: '' });
  assert.deepEqual(titleOf("Putin's investment envoy"), { head: 'envoy', rank: '' });
  assert.deepEqual(titleOf('President-elect'), { head: 'president', rank: 'elect' });
  assert.deepEqual(titleOf('ex-Vice President'), { head: 'president', rank: 'deputy former' });
  assert.equal(titleOf('then-Senator'), undefined, 'a dated office is compared with nothing');
  assert.deepEqual(titleOf('Deputy Defense Minister'), { head: 'minister', rank: 'deputy', portfolio: 'defence' });
  assert.deepEqual(titleOf('former Home Secretary'), { head: 'secretary', rank: 'former', portfolio: 'home' });
  assert.deepEqual(titleOf('Fisheries Minister'), { head: 'minister', rank: '', portfolio: 'fisheries' });
  assert.deepEqual(titleOf('former chairman and chief executive'), { head: 'executive', rank: 'former' });
  assert.deepEqual(titleOf('Housing and Urban Development Secretary'), { head: 'secretary', rank: '' });
});

test('a monarch named with and without the regnal number is one person, unless two numbers make two', () => {
  const people = resolvePeople([
    article('a1', 's1', 'King {Osric III|King} spoke. Later King {Osric|King} left, and {Osric} waved.'),
    article('a2', 's2', 'King {Osric|King} will rest.'),
    article('a3', 's3', 'Pope {Anselm XIV|Pope} praised Pope {Anselm XIII|Pope}. {Anselm} smiled.'),
  ]);
  assert.deepEqual(articlesOf(personNamed(people, 'Osric III')), ['a1', 'a2']);
  // Two numbers of one name: the name alone is neither.
  assert.equal(personNamed(people, 'Anselm XIV').mentions.length, 1);
  assert.equal(personNamed(people, 'Anselm XIII').mentions.length, 1);
  assert.equal(people.people.length, 4);
});

test('a surname alone is the person whose whole surname it is, not one the article calls by two surnames', () => {
  const people = resolvePeople([
    article('a1', 's1', '{Andrés Vidal Ortega} signed. {Vidal Ortega} spoke. His aide {Carmen Ortega} spoke too. "Months," {Ortega} said.'),
  ]);
  assert.deepEqual(personNamed(people, 'Carmen Ortega').aliases, ['Ortega']);
  assert.deepEqual(personNamed(people, 'Andrés Vidal Ortega').aliases, ['Vidal Ortega']);
});

test('a Spanish short form of a given name, accents left out, is the person named in full', () => {
  const people = resolvePeople([
    article('a1', 's1', 'The envoy, {José "Pepe" Larrañaga}, spoke.'),
    article('a2', 's2', '{Pepe Larranaga}, the envoy, spoke.'),
  ]);
  assert.deepEqual(articlesOf(personNamed(people, 'José Larrañaga')), ['a1', 'a2']);
  assert.deepEqual(people.findings, []);
});

test('a German umlaut written out or dropped is one spelling of the name: one person, no name-spelling finding', () => {
  for (const order of [
    ['Jürgen Kessler', 'Juergen Kessler', 'Jurgen Kessler'],
    ['Juergen Kessler', 'Jürgen Kessler', 'Jurgen Kessler'],
  ]) {
    const people = resolvePeople([
      article('a1', 's1', `{${order[0]}} and {Anja Löw} spoke.`),
      article('a2', 's2', `{${order[1]}} and {Anja Loew} spoke. {Loew} left.`),
      article('a3', 's3', `{${order[2]}} and {Anja Low} spoke.`),
    ]);
    // Named as the first source writes it: the forms are as full.
    assert.deepEqual(articlesOf(personNamed(people, order[0])), ['a1', 'a2', 'a3'], order.join());
    assert.deepEqual(articlesOf(personNamed(people, 'Anja Löw')), ['a1', 'a2', 'a3']);
    assert.equal(people.people.length, 2);
    assert.deepEqual(people.findings, []);
  }
  // Written out where no source writes the umlaut: a spelling of its own.
  const people = resolvePeople([article('a1', 's1', '{Tom Boehner} spoke.'), article('a2', 's2', '{Tom Bohner} spoke.')]);
  assert.deepEqual(people.findings.map((f) => f.code), ['name-spelling']);
});

test('a family name two people the article names as often share is the one it named last before it', () => {
  const zhangs = article(
    'a1',
    's1',
    'The vice-minister, {Zhang Weiming}, spoke. "Ports must prepare," {Zhang} said. The carrier\'s chief, {Zhang Lihua}, ordered ships. "We are first," Ms {Zhang} said.',
  );
  // The mention finder gives an honorific's gender: `Ms Zhang` is decided apart from `Zhang`.
  zhangs.mentions[3].gender = 'female';
  const people = resolvePeople([zhangs]);
  assert.deepEqual(personNamed(people, 'Zhang Weiming').mentions.map((m) => m.text), ['Zhang Weiming', 'Zhang']);
  assert.deepEqual(personNamed(people, 'Zhang Lihua').mentions.map((m) => m.text), ['Zhang Lihua', 'Zhang']);
  assert.equal(people.people.length, 2);
});

test('an Arabic given name of two words is one name however outlets join and vowel it', () => {
  const people = resolvePeople([
    article('a1', 's1', '{Abdelrahman al-Tamimi} spoke.'),
    article('a2', 's2', '{Abdul Rahman al-Tamimi} spoke.'),
    article('a3', 's3', '{Abdel-Rahman el-Tamimi} spoke. His cousin {Abdul Aziz al-Tamimi} did not.'),
  ]);
  assert.deepEqual(articlesOf(people.personOf('a1', 'Abdelrahman al-Tamimi')!), ['a1', 'a2', 'a3']);
  assert.equal(people.people.length, 2);
  // Romanised otherwise: a name-spelling finding, as for `Sergei` / `Sergey`.
  assert.ok(people.findings.some((f) => f.code === 'name-spelling' && f.message.includes('"Abdelrahman al-Tamimi"')));
});

test('a first surname after a particle is used alone, and a name without the second surname is the same person', () => {
  const text = 'Minister {Ana Sofía de la Vega Ruiz} spoke. "We will act," {De la Vega} said. Her father, {Tomás de la Vega}, objected.';
  const people = resolvePeople([article('a1', 's1', text), article('a2', 's2', 'Minister {Ana Sofia de la Vega} spoke.')]);
  assert.equal(people.personOf('a1', 'De la Vega')?.name, 'Ana Sofía de la Vega Ruiz');
  assert.deepEqual(articlesOf(personNamed(people, 'Ana Sofía de la Vega Ruiz')), ['a1', 'a2']);
  assert.equal(people.people.length, 2);
});

test('a family name written first and used alone means the one of that name the article has named so far', () => {
  const text = 'Minister {Park Ji-hoon} spoke. "We agree," {Park} said. A protest was led by {Park Min-seo}. "We are tired," {Park Min-seo} said.';
  const people = resolvePeople([article('a1', 's1', text)]);
  assert.equal(people.personOf('a1', 'Park')?.name, 'Park Ji-hoon');
  assert.equal(people.people.length, 2);
});

test('an East Asian given name written with a hyphen, a space or joined is one spelling: no name-spelling finding', () => {
  const people = resolvePeople([
    article('a1', 's1', '{Park Ji-hoon} spoke.'),
    article('a2', 's2', '{Park Jihoon} spoke.'),
    article('a3', 's3', '{Park Ji Hoon} spoke.'),
    article('a4', 's4', '{Anna Lind-Holm} spoke.'),
    article('a5', 's5', '{Anna Lind Holm} spoke.'),
  ]);
  assert.deepEqual(articlesOf(personNamed(people, 'Park Ji-hoon')), ['a1', 'a2', 'a3']);
  // A double-barrelled surname's hyphen is the surname's spelling.
  assert.deepEqual(people.findings.map((f) => f.article), ['a5']);
});

test('a full name an article gives as someone\'s other name is that person in another article too: `whose real name is Jeremy Abbott`', () => {
  const a1 = article('a1', 's1', 'Frontman {Jesse Colt|Frontman} ({Jeremy Abbott}) sang.');
  a1.mentions = a1.mentions.map((m) => (m.text === 'Jeremy Abbott' ? { ...m, aliasOf: 'Jesse Colt' } : m));
  const people = resolvePeople([a1, article('a2', 's2', 'The singer, whose real name is {Jeremy Abbott}, posted a photo.')]);
  assert.deepEqual(
    people.people.map((p) => [p.name, p.aliases]),
    [['Jesse Colt', ['Jeremy Abbott']]],
  );
  assert.equal(people.personOf('a2', 'Jeremy Abbott')?.name, 'Jesse Colt');
});
