import test from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'perf_hooks';
import { compareQuotes, DEFAULT_SIMILARITY, pairNumber, QuoteComparer } from './compare';
import { Article, Finding, Quote, Span } from './model';

interface Said {
  text: string;
  speaker: string | null;
  partial?: boolean;
  /** The text with page furniture blanked out, as the quote reader gives it. */
  spoken?: string;
}
interface Story {
  id: string;
  source: string;
  outlet?: string;
  /** Paragraphs, joined by blank lines. */
  body: string[];
  said: Said[];
}

/** Articles and quotes as the pipeline would hand them over; each quote's text must be in its body. */
function bundle(...stories: Story[]): { articles: Article[]; quotes: Quote[] } {
  const quotes: Quote[] = [];
  const articles = stories.map((story) => {
    const text = story.body.join('\n\n');
    const paragraphs: Span[] = [];
    for (let start = 0, i = 0; i < story.body.length; start += story.body[i].length + 2, i++) {
      paragraphs.push({ start, end: start + story.body[i].length });
    }
    const found = story.said.map((said) => {
      const start = text.indexOf(said.text);
      assert.ok(start >= 0, `"${said.text}" is in ${story.id}`);
      const span = { start, end: start + said.text.length };
      const spoken = said.spoken === undefined ? {} : { spoken: said.spoken };
      quotes.push({ article: story.id, span, text: said.text, ...spoken, speaker: said.speaker, partial: !!said.partial });
      return { ...span, text: said.text, ...spoken, partial: !!said.partial, speakerName: said.speaker };
    });
    const anatomy = { headline: null, headlineSpan: null, outlet: story.outlet ?? null, wire: null, date: null, paragraphs, boilerplate: [] };
    return { id: story.id, source: story.source, seed: { name: story.id, file: story.id, offset: 0, text }, anatomy, mentions: [], quotes: found };
  });
  return { articles, quotes };
}

/** A story with one quote, said by Mara Lind of the harbour plan. */
function harbour(id: string, source: string, quote: string, speaker: string | null = 'Mara Lind'): Story {
  return {
    id,
    source,
    outlet: source,
    body: ['The city council met on Tuesday to vote on the harbour plan.', `"${quote}," Mayor Mara Lind told reporters.`, 'The vote is due next month.'],
    said: [{ text: quote, speaker }],
  };
}

function codes(findings: Finding[]): string[] {
  return findings.map((f) => `${f.article}:${f.code}`).sort();
}

const FULL = 'The harbour plan will create 5,000 jobs and it will cut taxes for every family in the city';

test('versions that agree once typography is folded make one group and no finding', () => {
  const { articles, quotes } = bundle(
    harbour('a', 'Daily', 'We’re ready — and we’ll build the new harbour wall by May'),
    harbour('b', 'Herald', "WE'RE ready - and we'll build the new harbour wall by May."),
  );
  const result = compareQuotes(quotes, articles);
  assert.deepEqual(result.groups, [[0, 1]]);
  assert.deepEqual(result.findings, []);
});

test('a cut-down version (a contained run, or one with an ellipsis) is no difference', () => {
  const { articles, quotes } = bundle(
    harbour('a', 'Daily', FULL),
    harbour('b', 'Herald', 'will create 5,000 jobs and it will cut taxes'),
    harbour('c', 'Post', 'The harbour plan will create 5,000 jobs … for every family in the city'),
  );
  const result = compareQuotes(quotes, articles);
  assert.deepEqual(result.groups, [[0, 1, 2]]);
  assert.deepEqual(result.findings, []);
});

test('a negation left out at an ellipsis is a quote-wording finding that says so, in a headline too', () => {
  const said = 'The harbour plan will not, in its first year, raise taxes for any family';
  const cut = 'The harbour plan will … raise taxes for any family';
  const { articles, quotes } = bundle(harbour('a', 'Daily', said), harbour('b', 'Herald', cut));
  const { findings } = compareQuotes(quotes, articles);
  assert.deepEqual(codes(findings), ['a:quote-wording', 'b:quote-wording']);
  assert.equal(findings.find((f) => f.article === 'a')!.message, 'Mara Lind\'s words differ from Herald (b): "not" left out at "…": "will not, in its first year, raise" → "will … raise"');
  // A headline may fit the words to itself, but not leave out a negation.
  const title = "Lind: 'I will … raise taxes'";
  const headed: Story = { id: 'b', source: 'Herald', body: [title, 'The mayor spoke on Tuesday.'], said: [{ text: 'I will … raise taxes', speaker: 'Mara Lind' }] };
  const titled = bundle(harbour('a', 'Daily', 'I will not, whatever the council says, raise taxes'), headed);
  titled.articles[1].anatomy.headlineSpan = { start: 0, end: title.length };
  assert.deepEqual(codes(compareQuotes(titled.quotes, titled.articles).findings), ['a:quote-wording', 'b:quote-wording']);
});

