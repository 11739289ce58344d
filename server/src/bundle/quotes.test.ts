import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { endsWithCue, findQuotes, isAbbreviation, nextVerb } from './quotes';
import { Anatomy, NameMention, QuoteFound, Span } from './model';

// Made-up stories. Each line is a paragraph; names listed are the article's person mentions,
// found by plain search (longest first), the way findMentions would report them.

function anatomyOf(text: string, paragraphs?: Span[]): Anatomy {
  const lines: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) lines.push({ start: m.index, end: m.index + m[0].length });
  return { headline: null, headlineSpan: null, outlet: null, wire: null, date: null, paragraphs: paragraphs ?? lines, boilerplate: [] };
}

function mentionsOf(text: string, names: (string | NameMention)[]): NameMention[] {
  const found: NameMention[] = [];
  const byLength = [...names].sort((a, b) => (typeof b === 'string' ? b : b.text).length - (typeof a === 'string' ? a : a.text).length);
  for (const entry of byLength) {
    const name = typeof entry === 'string' ? entry : entry.text;
    for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) {
      const start = m.index;
      if (found.some((f) => f.start < start + name.length && start < f.end)) continue;
      found.push({ ...(typeof entry === 'string' ? {} : entry), start, end: start + name.length, text: name });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function quotes(text: string, names: (string | NameMention)[] = []): QuoteFound[] {
  return findQuotes(text, anatomyOf(text), mentionsOf(text, names));
}

/** [text, speaker, partial] of each quote, for compact assertions. */
function read(text: string, names: (string | NameMention)[] = []): [string, string | null, boolean][] {
  return quotes(text, names).map((q) => [q.text, q.speakerName, q.partial]);
}

// ---------------------------------------------------------------- marks

test('every kind of quote mark opens and closes a quote, and the span covers the words between', () => {
  const text = [
    '"We will build the bridge," Anna Berg said.',
    '“The river is too wide,” Anna Berg said.',
    '«Nous verrons demain», a déclaré Anna Berg.',
    '„Wir bauen weiter“, sagte Anna Berg.',
    "'The budget is fine,' Anna Berg said.",
    '‘The budget is tight,’ Anna Berg said.',
  ].join('\n');
  const found = quotes(text, ['Anna Berg']);
  assert.deepEqual(
    found.map((q) => q.text),
    ['We will build the bridge,', 'The river is too wide,', 'Nous verrons demain', 'Wir bauen weiter', 'The budget is fine,', 'The budget is tight,'],
  );
  for (const q of found) assert.equal(text.slice(q.start, q.end), q.text);
});

test('single marks inside double ones are part of the quote, not quotes of their own', () => {
  assert.deepEqual(read('"He called it \'a bad deal\' and left," Anna Berg said.', ['Anna Berg']), [
    ["He called it 'a bad deal' and left,", 'Anna Berg', false],
  ]);
  assert.deepEqual(read('“She wrote ‘no’ on the form,” Anna Berg said.', ['Anna Berg']), [['She wrote ‘no’ on the form,', 'Anna Berg', false]]);
});

test('a straight quote within a straight quote (single marks printed double) is part of it: the speaker is after the outer one', () => {
  const text = '"By dodging a pier deal she once called "the gold standard," Ruth Lind shows why voters doubt her," Tom Hale said in a statement.';
  assert.deepEqual(read(text, ['Ruth Lind', 'Tom Hale']), [['By dodging a pier deal she once called "the gold standard," Ruth Lind shows why voters doubt her,', 'Tom Hale', false]]);
});

test('apostrophes are not quote marks', () => {
  const text = [
    "Let's be clear: Russia’s plan is old, said Tom Reed. It dates to the '90s and rock 'n' roll.",
    'The players’ union met the owners’ lawyers on Monday.',
    "'Tis the season, the mayor's office said of the '80s revival.",
  ].join('\n');
  assert.deepEqual(quotes(text, ['Tom Reed']), []);
  assert.deepEqual(read("‘The players’ union is strong,’ Tom Reed said.", ['Tom Reed']), [['The players’ union is strong,', 'Tom Reed', false]]);
});

test('inch marks and stray marks do not open quotes', () => {
  assert.deepEqual(quotes('The screen is 15" wide and 9" tall, Tom Reed said.', ['Tom Reed']), []);
});

// ---------------------------------------------------------------- paragraphs

test('a quote continued over paragraphs news-style is one quote from the first opening mark to the last closing mark', () => {
  const text = [
    'Mayor Lena Ortiz spoke to the council on Friday.',
    '"The first thing we must do is fix the roads. Nobody disputes that.',
    '"The second thing is the schools.',
    '"And the third is the budget," Ortiz said.',
    'The council adjourned.',
  ].join('\n\n');
  const found = quotes(text, ['Lena Ortiz', 'Ortiz']);
  assert.equal(found.length, 1);
  const [q] = found;
  assert.equal(q.start, text.indexOf('The first thing'));
  assert.equal(q.end, text.indexOf('," Ortiz said') + 1);
  assert.equal(q.text, text.slice(q.start, q.end));
  assert.match(q.text, /\n\n"The second thing is the schools\.\n\n"And the third/);
  assert.equal(q.speakerName, 'Ortiz');
  assert.equal(q.partial, false);
});

test('page furniture between the paragraphs of one quote stays in its text and range, and is blanked out of its spoken words', () => {
  const first = '"The first thing we must do is fix the roads.';
  const text = ['Mayor Lena Ortiz spoke to the council on Friday.', first, 'Advertisement', '"And then the schools," Ortiz said.'].join('\n\n');
  const paragraphs = [first, '"And then the schools," Ortiz said.'].map((paragraph) => ({ start: text.indexOf(paragraph), end: text.indexOf(paragraph) + paragraph.length }));
  const [q] = findQuotes(text, anatomyOf(text, paragraphs), mentionsOf(text, ['Lena Ortiz', 'Ortiz']));
  assert.equal(q.text, text.slice(q.start, q.end));
  assert.match(q.text, /roads\.\n\nAdvertisement\n\n"And then/);
  assert.equal(q.spoken, q.text.replace('Advertisement', ' '.repeat('Advertisement'.length)));
  assert.equal(quotes(text.replace('\n\nAdvertisement', ''), ['Lena Ortiz', 'Ortiz'])[0].spoken, undefined, 'nothing to blank');
});

test('a quote left open at a paragraph the next does not continue is dropped, and never swallows what follows', () => {
  const text = [
    'Ortiz said the plan was "a good start for the city.',
    'The council voted 5-2 for it.',
    '"We are grateful," Ortiz said.',
  ].join('\n');
  assert.deepEqual(read(text, ['Ortiz']), [['We are grateful,', 'Ortiz', false]]);
});

test('a quote never runs past its paragraph when marks are unbalanced', () => {
  const text = 'He wrote "one" and "two and three.\nThen "four," Ortiz said.';
  const found = quotes(text, ['Ortiz']);
  for (const q of found) assert.ok(!q.text.includes('\n'), `quote crossed a paragraph: ${q.text}`);
  assert.deepEqual(
    found.map((q) => q.text),
    ['one', 'four,'],
  );
});

test('hard-wrapped lines of one paragraph are read as one line', () => {
  const text = '"We will not stop until the\nbridge is built," Ortiz said.\n"Then we rest."';
  const paragraphs = [{ start: 0, end: text.lastIndexOf('\n') }, { start: text.lastIndexOf('\n') + 1, end: text.length }];
  const found = findQuotes(text, anatomyOf(text, paragraphs), mentionsOf(text, ['Ortiz']));
  assert.deepEqual(
    found.map((q) => [q.text, q.speakerName]),
    [
      ['We will not stop until the\nbridge is built,', 'Ortiz'],
      ['Then we rest.', 'Ortiz'],
    ],
  );
});

test('only story paragraphs are read: quotes in captions, comments and teasers are not', () => {
  const text = 'Caption: "A quiet day," Ortiz said.\n\n"The roads come first," Ortiz said.\n\nReader comment: "Rubbish," said Tom Reed.';
  const story = text.indexOf('"The roads');
  const anatomy = anatomyOf(text, [{ start: story, end: text.indexOf('\n\nReader') }]);
  const found = findQuotes(text, anatomy, mentionsOf(text, ['Ortiz', 'Tom Reed']));
  assert.deepEqual(
    found.map((q) => q.text),
    ['The roads come first,'],
  );
});

// ---------------------------------------------------------------- partial quotes, scare quotes, titles

test('a short quoted phrase inside a sentence is a partial quote of the sentence speaker', () => {
  assert.deepEqual(read('Governor Paul Lind has pledged that "major new investment in the north" would follow.', ['Paul Lind']), [
    ['major new investment in the north', 'Paul Lind', true],
  ]);
  assert.deepEqual(read('Lind said this week that the deal was "pretty close" to a conclusion.', ['Lind']), [['pretty close', 'Lind', true]]);
});

test('a quoted statement is not partial, even after `he said`', () => {
  const text = 'Paul Lind said nothing was signed, but he said "some firms are showing interest."';
  assert.deepEqual(read(text, ['Paul Lind']), [['some firms are showing interest.', 'Paul Lind', false]]);
});

test('scare quotes and titles are left out', () => {
  const text = [
    'The so-called "peace dividend" never came.',
    'Paul Lind said on the program “Morning Hour,” that he was tired.',
    'Critics call it a "dead end" for the port.',
    'It was wrong, Lind said on the radio program “Morning Hour,” adding that he was tired.',
  ].join('\n');
  assert.deepEqual(quotes(text, ['Paul Lind', 'Lind']), []);
});

test('a title named before a noun is left out even at the start of a sentence', () => {
  assert.deepEqual(quotes('"Morning Hour" host Tina Marsh asked Lind about the port.', ['Tina Marsh', 'Lind']), []);
});

// ---------------------------------------------------------------- cues

test('`X said` after and `said X` before the quote name the speaker', () => {
  assert.deepEqual(read('"The port will open in May," Kremlin spokesman Oleg Fedin said.', ['Oleg Fedin']), [
    ['The port will open in May,', 'Oleg Fedin', false],
  ]);
  assert.deepEqual(read('"The port will open in May," said Fedin.', ['Fedin']), [['The port will open in May,', 'Fedin', false]]);
  assert.deepEqual(read('"The port will open in May", said port director Oleg Fedin.', ['Oleg Fedin']), [
    ['The port will open in May', 'Oleg Fedin', false],
  ]);
});

test('when it was said may stand between the speaker and the verb: `X on Sunday said`, `X last week told`', () => {
  const text = 'The talks began.\nHome Minister Oleg Fedin on Sunday said the port was "fully ready".\nAna Vidal last week told reporters it was "safe".';
  assert.deepEqual(read(text, ['Oleg Fedin', 'Ana Vidal']), [
    ['fully ready', 'Oleg Fedin', true],
    ['safe', 'Ana Vidal', true],
  ]);
});

test('what the speaker is of may stand between the name and the verb, capitalised or not: `X of the nurses\' union said`', () => {
  const text = 'Marek Kowalczyk of the nurses’ union said members would "judge the plan by results".\nOleg Fedin of Harbour FM called it "a start".';
  assert.deepEqual(read(text, ['Marek Kowalczyk', 'Oleg Fedin']), [
    ['judge the plan by results', 'Marek Kowalczyk', true],
    ['a start', 'Oleg Fedin', true],
  ]);
});

test('a force and its unit may stand between the name and the verb: `X of Harbour Police\'s serious collision unit said`', () => {
  const text = 'Tom Hale was jailed.\nAfter the hearing, Detective Constable Ana Vidal of Harbour Police\'s serious collision unit said: "It was avoidable."';
  assert.deepEqual(read(text, ['Tom Hale', 'Ana Vidal']), [['It was avoidable.', 'Ana Vidal', false]]);
});

test('letters after the name may stand between it and the verb: `X KC, defending, said`, `X MP told`', () => {
  const text = 'Tom Reyes KC, defending, said: "He is deeply sorry."\n"It is a scandal," Jo Stevens MP told the inquiry.\nAnn Roe, PhD, said the data were "thin".';
  assert.deepEqual(read(text, ['Tom Reyes', 'Jo Stevens', 'Ann Roe']), [
    ['He is deeply sorry.', 'Tom Reyes', false],
    ['It is a scandal,', 'Jo Stevens', false],
    ['thin', 'Ann Roe', true],
  ]);
});

test('a judge as law reports write one, `Okafor J said`, speaks past the letters', () => {
  assert.deepEqual(read('"I do not accept that she was armed," Okafor J said.', ['Okafor']), [['I do not accept that she was armed,', 'Okafor', false]]);
});

test('`X told reporters` and `X told the newspaper Y` give the quote to X, not Y', () => {
  assert.deepEqual(read('"Talks have begun," Oleg Fedin told the Morning Star newspaper, edited by Jan Holt.', ['Oleg Fedin', 'Jan Holt']), [
    ['Talks have begun,', 'Oleg Fedin', false],
  ]);
  assert.deepEqual(read('"Talks have begun," Fedin told reporters.', ['Fedin']), [['Talks have begun,', 'Fedin', false]]);
});

test('a participle after `her` or a possessive describes the speaker (`her grieving sister Kim Tran said`); one before a name takes it as object', () => {
  const text = [
    'Her grieving sister Kim Tran said: "She was kind to everybody."',
    "Ms Tran's devastated brother Tom Tran said: \"We waited two years.\"",
    'Police arrested Joe Rudd. "He was calm," the officer said.',
  ].join('\n\n');
  assert.deepEqual(read(text, ['Kim Tran', 'Tom Tran', 'Joe Rudd']), [
    ['She was kind to everybody.', 'Kim Tran', false],
    ['We waited two years.', 'Tom Tran', false],
    ['He was calm,', null, false],
  ]);
});

test('other speech verbs are cues too', () => {
  for (const verb of ['added', 'noted', 'wrote', 'tweeted', 'declared', 'stressed', 'insisted', 'warned']) {
    assert.deepEqual(read(`"We will not wait," Fedin ${verb}.`, ['Fedin']), [['We will not wait,', 'Fedin', false]], verb);
  }
});

test('verbs that judge what is quoted give its words to their subject: `X dismissed the claims as "nonsense"`', () => {
  const text = [
    'Oleg Fedin dismissed the claims as "utter nonsense".',
    'Ana Vidal hailed the deal as "historic".',
    'Tom Hale accused the council of "lying to residents".',
    'Lena Marsh expressed "deep regret" over the delay.',
  ].join('\n');
  assert.deepEqual(read(text, ['Oleg Fedin', 'Ana Vidal', 'Tom Hale', 'Lena Marsh']), [
    ['utter nonsense', 'Oleg Fedin', true],
    ['historic', 'Ana Vidal', true],
    ['lying to residents', 'Tom Hale', true],
    ['deep regret', 'Lena Marsh', true],
  ]);
  // the participle, after its subject or in a `with` clause
  const participles = [
    'Tom Hale, accusing the council of "lying to residents," left the hall.',
    'The talks ended, with Mayor Ana Vidal accusing the board of "dragging the pier into a dead end" and the port silent.',
  ].join('\n');
  assert.deepEqual(read(participles, ['Tom Hale', 'Ana Vidal']), [
    ['lying to residents,', 'Tom Hale', true],
    ['dragging the pier into a dead end', 'Ana Vidal', true],
  ]);
});

test('a cue before the quote: `X said:`, `X:`, `according to X`, a participle', () => {
  assert.deepEqual(read('Oleg Fedin said: "We will not wait."', ['Oleg Fedin']), [['We will not wait.', 'Oleg Fedin', false]]);
  assert.deepEqual(read('Oleg Fedin: "We will not wait."', ['Oleg Fedin']), [['We will not wait.', 'Oleg Fedin', false]]);
  assert.deepEqual(read('According to Fedin, "the harbour is closed to everyone."', ['Fedin']), [['the harbour is closed to everyone.', 'Fedin', true]]);
  assert.deepEqual(read('Minister Ana Vidal took to social media on Monday, posting "The talks went very well today."', ['Ana Vidal']), [
    ['The talks went very well today.', 'Ana Vidal', false],
  ]);
  assert.deepEqual(read('Ana Vidal announced the deal online, adding, "It will be signed in June."', ['Ana Vidal']), [
    ['It will be signed in June.', 'Ana Vidal', false],
  ]);
  // A participle whose clause names no one: the office opening the sentence, after a lead-in or not.
  for (const opening of ['The senator later took a swipe at the mayor', 'In her speech the senator took a swipe at the mayor', 'On Monday, the senator took a swipe at the mayor']) {
    const swipe = `Senator Ana Ruiz met the board.\n${opening}, calling his plan "a disaster for the harbour."`;
    assert.deepEqual(read(swipe, [{ text: 'Ana Ruiz', start: 0, end: 0, role: 'Senator' }]), [['a disaster for the harbour.', 'Ana Ruiz', true]], opening);
  }
  // The office may take words before its noun.
  const director = 'Communications director Ana Ruiz met the board.\nThe communications director also took a shot at the mayor, writing "your plans do not add up."';
  assert.deepEqual(read(director, [{ text: 'Ana Ruiz', start: 0, end: 0, role: 'Communications director' }]), [['your plans do not add up.', 'Ana Ruiz', false]]);
  // After a quote opening the sentence (masked to blanks in the lead), even with the comma glued to `the`.
  for (const mark of [' - the', ' ,the']) {
    const swipe = `Senator Ana Ruiz met the board.\n"Nobody asked the people of this town what they wanted for their own harbour"${mark} senator took a swipe at the mayor, calling his plan "a disaster for the harbour."`;
    const found = read(swipe, [{ text: 'Ana Ruiz', start: 0, end: 0, role: 'Senator' }]);
    assert.deepEqual(found[1], ['a disaster for the harbour.', 'Ana Ruiz', true], mark);
  }
  // The participle's clause has a speech verb whose subject is a description: the person it describes.
  const text = 'Mayor Teresa Vollmar opened the pier.\nThe mayor herself responded on Twitter late Friday, calling the report "a sad day for the harbour."';
  assert.deepEqual(read(text, [{ text: 'Teresa Vollmar', start: 0, end: 0, role: 'Mayor' }]), [['a sad day for the harbour.', 'Teresa Vollmar', true]]);
});

test('a quoted question or sentence, then who said it: `"…?" Ms. Pelosi said`, `"…." Durbin said.`', () => {
  const names = ['Vidal', 'Fedin'];
  assert.deepEqual(read('"Have I not been clear on a wall?" Ms. Vidal said at a news conference.', names), [['Have I not been clear on a wall?', 'Vidal', false]]);
  assert.deepEqual(read('“We offered the council a meeting.” Fedin said on Monday.', names), [['We offered the council a meeting.', 'Fedin', false]]);
  // A new sentence that says more than who spoke is not the quote's cue.
  for (const text of ['"We won." Fedin then left the stage.', '"The economy is strong." Fedin said the numbers prove it.']) {
    assert.deepEqual(read(text, names).map(([, speaker]) => speaker), [null], text);
  }
});

test('more verbs that come before their subject: `"…," tweeted former Secretary X`, `lamented Senator X`', () => {
  const names = ['Ana Vidal', 'Oleg Fedin'];
  assert.deepEqual(read('“The people deserve the truth,” tweeted former Harbour Secretary Ana Vidal.', names), [['The people deserve the truth,', 'Ana Vidal', false]]);
  assert.deepEqual(read('“We have already lost,” lamented Senator Oleg Fedin, according to people at the meeting.', names), [['We have already lost,', 'Oleg Fedin', false]]);
});

test('a `he` reaches back a few paragraphs, further over paragraphs that open with `He`', () => {
  const opening = 'Mayor Oleg Fedin said on Friday that the pier would reopen.';
  const between = (first: string) => [`${first} thanked the builders.`, 'The deal includes no money for the roof.', 'Work starts next week.'];
  const last = '"Piers should not be controversial," he said.';
  // Three paragraphs of other things between: too far to tell.
  assert.deepEqual(read([opening, ...between('The crew'), last].join('\n'), ['Oleg Fedin']).at(-1), ['Piers should not be controversial,', null, false]);
  // One of them goes on about him: still him.
  assert.deepEqual(read([opening, ...between('He'), last].join('\n'), ['Oleg Fedin']).at(-1), ['Piers should not be controversial,', 'Oleg Fedin', false]);
});

test('a quote after a sentence of its paragraph that reports what someone said is theirs', () => {
  const names = ['Ana Vidal', 'Oleg Fedin'];
  assert.deepEqual(read('Ana Vidal said she has spoken to Fedin about the pier, and said he gets it. "Oleg always listened."', names), [
    ['Oleg always listened.', 'Ana Vidal', false],
  ]);
  // Not where the sentence before reports no one's words, nor a question, which the quote answers.
  assert.deepEqual(read('Police said the pier was closed. "Nobody may pass."', names).map(([, speaker]) => speaker), [null]);
  assert.deepEqual(read('Ana Vidal asked Oleg Fedin what he meant. "I was talking about the pier."', names).map(([, speaker]) => speaker), [null]);
  // The one asked (`Fedin, asked if…`, `when asked`) answers: the quote is theirs.
  assert.deepEqual(read('Oleg Fedin, asked if the mayor should resign, said no. "I leave that to the voters."', names).map(([, speaker]) => speaker), ['Oleg Fedin']);
  assert.deepEqual(read('Oleg Fedin, asked if the mayor should resign, said no.\n"I leave that to the voters."', names).map(([, speaker]) => speaker), ['Oleg Fedin']);
});

test('words between a subject and its verb: `he hasn’t apologized because "…"`, `X is expected to say`', () => {
  const text = 'Oleg Fedin told reporters that he hasn’t apologized to the builders because "I do not know who they are."';
  assert.deepEqual(read(text, ['Oleg Fedin']), [['I do not know who they are.', 'Oleg Fedin', false]]);
  assert.deepEqual(read('“The pier comes first,” Mr. Fedin is expected to say.', ['Fedin']), [['The pier comes first,', 'Fedin', false]]);
  assert.deepEqual(read('Mr. Fedin nevertheless said he was seeking “spiritual guidance,” and left.', ['Fedin']), [['spiritual guidance,', 'Fedin', true]]);
  const contracted = 'Oleg Fedin kept quiet; however, he’s maintained in interviews that “the pier will open.”';
  assert.deepEqual(read(contracted, ['Oleg Fedin']), [['the pier will open.', 'Oleg Fedin', true]]);
});

test('a capitalised title joined to what it is of keeps its holder the subject: `Governor of Washington X said`', () => {
  const names = ['Chris Gregoire', 'Enver Solomon', 'Elena Lauten', 'Stephen Fincher'];
  assert.deepEqual(read('In a statement, Governor of Washington Chris Gregoire said, "The museum worked hard."', names), [['The museum worked hard.', 'Chris Gregoire', false]]);
  assert.deepEqual(read('After the leak, CEO of the Refugee Council Enver Solomon told Sky News: "Moves are welcome."', names), [['Moves are welcome.', 'Enver Solomon', false]]);
  // Not an aside after `of` either where the institution opens the sentence: `Chamber of Commerce head X said`.
  assert.deepEqual(read('Chamber of Commerce head Elena Lauten said the deal came "not a moment too soon."', names), [['not a moment too soon.', 'Elena Lauten', true]]);
  // A description's `for` still names whom the role serves.
  const aide = 'Elena Lauten, the communications director for Rep. Stephen Fincher, wrote that they should "try showing a little class."';
  assert.deepEqual(read(aide, names), [['try showing a little class.', 'Elena Lauten', true]]);
});

test('what a named person said, by its kind, before a colon: `Hale\'s reaction: "…"`', () => {
  const names = ['Oleg Fedin', 'Hale', 'Vidal'];
  const text = '"We will see," said one resident, Oleg Fedin.\nHale\'s reaction: "Nobody asked me."\nVidal’s message was clear: "We rebuild."';
  assert.deepEqual(read(text, names).map(([, speaker]) => speaker), ['Oleg Fedin', 'Hale', 'Vidal']);
});

test('`"…," was X\'s reply` gives the quote to X', () => {
  const names = ['Ben Cole', 'Ana Vidal', 'Vidal'];
  const text = 'Ana Vidal’s spokesman, Ben Cole, said: "She will respond in due course."\n"Absolutely not," was Vidal\'s reply.';
  assert.deepEqual(read(text, names).map(([, speaker]) => speaker), ['Ben Cole', 'Vidal']);
});

test('a name owning what was said is the one `he` means: `Hale\'s response was swift. "…," he said.`', () => {
  const names = ['Tom Hale', 'Hale', 'Oleg Fedin'];
  const text = 'Tom Hale met the council.\nHale\'s response was swift. "Nonsense," he said.\nOleg Fedin\'s comments drew anger. "I stand by them," he said.';
  assert.deepEqual(read(text, names).map(([, speaker]) => speaker), ['Hale', 'Oleg Fedin']);
});

test('what a person wrote speaks for them: `Okafor\'s ruling said`, not `Okafor\'s clerk said`', () => {
  const names = ['Okafor', 'Tom Hale', 'Hale'];
  const ruling = 'Okafor\'s ruling said the state "failed to weigh the harm."';
  const longer = 'Okafor\'s 34-page ruling, issued Thursday, said the state "failed to weigh the harm."';
  const clerk = 'Okafor\'s clerk said the state "failed to weigh the harm."';
  assert.deepEqual([ruling, longer, clerk].map((text) => read(text, names)[0][1]), ['Okafor', 'Okafor', null]);
  // and is the one `he` means after it
  const letter = 'Tom Hale quit. Hale\'s letter named no one. He said the union needed "a fresh start."';
  assert.deepEqual(read(letter, names).map(([, speaker]) => speaker), ['Hale']);
});

test('`he` after a sentence about a person the text does not name means that person, not the named one before: no speaker', () => {
  const names = ['Tom Hale', 'Ana Vidal'];
  const unnamed = 'Tom Hale arrived. Ana Vidal\'s spokesman was there. "We disagree," he said.';
  assert.deepEqual(read(unnamed, names).map(([, speaker]) => speaker), [null]);
  // A spokeswoman is not who `he` means, but is whom `she` means.
  const other = 'Tom Hale arrived. A spokeswoman for Vidal was there. "We disagree," he said.';
  assert.deepEqual(read(other, names).map(([, speaker]) => speaker), ['Tom Hale']);
  const her = 'Ana Vidal arrived. A spokeswoman for Hale was there. "We disagree," she said.';
  assert.deepEqual(read(her, names).map(([, speaker]) => speaker), [null]);
});

test('`she added` after a quote an unnamed woman said, or `he said` after a resident spoke, means that one, not the named person before', () => {
  const names = ['Ana Vidal', 'Tom Hale'];
  const woman = ['Ana Vidal said the town had no shelters.', '"We sleep in the metro now," one woman said.', '"Where else can we go?" she added.'].join('\n');
  const inverted = ['Ana Vidal said the town had no shelters.', '"We sleep in the metro now," said a local woman.', '"Where else can we go?" she added.'].join('\n');
  const resident = ['Tom Hale laughed. A resident standing beside him said: "There are no soldiers here."', '"Only children," he said.'].join('\n');
  assert.deepEqual([woman, inverted, resident].map((text) => read(text, names)[1][1]), [null, null, null]);
  // A description a name follows is that person's; one of the other gender is not whom the pronoun means.
  const veteran = ['Tom Hale arrived.', 'A veteran of two wars, Hale said he was tired. "I want to go home," he said.'].join('\n');
  const other = ['Ana Vidal said the town had no shelters.', '"We sleep in the metro now," one man said.', '"Where else can we go?" she added.'].join('\n');
  assert.deepEqual([read(veteran, [...names, 'Hale'])[0][1], read(other, names)[1][1]], ['Hale', 'Ana Vidal']);
});

test('`she said` after a person introduced by a possessive description means that person, not the subject before', () => {
  const names = ['Ruth Olsen', 'Anna Lind'];
  const union = ['Mayor Ruth Olsen backed the crews.', "The union's spokeswoman Anna Lind led a march. \"We will be back,\" she said."].join('\n');
  assert.deepEqual(read(union, names).map(([, speaker]) => speaker), ['Anna Lind']);
});

test('`she said` after a passive whose agent is a person means the agent, where its subject is a thing', () => {
  const names = ['Ingrid Sand', 'Clara Finch', 'Tom Reid', 'Ana Vidal'];
  const award = ['Ingrid Sand opened the fair.', 'The award was accepted by his daughter Clara Finch.', '"Dad would have laughed," she said.'].join('\n');
  assert.deepEqual(read(award, names).map(([, speaker]) => speaker), ['Clara Finch']);
  // a person the passive is about stays its subject: `Vidal was replaced by Tom Reid` is about her
  const replaced = ['Ana Vidal was replaced by Tom Reid.', '"I am gutted," he said.'].join('\n');
  const hers = ['Ana Vidal was replaced by Tom Reid.', '"I am gutted," she said.'].join('\n');
  assert.deepEqual([read(replaced, names)[0][1], read(hers, names)[0][1]], ['Tom Reid', 'Ana Vidal']);
});

test('`she said` after an unnamed neighbour or passer-by is introduced means that one, not the officer quoted before', () => {
  const names = ['Ana Vidal'];
  const neighbour = ['"Call us," said Inspector Ana Vidal.', 'A neighbour, who did not want to be named, said she heard a shout. "It was over in seconds," she said.'].join('\n');
  const passerby = ['"Call us," said Inspector Ana Vidal.', 'One passer-by said she saw smoke. "It was black," she said.'].join('\n');
  assert.deepEqual([neighbour, passerby].map((text) => read(text, names)[1][1]), [null, null]);
});

test('`he` after a sentence about an office no one named holds means that office holder: no speaker', () => {
  const chief = 'Governor Tom Hale visited the site. The regional police chief said six people had died. "We are still counting," he said.';
  assert.deepEqual(read(chief, [{ text: 'Tom Hale', start: 0, end: 0, role: 'Governor' }]).map(([, speaker]) => speaker), [null]);
  // the office someone named holds is theirs
  const governor = 'Tom Hale visited the site. The governor said six people had died. "We are still counting," he said.';
  assert.deepEqual(read(governor, [{ text: 'Tom Hale', start: 0, end: 0, role: 'Governor' }]).map(([, speaker]) => speaker), ['Tom Hale']);
});

test('`he` after an anonymous source described by country or rank means that source, not the minister named before', () => {
  const names = ['Ana Vidal', 'Tom Hale'];
  const official = 'Ana Vidal left early. A senior Norvian official, speaking on condition of anonymity, said talks had failed. "They offered nothing," she said.';
  const diplomat = 'Tom Hale declined to comment. One Western diplomat who attended said the mood was grim. "Nobody expected a deal," he said.';
  const us = 'Tom Hale spoke first. A senior U.S. official said Washington was disappointed. "We hoped for more," he said.';
  assert.deepEqual([official, diplomat, us].map((text) => read(text, names)[0][1]), [null, null, null]);
});

test('a short sentence saying what one person did (or that they issued a statement) gives them the quote after it', () => {
  assert.deepEqual(read('Asked about the pier, Hale shrugged. "Who knows?"', ['Hale']), [['Who knows?', 'Hale', false]]);
  assert.deepEqual(read('Vidal was blunt. "We rebuild."', ['Vidal']), [['We rebuild.', 'Vidal', false]]);
  const statement = 'Senator Ana Vidal, a Democrat, issued a statement regarding the decision. "Like many here, I am disappointed."';
  assert.deepEqual(read(statement, ['Ana Vidal']), [['Like many here, I am disappointed.', 'Ana Vidal', false]]);
  // Not a sentence that only names someone (a byline, a caption), nor one that goes on to more.
  for (const text of ['Peter Zimonjic. "MP calls for probe"', 'Hale met the board on Monday. "It went well."']) {
    assert.deepEqual(read(text, ['Peter Zimonjic', 'Hale']).map(([, speaker]) => speaker), [null], text);
  }
});

test('`who` after a name is that name, after a preposition too: `a call from Sen. X of Minnesota, who tweeted that "…"`', () => {
  const text = 'It was a similar call from Sen. Ana Vidal of Minnesota, who tweeted that “the report must be public.”';
  assert.deepEqual(read(text, ['Ana Vidal']), [['the report must be public.', 'Ana Vidal', true]]);
  const chimed = 'And Sen. Ana Vidal of New York also chimed in, demanding that the “report must be made public.”';
  assert.deepEqual(read(chimed, ['Ana Vidal']).map(([, speaker]) => speaker), ['Ana Vidal']);
});

test('a quote that ends on a quote inside it, then who said it: `…take?’” Mrs. Clinton said`', () => {
  const text = '“My view is we should call her to say, ‘What would it take to get a deal for our workers?’” Mrs. Vidal said, agreeing with her.';
  assert.deepEqual(read(text, ['Vidal']).map(([, speaker]) => speaker), ['Vidal']);
});

test('`," aides said Mr. X told his colleagues`: the one they report speaking', () => {
  assert.deepEqual(read('“We got wiped out,” aides said Mr. Fedin told his colleagues.', ['Fedin']), [['We got wiped out,', 'Fedin', false]]);
  assert.deepEqual(read('“We won,” officials said Fedin would announce.', ['Fedin']).map(([, speaker]) => speaker), [null]);
});

test('a headline\'s bare office is the first person the story gives that office', () => {
  const text = 'Mayor vows "no retreat" on pier plan\nMayor Ana Vidal said on Monday that the pier would reopen.';
  const names: NameMention[] = [{ ...mentionsOf(text, ['Ana Vidal'])[0], role: 'Mayor' }];
  const headline = { start: 0, end: text.indexOf('\n') };
  const withHeadline = { ...anatomyOf(text), headline: text.slice(0, headline.end), headlineSpan: headline };
  assert.deepEqual(findQuotes(text, withHeadline, names).map((q) => q.speakerName), ['Ana Vidal']);
  // Not outside the headline, where the story would have written `the mayor`.
  assert.deepEqual(findQuotes(text, anatomyOf(text), names).map((q) => q.speakerName), [null]);
});

test('a headline\'s verbs share the name that opens it: `Vidal visits pier, vows to end \'years of neglect\'`', () => {
  const text = "Vidal visits pier, vows to end 'years of neglect'\nMayor Ana Vidal visited the pier on Monday with Tom Hale.";
  const names = mentionsOf(text, ['Ana Vidal', 'Vidal', 'Tom Hale']);
  const headline = { start: 0, end: text.indexOf('\n') };
  const withHeadline = { ...anatomyOf(text), headline: text.slice(0, headline.end), headlineSpan: headline };
  assert.deepEqual(findQuotes(text, withHeadline, names).map((q) => [q.text, q.speakerName]), [['years of neglect', 'Vidal']]);
});

test("a judging verb with no object is said of its subject, not by it: `Vidal accused of 'broken promise'`", () => {
  const text = "Vidal accused of 'broken promise' on pier\nMayor Ana Vidal was accused by Tom Hale of breaking a promise.";
  const names = mentionsOf(text, ['Ana Vidal', 'Vidal', 'Tom Hale']);
  const headline = { start: 0, end: text.indexOf('\n') };
  const withHeadline = { ...anatomyOf(text), headline: text.slice(0, headline.end), headlineSpan: headline };
  // (a headline's quote that no one said is a scare quote, and left out)
  assert.deepEqual(findQuotes(text, withHeadline, names).map((q) => [q.text, q.speakerName]), []);
  // With its object, the subject's words.
  assert.deepEqual(read('Tom Hale accused Ana Vidal of a "broken promise" on Monday.', ['Tom Hale', 'Ana Vidal']).map(([, speaker]) => speaker), ['Tom Hale']);
});

/** The speakers of the quotes in a headline above a story that names a mayor and a deputy mayor. */
function headlineSpeakers(headline: string): (string | null)[] {
  const text = `${headline}\nMayor Ana Vidal and Deputy Mayor Tom Hale visited the site.`;
  const [vidal, hale] = mentionsOf(text, ['Ana Vidal', 'Tom Hale']);
  const names: NameMention[] = [
    { ...vidal, role: 'Mayor' },
    { ...hale, role: 'Deputy Mayor' },
  ];
  const span = { start: 0, end: headline.length };
  return findQuotes(text, { ...anatomyOf(text), headline, headlineSpan: span }, names).map((q) => q.speakerName);
}

test('a headline\'s bare office after its verb: `"We will rebuild," says deputy mayor`', () => {
  assert.deepEqual(headlineSpeakers('"We will rebuild," says deputy mayor after pier fire'), ['Tom Hale']);
  assert.deepEqual(headlineSpeakers('"We will rebuild," says mayor after pier fire'), ['Ana Vidal']);
});

test('a headline\'s office before its colon: `Deputy mayor: \'We will rebuild\'`', () => {
  assert.deepEqual(headlineSpeakers("Deputy mayor: 'We will rebuild'"), ['Tom Hale']);
  assert.deepEqual(headlineSpeakers("Mayor: 'We will rebuild'"), ['Ana Vidal']);
  assert.deepEqual(headlineSpeakers("Pier fire: 'We will rebuild'"), [null]);
});

test('a headline\'s quote, a colon, then a name credits the name: `\'We will rebuild\': Ana Vidal visits pier`', () => {
  assert.deepEqual(headlineSpeakers("'We will rebuild': Ana Vidal visits pier"), ['Ana Vidal']);
  assert.deepEqual(headlineSpeakers("'We will rebuild': Deputy Mayor Tom Hale on the pier fire"), ['Tom Hale']);
  // A name further into what follows is not the credit.
  assert.deepEqual(headlineSpeakers("'We will rebuild': pier fire hits Ana Vidal"), [null]);
});

test('a headline\'s office with its place or story before it: `Harbour mayor: \'We will rebuild\'`, `"…," Harbour mayor vows`', () => {
  assert.deepEqual(headlineSpeakers("Pier town mayor: 'We will rebuild'"), ['Ana Vidal']);
  assert.deepEqual(headlineSpeakers('“We will rebuild,” Harbourside mayor vows after pier fire'), ['Ana Vidal']);
  assert.deepEqual(headlineSpeakers('“We will rebuild,” Harbourside deputy mayor vows'), ['Tom Hale']);
  assert.deepEqual(headlineSpeakers('“We will rebuild,” Harbourside pier owner vows'), [null]);
});

test('`"…." Those were the words of union leader X`: the sentence after the quote names whose it was', () => {
  const text = '"We are not going anywhere." Those were the words of union leader Mick Dawson as pickets gathered.\n"It is over." That was the view of Ann Hale, who said she would leave.';
  assert.deepEqual(read(text, ['Mick Dawson', 'Ann Hale']), [
    ['We are not going anywhere.', 'Mick Dawson', false],
    ['It is over.', 'Ann Hale', false],
  ]);
});

test('a quote that ends its paragraph, credited by the sentence below: `That was how X put it`, not the speaker before', () => {
  const text = '"It is a lifeline," Priya Ashdown said.\n"We were never asked."\nThat was how islander Margit Olsen put it after the vote.\n"No," Priya Ashdown said.\n"We will appeal."\nThat is what Margit Olsen wanted, neighbours say.';
  assert.deepEqual(read(text, ['Priya Ashdown', 'Margit Olsen']), [
    ['It is a lifeline,', 'Priya Ashdown', false],
    ['We were never asked.', 'Margit Olsen', false],
    ['No,', 'Priya Ashdown', false],
    ['We will appeal.', 'Priya Ashdown', false],
  ]);
});

test('`the lawmaker said` means the senator or representative named before', () => {
  const text = 'Rep. Oleg Fedin apologized on Monday.\nAfter the video spread, the lawmaker said he is "profoundly" sorry.';
  assert.deepEqual(read(text, [{ text: 'Oleg Fedin', start: 0, end: 0, role: 'Rep.' }]), [['profoundly', 'Oleg Fedin', true]]);
});

test('`the coach said` means the manager or boss named before, as sports pages use the words for one job', () => {
  const text = [
    'Lennart Oyelaran scored twice for the home side.',
    'Harriers manager Bea Castellane praised her players. "We never stopped running," the coach said.',
  ].join('\n\n');
  assert.deepEqual(read(text, ['Lennart Oyelaran', { text: 'Bea Castellane', start: 0, end: 0, role: 'Harriers manager' }]), [
    ['We never stopped running,', 'Bea Castellane', false],
  ]);
});

test('`the judge said` with no judge named before means the judge the same paragraph names next', () => {
  const text = [
    'Prosecutors said Olin Marsk hid the payments.',
    '"You knew exactly what you were doing," the judge told the court. Judge Wilma Treves set sentencing for June.',
  ].join('\n\n');
  assert.deepEqual(read(text, ['Olin Marsk', { text: 'Wilma Treves', start: 0, end: 0, role: 'Judge' }]), [
    ['You knew exactly what you were doing,', 'Wilma Treves', false],
  ]);
});

test('`the judge said` and `His Honour said` mean the Justice just named, not the justice minister', () => {
  const text = [
    'Justice Minister Ada Crane welcomed the verdict. Justice Emeka Okafor rejected the claim of self-defence.',
    '"I do not accept that she was armed," the judge said.',
    '"The wounds tell another story," His Honour said.',
    'Ada Crane left. "It cannot be reconciled with the evidence," his Honour added.',
  ].join('\n\n');
  const judge = { text: 'Emeka Okafor', start: 0, end: 0, role: 'Justice' };
  assert.deepEqual(read(text, [{ text: 'Ada Crane', start: 0, end: 0, role: 'Justice Minister' }, judge]), [
    ['I do not accept that she was armed,', 'Emeka Okafor', false],
    ['The wounds tell another story,', 'Emeka Okafor', false],
    ['It cannot be reconciled with the evidence,', 'Emeka Okafor', false],
  ]);
});

test('an office in capitals, as British, Australian and Indian papers write it: `the Premier said`, `said the Chief Minister`', () => {
  const text = [
    'Premier Dana Harcourt opened the plant with Chief Minister Ravi Menon.',
    'Ana Vidal, a local farmer, watched.',
    '"We are building homes," the Premier said.',
    '"It will end the water woes," said the Chief Minister.',
    '"We disagree," the White House said.',
  ].join('\n\n');
  assert.deepEqual(read(text, ['Dana Harcourt', 'Ravi Menon', 'Ana Vidal']), [
    ['We are building homes,', 'Dana Harcourt', false],
    ['It will end the water woes,', 'Ravi Menon', false],
    ['We disagree,', null, false],
  ]);
});

test('`the minister said` is the health minister named before; `the Secretary General said` is not a general', () => {
  const text = ['Health Minister Ana Vidal visited the ward.', '"We will act," the minister said.', 'UN Secretary General Rosa Lind and General Tom Reid met.', '"We will talk," the Secretary General said.'].join('\n\n');
  assert.deepEqual(read(text, ['Ana Vidal', 'Rosa Lind', 'Tom Reid']), [
    ['We will act,', 'Ana Vidal', false],
    ['We will talk,', 'Rosa Lind', false],
  ]);
});

test('`the chancellor said` is not the shadow chancellor named since, nor `the mayor` the deputy mayor', () => {
  const text = [
    'Chancellor Ana Vidal froze fuel duty, and Mayor Rosa Lind welcomed it.',
    'Shadow chancellor Tom Reid said: "It is a con." Deputy Mayor Ivan Petrov agreed.',
    'Asked about the criticism, the chancellor said: "I will not apologise."',
    '"We will act," the mayor said.',
  ].join('\n\n');
  assert.deepEqual(read(text, ['Ana Vidal', 'Rosa Lind', 'Tom Reid', 'Ivan Petrov']), [
    ['It is a con.', 'Tom Reid', false],
    ['I will not apologise.', 'Ana Vidal', false],
    ['We will act,', 'Rosa Lind', false],
  ]);
});

test('`the opposition leader said` is the one given that office, not another leader', () => {
  const text = 'Opposition Leader Oleg Fedin and party leader Ana Vidal clashed.\n"This is reckless," the opposition leader said.';
  const names = [
    { text: 'Oleg Fedin', start: 0, end: 0, role: 'Opposition Leader' },
    { text: 'Ana Vidal', start: 0, end: 0, role: 'party leader' },
  ];
  assert.deepEqual(read(text, names).map(([, speaker]) => speaker), ['Oleg Fedin']);
});

test('`the prime minister said` is not any minister, nor `the deputy mayor` the mayor', () => {
  const text = [
    'The minister, Oleg Fedin, defended the plan, and Mayor Ana Vidal backed him.',
    'In a post, the former prime minister wrote: "The country deserves better than this."',
    'The deputy mayor called it "a mess".',
    '"We will deliver," said the minister.',
    'The mayor said she was "delighted".',
  ].join('\n');
  const names = [
    { text: 'Oleg Fedin', start: 0, end: 0, role: 'The minister' },
    { text: 'Ana Vidal', start: 0, end: 0, role: 'Mayor' },
  ];
  assert.deepEqual(
    read(text, names).map(([quote, speaker]) => [quote, speaker]),
    [
      ['The country deserves better than this.', null],
      ['a mess', null],
      ['We will deliver,', 'Oleg Fedin'],
      ['delighted', 'Ana Vidal'],
    ],
  );
});

test('`in the words of X, "…"` is X\'s', () => {
  const text = 'Her condition worsened, and in the words of the Crown prosecutor, Tom Hale, QC, "She spent months in pain."';
  assert.deepEqual(read(text, ['Tom Hale']), [['She spent months in pain.', 'Tom Hale', false]]);
});

test('`with X saying` makes X the participle\'s subject', () => {
  const text = 'The plan drew criticism from Ana Vidal and Tom Hale, with Hale stating: "People cannot fill in these forms."';
  assert.deepEqual(read(text, ['Ana Vidal', 'Tom Hale', 'Hale']), [['People cannot fill in these forms.', 'Hale', false]]);
  // Titles may stand between `with` and the name: `with CEO Tom Hale saying`.
  const titled = 'Lumenfold shares fell 3%, with CEO Tom Hale saying revenue would be "down modestly this quarter."';
  assert.deepEqual(read(titled, ['Tom Hale']), [['down modestly this quarter.', 'Tom Hale', true]]);
  const company = 'Shares fell, with Lumenfold chief executive Tom Hale adding that costs were "far too high."';
  assert.deepEqual(read(company, ['Tom Hale']), [['far too high.', 'Tom Hale', true]]);
});

test('a short clause about a person before a colon gives them the quote: `X disagreed: "…"`', () => {
  const names = ['Ana Vidal', 'Oleg Fedin', 'Tom Hale'];
  assert.deepEqual(read('Vidal\'s deputy, Oleg Fedin, disagreed: "The money should have gone to schools."', names), [
    ['The money should have gone to schools.', 'Oleg Fedin', false],
  ]);
  assert.deepEqual(read('Fire chief Tom Hale was blunter: "It is safe."', names), [['It is safe.', 'Tom Hale', false]]);
  // Past what the text says of the person between commas.
  assert.deepEqual(read('Tom Hale, a soybean grower from the north of the state, was less sure: "We have heard promises."', names), [
    ['We have heard promises.', 'Tom Hale', false],
  ]);
  // Not where the person is what the clause is about but not its subject, nor where it names two.
  for (const text of [
    'The inspectors blamed Tom Hale: "He failed the town."',
    'Critics of Tom Hale were blunt: "He failed the town."',
    'Tom Hale met Ana Vidal on Monday: "It went well."',
  ]) {
    assert.deepEqual(read(text, names).map(([, speaker]) => speaker), [null], text);
  }
});

test('a question put to a person is not theirs, whoever the asker\'s pronoun would mean', () => {
  const fedin = { text: 'Oleg Fedin', start: 0, end: 0, role: 'Senator' };
  const names = [fedin, 'Fedin'];
  for (const text of [
    'Senator Oleg Fedin was filmed on Sunday. Fedin grabbed the "student" after he asked the senator if he "backed the harbour plan."',
    'Senator Oleg Fedin was filmed on Sunday. One of the students asked him, "Do you back the harbour plan?"',
    'Senator Oleg Fedin was filmed on Sunday. "Do you back the harbour plan?" he asked Fedin.',
  ]) {
    const question = read(text, names).find(([quoted]) => quoted.includes('harbour plan'));
    assert.equal(question?.[1], null, text);
  }
  // The one asked may still ask back: `Fedin asked him, "Who are you?"` is Fedin's.
  assert.deepEqual(read('A student approached Oleg Fedin. Fedin asked him, "Who are you?"', names), [['Who are you?', 'Fedin', false]]);
});

test('a verb after `and` shares the subject of the main clause: `X called it "…" and said: "…"`', () => {
  const nandakumar = { text: 'Priya Nandakumar', start: 0, end: 0, role: 'Shadow housing secretary' };
  assert.deepEqual(read('Shadow housing secretary Priya Nandakumar called it "a developers\' charter" and said: "This government has lost touch."', [nandakumar]), [
    ["a developers' charter", 'Priya Nandakumar', true],
    ['This government has lost touch.', 'Priya Nandakumar', false],
  ]);
  assert.deepEqual(read('Ana Vidal looked up from her notes and immediately asked, "who are you?"', ['Ana Vidal']), [['who are you?', 'Ana Vidal', false]]);
  // A retweet is a speech verb too: `… and also retweeted the news with three words: "…"`.
  assert.deepEqual(read('Ana Vidal made similar demands and also retweeted the news of the report with three words: "See you Sunday."', ['Ana Vidal']), [
    ['See you Sunday.', 'Ana Vidal', false],
  ]);
  // The verb may belong to a clause inside the sentence, with a subject of its own.
  for (const text of [
    'Ana Vidal was filmed on Monday after a young man approached her and asked if she backed the "harbour agenda."',
    'I am not Ana Vidal, but when people come up to me and say, "Hey Ana, my name is Tom," I laugh.',
    'Ana Vidal praised Oleg Fedin as Tom Hale has, and said she hoped he would "seize" the chance.',
    'Ana Vidal said that when a reporter stopped the car and asked, "Where are the minutes?" nobody answered.',
    'Ana Vidal said the port would close if Oleg Fedin signed the order and warned of "a long winter."',
  ]) {
    assert.deepEqual(
      read(text, ['Ana Vidal', 'Oleg Fedin', 'Tom Hale']).map(([, speaker]) => speaker),
      [null],
      text,
    );
  }
});

test('a verb after `but`, or after a clause that names no one, shares the subject of the speech verb before it', () => {
  const names = ['Ana Vidal', 'Vidal'];
  for (const text of [
    'Vidal said she does not share the mayor\'s hopes but said the plan "shows how much work is left."',
    'Ana Vidal said the town expects more traffic if the council passes the budget and urged members to "get this done."',
    'Vidal, who led the review, said the repairs were "urgent" but acknowledged that the decisions are "made locally."',
    'Ana Vidal wrote on Friday that the councillors should "show some respect" and described the meeting as better suited to "a night at the pub."',
  ]) {
    const speakers = read(text, names).map(([, speaker]) => speaker);
    assert.ok(speakers.length > 0 && speakers.every((s) => s === 'Ana Vidal' || s === 'Vidal'), `${text}: ${speakers}`);
  }
});

test('a pronoun opening the sentence is the subject of a verb after `and` or `but`, its gender known from `Mr.` or `Ms.`', () => {
  // The mention finder gives the gender an honorific says (see findMentions).
  const text = [
    'Ms. Ana Vidal opened the meeting and Tom Hale spoke after her.',
    'He did not take questions on Monday, but did say at a meeting in Hawick that the plan is "the worst idea we have had."',
    'A defender of the port, she has criticised Mr. Hale for months, and said the deal was "a gift to developers."',
  ].join('\n');
  const names: NameMention[] = [
    { start: 0, end: 0, text: 'Ana Vidal', gender: 'female' },
    { start: 0, end: 0, text: 'Tom Hale' },
    { start: 0, end: 0, text: 'Hale', gender: 'male' },
  ];
  assert.deepEqual(read(text, names).map(([, speaker]) => speaker), ['Tom Hale', 'Ana Vidal']);
  // `Ms.` says who `he` is not, where nothing else does: the man of the paragraph before.
  const vidalAndReed = 'The plan, said Reed, is late.\nMs. Vidal called on the mayor to resign.\nHe did not take questions, but did say the plan is "the worst idea we have had."';
  assert.deepEqual(read(vidalAndReed, [{ start: 0, end: 0, text: 'Vidal', gender: 'female' }, 'Reed']).map(([, speaker]) => speaker), ['Reed']);
});

test('a habit of speech is a cue: `He used to say, "…"`, `she liked to say that "…"`', () => {
  const text = 'My advisor was Tomas Brandt. He used to say, "Measure twice, publish once."\nIda Lund taught there too. As a teacher, she liked to say that "data never lies."';
  assert.deepEqual(read(text, ['Tomas Brandt', 'Ida Lund']).map(([, speaker]) => speaker), ['Tomas Brandt', 'Ida Lund']);
});

test('a quote gives the gender its cue says of the speaker: an honorific, a pronoun, and on to a quote that continues it', () => {
  const text = [
    'Ivo Brenvik and his wife, Ilse Brenvik, came to court.',
    '"I did nothing wrong," Mr Brenvik said.',
    '"We will appeal," Mrs Brenvik said. "We have the money."',
    'Later she added: "It was a long day."',
    '"Home now," said Brenvik.',
  ].join('\n');
  const at = (words: string) => text.indexOf(words) + words.length - 'Brenvik'.length;
  const names: NameMention[] = [
    { start: 0, end: 0, text: 'Ivo Brenvik' },
    { start: 0, end: 0, text: 'Ilse Brenvik' },
    { start: at('Mr Brenvik'), end: at('Mr Brenvik') + 7, text: 'Brenvik', gender: 'male' },
    { start: at('Mrs Brenvik'), end: at('Mrs Brenvik') + 7, text: 'Brenvik', gender: 'female' },
    { start: at('said Brenvik'), end: at('said Brenvik') + 7, text: 'Brenvik' },
  ];
  const found = findQuotes(text, anatomyOf(text), mentionsOf(text, names.slice(0, 2)).concat(names.slice(2)).sort((a, b) => a.start - b.start));
  assert.deepEqual(
    found.map((q) => [q.text, q.speakerName, q.speakerGender]),
    [
      ['I did nothing wrong,', 'Brenvik', 'male'],
      ['We will appeal,', 'Brenvik', 'female'],
      ['We have the money.', 'Brenvik', 'female'],
      ['It was a long day.', 'Brenvik', 'female'],
      ['Home now,', 'Brenvik', undefined],
    ],
  );
});

test('a speech verb in a clause inside the sentence: `after Voss said`, `The plan, said Reed, is`, not `officials, who had called her out,`', () => {
  const names = ['Ana Vidal', 'Tom Reed'];
  const speakers = (text: string) => read(text, names).map(([, speaker]) => speaker);
  assert.deepEqual(speakers('The row began after Ana Vidal said at a town hall that most residents "want the harbour left alone."'), ['Ana Vidal']);
  assert.deepEqual(speakers('The plan, said Tom Reed, the council\'s treasurer, is "a disgrace to this town."'), ['Tom Reed']);
  assert.deepEqual(speakers('Ana Vidal said that union officials, who had called her out for missing a meeting, could "look elsewhere for support."'), ['Ana Vidal']);
  // The comma that opens the quote closes no aside: the relative clause is the name's.
  assert.deepEqual(speakers('The deal was welcomed by Senator Tom Reed, who however said, "Any deal must pass the Senate."'), ['Tom Reed']);
  // `after` before a name that does not speak stays a preposition.
  assert.deepEqual(speakers('After Tom Reed\'s speech, Ana Vidal said the plan was "a disgrace to this town."'), ['Ana Vidal']);
});

test('cues of two words: `as X pointed out`, `as X put it`', () => {
  assert.deepEqual(read('But, as Mr. Olsen pointed out, "the committees decide the details" in separate votes.', ['Olsen']), [
    ['the committees decide the details', 'Olsen', true],
  ]);
  assert.deepEqual(read('As Olsen put it, "Nobody reads the small print until the flood comes."', ['Olsen']), [
    ['Nobody reads the small print until the flood comes.', 'Olsen', false],
  ]);
  // `pointed to` and `put it off` say nothing of speaking.
  assert.deepEqual(read('Olsen pointed to the map of "the old quarter and its flooded streets."', ['Olsen']), [['the old quarter and its flooded streets.', null, true]]);
  // `spoke of` quotes a phrase of the speaker's; `spoke` alone says only that someone gave a talk.
  assert.deepEqual(read('Olsen spoke of "a turning point for the valley."', ['Olsen']), [['a turning point for the valley.', 'Olsen', true]]);
  assert.deepEqual(read('Olsen spoke at the opening of "Harbour Lights and Other Songs" on Friday.', ['Olsen']), []);
});

test('`already` may stand between a subject and its verb: `X had already said … "…"`', () => {
  const text = 'Ana Vidal called the plan "sound", while her deputy, Tom Hale, had already said the town would do "whatever it takes" to keep the pier.';
  assert.deepEqual(read(text, ['Ana Vidal', 'Tom Hale']), [
    ['sound', 'Ana Vidal', true],
    ['whatever it takes', 'Tom Hale', true],
  ]);
});

test('`TASS quoted X as saying` gives the quote to X, and `quoted him as saying` to the person he is', () => {
  assert.deepEqual(read('"The reserves must be assessed first," the agency TASS quoted Ivan Petrov as saying.', ['Ivan Petrov']), [
    ['The reserves must be assessed first,', 'Ivan Petrov', false],
  ]);
  const text = 'Ivan Petrov stressed the cost. "The reserves must be assessed first," TASS quoted him as saying.';
  assert.deepEqual(read(text, ['Ivan Petrov']), [['The reserves must be assessed first,', 'Ivan Petrov', false]]);
});

test('a line that ends `- X` or `— X` gives the quote to X', () => {
  const text = '"We have the metals. We have a lot of them." - Ivan Petrov\nMoscow, May 2: Officials met on Monday.\n“Nothing is decided.” — Ana Vidal';
  assert.deepEqual(read(text, ['Ivan Petrov', 'Ana Vidal']), [
    ['We have the metals. We have a lot of them.', 'Ivan Petrov', false],
    ['Nothing is decided.', 'Ana Vidal', false],
  ]);
});

test('a quote ending its paragraph over a line `— X` or `- X, role` is X\'s', () => {
  const text = ['Two rescuers spoke to reporters on Tuesday.', '"I thought that was it."', '— Ana Vidal', '"I just went."', '- Ivan Petrov, rescuer'].join('\n\n');
  assert.deepEqual(read(text, ['Ana Vidal', 'Ivan Petrov']), [
    ['I thought that was it.', 'Ana Vidal', false],
    ['I just went.', 'Ivan Petrov', false],
  ]);
});

test('a nickname inside a name is no quote: `Lucas "Luke" Brennan`', () => {
  const text = 'Mayor Lucas "Luke" Brennan said the town was proud, and Tom "The Hammer" Reed said so too.';
  assert.deepEqual(read(text, ['Lucas', 'Brennan', 'Tom', 'Reed']), []);
});

test('`said Westland Power spokeswoman Naomi Fairbairn`: the person after the company and the role speaks', () => {
  const text = '"Power is back," said Westland Power spokeswoman Naomi Fairbairn. "We are ready," said Voltaris chairwoman Lena Marchetti.';
  assert.deepEqual(read(text, ['Westland', 'Naomi Fairbairn', 'Voltaris', 'Lena Marchetti']), [
    ['Power is back,', 'Naomi Fairbairn', false],
    ['We are ready,', 'Lena Marchetti', false],
  ]);
});

test('a credit before the title of a post gives the quote to whom it names, and to no one else: `"…" Anonymous blogger, "Title"`', () => {
  const text =
    'Writing on his blog, Ivan Petrov called it "a long game".\n"A new obsession is taking hold on the internet." Anonymous blogger, "War on the harbour board"\n"We have only begun." Ana Vidal, "Notes from the pier"';
  assert.deepEqual(
    read(text, ['Ivan Petrov', 'Ana Vidal']).filter(([, , partial]) => !partial),
    [
      ['A new obsession is taking hold on the internet.', null, false],
      ['We have only begun.', 'Ana Vidal', false],
    ],
  );
});

test('an apposition between the name and the verb: `X, the spokesman, said`', () => {
  assert.deepEqual(read('"It is early days," Oleg Fedin, the port spokesman, said on Monday.', ['Oleg Fedin']), [
    ['It is early days,', 'Oleg Fedin', false],
  ]);
  assert.deepEqual(read('"It is early days," Senator Ann Cole of Maine, the ranking member, said.', ['Ann Cole']), [['It is early days,', 'Ann Cole', false]]);
});

test('`X was quoted as saying`, an unlisted verb next to the name, and a capitalised quote before its cue', () => {
  assert.deepEqual(read('"How about the mayor starts it off?" Mr. Reed was quoted as saying.', ['Reed']), [['How about the mayor starts it off?', 'Reed', false]]);
  assert.deepEqual(read('"It is inconsistent with the record," summarized Dan Senor.', ['Dan Senor']), [['It is inconsistent with the record,', 'Dan Senor', false]]);
  assert.deepEqual(read('Vidal cited the court ruling on voting, "So much for modesty," she said.', ['Vidal']), [['So much for modesty,', 'Vidal', false]]);
});

test('what is not a cue: a passive verb, a colon after a name inside a clause, a joint statement', () => {
  assert.deepEqual(read('Ann Cole was confirmed 96-3 and "yea" votes have dwindled.', ['Ann Cole']), []);
  // A participle with its agent after it (`the deal announced by Voss`) leaves the cue to the verb before it; `said by phone` is said.
  assert.deepEqual(read('Tom Reed told reporters that the deal announced by Mayor Ann Cole "would raise the risk" of a closure.', ['Tom Reed', 'Ann Cole']).map(([, s]) => s), ['Tom Reed']);
  assert.deepEqual(read('"We are ready," Tom Reed said by phone.', ['Tom Reed']).map(([, s]) => s), ['Tom Reed']);
  assert.deepEqual(read('He added, with a reference to Gen. Tom Reed: "That is why I backed the plan."', ['Tom Reed']).map(([, speaker]) => speaker), [null]);
  assert.deepEqual(read('"Every day he fails us," Leader Jeff Mace and Sara Gold said in a statement.', ['Jeff Mace', 'Sara Gold']).map(([, speaker]) => speaker), [null]);
  assert.deepEqual(read('"We agree," said Jeff Mace and Sara Gold in a joint statement.', ['Jeff Mace', 'Sara Gold']).map(([, speaker]) => speaker), [null]);
  assert.deepEqual(read('"We agree," said Jeff Mace, and Sara Gold nodded.', ['Jeff Mace', 'Sara Gold']).map(([, speaker]) => speaker), ['Jeff Mace']);
});

test('a name after the comma that ends `according to a senior official,` or `said an aide,` opens a clause of its own: not the source', () => {
  const names = ['Sofia Lenz', 'Lenz', 'Tom Hale'];
  assert.deepEqual(read('According to a senior official, Lenz "will not back down."', names), [['will not back down.', null, true]]);
  assert.deepEqual(read('"She is furious," said an aide, adding that Lenz had not slept.', names).map(([, speaker]) => speaker), [null]);
  // where the name closes the apposition, it is the source
  for (const text of ['"She is furious," said a close aide, Tom Hale.', 'According to her spokesman, Tom Hale, Lenz "will not back down."', '"She is furious," said her spokesman, Tom Hale (pictured).']) {
    assert.deepEqual(read(text, names).map(([, speaker]) => speaker), ['Tom Hale'], text);
  }
});

// ---------------------------------------------------------------- whom a speaker speaks for

test('a name the speaker speaks for is not the speaker: `a spokeswoman for X`, `an aide to X`, `X\'s spokesman`, `the X campaign`', () => {
  const said = '"The figures speak for themselves,"';
  const cases: [string, string[]][] = [
    [`${said} said a spokeswoman for the Nora Vance Institute.`, ['Nora Vance']],
    [`${said} said a spokeswoman for the Ruiz campaign.`, ['Ruiz']],
    [`${said} a spokesman for Senator Ana Ruiz said.`, ['Ana Ruiz']],
    [`${said} said Ana Ruiz's spokesman.`, ['Ana Ruiz']],
    [`${said} according to a statement from the Ruiz campaign.`, ['Ruiz']],
    [`${said} said an aide to Ruiz.`, ['Ruiz']],
    [`${said} a lawyer for Ruiz told reporters.`, ['Ruiz']],
    [`${said} said an aide to former U.S. Vice President Ana Ruiz.`, ['Ana Ruiz']],
    [`${said} an aide to former U.S. Vice President Ana Ruiz said.`, ['Ana Ruiz']],
    [`${said} said a source close to Ana Ruiz.`, ['Ana Ruiz']],
    [`${said} said the Nora Vance Foundation.`, ['Nora Vance']],
    [`${said} - spokesman for Ana Ruiz`, ['Ana Ruiz']],
    [`${said} the agency quoted a lawyer for Ana Ruiz as saying.`, ['Ana Ruiz']],
    [`According to a spokesman for Ana Ruiz, "the figures speak for themselves."`, ['Ana Ruiz']],
    [`A spokeswoman for Ana Ruiz said: "The figures speak for themselves."`, ['Ana Ruiz']],
  ];
  for (const [text, names] of cases) assert.deepEqual(quotes(text, names).map((q) => q.speakerName), [null], text);
  // a capitalised title names the one spoken for
  assert.deepEqual(quotes(`"The figures speak for themselves," said an aide to President Ana Ruiz.`, ['Ana Ruiz']).map((q) => q.speakerName), [null]);
});

test('the speaker named beside whom they speak for is the speaker', () => {
  const said = '"The figures speak for themselves,"';
  const cases: [string, string[], string][] = [
    [`${said} Ruiz said in a statement from her campaign.`, ['Ruiz'], 'Ruiz'],
    [`${said} said Ruiz, a spokeswoman for the council.`, ['Ruiz'], 'Ruiz'],
    [`${said} said Tom Hale, a lawyer for Ana Ruiz.`, ['Tom Hale', 'Ana Ruiz'], 'Tom Hale'],
    [`${said} Tom Hale, a lawyer for Ana Ruiz, said.`, ['Tom Hale', 'Ana Ruiz'], 'Tom Hale'],
    [`${said} said a spokesman for Ana Ruiz, Tom Hale.`, ['Tom Hale', 'Ana Ruiz'], 'Tom Hale'],
    [`${said} said Ruiz spokesman Tom Hale.`, ['Tom Hale', 'Ruiz'], 'Tom Hale'],
    [`${said} said Ana Ruiz's spokesman, Tom Hale.`, ['Tom Hale', 'Ana Ruiz'], 'Tom Hale'],
    [`${said} said Ana Ruiz Tuesday.`, ['Ana Ruiz'], 'Ana Ruiz'],
    [`${said} said Secretary of State Ana Ruiz.`, ['Ana Ruiz'], 'Ana Ruiz'],
    [`${said} said member of Parliament Ana Ruiz.`, ['Ana Ruiz'], 'Ana Ruiz'],
    // the one spoken for is named by a lower-case office: the name is the assistant's
    [`${said} said special assistant to the president Tom Hale.`, ['Tom Hale'], 'Tom Hale'],
    [`${said} senior adviser to the prime minister Tom Hale said.`, ['Tom Hale'], 'Tom Hale'],
    // a name found without its surname is still the speaker: only institutions' words make it part of a longer name
    [`${said} said Mia Strong, a lawyer.`, ['Mia'], 'Mia'],
  ];
  for (const [text, names, speaker] of cases) assert.deepEqual(quotes(text, names).map((q) => q.speakerName), [speaker], text);
});

test('a description of one who speaks for another means that person, never the one spoken for', () => {
  const named = 'Tom Hale, a lawyer, and Senator Ana Ruiz met the board.\n"We will appeal," the lawyer for the senator said.';
  assert.equal(quotes(named, ['Tom Hale', 'Ana Ruiz'])[0].speakerName, 'Tom Hale');
  // no one given the role: not a guess at the person without one, as `the senator said` would be
  assert.equal(quotes('Ana Ruiz met the board.\n"We will appeal," the senator said.', ['Ana Ruiz'])[0].speakerName, 'Ana Ruiz');
  assert.equal(quotes('Ana Ruiz met the board.\n"We will appeal," the lawyer for the senator said.', ['Ana Ruiz'])[0].speakerName, null);
  assert.equal(quotes('Ana Ruiz met the board.\n"We will appeal," said the lawyer for the senator.', ['Ana Ruiz'])[0].speakerName, null);
  assert.equal(quotes('Senator Ana Ruiz met the board.\n"We will appeal," the spokesman for the senator said.', ['Ana Ruiz'])[0].speakerName, null);
  assert.equal(quotes('Senator Ana Ruiz met the board.\n"We will appeal," the people close to the senator said.', ['Ana Ruiz'])[0].speakerName, null);
});

test('a pronoun does not reach a name the speaker speaks for', () => {
  const text = 'A lawyer for Ana Ruiz spoke to reporters.\n"We will appeal," she said.';
  assert.equal(quotes(text, ['Ana Ruiz'])[0].speakerName, null);
  const founder = 'Nora Vance set up the Nora Vance Institute in 2010.\n"It was a risk," she said.';
  assert.equal(quotes(founder, ['Nora Vance'])[0].speakerName, 'Nora Vance');
});

// ---------------------------------------------------------------- pronouns, descriptions, continuations

test('a pronoun cue means the most recent person it can stand for', () => {
  const text = [
    'Port director Oleg Fedin met Ana Vidal on Tuesday.',
    '"We have our own plans," he told reporters.',
    '"But we are open," she said.',
  ].join('\n\n');
  assert.deepEqual(read(text, ['Oleg Fedin', 'Ana Vidal']), [
    ['We have our own plans,', 'Oleg Fedin', false],
    ['But we are open,', 'Ana Vidal', false],
  ]);
});

test('a pronoun carries one person on through paragraph after paragraph that use it', () => {
  const paragraphs = ['Oleg Fedin, 54, has run the port for 22 years.'];
  for (let n = 1; n <= 6; n++) paragraphs.push(`"This is the ${n}th thing about the port," he said.`);
  assert.deepEqual(read(paragraphs.join('\n\n'), ['Oleg Fedin']).map(([, speaker]) => speaker), Array(6).fill('Oleg Fedin'));
});

test('a pronoun means the one just introduced by age or description, where no one before them is that sentence\'s subject', () => {
  const text = 'Senator Ana Vidal asked the questions. The hearing also heard from Rosa Lind, 61, a retired teacher. "My granddaughter asks if the air is safe," she said.';
  assert.deepEqual(read(text, ['Ana Vidal', 'Rosa Lind']), [['My granddaughter asks if the air is safe,', 'Rosa Lind', false]]);
  // Introduced in a sentence whose subject is another, the subject still speaks.
  const met = 'Ana Vidal met Rosa Lind, 61, a retired teacher, on Monday. "We will act," she said.';
  assert.deepEqual(read(met, ['Ana Vidal', 'Rosa Lind']), [['We will act,', 'Ana Vidal', false]]);
  // … or by a relative clause: `Among those there was Rosa Lind, whose son died.`
  const whose = 'Senator Ana Vidal asked the questions. Among those in the room was Rosa Lind, whose son died in the fire. "I came to see them," she said.';
  assert.deepEqual(read(whose, ['Ana Vidal', 'Rosa Lind']), [['I came to see them,', 'Rosa Lind', false]]);
});

test('a pronoun does not reach past paragraphs that merely use it: only those it opens or gives a quote to carry the person on', () => {
  const paragraphs = [
    'Oleg Fedin, 54, has run the port for 22 years.',
    'Rain fell all day, and by noon he could not see the quay.',
    'Rain fell all night, and by dawn he could not see the ships.',
    'Rain fell all week, and by Friday he could not see the town.',
  ];
  const text = [...paragraphs, '"It was loud," he said.'].join('\n\n');
  assert.deepEqual(read(text, ['Oleg Fedin']).map(([, speaker]) => speaker), [null]);
});

test('a pronoun after a sentence whose subject is an office means the one named in it before, not the last speaker', () => {
  const text =
    'Health Minister Ana Vidal toured the town. "Power is back in half the homes," said Westland Power spokeswoman Rosa Lind. ' +
    'The minister announced an emergency payment scheme. "Every household will receive help," she said.';
  assert.deepEqual(read(text, ['Ana Vidal', 'Rosa Lind']), [
    ['Power is back in half the homes,', 'Rosa Lind', false],
    ['Every household will receive help,', 'Ana Vidal', false],
  ]);
});

test('a full name\'s given name says its gender before what was learned of its family name', () => {
  const text = ['Ana Vidal drove home with her husband, Ivan Vidal.', '"It was fast," she said.', 'Ivan Vidal later spoke to reporters.', '"I heard the motor," he said.'].join('\n\n');
  assert.deepEqual(read(text, ['Ana Vidal', 'Ivan Vidal']), [
    ['It was fast,', 'Ana Vidal', false],
    ['I heard the motor,', 'Ivan Vidal', false],
  ]);
});

test('a relative named by a first name alone has the gender the relation says: `his daughter, Nessa,` is no `he`', () => {
  const text = 'Ivo Marek said his daughter, Nessa, spent two nights in the ward. "I drove all night," he said.';
  const names: NameMention[] = [
    { text: 'Ivo Marek', start: 0, end: 0 },
    { text: 'Nessa', role: 'his daughter', start: 0, end: 0 },
  ];
  assert.deepEqual(read(text, names).map(([, speaker]) => speaker), ['Ivo Marek']);
});

test('a pronoun after a quote given to `said X` means X, the subject of that verb; not a name after `X said` that is another\'s subject', () => {
  const text = 'Mark Vale spoke in Ohio on Saturday.\n"That is well over the line. It is wrong," said Tom Hale, the mayor\'s former aide. "It is time to stop this," he said.';
  assert.deepEqual(read(text, ['Mark Vale', 'Tom Hale']).map(([, speaker]) => speaker), ['Tom Hale', 'Tom Hale']);
  const other = 'Jim Ode, who said the port must be won, said Mark Vale needs to "refocus" on the vote. He called the remarks "unacceptable."';
  assert.deepEqual(read(other, ['Jim Ode', 'Mark Vale']).map(([, speaker]) => speaker), ['Jim Ode', 'Jim Ode']);
});

test('a quote that opens its paragraph after one whose last sentence reports what a person said is theirs', () => {
  const text = 'The port reopened on Tuesday.\nPort director Oleg Fedin also said that the port must act soon.\n"Any ship that blocks the channel will know to expect a response from us."';
  assert.deepEqual(read(text, ['Oleg Fedin']), [['Any ship that blocks the channel will know to expect a response from us.', 'Oleg Fedin', false]]);
  // A paragraph that says what someone did, not what they said, gives the quote to no one; nor
  // does one that asks a question, which the quote answers.
  const did = 'Port director Oleg Fedin arrived on Tuesday.\n"Any ship that blocks the channel will know to expect a response from us."';
  assert.deepEqual(read(did, ['Oleg Fedin']), [['Any ship that blocks the channel will know to expect a response from us.', null, false]]);
  const asked = 'Host Ana Vidal asked Oleg Fedin what he meant by the remark.\n"I was talking about the radical plans for the harbour."';
  assert.deepEqual(read(asked, ['Ana Vidal', 'Oleg Fedin']), [['I was talking about the radical plans for the harbour.', null, false]]);
  // A quote that is a question itself is the asker's.
  const question = 'Ana Vidal asked Oleg Fedin how many ships had docked.\n"Ten years ago he promised us a port. Can he tell us how many ships have docked?"';
  assert.deepEqual(read(question, ['Ana Vidal', 'Oleg Fedin']).map(([, speaker]) => speaker), ['Ana Vidal']);
});

test('a pronoun once used for a person is not used for another: `he` for Fedin means `she` is someone else', () => {
  const text = 'Fedin met Vidal on Tuesday.\n"We have plans," he said.\n"We are open," she said.';
  assert.deepEqual(read(text, ['Fedin', 'Vidal']).map(([, speaker]) => speaker), ['Fedin', 'Vidal']);
});

test('a surname family members share says nothing of gender: `she` may mean `Okafor` or `Nia Okafor` beside her son Daniel Okafor', () => {
  const text =
    'Okafor, 52, opened the bakery in 2009.\n"I was mixing paint all day," she says.\n"I learned fractions there," Daniel Okafor said.\n' +
    'Nia Okafor said the starter was the heart of it.\n"You can buy a new oven," she said.';
  assert.deepEqual(read(text, ['Daniel Okafor', 'Nia Okafor', 'Okafor']).map(([, speaker]) => speaker), ['Okafor', 'Daniel Okafor', 'Nia Okafor']);
});

test('titles with a full stop do not end the sentence: `told Sens. Dick Dunn`', () => {
  const text = 'Ari Nadav told Sens. Dick Dunn, of Ohio, and Rita Fein that he regrets it.\n"I can assure you of my intentions," he told the senators.';
  assert.equal(quotes(text, ['Ari Nadav', 'Dick Dunn', 'Rita Fein'])[0].speakerName, 'Ari Nadav');
});

test('`His response:` is the answer of the person asked, not of whoever asked', () => {
  const text = 'Oleg Fedin spoke on the show.\n\nShow host Vidal asked Fedin, "You have seen all of this?" His response: "Well, my people have studied it."';
  assert.deepEqual(read(text, ['Oleg Fedin', 'Vidal', 'Fedin']), [
    ['You have seen all of this?', 'Vidal', false],
    ['Well, my people have studied it.', 'Fedin', false],
  ]);
});

test('a pronoun passes over names in asides and inside quotes', () => {
  const text = 'Oleg Fedin said he had spoken with Ivan Petrov.\n"Petrov agrees with us," he added.';
  assert.deepEqual(read(text, ['Oleg Fedin', 'Ivan Petrov', 'Petrov']), [['Petrov agrees with us,', 'Oleg Fedin', false]]);
  const after = 'Ana Vidal argued that Ivan Petrov was wrong. "I disagree," she said. "He knows it," he said.';
  assert.equal(quotes(after, ['Ana Vidal', 'Ivan Petrov'])[0].speakerName, 'Ana Vidal');
});

test('a description cue means the latest person with that role', () => {
  const text = 'Port spokesman Oleg Fedin and Mayor Ana Vidal spoke.\n"Nothing is signed," the spokesman said.\n"We are close," the mayor said.';
  assert.deepEqual(read(text, ['Oleg Fedin', 'Ana Vidal']), [
    ['Nothing is signed,', 'Oleg Fedin', false],
    ['We are close,', 'Ana Vidal', false],
  ]);
  const withRoles = 'Fedin and Vidal spoke.\n"Nothing is signed," the spokesman said.';
  const mentions: NameMention[] = [
    { text: 'Fedin', role: 'port spokesman' },
    { text: 'Vidal', role: 'mayor' },
  ].map((m) => ({ ...m, start: withRoles.indexOf(m.text), end: withRoles.indexOf(m.text) + m.text.length }));
  assert.equal(findQuotes(withRoles, anatomyOf(withRoles), mentions)[0].speakerName, 'Fedin');
});

test('`the late senator said`, `the former senator said`: a past holder of the office, not the one holding it now', () => {
  const text = [
    'Former Senator Ivo Brandt died on Monday.',
    'Senator Ana Ruiz said Brandt had taught her "to listen first."',
    'In a 2006 speech, the late senator said: "I leave with more friends than I came with."',
    '"He was kind," the senator said.',
  ].join('\n');
  const mentions: NameMention[] = [
    { text: 'Ivo Brandt', role: 'Former Senator' },
    { text: 'Ana Ruiz', role: 'Senator' },
  ].map((m) => ({ ...m, start: text.indexOf(m.text), end: text.indexOf(m.text) + m.text.length }));
  assert.deepEqual(findQuotes(text, anatomyOf(text), mentions).map((q) => q.speakerName), ['Ana Ruiz', 'Ivo Brandt', 'Ana Ruiz']);
  const former = text.replace('the late senator', 'the former senator');
  assert.equal(findQuotes(former, anatomyOf(former), mentions)[1].speakerName, 'Ivo Brandt');
});

test('`the Spaniard said`, `said the 34-year-old`: a nationality, an age or a party after `the` is the person just named', () => {
  const text = [
    'City manager Pep Alvarez praised his side on Saturday.',
    '"They never stopped," the Spaniard said.',
    'Striker Kofi Mensah, 34, scored twice. "I feel young," said the 34-year-old.',
    'Marie Dubois won gold ahead of Tom Hale. "A dream," the Frenchwoman said.',
    '"We were beaten," said the Republican National Committee.',
  ].join('\n');
  assert.deepEqual(read(text, ['Pep Alvarez', 'Kofi Mensah', 'Marie Dubois', 'Tom Hale']), [
    ['They never stopped,', 'Pep Alvarez', false],
    ['I feel young,', 'Kofi Mensah', false],
    ['A dream,', 'Marie Dubois', false],
    ['We were beaten,', null, false],
  ]);
});

test('`said the 19-year-old` where no subject is near: the one person the sentence before names, nobody where it names two', () => {
  const names = ['Callum Oduya', 'Ryan Tait'];
  const one = 'A header from teenage defender Callum Oduya won it.\n"I closed my eyes," said the 19-year-old.';
  const two = 'A pass from Ryan Tait found Callum Oduya.\n"I closed my eyes," said the 19-year-old.';
  // `Mr.` ends no sentence: the sentence before names both
  const titled = 'A pass from Ryan Tait found Mr. Oduya.\n"I closed my eyes," said the 19-year-old.';
  assert.deepEqual([one, two, titled].map((text) => read(text, [...names, 'Oduya'])[0][1]), ['Callum Oduya', null, null]);
});

test('`said the champion` means the latest person given no role, and an age after a name (`Calloway, 27,`) is no role', () => {
  const text = 'Ana Ruiz beat Jo Calloway.\n"I closed my eyes," said Ruiz.\nCalloway, 27, was gracious. "She played well," said the champion.';
  assert.deepEqual(read(text, ['Ana Ruiz', 'Jo Calloway', 'Ruiz', 'Calloway'])[1][1], 'Calloway');
});

test('`the junior quarterback said`: a position describes the player the text named', () => {
  const text = 'Jay Dorsey threw four touchdown passes.\n"I saw the safety bite," the junior quarterback said.';
  assert.deepEqual(read(text, ['Jay Dorsey'])[0][1], 'Jay Dorsey');
});

test('`said the three-time champion`, `said the former champion`: the head of the description is its role noun, not a word before it', () => {
  const names = ['Ana Ruiz', 'Jo Calloway', 'Ruiz', 'Calloway'];
  const text = 'Ana Ruiz beat Jo Calloway.\n"I closed my eyes," said Ruiz.\nCalloway was gracious. "She played well," said the ';
  for (const description of ['three-time champion', 'former champion', 'veteran striker']) assert.deepEqual(read(`${text}${description}.`, names)[1][1], 'Calloway');
});

test('`The 31-year-old wrote:` opening a sentence is the subject of the sentence before, not a name in apposition there', () => {
  const text = 'Singer Lena Marsh has split from her husband, actor Jonah Pike, she announced.\nThe 31-year-old wrote: "We remain best friends."';
  assert.deepEqual(read(text, ['Lena Marsh', 'Jonah Pike']), [['We remain best friends.', 'Lena Marsh', false]]);
});

test('`the Harriers manager said` after a sentence about a person: that person, not one further back whose role lacks the club', () => {
  const names = [{ text: 'Ines Vukovic', start: 0, end: 0, role: 'Manager' }, 'Gary Penhaligon'];
  const text = 'Manager Ines Vukovic was pleased.\nGary Penhaligon blamed the referee. "It was a foul," the Harriers manager said.';
  assert.deepEqual(read(text, names)[0][1], 'Gary Penhaligon');
  // without the club, the manager the text named
  assert.deepEqual(read(text.replace('Harriers ', ''), names)[0][1], 'Ines Vukovic');
});

test('`the Arizona Republican said`: the person the text placed there, by the words after the name or its party and state', () => {
  const text = [
    'Sen. Kyra Maddox, the Arizona Republican who led the talks, spoke first.',
    'Asked whether Donald Trump had called, the Arizona Republican said: "Nobody called me."',
    'Rep. Ann Hale (D-N.Y.) and Rep. Bo Stone (R-Texas) met on Monday. Bo Stone left early.',
    '"We will vote no," said the New York Democrat.',
    'Mayor Tom Reed spoke to Dan Ruiz. "No comment," the Ohio Republican said.',
    'Then Arizona Sen. Joe Park arrived. "We wait," the Arizona Republican said.',
    'On Sunday, Sen. Lisa Dunn, D-Ill., spoke after Park. The Illinois Democrat said Park must make "a choice" soon.',
    // The epithet opening the sentence is the subject of a participle after it.
    'The Illinois Democrat left briefly, saying she felt "relieved" by the vote.',
    // A bare nationality before a noun is no epithet: `The German government` is not the latest person.
    'Chancellor Ina Voss met Dunn. The German government responded, saying it was "deeply concerned."',
  ].join('\n');
  const names = ['Kyra Maddox', 'Donald Trump', 'Ann Hale', 'Bo Stone', 'Tom Reed', 'Dan Ruiz', { text: 'Joe Park', start: 0, end: 0, role: 'Arizona Sen.' }, 'Lisa Dunn', 'Park', 'Ina Voss'];
  assert.deepEqual(read(text, names), [
    ['Nobody called me.', 'Kyra Maddox', false],
    ['We will vote no,', 'Ann Hale', false],
    ['No comment,', null, false],
    ['We wait,', 'Joe Park', false],
    ['a choice', 'Lisa Dunn', true],
    ['relieved', 'Lisa Dunn', true],
    ['deeply concerned.', null, true],
  ]);
});

test('`the presidential hopeful said`: the candidate the text named before', () => {
  const text = 'Sen. Ada Marsh laid out her plan on Monday. "We stand firm," Marsh said.\nIn a long speech, the presidential hopeful said she was guided by "moral clarity."';
  assert.deepEqual(read(text, ['Ada Marsh', 'Marsh']).map(([, speaker]) => speaker), ['Marsh', 'Marsh']);
});

test('a named office no one is given means the latest person given no role; an unnamed source means no one', () => {
  const text = 'Lauren Greene, a former aide, sued in 2014. Blake Farr settled the case.\n"I had no idea how to run an office," the four-term congressman said.';
  assert.equal(quotes(text, ['Lauren Greene', 'Blake Farr'])[0].speakerName, 'Blake Farr');
  const unnamed = 'Blake Farr settled the case.\n"He had no idea how to run an office," the official said.';
  assert.equal(quotes(unnamed, ['Blake Farr'])[0].speakerName, null);
});

test('`the Hungarian prime minister said` is not the latest person given no role where the text gave them another office before', () => {
  const text = '"We are ready," Commission President Ilse Vandermeer told reporters.\nVandermeer called it a turning point.\n' +
    'Budapest blocked the text. "Hungary will not pay," the Hungarian prime minister said.';
  assert.deepEqual(read(text, ['Ilse Vandermeer', 'Vandermeer']).map(([, speaker]) => speaker), ['Ilse Vandermeer', null]);
});

test('`the Pontiff said` means the pope the text named before', () => {
  const text = 'Pope Clement spoke to pilgrims on Sunday.\n"War is always a defeat," the Pontiff said.';
  assert.deepEqual(read(text, ['Clement']).map(([, speaker]) => speaker), ['Clement']);
});

test('a continuation with no cue of its own keeps the previous speaker, in the next sentence or paragraph', () => {
  const text = ['"The talks are early," said Fedin. "But the interest is real."', '"And it is mutual."'].join('\n\n');
  assert.deepEqual(read(text, ['Fedin']), [
    ['The talks are early,', 'Fedin', false],
    ['But the interest is real.', 'Fedin', false],
    ['And it is mutual.', 'Fedin', false],
  ]);
  assert.deepEqual(read('"A deal is near," Fedin said, "but not signed."', ['Fedin']), [
    ['A deal is near,', 'Fedin', false],
    ['but not signed.', 'Fedin', false],
  ]);
});

test('a continuation is not carried across another person or across a paragraph without quotes', () => {
  // Not Fedin's: the sentence between says Ana Vidal disagreed, and so the words are hers.
  const another = '"The talks are early," Fedin said. Ana Vidal disagreed. "We are nearly done."';
  assert.deepEqual(read(another, ['Fedin', 'Ana Vidal']).map(([, speaker]) => speaker), ['Fedin', 'Ana Vidal']);
  const met = '"The talks are early," Fedin said. Ana Vidal met the board. "We are nearly done."';
  assert.deepEqual(read(met, ['Fedin', 'Ana Vidal']).map(([, speaker]) => speaker), ['Fedin', null]);
  const gap = '"The talks are early," Fedin said.\nThe harbour was quiet.\nRain fell all day.\n"We are nearly done."';
  assert.deepEqual(read(gap, ['Fedin']).map(([, speaker]) => speaker), ['Fedin', null]);
});

test('the speaker is null when the text does not say who, or names no person', () => {
  assert.deepEqual(read('"The port will reopen in May."', ['Fedin']), [['The port will reopen in May.', null, false]]);
  const text = '"Nothing is signed," the ministry said. "Talks go on."';
  assert.deepEqual(read(text, ['Fedin']), [
    ['Nothing is signed,', null, false],
    ['Talks go on.', null, false],
  ]);
  assert.deepEqual(read('"Nothing is signed," a spokesman said.', ['Fedin']), [['Nothing is signed,', null, false]]);
});

test('the same words quoted again with no cue take the speaker they were given elsewhere in the article', () => {
  const text = 'Key points:\nRussia open to working with "foreign partners, including Americans" on mining\nIvan Petrov said Russia would work with "foreign partners, including Americans" on mining.';
  assert.deepEqual(read(text, ['Ivan Petrov']), [
    ['foreign partners, including Americans', 'Ivan Petrov', true],
    ['foreign partners, including Americans', 'Ivan Petrov', true],
  ]);
});

test('`the employee said` after an employee introduced without a name means that one, not the last person named', () => {
  const text = [
    '"Nobody called me," Tomas Reyes said.',
    'Another laid-off employee, who asked not to be named, said managers knew the night before.',
    '"My manager was crying on our team call," the employee said.',
  ].join('\n');
  assert.deepEqual(read(text, ['Tomas Reyes']).map(([, speaker]) => speaker), ['Tomas Reyes', null]);
  // Introduced as the role of the name before it, the description is that person's.
  const named = ['"Nobody called me," Tomas Reyes said.', 'Reyes, a laid-off employee, spoke to us at home.', '"My manager was crying," the employee said.'].join('\n');
  assert.deepEqual(read(named, ['Tomas Reyes', 'Reyes']).map(([, speaker]) => speaker), ['Tomas Reyes', 'Reyes']);
  // Introduced as someone's (`Hale's lawyer`, `her lawyer`), unnamed too: not the last person named.
  const owned = ['"I regret nothing," Ana Vidal said.', "Tom Hale's lawyer said the claims were false.", '"My client will sue," the lawyer said.'].join('\n');
  const hers = ['"I regret nothing," Ana Vidal said.', 'Her lawyer was more cautious.', '"We will see," the lawyer said.'].join('\n');
  assert.deepEqual([owned, hers].map((text) => read(text, ['Ana Vidal', 'Tom Hale'])[1][1]), [null, null]);
});

test('`the official said` after an official introduced without a name means that one, not a named official before', () => {
  const text = [
    'Ana Cole, a senior official, said the deal was done.',
    'A senior official said Cole had been angry. "She walked out of the room," the official said.',
  ].join('\n');
  assert.deepEqual(read(text, ['Ana Cole', 'Cole']).map(([, speaker]) => speaker), [null]);
  // Her own role, given right after her name, is no one else introduced.
  const hers = ['Ana Cole, a senior official, said the deal was done.', '"The paperwork is signed," the official said.'].join('\n');
  assert.deepEqual(read(hers, ['Ana Cole']).map(([, speaker]) => speaker), ['Ana Cole']);
});

test('a line ending in a colon over the quote is its lead, with or without a speech verb', () => {
  const statement = ['The club confirmed it at 10am. Howard Penn\'s statement was short and to the point:', '"I want to thank our coach for his hard work."'].join('\n');
  assert.deepEqual(read(statement, ['Howard Penn']), [['I want to thank our coach for his hard work.', 'Howard Penn', false]]);
  const posted = ['Magic Rui, as fans called him last year, posted a farewell on Instagram:', '"I gave everything to this club."'].join('\n');
  assert.deepEqual(read(posted, ['Rui']), [['I gave everything to this club.', 'Rui', false]]);
});

test('a speaker of a firm whose name holds an ampersand: `Miriam Oduya of Whitfield & Crane said`', () => {
  const text = 'Miriam Oduya of Whitfield & Crane said: "You cannot protect kids by watching everyone."';
  assert.deepEqual(read(text, ['Miriam Oduya']), [['You cannot protect kids by watching everyone.', 'Miriam Oduya', false]]);
});

test('`the memo said` quotes who wrote the memo an earlier sentence names; a joint statement is no one\'s', () => {
  const memo = ['CEO Devi Rao announced the cuts in a memo to employees.', 'Rao said the office would stay open.', '"Everyone will get 16 weeks of pay," the memo said.'].join('\n');
  assert.deepEqual(read(memo, ['Devi Rao', 'Rao']).map(([, speaker]) => speaker), ['Devi Rao']);
  const joint = ['Ann Lee said it should come out, and Ben Roy and Cara Diaz released a joint statement.', '"The report must be public," the joint statement said.'].join('\n');
  assert.deepEqual(read(joint, ['Ann Lee', 'Ben Roy', 'Cara Diaz']).map(([, speaker]) => speaker), [null]);
  const unsigned = ['The club released a statement on Monday.', '"We thank him for his work," the statement said.'].join('\n');
  assert.deepEqual(read(unsigned, []).map(([, speaker]) => speaker), [null]);
});

test('words a sign, a placard or an email "read" are no one\'s but a writer named with them, not the last speaker\'s', () => {
  const speakers = (line: string, names: string[] = []) => read(`"We have no money," Carl Ives said.\n${line}`, ['Carl Ives', ...names]).slice(1).map(([, speaker]) => speaker);
  assert.deepEqual(speakers('A sign held by one parent read, "Teachers are not line items."'), [null]);
  assert.deepEqual(speakers('"Teachers are not line items," read one placard.'), [null]);
  assert.deepEqual(speakers('The email read: "Your position has been eliminated."'), [null]);
  assert.deepEqual(speakers('A statement from the company said, "We regret the losses."'), [null]);
  // A sentence of its own that is only the thing and its verb.
  assert.deepEqual(speakers('A note was taped to the door. "Back soon." The note read.'), [null]);
  assert.deepEqual(speakers('"No entry." The sign said.'), [null]);
  assert.deepEqual(speakers('A letter signed by Mayor Ann Roe read, "The schools come first."', ['Ann Roe']), ['Ann Roe']);
  assert.deepEqual(speakers('"The schools come first," read a letter from Ann Roe.', ['Ann Roe']), ['Ann Roe']);
  assert.deepEqual(speakers('Ann Roe\'s letter read, "The schools come first."', ['Ann Roe']), ['Ann Roe']);
  // `the letter` the story said someone wrote is theirs, as `the memo said` is.
  const written = ['Ann Roe wrote to parents in a letter on Friday.', '"We have no money," Carl Ives said.', 'The letter read, "The schools come first."'].join('\n');
  assert.deepEqual(read(written, ['Ann Roe', 'Carl Ives']).map(([, speaker]) => speaker), ['Carl Ives', 'Ann Roe']);
  // A person whose description opens with such a word still speaks.
  assert.deepEqual(speakers('Ann Roe, the sign language interpreter, said, "Please slow down."', ['Ann Roe']), ['Ann Roe']);
});

test('`the 52-year-old` is the one the article gives that age, not the latest person named', () => {
  const text = [
    'Ashbourne City have sacked Rui Costa, 52, after six defeats.',
    'Pundit Lee Castle said last week that the dressing room had stopped listening.',
    '"I leave with my head high," said the 52-year-old.',
  ].join('\n');
  assert.deepEqual(read(text, ['Rui Costa', 'Lee Castle']).map(([, speaker]) => speaker), ['Rui Costa']);
  const before = text.replace('Rui Costa, 52,', 'their 52-year-old manager Rui Costa');
  assert.deepEqual(read(before, ['Rui Costa', 'Lee Castle']).map(([, speaker]) => speaker), ['Rui Costa']);
});

test('a name after a preposition before a colon is no speaker: `Judge in Osterhuis case: "…"`', () => {
  const text = 'Judge in Osterhuis case: "never hidden a single euro"\nKarel Osterhuis denies the charges.';
  assert.deepEqual(read(text, ['Osterhuis', 'Karel Osterhuis']).map(([, speaker]) => speaker), [null]);
  assert.deepEqual(read('Osterhuis was blunt: "I never hid a euro."', ['Osterhuis']).map(([, speaker]) => speaker), ['Osterhuis']);
});

test('in a turn of an interview, `I said`, `I told them` is the turn\'s speaker; someone else she quotes is not', () => {
  const text = [
    'Ravi Menon: Was there a week you thought it would fail?',
    'Dana Okafor: Many. I told the board, "Give us one more month." I\'d say to anyone what I say to my team: "ship it."',
    'Dana Okafor: As my mother used to say, "never show your cards."',
    'I told them, "No." That was all.',
  ].join('\n');
  assert.deepEqual(read(text, ['Ravi Menon', 'Dana Okafor']).map(([, speaker]) => speaker), ['Dana Okafor', 'Dana Okafor', null, null]);
  // `A:` answers the one person the headline names.
  const qa = ['Dana Okafor on the chip that nearly failed', 'Q: Was there a week you thought it would fail?', 'A: Many. I told the board, "Give us one more month."'].join('\n');
  const anatomy = { ...anatomyOf(qa), headlineSpan: { start: 0, end: qa.indexOf('\n') } };
  assert.deepEqual(findQuotes(qa, anatomy, mentionsOf(qa, ['Dana Okafor'])).map((q) => q.speakerName), ['Dana Okafor']);
});

test('a paragraph that ends with a colon after its subject sent a message is that message\'s author\'s lead: the quote below is hers', () => {
  const text = 'Ines Moreau, the flight director, has just sent a message to mission staff, which the agency has shared:\n"We are on the Moon. Go home and sleep."';
  assert.deepEqual(read(text, ['Ines Moreau']).map(([, speaker]) => speaker), ['Ines Moreau']);
});

test('a quote does not carry on one across a live page\'s post stamp: the post after it is another', () => {
  const text = '"We are on the Moon," Ines Moreau said.\n15:02 GMT\n"A new chapter for European exploration"';
  const anatomy = anatomyOf(text, [{ start: 0, end: text.indexOf('\n') }, { start: text.lastIndexOf('\n') + 1, end: text.length }]);
  assert.deepEqual(findQuotes(text, anatomy, mentionsOf(text, ['Ines Moreau'])).map((q) => q.speakerName), ['Ines Moreau', null]);
});

test('a relative who speaks is the person the article names as that relative', () => {
  const text = [
    'Tom Ruiz runs the bakery on Elm Street.',
    'His mother, Lila Ruiz, still works the till.',
    '"He never sleeps," his mother said.',
  ].join('\n');
  assert.deepEqual(read(text, ['Tom Ruiz', { text: 'Lila Ruiz', role: 'His mother', start: 0, end: 0 }]), [['He never sleeps,', 'Lila Ruiz', false]]);
});

test('words a relative the article does not name said are not the teller\'s', () => {
  const text = [
    'Tom Ruiz grew up on the farm.',
    'He recalled his father telling him, "Never sell the land."',
    '"Never bake angry," his grandmother used to say.',
  ].join('\n');
  assert.deepEqual(read(text, ['Tom Ruiz']), [
    ['Never sell the land.', null, false],
    ['Never bake angry,', null, false],
  ]);
});

// ---------------------------------------------------------------- robustness

test('any text, paragraphs and mentions: no throw, spans inside the text and in order, text equal to its span', () => {
  const piece = fc.constantFrom('"', '“', '”', '«', '»', '„', "'", '‘', '’', ' ', '\n', '\n\n', 'he said', 'she told', 'Fedin', 'Mr.', ',', '.', ':', 'word', 'said Fedin', '- Fedin', 'the spokesman said', 'quoted him as saying');
  const span = fc.tuple(fc.integer({ min: -5, max: 400 }), fc.integer({ min: -5, max: 400 }));
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 80 }), fc.array(span), fc.array(span, { maxLength: 8 }), (pieces, paragraphSpans, mentionSpans) => {
      const text = pieces.join('');
      const paragraphs = paragraphSpans.map(([start, end]) => ({ start, end }));
      const odd = mentionSpans.map(([start, end]) => ({ start, end, text: 'Fedin', role: 'spokesman' }));
      const found = findQuotes(text, anatomyOf(text, paragraphs.length ? paragraphs : undefined), [...mentionsOf(text, ['Fedin']), ...odd]);
      let previous = 0;
      for (const q of found) {
        assert.ok(0 <= q.start && q.start <= q.end && q.end <= text.length);
        assert.ok(q.start >= previous);
        assert.equal(q.text, text.slice(q.start, q.end));
        previous = q.end;
      }
    }),
    { numRuns: 500 },
  );
});

