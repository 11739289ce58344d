import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readAnatomy } from './anatomy';
import { Anatomy, Span } from './model';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const page = (...lines: string[]) => lines.join('\n');
const textOf = (text: string, span: Span) => text.slice(span.start, span.end);
const paragraphsOf = (text: string, anatomy: Anatomy) => anatomy.paragraphs.map((span) => textOf(text, span));
const within = (span: Span, spans: Span[]) => spans.some((outer) => outer.start <= span.start && span.end <= outer.end);

/** Where `line` stands in `text` (its first occurrence), as a span. */
function spanOf(text: string, line: string, from = 0): Span {
  const start = text.indexOf(line, from);
  assert.ok(start >= 0, `fixture holds ${line}`);
  return { start, end: start + line.length };
}

function assertBoilerplate(text: string, anatomy: Anatomy, lines: string[]) {
  for (const line of lines) assert.ok(within(spanOf(text, line), anatomy.boilerplate), `boilerplate: ${line}`);
}

function assertStory(text: string, anatomy: Anatomy, lines: string[]) {
  const paragraphs = paragraphsOf(text, anatomy);
  for (const line of lines) assert.ok(paragraphs.includes(line), `story paragraph: ${line}`);
}

const BODY = [
  'The mayor of Portville on Friday rejected the council plan to repair the harbor bridge, saying the cost had doubled.',
  '"We cannot pay twice for the same bridge," Mayor Ellen Strand told reporters.',
  'Council member Omar Reyes said the city had no other choice but to borrow.',
];

test('capture line: date and outlet; it is neither headline, story nor boilerplate', () => {
  const text = page(' date 2024-03-04  Harbor Times', 'Mayor and council clash over harbor bridge repairs', '', ...BODY);
  const anatomy = readAnatomy(text);
  assert.equal(anatomy.date, '2024-03-04');
  assert.equal(anatomy.outlet, 'Harbor Times');
  assert.equal(anatomy.headline, 'Mayor and council clash over harbor bridge repairs');
  const capture = spanOf(text, ' date 2024-03-04  Harbor Times');
  assert.ok(!within(capture, anatomy.paragraphs) && !within(capture, anatomy.boilerplate));
  assert.deepEqual(anatomy.paragraphs[0], anatomy.headlineSpan);
});

test('capture line: a partial date, a time, `Outlet - Headline`, and a headline after the date', () => {
  const headline = 'Mayor and council clash over harbor bridge repairs';
  const partial = readAnatomy(page(' date 2024-03 Harbor Times', headline, ...BODY));
  assert.equal(partial.date, '2024-03');
  assert.equal(partial.outlet, 'Harbor Times');

  const timed = readAnatomy(page(' date 2024-03-04 00:47', headline, ...BODY));
  assert.equal(timed.date, '2024-03-04');
  assert.equal(timed.outlet, null);

  const both = readAnatomy(page(' date 2024-03-04  Harbor Times - ' + headline, 'Portville', headline, ...BODY));
  assert.equal(both.outlet, 'Harbor Times');
  assert.equal(both.headline, headline);

  const named = page(' date 2024-03-04  ' + headline, 'Latest updates on the storm across the region', headline, ...BODY);
  const anatomy = readAnatomy(named);
  assert.equal(anatomy.outlet, null, 'a headline is not an outlet');
  assert.deepEqual(anatomy.headlineSpan, spanOf(named, headline, named.indexOf('\n')), 'the headline line the capture named');
});

test('capture line: a month-only date is refined by a byline of the same month', () => {
  const anatomy = readAnatomy(page(' date 2024-03  Harbor Times', 'Mayor and council clash over harbor bridge repairs', 'Mar 4, 2024 4:21 AM', ...BODY));
  assert.equal(anatomy.date, '2024-03-04');
});

test('headline: a photo title, its caption and a section name above it are not the headline', () => {
  const text = page(
    'Mayor Strand speaks at a council meeting in the harbor district',
    'FILE PHOTO: Mayor Ellen Strand speaks at a council meeting in Portville, March 1, 2024. Image: Dana Lens',
    'local',
    '',
    'Mayor rejects council plan to repair the harbor bridge as costs double',
    '',
    '4 Comments',
    'PORTVILLE',
    '',
    ...BODY,
  );
  const anatomy = readAnatomy(text);
  assert.equal(anatomy.headline, 'Mayor rejects council plan to repair the harbor bridge as costs double');
  assertBoilerplate(text, anatomy, ['Mayor Strand speaks at a council meeting', 'FILE PHOTO:', 'local', '4 Comments', 'PORTVILLE']);
  assert.deepEqual(paragraphsOf(text, anatomy), [anatomy.headline, ...BODY]);
});

test('headline: breadcrumbs, a nav bar and a headline printed twice', () => {
  const headline = 'Council says bridge repairs will cost twice the first estimate';
  const text = page(
    'harbortimes',
    'Business',
    'harbortimes',
    '/',
    'Business',
    '/',
    headline,
    'News World Market Environment Technology Personal Finance Politics Business Economy',
    headline,
    'Mar 4, 2024 4:21 AM',
    '',
    ...BODY,
  );
  const anatomy = readAnatomy(text);
  assert.equal(anatomy.headline, headline);
  assert.deepEqual(anatomy.headlineSpan, spanOf(text, headline), 'the first of the two');
  assert.equal(anatomy.date, '2024-03-04');
  assertBoilerplate(text, anatomy, ['News World Market', 'Mar 4, 2024 4:21 AM', 'harbortimes\nBusiness']);
  assert.ok(within(spanOf(text, headline, anatomy.headlineSpan!.end), anatomy.boilerplate), 'the second print is boilerplate');
});

test('headline: a photo credit and its caption between the headline and the story', () => {
  const text = page(
    'Skip to content',
    'Home',
    'News',
    'Harbor bridge to close for repairs, council says',
    '2 hours ago',
    'Share',
    'Save',
    'Ann Teller',
    'Getty Images',
    'The bridge carries forty thousand vehicles a day',
    ...BODY,
  );
  const anatomy = readAnatomy(text);
  assert.equal(anatomy.headline, 'Harbor bridge to close for repairs, council says');
  assertBoilerplate(text, anatomy, ['Skip to content', '2 hours ago', 'Getty Images', 'The bridge carries']);
  assert.deepEqual(paragraphsOf(text, anatomy), [anatomy.headline, ...BODY]);
});

test('headline: the one above the byline wins over a standfirst below it', () => {
  const text = page('Mayor and council clash over harbor bridge repairs', 'Costs have doubled since the spring', 'By Ann Teller', ...BODY);
  assert.equal(readAnatomy(text).headline, 'Mayor and council clash over harbor bridge repairs');
});

test('story: a live blog\'s posts, each under its time, are all story; a sentence ending in a quote is no teaser title', () => {
  const posts = [
    'Mayor Ellen Strand conceded shortly before midnight. "The voters have spoken," Strand told supporters.',
    'She urged her party to "look forward, not back."',
    '11:40 PM',
    'Omar Reyes declared victory at the harbor. "Tonight Portville chose a new direction," he said.',
    'Reyes thanked Strand for "a hard-fought race."',
    '11:02 PM',
    'Elections director Ana Vidal said turnout had passed 64%, "the highest we have seen."',
  ];
  const text = page('Election live: results as polls close in Portville', 'By Staff', 'Nov 4, 2026, 11:58 PM', '11:58 PM', ...posts);
  const anatomy = readAnatomy(text);
  assert.deepEqual(paragraphsOf(text, anatomy), [anatomy.headline, ...posts.filter((post) => !post.endsWith(' PM'))]);
});

