import test from 'node:test';
import assert from 'node:assert/strict';
import { contentStems, firstWords, foldWord, quoteWords, stem } from './words';

const folded = (text: string) => quoteWords(text).words.map((w) => w.folded);

test('typography folds away: marks, apostrophes, dashes, case, accents, abbreviations, digit groups', () => {
  assert.deepEqual(folded('We’re “Ready” — Café U.S. 1,000'), ["we're", 'ready', 'cafe', 'us', '1000']);
  assert.deepEqual(folded("we're ready - cafe US 1000"), folded('We’re “Ready” — Café U.S. 1,000'));
  assert.deepEqual(folded('long-term'), folded('long term'));
  assert.deepEqual(folded('50 per cent & more'), folded('50% and more'));
  assert.deepEqual(folded('three ships'), folded('3 ships'));
  assert.deepEqual(folded('We organised the harbour defence'), folded('We organized the harbor defense'));
});

test('numbers in words or digits, and large ones with their scale in words or short (`£25m`), fold alike', () => {
  const alike = [
    ['Two hundred homes', '200 homes'],
    ['one hundred and fifty', '150'],
    ['twenty-five million', '25 million'],
    ['two thousand people', '2,000 people'],
    ['£25m for the club', '£25 million for the club'],
    ['$4bn', '$4 billion'],
  ];
  for (const [a, b] of alike) assert.deepEqual(folded(a), folded(b), `${a} = ${b}`);
  assert.notDeepEqual(folded('two hundred homes'), folded('300 homes'));
  assert.notDeepEqual(folded('£25m'), folded('£25bn'));
  assert.deepEqual(folded('two thousand five hundred'), folded('2,500'));
  assert.deepEqual(folded('two thousand and twenty'), folded('2020'));
  assert.deepEqual(folded('1.1 thousand'), folded('1,100'));
  // Separate numbers stay apart: after a comma, across `and`, across a cut.
  assert.deepEqual(folded('In 2000, 50 people'), ['in', '2000', '50', 'people']);
  assert.deepEqual(folded('200 and 300'), ['200', 'and', '300']);
  // The cuts move with the words a number joins, and a number stops at one.
  const cutAfter = quoteWords('we went two hundred … miles');
  assert.deepEqual([cutAfter.words.map((w) => w.folded), [...cutAfter.cuts]], [['we', 'went', '200', 'miles'], [3]]);
  const cutInside = quoteWords('twenty … five');
  assert.deepEqual([cutInside.words.map((w) => w.folded), [...cutInside.cuts]], [['20', '5'], [1]]);
  const cutPerCent = quoteWords('50 per cent … more');
  assert.deepEqual([cutPerCent.words.map((w) => w.folded), [...cutPerCent.cuts]], [['50', 'percent', 'more'], [2]]);
});

test('numbers as house styles write them fold alike: `a hundred`, `three and a half`, `half a million`, a million in digits', () => {
  const alike = [
    ['a hundred per cent', '100 per cent'],
    ['three and a half per cent', '3.5%'],
    ['half a million people', '500,000 people'],
    ['1.2 million', '1,200,000'],
    ['two and a half billion', '2,500,000,000'],
    ['a thousand fans', '1,000 fans'],
  ];
  for (const [a, b] of alike) assert.deepEqual(folded(a), folded(b), `${a} = ${b}`);
  assert.notDeepEqual(folded('half a million'), folded('5 million'));
  assert.notDeepEqual(folded('three and a half'), folded('4'));
  // `a` and `half` are numbers only before a scale.
  assert.deepEqual(folded('a man and a half loaf'), ['a', 'man', 'and', 'a', 'half', 'loaf']);
  // A cut before digits of a million or more stays before them.
  const cut = quoteWords('we paid … 1,200,000');
  assert.deepEqual([cut.words.map((w) => w.folded), [...cut.cuts]], [['we', 'paid', '1.2', 'million'], [2]]);
});

