import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Anatomy, Span } from './model';
import { establishedNames, findMentions, shortNameOf, tokenEnd } from './mentions';

/** An anatomy whose story is the given spans, or the whole text. */
function story(text: string, paragraphs: Span[] = [{ start: 0, end: text.length }]): Anatomy {
  return { headline: null, headlineSpan: null, outlet: null, wire: null, date: null, paragraphs, boilerplate: [] };
}

function names(text: string): string[] {
  return findMentions(text, story(text)).map((m) => m.text);
}

function roleOf(text: string, name: string): string | undefined {
  const mention = findMentions(text, story(text)).find((m) => m.text === name);
  assert.ok(mention, `no mention of ${name} in: ${text}`);
  return mention.role;
}

/** The role and the second role of the mention of `name`. */
function rolesOf(text: string, name: string): [string | undefined, string | undefined] {
  const mention = findMentions(text, story(text)).find((m) => m.text === name);
  return [mention?.role, mention?.secondRole];
}

test('a full name is found with offsets that cover the name alone', () => {
  const text = 'Critics of the plan included Kremlin spokesman Dmitry Peskov\'s deputy, officials said.';
  const [mention] = findMentions(text, story(text));
  assert.equal(mention.text, 'Dmitry Peskov');
  assert.equal(text.slice(mention.start, mention.end), 'Dmitry Peskov');
});

test('a name a full name is said to be known by is a mention of that person wherever the story uses it', () => {
  const text = 'Jokowi opens market. President Joko Widodo, widely known as Jokowi, opened it. "A good day," Jokowi said. Drug lord Joaquín Guzmán, nicknamed "El Chapo", was sentenced; El Chapo smiled.';
  const mentions = findMentions(text, story(text));
  assert.deepEqual(
    mentions.map((m) => [m.text, m.aliasOf]),
    [
      ['Jokowi', 'Joko Widodo'],
      ['Joko Widodo', undefined],
      ['Jokowi', 'Joko Widodo'],
      ['Jokowi', 'Joko Widodo'],
      ['Joaquín Guzmán', undefined],
      ['El Chapo', 'Joaquín Guzmán'],
      ['El Chapo', 'Joaquín Guzmán'],
    ],
  );
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
  // Initials in brackets after the name are another name for it; other letters are not.
  const initials = 'Crown Prince Mohammed bin Salman (MBS) met Dana Mills (AP) on Tuesday. "We are ready," MBS said.';
  assert.deepEqual(
    findMentions(initials, story(initials)).map((m) => [m.text, m.aliasOf]),
    [
      ['Mohammed bin Salman', undefined],
      ['MBS', 'Mohammed bin Salman'],
      ['Dana Mills', undefined],
      ['MBS', 'Mohammed bin Salman'],
    ],
  );
  // A stage name: `known to fans as`, `who performs as`.
  const stage = 'Singer Ana Vidal, known to fans as Vee-Jay, sang. Vee-Jay left. Tom Hale, who performs as T-Bone, rapped.';
  assert.deepEqual(
    findMentions(stage, story(stage)).map((m) => [m.text, m.aliasOf]),
    [
      ['Ana Vidal', undefined],
      ['Vee-Jay', 'Ana Vidal'],
      ['Vee-Jay', 'Ana Vidal'],
      ['Tom Hale', undefined],
      ['T-Bone', 'Tom Hale'],
    ],
  );
  // `known as` after no name, or a word of the name itself, makes no other name.
  assert.deepEqual(names('The plan, known as Harbour Two, stalled. Ana Vidal agreed.'), ['Ana Vidal']);
  // The other name first: `AMLO, as López Obrador is widely known,`.
  const before = 'AMLO, as López Obrador is widely known, spoke. "No," AMLO said.';
  assert.deepEqual(
    findMentions(before, story(before)).map((m) => [m.text, m.aliasOf]),
    [
      ['AMLO', 'López Obrador'],
      ['López Obrador', undefined],
      ['AMLO', 'López Obrador'],
    ],
  );
});

test('an unknown word before a family name the article knows is a given name, not what opens the sentence: `His wife, Rosângela da Silva`', () => {
  assert.deepEqual(names('President Luiz Lula da Silva spoke. His wife, Rosângela da Silva, attended.'), ['Luiz Lula da Silva', 'Rosângela da Silva']);
});

test('letters after a name for an honour or a degree stay outside it', () => {
  assert.deepEqual(names('Dr Ann Roe PhD spoke. Tom Reyes KC and Paula Vane CBE followed.'), ['Ann Roe', 'Tom Reyes', 'Paula Vane']);
});

test('a full name after a role and before a colon is a speaker a live blog labels', () => {
  assert.deepEqual(names('Harbour FC manager Ines Vukovic: "We kept going until the end."'), ['Ines Vukovic']);
  assert.deepEqual(names('He pointed to Gen. Tomas Ferrer: "That is why we stayed."'), ['Tomas Ferrer']);
});

test('titles and honorifics stay outside the name', () => {
  assert.deepEqual(names('The deal was signed by President Vladimir Putin on Monday.'), ['Vladimir Putin']);
  assert.deepEqual(names('Later Mr. Steele apologised to the committee.'), ['Steele']);
  assert.deepEqual(names('A bill from Sen. Reid stalled, and Rep. Bob Etheridge objected.'), ['Reid', 'Bob Etheridge']);
  assert.deepEqual(names('Voters cheered when Prime Minister Anna Lindqvist arrived.'), ['Anna Lindqvist']);
});

test('a title written once for several is each one\'s title alone: `Reps.` is `Rep.`', () => {
  assert.equal(roleOf('Reps. Ann Holloway and Tom Reyes objected.', 'Ann Holloway'), 'Rep.');
  assert.equal(roleOf('The bill from Democratic Sens. Ann Holloway and Tom Reyes stalled.', 'Ann Holloway'), 'Democratic Sen.');
});

test('a title joined to `Ex-` or `Acting-` is a title, outside the name', () => {
  assert.deepEqual(names('Ex-President Marta Solberg and Acting-Mayor Ben Ostrow spoke.'), ['Marta Solberg', 'Ben Ostrow']);
  assert.equal(roleOf('Ex-President Marta Solberg spoke.', 'Marta Solberg'), 'Ex-President');
});

test('an instrument of law is no person, though a title opens its name: `General Data Protection Regulation`', () => {
  assert.deepEqual(names("The rules follow the European Union's General Data Protection Regulation, officials said."), []);
});

test('honorifics of the Gulf and of West Africa stay outside the name: `H.E.`, `H.H.`, `Alhaji`, `Hajia`, `Mallam`', () => {
  assert.deepEqual(names('H.E. Mohamed Lemine Ould Sidi Brahim met H.H. Sheikh Saif bin Khalid Al Nuaimi.'), ['Mohamed Lemine Ould Sidi Brahim', 'Saif bin Khalid Al Nuaimi']);
  assert.deepEqual(names('Alhaji Abubakar Sani Danladi, Hajia Amina Yusuf and Mallam Sani Kabir spoke.'), ['Abubakar Sani Danladi', 'Amina Yusuf', 'Sani Kabir']);
  // Members of a parliament are no person: `she told MPs`.
  assert.deepEqual(names('"We will act," she told MPs and MEPs.'), []);
});

test('a company named after a speech verb, before the role of the person speaking for it, is no person', () => {
  assert.deepEqual(names('"It works," said Voltaris chairwoman Lena Marchetti, and said Westland Power spokeswoman Naomi Fairbairn.'), ['Lena Marchetti', 'Naomi Fairbairn']);
});

test('possessives in straight and curly spelling are left out of the name', () => {
  assert.deepEqual(names("The talks followed Donald Trump's call and Vladimir Putin’s reply."), ['Donald Trump', 'Vladimir Putin']);
});

test('particles, hyphens and apostrophes stay inside the name', () => {
  assert.deepEqual(names('The summit was chaired by Ursula von der Leyen in the spring.'), ['Ursula von der Leyen']);
  assert.deepEqual(names('He praised Jean-Claude Juncker for his patience.'), ['Jean-Claude Juncker']);
  assert.deepEqual(names('The grant went to researcher Paola d\'Amico last year.'), ["Paola d'Amico"]);
  assert.deepEqual(names('The visit of Recep Tayyip Erdogan was postponed.'), ['Recep Tayyip Erdogan']);
  assert.deepEqual(names('Economy Minister Ana Luisa de la Vega Ruiz signed the decree.'), ['Ana Luisa de la Vega Ruiz']);
});

test('names outside the English name lists are found from their shape', () => {
  assert.deepEqual(names('A statement from Ukrainian Minister Olha Stefanishyna followed.'), ['Olha Stefanishyna']);
  assert.deepEqual(names('The factory manager, Gong Zhichao, declined to comment.'), ['Gong Zhichao']);
  assert.deepEqual(names('The delegation was led by Nguyen Van An, a deputy director.'), ['Nguyen Van An']);
  assert.deepEqual(names('Striker Hwang Hee-chan scored twice.'), ['Hwang Hee-chan']);
});

test('initials are part of the name', () => {
  assert.deepEqual(names('Both George W. Bush and Donald J. Trump sent letters.'), ['George W. Bush', 'Donald J. Trump']);
  assert.deepEqual(names('The novel by J. R. Tolkowski sold well.'), ['J. R. Tolkowski']);
});

test('initials run together open a name before a family name that is also a word, and a biographer is a role', () => {
  assert.deepEqual(names('J.R. Hale said so. He met A.J. Brook on Monday.'), ['J.R. Hale', 'A.J. Brook']);
  assert.equal(roleOf('The royal biographer J.R. Hale said so.', 'J.R. Hale'), 'royal biographer');
  // A place's initials are no person's.
  assert.deepEqual(names('In the U.S. Senate, the U.K. Treasury said so.'), []);
});

test('a role noun joined to what makes it deputy or former is a role noun: `vice-minister`, `ex-minister`', () => {
  assert.equal(roleOf('Chinese vice-minister Zhang Weiming said so.', 'Zhang Weiming'), 'Chinese vice-minister');
  assert.equal(roleOf('The ex-minister Hal Brook said so.', 'Hal Brook'), 'ex-minister');
});

test('after `the`, a peer\'s title and one word are an office, not a peer', () => {
  assert.deepEqual(names('The Lord Chamberlain, Count Henrik Varnholt, spoke. It was the Lord Mayor who left.'), ['Henrik Varnholt']);
  assert.equal(roleOf('Former chancellor Lord Hammerton said so.', 'Hammerton'), 'Former chancellor');
});

test('a full name found once makes later family-name and given-name mentions people', () => {
  const text = [
    'Peskov speaks to the press.',
    'Kremlin spokesman Dmitry Peskov said on Tuesday that talks would go on.',
    'Asked about the sanctions, Peskov declined to answer.',
    'Dmitry, as his staff call him, left early.',
  ].join('\n\n');
  assert.deepEqual(names(text), ['Peskov', 'Dmitry Peskov', 'Peskov', 'Dmitry']);
});

test('a family name that is also an English word is a person once its full name is known', () => {
  const text = 'The prime minister, John Key, met the press. Later Key said the vote was close.';
  assert.deepEqual(names(text), ['John Key', 'Key']);
  // Without the full name the word is just a word.
  assert.deepEqual(names('Key figures in the party met on Monday.'), []);
});

test('a family name that is also the last word of places\' names (`Park`, `Hall`) is a person alone once its full name is known', () => {
  const text = '"No relief yet," said Lena Park, a meteorologist. Park said the winds would stay. Rosa Hall spoke; Hall said little.';
  assert.deepEqual(names(text), ['Lena Park', 'Park', 'Rosa Hall', 'Hall']);
  // A family name written first (`Park Ji-hoon`) is used alone as well.
  assert.deepEqual(names('Minister Park Ji-hoon spoke. "We agree," Park told reporters.'), ['Park Ji-hoon', 'Park']);
  // Without the full name the word alone is still no one.
  assert.deepEqual(names('Crowds gathered in the square. Park officials said it was closed.'), []);
});

test('a family name the rest of the bundle establishes is a person alone', () => {
  const text = 'Later, Brand and Fox signed the pact.';
  const whole = { headline: null, headlineSpan: null, outlet: null, wire: null, date: null, paragraphs: [{ start: 0, end: text.length }], boilerplate: [] };
  assert.deepEqual(findMentions(text, whole).map((m) => m.text), []);
  assert.deepEqual(findMentions(text, whole, new Set(['Brand', 'Fox'])).map((m) => m.text), ['Brand', 'Fox']);
  assert.deepEqual(establishedNames(findMentions('Mayor Jana Marlow and Dr. A. Okonjo spoke.', { ...whole, paragraphs: [{ start: 0, end: 42 }] })), ['Marlow', 'Okonjo']);
  // A full name with a suffix establishes its family name; a family name and a suffix establish nothing.
  const suffixed = 'Walter Briggs Jr. came. Briggs Jr. spoke.';
  assert.deepEqual(establishedNames(findMentions(suffixed, { ...whole, paragraphs: [{ start: 0, end: suffixed.length }] })), ['Briggs']);
  // Another name for someone is established as it is, initials in capitals too.
  const aliased = 'Dana Orla Quist (DOQ) came. DOQ spoke.';
  assert.deepEqual(establishedNames(findMentions(aliased, story(aliased))), ['Quist', 'DOQ', 'DOQ']);
  const elsewhere = 'Later, DOQ and the NHS signed the pact.';
  assert.deepEqual(findMentions(elsewhere, story(elsewhere)).map((m) => m.text), []);
  assert.deepEqual(findMentions(elsewhere, story(elsewhere), new Set(['DOQ'])).map((m) => m.text), ['DOQ']);
});

