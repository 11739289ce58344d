import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bareWords, describeLine, splitLines } from './lines';

test('lines: split on LF, CRLF and a lone CR; spans never hold a terminator', () => {
  const text = 'one\ntwo\r\nthree\rfour';
  const lines = splitLines(text).map((span) => text.slice(span.start, span.end));
  assert.deepEqual(lines, ['one', 'two', 'three', 'four']);
  assert.deepEqual(
    splitLines('a\r\n\r\nb\n').map((s) => [s.start, s.end]),
    [[0, 1], [3, 3], [5, 6], [7, 7]],
  );
  assert.deepEqual(splitLines(''), [{ start: 0, end: 0 }]);
});

const furniture = (line: string) => describeLine(line).furniture;

test('lines: photo captions and credits', () => {
  for (const line of [
    'FILE PHOTO: The harbor bridge in Portville, March 3, 2024. REUTERS/Carl Foto/File Photo',
    'The harbor bridge at dusk. Image: Dana Lens.',
    'The mayor speaks to reporters. (AP Photo/Kim Lee)',
    'Photo: City of Portville',
    'The defendant confers with his lawyer on Tuesday. (Pool photo by Dana Lens / The Portville Post)',
    'Jurors leave the courthouse. (Staff Photo by Omar Quill)',
  ]) {
    const facts = describeLine(line);
    assert.ok(facts.caption && facts.furniture, line);
  }
  assert.equal(describeLine('A poll by the city found most residents back the bridge.').caption, false);
});

test('lines: a caption that closes with its photographer and outlet in brackets', () => {
  for (const line of [
    'Ferry passengers queue at the Portville terminal on Monday. (Dana Lens/The Portville Post)',
    'Crews inspect the cracked supports. (Omar Quill/HTV News Harbour Region)',
    '(Dana Lens/HTV)',
  ]) {
    const facts = describeLine(line);
    assert.ok(facts.caption && facts.furniture, line);
  }
  // Prose closes with a full stop after its brackets, and brackets after a word are no credit.
  for (const line of ['The council voted on the route (north/south).', 'The mayor backed the plan (Ellen Strand/Portville)', 'Ridership rose sharply (Harbor Lines/Portville Transit).']) {
    assert.equal(describeLine(line).caption, false, line);
  }
});

test('lines: counts, views, votes and share tools', () => {
  for (const line of ['1 Comment', '23 comments', '0 ( +0 / -0 )', '1.2k views', 'Share', 'Save articles to read later', 'Click here to subscribe', 'Facebook Twitter WhatsApp Email', 'Advertisement', 'Sign up to post', '4 min read', 'Sort by']) {
    assert.ok(furniture(line), line);
  }
});

test('lines: a team sheet or player ratings is furniture; a sentence listing names is not', () => {
  assert.ok(furniture("Ashby Rovers: Penn 6; Cole 7, Diaz 7, Moss 6, Hart 6; Lane 7 (Fox 6), Ruiz 9."));
  assert.ok(furniture("Ashby Rovers: Penn, Cole, Diaz, Moss, Hart, Lane (Fox 64'), Ruiz."));
  assert.equal(furniture('Ashby Rovers: Penn said the side had played well, and Cole agreed.'), false);
  assert.equal(furniture('Winners: Tom Penn, Ana Cole.'), false);
});

test('lines: navigation bars, section names and breadcrumbs', () => {
  assert.ok(furniture('Home World Business Markets Politics Opinion Sports Weather'));
  assert.ok(furniture('Business'));
  assert.ok(furniture('Harbor Times / Business /'));
  assert.ok(furniture('Home > World > Europe'));
  assert.ok(furniture('Home  Football  Cricket  Formula 1  Tennis'), 'a menu whose items two spaces part');
  assert.ok(furniture('News · Harbour · Town Hall · Ferries · Letters · e-Edition'), 'a menu whose items dots part');
  assert.ok(furniture('Local • Sport • Weather'));
  assert.ok(!furniture('Review · The storm that closed the harbour for a week'), 'a kicker and a headline');
  assert.ok(furniture('Harbor Daily › News'), "a site's name over its section");
  assert.ok(!furniture('Harbor bridge closes › News'), "a page's title over its section");
  assert.ok(!furniture('Mayor and council  clash over harbor bridge repairs'), 'a stray double space in a headline');
  assert.ok(!furniture('Mayor and council clash over harbor bridge repairs'));
  assert.ok(!furniture('World leaders back Portville bridge plan'), 'a headline with one section word');
});