// Speed belongs to `npm run bench`; here only that a long article is read whole.
test('a long article is read whole', () => {
  const paragraph = '"We have our own plans," Oleg Fedin told reporters. He said the port was "pretty close" to reopening.\n\n';
  const found = quotes(paragraph.repeat(5000), ['Oleg Fedin']);
  assert.equal(found.length, 10000);
  assert.ok(found.every((q) => q.speakerName === 'Oleg Fedin'));
});

test('speech verbs and cues are found word by word as the regexes they stand for find them', () => {
  // Verbs of the list and words that are not: glued together they make no verb of the list.
  const determiners = 'the a an his her their its our my your these those such'
    .split(' ')
    .map((word) => `[${word[0]}${word[0].toUpperCase()}]${word.slice(1)}`)
    .join('|');
  const nounBefore = `(?<!(?:\\b(?:${determiners})|['’]s|s['’])\\s+)`;
  const verb = `(?<![\\w-])(?:said|called|added|${nounBefore}demands)\\b`;
  const verbs = new RegExp(`\\b(?:[Aa]ccording to|pointed out|points out|pointing out|put it)\\b|${verb}`, 'g');
  const cueAtEnd = new RegExp(`(?:${verb}|:)[\\s,:]*$`);
  const text = fc
    .array(fc.constantFrom('said', 'called', 'added', 'so', '-', 'cat', 'According', 'according', ' to', 'to', ':', ',', ' ', '\n', '2', '_', '“', 'é', 'the', 'The', 'his', 'our', "'s", '’', 's', 'demands', 'pointed', 'points', ' out', 'out', 'put', ' it'), { maxLength: 12 })
    .map((pieces) => pieces.join(''));
  fc.assert(
    fc.property(text, (lead) => {
      const found = [];
      for (let v = nextVerb(lead, 0); v; v = nextVerb(lead, v.end)) found.push([v.index, v.text]);
      assert.deepEqual(found, [...lead.matchAll(verbs)].map((m) => [m.index, m[0]]));
      assert.equal(endsWithCue(lead), cueAtEnd.test(lead));
    }),
  );
  assert.equal(nextVerb('the so-called deal, she said', 0)?.text, 'said');
  const verbsIn = (lead: string) => {
    const found = [];
    for (let v = nextVerb(lead, 0); v; v = nextVerb(lead, v.end)) found.push(v.text);
    return found;
  };
  // After a determiner or a possessive a speech verb is a noun; after `he's` it is a verb.
  assert.deepEqual(verbsIn("Holm said the employers' demands and our demands, the union's demands"), ['said']);
  assert.deepEqual(verbsIn("he’s demands, she's warned, ‘a bad boss’ says"), ['demands', 'warned', 'says']);
  assert.ok(endsWithCue('Peskov told reporters: '));
  assert.ok(!endsWithCue("on the union's demands, "));
  // a passive speech verb: the words after it are a part of what was said
  assert.ok(!endsWithCue('Hale said families would be told '));
  assert.ok(endsWithCue('Hale told '));
  assert.deepEqual(read('Tom Hale said families would be told "exactly what happened and when".', ['Tom Hale']), [['exactly what happened and when', 'Tom Hale', true]]);
});