test('live page: a summary under the headline, then posts, each its time, its title and its prose; `Latest` labels the posts', () => {
  const posts = [
    'Posted at 16:20',
    "Strand: 'The bridge stays shut'",
    'The mayor has told the council that the harbor bridge will stay closed until the survey is done.',
    '"Nobody crosses until the engineers say so," Mayor Ellen Strand said.',
    'Posted at 15:05',
    'Ferry crews called in',
    'Omar Reyes, who runs the harbor ferries, said extra boats would sail every twenty minutes.',
  ];
  const text = page('Home', 'News', 'Bridge closure: Mayor says repairs will take months', 'Live', 'Summary', 'The harbor bridge has been shut since Monday', 'Mayor Ellen Strand says there is "no quick fix"', 'Latest', ...posts);
  const anatomy = readAnatomy(text);
  assert.equal(anatomy.headline, 'Bridge closure: Mayor says repairs will take months');
  assertStory(text, anatomy, ['The harbor bridge has been shut since Monday', 'Mayor Ellen Strand says there is "no quick fix"', ...posts.filter((line) => !line.startsWith('Posted'))]);
  assertBoilerplate(text, anatomy, ['Live', 'Summary', 'Latest', 'Posted at 16:20', 'Posted at 15:05']);
});

test('live page: the first post\'s title below the headline and its date line is story', () => {
  const text = page('Bridge talks: Council holds firm', 'Published 4 March 2026, 09:40 GMT', '', '11:15', 'Reyes says closure could last weeks', '', BODY[0], BODY[1], '', '10:30', 'Ferries double up', '', BODY[2]);
  const anatomy = readAnatomy(text);
  assert.equal(anatomy.headline, 'Bridge talks: Council holds firm');
  assert.equal(anatomy.date, '2026-03-04');
  assertStory(text, anatomy, ['Reyes says closure could last weeks', 'Ferries double up', ...BODY]);
  assertBoilerplate(text, anatomy, ['11:15', '10:30']);
});

test('live page: a line naming a post\'s writers between its title and its prose', () => {
  const text = page('Harbor storm live: Portville shuts its bridge', 'By Ann Roe, KQPT', 'Updated 5:02 PM EST, March 4, 2026', '', '5:02 PM EST', 'Mayor orders bridge shut', "From KQPT's Dee Fenn", BODY[0], BODY[1], '', '4:40 PM EST', 'Council weighs loan', "From KQPT's Gil Hart", BODY[2]);
  const anatomy = readAnatomy(text);
  assert.equal(anatomy.headline, 'Harbor storm live: Portville shuts its bridge');
  assertStory(text, anatomy, ['Mayor orders bridge shut', 'Council weighs loan', ...BODY]);
  assertBoilerplate(text, anatomy, ["From KQPT's Dee Fenn", "From KQPT's Gil Hart", '5:02 PM EST', '4:40 PM EST']);
});

test('live page: posts stamped by how long ago they went up (`2h ago`) are posts; the summary under the headline is story', () => {
  const text = page(
    'Menu',
    'Harbor storm live: Portville evacuates the waterfront',
    'Live Reporting',
    'Edited by Ann Roe',
    'Summary',
    'Hundreds of homes have been cleared along the harbor after the sea wall failed',
    'Mayor Ellen Strand says the town faces "its worst night in decades"',
    '',
    '2h ago',
    'Ferries carry residents inland',
    'Omar Reyes, who runs the harbor ferries, said extra boats would sail every twenty minutes.',
    '',
    'Pinned post',
    '3h ago',
    'Sea wall gives way',
    BODY[0],
    "That's all from us for today. Thanks for following our coverage.",
  );
  const anatomy = readAnatomy(text);
  assert.equal(anatomy.headline, 'Harbor storm live: Portville evacuates the waterfront');
  assertStory(text, anatomy, ['Hundreds of homes have been cleared along the harbor after the sea wall failed', 'Mayor Ellen Strand says the town faces "its worst night in decades"', 'Ferries carry residents inland', 'Sea wall gives way', BODY[0]]);
  assertBoilerplate(text, anatomy, ['Edited by Ann Roe', '2h ago', '3h ago', 'Pinned post', "That's all from us"]);
});

test('headline: above a standfirst, a photo caption and a byline that names the beat (no `By`)', () => {
  const text = page(
    'Harbor bridge to close for a month, council confirms',
    'Drivers face detours after engineers find cracks in the supports',
    'The bridge at dusk on Tuesday. Photograph: Ann Teller/Portville Post',
    'Priya Nair Transport correspondent',
    'Thu 12 Mar 2026 14.05 GMT',
    ...BODY,
  );
  const anatomy = readAnatomy(text);
  assert.equal(anatomy.headline, 'Harbor bridge to close for a month, council confirms');
  assert.equal(anatomy.date, '2026-03-12');
});

test('headline: a standfirst, a photo caption, the writer and place, and a `Last modified` line between it and its date', () => {
  const text = page(
    'Harbor bridge to close for a month, council confirms',
    'Drivers face detours after engineers find cracks in the supports of the old span',
    'The bridge at dusk on Tuesday. Photograph: Ann Teller/Portville Post',
    'Priya Nair in Portville',
    'Thu 12 Mar 2026 14.05 GMT',
    'Last modified on Thu 12 Mar 2026 16.30 GMT',
    ...BODY,
  );
  const anatomy = readAnatomy(text);
  assert.equal(anatomy.headline, 'Harbor bridge to close for a month, council confirms');
  assert.equal(anatomy.date, '2026-03-12');
});

test('headline: a breadcrumb from Home down to the story\'s title is navigation', () => {
  const text = page('Home / Local / Harbor bridge to close for a month, council confirms', 'Harbor bridge to close for a month, council confirms', 'Portville Post | Updated: Mar 12, 2026 10:15 IST', ...BODY);
  const anatomy = readAnatomy(text);
  assert.equal(anatomy.headline, 'Harbor bridge to close for a month, council confirms');
  assertBoilerplate(text, anatomy, ['Home / Local /']);
});

test('byline: a name and the agency or beat after a comma or a bar, without `By`', () => {
  for (const byline of ['Ann Teller, Associated Press', 'Ann Teller | AFP', 'Ann Teller, Staff Writer']) {
    const text = page('Harbor bridge to close for a month, council confirms', byline, 'Mar 12, 2026', ...BODY);
    const anatomy = readAnatomy(text);
    assertBoilerplate(text, anatomy, [byline]);
    assert.equal(anatomy.wire, byline.endsWith('Writer') ? null : byline.endsWith('AFP') ? 'AFP' : 'AP', byline);
  }
});

test('outlet: a copyright line naming the paper and then its owner', () => {
  const text = page('Harbor bridge to close for a month, council confirms', 'By Ann Teller', ...BODY, '© 2026 The Portville Post, a Harbor Media Group publication');
  assert.equal(readAnatomy(text).outlet, 'The Portville Post');
});

test('headline: a title-case headline may end with an abbreviation like U.S.', () => {
  const text = page('Storm Closes Schools Across the U.S.', '', ...BODY);
  const anatomy = readAnatomy(text);
  assert.equal(anatomy.headline, 'Storm Closes Schools Across the U.S.');
});

test('headline: a consent prompt, a player\'s close button, a menu item or a share button beside it is not the headline', () => {
  const headline = 'Mayor rejects council plan for the harbor bridge';
  const above = ['We and our partners use cookies. Accept all | Reject all | Options', 'Close modal window', 'Bridges & Roads'];
  for (const furniture of above) {
    const text = page(' date 2024-03-04  Harbor Times', furniture, headline, 'By Ann Lee', ...BODY);
    assert.equal(readAnatomy(text).headline, headline, furniture);
  }
  const below = page(' date 2024-03-04  Harbor Times', headline, 'The harbor bridge at dusk (Photo: Ann Lee/Harbor Times)', 'By Ann Lee', 'Share full article', ...BODY);
  const anatomy = readAnatomy(below);
  assert.equal(anatomy.headline, headline);
  assertBoilerplate(below, anatomy, ['Share full article']);
});