test('particles that open a speaker\'s name after a quote or a speech verb are the name\'s, before the article names the person in full', () => {
  assert.deepEqual(names('"We will watch the costs," de la Cruz said. "No," said van der Veen. Councillor Maria de la Cruz left.'), [
    'de la Cruz',
    'van der Veen',
    'Maria de la Cruz',
  ]);
  // Not particles that are English words too.
  assert.deepEqual(names('"Why," do Democrats care?'), []);
});

test('a name known with its particle keeps it later', () => {
  assert.deepEqual(names('Senator Kevin de Léon spoke first. Later Mr. de Léon left.'), ['Kevin de Léon', 'de Léon']);
});

test('a lone family name is a person when it speaks, or when the text gives its party', () => {
  assert.deepEqual(names('"We are ready," Kowalczyk said, adding that the vote was near.'), ['Kowalczyk']);
  assert.deepEqual(names('"We are ready," said Kowalczyk.'), ['Kowalczyk']);
  // A party, as news gives a politician's: `Kowalczyk, a Democrat, told…`
  assert.deepEqual(names('"We are ready," Kowalczyk, a Democrat, told reporters.'), ['Kowalczyk']);
  assert.deepEqual(names('Okonkwo, a Republican from Ohio, voted against it.'), ['Okonkwo']);
  // A country's office after the comma is no region of a town: `said Petrakis, Greece's deputy trade minister`.
  assert.deepEqual(names('"We will not sign," said Petrakis, Greece\'s deputy trade minister.'), ['Petrakis']);
  assert.equal(roleOf('"We will not sign," said Petrakis, Greece\'s deputy trade minister.', 'Petrakis'), "Greece's deputy trade minister");
});

test('a given name alone is a person where a word would not be capitalised', () => {
  assert.deepEqual(names('It was Gloria who answered the door.'), ['Gloria']);
  assert.deepEqual(names('Later that day Frank sent the samples.'), ['Frank']);
  assert.deepEqual(names('The cafe stands in Preston, Victoria, near the station.'), []);
  assert.deepEqual(names('Prices rose across the Pacific Rim last year.'), []);
});

test('a given name alone before a common noun names a thing, not a person', () => {
  assert.deepEqual(names('The cake is topped with Godiva chocolate shavings.'), []);
  assert.deepEqual(names('The Galileo and Ulysses spacecraft carried dust detectors.'), []);
  // What a person does or a plural after the name leaves it a person.
  assert.deepEqual(names('Later Gloria too fell ill, and by June Gloria ate little.'), ['Gloria', 'Gloria']);
  assert.deepEqual(names('He printed a pink Marilyn and Marilyn posters sold out.'), ['Marilyn', 'Marilyn']);
});

test('a name in a picture credit is a person, even a user name no list knows', () => {
  assert.deepEqual(names('The old mill at dawn. Image: Zbyhnek.'), ['Zbyhnek']);
  assert.deepEqual(names('The crowd at the gate.\nVideo: Tarvolin & Mkessler.'), ['Tarvolin', 'Mkessler']);
  assert.deepEqual(names('Photo by Oskarsson, 2019.'), ['Oskarsson']);
  // Picture agencies are credited too, and are not people; nor is a word after a colon elsewhere.
  assert.deepEqual(names('The harbour at night. Photo: Shutterstock.'), []);
  assert.deepEqual(names('The result was clear: Zbyhnek.'), []);
});

test('a speaker label at the start of a line names the speaker', () => {
  assert.deepEqual(names('Bill Gates: We gave what we could.'), ['Bill Gates']);
  assert.deepEqual(names('Bill Summary: the text as passed.'), []);
});

test('a family name that is also a place or a common word is a person when the text describes them', () => {
  const text = 'Tavita Lima, a Samoan woman and former nurse, filed the claim. Lima says she was never paid.';
  assert.deepEqual(names(text), ['Tavita Lima', 'Lima']);
  assert.equal(roleOf(text, 'Tavita Lima'), 'Samoan woman and former nurse');
  assert.deepEqual(names('Flights to Lima were cancelled.'), []);
  // So is a family name that is a common word, after a given name no list knows.
  assert.deepEqual(names('“We agree,” said Zorblax Strong, a spokeswoman for the mayor.'), ['Zorblax Strong']);
  assert.deepEqual(names('“We agree,” said Zorblax Strong of the union.'), ['Zorblax']);
});

test('a school named for a place or a person is no person: `Hollis High`, `Maple Grove Elementary`', () => {
  const text = 'Lucia Castro, a senior at Hollis High who went to Hollis Street as a child, spoke. Pupils will move to Maple Grove Elementary in the fall.';
  assert.deepEqual(names(text), ['Lucia Castro']);
});

test('ordinary people of local news: their jobs are roles, a rare word a job describes is a family name, and a role may go on with `with` or `on`', () => {
  assert.equal(roleOf('Rina Osei, 29, a cashier from Harlow, said it.', 'Rina Osei'), 'cashier');
  assert.equal(roleOf('Forecaster Lena Okoro said gusts could reach 50 mph.', 'Lena Okoro'), 'Forecaster');
  assert.equal(roleOf('"Not yet," said Lena Okoro, a meteorologist with the weather service in Sacramento.', 'Lena Okoro'), 'meteorologist with the weather service');
  assert.equal(roleOf('Dana Whitfield, a registered nurse on the children\'s ward, said it.', 'Dana Whitfield'), 'registered nurse on the children\'s ward');
  assert.deepEqual(names('Mercer, a hairdresser who lives in the village, said she had ten minutes to leave.'), ['Mercer']);
  // Jobs on a factory floor and in an office.
  assert.equal(roleOf('Bea Lund, 41, a line supervisor at Halden\'s Plymouth plant, said she read it.', 'Bea Lund'), 'line supervisor at Halden\'s Plymouth plant');
  assert.equal(roleOf('Shop steward Gus Petrak said the line stopped.', 'Gus Petrak'), 'Shop steward');
  // Scientists and tradespeople of features and profiles.
  assert.equal(roleOf('Glaciologist Lena Reyes has spent twenty summers on the shelf.', 'Lena Reyes'), 'Glaciologist');
  assert.equal(roleOf('Cheesemaker Ada Quist opens at four.', 'Ada Quist'), 'Cheesemaker');
  // A common word is no name for being described: `Weaver, a nurse` needs the full name first.
  assert.deepEqual(names('Weaver, a nurse from the village, said she left.'), []);
  assert.deepEqual(names('He walked up and said: "Hi, Congressman. How are you?"'), []);
});

test('a known name stays a person at the start of a sentence, as a vocative or a modifier', () => {
  const text = 'The poet Frank Molnar reads tonight. "Frank, thank you," a fan told him. The Molnar reading sold out.';
  assert.deepEqual(names(text), ['Frank Molnar', 'Frank', 'Molnar']);
  // A reflexive pronoun after it: `Trump himself said`, where only a title named him before.
  assert.deepEqual(names('President Trump spoke first. Trump himself said it was sad.'), ['Trump', 'Trump']);
  // A speaker's label: `Trump: "No collusion."`
  assert.deepEqual(names('President Trump spoke first.\nTrump: "No collusion."'), ['Trump', 'Trump']);
});

test('after a title or a given name even a common word is part of the name', () => {
  assert.deepEqual(names('The poll was led by former Massachusetts Gov. Mitt Romney.'), ['Mitt Romney']);
  assert.deepEqual(names('She met Theresa May and Michael Bloomberg in London.'), ['Theresa May', 'Michael Bloomberg']);
  assert.deepEqual(names('Bloomberg reported the merger in May.'), []);
});

test('a title that is also a family name ends a name after a given name, and is the person alone later', () => {
  assert.deepEqual(names('Resident Dana Judge said she had warned them. "Nobody listened," Judge said.'), ['Dana Judge', 'Judge']);
  assert.deepEqual(names('The report was written by Lisa Sheriff and Ian Constable.'), ['Lisa Sheriff', 'Ian Constable']);
  // Before a name it stays a title.
  assert.deepEqual(names('Judge Amy Berman Jackson said the case would proceed.'), ['Amy Berman Jackson']);
});

test('party labels, descriptions and title-case headlines are not names', () => {
  assert.deepEqual(names('The bill from Sen. Ann Holloway (D-Mass.) passed.'), ['Ann Holloway']);
  assert.deepEqual(names('The Puerto Rican-born lawyer and the Tea Party-inspired group met.'), []);
  assert.deepEqual(names('Holloway Urges Senate To Pass Farm Bill Before Recess\n\nSen. Ann Holloway spoke.'), ['Holloway', 'Ann Holloway']);
  // A headline's short form of a party (`Intel Dem: …`) is no name either.
  assert.deepEqual(names('Top House Intel Dem: Pier Deal Not Signed\n\nRep. Ann Holloway spoke.'), ['Ann Holloway']);
});

test('places, organisations, outlets and dates are not people', () => {
  assert.deepEqual(names('Officials in Moscow and Washington met in Saudi Arabia on Monday in February.'), []);
  assert.deepEqual(names('TASS reported the news, Reuters said, and Izvestia confirmed it.'), []);
  // Broadcasters whose names are also given names: alone they are the broadcaster.
  assert.deepEqual(names("Tom Reed told Sky on Sunday, and on Sky's late show."), ['Tom Reed']);
  assert.deepEqual(names('The singer Sky Ferreira spoke.'), ['Sky Ferreira']);
  // Outlets named like people, by a particle or a word no given name before the outlet's word.
  assert.deepEqual(names("Al Jazeera's Resul Serdar, reporting from Istanbul, said talks went on."), ['Resul Serdar']);
  assert.deepEqual(names('According to Al Arabiya, Deutsche Welle and Le Monde, the writer remains in custody.'), []);
  assert.deepEqual(names('Al Gore met Megan Fox.'), ['Al Gore', 'Megan Fox']);
  assert.deepEqual(names('The Halvorsen Foundation gave prints to the museum.'), []);
  assert.deepEqual(names('Maccabi Tel Aviv beat Real Madrid at the Yad Eliyahu Arena.'), []);
  assert.deepEqual(names('The Kremlin said the Pentagon and NATO were wrong.'), []);
  assert.deepEqual(names('Washington Post editors met at Goldfield University.'), []);
  assert.deepEqual(names('She studied at the University of Sheffield and the Velvet Academy.'), []);
  // Storms are named like people, and a storm opening a line is still a storm.
  assert.deepEqual(names('Storm Ciara leaves trail of damage along the coast.'), []);
  assert.deepEqual(names('It was worse than Hurricane Katrina, the mayor said.'), []);
  assert.deepEqual(names('The actress Storm Reid spoke.'), ['Storm Reid']);
  // States and provinces of any country, and the person they stand before.
  assert.deepEqual(names('Farmers in Uttar Pradesh, Tamil Nadu and Jammu and Kashmir protested.'), []);
  assert.deepEqual(names('West Bengal CM Mamata Banerjee hit out at the Centre.'), ['Mamata Banerjee']);
});

test('businesses named like people are not people, and the people named after them are', () => {
  assert.deepEqual(names('Morgan Stanley said profits rose, and shares of Wells Fargo and Fannie Mae fell.'), []);
  assert.deepEqual(names('Walmart said on Tuesday that Siemens and Barclays had agreed.'), []);
  assert.deepEqual(names('Goldman Sachs Chief Economist Dana Hatzius and Morgan Stanley CEO Ted Pick spoke.'), ['Dana Hatzius', 'Ted Pick']);
  // An organisation's ending after a family name: `Ford Motor`, `Johnson Controls`.
  assert.deepEqual(names('Ford Motor said sales fell, and Johnson Controls said they rose.'), []);
  // A trade after a family name: a family firm, not a person (`Hale Timber`, `Okafor Logistics`).
  assert.deepEqual(names('Robert Hale, the founder of Hale Timber, said Okafor Logistics would pay.'), ['Robert Hale']);
  // Names joined by an ampersand, or a name with `'s` that speaks, are a business's.
  assert.deepEqual(names('Johnson & Johnson and Marks & Spencer said they would.'), []);
  assert.deepEqual(names("McDonald's said profits rose. The sale, Christie's announced, was a record."), []);
  assert.deepEqual(names('Volunteers handed out Tim Hortons coffee at the rally.'), []);
  // A person's `'s` before `said` is `has said`.
  assert.deepEqual(names("Dmitry Peskov's said it before."), ['Dmitry Peskov']);
});