test('a full stop after an initial or an abbreviation ends no sentence', () => {
  assert.ok(isAbbreviation('Sen. Smith', 3));
  assert.ok(isAbbreviation('the U.S. said', 7));
  assert.ok(!isAbbreviation('They won. Then', 8));
  const byRegex = (text: string, dot: number) => {
    if (text[dot] !== '.') return false;
    const word = /[\p{L}.]*$/u.exec(text.slice(Math.max(0, dot - 12), dot))![0];
    return word.length === 1 || word.includes('.') || word === 'Mr' || word === 'Gov';
  };
  const text = fc.array(fc.constantFrom('Mr', 'Gov', 'cat', 'Peskov', '.', ' ', 'U', 'é', '𝐀', '\ud835', '\udc00', '9', ','), { maxLength: 12 }).map((p) => p.join(''));
  fc.assert(
    fc.property(text, (t) => {
      for (let dot = 0; dot < t.length; dot++) assert.equal(isAbbreviation(t, dot), byRegex(t, dot), `${JSON.stringify(t)} at ${dot}`);
    }),
  );
});

test('a name a relative clause gives the sentence\'s subject is that subject: `One mother, who gave her name only as Sarah, said`', () => {
  const text = [
    'Dr Ana Berg, a surgeon, said the ward was full.',
    '"We are stretched," she said.',
    'One mother, who gave her name only as Sarah, said parents had heard nothing. "Nobody told us," she said.',
  ].join('\n');
  assert.deepEqual(read(text, ['Ana Berg', 'Sarah']), [
    ['We are stretched,', 'Ana Berg', false],
    ['Nobody told us,', 'Sarah', false],
  ]);
});

test('a roundup line gives a speech to the name that opens it, past what it says of them: `Ana Vidal, best actress (Tide): "…"`', () => {
  const names = ['Ana Vidal', 'Tom Hale', 'Rita Hale', 'Dana Moss'];
  assert.deepEqual(read('Ana Vidal, best actress (Dana Moss): "This is for my mother."', names), [['This is for my mother.', 'Ana Vidal', false]]);
  assert.deepEqual(read('Rita Hale, accepting the award for her father Tom Hale: "He would have hated this."', names), [
    ['He would have hated this.', 'Rita Hale', false],
  ]);
  // Another name that may be the subject still leaves the quote to no one.
  assert.deepEqual(read('Rita Hale, who met Tom Hale on Monday: "It went well."', names).map(([, speaker]) => speaker), [null]);
});