test('a range as house styles write it folds alike: its unit at both ends or once (`2% to 3%`, `2 to 3%`)', () => {
  const alike = [
    ['down probably 2% to 3%, ', 'down probably 2 to 3%.'],
    ['between 2 per cent and 3 per cent', 'between 2 and 3%'],
    ['growth of 2%-3% this year', 'growth of 2-3% this year'],
    ['$4.2 billion to $4.3 billion', '$4.2 to $4.3 billion'],
    ['£1,200,000 to £1,500,000', '1.2 to 1.5 million'],
  ];
  for (const [a, b] of alike) assert.deepEqual(folded(a), folded(b), `${a} = ${b}`);
  // A changed figure still differs, and units of different sizes stay.
  assert.notDeepEqual(folded('probably 2% to 3%'), folded('probably 3% to 4%'));
  assert.deepEqual(folded('$4.2 billion to $300 million'), ['4.2', 'billion', 'to', '300', 'million']);
  assert.deepEqual(folded('2% and 3 million'), ['2', 'percent', 'and', '3', 'million']);
  // The cuts move with the words.
  const range = quoteWords('2% to … 3%');
  assert.deepEqual([range.words.map((w) => w.folded), [...range.cuts]], [['2', 'percent', 'to', '3', 'percent'], [3]]);
  const cutAfter = quoteWords('2% to 3% … more');
  assert.deepEqual([cutAfter.words.map((w) => w.folded), [...cutAfter.cuts]], [['2', 'to', '3', 'percent', 'more'], [4]]);
});

test('a date as either house style writes it folds alike: `14 May`, `May 14`, `May 14th`; not `15 may be`', () => {
  assert.deepEqual(folded('talks resume on 14 May'), folded('talks resume on May 14'));
  assert.deepEqual(folded('talks resume on May 14th'), folded('talks resume on May 14'));
  assert.deepEqual(folded('twenty-one May'), folded('May 21'));
  assert.notDeepEqual(folded('on 14 May'), folded('on May 15'));
  assert.deepEqual(folded('15 may be too many'), ['15', 'may', 'be', 'too', 'many']);
});

test('a decimal number stays one word and a changed one stays different', () => {
  assert.deepEqual(folded('3.8 million'), ['3.8', 'million']);
  assert.notDeepEqual(folded('3.8 million'), folded('3.9 million'));
});

test('each word keeps where it stands in the quote', () => {
  const text = 'Hello, “Mr” Lind';
  const words = quoteWords(text).words;
  assert.deepEqual(
    words.map((w) => text.slice(w.start, w.end)),
    ['Hello', 'Mr', 'Lind'],
  );
});

test('ellipses and bracketed or parenthesised insertions become editorial points, not words', () => {
  const { words, cuts } = quoteWords('We went [to the port] and … then (the ferry) sailed...');
  assert.deepEqual(
    words.map((w) => w.folded),
    ['we', 'went', 'and', 'then', 'sailed'],
  );
  assert.deepEqual([...cuts].sort(), [2, 3, 4, 5]);
});

test('function words are not content', () => {
  const words = quoteWords('We will build the harbour');
  assert.deepEqual(
    words.words.filter((w) => w.content).map((w) => w.folded),
    ['build', 'harbor'],
  );
  assert.equal(foldWord('THE'), 'the');
});

test('stems join the forms of a word a paraphrase may use', () => {
  assert.equal(stem('assessment'), stem('assess'));
  assert.equal(stem('assessing'), stem('assess'));
  assert.equal(stem('resources'), stem('resource'));
  assert.equal(stem('countries'), stem('country'));
  assert.notEqual(stem('news'), stem('assess'));
  assert.deepEqual(contentStems('The agency quoted her as saying'), ['agency', 'quot', 'saying']);
});

test('a word runs on past plain letters into accents, apostrophes and other scripts; a full stop ends it unless it makes an abbreviation', () => {
  const text = "A naïve Ma’am said rock'n'roll at 9 a.m. in the U.S., etc. . . . then 3,000.5 and 𝐀BC";
  const { words, cuts } = quoteWords(text);
  assert.deepEqual(
    words.map((w) => w.folded),
    ['a', 'naive', "ma'am", 'said', "rock'n'roll", 'at', '9', 'am', 'in', 'the', 'us', 'etc', 'then', '3000.5', 'and', 'abc'],
  );
  assert.deepEqual(
    words.map((w) => text.slice(w.start, w.end)),
    ['A', 'naïve', 'Ma’am', 'said', "rock'n'roll", 'at', '9', 'a.m.', 'in', 'the', 'U.S.', 'etc', 'then', '3,000.5', 'and', '𝐀BC'],
  );
  assert.deepEqual([...cuts], [12]);
});

test('firstWords: the first words, one space between each, and … where more follow', () => {
  assert.equal(firstWords('  We will\n not   back down ', 3), 'We will not…');
  assert.equal(firstWords('We will not', 3), 'We will not');
  assert.equal(firstWords(' We  will ', 3), 'We will');
  assert.equal(firstWords('', 3), '');
});