test('page furniture printed between the paragraphs of a quote is no difference', () => {
  const withAd = 'The wall goes up in May.\n\nAdvertisement\n\n"Every family will feel the difference';
  const story = (id: string, text: string, spoken?: string): Story => ({
    id,
    source: id,
    body: ['The council met on Tuesday.', `Mara Lind said: "${text}," the mayor added.`],
    said: [{ text, speaker: 'Mara Lind', spoken }],
  });
  const { articles, quotes } = bundle(
    story('Daily', withAd, withAd.replace('Advertisement', ' '.repeat('Advertisement'.length))),
    story('Herald', withAd.replace('\n\nAdvertisement', '')),
  );
  const result = compareQuotes(quotes, articles);
  assert.deepEqual(result.groups, [[0, 1]]);
  assert.deepEqual(result.findings, []);
});

test('a bracketed insertion stands for any words', () => {
  const { articles, quotes } = bundle(
    harbour('a', 'Daily', 'She will sign the harbour plan into law before the summer recess'),
    harbour('b', 'Herald', '[The mayor] will sign the harbour plan into law before the summer recess'),
  );
  const result = compareQuotes(quotes, articles);
  assert.equal(result.groups.length, 1);
  assert.deepEqual(result.findings, []);
});

test('a quote one source splits in two and another prints whole is no difference', () => {
  const whole: Story = {
    id: 'a',
    source: 'Daily',
    body: ['"The port will reopen in March. Shipping firms have already booked every berth for the spring," Lind said.'],
    said: [{ text: 'The port will reopen in March. Shipping firms have already booked every berth for the spring', speaker: 'Mara Lind' }],
  };
  const split: Story = {
    id: 'b',
    source: 'Herald',
    body: ['"The port will reopen in March," Lind said. "Shipping firms have already booked every berth for the spring."'],
    said: [
      { text: 'The port will reopen in March', speaker: 'Mara Lind' },
      { text: 'Shipping firms have already booked every berth for the spring.', speaker: 'Mara Lind' },
    ],
  };
  const { articles, quotes } = bundle(whole, split);
  const result = compareQuotes(quotes, articles);
  assert.deepEqual(result.groups, [[0, 1, 2]]);
  assert.deepEqual(result.findings, []);
});

test('two sentences of one statement that open alike are no difference, whether or not a source prints both', () => {
  const both: Story = {
    id: 'a',
    source: 'Daily',
    body: ['"I want a harbour team that can bring the council together," Lind said, "A harbour team that can help grow our city."'],
    said: [
      { text: 'I want a harbour team that can bring the council together', speaker: 'Mara Lind' },
      { text: 'A harbour team that can help grow our city.', speaker: 'Mara Lind' },
    ],
  };
  const one: Story = {
    id: 'b',
    source: 'Herald',
    body: ['She hopes for "a harbour team that can bring the council together," Lind said.'],
    said: [{ text: 'a harbour team that can bring the council together', speaker: 'Mara Lind' }],
  };
  const { articles, quotes } = bundle(both, one);
  assert.deepEqual(compareQuotes(quotes, articles).findings, []);
  // Alone, the other sentence still goes its own way for a few words after the opening they share.
  const alone = bundle({ ...both, said: [both.said[1]] }, one);
  assert.deepEqual(compareQuotes(alone.quotes, alone.articles).findings, []);
  // A few words changed at the end are a difference.
  const changed = bundle({ ...one, id: 'c', source: 'Post', body: ['"a harbour team that can bring the city back," Lind said.'], said: [{ text: 'a harbour team that can bring the city back', speaker: 'Mara Lind' }] }, one);
  assert.deepEqual(codes(compareQuotes(changed.quotes, changed.articles).findings), ['b:quote-wording', 'c:quote-wording']);
});

test('two statements that start alike and go on apart are not versions of one: `The fans deserve better than that`', () => {
  const story = (id: string, source: string, quote: string): Story => ({ id, source, body: [`"${quote}," Ray Cole said.`], said: [{ text: quote, speaker: 'Ray Cole' }] });
  const apart = bundle(story('a', 'Daily', 'The fans deserve better than that'), story('b', 'Herald', 'The fans deserve a proper cup run this year'));
  assert.deepEqual(compareQuotes(apart.quotes, apart.articles), { groups: [], findings: [] });
});

test('a quote is still a misquote where its source prints the next sentence of the statement on its own', () => {
  const split: Story = {
    id: 'a',
    source: 'Daily',
    body: ['According to Mara Lind, "the roads simply cannot take it."', '"We were never consulted," Lind said.'],
    said: [
      { text: 'the roads simply cannot take it.', speaker: 'Mara Lind' },
      { text: 'We were never consulted,', speaker: 'Mara Lind' },
    ],
  };
  const whole: Story = {
    id: 'b',
    source: 'Herald',
    body: ['Mara Lind said: "The roads just cannot take it. We were never consulted."'],
    said: [{ text: 'The roads just cannot take it. We were never consulted.', speaker: 'Mara Lind' }],
  };
  const { articles, quotes } = bundle(split, whole);
  const { findings } = compareQuotes(quotes, articles);
  assert.deepEqual(codes(findings), ['a:quote-wording', 'b:quote-wording']);
  assert.match(findings.find((f) => f.article === 'a')!.message, /"simply cannot" → "just cannot"/);
});