test('honorifics and offices of other countries\' news: `Shri Amit Shah`, `Smt. Smriti Irani`, `AAP convenor`, `Taoiseach`', () => {
  assert.deepEqual(names('Shri Amit Shah and Smt. Smriti Irani attended. Later Shri Shah left.'), ['Amit Shah', 'Smriti Irani', 'Shah']);
  assert.equal(roleOf('AAP convenor Arvind Kejriwal spoke.', 'Arvind Kejriwal'), 'AAP convenor');
  assert.equal(roleOf('Opposition Leader Peter Dutton attacked the plan.', 'Peter Dutton'), 'Opposition Leader');
  // Ireland's offices are titles too.
  assert.deepEqual(names('Tánaiste Simon Harris met Taoiseach Micheál Martin.'), ['Simon Harris', 'Micheál Martin']);
});

test('a full personal name inside the name of an organisation or a place is a person; the rest is not', () => {
  const text = 'The Andy Warhol Foundation gave prints, and the Chiang Kai Shek Memorial Hall opened late.';
  const mentions = findMentions(text, story(text));
  assert.deepEqual(mentions.map((m) => m.text), ['Andy Warhol', 'Chiang Kai Shek']);
  assert.deepEqual(names('The shuttle went to the Steven F. Udvarosz Center, and the prints were given by the Nadia Okafor Photographic Legacy Program.'), [
    'Steven F. Udvarosz',
    'Nadia Okafor',
  ]);
  // A lone family name, a place or a common word there belongs to the name of the thing.
  assert.deepEqual(names('The flight left from Washington Dulles International Airport on time.'), []);
  assert.deepEqual(names('The shuttle will be shown at the Kennedy Space Center, paid for by the Ford Foundation.'), []);
  assert.deepEqual(names('Nadia Okafor Re-Elected House Speaker'), []);
  // Such a name teaches nothing: the family name alone elsewhere may be the thing's.
  assert.deepEqual(names('The Henry Okafor Foundation gave money, and Okafor staff cheered.'), ['Henry Okafor']);
  assert.deepEqual(names('Henry Okafor gave money, and Okafor staff cheered.'), ['Henry Okafor', 'Okafor']);
});

test('a lone name is a person when the text gives it a relative or an aide', () => {
  assert.deepEqual(names("Guests included Okonkwo's wife and Farrukh's national security adviser."), ['Okonkwo', 'Farrukh']);
  // A company's or a thing's staff is no such cue.
  assert.deepEqual(names("Velorix's lawyers and Velorix's new office opened."), []);
});

test('after a role and its comma, or after a role noun, a common word opens the name', () => {
  const text = 'The head of the alliance, Hoop Scheffer, spoke first.';
  assert.deepEqual(names(text), ['Hoop Scheffer']);
  assert.equal(roleOf(text, 'Hoop Scheffer'), 'head of the alliance');
  assert.deepEqual(names('Senior researcher Mu Lianhua said so.'), ['Mu Lianhua']);
  assert.deepEqual(names('Hoop Scheffer is a village.'), []);
});

test('a known family name that is an English word opens a sentence as its subject', () => {
  const known = 'Christopher Hill arrived on Monday. ';
  assert.deepEqual(names(`${known}Hill also said that he would stay.`), ['Christopher Hill', 'Hill']);
  assert.deepEqual(names(`${known}Hill signed the bill.`), ['Christopher Hill', 'Hill']);
  assert.deepEqual(names(`${known}Hill won the vote.`), ['Christopher Hill', 'Hill']);
  assert.deepEqual(names(`${known}Hill at the forum in May.`), ['Christopher Hill', 'Hill']);
  // An adverb of manner between the name and its verb, after a quote too.
  assert.deepEqual(names(`${known}"It is over," Hill reportedly told aides.`), ['Christopher Hill', 'Hill']);
  assert.deepEqual(names(`${known}Hill angrily left. Hill basically agreed.`), ['Christopher Hill', 'Hill', 'Hill']);
  // Before a noun the word is still a word, one that ends in -ly too.
  assert.deepEqual(names(`${known}Hill residents were glad.`), ['Christopher Hill']);
  assert.deepEqual(names(`${known}Hill family members were glad.`), ['Christopher Hill']);
  // A name the article only guessed from one word is not known well enough.
  assert.deepEqual(names('"Yes," said Brook. Brook also sang.'), ['Brook']);
});

test('a given name that is a word, opening a sentence, takes a rare word after it as the family name: `Bill Nelson`', () => {
  assert.deepEqual(names('Bill Nelson and Ana Vidal spoke.'), ['Bill Nelson', 'Ana Vidal']);
  // A common word after it does not: `Frank Rack got in touch`.
  assert.deepEqual(names('Frank Rack got in touch.'), []);
});

test('after several given names a common word is the family name', () => {
  assert.deepEqual(names('Good news for George Herbert Walker Bush: he is no longer alone.'), ['George Herbert Walker Bush']);
  assert.deepEqual(names('Her mother, Mary Ann Walker Cook, was a teacher.'), ['Mary Ann Walker Cook']);
});

test('a given name and a listed name, both English words, are a name alone mid-sentence or before a speech verb', () => {
  assert.deepEqual(names('The fund was started by Bill Gates in 2000.'), ['Bill Gates']);
  assert.deepEqual(names('Will Smith said the plan worked.'), ['Will Smith']);
  assert.deepEqual(names('Will Smith attend the party?'), []);
  assert.deepEqual(names('Aid from the British Red Cross and the Rose Garden speech helped.'), []);
  assert.deepEqual(names('They live in Rose Hill now.'), []);
});

test('a given name that is also a place and a common word are a name when an age follows between commas', () => {
  assert.deepEqual(names('Jordan Pike, 34, of Elmford, was charged with theft.'), ['Jordan Pike']);
  assert.deepEqual(names('Paris Stone, 27; Ben Ruddock, 30, were held.'), ['Paris Stone', 'Ben Ruddock']);
  assert.deepEqual(names('He flew to Jordan on May 3, 2024.'), []);
});

test('`Cllr`, the councillor\'s title as British papers shorten it, is a title and not part of the name', () => {
  const text = 'Councillor Rafe Osei left. "It is quiet," said Cllr Osei. Cllr. Nell Varga agreed.';
  assert.deepEqual(names(text), ['Rafe Osei', 'Osei', 'Nell Varga']);
  assert.equal(roleOf(text, 'Osei'), 'Cllr');
});

test('a word with a capital inside after a common word is a brand or an agency, not a name: `RiverWatch said`', () => {
  assert.deepEqual(names('RiverWatch said the flood had peaked. FairPort spokeswoman Ana Vidal agreed.'), ['Ana Vidal']);
  assert.deepEqual(names('McKay said so. MacLeod said so too. DeShawn Ruddock agreed.'), ['McKay', 'MacLeod', 'DeShawn Ruddock']);
});

test('a role beside the name is not taken from the next name\'s role', () => {
  const text = 'Ask Okonkwo, Okonkwo’s chief adviser Lena Marsh said.';
  assert.equal(roleOf(text, 'Lena Marsh'), 'Okonkwo’s chief adviser');
  const [first] = findMentions(text, story(text));
  assert.equal(first.text, 'Okonkwo');
  assert.equal(first.role, undefined);
});

test('titles alone and sentence-initial words are not people', () => {
  assert.deepEqual(names('The President said the Minister would resign.'), []);
  assert.deepEqual(names('Rare earths are metals. Several Americans agreed. However, Prices rose.'), []);
  assert.deepEqual(names('Hurricane Delphine made landfall near Fort Casey.'), []);
});

test('only story paragraphs are read', () => {
  const text = 'Related: Vladimir Putin meets Kim Jong Un\n\nThe envoy Kirill Dmitriev arrived.\n\nComments: Donald Trump is great';
  const paragraph = text.indexOf('The envoy');
  const mentions = findMentions(text, story(text, [{ start: paragraph, end: paragraph + 'The envoy Kirill Dmitriev arrived.'.length }]));
  assert.deepEqual(
    mentions.map((m) => m.text),
    ['Kirill Dmitriev'],
  );
});

test('mentions come in text order with UTF-16 offsets', () => {
  const text = '🚀 Launch: Maria Sokolova thanked Ahmed Haddad and Sokolova waved.';
  const mentions = findMentions(text, story(text));
  assert.deepEqual(mentions.map((m) => m.text), ['Maria Sokolova', 'Ahmed Haddad', 'Sokolova']);
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
  assert.ok(mentions.every((m, i) => i === 0 || mentions[i - 1].end <= m.start));
});

test('roles written before the name', () => {
  assert.equal(roleOf('Kremlin spokesman Dmitry Peskov said so.', 'Dmitry Peskov'), 'Kremlin spokesman');
  assert.equal(roleOf('It was backed by former U.S. President Donald Trump.', 'Donald Trump'), 'former U.S. President');
  assert.equal(roleOf('It was backed by Ukrainian Minister Olha Stefanishyna.', 'Olha Stefanishyna'), 'Ukrainian Minister');
  assert.equal(roleOf('Then Russian President Putin spoke.', 'Putin'), 'Russian President');
  assert.equal(roleOf('"No," spokesman Dmitry Peskov said.', 'Dmitry Peskov'), 'spokesman');
  assert.equal(
    roleOf('Speaking in Moscow, Press Secretary to the Russian President Dmitry Peskov said so.', 'Dmitry Peskov'),
    'Press Secretary to the Russian President',
  );
  assert.equal(roleOf('A bill from Sen. Harry Reid stalled.', 'Harry Reid'), 'Sen.');
  assert.equal(roleOf('He met Secretary of State Ines Calloway on Friday.', 'Ines Calloway'), 'Secretary of State');
  assert.equal(roleOf('Later Mr. Steele apologised.', 'Steele'), undefined);
  // A common noun before the role noun makes one role with it; a verb before it does not.
  assert.equal(roleOf('"We came," team member Rana Okafor told the press.', 'Rana Okafor'), 'team member');
  assert.equal(roleOf('He met budget director Ines Calloway.', 'Ines Calloway'), 'budget director');
  assert.equal(roleOf('He praised coach Ines Calloway.', 'Ines Calloway'), 'coach');
  // `and` between capitalised words of the role; not after a name, nor before a title.
  assert.equal(roleOf('It was backed by Ways and Means Committee Chairman Richard Neal.', 'Richard Neal'), 'Ways and Means Committee Chairman');
  assert.equal(roleOf('It was backed by former Housing and Urban Development Secretary Julian Castro.', 'Julian Castro'), 'former Housing and Urban Development Secretary');
  assert.equal(roleOf('It was backed by David Long and House Speaker Brian Bosma.', 'Brian Bosma'), 'House Speaker');
  assert.equal(roleOf('It was backed by Ted Cruz and Kentucky Sen. Rand Paul.', 'Rand Paul'), 'Kentucky Sen.');
  assert.equal(roleOf('It was backed by Smith and Foreign Minister Tom Hale.', 'Tom Hale'), 'Foreign Minister');
  // Opening the sentence too, the department's words before `and` are the role's; people there are another party.
  assert.equal(roleOf('Oceans and Fisheries Minister Park Ji Hoon did not comment.', 'Park Ji Hoon'), 'Oceans and Fisheries Minister');
  assert.equal(roleOf('Teachers and Education Minister Tom Hale met on Sunday.', 'Tom Hale'), 'Education Minister');
  assert.equal(roleOf('Officials and Interior Minister Tom Hale met on Sunday.', 'Tom Hale'), 'Interior Minister');
  assert.equal(roleOf('He met Officials and Interior Minister Tom Hale.', 'Tom Hale'), 'Interior Minister');
  // Two such nouns make one role with the role noun too.
  assert.equal(roleOf('Ferry union leader Marek Kowalczyk said crews were ready.', 'Marek Kowalczyk'), 'Ferry union leader');
  assert.equal(roleOf('He met city council member Tom Hale.', 'Tom Hale'), 'city council member');
  // Opening the sentence, the noun is capitalised; so is a place that opens the role.
  assert.equal(roleOf('The aide left. White House Communications Director Ana Vidal said so.', 'Ana Vidal'), 'White House Communications Director');
  assert.equal(roleOf('Fire chief Tom Hale said so.', 'Tom Hale'), 'Fire chief');
  assert.equal(roleOf('Dam safety chief Ana Vidal said so. Tax lawyer Tom Hale agreed.', 'Ana Vidal'), 'Dam safety chief');
  assert.equal(roleOf('Dam safety chief Ana Vidal said so. Tax lawyer Tom Hale agreed.', 'Tom Hale'), 'Tax lawyer');
  assert.equal(roleOf('The pier opened. Police chief Tom Hale said so.', 'Tom Hale'), 'Police chief');
  // Portfolios of British politics, opening a sentence or not.
  assert.equal(roleOf('Shadow housing secretary Priya Nandakumar called it a charter.', 'Priya Nandakumar'), 'Shadow housing secretary');
  assert.equal(roleOf('It was opposed by policing minister Tom Hale.', 'Tom Hale'), 'policing minister');
  // `Pro Tem` belongs to the title, not to the name after it.
  assert.equal(roleOf('State Senate President Pro Tem Dale Long said so.', 'Dale Long'), 'State Senate President Pro Tem');
  // The institution the office is of, named before it or after `of`, opening the sentence or not.
  assert.equal(roleOf('Bank of Lindmark Governor Ana Vidal said rates would fall.', 'Ana Vidal'), 'Bank of Lindmark Governor');
  assert.equal(roleOf('Yesterday Bank of Lindmark governor Ana Vidal spoke.', 'Ana Vidal'), 'Bank of Lindmark governor');
  // A chamber, an exchange, a tribunal is such an institution: `Commerce head` was the role.
  assert.equal(roleOf('Chamber of Commerce head Ana Vidal said so.', 'Ana Vidal'), 'Chamber of Commerce head');
  assert.equal(roleOf('Shops shut. Ardmore Stock Exchange chief executive Tom Hale spoke.', 'Tom Hale'), 'Ardmore Stock Exchange chief executive');
  assert.equal(roleOf('He met University of Sydney Professor Tom Hale.', 'Tom Hale'), 'University of Sydney Professor');
  assert.equal(roleOf('World Bank President Tom Hale said so.', 'Tom Hale'), 'World Bank President');
  assert.equal(roleOf('Police Commissioner Karen Webb said so.', 'Karen Webb'), 'Police Commissioner');
  // A title's complement between the title and the name.
  assert.equal(roleOf('Chancellor of the Exchequer Rachel Reeves said so.', 'Rachel Reeves'), 'Chancellor of the Exchequer');
  assert.equal(roleOf('He met Minister of Foreign Affairs Oleg Fedin.', 'Oleg Fedin'), 'Minister of Foreign Affairs');
  // … a complement that opens with a word no dictionary knows, which could start a name.
  assert.equal(roleOf('Xinhua quoted Special Envoy for Eurasian Affairs Li Hui as saying so.', 'Li Hui'), 'Special Envoy for Eurasian Affairs');
  // A word of the title opening the sentence: `Supreme` is part of it, not the sentence's.
  assert.equal(roleOf('Supreme Leader Ali Karimi said so.', 'Ali Karimi'), 'Supreme Leader');
});

