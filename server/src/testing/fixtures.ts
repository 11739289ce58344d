// Small hand-made bundles for feature tests: the real reader and pipeline, with the people
// and quotes set by hand where a test is about a feature rather than the recognition.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, analyzeBundle } from '../bundle/analyze';
import { readBundleFile } from '../bundle/format';
import { Person } from '../bundle/model';
import { BundleView } from '../features/view';

export const FILE = 'file:///fixtures/story.seeds';

export function viewOf(text: string, edit?: (analysis: Analysis) => void): BundleView {
  const analysis = analyzeBundle(readBundleFile(FILE, text));
  edit?.(analysis);
  const document = TextDocument.create(FILE, 'seed-bundle', 1, text);
  return new BundleView(analysis, () => document);
}

/** The span of the n-th occurrence (0-based) of a phrase in an article's seed text. */
export function spanIn(analysis: Analysis, article: string, phrase: string, occurrence = 0) {
  const text = analysis.articles.find((a) => a.id === article)!.seed.text;
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`"${phrase}" is not in ${article}`);
  return { start, end: start + phrase.length };
}

/** A person with mentions at the given phrases of the given articles. */
export function person(analysis: Analysis, name: string, mentions: [article: string, phrase: string][], roles: Person['roles'] = []): Person {
  const forms = new Set(mentions.map(([, phrase]) => phrase));
  forms.delete(name);
  return {
    name,
    aliases: [...forms],
    roles,
    mentions: mentions.map(([article, phrase]) => ({ article, span: spanIn(analysis, article, phrase), text: phrase })),
  };
}

/** Two outlets quote Mara Lind in versions that share half their words: one quote at the default similarity, two at 0.75. */
export const HALF_SHARED_BUNDLE = [
  '=== 000_aa11.txt',
  ' date 2026-04-02  Harbour Post',
  'Ferries every hour',
  '',
  '"Our ferries will run every hour from the old pier to the island," Mara Lind told the Post on Monday.',
  '=== 001_bb22.txt',
  ' date 2026-04-02  Coast Daily',
  'Hourly boats to the island',
  '',
  '"The boats will run every hour between the harbour and the island," Mara Lind wrote in a letter to readers.',
  '',
].join('\n');

/** Semantic tokens as [line, character, length, type], placed from the five relative numbers LSP sends for each. */
export function placedTokens(data: ArrayLike<number>): [number, number, number, number][] {
  const placed: [number, number, number, number][] = [];
  let [line, character] = [0, 0];
  for (let i = 0; i < data.length; i += 5) {
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    line += data[i];
    placed.push([line, character, data[i + 2], data[i + 3]]);
  }
  return placed;
}
