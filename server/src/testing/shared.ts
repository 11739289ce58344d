// Where tests and benchmarks find ../shared (the real bundle, the gold reading, the corpora).
import * as fs from 'fs';
import * as path from 'path';

/** The shared folder beside the repository, or undefined where it is absent. */
export function sharedDir(): string | undefined {
  const candidates = [process.env.SEED_BUNDLE_SHARED, path.resolve(__dirname, '../../../../shared')];
  return candidates.find((dir): dir is string => !!dir && fs.existsSync(path.join(dir, 'README.md')));
}

/** Reads a file of the shared folder as text. */
export function readShared(...parts: string[]): string {
  const dir = sharedDir();
  if (!dir) throw new Error('../shared is not present');
  return fs.readFileSync(path.join(dir, ...parts), 'utf8');
}

/** A quote of ../shared/gold/seeds.gold.json: its text between the marks, as the gold reads it. */
export interface GoldQuote {
  article: string;
  speaker: string;
  text: string;
  partial?: boolean;
  occurrences?: number;
}