test('lines: markers that open a region of furniture', () => {
  for (const line of ['Related Articles >', 'You May Like!', 'Tags:', 'Comments', 'Comments 12', 'Reader comments (2)', 'More stories', 'More interviews', 'Most viewed', 'MOST POPULAR NEWS', 'Most read stories', 'Most read this week', 'Leave a Reply', 'Have your say']) {
    assert.equal(describeLine(line).marker, 'strong', line);
  }
  for (const line of ['Read more', 'WATCH NOW', 'VIDEO 03:12', 'Listen 1:04:10']) assert.equal(describeLine(line).marker, 'weak', line);
  assert.equal(describeLine('© 2024 Harbor Media Inc. All rights reserved.').marker, 'strong');
  assert.equal(describeLine('© Dana Lens').marker, null, 'a bare credit is not the end of the page');
  assert.equal(describeLine('Also on Monday, the mayor met the council.').marker, null);
});

test('lines: headers of teasers naming whose they are, a promotion\'s header, topic tags and an agency\'s sign-off open a region', () => {
  for (const line of [
    'Related stories from Harbor Times',
    'More stories from the Portville Post',
    "Don't miss these picks from Harbor Premium",
    'Read more about:',
    'Popular on the Portville Post',
    'Reporting by Ann Teller in Portville; Editing by Sam Crane',
    '(Reporting by Ann Teller; Writing by Bo Grant; Editing by Sam Crane)',
  ]) {
    assert.equal(describeLine(line).marker, 'strong', line);
  }
  for (const line of ['Related stories from the flood emerged on Tuesday, the mayor said.', "Don't miss the ferry, the mayor told commuters."]) {
    assert.equal(describeLine(line).marker, null, line);
  }
});

test('lines: credits and notes on the writers after the story', () => {
  for (const line of [
    'With files from Dana Lens',
    'With files from the Harbor Press',
    'Ann Teller reported from Portville, and Bo Grant from Harbor City.',
    'Ann Teller and Bo Grant reported from Portville.',
    'Ann Teller is a Portville-based reporter covering city hall for the Post. Write to her at ateller@example.com',
    'Bo Grant is a producer for Harbor News.',
    'Follow Bo Grant on X: @bgrant_hn',
    'Bo Grant can be reached at bgrant@example.com',
  ]) {
    assert.ok(furniture(line), line);
  }
  for (const line of [
    'Files from the council show the cost had doubled.',
    'Ellen Strand reported from the scene that the bridge had cracked, and the council closed it.',
    'Ellen Strand is a former reporter at the Post who now runs the ferry line.',
    'Fans follow the team on Instagram.',
    'Ellen Strand can be reached by ferry only.',
  ]) {
    assert.ok(!furniture(line), line);
  }
});

test('lines: a press release\'s closing sections and the notes around a story are furniture', () => {
  for (const line of ['About the author', 'About Harbor Lines Ltd.', 'Media Contact:', 'Contacts', 'Press contacts', 'Forward-Looking Statements', 'Investors: Ann Roe, ir@harborlines.example, 555-0199']) {
    assert.equal(describeLine(line).marker, 'strong', line);
  }
  for (const line of ['FOR IMMEDIATE RELEASE', 'To contact the reporter on this story: Ann Teller in Portville at ateller@example.com', 'To contact the editor responsible for this story: Sam Crane', "The views expressed in this article are the author's own."]) {
    assert.ok(furniture(line), line);
  }
  for (const line of ['About 200 people came to the meeting.', 'About the size of a bus', 'Investors: the winners and losers of the week']) {
    assert.equal(describeLine(line).marker, null, line);
  }
});

test('lines: inline teasers, sources, credits and copyright are furniture', () => {
  for (const line of [
    'Read also| Mayor vows to fight on',
    'READ MORE: Council backs bond sale',
    'You might like: Storm closes schools',
    "Reader comment (1): Who pays for this? I'd like to know. — harborfan",
    'Tags: bridge, Portville, council',
    'Source: Harbor Times',
    'Reporting by Ann Teller; Editing by Sam Crane',
    '(With inputs from PTI)',
    'Kim Lee in Portville contributed to this report.',
    'This article originally appeared in the Harbor Times and is republished here with permission.',
    'A version of this story first ran in the Harbor Times.',
    'Distributed by Harbor Content Agency, LLC.',
    'Write to Ann Teller at ann.teller@harbortimes.example',
    'Contact Bo Grant at bgrant@portvillepost.example or follow him on X @BoGrant.',
    "Appeared in the March 10, 2024, print edition as 'Mill Bets Big on Robots'.",
    '© Thomson Reuters 2024.',
    'Copyright 2020-2024 - www.harbortimes.example All Rights Reserved',
  ]) {
    assert.ok(furniture(line), line);
  }
  assert.ok(!furniture('Reporting by the Harbor Times showed the cost had doubled.'));
  assert.ok(!furniture('This story appeared to shock the council, the mayor said.'));
  assert.ok(!furniture('Contact with the ship was lost at 4 a.m., the coast guard said.'));
});

