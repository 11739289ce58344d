// Where an analysis spends its time, measured in this process: each stage of the pipeline on
// its own, the whole analysis, what the editor and the command add on top, and the re-analysis
// after a one-character edit (the work behind a keystroke).
import { performance } from 'perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, Analyzer } from '../bundle/analyze';
import { readAnatomy } from '../bundle/anatomy';
import { QuoteComparer } from '../bundle/compare';
import { findMentions } from '../bundle/mentions';
import { Anatomy, BundleText, NameMention } from '../bundle/model';
import { resolvePeople } from '../bundle/people';
import { findQuotes } from '../bundle/quotes';
import { ProblemCache, problems } from '../features/diagnostics';
import { bundleJson } from '../features/json';
import { SemanticTokenCache, semanticTokenEdits, semanticTokens } from '../features/semanticTokens';
import { BundleView } from '../features/view';

export interface StageFigures {
  /** UTF-8 bytes of all seed texts. */
  seedBytes: number;
  /** Reading the bundle's files into seeds (the server does it on every change). */
  readBundleMs: number;
  readAnatomyMs: number;
  findMentionsMs: number;
  findQuotesMs: number;
  resolvePeopleMs: number;
  compareQuotesMs: number;
  /** Pairs of wordings the comparison aligned, per quote: flat when no step compares all pairs. */
  alignedPerQuote: number;
  /** analyze() as a whole, no cache. */
  analyzeMs: number;
  /** BundleView and the problems (what the server does before sending diagnostics). */
  viewAndProblemsMs: number;
  /** The problems as JSON, about what the server's connection writes for each publication. */
  diagnosticsJsonMs: number;
  /** The command's JSON, built and stringified. */
  jsonMs: number;
  /** The server's work for a keystroke: the bundle read again, re-analysed and its problems placed, with what it keeps between calls. */
  keystrokeMs: number;
  /** Semantic tokens of the edited seed's file, from nothing; and after a keystroke, as a delta request gets them. */
  semanticTokensMs: number;
  semanticTokensAfterKeystrokeMs: number;
  people: number;
  quotes: number;
  /** Groups of two or more versions of one quote, and the largest. */
  quoteGroups: number;
  largestGroup: number;
  findings: number;
}

/** Times each stage `repeats` times and keeps the fastest run (the least disturbed by the machine). */
export function timeStages(
  readBundle: () => BundleText,
  documents: Map<string, string>,
  editedSeed: number,
  repeats: number,
): { figures: StageFigures; analysis: Analysis } {
  /** The fastest of `repeats` runs; `prepare`, untimed, runs before each. */
  const best = (run: () => void, prepare = () => {}) => {
    let fastest = Infinity;
    for (let i = 0; i < repeats; i++) {
      prepare();
      const started = performance.now();
      run();
      fastest = Math.min(fastest, performance.now() - started);
    }
    return fastest;
  };
  let bundle!: BundleText;
  const readBundleMs = best(() => (bundle = readBundle()));
  const seeds = bundle.seeds;
  let anatomies: Anatomy[] = [];
  let mentions: NameMention[][] = [];
  const readAnatomyMs = best(() => (anatomies = seeds.map((s) => readAnatomy(s.text))));
  const findMentionsMs = best(() => (mentions = seeds.map((s, i) => findMentions(s.text, anatomies[i]))));
  const findQuotesMs = best(() => seeds.forEach((s, i) => findQuotes(s.text, anatomies[i], mentions[i])));

  let analysis!: Analysis;
  const analyzeMs = best(() => (analysis = new Analyzer().analyze(bundle)));
  const resolvePeopleMs = best(() => resolvePeople(analysis.articles));
  let aligned = 0;
  const compareQuotesMs = best(() => {
    const comparer = new QuoteComparer();
    comparer.compare(analysis.quotes, analysis.articles);
    aligned = comparer.figures().aligned;
  });

  const textDocuments = new Map([...documents].map(([file, text]) => [file, TextDocument.create(file, 'seed-bundle', 1, text)]));
  const documentOf = (file: string) => textDocuments.get(file)!;
  let view!: BundleView;
  let found: ReturnType<typeof problems> = [];
  const viewAndProblemsMs = best(() => {
    view = new BundleView(analysis, documentOf);
    found = problems(view);
  });
  const diagnosticsJsonMs = best(() => JSON.stringify(found));
  const jsonMs = best(() => JSON.stringify(bundleJson(view), null, 2));

  // What the server does for a keystroke: read the bundle again, analyse it with what the last
  // analysis kept, and place its problems, keeping those whose places did not move.
  const analyzer = new Analyzer();
  const kept: ProblemCache = new WeakMap();
  let shown = new BundleView(analyzer.analyze(readBundle()), documentOf);
  problems(shown, {}, kept);
  let typed = false;
  const keystroke = () => {
    typed = !typed;
    const read = readBundle();
    shown = new BundleView(analyzer.analyze(typed ? withKeystroke(read, editedSeed) : read), documentOf, shown.givenAnchors);
    problems(shown, {}, kept);
  };
  const keystrokeMs = best(keystroke);

  // Semantic tokens of the edited seed's file: from nothing, and as a delta request after a
  // keystroke gets them (the other articles' tokens kept, the edits from the last result).
  const file = seeds[editedSeed].file;
  const semanticTokensMs = best(() => semanticTokens(view, file));
  const tokenCache: SemanticTokenCache = new WeakMap();
  let sentTokens = semanticTokens(shown, file, undefined, tokenCache);
  const semanticTokensAfterKeystrokeMs = best(() => {
    const now = semanticTokens(shown, file, undefined, tokenCache);
    semanticTokenEdits(sentTokens, now);
    sentTokens = now;
  }, keystroke);

  return {
    analysis,
    figures: {
      seedBytes: seeds.reduce((sum, s) => sum + Buffer.byteLength(s.text), 0),
      readBundleMs,
      readAnatomyMs,
      findMentionsMs,
      findQuotesMs,
      resolvePeopleMs,
      compareQuotesMs,
      alignedPerQuote: aligned / Math.max(1, analysis.quotes.length),
      analyzeMs,
      viewAndProblemsMs,
      diagnosticsJsonMs,
      jsonMs,
      keystrokeMs,
      semanticTokensMs,
      semanticTokensAfterKeystrokeMs,
      people: analysis.people.length,
      quotes: analysis.quotes.length,
      quoteGroups: analysis.comparison.groups.length,
      largestGroup: analysis.comparison.groups.reduce((most, g) => Math.max(most, g.length), 0),
      findings: analysis.findings.length,
    },
  };
}

/** The bundle with one letter doubled in the middle of one seed, as a typo would. */
export function withKeystroke(bundle: BundleText, seedIndex: number): BundleText {
  const seeds = bundle.seeds.map((seed, i) => {
    if (i !== seedIndex) return seed;
    const at = Math.floor(seed.text.length / 2);
    return { ...seed, text: seed.text.slice(0, at) + seed.text[at] + seed.text.slice(at) };
  });
  return { ...bundle, seeds };
}