test('a generational suffix is part of the name, and its role comes after it', () => {
  const text = 'Walter Briggs Jr., the port director, praised his late father, Walter Briggs. Briggs Jr. spoke first. King Edgar III came.';
  assert.deepEqual(names(text), ['Walter Briggs Jr.', 'Walter Briggs', 'Briggs Jr.', 'Edgar III']);
  assert.equal(roleOf(text, 'Walter Briggs Jr.'), 'port director');
  // A family name that is a word opens a sentence as its subject past the suffix.
  assert.deepEqual(names('Donald Trump Jr. came. Trump Jr. spoke.'), ['Donald Trump Jr.', 'Trump Jr.']);
  // A regnal number is one too, and so is `X`; `Xi` is a family name.
  assert.deepEqual(names('Pope Leo XIV said so. King Louis XVIII came. Lil Nas X sang. President Xi spoke.'), ['Leo XIV', 'Louis XVIII', 'Lil Nas X', 'Xi']);
});

test('a capitalised role noun before a name stands as a title does: `NASA Administrator Bill Nelson`', () => {
  assert.deepEqual(names('NASA Administrator Bill Nelson spoke.'), ['Bill Nelson']);
  assert.equal(roleOf('NASA Administrator Bill Nelson spoke.', 'Bill Nelson'), 'NASA Administrator');
  assert.equal(roleOf('Head Coach Mark Grant said so.', 'Mark Grant'), 'Head Coach');
  assert.equal(roleOf('After the leak, CEO of the Refugee Council Ana Vidal spoke.', 'Ana Vidal'), 'CEO of the Refugee Council');
  // Not where no word of what follows looks like a name, nor on a headline's title-case line.
  assert.deepEqual(names('She shops at the Coach Outlet on Main Street.'), []);
  assert.equal(roleOf('Aide Quits After Mocking Hale’s Daughters, Sasha and Malia\nSasha Hale is ten.', 'Sasha'), undefined);
});

test('after `Bank of`, `University of`: the institution, then a title and its holder', () => {
  assert.deepEqual(names('Bank of Lindmark Governor Ana Vidal said rates would fall.'), ['Ana Vidal']);
  assert.deepEqual(names('Rates rose, University of Sheffield Professor Tom Hale said.'), ['Tom Hale']);
  assert.deepEqual(names('He studied at the University of Sheffield Medical School.'), []);
});

test('`Another evacuee, X,` and `One witness, X,` count the people of a kind: the role is the kind', () => {
  assert.equal(roleOf('Another evacuee, Tom Hale, 62, said the road was shut.', 'Tom Hale'), 'evacuee');
  assert.equal(roleOf('One witness, Ana Vidal, said she saw smoke.', 'Ana Vidal'), 'witness');
});

test('roles written beside the name between commas', () => {
  // A phrase after a preposition and a name its sentence goes on from are a clause and its subject.
  assert.equal(roleOf('After trying to speak with his mother, Tom Hale was put through to a lawyer.', 'Tom Hale'), undefined);
  assert.equal(roleOf('It was delivered to the majority leader, Tom Hale of Nevada, on Monday.', 'Tom Hale'), 'majority leader');
  assert.equal(roleOf('A statement by a spokesman for the special counsel, Tom Hale III, challenged it.', 'Tom Hale III'), 'special counsel');
  // `and` inside a capitalised name does not end the role, nor a firm's `&`.
  assert.equal(roleOf('Tom Hale, a member of the House Ways and Means Committee, voted for it.', 'Tom Hale'), 'member of the House Ways and Means Committee');
  assert.equal(roleOf('"Costs are up," said Tom Hale, senior portfolio manager at Whitcombe & Pryor.', 'Tom Hale'), 'senior portfolio manager at Whitcombe & Pryor');
  assert.equal(roleOf('Tom Hale, a partner at Lund & Co, said the deal was fair.', 'Tom Hale'), 'partner at Lund & Co');
  // A firm's `Co.` keeps its full stop where the sentence ends on it.
  assert.equal(roleOf('The strike costs $90 million a week, according to Tom Hale, an auto analyst at Lund & Co.', 'Tom Hale'), 'auto analyst at Lund & Co.');
  // A word no list knows as a modifier, before a role noun, opens the role as `a` would.
  assert.equal(roleOf('Tom Hale, diplomatic adviser to the Harbour Board, wrote that talks were over.', 'Tom Hale'), 'diplomatic adviser to the Harbour Board');
  // Who said it, between commas, is not who the person is.
  assert.equal(roleOf('Mr. Tom Hale, officials said, acted on his own.', 'Tom Hale'), undefined);
  assert.equal(roleOf('Tom Hale, administration officials said, acted alone.', 'Tom Hale'), undefined);
  assert.equal(
    roleOf('Dmitry Peskov, the Press Secretary of the President of Russia, said the deal was near.', 'Dmitry Peskov'),
    'Press Secretary of the President of Russia',
  );
  assert.equal(
    roleOf("Putin's investment envoy, Kirill Dmitriev, told reporters that talks began.", 'Kirill Dmitriev'),
    "Putin's investment envoy",
  );
  assert.equal(
    roleOf('Talks have begun, said the head of the country’s sovereign wealth fund, Kirill Dmitriev.', 'Kirill Dmitriev'),
    'head of the country’s sovereign wealth fund',
  );
  assert.equal(roleOf('Donald Trump, Vladimir Putin and Xi Jinping met.', 'Vladimir Putin'), undefined);
  assert.equal(roleOf("The paper's editor in chief, Lena Marsh, resigned.", 'Lena Marsh'), "paper's editor in chief");
  assert.equal(roleOf('He is facing a primary challenger, Lena Marsh, in March.', 'Lena Marsh'), 'primary challenger');
  // What heads no role before `of` is not the role.
  assert.equal(roleOf('In the words of the Crown prosecutor, Lena Marsh, the case was plain.', 'Lena Marsh'), 'Crown prosecutor');
  assert.equal(roleOf('Talks began, said the daughter of the late senator, Lena Marsh.', 'Lena Marsh'), 'daughter of the late senator');
});

test('an office held when the person acted is kept with the `As` that dates it; `when she was mayor,` gives no role', () => {
  assert.equal(roleOf('As mayor, Lena Marsh signed the harbour deal.', 'Lena Marsh'), 'As mayor');
  assert.equal(roleOf('But as harbour commissioner, Lena Marsh signed it.', 'Lena Marsh'), 'as harbour commissioner');
  assert.equal(roleOf('When she was mayor, Lena Marsh signed the harbour deal.', 'Lena Marsh'), undefined);
  assert.equal(roleOf('After he became governor, Lena Marsh signed it.', 'Lena Marsh'), undefined);
  assert.equal(roleOf('Leaders such as the mayor, Lena Marsh, spoke.', 'Lena Marsh'), 'mayor');
});

test('a role after the name past an aside in brackets or an age, and before where the person is from', () => {
  assert.equal(roleOf('Ana Vidal (pictured), chief executive of Harbour Ferries, said fares would rise.', 'Ana Vidal'), 'chief executive of Harbour Ferries');
  assert.equal(roleOf('Sara Quinn, 45, a teacher, said she was angry.', 'Sara Quinn'), 'teacher');
  assert.equal(roleOf('Sara Quinn, 45, a teacher from Leeds, said she was angry.', 'Sara Quinn'), 'teacher');
  assert.equal(roleOf('Tom Hale, a lawyer in New South Wales, said so.', 'Tom Hale'), 'lawyer');
  assert.equal(roleOf('Tom Hale, a lawyer in the city, said so.', 'Tom Hale'), 'lawyer');
  // An age alone, or a place alone, is no role.
  assert.equal(roleOf('Raj Patel, 34, of Birmingham, was arrested.', 'Raj Patel'), undefined);
  assert.equal(roleOf('Raj Patel, 34, from Birmingham, was arrested.', 'Raj Patel'), undefined);
  assert.equal(roleOf('Ade Bello, MD, PhD, professor of neurology at Carrow, said so.', 'Ade Bello'), 'professor of neurology at Carrow');
});

test('an unknown word after a speech verb is its speaker, unless a name before the verb is', () => {
  assert.deepEqual(names('"We will see," said Quarrington.'), ['Quarrington']);
  assert.deepEqual(names('Mayor Ann Fell said Wednedsay that she would stay. On Wednedsay she left.'), ['Ann Fell']);
});

test('a given name no list knows, before a family name a list or the story knows, is a full name', () => {
  assert.deepEqual(names('Later, Jeb Smith said he had misunderstood.'), ['Jeb Smith']);
  // `Fell` is a word and in no list of names, but the story's full name made it a family name.
  assert.deepEqual(names('Mayor Ann Fell spoke. Later, Jeb Fell said he had misunderstood.'), ['Ann Fell', 'Jeb Fell']);
  // A word is no given name: `Snow Fell` is no one.
  assert.ok(!names('Mayor Ann Fell spoke. Later, Snow Fell on the town.').includes('Snow Fell'));
});

test('a listed given name that is also a word, before a family name a full name of the story gave, is a full name', () => {
  assert.deepEqual(names('Mark Tiller and his wife, Joan Tiller, appeared in court.'), ['Mark Tiller', 'Joan Tiller']);
  assert.deepEqual(names('Joan Tiller and her husband, Mark Tiller, appeared in court.'), ['Joan Tiller', 'Mark Tiller']);
  // An auxiliary opening a question is no given name: `Will Tiller`.
  assert.deepEqual(names('Mayor Joan Tiller spoke. Will Tiller resign?'), ['Joan Tiller']);
});

test('a nationality that is also a given name opens a name where a title, a role or a speech verb says one is there', () => {
  assert.deepEqual(names('Energy Minister German Galushchenko spoke.'), ['German Galushchenko']);
  assert.deepEqual(names('German Galushchenko, the energy minister, spoke.'), ['German Galushchenko']);
  assert.deepEqual(names('German Galushchenko said it would hold.'), ['German Galushchenko']);
  assert.deepEqual(names('The German Bundestag voted. Officials at the German Bundesbank said it would hold.'), []);
});

test('a name reads on across the end of an editor\'s insertion, unless the insertion ends in a role', () => {
  const text = 'It was "an insult from [special counsel Rob] Dunmore," and (Libyan ruler Omar) al-Haddad agreed. [Former museum CEO] Ada Quist, [Ana R.] Vidal and [Luz M.R.] Ortega did not.';
  assert.deepEqual(names(text), ['Rob] Dunmore', 'Omar) al-Haddad', 'Ada Quist', 'Ana R.] Vidal', 'Luz M.R.] Ortega']);
  assert.equal(roleOf(text, 'Rob] Dunmore'), 'special counsel');
});