test('headline: the writer\'s block (name, job title, handle, a link to their page) between it and the date, and a menu of longer items above it', () => {
  const headline = 'Mayor rejects council plan for the harbor bridge';
  const blocks = [
    ['Ann Lee', 'Harbor Times City Hall Video Journalist', '@AnnLeeHT Contact', 'Published: March 4, 2024 at 11:02AM EST'],
    ['Bridge repairs will cost twice the first estimate; council to vote again', 'Ann Lee', 'About Ann Lee', 'Mar 4, 2024 7:00 AM'],
    // A blogging platform's: the subtitle, the writer, a button to follow them, the reading time.
    ['Why the vote matters more than the money, and what comes next', 'Ann Lee', 'Follow', '6 min read', '·', 'Mar 4, 2024'],
  ];
  for (const block of blocks) {
    const text = page(' date 2024-03-04  Harbor Times', headline, ...block, '', ...BODY);
    assert.equal(readAnatomy(text).headline, headline, block[1]);
  }
  const menu = page(' date 2024-03-04  Harbor Times', 'News', 'Portville', 'Roads', 'Bridges in Trouble Again', 'Harborside', headline, BODY[0] + ' The vote on the bond is due next month, and the ferry will run on.', 'Ann Lee · Harbor Times · Posted: Mar 04, 2024 6:12 AM EST', BODY[1]);
  assert.equal(readAnatomy(menu).headline, headline);
});

test('headline: a lone sentence above it (a caption without a credit, a notice) is not the story start', () => {
  const text = page('Mayor Ellen Strand speaks to reporters in Portville on Friday.', 'Mayor rejects council plan for the harbor bridge', '', ...BODY);
  const anatomy = readAnatomy(text);
  assert.equal(anatomy.headline, 'Mayor rejects council plan for the harbor bridge');
  assertBoilerplate(text, anatomy, ['Mayor Ellen Strand speaks']);
});

test('story start: a lead paragraph followed by a short quoted sentence is the story, not the top of the page', () => {
  const lead = 'Mayor Ellen Strand rejected the council plan to repair the harbor bridge on Friday.';
  const text = page('Mayor rejects bridge plan', 'March 4, 2024', '', lead, '', '"Never," she said.', '', ...BODY);
  const anatomy = readAnatomy(text);
  assert.equal(anatomy.headline, 'Mayor rejects bridge plan');
  assertStory(text, anatomy, [lead, '"Never," she said.', ...BODY]);
});

test('story start: numbered sub-headings, each over its paragraph, are the story\'s own and do not push its start down', () => {
  const intro = 'The harbor board met for six hours on Tuesday. Here is what it decided.';
  const sections = [
    '1. Tolls go up',
    'Ferry tolls will rise by a fifth in May, board chair Ines Varga told the meeting.',
    '2. The pier stays shut',
    '"We cannot open a pier that might fall into the sea," Varga said.',
  ];
  const text = page('Three things the harbor board decided', '', 'By Tom Hale', '', intro, '', ...sections.flatMap((line) => [line, '']), '3. The bridge', ...BODY);
  const anatomy = readAnatomy(text);
  assert.equal(anatomy.headline, 'Three things the harbor board decided');
  assertStory(text, anatomy, [intro, ...sections, '3. The bridge', ...BODY]);
});

test('headline: one or two words, where no line above the story is title-like; not a label or a sentence', () => {
  for (const headline of ['Britain swelters', 'Gridlock']) {
    const text = page(' date 2024-03-04  Harbor Times', 'Home  News  Sport', headline, '', ...BODY);
    const anatomy = readAnatomy(text);
    assert.equal(anatomy.headline, headline);
    assert.deepEqual(paragraphsOf(text, anatomy), [headline, ...BODY]);
  }
  assert.equal(readAnatomy(page('It rained.', '', ...BODY)).headline, null);
  assert.equal(readAnatomy(page('Politics', '', ...BODY)).headline, null);
});

test('headline: none where a wire\'s page opens with its name over a story its dateline names', () => {
  const lead = 'PORTVILLE (Tidewire) - The harbour bridge closed on Monday after inspectors found cracks in two of its piers, the city council said.';
  const text = page(' date 2024-03-04', 'Tidewire', '', lead, ...BODY);
  const anatomy = readAnatomy(text);
  assert.equal(anatomy.headline, null);
  assert.equal(anatomy.outlet, 'Tidewire');
  assert.deepEqual(paragraphsOf(text, anatomy), [lead, ...BODY]);
});

test('headline: none when the page starts with the story', () => {
  const text = page(...BODY, 'Read also| Mayor vows to fight on');
  const anatomy = readAnatomy(text);
  assert.equal(anatomy.headline, null);
  assert.equal(anatomy.headlineSpan, null);
  assert.deepEqual(paragraphsOf(text, anatomy), BODY);
});

test('headline: the capture line names one the page does not print', () => {
  const anatomy = readAnatomy(page(' date 2024-03-04  Harbor Times - Mayor and council clash over bridge', ...BODY));
  assert.equal(anatomy.headline, 'Mayor and council clash over bridge');
  assert.equal(anatomy.headlineSpan, null);
  assert.deepEqual(anatomy.paragraphs.length, BODY.length);
});

test('date: a date line without a capture line, in a North American or a French page', () => {
  assert.equal(readAnatomy(page('Harbor bridge reopens', 'Published 03/04/2024 09:15 AM EDT', '', ...BODY)).date, '2024-03-04');
  assert.equal(readAnatomy(page('Le pont du port rouvre', 'Publié le 10 avril 2024 à 08h12', '', ...BODY)).date, '2024-04-10');
  assert.equal(readAnatomy(page('Le pont du port rouvre', 'Mis à jour le 10 avril 2024', '', BODY[0])).date, '2024-04-10', 'a date line over a story of one paragraph');
});

test('datelines: an agency in parentheses is the wire; a year-less date takes its year from the page', () => {
  const reuters = readAnatomy(page('Bridge talks stall in Portville', 'PORTVILLE, March 4 (Reuters) - ' + BODY[0], BODY[1], '© Thomson Reuters 2024.'));
  assert.equal(reuters.wire, 'Reuters');
  assert.equal(reuters.date, '2024-03-04', 'the year of the copyright line');

  const ians = readAnatomy(page('Portville offers bridge deal to council', 'IANS March 4, 2024 252 views', BODY[0], 'Portville, Mar 4: ' + BODY[1]));
  assert.equal(ians.wire, 'IANS');
  assert.equal(ians.outlet, 'IANS');
  assert.equal(ians.date, '2024-03-04');

  const yearless = readAnatomy(page('Portville offers bridge deal to council', 'Portville, Mar 4: ' + BODY[0], BODY[1]));
  assert.equal(yearless.date, null, 'no year anywhere');

  const captured = readAnatomy(page(' date 2024-03  Harbor Times', 'Portville offers bridge deal to council', 'Portville, Mar 4: ' + BODY[0]));
  assert.equal(captured.date, '2024-03-04');
});