test('lines: a reader\'s comment under a user name with an underscore or closing digits is furniture; a label of the story is not', () => {
  assert.ok(furniture('Tom_H: @GrannyWalks62 it says "may reduce", nobody said it was a guarantee.'));
  assert.ok(furniture('GrannyWalks62: I walk the dog twice a day and I still got diagnosed.'));
  assert.ok(!furniture('Covid-19: cases rose again in the capital for a third week, officials said.'));
  assert.ok(!furniture('Ingrid Solheim: Honestly, I was exhausted by the talks and the travel.'));
});

test("lines: a consent wall's heading and notice are furniture", () => {
  for (const line of [
    'We value your privacy',
    'We and our 842 partners store and access information on your device, such as cookies, and process personal data for personalised advertising.',
    'Accept all',
    'Manage preferences',
    'By continuing to use our site you consent to our use of cookies.',
  ]) {
    assert.ok(furniture(line), line);
  }
  assert.ok(!furniture('We value your privacy, the mayor told residents worried about the cameras.'));
  assert.ok(!furniture('By continuing to use the old cables, the council put lives at risk, the inspectors said.'));
});

test('lines: bylines and date lines', () => {
  for (const line of ['By Ann Teller and Bo Grant', 'By JANE ROE', 'IANS March 4, 2024 252 views', 'Mar 4, 2024 4:21 AM', 'Updated 12:47 AM GMT+1, March 1, 2024', 'Reuters', 'Tuesday, March 5, 2024', '3 hours ago', '2h ago', '35m ago', '1 hr 5 min ago', 'Priya Nair Health correspondent', 'Tom Hale and Ann Roe Political reporters', 'Jo Ann Quist Senior White House correspondent']) {
    assert.ok(describeLine(line).byline, line);
  }
  for (const line of ['Trump to meet Putin on March 3', 'By Tuesday the council had agreed to meet again.', 'The council met on March 4, 2024 to vote on the bond.', 'Fox News fires sports reporter', 'Harbour Post names new editor', 'Mayor Praises Local Reporter']) {
    assert.equal(describeLine(line).byline, false, line);
  }
});

test('lines: a byline in parts between dots or bars, and one that says after a comma who the writer is', () => {
  for (const line of [
    'Ann Teller · Harbour News · Posted: Mar 04, 2024 6:12 AM EST | Last Updated: 2 hours ago',
    'By Bo Grant • Portville Post • 3 hours ago',
    'By Ann Teller, a senior reporter covering city hall and the money that runs through it.',
    'By Bo Grant, Harbour Sport chief rugby writer',
    'Bo Grant, Harbour Sport chief rugby writer',
  ]) {
    assert.ok(describeLine(line).byline, line);
  }
  for (const line of [
    'Ferries · Buses · Trains',
    'Ellen Strand · Mayor of Portville',
    'By Christmas Eve, the council had agreed to meet again.',
    'Ellen Strand, a former reporter, said the bridge was unsafe.',
  ]) {
    assert.equal(describeLine(line).byline, false, line);
  }
});

test('lines: a live post\'s time alone is its stamp; a live page\'s labels are furniture', () => {
  for (const line of ['12:04', '14.52 GMT', 'Posted at 10:00', 'Posted at 13:30 13:30', '3:45 p.m. ET', '10:15 AM EDT', '2h ago', 'Updated 35 mins ago']) {
    const facts = describeLine(line);
    assert.ok(facts.postStamp && facts.byline, line);
  }
  for (const line of ['Mar 4, 2024 4:21 AM', 'Updated 12:47 AM GMT', '14.52 million', 'Kick-off 19:45']) assert.equal(describeLine(line).postStamp, false, line);
  for (const line of ['Summary', 'Key events', 'Show key events only', 'Live Reporting', 'Pinned post', 'Edited by Ann Roe']) assert.ok(furniture(line), line);
  // A live page's sign-off is the page's, not the story's.
  for (const line of ["That's all from us for today. Thanks for following our coverage.", 'Thank you for joining us this morning.']) assert.ok(furniture(line), line);
  for (const line of ["From CNN's Ann Roe", 'From KQPT’s Ann Roe and Bo Grant', "From NBC News' Ann Roe"]) assert.ok(describeLine(line).byline, line);
  for (const line of ["From Britain's Heatwave To Spain's Fires", "From Portville's Harbor to the Sea"]) assert.equal(describeLine(line).byline, false, line);
});

