// What a careful reader finds in examples/harbour-bridge.seeds (and its folder form): the hand
// reading the editor tests and the UI check compare the extension against.
export const example = {
  bundleFile: 'harbour-bridge.seeds',
  folder: 'harbour-bridge',
  articles: [
    { seed: '000_3f9c2a71d0b84e56.txt', headline: 'Harbour Bridge shut after inspectors find corroded cables', outlet: 'Branscombe Evening Post' },
    { seed: '001_8a1e5d3c7b290f64.txt', headline: 'Branscombe closes Harbour Bridge for cable repairs', outlet: 'Coastline Today' },
    { seed: '002_c47b0e92a5d13f8e.txt', headline: 'Harbour Bridge closure: what drivers need to know', outlet: 'Harbour FM' },
  ],
  date: '2026-03-14',
  people: ['Eleanor Voss', 'Ruth Adebayo', 'Hannah Lindqvist', 'Marek Kowalczyk', 'Fergus McBride', 'Samuel Ortega'],
  /** Names that stand only in boilerplate (photo credit, byline, comments, teasers): not people of the story. */
  notPeople: ['Lena Marsh', 'Gareth Pyle', 'Dot Fenwick', 'Olivia Hart', 'Duncan Reeve'],
  /** A surname-only mention in 000 whose person is named in full earlier. */
  surnameMention: 'Voss rejected',
  /** The one quote two sources word differently: a changed number. */
  differingQuote: {
    speaker: 'Eleanor Voss',
    versions: [
      { seed: '000_3f9c2a71d0b84e56.txt', number: 'six' },
      { seed: '001_8a1e5d3c7b290f64.txt', number: 'eight' },
    ],
    /** Text every version holds, just before the number. */
    lead: 'The bridge will stay closed for at least ',
  },
  /** One person's role as two outlets give it. */
  roleDiffers: { person: 'Eleanor Voss', roles: ['Deputy Mayor', 'Mayor'] },
  /** One person's name as two outlets spell it. */
  nameSpelling: { person: 'Marek Kowalczyk', spellings: ['Kowalczyk', 'Kowalchyk'] },
  /** A line of a reader comment that names a person of the story: boilerplate, not a mention. */
  commentLine: 'Voss should have closed it years ago.',
  /** A line inside a `Related Articles >` block. */
  teaserLine: 'Olivia Hart named head coach of the Branscombe Rowers',
} as const;