test('datelines: a name the agency list does not know is the wire after a place in capitals, not after a name in a sentence', () => {
  const wireOf = (opening: string) => readAnatomy(page('Bridge talks stall in Portville', opening + BODY[0], BODY[1])).wire;
  assert.equal(wireOf('PORTVILLE (Gullnews) - '), 'Gullnews');
  assert.equal(wireOf('PORTVILLE, March 4 (Harbor Wire Service) – '), 'Harbor Wire Service');
  assert.equal(wireOf('PORTVILLE, Ore., March 4 (Gullnews) - '), 'Gullnews', "the city in capitals, its state as AP writes it");
  assert.equal(wireOf('PORTVILLE, Ore. (Gullnews) — '), 'Gullnews');
  assert.equal(wireOf('Portville, Ore. (Gullnews) — '), null);
  assert.equal(wireOf('Portville (Gullnews) - '), null, 'a place in capitals marks a dateline');
  assert.equal(wireOf('PORTVILLE (pictured) - '), null);
  assert.equal(wireOf('PORTVILLE (2024) - '), null);
  assert.equal(wireOf('Portville (KQPT) — '), 'KQPT', "a broadcaster's letters after any place");
  assert.equal(wireOf('Ann Hale (R) — '), null);
  assert.equal(wireOf('HOST (ANN HALE): '), null, "a transcript's speaker label");
  assert.equal(wireOf('MODERATOR (Ann Hale): '), null);
  assert.equal(wireOf('HOST (ANN HALE) - '), null, 'a role names a speaker before a dash too');
  assert.equal(wireOf('MODERATOR (ANN HALE) — '), null);
});

test('datelines: an agency without a place, after a date, between dashes, or before a stop and a dash', () => {
  const read = (opening: string) => readAnatomy(page('Bridge talks stall in Portville', opening + BODY[0], BODY[1]));
  assert.equal(read('(Bloomberg) -- ').wire, 'Bloomberg');
  const dated = read('Mar 4, 2024 -- (Dow Jones) -- ');
  assert.deepEqual([dated.wire, dated.date], ['Dow Jones', '2024-03-04']);
  const stopped = read('Portville, Mar 4 (EFE).- ');
  assert.equal(stopped.wire, 'EFE');
  assert.equal(read('PORTVILLE, Ore.--(BUSINESS WIRE)--').wire, 'Business Wire');
  assert.equal(read('PORTVILLE, Ore., March 4, 2024 /PRNewswire/ -- ').wire, 'PR Newswire');
  assert.equal(read('March 4 - ').wire, null);
  // A name the list does not know after a date alone, as a wire dates a story with no place.
  assert.equal(read('March 4 (Gullnews) - ').wire, 'Gullnews');
  assert.equal(read('March 4 (pictured) - ').wire, null);
  assert.equal(read('March 4 (Ann Hale): ').wire, null);
});

test('datelines: a wire\'s lead printed above the headline is the story\'s first paragraph, unless printed again below', () => {
  const lead = '(Bloomberg) -- Portville will keep its harbor bridge shut until the engineers finish their survey.';
  const text = page(' date 2024-03-04  Harbor Times', lead, 'Portville Keeps Harbor Bridge Shut as Survey Drags On', BODY[1]);
  const anatomy = readAnatomy(text);
  assert.deepEqual([anatomy.headline, anatomy.wire], ['Portville Keeps Harbor Bridge Shut as Survey Drags On', 'Bloomberg']);
  assert.deepEqual(paragraphsOf(text, anatomy), [lead, anatomy.headline, BODY[1]]);
  assert.equal(textOf(text, anatomy.headlineSpan!), anatomy.headline);

  const twice = page(lead, 'Portville Keeps Harbor Bridge Shut as Survey Drags On', lead, BODY[1]);
  const printedAgain = readAnatomy(twice);
  assert.deepEqual(paragraphsOf(twice, printedAgain), [printedAgain.headline, lead, BODY[1]]);
});

test('wire: a republished story\'s note names the outlet it first ran in, whose story the page carries', () => {
  const wireOf = (note: string) => readAnatomy(page('Island Times', 'Portville opens new harbor bridge', ...BODY, note)).wire;
  assert.equal(wireOf('This article originally appeared in the Harbor Courier and is republished here under a content-sharing agreement.'), 'Harbor Courier');
  assert.equal(wireOf('This story was first published by Coastline News.'), 'Coastline News');
  assert.equal(wireOf('This story was originally published by the Harbor Sun. It is republished here with permission.'), 'Harbor Sun');
  assert.equal(wireOf('This story was originally published by the St. Clair Ledger.'), 'St. Clair Ledger');
  assert.equal(wireOf('© 2024 Island Times. Distributed by Harbor Content Agency, LLC.'), 'Harbor Content Agency');
  assert.equal(wireOf('Kim Lee contributed to this report.'), null, 'a contribution to its own story is no copy');
  assert.equal(wireOf('Source: Gullnews Agency'), 'Gullnews Agency', "a source line naming another outlet");
  assert.equal(wireOf('Source: Island Times'), null, 'the page\'s own name');
});

test('outlet: a masthead, the page\'s first line above the headline; the wire stays the wire', () => {
  const outletOf = (...lines: string[]) => readAnatomy(page(...lines));
  const carried = outletOf('Harbor Courier', 'Home / News / Local', 'Portville opens new harbor bridge', 'PORTVILLE (Gullnews) - ' + BODY[0], BODY[1], '© Gullnews 2024. All rights reserved.');
  assert.deepEqual([carried.outlet, carried.wire, carried.headline], ['Harbor Courier', 'Gullnews', 'Portville opens new harbor bridge']);
  assert.equal(outletOf('Island Times', 'Menu | Search', 'Portville opens new harbor bridge', ...BODY).outlet, 'Island Times');
  // Not a masthead: the headline itself, a sentence, a date, a menu or a byline on the first line.
  assert.equal(outletOf('Portville opens new harbor bridge', ...BODY).outlet, null);
  assert.equal(outletOf('Read our coverage.', 'Portville opens new harbor bridge', ...BODY).outlet, null);
  assert.equal(outletOf('March 4, 2024', 'Portville opens new harbor bridge', ...BODY).outlet, null);
  assert.equal(outletOf('Home / News / Local', 'Portville opens new harbor bridge', ...BODY).outlet, null);
  assert.equal(outletOf('By Ann Teller', 'Portville opens new harbor bridge', ...BODY).outlet, null);
});

test('outlet: a paper\'s name just below the headline or just above the byline; not another line there', () => {
  const outletOf = (...lines: string[]) => readAnatomy(page(...lines)).outlet;
  assert.equal(outletOf('Portville opens new harbor bridge', 'The Portville Daily', 'March 4, 2024', ...BODY), 'The Portville Daily');
  assert.equal(outletOf('Portville opens new harbor bridge', 'Drivers can cross from Monday', 'Harbor Courier', 'By Ann Teller', ...BODY), 'Harbor Courier');
  assert.equal(outletOf('Portville opens new harbor bridge', 'Drivers Cross Again', 'March 4, 2024', ...BODY), null);
  assert.equal(outletOf('The Portville Daily', 'Portville opens new harbor bridge', ...BODY), 'The Portville Daily');
});

test('outlet: a page title names its site after a bar or a dash; the headline is the title alone', () => {
  const text = page('Portville opens new harbor bridge | Opinion | Harbor Courier', ...BODY);
  const anatomy = readAnatomy(text);
  assert.deepEqual([anatomy.headline, anatomy.outlet], ['Portville opens new harbor bridge', 'Harbor Courier']);
  assert.deepEqual(anatomy.headlineSpan, spanOf(text, 'Portville opens new harbor bridge'));
  // A title line above the headline names the site too.
  const above = readAnatomy(page('Bridge opens | Island Times', 'Home > News > Local', 'Portville opens new harbor bridge, ending years of delay', 'March 4, 2024', ...BODY));
  assert.deepEqual([above.headline, above.outlet], ['Portville opens new harbor bridge, ending years of delay', 'Island Times']);
  assert.equal(readAnatomy(page('Portville opens new harbor bridge - Harbor Evening News', ...BODY)).outlet, 'Harbor Evening News');
  // After a dash the headline may go on; a section name alone is no site.
  const dashed = readAnatomy(page('Portville bridge - The Final Days', ...BODY));
  assert.deepEqual([dashed.headline, dashed.outlet], ['Portville bridge - The Final Days', null]);
  assert.equal(readAnatomy(page('Live: Portville opens new harbor bridge | Updates', ...BODY)).outlet, null);
  // A section's name before a bar is no part of the headline; a place's name is.
  const opinion = page('Opinion | The bridge toll is a tax on the poor', ...BODY);
  const column = readAnatomy(opinion);
  assert.equal(column.headline, 'The bridge toll is a tax on the poor');
  assert.deepEqual(column.headlineSpan, spanOf(opinion, 'The bridge toll is a tax on the poor'));
  assert.equal(readAnatomy(page('Portville | The bridge toll is a tax on the poor', ...BODY)).headline, 'Portville | The bridge toll is a tax on the poor');
  // A topic under its section, above the headline, is a menu's item.
  const topic = readAnatomy(page('News | Harbor bridge', 'Portville council rejects harbor bridge repair plan', 'The mayor says the cost has doubled.', '', 'Published On 4 Mar 2024', ...BODY));
  assert.equal(topic.headline, 'Portville council rejects harbor bridge repair plan');
});