test('a role is the office, not the words around it: praise in a quoted voice, what comes before a possessive, a verb', () => {
  assert.equal(roleOf('"I am pleased that our very talented Deputy Secretary of Defense, Lena Marsh, will stay."', 'Lena Marsh'), 'Deputy Secretary of Defense');
  assert.equal(roleOf('He settled a sexual harassment lawsuit his former communications director, Lena Marsh, had filed.', 'Lena Marsh'), 'his former communications director');
  assert.equal(roleOf('During his hearing to become attorney general, Lena Marsh was asked about it.', 'Lena Marsh'), 'attorney general');
  assert.equal(roleOf('Yesterday its chief press officer, Lena Marsh, quit.', 'Lena Marsh'), 'its chief press officer');
  // What opens the sentence before the role is not the role's.
  assert.equal(roleOf("Yesterday Harbour Post's editor, Lena Marsh, quit.", 'Lena Marsh'), "Harbour Post's editor");
  assert.equal(roleOf("Meanwhile the port's owner, Lena Marsh, agreed.", 'Lena Marsh'), "port's owner");
});

test('a company\'s officers: `Chief operating officer`, `chief information officer`', () => {
  assert.equal(roleOf('Chief operating officer Raj Patel said so.', 'Raj Patel'), 'Chief operating officer');
  assert.equal(roleOf('He met chief information officer Raj Patel.', 'Raj Patel'), 'chief information officer');
  assert.equal(roleOf('He met the chief marketing officer, Raj Patel.', 'Raj Patel'), 'chief marketing officer');
});

test('a doctor\'s or professor\'s title is no office: the office beside it is the role', () => {
  assert.equal(roleOf('Chief medical officer Dr Eve Tan said so.', 'Eve Tan'), 'Chief medical officer');
  assert.equal(roleOf('Health minister Dr. Fay Orr said so.', 'Fay Orr'), 'Health minister');
  assert.equal(roleOf("The party's leader, Prof Gil Ho, said so.", 'Gil Ho'), "party's leader");
  // With no office beside it, the title is all the text says of them.
  assert.equal(roleOf('Dr Hal Ames said so.', 'Hal Ames'), 'Dr');
});

test('a role between commas before an honorific or a title is the role: `The Governor of Lagos State, Mr X,`', () => {
  assert.equal(roleOf('The Governor of Lagos State, Mr Tunde Bello, ordered it.', 'Tunde Bello'), 'Governor of Lagos State');
  assert.equal(roleOf('A trader, Mrs Ada Okoro, lost her goods.', 'Ada Okoro'), 'trader');
  assert.equal(roleOf('The Finance Minister, Smt. Meena Iyer, spoke.', 'Meena Iyer'), 'Finance Minister');
  // `Hon.` is a style of address, not an office; `Engr.` an engineer's title, like `Dr`.
  assert.equal(roleOf('The member representing Ikeja Constituency I, Hon. Musa Ade, objected.', 'Musa Ade'), 'member representing Ikeja Constituency I');
  assert.equal(roleOf('Hon. Musa Ade objected.', 'Musa Ade'), undefined);
  assert.equal(roleOf('The Commissioner for Works and Housing, Engr. Femi Ojo, spoke.', 'Femi Ojo'), 'Commissioner for Works and Housing');
  assert.equal(roleOf('Engr. Femi Ojo spoke.', 'Femi Ojo'), 'Engr.');
  // What a title is of, with `for`, is the role's: not so after a lowercase role (`a spokesman for the special counsel, X` is the counsel).
  assert.equal(roleOf('The Minister for Health, Ana Reyes, spoke.', 'Ana Reyes'), 'Minister for Health');
  // A clause before the comma is no role: a participle after a conjunction, a phrase after a preposition the sentence goes on from.
  assert.equal(roleOf('After meeting President Ana Vidal of Ruritania, Tom Hale left.', 'Tom Hale'), undefined);
  assert.equal(roleOf('After talks with President Ana Vidal of Ruritania, Mr. Tom Hale on Monday left.', 'Tom Hale'), undefined);
});

test('Malaysian honorifics are no part of the name and stand between a role and it: `Defence Minister Datuk Seri X`', () => {
  const text = 'Defence Minister Datuk Seri Amir Rahman Yusof said so. Datuk Seri Panglima Hajiji Noor agreed, and the Prime Minister, Datuk Seri Anwar Salleh, spoke.';
  assert.deepEqual(names(text), ['Amir Rahman Yusof', 'Hajiji Noor', 'Anwar Salleh']);
  assert.equal(roleOf(text, 'Amir Rahman Yusof'), 'Defence Minister');
  assert.equal(roleOf(text, 'Anwar Salleh'), 'Prime Minister');
  // The palace in Manila speaks as the Kremlin does: it is no person.
  assert.deepEqual(names('Malacañang said the deal was signed.'), []);
});

test('a cleric\'s or sheikh\'s title ends no role and gives way to the office beside the name, as a doctor\'s does', () => {
  assert.equal(roleOf('Sheikh Tamim Al Thani, the Emir of Qatar, pledged money.', 'Tamim Al Thani'), 'Emir of Qatar');
  assert.equal(roleOf("Iran's Supreme Leader Ayatollah Ali Khamenei spoke.", 'Ali Khamenei'), "Iran's Supreme Leader");
  assert.equal(roleOf('Rabbi Ann Hale spoke.', 'Ann Hale'), 'Rabbi');
});

test('nouns before a role after a preposition are the role\'s: `the words of union leader X`', () => {
  assert.equal(roleOf('Those were the words of union leader Mick Dawson today.', 'Mick Dawson'), 'union leader');
  assert.equal(roleOf('It was approved by city council member Ann Hale.', 'Ann Hale'), 'city council member');
  assert.equal(roleOf('She met with union leader Mick Dawson.', 'Mick Dawson'), 'union leader');
});

test('nouns before a role after the name of a body are the role\'s: `River Agency flood duty manager X`', () => {
  assert.equal(roleOf('River Agency flood duty manager Gavin Rusk warned of more rain.', 'Gavin Rusk'), 'River Agency flood duty manager');
  assert.equal(roleOf('Harbour Trust fleet manager Ann Hale said so.', 'Ann Hale'), 'Harbour Trust fleet manager');
  // A day before them names no body.
  assert.equal(roleOf('On Tuesday union leader Mick Dawson said so.', 'Mick Dawson'), 'leader');
});

test('two roles one person holds, joined by `and`, are one role; two people\'s roles in a list stay apart', () => {
  assert.equal(roleOf('Its founder and chief executive Nell Varga resigned.', 'Nell Varga'), 'founder and chief executive');
  assert.equal(roleOf('Tunbury Mills chairman and CEO Nell Varga resigned.', 'Nell Varga'), 'Tunbury Mills chairman and CEO');
  assert.equal(roleOf('The mill\'s star, the singer-songwriter and actor Rafe Osei, said so.', 'Rafe Osei'), 'singer-songwriter and actor');
  assert.equal(roleOf('Nell Varga, founder and chief executive of the mill, said so.', 'Nell Varga'), 'founder and chief executive of the mill');
  // What follows the second role is no part of it: the first still holds.
  assert.equal(roleOf('Rafe, the rapper and actor born Rafe Osei, posted.', 'Rafe'), 'rapper');
  const mayor = 'Mayor Nell Varga and Councillor Rafe Osei met the president and Prime Minister Ivo Brandt.';
  assert.deepEqual([roleOf(mayor, 'Nell Varga'), roleOf(mayor, 'Rafe Osei'), roleOf(mayor, 'Ivo Brandt')], ['Mayor', 'Councillor', 'Prime Minister']);
  assert.equal(roleOf('She came with her husband and son Rafe Osei.', 'Rafe Osei'), 'son');
  assert.equal(roleOf('Nell Varga, a teacher and mother of three, said so.', 'Nell Varga'), 'teacher');
  assert.equal(roleOf('Former Tunbury mayor and regional assemblyman Rafe Osei died.', 'Rafe Osei'), 'Former Tunbury mayor and regional assemblyman');
});

test('a noun that only ends like an adverb makes one role with the role noun after it: `assembly member`', () => {
  assert.equal(roleOf('Later, assembly member Rafe Osei spoke.', 'Rafe Osei'), 'assembly member');
  assert.equal(roleOf('Later, family member Rafe Osei spoke.', 'Rafe Osei'), 'family member');
  assert.equal(roleOf('They quietly backed member Rafe Osei.', 'Rafe Osei'), 'member');
});

test('a speaker is a role: `Assembly speaker X`, `keynote speaker X`', () => {
  assert.equal(roleOf('Assembly speaker Rafe Osei paid tribute.', 'Rafe Osei'), 'Assembly speaker');
  assert.equal(roleOf('The keynote speaker Rafe Osei was late.', 'Rafe Osei'), 'keynote speaker');
  assert.equal(roleOf('Nell Varga, a speaker at the rally, said so.', 'Nell Varga'), 'speaker at the rally');
});

test('a compass point opening the sentence opens the role before a capitalised word: `North Korean leader`', () => {
  assert.equal(roleOf('North Korean leader Kim Jong Un was not invited.', 'Kim Jong Un'), 'North Korean leader');
  assert.equal(roleOf('South African President Cyril Ramaphosa spoke.', 'Cyril Ramaphosa'), 'South African President');
  assert.equal(roleOf('North of the border, Ann Hale spoke.', 'Ann Hale'), undefined);
});

test('a department before an office is part of the role: `Elections director`, `Emergency management chief`', () => {
  assert.equal(roleOf('Elections director Ana Vidal said turnout was high.', 'Ana Vidal'), 'Elections director');
  assert.equal(roleOf('Then county elections director Ana Vidal said so.', 'Ana Vidal'), 'county elections director');
  assert.equal(roleOf('Emergency management chief Tom Hale said so.', 'Tom Hale'), 'Emergency management chief');
  assert.equal(roleOf('Sports minister Tom Hale said so.', 'Tom Hale'), 'Sports minister');
  // A country's name before a portfolio is part of the role, not a speaker of its own.
  assert.deepEqual(names('"We agreed," said Norland fisheries minister Ana Vidal.'), ['Ana Vidal']);
  assert.deepEqual(names('"We agreed," said Norland health minister Ana Vidal.'), ['Ana Vidal']);
  assert.equal(roleOf('"We agreed," said Norland fisheries minister Ana Vidal.', 'Ana Vidal'), 'Norland fisheries minister');
});

test('a title before an honorific is the role: `Prime Minister Sir Keir Starmer`; a verb before one is not', () => {
  assert.equal(roleOf('He met Prime Minister Sir Tom Hale on Tuesday.', 'Tom Hale'), 'Prime Minister');
  assert.equal(roleOf('Police Commissioner Dame Ana Vidal said so.', 'Ana Vidal'), 'Police Commissioner');
  assert.equal(roleOf('Allies rushed to champion Mr. Tom Hale on Monday.', 'Tom Hale'), undefined);
  assert.equal(roleOf('After meeting President Ana Vidal of Ruritania, Mr. Tom Hale left.', 'Tom Hale'), undefined);
});

test('a role a noun ends before an honorific is the role (`Labour leader Sir Keir Starmer`); a peer\'s title is no part of it', () => {
  assert.equal(roleOf('He met Labour leader Sir Tom Hale on Tuesday.', 'Tom Hale'), 'Labour leader');
  assert.equal(roleOf('The UN envoy Dame Ana Vidal said so.', 'Ana Vidal'), 'UN envoy');
  assert.equal(roleOf('Former chancellor Lord Tom Hale said so.', 'Tom Hale'), 'Former chancellor');
  assert.equal(roleOf('Tory peer Baroness Ana Vidal said so.', 'Ana Vidal'), 'Tory peer');
  assert.equal(roleOf('Baroness Ana Vidal, a Labour peer, said so.', 'Ana Vidal'), 'Labour peer');
});

test('any text: mentions lie inside story paragraphs, in order, and spell the text they cover', () => {
  const pieces = fc.constantFrom('Mr.', 'Sen.', 'President', 'Anna', 'Lindqvist', 'von', 'der', 'de', "O'Neill", 'Peskov’s',
    'the', 'said', ',', '.', '\n', '\n\n', ' ', 'J.', 'U.S.', 'Moscow', 'Foundation', '“', '”', 'spokesman', 'Zhichao', 'Gong', 'é', '😀');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 60 }), fc.nat(), (parts, cut) => {
      const text = parts.join(' ');
      const at = text.length === 0 ? 0 : cut % text.length;
      const paragraphs = [{ start: at, end: text.length }];
      const mentions = findMentions(text, story(text, paragraphs));
      let previousEnd = 0;
      for (const m of mentions) {
        assert.ok(m.start >= at && m.end <= text.length && m.start < m.end);
        assert.ok(m.start >= previousEnd);
        assert.equal(text.slice(m.start, m.end), m.text);
        previousEnd = m.end;
      }
    }),
    { numRuns: 300 },
  );
});

test('tokens end where the Unicode regex the tokenizer stands for ends them, in any text', () => {
  const token = /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=[\])]?\s+[\p{Lu}\p{Lt}])|[\p{L}\p{M}\p{N}]+(?:[-‐'’][\p{L}\p{M}\p{N}]+)*|\S/uy;
  const piece = fc.constantFrom('A', 'W.', 'U.S.', 'e', 'é', 'e\u0301', 'ǅ', '𝐀', '𝐚.', '\ud835', '\udc00', '-', '‐', "'", '’', ' ', '\n', '\u00a0', '.', '7', 'Mr', ',', ']', ')');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
      const text = pieces.join('');
      for (let at = 0; at < text.length; ) {
        if (/\s/.test(text[at])) {
          at++;
          continue;
        }
        token.lastIndex = at;
        const end = at + token.exec(text)![0].length;
        assert.equal(tokenEnd(text, at), end, `${JSON.stringify(text)} at ${at}`);
        at = end;
      }
    }),
    { numRuns: 3000 },
  );
});

