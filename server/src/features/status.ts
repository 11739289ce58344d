// The figures of a bundle for the status bar: articles, people, quotes, and quotes that sources
// print differently; and whether the file's outline had to leave out people and quotes.
import { differencesOf } from './differences';
import { outlineOver } from './outline';
import { BundleView } from './view';

export interface BundleStatus {
  articles: number;
  people: number;
  quotes: number;
  /** Quotes that sources word differently or give to different speakers, each counted once. */
  differences: number;
  /** The bundle is over maxBundleSize: sources were not compared. */
  limited: boolean;
  /** The file's outline gives its articles only: with their people and quotes it would have more than maxItems symbols. */
  outlineCut?: { maxItems: number };
}

/** The bundle's figures; with `outlineOf`, also whether that file's outline is over its limit of symbols. */
export function bundleStatus(view: BundleView, outlineOf?: { file: string; maxItems: number }): BundleStatus {
  const { articles, people, quotes, findings } = view.analysis;
  const status: BundleStatus = {
    articles: articles.length,
    people: people.length,
    quotes: quotes.length,
    differences: differencesOf(view).count(),
    limited: findings.some((f) => f.code === 'bundle-limit'),
  };
  if (outlineOf && outlineOver(view, outlineOf.file, outlineOf.maxItems)) status.outlineCut = { maxItems: outlineOf.maxItems };
  return status;
}