test('navigation: a row of section names above the headline is no headline', () => {
  const anatomy = readAnatomy(page('HARBOR DAILY', 'Newsletters Podcasts Policy News Events', 'Portville council rejects harbor bridge repair plan', '', 'By Ann Teller', 'March 4, 2024', ...BODY));
  assert.equal(anatomy.headline, 'Portville council rejects harbor bridge repair plan');
});

test('outlet: the outlet the capture line names, before or after a dash in the headline line, is no part of the headline', () => {
  for (const title of ['Tidemark - Portville opens new harbor bridge', 'Portville opens new harbor bridge - Tidemark']) {
    const text = page(' date 2024-03-04  Tidemark', title, ...BODY);
    const anatomy = readAnatomy(text);
    assert.deepEqual([anatomy.headline, anatomy.outlet], ['Portville opens new harbor bridge', 'Tidemark'], title);
    assert.deepEqual(anatomy.headlineSpan, spanOf(text, 'Portville opens new harbor bridge'), title);
  }
  // Another name before the dash stays: it may be the story's.
  assert.equal(readAnatomy(page(' date 2024-03-04  Tidemark', 'Portville - the bridge opens at last', ...BODY)).headline, 'Portville - the bridge opens at last');
});

test('masthead: a paper\'s name above a sentence-case headline is the outlet, not the headline', () => {
  const headline = 'Harbor bridge to close for a month after inspectors find cracks';
  const read = (...top: string[]) => readAnatomy(page(...top, 'By Ann Teller', 'March 4, 2024', '', ...BODY));
  const cases: [string, string[]][] = [
    ['alone', ['Portville Evening Post', headline]],
    ['a menu below it', ['Portville Evening Post', 'News | Sport | Weather', headline]],
    ['in capitals', ['PORTVILLE EVENING POST', headline]],
    ['`of` after the paper word', ['The Times of Portville', headline]],
    ['its tagline on the next line', ['Portville Evening Post', 'The voice of the harbor since 1921', headline]],
    ['its tagline on its line', ['Portville Evening Post | The voice of the harbor since 1921', headline]],
    ['below `Skip to content`', ['Skip to content', 'The Portville Evening Post', headline]],
  ];
  for (const [variant, top] of cases) {
    const anatomy = read(...top);
    assert.equal(anatomy.headline, headline, variant);
    assert.equal(anatomy.outlet, top.find((line) => /post|times/i.test(line))!.split(' | ')[0], variant);
    assert.equal(anatomy.date, '2024-03-04', variant);
  }
});

test('masthead: a standfirst below the headline stays below it; a short title-case headline stays the headline', () => {
  const standfirst = 'Drivers face a month of detours while engineers repair the cracked supports';
  const read = (...top: string[]) => readAnatomy(page(...top, 'By Ann Teller', '', ...BODY));
  assert.equal(read('Portville Evening Post', 'Harbor bridge to close for a month', standfirst).headline, 'Harbor bridge to close for a month');
  assert.equal(read('Portville Evening Post', 'Bridge Closes for Repairs').headline, 'Bridge Closes for Repairs');
  assert.equal(read('Portville Evening Post', 'Bridge Closes for Repairs', standfirst).headline, 'Bridge Closes for Repairs');
  assert.equal(read('Bridge Closes for Repairs', standfirst).headline, 'Bridge Closes for Repairs');
  // A short headline that ends like a paper's name, with its verb, is still the headline.
  assert.equal(read('Mayor Attacks Harbor Post', standfirst).headline, 'Mayor Attacks Harbor Post');
  // A page without a headline under its masthead has none.
  const untitled = read('Portville Evening Post');
  assert.deepEqual([untitled.headline, untitled.outlet], [null, 'Portville Evening Post']);
});

test("masthead: a site's motto under its name, which says it is no paper, gives way to the headline", () => {
  const headline = 'Harbor bridge to close for a month after inspectors find cracks';
  const anatomy = readAnatomy(page('Harbor Lantern', 'Your independent voice on the harbor', 'LOG IN | REGISTER', headline, '4 Mar 2024', '', ...BODY));
  assert.deepEqual([anatomy.headline, anatomy.outlet], [headline, 'Harbor Lantern']);
});

test('masthead: a name without a paper word counts when the copyright line repeats it; the capture line names it too', () => {
  const headline = 'Harbor bridge to close for a month after inspectors find cracks';
  const repeated = readAnatomy(page('Harbor Lantern Online', headline, 'By Ann Teller', '', ...BODY, '© 2024 Harbor Lantern Online'));
  assert.deepEqual([repeated.headline, repeated.outlet], [headline, 'Harbor Lantern Online']);
  const captured = readAnatomy(page(' date 2024-03-04  Portville Evening Post', 'Portville Evening Post', headline, 'By Ann Teller', '', ...BODY));
  assert.deepEqual([captured.headline, captured.outlet], [headline, 'Portville Evening Post']);
  const desk = readAnatomy(page(' date 2024-03-04  The Lantern Desk', 'The Lantern Desk', headline, 'By Ann Teller', '', ...BODY));
  assert.deepEqual([desk.headline, desk.outlet], [headline, 'The Lantern Desk'], 'a name the capture line gives, over a title');
  const titled = readAnatomy(page(' date 2024-03-04  Harbor Bridge Closes Again', 'Harbor Bridge Closes Again', '', ...BODY));
  assert.deepEqual([titled.headline, titled.outlet], ['Harbor Bridge Closes Again', null], 'no title below: the capture line named the headline');
});

test('wire: an agency quoted or cited in the story is not the wire', () => {
  const text = page(
    'Portville mayor says bridge talks have stalled',
    'The mayor of Portville said on Monday that talks with the council over the harbor bridge had stalled.',
    'TASS quoted the mayor as saying that "no deal is close" and that the council must "think again".',
    'Reuters reported earlier that the city was weighing a bond sale, according to AFP.',
  );
  const anatomy = readAnatomy(text);
  assert.equal(anatomy.wire, null);
  assert.equal(anatomy.outlet, null);
});

test('wire: bylines, sources, credits, agency inputs and dated copyright lines name it', () => {
  const wireOf = (...lines: string[]) => readAnatomy(page('Portville opens new harbor bridge', ...lines)).wire;
  assert.equal(wireOf('By Ann Teller, Bloomberg', ...BODY), 'Bloomberg');
  assert.equal(wireOf(...BODY, 'Source: Xinhua'), 'Xinhua');
  assert.equal(wireOf(...BODY, 'Reporting by Ann Teller; Editing by Sam Crane'), 'Reuters');
  assert.equal(wireOf(...BODY, '(With inputs from PTI)'), 'PTI');
  assert.equal(wireOf(...BODY, 'Copyright 2024 The Associated Press. All rights reserved.'), 'AP');
  assert.equal(wireOf('MOSCOW, March 4. /TASS/. ' + BODY[0], BODY[1]), 'TASS');
  assert.equal(wireOf(...BODY, 'The harbor at dawn. © AFP'), null, 'a photo credit');
  assert.equal(wireOf('FILE PHOTO: The bridge. REUTERS/Carl Foto', ...BODY), null, 'a photo credit');
});