test('a name right before a noun for a place, a group or a thing is that thing', () => {
  assert.deepEqual(names('Vigils were held a year after the Rosie Creek school shooting.'), []);
  assert.deepEqual(names('Pilots flew the Molly Dawn bomber over the bay.'), []);
  // A space mission's, a lander's, a telescope's: `the Apollo Moon landing`, `the Webb telescope`.
  assert.deepEqual(names('Crowds watched the Vesta Moon landing, and the Lindqvist telescope saw it.'), []);
  // A given name with a family name no list knows is a person's even there.
  assert.deepEqual(names('Parents praised the Dorothy Kwiatkowski school fund.'), ['Dorothy Kwiatkowski']);
});

test('a given name before a role noun and a name is the club or the place the role is of: `Chelsea boss Enzo Maresca`', () => {
  const text = 'Chelsea boss Enzo Maresca was furious, he said.';
  assert.deepEqual(names(text), ['Enzo Maresca']);
  assert.equal(roleOf(text, 'Enzo Maresca'), 'Chelsea boss');
});

test('capitalised words before a title name its town or body, and belong to the role: `Millbrook Police Chief Dana Whitfield`', () => {
  const chief = 'Millbrook Police Chief Dana Whitfield said the suspect fled.';
  assert.deepEqual(names(chief), ['Dana Whitfield']);
  assert.equal(roleOf(chief, 'Dana Whitfield'), 'Millbrook Police Chief');
  assert.deepEqual(names('Millbrook Mayor Dana Whitfield said so.'), ['Dana Whitfield']);
  // A common word opening the sentence opens the role when a capitalised word follows it …
  assert.equal(roleOf('Pine Hollow Mayor Dale Brunswick said the town was broke.', 'Dale Brunswick'), 'Pine Hollow Mayor');
  assert.equal(roleOf('Senate Minority Leader Tom Hale said no.', 'Tom Hale'), 'Senate Minority Leader');
  // … or names the body's members in the plural, where a plural subject would need a verb (not `Thanks Mayor X`).
  assert.equal(roleOf('Teamsters General President Tom Hale said no.', 'Tom Hale'), 'Teamsters General President');
  assert.equal(roleOf('Thanks Mayor Tom Hale for the help.', 'Tom Hale'), 'Mayor');
  // … unless it is a function word.
  assert.equal(roleOf('When Senate Majority Leader Tom Hale spoke, nobody listened.', 'Tom Hale'), 'Senate Majority Leader');
  // … or a name the article writes with capitals inside a sentence too.
  assert.equal(roleOf('Talks with Green Dawn failed. Green Dawn leader Ada Crane said no.', 'Ada Crane'), 'Green Dawn leader');
  assert.equal(roleOf('Great Plains Haulage CEO Ada Okonkwo said no. Workers at Great Plains Haulage cheered.', 'Ada Okonkwo'), 'Great Plains Haulage CEO');
  assert.equal(roleOf('Great Plains Haulage CEO Ada Okonkwo said no.', 'Ada Okonkwo'), 'Plains Haulage CEO');
  // A firm named by a common word, written with a capital inside a sentence, is the officer's too.
  assert.equal(roleOf('Shares of Kestrel fell. Kestrel CEO Ada Okonkwo said no.', 'Ada Okonkwo'), 'Kestrel CEO');
  assert.equal(roleOf('Shares of Kestrel fell. Kestrel chief executive Ada Okonkwo said no.', 'Ada Okonkwo'), 'Kestrel chief executive');
  assert.equal(roleOf('Kestrel chief executive Ada Okonkwo said no.', 'Ada Okonkwo'), 'chief executive');
  assert.equal(roleOf('He read The Ledger. The chief executive Ada Okonkwo said no.', 'Ada Okonkwo'), 'chief executive');
  // A firm's `Inc.` or `Corp.` goes on to its officer's title; a full stop before the name ends a sentence.
  assert.equal(roleOf('Kelvar Inc. Chief Executive Officer Ada Okonkwo said no.', 'Ada Okonkwo'), 'Kelvar Inc. Chief Executive Officer');
  assert.equal(roleOf('Shares rose after Kelvar Corp. CEO Ada Okonkwo said no.', 'Ada Okonkwo'), 'Kelvar Corp. CEO');
  assert.equal(roleOf('He sold it to Kelvar Inc. Ada Okonkwo said no.', 'Ada Okonkwo'), undefined);
  // A chamber or body opening the sentence before a capitalised word of the title is the role's too.
  assert.equal(roleOf('House Minority Leader Ada Crane said no.', 'Ada Crane'), 'House Minority Leader');
  assert.equal(roleOf('House Republican Leader Ada Crane said no.', 'Ada Crane'), 'House Republican Leader');
  // A whip is a party office.
  assert.equal(roleOf('House Majority Whip Ada Crane said no.', 'Ada Crane'), 'House Majority Whip');
  assert.equal(roleOf('Opposition whip Ada Crane said no.', 'Ada Crane'), 'Opposition whip');
});

test("a lawmaker's bare title gives way to the post beside the name: `the panel's ranking member, Rep. X (D-Calif.),`", () => {
  assert.equal(roleOf("The panel's ranking member, Rep. Ada Crane (D-Calif.), said no.", 'Ada Crane'), "panel's ranking member");
  assert.equal(roleOf("Sen. Ada Crane, the panel's chairwoman, said no.", 'Ada Crane'), "panel's chairwoman");
  // … past the party and state between commas.
  assert.equal(roleOf('Rep. Ada Crane, R-Ohio, who chairs the rules committee, said no.', 'Ada Crane'), 'chair of the rules committee');
  assert.equal(roleOf("Sen. Ada Crane, D-N.Y., the committee's ranking member, said no.", 'Ada Crane'), "committee's ranking member");
  assert.equal(roleOf('Rep. Ada Crane, R-Ohio, said no.', 'Ada Crane'), 'Rep.');
  // Not a description, nor the same said again, nor the next person's title.
  assert.equal(roleOf('Rep. Ada Crane, a farmer, said no.', 'Ada Crane'), 'Rep.');
  assert.equal(roleOf('The party has one member, Sen. Ada Crane, on the panel.', 'Ada Crane'), 'Sen.');
  assert.equal(roleOf('"No," said the legislator, Rep. Ada Crane.', 'Ada Crane'), 'Rep.');
  assert.equal(roleOf('Sen. Ada Crane (R-Ohio), Senate Minority Leader Tom Hale (D-N.Y.) and others objected.', 'Ada Crane'), 'Sen.');
  assert.equal(roleOf('Ada Crane, Senate Minority Leader Tom Hale and others objected.', 'Ada Crane'), undefined);
  // An office title still holds.
  assert.equal(roleOf("Mayor Ada Crane, the city's first woman mayor, said no.", 'Ada Crane'), 'Mayor');
});

test('after a title a lowercase particle opens the name: `Mr van der Berg`; a given name before one opens a full name', () => {
  assert.deepEqual(names('Mr van der Berg, the finance director, admitted it.'), ['van der Berg']);
  assert.deepEqual(names('Ms de la Cruz said no. President de Gaulle said no.'), ['de la Cruz', 'de Gaulle']);
  assert.deepEqual(names('The challenger, Kevin de Léon, spoke. Mr. de Léon said no.'), ['Kevin de Léon', 'de Léon']);
});

test('a relative clause after the name gives a role: `who is` a role, or an office held as a verb', () => {
  assert.equal(roleOf("Mark Brandt, who chairs the council's flood committee, said so.", 'Mark Brandt'), "chair of the council's flood committee");
  assert.equal(roleOf('Sarah Marsh, who heads the library, agreed.', 'Sarah Marsh'), 'head of the library');
  assert.equal(roleOf('Luis Ortega, who runs a cafe at the harbour, agreed.', 'Luis Ortega'), 'runs a cafe at the harbour');
  assert.equal(roleOf('Ana Lind, who also leads the Green caucus, voted against.', 'Ana Lind'), 'leader of the Green caucus');
  assert.equal(roleOf("Tom Reyes, who is now the party's treasurer, said so.", 'Tom Reyes'), "party's treasurer");
  // After an appositive, the clause gives a second post the person holds.
  assert.deepEqual(rolesOf("Omar Fadel, the Harbour prime minister, who is also the Harbour's foreign minister, spoke.", 'Omar Fadel'), [
    'Harbour prime minister',
    "Harbour's foreign minister",
  ]);
  assert.deepEqual(rolesOf('Omar Fadel, the mayor, who spoke first, left.', 'Omar Fadel'), ['mayor', undefined]);
  // Not an office: what the person is doing, or a verb with no organisation after it.
  assert.equal(roleOf('Tom Reyes, who is expected to testify, declined to comment.', 'Tom Reyes'), undefined);
  assert.equal(roleOf('Joe Hart, who runs for office next year, said nothing.', 'Joe Hart'), undefined);
  assert.equal(roleOf('Ana Lind, who leads, voted against.', 'Ana Lind'), undefined);
});

test('a role given with `also` is read, and marked as a post held besides another', () => {
  const besides = (text: string, name: string) => {
    const mention = findMentions(text, story(text)).find((m) => m.text === name);
    return [mention?.role, mention?.roleHeldBesides];
  };
  assert.deepEqual(besides("Tomas Rell, also the country's finance minister, said the budget would pass.", 'Tomas Rell'), [
    "country's finance minister",
    "country's finance minister",
  ]);
  assert.deepEqual(besides("Omar Fadel, who is also Harbour's foreign minister, told reporters.", 'Omar Fadel'), ["Harbour's foreign minister", "Harbour's foreign minister"]);
  assert.deepEqual(besides("Edgar Poll, who also serves as the capital's mayor, spoke.", 'Edgar Poll'), ["capital's mayor", "capital's mayor"]);
  assert.deepEqual(besides("Edgar Poll, who serves as the capital's mayor, spoke.", 'Edgar Poll'), ["capital's mayor", undefined]);
  assert.deepEqual(besides("Tomas Rell, the country's finance minister, said so.", 'Tomas Rell'), ["country's finance minister", undefined]);
});

test('professions of science, medicine and everyday life are roles: `an epidemiologist`, `a diabetes specialist`, `commuter`', () => {
  assert.equal(roleOf('Dr. Amara Nwosu, an epidemiologist, said the team had controlled for diet.', 'Amara Nwosu'), 'epidemiologist');
  assert.equal(roleOf('Dr Hannah Price, a diabetes specialist at the hospital, urged caution.', 'Hannah Price'), 'diabetes specialist at the hospital');
  assert.equal(roleOf('"That route is the only way," said commuter Dana Whitfield, 44.', 'Dana Whitfield'), 'commuter');
  assert.equal(roleOf('Islands MSP Alasdair Morrison called it overdue.', 'Alasdair Morrison'), 'Islands MSP');
  assert.equal(roleOf('Maria Souza, a soybean grower from Mato Grosso, was less sure.', 'Maria Souza'), 'soybean grower');
});

test('a role before a comma opens with the name owning it: `Mexico\'s president`, not `met Mexico\'s president`', () => {
  assert.equal(roleOf('He met Mexico\'s president, Claudia Vazquez Moreno, on Monday.', 'Claudia Vazquez Moreno'), 'Mexico\'s president');
  assert.equal(roleOf('They agreed, in what New Zealand\'s prime minister, Ann Lee, called a new chapter.', 'Ann Lee'), 'New Zealand\'s prime minister');
  // what the name owns must be an office
  assert.equal(roleOf('Rishi Sunak spoke. During Prime Minister\'s Questions Wednesday, Sunak defended the record.', 'Sunak'), undefined);
});

test('a name right after a noun for a group or a thing is its name', () => {
  assert.deepEqual(names('Officials blamed the militant group Jaish al-Nour for the attack.'), []);
  assert.deepEqual(names('Another faction, Jaish al-Nour, denied any role.'), []);
  // After a role's organisation, a given name and a family name that is also a word name the role's holder.
  assert.deepEqual(names('A spokesman for the university, Owen Madrigal, said no.'), ['Owen Madrigal']);
  assert.deepEqual(names('A spokesman for the militant group, Jaish al-Nour, denied any role.'), []);
  // A known person's name inside the thing's longer name is not that person.
  assert.deepEqual(names('The critic Mara Quillby wrote in her column Quillby Notes that the show failed.'), ['Mara Quillby']);
});

test('a name joined to an organisation by `and` is an organisation', () => {
  assert.deepEqual(names('Forecasts from Barclays Bank and Vantrell Okonzi were lower.'), []);
  assert.deepEqual(names('Candidates of the Green Party and Frederick Oyelaran were defeated.'), ['Frederick Oyelaran']);
  // but one that speaks after a phrase ending in a place's name is its subject
  assert.deepEqual(names('Speaking at the National Palace, Vantrell Okonzi said no.'), ['Vantrell Okonzi']);
});