test('a finding names the speaker in full, as a quote-speaker finding does (one of a family is not taken for another), capitalised to open the message', () => {
  const speaker = 'de la Cruz';
  const { articles, quotes } = bundle(harbour('a', 'Daily', FULL, 'Maria de la Cruz'), harbour('b', 'Herald', FULL.replace('5,000', '50,000'), 'Maria de la Cruz'));
  const { findings } = compareQuotes(quotes, articles);
  assert.match(findings.find((f) => f.article === 'a')!.message, /^Maria de la Cruz's words differ from Herald \(b\): /);
  const lower = bundle(harbour('a', 'Daily', FULL, speaker), harbour('b', 'Herald', FULL.replace('5,000', '50,000'), speaker));
  assert.match(compareQuotes(lower.quotes, lower.articles).findings[0].message, /^De la Cruz's words differ/);
});

test('a changed number is a quote-wording finding on both versions, naming the other source', () => {
  const { articles, quotes } = bundle(harbour('a', 'Daily', FULL), harbour('b', 'Herald', FULL.replace('5,000', '50,000')));
  const { findings } = compareQuotes(quotes, articles);
  assert.deepEqual(codes(findings), ['a:quote-wording', 'b:quote-wording']);
  const onA = findings.find((f) => f.article === 'a')!;
  assert.match(onA.message, /^Mara Lind's words differ from Herald \(b\): "5,000 jobs" → "50,000 jobs"$/);
  assert.deepEqual(onA.span, quotes[0].span);
  assert.deepEqual(
    onA.related.map((r) => [r.article, r.span]),
    [['b', quotes[1].span]],
  );
  assert.equal(onA.related[0].message, 'Herald (b) prints: "…plan will create 50,000 jobs and it…"');
});

test('a short partial quote that differs only in its number is one quote that differs; other figures of the speaker are not', () => {
  const figure = (id: string, source: string, quote: string): Story => ({
    id,
    source,
    outlet: source,
    body: [`Mayor Mara Lind put the figure at "${quote}".`],
    said: [{ text: quote, speaker: 'Mara Lind', partial: true }],
  });
  const { articles, quotes } = bundle(
    figure('a', 'Daily', 'about 4 million euros'),
    figure('b', 'Herald', 'about 6 million euros'),
    figure('c', 'Post', '3 percent'),
    figure('d', 'Star', '2 percent'),
  );
  const { findings } = compareQuotes(quotes, articles);
  assert.deepEqual(codes(findings), ['a:quote-wording', 'b:quote-wording']);
  assert.match(findings[0].message, /"4 million" → "6 million"/);
});

test('a partial quote that opens with a word of its own shows as many of the full version\'s words as its own, not all that came before', () => {
  const full = 'Every year the council has tried to close the harbour with great care and it never worked';
  const partial = 'only with great care and it never worked';
  const { articles, quotes } = bundle(harbour('a', 'Daily', full), {
    id: 'b',
    source: 'Herald',
    outlet: 'Herald',
    body: [`Lind said the council acted "${partial}."`],
    said: [{ text: partial, speaker: 'Mara Lind', partial: true }],
  });
  const { findings } = compareQuotes(quotes, articles);
  assert.deepEqual(codes(findings), ['a:quote-wording', 'b:quote-wording']);
  assert.match(findings.find((f) => f.article === 'a')!.message, /: "…harbour with" → "only with"$/);
  assert.match(findings.find((f) => f.article === 'b')!.message, /: "only with" → "…harbour with"$/);
});

test('a date in either order is one; a day changed shows the whole date', () => {
  const trial = (day: string) => `The trial will resume on ${day} and we expect the verdict before summer`;
  const { articles, quotes } = bundle(harbour('a', 'Daily', trial('14 May')), harbour('b', 'Herald', trial('May 14')), harbour('c', 'Post', trial('4 May')));
  const onA = compareQuotes(quotes, articles).findings.find((f) => f.article === 'a')!;
  assert.match(onA.message, /"14 May[^"]*" → "4 May[^"]*"/);
  assert.deepEqual(onA.related.map((r) => r.article), ['c']);
});

test('where versions differ in different ways, the message shows the closest one\'s difference and says the others differ otherwise', () => {
  const jobs = FULL.replace('5,000', '50,000');
  const taxesAndJobs = FULL.replace('5,000', '50,000').replace('cut taxes', 'lower taxes');
  const { articles, quotes } = bundle(harbour('a', 'Daily', FULL), harbour('b', 'Herald', jobs), harbour('c', 'Courier', taxesAndJobs));
  const { findings } = compareQuotes(quotes, articles);
  const onA = findings.find((f) => f.article === 'a')!;
  assert.equal(onA.message, 'Mara Lind\'s words differ from Herald (b): "5,000 jobs" → "50,000 jobs" (and otherwise in Courier (c))');
  assert.deepEqual(
    onA.related.map((r) => r.article),
    ['b', 'c'],
  );
});

test('versions that differ from a quote in the same way, whatever else they print around it, are named together, not as differing otherwise', () => {
  const fewer = FULL.replace('5,000', '50,000');
  const { articles, quotes } = bundle(
    harbour('a', 'Daily', fewer),
    harbour('b', 'Herald', `We have waited long enough. ${FULL}`),
    harbour('c', 'Courier', `The council agrees, the port agrees and we have waited long enough. ${FULL}`),
  );
  const onA = compareQuotes(quotes, articles).findings.find((f) => f.article === 'a')!;
  assert.equal(onA.message, 'Mara Lind\'s words differ from Herald (b) and Courier (c): "50,000 jobs" → "5,000 jobs"');
  assert.deepEqual(
    onA.related.map((r) => r.article),
    ['b', 'c'],
  );
});

test('a version several sources print is one related entry, at its first printing, naming them', () => {
  const fewer = FULL.replace('5,000', '50,000');
  const { articles, quotes } = bundle(harbour('a', 'Daily', FULL), harbour('b', 'Herald', fewer), harbour('c', 'Courier', fewer), harbour('d', 'Herald', fewer));
  const { findings } = compareQuotes(quotes, articles);
  const onA = findings.find((f) => f.article === 'a')!;
  assert.match(onA.message, /^Mara Lind's words differ from Herald \(b\) and Courier \(c\): /);
  assert.deepEqual(
    onA.related.map((r) => [r.article, r.span, r.message]),
    [['b', quotes[1].span, 'Herald (b) and Courier (c) print: "…plan will create 50,000 jobs and it…"']],
  );
  const onB = findings.find((f) => f.article === 'b')!;
  assert.deepEqual(
    onB.related.map((r) => [r.article, r.message]),
    [['a', 'Daily (a) prints: "…plan will create 5,000 jobs and it…"']],
  );
});

test('each related version is shown where it differs, even far into a long quote', () => {
  const long = 'The harbour plan will create jobs, it will bring ferries back to the islands, it will open the old pier to walkers, and it will cost the city nothing at all';
  const { articles, quotes } = bundle(harbour('a', 'Daily', long), harbour('b', 'Herald', long.replace('nothing at all', 'ten million pounds')));
  const { findings } = compareQuotes(quotes, articles);
  const onA = findings.find((f) => f.article === 'a')!;
  assert.equal(onA.related[0].message, 'Herald (b) prints: "…cost the city ten million pounds"');
  const onB = findings.find((f) => f.article === 'b')!;
  assert.equal(onB.related[0].message, 'Daily (a) prints: "…cost the city nothing at all"');
});

test('an excerpt across a quote\'s paragraphs leaves out the mark that opens the next paragraph', () => {
  const first = 'We built the canals and we paid for the pumps.';
  const second = 'When low, the farmers suffer first and the cities follow them within a month';
  const overParagraphs: Story = {
    id: 'a',
    source: 'Daily',
    outlet: 'Daily',
    body: [`"${first}`, `"${second}," Mara Lind said.`],
    said: [{ text: `${first}\n\n"${second}`, speaker: 'Mara Lind' }],
  };
  const { articles, quotes } = bundle(overParagraphs, harbour('b', 'Herald', `${first} ${second.replace('low', 'dry')}`));
  const onB = compareQuotes(quotes, articles).findings.find((f) => f.article === 'b')!;
  assert.equal(onB.related[0].message, 'Daily (a) prints: "…the pumps. When low, the farmers suffer…"');
});

test('a dropped clause is a difference; the message shows it with the words around it', () => {
  const { articles, quotes } = bundle(
    harbour('a', 'Daily', 'We will rebuild the old pier, and the state will pay for all of it, before the storms come'),
    harbour('b', 'Herald', 'We will rebuild the old pier before the storms come'),
  );
  const { findings } = compareQuotes(quotes, articles);
  assert.deepEqual(codes(findings), ['a:quote-wording', 'b:quote-wording']);
  assert.match(findings.find((f) => f.article === 'b')!.message, /: "pier before" → "pier, and the state will pay for all…"$/);
});

test('a paraphrase printed in quote marks, same speaker and same cue, is one quote that differs', () => {
  const story = (id: string, source: string, before: string, quote: string, cue: string): Story => ({
    id,
    source,
    outlet: source,
    body: [
      'Mayor Mara Lind opened the new ferry terminal on Friday.',
      '"We built it for everyone who lives on the islands," Lind said at the ceremony.',
      `${before} "${quote}," ${cue}.`,
      'Ferry services start on Monday.',
    ],
    said: [
      { text: 'We built it for everyone who lives on the islands', speaker: 'Mara Lind' },
      { text: quote, speaker: 'Mara Lind' },
    ],
  });
  const { articles, quotes } = bundle(
    story(
      'a',
      'Daily',
      'Before any fares are set, Lind said the council should first study the ticket costs.',
      'Naturally, one has to study what the tickets would cost, and who would pay them',
      'the Nordpress agency quoted Lind as saying',
    ),
    story(
      'b',
      'Herald',
      'Yet before fares are set, Lind insisted the council must study the costs of tickets.',
      'Naturally, a review is needed to settle the price of a ticket and its fairness',
      'Nordpress agency quoted her as saying',
    ),
  );
  const result = compareQuotes(quotes, articles);
  assert.deepEqual(result.groups, [
    [0, 2],
    [1, 3],
  ]);
  assert.deepEqual(codes(result.findings), ['a:quote-wording', 'b:quote-wording']);
  assert.match(result.findings[0].message, /"Naturally, one has to study.*" → "Naturally, a review is needed/);
});

// Two statements by Lind on ferry fares, each cued by the Nordpress agency.
const STUDY = 'Naturally, one has to study what the tickets would cost, and who would pay them';
const REVIEW = 'Naturally, a review of the fares is needed before the ferries sail';
const cued = (quote: string) => `Before fares are set, Lind said the council should study ticket costs. "${quote}," the Nordpress agency quoted Lind as saying.`;
const lind = (...texts: string[]) => texts.map((text) => ({ text, speaker: 'Mara Lind' }));
// Other people's quotes, so that the cue words are rare in the bundle, as in a real one.
const REMARKS = ['Wind farms bring steady money', 'Rents keep rising near docks', 'Tourists skip the quiet season', 'Nets cost more each year'];
const others: Story = {
  id: 'z',
  source: 'Gazette',
  body: REMARKS.map((remark, i) => `"${remark}," said Person ${'abcd'[i]}.`),
  said: REMARKS.map((remark, i) => ({ text: remark, speaker: `Person ${'abcd'[i]}` })),
};

test('a quote already matched in the other article takes no paraphrase partner there', () => {
  const { articles, quotes } = bundle(
    { id: 'a', source: 'Daily', body: ['The ferry terminal opened.', cued(STUDY), 'Ferries start Monday.'], said: lind(STUDY) },
    { id: 'b', source: 'Herald', body: ['The ferry terminal opened.', cued(REVIEW), cued(STUDY)], said: lind(REVIEW, STUDY) },
    others,
  );
  const result = compareQuotes(quotes, articles);
  assert.deepEqual(result.groups, [[0, 2]]);
  assert.deepEqual(result.findings, []);
});

test('a paraphrase does not cross quotes that both articles print', () => {
  const OPENING = 'We built the terminal for everyone who lives on the islands';
  const { articles, quotes } = bundle(
    { id: 'a', source: 'Daily', body: [`"${OPENING}," Lind said.`, cued(STUDY), 'Ferries start Monday.'], said: lind(OPENING, STUDY) },
    { id: 'b', source: 'Herald', body: [cued(REVIEW), `"${OPENING}," Lind said.`, 'Ferries start Monday.'], said: lind(REVIEW, OPENING) },
    others,
  );
  const result = compareQuotes(quotes, articles);
  assert.deepEqual(result.groups, [[0, 3]]);
  assert.deepEqual(result.findings, []);
});

test('different statements by one speaker stay apart, however alike their cues', () => {
  const { articles, quotes } = bundle(
    harbour('a', 'Daily', 'The harbour plan will create thousands of jobs in the shipyards'),
    harbour('b', 'Herald', 'Nobody on the council has seen the final budget for the harbour'),
  );
  const result = compareQuotes(quotes, articles);
  assert.deepEqual(result.groups, []);
  assert.deepEqual(result.findings, []);
});

test('versions from one source (two carriers of one wire story) are not compared', () => {
  const { articles, quotes } = bundle(
    harbour('a', 'Wire', FULL),
    harbour('b', 'Wire', FULL.replace('5,000', '50,000')),
    harbour('c', 'Herald', FULL),
  );
  const result = compareQuotes(quotes, articles);
  assert.deepEqual(result.groups, [[0, 1, 2]]);
  // b differs from c; a, b's fellow wire copy, has no finding however it differs from b. c agrees
  // with the wire's other copy: the wire differs with itself, not with c.
  assert.deepEqual(codes(result.findings), ['b:quote-wording']);
  assert.deepEqual(
    result.findings.flatMap((f) => f.related.map((r) => `${f.article}->${r.article}`)),
    ['b->c'],
  );
});

test('a quote fitted to a sub-heading or a headline is no difference where its words are the statement\'s; the same words in a sentence are one', () => {
  const full = 'We respect the right to strike, but patients cannot be caught in the middle';
  const headed = (line: string): Story => ({
    id: 'a',
    source: 'Herald',
    body: ['Nurses walked out on Tuesday after talks broke down.', line, `"${full}," Okafor said.`],
    said: [
      { text: 'respects the right to strike', speaker: null, partial: true },
      { text: full, speaker: 'Dennis Okafor' },
    ],
  });
  const other: Story = { id: 'b', source: 'Gazette', body: [`"${full}," Health Minister Dennis Okafor said.`], said: [{ text: full, speaker: 'Dennis Okafor' }] };
  const { articles, quotes } = bundle(headed("Province 'respects the right to strike'"), other);
  assert.deepEqual(compareQuotes(quotes, articles).findings, []);
  // A headline is one however it reads: here as a sentence.
  const sentenceHeadline = "Minister says the province 'respects the right to strike' and backs new talks.";
  const headline = bundle({ ...headed(sentenceHeadline), body: [sentenceHeadline, `"${full}," Okafor said.`] }, other);
  headline.articles[0].anatomy.headlineSpan = { start: 0, end: sentenceHeadline.length };
  assert.deepEqual(compareQuotes(headline.quotes, headline.articles).findings, []);
  // The Herald's sentence differs from the Gazette; the Gazette, which prints what the Herald's full quote does, is at odds with no one.
  const sentence = bundle(headed("The province 'respects the right to strike', its minister says."), other);
  assert.deepEqual(codes(compareQuotes(sentence.quotes, sentence.articles).findings), ['a:quote-wording']);
  // A title that says what was not said differs.
  const more = bundle({ ...headed("Province 'respects the right to strike, whatever it costs patients'"), said: [{ text: 'respects the right to strike, whatever it costs patients', speaker: null, partial: true }, { text: full, speaker: 'Dennis Okafor' }] }, other);
  assert.deepEqual(codes(compareQuotes(more.quotes, more.articles).findings), ['a:quote-wording']);
});

test('versions within one article are not compared with each other', () => {
  const story: Story = {
    id: 'a',
    source: 'Daily',
    body: [`"${FULL}," Lind said.`, `Later she repeated: "${FULL.replace('5,000', '6,000')}."`],
    said: [
      { text: FULL, speaker: 'Mara Lind' },
      { text: FULL.replace('5,000', '6,000'), speaker: 'Mara Lind' },
    ],
  };
  const { articles, quotes } = bundle(story, harbour('b', 'Herald', FULL));
  const { findings } = compareQuotes(quotes, articles);
  // Only the 6,000 version differs, and only from the other source; b, which prints what a's
  // other version does, is at odds with no source (an article and its update read alike).
  assert.deepEqual(codes(findings), ['a:quote-wording']);
  const onA = findings.find((f) => f.article === 'a')!;
  assert.deepEqual(onA.span, quotes[1].span);
  assert.deepEqual(onA.related.map((r) => r.article), ['b']);
  // A third source that prints only the 5,000 version beside it does not change that.
  const third = bundle(story, harbour('b', 'Herald', FULL), harbour('c', 'Courier', FULL.replace('5,000', '7,000')));
  const onB = compareQuotes(third.quotes, third.articles).findings.find((f) => f.article === 'b')!;
  assert.deepEqual(onB.related.map((r) => r.article), ['c']);
});

test("a headline's cut of a quote its article prints whole is not compared; the whole quote is", () => {
  const whole = 'We had everyone off that vessel within two hours, and nobody went into the water';
  const carried: Story = {
    id: 'a',
    source: 'Wire',
    body: ["'Nobody went into the water': Ferry strands 212", `"${whole}," Commander Dana Whitcombe said.`],
    said: [
      { text: 'Nobody went into the water', speaker: null, partial: true },
      { text: whole, speaker: 'Dana Whitcombe' },
    ],
  };
  const own: Story = {
    id: 'b',
    source: 'Courier',
    body: ['"We had everybody off that boat in under two hours, and not one person went into the water," Whitcombe said.'],
    said: [{ text: 'We had everybody off that boat in under two hours, and not one person went into the water', speaker: 'Dana Whitcombe' }],
  };
  const { articles, quotes } = bundle(carried, own);
  articles[0].anatomy.headlineSpan = { start: 0, end: carried.body[0].length };
  const { findings } = compareQuotes(quotes, articles);
  assert.deepEqual(
    findings.map((f) => [f.article, f.span.start, f.related.map((r) => r.span.start)]),
    [
      ['a', quotes[1].span.start, [quotes[2].span.start]],
      ['b', quotes[2].span.start, [quotes[1].span.start]],
    ],
  );
});

test('the same words given to different speakers by different sources are a quote-speaker finding', () => {
  const { articles, quotes } = bundle(harbour('a', 'Daily', FULL, 'Mara Lind'), harbour('b', 'Herald', FULL, 'Olof Berg'));
  const { findings } = compareQuotes(quotes, articles);
  assert.deepEqual(codes(findings), ['a:quote-speaker', 'b:quote-speaker']);
  const onA = findings.find((f) => f.article === 'a')!;
  assert.equal(onA.message, "These words are Mara Lind's here but Olof Berg's in Herald (b)");
  assert.deepEqual(onA.related.map((r) => r.article), ['b']);
});

test('a surname the bundle could not tell whose it is does not conflict with a speaker of that surname', () => {
  const { articles, quotes } = bundle(harbour('a', 'Daily', FULL, 'Lind'), harbour('b', 'Herald', FULL, 'Mara Lind'), harbour('c', 'Courier', FULL, 'Ola Berg'));
  assert.deepEqual(codes(compareQuotes(quotes, articles).findings), ['a:quote-speaker', 'b:quote-speaker', 'c:quote-speaker']);
  const lindOnly = bundle(harbour('a', 'Daily', FULL, 'Lind'), harbour('b', 'Herald', FULL, 'Mara Lind'));
  assert.deepEqual(compareQuotes(lindOnly.quotes, lindOnly.articles).findings, []);
});

test('a short statement given word for word to two speakers is a quote-speaker finding; a shorter phrase is not', () => {
  const statement = 'We will respond firmly to any disruption';
  const { articles, quotes } = bundle(harbour('a', 'Daily', statement, 'Mara Lind'), harbour('b', 'Herald', statement, 'Olof Berg'));
  assert.deepEqual(codes(compareQuotes(quotes, articles).findings), ['a:quote-speaker', 'b:quote-speaker']);
  // Reworded, it needs as many words as any version given to another speaker does.
  const reworded = bundle(harbour('a', 'Daily', statement, 'Mara Lind'), harbour('b', 'Herald', statement.replace('firmly', 'strongly'), 'Olof Berg'));
  assert.deepEqual(codes(compareQuotes(reworded.quotes, reworded.articles).findings), []);
  const phrase = bundle(harbour('a', 'Daily', 'We will not back down', 'Mara Lind'), harbour('b', 'Herald', 'We will not back down', 'Olof Berg'));
  assert.deepEqual(codes(compareQuotes(phrase.quotes, phrase.articles).findings), []);
});

test('two statements that quote the same words inside them are not versions of one unless their own words relate too', () => {
  const inner = "'The harbour wall will never hold the winter storms,'";
  const { articles, quotes } = bundle(harbour('a', 'Daily', `I told her, ${inner}`, null), harbour('b', 'Herald', `He told me, ${inner}`, 'Mara Lind'));
  const result = compareQuotes(quotes, articles);
  assert.deepEqual(result.groups, []);
  assert.deepEqual(result.findings, []);
  // The one statement, unattributed in one source and with a word changed in its own words, is still one quote that differs.
  const same = bundle(harbour('a', 'Daily', `When we met I told her, ${inner}`, null), harbour('b', 'Herald', `When we first met I told her, ${inner}`, 'Mara Lind'));
  assert.deepEqual(codes(compareQuotes(same.quotes, same.articles).findings), ['a:quote-wording', 'b:quote-wording']);
});

test('sources that give the words to one other speaker are one related entry', () => {
  const { articles, quotes } = bundle(harbour('a', 'Daily', FULL, 'Mara Lind'), harbour('b', 'Herald', FULL, 'Olof Berg'), harbour('c', 'Courier', FULL, 'Olof Berg'));
  const { findings } = compareQuotes(quotes, articles);
  const onA = findings.find((f) => f.article === 'a' && f.code === 'quote-speaker')!;
  assert.equal(onA.message, "These words are Mara Lind's here but Olof Berg's in Herald (b) and Courier (c)");
  assert.deepEqual(
    onA.related.map((r) => [r.article, r.message]),
    [['b', 'Herald (b) and Courier (c) give them to Olof Berg']],
  );
});

test('a name ending in s takes an apostrophe and s in every message', () => {
  const { articles, quotes } = bundle(
    harbour('a', 'Daily', FULL, 'Eleanor Voss'),
    harbour('b', 'Herald', FULL.replace('5,000', '50,000'), 'Eleanor Voss'),
    harbour('c', 'Post', FULL, 'Agnes Burns'),
  );
  const { findings } = compareQuotes(quotes, articles);
  const onB = findings.filter((f) => f.article === 'b').map((f) => f.message);
  assert.ok(onB.some((m) => m.startsWith("Eleanor Voss's words differ from Daily (a)")), JSON.stringify(onB));
  assert.ok(onB.includes("These words are Eleanor Voss's here but Agnes Burns's in Post (c)"), JSON.stringify(onB));
  assert.ok(findings.every((f) => !/s' /.test(f.message)), JSON.stringify(findings.map((f) => f.message)));
});

test('a short phrase said by two people is not one quote', () => {
  const phrase = 'Our harbour needs new cranes';
  const { articles, quotes } = bundle(
    harbour('a', 'Daily', phrase, 'Mara Lind'),
    harbour('b', 'Herald', phrase, 'Olof Berg'),
    harbour('c', 'Post', phrase, 'Mara Lind'),
  );
  const result = compareQuotes(quotes, articles);
  assert.deepEqual(result.groups, [[0, 2]]);
  assert.deepEqual(result.findings, []);
});

/** Mara Lind's quote cued in words of the article's own: nothing but the quote links two of them (no paraphrase). */
function inOwnWords(id: string, source: string, quote: string, cue: string): Story {
  return { id, source, outlet: source, body: [`"${quote}," ${cue}.`], said: [{ text: quote, speaker: 'Mara Lind' }] };
}

const HOURLY = 'Our ferries will run every hour from the old pier to the island';

test('a higher similarity keeps apart versions that share half their words; the default joins them', () => {
  // Half the shorter version matches: "will run every hour", "the island".
  const { articles, quotes } = bundle(
    inOwnWords('a', 'Daily', HOURLY, 'Lind told the Daily on Monday'),
    inOwnWords('b', 'Herald', 'The boats will run every hour between the harbour and the island', 'the mayor wrote in a letter to readers'),
  );
  const joined = compareQuotes(quotes, articles);
  assert.deepEqual(joined.groups, [[0, 1]]);
  assert.deepEqual(codes(joined.findings), ['a:quote-wording', 'b:quote-wording']);
  assert.deepEqual(compareQuotes(quotes, articles, { similarity: DEFAULT_SIMILARITY }), joined);
  assert.deepEqual(compareQuotes(quotes, articles, { similarity: 0.75 }), { groups: [], findings: [] });
});

test('a lower similarity joins versions that share fewer words', () => {
  // A third of the shorter version matches: "will run every hour".
  const { articles, quotes } = bundle(
    inOwnWords('a', 'Daily', HOURLY, 'Lind told the Daily on Monday'),
    inOwnWords('b', 'Herald', 'From May on, boats will run every hour if the weather allows it', 'the mayor wrote in a letter to readers'),
  );
  assert.deepEqual(compareQuotes(quotes, articles), { groups: [], findings: [] });
  const loose = new QuoteComparer({ similarity: 0.3 }).compare(quotes, articles);
  assert.deepEqual(loose.groups, [[0, 1]]);
  assert.deepEqual(codes(loose.findings), ['a:quote-wording', 'b:quote-wording']);
});

test('a similarity outside 0..1 is refused', () => {
  for (const similarity of [-0.1, 1.5, NaN]) assert.throws(() => new QuoteComparer({ similarity }), RangeError);
  assert.doesNotThrow(() => new QuoteComparer({ similarity: 0 }));
  assert.doesNotThrow(() => new QuoteComparer({ similarity: 1 }));
});

/** A made-up word for a number: `qb`, `qba`... */
function letters(n: number): string {
  let word = 'q';
  for (; n > 0; n = Math.floor(n / 26)) word += String.fromCharCode(97 + (n % 26));
  return word;
}

test('scaling: many articles with quote variants (timing printed, not asserted)', (t) => {
  const statements = [
    'The harbour plan will create 5,000 jobs and it will cut taxes for every family in the city',
    'We will rebuild the old pier before the storms come and the ferries will run all winter',
    'Nobody on the council has seen the final budget for the new harbour wall',
    'Shipping firms have already booked every berth for the spring season at the port',
  ];
  const timings: string[] = [];
  for (const count of [250, 1000, 5000]) {
    const stories: Story[] = [];
    for (let i = 0; i < count; i++) {
      const speaker = `${letters(i % 97)} Person`;
      const statement = statements[i % statements.length];
      const variant = i % 3 === 0 ? statement.replace(/\d[\d,]*/, String(1000 + (i % 7))) : statement;
      // A remark of the article's own, in words no other article uses.
      const own = [1, 2, 3, 4, 5, 6].map((k) => letters(i * 7 + k)).join(' ');
      stories.push({
        id: `${i}`,
        source: `outlet-${i % 50}`,
        body: [`"${variant}," Mara Lind said.`, `"${own}," ${speaker} added.`],
        said: [
          { text: variant, speaker: 'Mara Lind' },
          { text: own, speaker },
        ],
      });
    }
    const { articles, quotes } = bundle(...stories);
    const [wall, cpu] = [performance.now(), process.cpuUsage()];
    const result = compareQuotes(quotes, articles);
    const used = process.cpuUsage(cpu);
    timings.push(
      `${count} articles (${quotes.length} quotes): ${(performance.now() - wall).toFixed(0)} ms, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`,
    );
    // The four statements form four groups; the articles' own remarks stay apart.
    assert.equal(result.groups.length, statements.length, JSON.stringify(result.groups.map((g) => [g.length, quotes[g[0]].text])));
    assert.ok(result.findings.every((f) => f.code === 'quote-wording' && f.message.length < 400));
  }
  t.diagnostic(`compareQuotes scaling: ${timings.join('; ')}`);
});

test('word pairs get one number each, a small integer while their words are among the first 2^15', () => {
  const numbers = new Set<number>();
  for (let a = 0; a < 300; a++) for (let b = 0; b < 300; b++) numbers.add(pairNumber(a, b));
  assert.equal(numbers.size, 300 * 300);
  assert.notEqual(pairNumber(5, 9), pairNumber(9, 5));
  assert.ok(pairNumber(32_767, 32_766) < 2 ** 30 && pairNumber(32_766, 32_767) < 2 ** 30);
  // Still exact far beyond: no two pairs of large numbers meet.
  const big = 2 ** 26 - 1;
  assert.equal(new Set([pairNumber(big, big), pairNumber(big, big - 1), pairNumber(big - 1, big), pairNumber(big - 1, big - 1)]).size, 4);
});