test('outlet: from a source line, from the copyright domain as the page prints it, from the copyright holder', () => {
  const outletOf = (...lines: string[]) => readAnatomy(page(...lines)).outlet;
  assert.equal(outletOf('Portville opens new harbor bridge', ...BODY, 'Source: Harbor.example'), 'Harbor.example');
  assert.equal(outletOf('Portville opens new harbor bridge', ...BODY, 'Source: Harbor Times and news agencies'), 'Harbor Times');
  assert.equal(
    outletOf('harbortimes', 'Business', 'Portville opens new harbor bridge', ...BODY, 'Copyright 2020-2024 - www.harbortimes.example All Rights Reserved'),
    'harbortimes',
  );
  assert.equal(outletOf('Portville opens new harbor bridge', ...BODY, 'Copyright 2024 - www.harbortimes.example'), 'harbortimes.example');
  assert.equal(
    outletOf('Portville opens new harbor bridge', ...BODY, '© 2024 Harbor Media Inc. All rights reserved. This material may not be copied.'),
    'Harbor Media',
  );
});

test('boilerplate: each kind of page furniture inside a story', () => {
  const text = page(
    'Mayor and council clash over harbor bridge repairs',
    'By Ann Teller',
    'Share',
    BODY[0],
    'Advertisement',
    'The harbor bridge at dusk. Image: Dana Lens',
    BODY[1],
    'Read also| Storm closes schools for a second day',
    'Sign up for our morning newsletter',
    'CLICK HERE TO GET THE HARBOR TIMES APP',
    BODY[2],
    'Source: Harbor Times',
    'Tags: bridge, Portville',
  );
  const anatomy = readAnatomy(text);
  assertBoilerplate(text, anatomy, ['By Ann Teller', 'Share', 'Advertisement', 'Image: Dana Lens', 'Read also|', 'Sign up', 'CLICK HERE', 'Source:', 'Tags:']);
  assert.deepEqual(paragraphsOf(text, anatomy), ['Mayor and council clash over harbor bridge repairs', ...BODY]);
});

test('boilerplate: a photo credit naming its photographer and paper, the caption straight above it, and pull quotes', () => {
  const text = page(
    'Mayor and council clash over harbor bridge repairs',
    'By Ann Teller',
    '',
    BODY[0],
    '',
    'Crews inspect the cracked supports on Tuesday.',
    'Dana Lens/The Portville Post via AP',
    '',
    BODY[1],
    '',
    '“We cannot pay twice for the same bridge.”',
    '— Ellen Strand',
    '',
    BODY[2],
    '',
    'Photo by Omar Quill on Unsplash',
  );
  const anatomy = readAnatomy(text);
  assertBoilerplate(text, anatomy, ['Crews inspect the cracked supports on Tuesday.', 'Dana Lens/The Portville Post via AP', '“We cannot pay twice', '— Ellen Strand', 'Photo by Omar Quill']);
  assert.deepEqual(paragraphsOf(text, anatomy), ['Mayor and council clash over harbor bridge repairs', ...BODY]);
  // Where paragraphs follow one another line by line, the one above a credit is the story's.
  const lineByLine = page('Mayor and council clash over harbor bridge repairs', 'By Ann Teller', BODY[0], BODY[1], 'Dana Lens/The Portville Post via AP', BODY[2]);
  assert.deepEqual(paragraphsOf(lineByLine, readAnatomy(lineByLine)), ['Mayor and council clash over harbor bridge repairs', ...BODY]);
});

test('boilerplate: an embedded post, its credit and its text, and the story going on below it', () => {
  const text = page(
    'Mayor and council clash over harbor bridge repairs',
    'By Ann Teller',
    '',
    BODY[0],
    BODY[1],
    'Portville Police (@PortvillePD) March 3, 2026',
    'BRIDGE CLOSED: use the ferry until further notice #PortvilleBridge',
    '8:30 a.m.',
    'What we know',
    BODY[2],
  );
  const anatomy = readAnatomy(text);
  assertBoilerplate(text, anatomy, ['Portville Police (@PortvillePD)', 'BRIDGE CLOSED']);
  assertStory(text, anatomy, BODY);
  // A paragraph that names an account in passing is story.
  const named = 'The mayor (@MayorStrand) wrote on Tuesday that the bridge would reopen within the month.';
  const passing = page('Mayor and council clash over harbor bridge repairs', 'By Ann Teller', '', BODY[0], '', named, '', BODY[1]);
  assertStory(passing, readAnatomy(passing), [named]);
});

test('boilerplate: an embedded post whose credit, opened by a dash, stands below its text; the story goes on below the credit', () => {
  const post = 'Ferry is packed again this morning, bring a coffee';
  const text = page(
    'Mayor and council clash over harbor bridge repairs',
    'By Ann Teller',
    '',
    BODY[0],
    BODY[1],
    '',
    post,
    '— Pia Moll (@piamoll) March 3, 2026',
    BODY[2],
  );
  const anatomy = readAnatomy(text);
  assertBoilerplate(text, anatomy, [post, '— Pia Moll (@piamoll)']);
  assertStory(text, anatomy, BODY);
});

test('boilerplate: an agency\'s sign-off ends the story; the writers\' box below it, each name over its note, is furniture', () => {
  const agency = page('Mayor and council clash over harbor bridge repairs', 'By Ann Teller', '', ...BODY, '', 'Reporting by Ann Teller; Editing by Sam Crane', 'Ann Teller', 'Harbor Wire', 'Ann covers city hall and the harbor from Portville.');
  const read = readAnatomy(agency);
  assert.deepEqual(paragraphsOf(agency, read), ['Mayor and council clash over harbor bridge repairs', ...BODY]);
  assertBoilerplate(agency, read, ['Ann covers city hall']);

  const box = page('Mayor and council clash over harbor bridge repairs', 'By Ann Teller and Bo Grant', ...BODY, 'Ann Teller', 'Ann Teller is a correspondent for Harbor News.', 'Bo Grant', 'Bo Grant is a producer for Harbor News.');
  const boxed = readAnatomy(box);
  assert.deepEqual(paragraphsOf(box, boxed), ['Mayor and council clash over harbor bridge repairs', ...BODY]);
});

test('boilerplate: a video\'s label, title and description, above the story or inside it', () => {
  const video = ['Video', 'Ferry crews race to keep Portville moving', 'Harbor News correspondent Dana Lens reports on the long queues at the ferry terminal.'];
  for (const text of [
    page('Mayor and council clash over harbor bridge repairs', 'By Ann Teller', ...video, ...BODY),
    page('Mayor and council clash over harbor bridge repairs', 'By Ann Teller', '', BODY[0], BODY[1], '', ...video, '', BODY[2]),
  ]) {
    const anatomy = readAnatomy(text);
    assert.deepEqual(paragraphsOf(text, anatomy), ['Mayor and council clash over harbor bridge repairs', ...BODY]);
    assertBoilerplate(text, anatomy, video);
  }
});

test('boilerplate: a comment count in capitals opens the comments; a note on the article\'s age is no headline', () => {
  const text = page('This article is more than 1 month old', 'Mayor and council clash over harbor bridge repairs', 'By Ann Teller', ...BODY, '86 COMMENTS', 'HarborFan: Strand said "we cannot pay" - says it all', 'Ann Teller is state political editor.');
  const anatomy = readAnatomy(text);
  assert.equal(anatomy.headline, 'Mayor and council clash over harbor bridge repairs');
  assertBoilerplate(text, anatomy, ['This article is more', '86 COMMENTS', 'HarborFan:', 'Ann Teller is state']);
});