test("a given name owning one capitalised common word is a business: `Kelsie's Pantry`", () => {
  assert.deepEqual(names("Nine firms, including Kelsie's Pantry and two banks, signed the letter."), []);
  assert.deepEqual(names("He wrote a story called Kelsie's Big Adventure about her."), ['Kelsie']);
});

test('shortNameOf: the family name with its particles and without a suffix, or a family name written first', () => {
  const short = (names: string[]) => names.map(shortNameOf);
  assert.deepEqual(short(['Maria de la Cruz', 'Robert J. Whitaker Jr.', 'William H. Hargrove III', 'Faisal bin Farhan Al Saud', 'Dick Van Dyke']), [
    'de la Cruz',
    'Whitaker',
    'Hargrove',
    'Al Saud',
    'Van Dyke',
  ]);
  assert.deepEqual(short(['Xi Jinping', 'Lee Jae-myung', 'Kim Jong Un', 'Wang Yi']), ['Xi', 'Lee', 'Kim', 'Wang']);
  // A listed Asian family name that is a given name here: `Lee Anderson`, `Kim Kardashian`.
  assert.deepEqual(short(['Lee Anderson', 'Kim Kardashian', 'Peskov']), ['Anderson', 'Kardashian', 'Peskov']);
});

test('an honorific before a name gives the gender it says; one that says none gives none', () => {
  const text = 'Ms Müller met Mr. Okafor, Dame Ines Roe and Dr. Ana Vidal.';
  assert.deepEqual(
    findMentions(text, story(text)).map((m) => [m.text, m.gender]),
    [
      ['Müller', 'female'],
      ['Okafor', 'male'],
      ['Ines Roe', 'female'],
      ['Ana Vidal', undefined],
    ],
  );
});

test('a storm the article names stays a storm when named alone: `Hurricane Katrina`, then `Katrina`', () => {
  assert.deepEqual(names('Hurricane Delia hit the coast on Monday. Delia killed four people, the mayor said.'), []);
  // Unless a person of that name is in the story.
  assert.deepEqual(names('Hurricane Delia hit. Delia Marsh, a nurse, said it was awful. "It was bad," Delia said.'), ['Delia Marsh', 'Delia']);
});

test('a position before a player\'s name is a role: `wide receiver`, `Quarterback`, `keeper`', () => {
  assert.equal(roleOf('He found wide receiver Cal Whitby for the score.', 'Cal Whitby'), 'wide receiver');
  assert.equal(roleOf('Quarterback Jay Dorsey threw four touchdowns.', 'Jay Dorsey'), 'Quarterback');
  assert.equal(roleOf('Town keeper Sam Petit saved twice.', 'Sam Petit'), 'Town keeper');
});

test('a club whose name opens with `Sporting` or `Atletico` is no person, nor its last word alone', () => {
  assert.deepEqual(names('Sporting Hollis led early. Hollis head coach Ana Vidal said they deserved more.'), ['Ana Vidal']);
  assert.deepEqual(names('Atletico Brenna bid for the striker. Brenna did not comment.'), []);
  // A person the story names in full stays one.
  assert.deepEqual(names('Real Harmon lost. Tom Harmon, the captain, said so. "We were poor," Harmon said.'), ['Tom Harmon', 'Harmon']);
});

test('sports clubs and local government named after a place are not people; `Then-president` is a title', () => {
  assert.deepEqual(names('Ashby City beat Bristol Rovers, and Lafourche Parish officials said Harwick Town had folded.'), []);
  assert.deepEqual(names('Marion Tech led at half-time, and he has dreamed of La Liga since he was a boy.'), []);
  assert.deepEqual(names('Then-president Ana Vidal spoke.'), ['Ana Vidal']);
});

test('a nickname in quote marks between the parts of a name leaves the name whole', () => {
  assert.deepEqual(names('Kwame "The Cannon" Boateng scored twice, and Joaquín ‘El Chapo’ Guzmán was jailed.'), [
    'Kwame "The Cannon" Boateng',
    'Joaquín ‘El Chapo’ Guzmán',
  ]);
});

test('a town named for a saint, written `Ste.`, is a place, as one written `St.` is', () => {
  assert.deepEqual(names('Pickets went up in Baie Ste. Claire on Monday, and nurses in Ste. Agathe joined them.'), []);
});

test('a street named after a title is a street: `Princess Street North`', () => {
  assert.deepEqual(names('The clinic on Princess Street North closed, and Ana Vidal moved it.'), ['Ana Vidal']);
});

test('whom an outlet was told, a word after a broadcaster\'s name and a team with its score are no people', () => {
  assert.deepEqual(names('"We are ready," Efua Mensah told Al Jazeera on Sunday.'), ['Efua Mensah']);
  assert.deepEqual(names('"We let them down," Okafor told BBC Radio Kent.'), ['Okafor']);
  assert.deepEqual(names('Nobody forgets the night City beat Lincoln 3-1, then beat Chester 2–1.'), []);
  // The page's own outlet, one word no list knows.
  const text = '"Perfection is expensive," Efua Mensah, a strategist at Brightwater, told MarketPulse.';
  const outlet: Anatomy = { ...story(text), outlet: 'MarketPulse' };
  assert.deepEqual(findMentions(text, outlet).map((m) => m.text), ['Efua Mensah']);
});

test('a firm named like a person is a firm where a role is held at it or a firm is listed with it: `an analyst at Raymond James`', () => {
  assert.deepEqual(names('"It is cheap," said Ana Vidal, chief strategist at Raymond James.'), ['Ana Vidal']);
  assert.deepEqual(names('Marks & Spencer and John Lewis weighed on the index.'), []);
  assert.deepEqual(names('Another analyst, Theo Marchetti of Raymond James, said the deal made sense.'), ['Theo Marchetti']);
  assert.deepEqual(names('Edward Jones analyst Tom Kessel cut his rating.'), ['Tom Kessel']);
  assert.deepEqual(names('"Loan growth is stalling," said Ana Feld, an analyst at Edward Jones.'), ['Ana Feld']);
  // A person may have an adviser or a spokesman of their own.
  assert.deepEqual(names('Donald Trump adviser Stephen Miller spoke.'), ['Donald Trump', 'Stephen Miller']);
  assert.deepEqual(names('A nurse at Ana Vidal\'s bedside said she was awake.'), ['Ana Vidal']);
  assert.deepEqual(names('Tom Hale and Ana Vidal met at Lena Marsh\'s house.'), ['Tom Hale', 'Ana Vidal', 'Lena Marsh']);
});

test('the article\'s own outlet, whatever its name, is whom the news was told: `told MedWire Today`', () => {
  const text = 'Ade Bello, a neurologist who was not involved in the study, told MedWire Today that the work was sound.';
  const anatomy = { ...story(text), outlet: 'MedWire Today' };
  assert.deepEqual(findMentions(text, anatomy).map((m) => m.text), ['Ade Bello']);
});

test('a given name joined to a place, or counted, is a place or a kind: `Austin and Oslo offices`, `three Stanford classmates`', () => {
  assert.deepEqual(names('The firm will shut its Austin and Oslo offices.'), []);
  assert.deepEqual(names('Pupils from Wichita and Lawrence joined the case.'), []);
  assert.deepEqual(names('She founded it with three Stanford classmates.'), []);
});

test('a company the article treats as one is no person: `said it … its`, `shares of`, `X, the … company`', () => {
  assert.deepEqual(names('Ravelle said Monday it would close 40 of its stores. Ravelle opened in 1990.'), []);
  assert.deepEqual(names('Shares of Ravelle fell. Ravelle said no more.'), []);
  assert.deepEqual(names("Halvo's workforce shrank. Halvo said no more."), []);
  assert.deepEqual(names('Kelmar, the Ohio retailer behind the brand, cut jobs. Kelmar said no more would go.'), []);
  // A person's role with a company's noun in it is still a person's.
  assert.deepEqual(names('Okafor, the company chairman, spoke. Okafor said no.'), ['Okafor', 'Okafor']);
});

test('a company is no person where the article names it as one: `X Inc`, `X chief executive`, `a spokesperson for X`, `X said in a statement`', () => {
  const said = 'Brindlow said the fault was fixed.';
  assert.deepEqual(names(`Brindlow Inc cut its forecast. ${said}`), []);
  assert.deepEqual(names(`Brindlow chief executive Ana Ruiz spoke. ${said}`), ['Ana Ruiz']);
  assert.deepEqual(names(`A spokesperson for Brindlow declined to comment. ${said}`), []);
  assert.deepEqual(names(`Brindlow said in a statement that no data was lost. ${said}`), []);
  assert.deepEqual(names(`Brindlow, which is based in Leeds, cut jobs. ${said}`), []);
  assert.deepEqual(names(`Brindlow shares fell 3%. ${said}`), []);
  assert.deepEqual(names(`Brindlow's app went down. ${said}`), []);
  assert.deepEqual(names(`Payments company Brindlow cut jobs. ${said}`), []);
  // A works of its own: a firm's or a town's (`its Brindlow plant`, `the Brindlow assembly plant`).
  assert.deepEqual(names(`Hundreds of jobs go at its Brindlow plant. "${said}," he said.`), []);
  assert.deepEqual(names(`Workers left the Brindlow assembly plant. ${said}`), []);
  // A person's: `the company Brindlow founded`, `Brindlow shares her view`; and one named in full.
  assert.deepEqual(names(`It is the company Brindlow founded. ${said}`), ['Brindlow', 'Brindlow']);
  assert.deepEqual(names(`Brindlow shares her view. ${said}`), ['Brindlow', 'Brindlow']);
  assert.deepEqual(names(`Brindlow plant sales rose. ${said}`), ['Brindlow', 'Brindlow']);
  assert.deepEqual(names(`Mayor Ann Brindlow said in a statement that no data was lost. ${said}`), ['Ann Brindlow', 'Brindlow']);
  // Someone's daughter or son is a person, known by the first name alone: `her daughter, Nora,`, `son Tom`.
  assert.deepEqual(names('She leaves her daughter, Nora, and son Tom. Nora said in a statement that she was proud.'), ['Nora', 'Tom', 'Nora']);
  assert.deepEqual(names('He met their parents, Brindlow said in a statement.'), []);
});

test("a thing named after a person is no mention of them: `Moore's law`; a condition is so in the possessive alone: `diagnosed with Parkinson's`", () => {
  assert.deepEqual(names("Engineers said Quillon's law was dead."), []);
  // The condition's possessive names it even where the story names the person it is named after, who stays a person.
  const condition = "Halvorsen's disease is named after the doctor Ines Halvorsen. Those diagnosed with Halvorsen's rarely recover. Halvorsen said so in 1950. Halvorsen's UK funds research.";
  assert.deepEqual(names(condition), ['Ines Halvorsen', 'Halvorsen']);
});

test('an adverb opening the sentence is no part of the name after it: `Even Tomasz admitted it`', () => {
  assert.deepEqual(names('The end came fast. Even Tomasz admitted it afterwards.'), ['Tomasz']);
});

test('a role with a name after it before a comma is that name\'s, not the next name\'s: `her son Daniel, Ms Latham said`', () => {
  assert.equal(roleOf('The statement came from her son Daniel, Ms Latham said.', 'Latham'), undefined);
  assert.equal(roleOf('A spokesman for Sen. Ted Cruz, Tom Hale, said so.', 'Tom Hale'), undefined);
  assert.equal(roleOf('The Governor of Lagos State, Mr Babajide Olusola, said so.', 'Babajide Olusola'), 'Governor of Lagos State');
});

test('the offices of local government, courts, schools and churches are roles: `County Clerk Marisol Deane`, `Vance, the city coroner,`', () => {
  assert.equal(roleOf('Turnout was high, County Clerk Marisol Deane said.', 'Marisol Deane'), 'County Clerk');
  assert.equal(roleOf('Rosa Vance, the city coroner, said so.', 'Rosa Vance'), 'city coroner');
  assert.equal(roleOf('School principal Ana Reyes said so.', 'Ana Reyes'), 'School principal');
  assert.equal(roleOf('As the Washington Examiner\'s Phillip Klein notes, nobody wins.', 'Phillip Klein'), undefined);
});

test('a town named with a word that makes names things (`Port`, `Lake`, `Fort`) before a title is the officer\'s: `Port Ellis Mayor Celia Brandt`', () => {
  assert.equal(roleOf('Port Ellis Mayor Celia Brandt said the terminal would close.', 'Celia Brandt'), 'Port Ellis Mayor');
  assert.equal(roleOf('The roads are shut. Lake County Sheriff Bob Jonsen said so.', 'Bob Jonsen'), 'Lake County Sheriff');
  assert.deepEqual(names('Storm Ciara hit Fort Ellis, and Camp David Accords were signed at Lake Como.'), []);
});