test('lines: sentences, titles and words', () => {
  const sentence = describeLine('“We cannot pay twice for the same bridge,” the mayor said.”');
  assert.ok(sentence.sentenceEnd);
  assert.ok(!describeLine('Mayor and council clash over bridge').sentenceEnd);
  assert.ok(describeLine('Storm closes schools across the region for a...').trailsOff);
  assert.ok(describeLine('Clinton Tells Voters to Back the Plan in the U.S.').titleCase);
  assert.ok(!describeLine('The mayor met the council in Portville.').titleCase);
  assert.equal(describeLine('  one two  three ').words, 3);
  assert.ok(describeLine('港の橋の修理費用が二倍に膨らみ市議会と市長が対立している').words >= 10, 'unspaced scripts still count');
  assert.equal(describeLine('—— ***').hasLetters, false);
  assert.ok(describeLine('CLICK HERE TO GET THE APP').shouting);
  assert.ok(!describeLine('NATO AND EU').shouting, 'three words');
  assert.ok(!describeLine('NATO leaders meet in Portville').shouting);
});

/** Text made of pieces that try the edges: marks around words, letters beyond the first plane, all kinds of spaces. */
const edgyText = fc
  .array(fc.constantFrom('Home', 'world', 'The', 'of', 'a', '“', '”', '«', '—', '.', ',', '2025', 'É', 'ǅ', '𝐀', '\ud835', '\u0301', ' ', '  ', '\t', '\u00a0', '\u3000', '\r', '\n', '\r\n', '\u2028'), {
    maxLength: 14,
  })
  .map((pieces) => pieces.join(''));

test('lines: splitting agrees with a split on the terminators, in any text', () => {
  fc.assert(
    fc.property(edgyText, (text) => {
      assert.deepEqual(
        splitLines(text).map((span) => text.slice(span.start, span.end)),
        text.split(/\r\n|\r|\n/),
      );
    }),
  );
});

test('lines: bare words are the words between spaces without the marks around them', () => {
  assert.deepEqual(bareWords(' “Home” — World,  «Europe»… 2025'), ['Home', 'World', 'Europe', '2025']);
  const byRegex = (text: string) =>
    text
      .split(/\s+/)
      .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
      .filter((word) => word.length > 0);
  fc.assert(fc.property(edgyText, (text) => assert.deepEqual(bareWords(text), byRegex(text))));
});

test('lines: title case is told by the first letters of words, as a regex over the words tells it', () => {
  const small = new Set('a an the and or nor but of in on at to for with by from as vs via into onto over per than up out off'.split(' '));
  const titleCase = (text: string, words: number) => {
    if (words < 3 || words > 30) return false;
    let capitalised = 0;
    for (const m of text.matchAll(/(?<!\S)[^\p{L}\p{N}\s]*(\p{L}+)/gu)) {
      if (small.has(m[1].toLowerCase())) continue;
      if (!/^\p{Lu}/u.test(m[1])) return false;
      capitalised++;
    }
    return capitalised >= 3;
  };
  assert.ok(describeLine('Trump Holds “Birther” Meeting in the City').titleCase);
  assert.ok(describeLine('Trump Holds 2025talks In The City').titleCase, 'a word that opens with a digit has no letters to judge');
  assert.ok(!describeLine('Trump Holds “talks” In The City').titleCase);
  fc.assert(
    fc.property(edgyText, (text) => {
      const facts = describeLine(text);
      assert.equal(facts.titleCase, titleCase(text.trim(), facts.words));
    }),
    { numRuns: 1000 },
  );
});

test('lines: word counts stop where no judgement asks for more', () => {
  assert.equal(describeLine('word '.repeat(30).trim()).words, 30);
  assert.equal(describeLine('word '.repeat(200).trim()).words, 31);
});