test('boilerplate: a story paragraph that is one quotation stays story unless a longer paragraph prints it', () => {
  const quoted = '"We cannot pay twice for the same bridge, and we will not," the mayor said.';
  const alone = '"The harbor bridge is the only way into town for half of us."';
  const text = page('Mayor and council clash over harbor bridge repairs', '', BODY[0], '', quoted, '', alone, '', BODY[2], '', alone);
  assert.deepEqual(paragraphsOf(text, readAnatomy(text)), ['Mayor and council clash over harbor bridge repairs', BODY[0], quoted, alone, BODY[2], alone]);
});

test('boilerplate: cookie buttons, app chrome, end-of-story notes on the writer, sign-offs and widgets', () => {
  const text = page(
    'We use cookies to improve your experience.',
    'Accept all cookies',
    'Manage preferences',
    'Open in app',
    'Mayor and council clash over harbor bridge repairs',
    'By Ann Teller',
    '',
    ...BODY,
    '— With assistance from Omar Quill',
    'Ann Teller covers city hall for the Portville Post.',
    'About the author',
    'Dana Lens is a senior transport reporter at the Harbor Times.',
    '--IANS',
    'mr/vd',
    '(Only the headline and picture of this report may have been reworked by the Portville Post staff; the rest of the content is auto-generated from a syndicated feed.)',
    '412 Followers',
    'Was this helpful?',
    'Explore more on these topics',
  );
  const anatomy = readAnatomy(text);
  assertBoilerplate(text, anatomy, ['Accept all', 'Manage preferences', 'Open in app', '— With assistance', 'Ann Teller covers', 'About the author', 'Dana Lens is', '--IANS', 'mr/vd', '(Only the headline', '412 Followers', 'Was this helpful?', 'Explore more']);
  assert.equal(anatomy.headline, 'Mayor and council clash over harbor bridge repairs');
  assert.deepEqual(paragraphsOf(text, anatomy), ['Mayor and council clash over harbor bridge repairs', ...BODY]);
});

test('boilerplate: a note on the writer closing the story, however long, and a press release\'s sections after the story', () => {
  const note = 'Ann Teller is the Post\'s city hall editor. She has covered Portville for ten years and said of it: "I never get bored."';
  const column = page('Mayor and council clash over harbor bridge repairs', 'By Ann Teller', '', ...BODY, '', note);
  const anatomy = readAnatomy(column);
  assert.deepEqual(paragraphsOf(column, anatomy), ['Mayor and council clash over harbor bridge repairs', ...BODY]);
  assertBoilerplate(column, anatomy, [note]);
  const alone = page('Bridge editor resigns', '', 'Ann Teller is the Post\'s city hall editor and has quit.');
  assert.equal(paragraphsOf(alone, readAnatomy(alone)).length, 2, 'a story of one paragraph keeps it');

  const release = page(
    'FOR IMMEDIATE RELEASE',
    'Harbor Lines Opens Ferry Terminal in Portville',
    '',
    ...BODY,
    '',
    'About Harbor Lines Ltd.',
    'Harbor Lines was founded in 1990 by Ellen Strand and Omar Reyes. Its motto is "ferries for everyone."',
    '',
    'Media Contact:',
    'Dana Lens',
    'dana.lens@harborlines.example',
  );
  const read = readAnatomy(release);
  assert.equal(read.headline, 'Harbor Lines Opens Ferry Terminal in Portville');
  assert.deepEqual(paragraphsOf(release, read), ['Harbor Lines Opens Ferry Terminal in Portville', ...BODY]);
  assertBoilerplate(release, read, ['FOR IMMEDIATE RELEASE', 'About Harbor Lines', 'Harbor Lines was founded', 'Media Contact:', 'Dana Lens']);
});

test('boilerplate: copyright lines end the story; a reader comment and its votes after them are boilerplate', () => {
  const text = page(
    'Mayor and council clash over harbor bridge repairs',
    '',
    ...BODY,
    '',
    '© Thomson Reuters 2024.',
    '',
    '©2024 Harbor Media Inc.',
    '',
    'The mayor is right and the council should listen to the people for once.',
    '',
    '0 ( +0 / -0 )',
    '',
  );
  const anatomy = readAnatomy(text);
  assertBoilerplate(text, anatomy, ['© Thomson Reuters', '©2024 Harbor', 'The mayor is right', '0 ( +0 / -0 )']);
  assert.equal(anatomy.boilerplate.length, 1, 'one run, blank lines included');
  assert.equal(anatomy.boilerplate[0].start, text.indexOf('© Thomson'));
  assert.equal(anatomy.boilerplate[0].end, text.indexOf('0 ( +0') + '0 ( +0 / -0 )'.length);
  assert.deepEqual(paragraphsOf(text, anatomy), ['Mayor and council clash over harbor bridge repairs', ...BODY]);
});

test('boilerplate: comments and related articles run to the end, teasers, their bylines and dates included', () => {
  const text = page(
    'Mayor and council clash over harbor bridge repairs',
    'Mar 4, 2024 4:21 AM',
    ...BODY,
    'Comments',
    'Welcome to our comments! Please keep conversations courteous and on-topic at all times.',
    'Sign up to post',
    'Related Articles >',
    'Storm closes schools across the region',
    'Aug 17, 2025',
    'SEASIDE, Aug 18 (AFP) - A storm closed schools across the region on Monday as winds reached record speeds...',
    'By Kim Lee SEASIDE (AFP) - Schools stayed shut for a second day as the storm moved north over the coast.',
  );
  const anatomy = readAnatomy(text);
  assertBoilerplate(text, anatomy, ['Comments', 'Welcome to our comments', 'Related Articles', 'Storm closes', 'Aug 17, 2025', 'SEASIDE, Aug 18', 'By Kim Lee']);
  assert.equal(anatomy.date, '2024-03-04', 'not a teaser date');
  assert.equal(anatomy.wire, null, 'not a teaser wire');
  assert.deepEqual(paragraphsOf(text, anatomy), ['Mayor and council clash over harbor bridge repairs', ...BODY]);
});

test('boilerplate: a teaser date is not the article date', () => {
  const anatomy = readAnatomy(page('Mayor and council clash over harbor bridge repairs', ...BODY, 'More stories', 'Storm closes schools', 'May 25, 2024'));
  assert.equal(anatomy.date, null);
});

test('boilerplate: titles over dates below the story are teasers even without a marker', () => {
  const text = page(
    'Mayor and council clash over harbor bridge repairs',
    ...BODY,
    'Storm closes schools across the region',
    'May 25, 2024',
    'SEASIDE (AFP) - A storm closed schools across the region on Monday as winds reached record speeds.',
    'Seaside fishermen count the cost of the storm',
    'May 24, 2024',
  );
  const anatomy = readAnatomy(text);
  assertBoilerplate(text, anatomy, ['Storm closes schools', 'May 25, 2024', 'SEASIDE (AFP)', 'Seaside fishermen', 'May 24, 2024']);
  assert.deepEqual(paragraphsOf(text, anatomy), ['Mayor and council clash over harbor bridge repairs', ...BODY]);
  assert.equal(anatomy.date, null);
  assert.equal(anatomy.wire, null);
});

