// The overview of a bundle: people down one side, sources across, and in each cell how often
// the source names and quotes the person and how many of those quotes differ elsewhere, with the
// place to jump to. The client draws it; this is the `seedBundle/overview` answer.
import { ArticleSpan } from '../bundle/model';
import { differencesOf } from './differences';
import { BundleStatus, bundleStatus } from './status';
import { BundleView, Place } from './view';

export interface OverviewSource {
  article: string;
  /** The outlet, else the seed's name. */
  label: string;
  headline: string | null;
  date: string | null;
  place: Place;
}

export interface OverviewCell {
  /** The source's index in `sources`. */
  column: number;
  mentions: number;
  quotes: number;
  /** Quotes here that another source words differently or gives to someone else. */
  differs: number;
  /** Where to jump: the first differing quote, else the first quote, else the first mention. */
  place: Place;
}

export interface OverviewRow {
  /** The person, or null for the quotes whose speaker the text does not give. */
  name: string | null;
  roles: string[];
  /** The sources that name or quote them, in the order of `sources` (none for the others). */
  cells: OverviewCell[];
}

export interface Overview {
  /** The bundle's file or folder name. */
  title: string;
  sources: OverviewSource[];
  rows: OverviewRow[];
  /** People left out of `rows` because there are too many to show. */
  morePeople: number;
  status: BundleStatus;
}

/** Rows shown: a bundle's main people, not every name of a thousand articles. */
const MAX_ROWS = 300;

/** A cell while counting: where to jump is kept as a span and placed in the file only if shown. */
interface Tally {
  mentions: number;
  quotes: number;
  differs: number;
  target: ArticleSpan;
  /** How telling the target is: 1 a mention, 2 a quote, 3 a differing quote. */
  rank: number;
}

export function overview(view: BundleView): Overview {
  const { analysis } = view;
  const differences = differencesOf(view);
  const column = new Map(analysis.articles.map((a, i) => [a.id, i]));
  const rows = new Map<string | null, { name: string | null; roles: string[]; tallies: Map<number, Tally>; quotes: number; mentions: number }>();
  const tally = (name: string | null, target: ArticleSpan, rank: number) => {
    let row = rows.get(name);
    if (!row) rows.set(name, (row = { name, roles: [], tallies: new Map(), quotes: 0, mentions: 0 }));
    const index = column.get(target.article)!;
    let cell = row.tallies.get(index);
    if (!cell) row.tallies.set(index, (cell = { mentions: 0, quotes: 0, differs: 0, target, rank }));
    if (cell.rank < rank) Object.assign(cell, { target, rank });
    return { row, cell };
  };

  for (const person of analysis.people) {
    for (const mention of person.mentions) {
      const { row, cell } = tally(person.name, mention, 1);
      cell.mentions++;
      row.mentions++;
    }
    const row = rows.get(person.name);
    if (row) row.roles = [...new Set(person.roles.map((r) => r.text))];
  }
  for (const quote of analysis.quotes) {
    const differs = differences.differs(quote);
    const { row, cell } = tally(quote.speaker, quote, differs ? 3 : 2);
    cell.quotes++;
    row.quotes++;
    if (differs) cell.differs++;
  }

  const ordered = [...rows.values()].sort(
    (a, b) =>
      (a.name === null ? 1 : 0) - (b.name === null ? 1 : 0) ||
      b.quotes - a.quotes ||
      b.mentions - a.mentions ||
      (a.name ?? '').localeCompare(b.name ?? ''),
  );
  const cellsOf = (tallies: Map<number, Tally>): OverviewCell[] =>
    [...tallies]
      .sort(([x], [y]) => x - y)
      .map(([column, { mentions, quotes, differs, target }]) => ({ column, mentions, quotes, differs, place: view.place(target.article, target.span)! }));
  return {
    title: titleOf(analysis.text.path),
    sources: analysis.articles.map((a) => {
      const start = a.seed.header?.start ?? a.seed.offset;
      const place = a.anatomy.headlineSpan ? view.place(a.id, a.anatomy.headlineSpan)! : { file: a.seed.file, range: view.fileRange(a.seed.file, start, a.seed.header?.end ?? start) };
      return { article: a.id, label: a.anatomy.outlet ?? a.id, headline: a.anatomy.headline, date: a.anatomy.date, place };
    }),
    rows: ordered.slice(0, MAX_ROWS).map(({ name, roles, tallies }) => ({ name, roles, cells: cellsOf(tallies) })),
    morePeople: Math.max(0, ordered.length - MAX_ROWS),
    status: bundleStatus(view),
  };
}

/** The bundle's file or folder name as a person reads it: escapes decoded, unless they are malformed. */
function titleOf(bundlePath: string): string {
  const name = bundlePath.replace(/[\\/]+$/, '').split(/[\\/]/).pop()!;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