test('up to four capitalised words before a title name its town, service and unit: `Millbrook Police Department Deputy Chief`', () => {
  assert.equal(roleOf('Millbrook Police Department Deputy Chief Ana Vidal said the road was shut.', 'Ana Vidal'), 'Millbrook Police Department Deputy Chief');
});

test('roles: an investigator, a rank opening the sentence (`First officer`), and no preposition before the role', () => {
  assert.equal(roleOf('Rail safety investigator Ana Vidal said the brakes failed.', 'Ana Vidal'), 'Rail safety investigator');
  assert.equal(roleOf('First officer Tom Reyes landed the jet.', 'Tom Reyes'), 'First officer');
  assert.equal(roleOf('The union, through spokesman Tom Reyes, said no.', 'Tom Reyes'), 'spokesman');
});

test('a former office after the name, other than the title before it, is the role: what another source may give as current', () => {
  assert.equal(roleOf('Green MLA Ana Vidal, a former finance minister, said so.', 'Ana Vidal'), 'former finance minister');
  // A title that names the same office, or a description of no past office, stays the role.
  assert.equal(roleOf('Prime Minister Ana Vidal, a former finance minister, said so.', 'Ana Vidal'), 'Prime Minister');
  assert.equal(roleOf('Finance minister Ana Vidal, the local MLA, said so.', 'Ana Vidal'), 'Finance minister');
});

test('a title and a post between commas after the name are both roles of the mention: `Chief Superintendent X, the area commander,`', () => {
  assert.deepEqual(rolesOf('Chief Superintendent Ana Vidal, the area commander, said the road would close.', 'Ana Vidal'), ['Chief Superintendent', 'area commander']);
  assert.deepEqual(rolesOf('Green MLA Ana Vidal, a former finance minister, said so.', 'Ana Vidal'), ['former finance minister', 'MLA']);
  assert.deepEqual(rolesOf('Sen. Ana Vidal, the chairwoman of the rules panel, said it would pass.', 'Ana Vidal'), ['chairwoman of the rules panel', 'Sen.']);
  assert.deepEqual(rolesOf('Mayor Ana Vidal said so.', 'Ana Vidal'), ['Mayor', undefined]);
  // A post between commas that names the one after it, or a title with the next name in a list, is not the mention's.
  assert.deepEqual(rolesOf('Views of Judge Ana Vidal, the Senate minority leader, Tom Reyes of Ohio, went.', 'Ana Vidal'), ['Judge', undefined]);
  assert.deepEqual(rolesOf('Chairman Ana Vidal (D-Md.), budget committee Chairman Tom Reyes (D-Ohio), spoke.', 'Ana Vidal'), ['Chairman', undefined]);
  assert.deepEqual(rolesOf('Ana Vidal, a spokeswoman for Sen. Tom Reyes, said so.', 'Ana Vidal'), ['spokeswoman for Sen. Tom Reyes', undefined]);
});

test('a line that ends a sentence with a full stop after a lowercase word is prose, not a title-case headline: its names are read in full', () => {
  assert.deepEqual(names('Sen. Ann Dove, the chairwoman of the Commerce Committee, said so.'), ['Ann Dove']);
  assert.deepEqual(names('Blue Ridge Freight CEO Nina Bell said no. Shares in Blue Ridge Freight fell.'), ['Nina Bell']);
  assert.equal(roleOf('Blue Ridge Freight CEO Nina Bell said no. Shares in Blue Ridge Freight fell.', 'Nina Bell'), 'Blue Ridge Freight CEO');
});

test('roles: a past tense opening the sentence before an institution is its name (`Met Office meteorologist`), a plural\'s apostrophe owns the name after it', () => {
  assert.equal(roleOf('Met Office meteorologist Ana Vidal said it.', 'Ana Vidal'), 'Met Office meteorologist');
  assert.equal(roleOf('Left Party leader Ana Vidal said it.', 'Ana Vidal'), 'Left Party leader');
  assert.equal(roleOf("Farmers' Movement leader Tom Reyes said it.", 'Tom Reyes'), "Farmers' Movement leader");
  assert.equal(roleOf("The Veterans' Affairs Secretary Tom Reyes said it.", 'Tom Reyes'), "Veterans' Affairs Secretary");
});

test('roles: what a person is to someone else, before a capitalised title, is no part of the title (`her colleague Detective Sergeant X`)', () => {
  assert.equal(roleOf('Her colleague Detective Sergeant Tom Reyes said it.', 'Tom Reyes'), 'Detective Sergeant');
  assert.equal(roleOf("Vidal's predecessor President Tom Reyes said it.", 'Tom Reyes'), 'President');
  assert.equal(roleOf('Her lawyer Tom Reyes said it.', 'Tom Reyes'), 'lawyer');
  assert.equal(roleOf('Her deputy Chief Constable Tom Reyes said it.', 'Tom Reyes'), 'deputy Chief Constable');
});

test('roles: a seed and a place in a ranking (`top seed X`, `world number one X`, `X, the world No. 1,`)', () => {
  assert.equal(roleOf('At the open, top seed Ana Vidal won.', 'Ana Vidal'), 'top seed');
  assert.equal(roleOf('World number one Ana Vidal won.', 'Ana Vidal'), 'World number one');
  assert.equal(roleOf('The former world No. 1 Ana Vidal won.', 'Ana Vidal'), 'former world No. 1');
  assert.equal(roleOf("Ohio's Ana Vidal, the world number one, won.", 'Ana Vidal'), 'world number one');
});

test('a station after `told` is no person, though its name after `Radio` reads like one: `told Radio Marca Brenna`', () => {
  assert.deepEqual(names('Ana Vidal told Radio Costa Brava: "No."'), ['Ana Vidal']);
  assert.deepEqual(names('Ana Vidal told TV Nova Lisboa that it was over.'), ['Ana Vidal']);
  assert.deepEqual(names('Ana Vidal told Tom Reyes that it was over.'), ['Ana Vidal', 'Tom Reyes']);
});

test('a professor\'s title, like a doctor\'s, gives way to the role beside the name; lowercase, both are roles', () => {
  assert.equal(roleOf('Professor Ana Vidal, a surgeon at Kingsgate Hospital, said so.', 'Ana Vidal'), 'surgeon at Kingsgate Hospital');
  assert.equal(roleOf('The hospital\'s chief executive, Professor Ana Vidal, said so.', 'Ana Vidal'), 'hospital\'s chief executive');
  assert.equal(roleOf('Professor Ana Vidal said so.', 'Ana Vidal'), 'Professor');
  assert.equal(roleOf('Team doctor Ana Vidal said so.', 'Ana Vidal'), 'Team doctor');
  assert.equal(roleOf('The club doctor, Ana Vidal, said so.', 'Ana Vidal'), 'club doctor');
});

test('medical specialists are roles: `a microbiologist at Kingsgate University`, `a GP in Brackley`', () => {
  assert.equal(roleOf('Dr Ana Vidal, a microbiologist at Kingsgate University, said so.', 'Ana Vidal'), 'microbiologist at Kingsgate University');
  assert.equal(roleOf('Ana Vidal, a GP in Brackley, said so.', 'Ana Vidal'), 'GP');
});

test('a role before the comma goes on past its head to a body or place: `the agency\'s director for Europe, X,`; not to a time', () => {
  assert.equal(roleOf('The regional director for Europe, Ana Vidal, said so.', 'Ana Vidal'), 'regional director for Europe');
  assert.equal(roleOf('A spokesman for the agency, Ana Vidal, said so on Monday.', 'Ana Vidal'), 'spokesman for the agency');
  assert.equal(roleOf('The agency\'s director for Europe, Dr Ana Vidal, said so.', 'Ana Vidal'), 'agency\'s director for Europe');
  assert.equal(roleOf('Sarah was a nurse for 20 years, Ana Vidal said.', 'Ana Vidal'), undefined);
});

test('a plural\'s possessive goes on with the role: `general secretary of the nurses\' union`', () => {
  assert.equal(roleOf('Ana Vidal, general secretary of the nurses\' union, said so.', 'Ana Vidal'), 'general secretary of the nurses\' union');
  assert.equal(roleOf('Ana Vidal, head of the doctors’ union, said so.', 'Ana Vidal'), 'head of the doctors’ union');
});

test('a capitalised pronoun ends a role before the comma, where the capture lost a full stop: `a retired surgeon They join Cruz, Paul`', () => {
  assert.equal(roleOf('It follows Carson, a retired surgeon They join Cruz, Ana Vidal and Rubio.', 'Ana Vidal'), undefined);
});

test('a word after a speech verb that modifies plural people is their town or firm, no speaker: `say Kingsgate doctors`', () => {
  assert.deepEqual(names('Coffee could protect your heart, say Kingsgate doctors.'), []);
  assert.deepEqual(names('The plan failed, said Hale.'), ['Hale']);
});

test('a part an actor plays is no person: `Lena Vey, played by Ana Ruiz`, `who plays Inspector Dace,`, `stars Tom Ek as Carl Moe`', () => {
  assert.deepEqual(names('The film follows a baker, Lena Vey, played by Ana Ruiz. Vey hides a letter.'), ['Ana Ruiz']);
  assert.deepEqual(names('Mia Osei, who plays Inspector Dace, the officer on the case, said Dace was kind.'), ['Mia Osei']);
  assert.deepEqual(names('The drama stars Tom Ek as Carl Moe, a farmer, and Ida Lind as Doctor Rhea Sand.'), ['Tom Ek', 'Ida Lind']);
  assert.deepEqual(names('The prize went to Ben Aro, who plays Otto Frum. Aro thanked his mother.'), ['Ben Aro', 'Aro']);
  // An opponent is no part: `plays` a name that goes on, or a list.
  assert.deepEqual(names('Ana Ruiz plays Mia Osei on Sunday.'), ['Ana Ruiz', 'Mia Osei']);
  assert.deepEqual(names('Ana Ruiz has played Mia Osei, Ida Lind and Tom Ek.'), ['Ana Ruiz', 'Mia Osei', 'Ida Lind', 'Tom Ek']);
});

test('the name a performer was born with is the same person\'s: `Jesse Colt (real name Jeremy Abbott)`, `Vesper, whose real name is Maria Oduya,`', () => {
  const aliasesIn = (text: string) => findMentions(text, story(text)).map((m) => [m.text, m.aliasOf]);
  assert.deepEqual(aliasesIn('Frontman Jesse Colt (real name Jeremy Abbott) sang. Jeremy Abbott was born in Leeds.'), [
    ['Jesse Colt', undefined],
    ['Jeremy Abbott', 'Jesse Colt'],
    ['Jeremy Abbott', 'Jesse Colt'],
  ]);
  assert.deepEqual(aliasesIn('The singer Vesper, whose real name is Maria Oduya, will play. Vesper said yes.'), [
    ['Vesper', 'Maria Oduya'],
    ['Maria Oduya', undefined],
    ['Vesper', 'Maria Oduya'],
  ]);
  // An age may stand between the name and the other name: `Maria Oduya, 27, better known as Vesper,`.
  assert.deepEqual(aliasesIn('Maria Oduya, 27, better known as Vesper, sang.'), [
    ['Maria Oduya', undefined],
    ['Vesper', 'Maria Oduya'],
  ]);
  // `born` and a date or a place is no name.
  assert.deepEqual(aliasesIn('Ana Vidal, born January 5 in Leeds, sang. Tom Hale (born in Hull) played.'), [
    ['Ana Vidal', undefined],
    ['Tom Hale', undefined],
  ]);
});

test('a band\'s and a film crew\'s roles are roles: `Frontman Jesse Colt`, `Bassist Rob Kell`, `the composer Lise Aurland`', () => {
  assert.equal(roleOf('Frontman Jesse Colt broke the news.', 'Jesse Colt'), 'Frontman');
  assert.equal(roleOf('Bassist Rob Kell agreed.', 'Rob Kell'), 'Bassist');
  assert.equal(roleOf('It won a prize for the composer Lise Aurland.', 'Lise Aurland'), 'composer');
});

test('a party member is a role, and a party and a state beside an office are its second role: `Senator X, Republican of Kentucky,`', () => {
  assert.deepEqual(rolesOf('Ohio Republican Tom Reyes said so.', 'Tom Reyes'), ['Ohio Republican', undefined]);
  assert.deepEqual(rolesOf('Tom Reyes, a Democrat, said so.', 'Tom Reyes'), ['Democrat', undefined]);
  assert.deepEqual(rolesOf('Senator Tom Reyes, Republican of Kentucky, said so.', 'Tom Reyes'), ['Senator', 'Republican of Kentucky']);
  assert.deepEqual(rolesOf('The Senate majority leader, Tom Reyes, Republican of Kentucky, said so.', 'Tom Reyes'), ['Senate majority leader', 'Republican of Kentucky']);
  assert.deepEqual(rolesOf('Sen. Tom Reyes, the top Democrat on the panel, said so.', 'Tom Reyes'), ['top Democrat on the panel', 'Sen.']);
  // A common noun after the capitalised words that follow the head heads another phrase: no role.
  assert.deepEqual(rolesOf('Like other Republican White House hopefuls, Tom Reyes is critical.', 'Tom Reyes'), [undefined, undefined]);
});
