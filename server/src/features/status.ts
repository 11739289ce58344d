// The figures of a bundle for the status bar: articles, people, quotes, and quotes that sources
// print differently.
import { differencesOf } from './differences';
import { BundleView } from './view';

export interface BundleStatus {
  articles: number;
  people: number;
  quotes: number;
  /** Quotes that sources word differently or give to different speakers, each counted once. */
  differences: number;
  /** The bundle is over maxBundleSize: sources were not compared. */
  limited: boolean;
}

export function bundleStatus(view: BundleView): BundleStatus {
  const { articles, people, quotes, findings } = view.analysis;
  return {
    articles: articles.length,
    people: people.length,
    quotes: quotes.length,
    differences: differencesOf(view).count(),
    limited: findings.some((f) => f.code === 'bundle-limit'),
  };
}