test('boilerplate: a region of teasers ends where the story clearly goes on', () => {
  const more = [
    'The council will vote on the bond sale next week, according to a statement from its chairman.',
    'Engineers have warned that the bridge could close for good within two years without repairs.',
    'The mayor said she would veto any plan that raised property taxes in the harbor district.',
  ];
  const strong = page('Mayor and council clash over harbor bridge repairs', ...BODY, 'Related', 'Storm closes schools for a second day', ...more);
  const anatomy = readAnatomy(strong);
  assertBoilerplate(strong, anatomy, ['Related', 'Storm closes schools']);
  assertStory(strong, anatomy, more);

  const weak = page('Mayor and council clash over harbor bridge repairs', ...BODY, 'Read more', 'Storm closes schools for a second day', more[0]);
  const read = readAnatomy(weak);
  assertBoilerplate(weak, read, ['Read more', 'Storm closes schools']);
  assertStory(weak, read, [more[0]]);

  // A video teaser, then a list of the most read: the region runs on as the stronger marker says.
  const teasers = ['Ferry fares rise again as the price of fuel keeps climbing.', 'Seaside school wins a national award for its science teaching.'];
  const video = page('Mayor and council clash over harbor bridge repairs', ...BODY, 'WATCH NOW', 'VIDEO 03:12', 'Why the harbor bridge keeps failing', 'Most Read', ...teasers);
  const watched = readAnatomy(video);
  assertBoilerplate(video, watched, ['WATCH NOW', 'VIDEO 03:12', 'Why the harbor bridge', 'Most Read', ...teasers]);
  assert.deepEqual(paragraphsOf(video, watched), ['Mayor and council clash over harbor bridge repairs', ...BODY]);
});

test('paragraphs: single line breaks and blank lines both separate paragraphs; lists are story', () => {
  const text = page('Mayor and council clash over harbor bridge repairs', BODY[0], BODY[1], '', BODY[2], '', 'Key Points', '1', 'Repairs cost twice the estimate');
  const anatomy = readAnatomy(text);
  assert.deepEqual(paragraphsOf(text, anatomy), ['Mayor and council clash over harbor bridge repairs', ...BODY, 'Key Points', 'Repairs cost twice the estimate']);
});

/** Two paragraphs of a story hard-wrapped near 70 characters. */
const WRAPPED_STORY = [
  'The mayor of Portville said on Monday that talks with the city council',
  'over the harbor bridge had stalled, and that no new date had been set',
  'for another round of negotiations between the two sides.',
  '',
  '"We are not close to a deal," the mayor told reporters outside city',
  'hall, adding that the council had refused to consider a cheaper plan',
  'put forward by engineers last month.',
];

test('paragraphs: hard-wrapped text is joined into its paragraphs', () => {
  const text = page('Bridge talks stall in Portville', '', ...WRAPPED_STORY);
  const anatomy = readAnatomy(text);
  const paragraphs = paragraphsOf(text, anatomy);
  assert.equal(paragraphs.length, 3);
  assert.ok(paragraphs[1].startsWith('The mayor') && paragraphs[1].endsWith('two sides.'));
  assert.ok(paragraphs[2].startsWith('"We are') && paragraphs[2].endsWith('last month.'));
});

test('hard-wrapped text: a date or byline under the headline stays a line of its own', () => {
  const text = page('Bridge talks stall in Portville as council rejects cheaper plan', 'By Jane Roe', '3 March 2026', '', ...WRAPPED_STORY);
  const anatomy = readAnatomy(text);
  assert.equal(anatomy.headline, 'Bridge talks stall in Portville as council rejects cheaper plan');
  assert.equal(anatomy.date, '2026-03-03');
  assert.ok(paragraphsOf(text, anatomy).some((p) => p.startsWith('The mayor') && p.endsWith('two sides.')));
});

test('line ends: CRLF and lone CR read like LF, and no span holds a CR', () => {
  const lines = [' date 2024-03-04  Harbor Times', 'Mayor and council clash over harbor bridge repairs', '', ...BODY, '', 'You May Like!', 'Storm closes schools'];
  const lf = readAnatomy(lines.join('\n'));
  for (const eol of ['\r\n', '\r']) {
    const text = lines.join(eol);
    const anatomy = readAnatomy(text);
    assert.deepEqual(
      { ...anatomy, paragraphs: paragraphsOf(text, anatomy), boilerplate: anatomy.boilerplate.map((s) => textOf(text, s).split(eol).join('\n')), headlineSpan: null },
      { ...lf, paragraphs: paragraphsOf(lines.join('\n'), lf), boilerplate: lf.boilerplate.map((s) => textOf(lines.join('\n'), s)), headlineSpan: null },
    );
    for (const span of [...anatomy.paragraphs, ...anatomy.boilerplate]) {
      assert.ok(!/^[\r\n]|[\r\n]$/.test(textOf(text, span)), JSON.stringify(textOf(text, span)));
    }
  }
});

test('other scripts and emoji', () => {
  const text = page('港の橋の修理をめぐり市長と議会が対立', '', '市長は金曜日、港の橋を修理する議会の計画を拒否し、費用が二倍になったと述べた。', '', '🌉 Мэр заявил, что мост будет закрыт на ремонт до следующего лета.');
  const anatomy = readAnatomy(text);
  assert.equal(anatomy.headline, '港の橋の修理をめぐり市長と議会が対立');
  assert.equal(anatomy.paragraphs.length, 3);
});

test('empty and blank input', () => {
  for (const text of ['', '\n', '\r\n\r\n', '   ']) {
    assert.deepEqual(readAnatomy(text), { headline: null, headlineSpan: null, outlet: null, wire: null, date: null, paragraphs: [], boilerplate: [] });
  }
});

/** What must hold for any input: spans in bounds, in order, apart, trimmed to whole text. */
function assertWellFormed(text: string, anatomy: Anatomy) {
  let previous = -1;
  for (const span of anatomy.paragraphs) {
    assert.ok(span.start > previous && span.start < span.end && span.end <= text.length);
    assert.ok(!/^\s|\s$/.test(textOf(text, span)));
    previous = span.end - 1;
  }
  previous = -1;
  for (const span of anatomy.boilerplate) {
    assert.ok(span.start > previous && span.start <= span.end && span.end <= text.length);
    assert.ok(span.start === 0 || /[\r\n]/.test(text[span.start - 1]), 'starts a line');
    assert.ok(span.end === text.length || /[\r\n]/.test(text[span.end]), 'ends a line');
    previous = span.end;
  }
  for (const span of anatomy.paragraphs) assert.ok(!anatomy.boilerplate.some((b) => b.start < span.end && span.start < b.end), 'story is not boilerplate');
  if (anatomy.headlineSpan) assert.equal(textOf(text, anatomy.headlineSpan).replace(/\r\n?|\n/g, ' '), anatomy.headline);
  if (anatomy.date) assert.match(anatomy.date, /^\d{4}-\d{2}(?:-\d{2})?$/);
}

test('never throws, and spans are always well formed (fuzz)', () => {
  const pieces = fc.constantFrom(
    '\n', '\r\n', '\r', ' ', '  ', ' date 2024-03-04  ', 'Related Articles >', '© 2024 ', '(Reuters) - ', 'PORTVILLE, Mar 4: ',
    'Comments', 'By ', 'Mar 4, 2024', '"', '“', '...', 'FILE PHOTO: ', 'Image: ', 'Source: ', '/', '|', '🌉', '\ud800', 'é', '港',
    'Mayor and council clash over harbor bridge repairs', BODY[0], BODY[1], '1', 'www.x.example',
  );
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string(), fc.string({ unit: 'binary' })), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      assertWellFormed(text, readAnatomy(text));
    }),
    { numRuns: RUNS },
  );
});

// Speed is measured by `npm run bench`; here only that huge inputs are read without failing.
test('huge inputs: a million-character line, a million blank lines, a megabyte of page', () => {
  const seed = page(' date 2024-03-04  Harbor Times', 'Mayor and council clash over harbor bridge repairs', '', ...BODY, 'Related Articles >', 'Storm closes schools', '© 2024 Harbor Media');
  const inputs = ['x'.repeat(1e6), '"'.repeat(1e6), 'Reporting by '.repeat(80_000), '\n'.repeat(1e6), (seed + '\n').repeat(Math.ceil(1e6 / seed.length))];
  for (const text of inputs) assertWellFormed(text, readAnatomy(text));
});
