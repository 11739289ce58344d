// The whole analysis and every feature over generated and mutated bundles: nothing throws, every
// span and range lies inside its text, and what a range shows is the quote or name it stands for.
import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeBundle, Analyzer } from '../bundle/analyze';
import { isSeedFileName, readBundleFile, readBundleFolder } from '../bundle/format';
import { ProblemCache, problems } from '../features/diagnostics';
import { codeLenses, LensCache } from '../features/lens';
import { outline, OutlineCache } from '../features/outline';
import { SemanticTokenCache, semanticTokenEdits, semanticTokens } from '../features/semanticTokens';
import { BundleView } from '../features/view';
import { fuzzParameters } from './budget';
import { bundle, folderFiles, mutatedBundle, mutate, mutations } from './generate';
import { checkEverything } from './invariants';

const FILE = 'file:///fuzz/story.seeds';
const FOLDER = 'file:///fuzz/story';

/** A file-form bundle as the server and the command read it: no byte order mark in the text. */
function fileBundle(text: string) {
  const clean = text.replace(/^\uFEFF/, '');
  return { read: readBundleFile(FILE, clean), documents: new Map([[FILE, TextDocument.create(FILE, 'seed-bundle', 1, clean)]]) };
}

test('analysis: generated bundles', () => {
  fc.assert(
    fc.property(bundle, (generated) => {
      const { read, documents } = fileBundle(generated.text);
      checkEverything(read, documents);
    }),
    fuzzParameters('analysis: generated bundles'),
  );
});

test('analysis: mutated bundles', () => {
  fc.assert(
    fc.property(mutatedBundle, (text) => {
      const { read, documents } = fileBundle(text);
      checkEverything(read, documents);
    }),
    fuzzParameters('analysis: mutated bundles'),
  );
});

test('analysis: folder bundles', () => {
  fc.assert(
    fc.property(folderFiles, (files) => {
      const placed = files.map((f) => ({ name: f.name, file: `${FOLDER}/${f.name}`, text: f.text.replace(/^\uFEFF/, '') }));
      const documents = new Map(placed.map((f) => [f.file, TextDocument.create(f.file, 'seed-bundle', 1, f.text)]));
      checkEverything(readBundleFolder(FOLDER, placed.filter((f) => isSeedFileName(f.name))), documents);
    }),
    fuzzParameters('analysis: folder bundles'),
  );
});

test('analysis: over the size limit, each article is still read and the limit is said once', () => {
  fc.assert(
    fc.property(bundle, fc.integer({ min: 1, max: 4000 }), (generated, maxBundleSize) => {
      const { read, documents } = fileBundle(generated.text);
      const analysis = checkEverything(read, documents, { maxBundleSize });
      const size = read.seeds.reduce((sum, s) => sum + s.text.length, 0);
      const limited = analysis.findings.filter((f) => f.code === 'bundle-limit').length;
      assert.equal(limited, size > maxBundleSize && read.seeds.length > 0 ? 1 : 0);
      if (limited) assert.deepEqual([analysis.people, analysis.comparison.groups], [[], []], 'sources are not compared');
    }),
    fuzzParameters('analysis: over the size limit'),
  );
});

test('analysis: edits, one after another and back, read like a fresh analysis (the caches never serve stale readings, speakers, tokens or lenses)', () => {
  fc.assert(
    fc.property(bundle, mutations, (generated, edits) => {
      const analyzer = new Analyzer();
      const first = fileBundle(generated.text);
      // As the server keeps them: the last view's anchors, the problems and outline made so far.
      const problemCache: ProblemCache = new WeakMap();
      const outlineCache: OutlineCache = new WeakMap();
      const lensCache: LensCache = new WeakMap();
      const tokenCache: SemanticTokenCache = new WeakMap();
      let view = new BundleView(analyzer.analyze(first.read), (file) => first.documents.get(file)!);
      problems(view, {}, problemCache);
      outline(view, FILE, outlineCache);
      codeLenses(view, FILE, lensCache);
      let tokens = semanticTokens(view, FILE, undefined, tokenCache);
      // Each edit on the text before it, then the text as it first was: every call is checked.
      const texts = edits.map((_, i) => mutate(generated.text, edits.slice(0, i + 1))).concat(generated.text);
      for (const text of texts) {
        const after = fileBundle(text);
        const edited = checkEverything(after.read, after.documents, {}, analyzer);
        const fresh = analyzeBundle(after.read);
        assert.deepEqual(
          { people: edited.people, quotes: edited.quotes, findings: edited.findings, groups: edited.comparison.groups },
          { people: fresh.people, quotes: fresh.quotes, findings: fresh.findings, groups: fresh.comparison.groups },
        );
        view = new BundleView(edited, (file) => after.documents.get(file)!, view.givenAnchors);
        const freshView = new BundleView(fresh, (file) => after.documents.get(file)!);
        assert.deepEqual(problems(view, {}, problemCache), problems(freshView));
        assert.deepEqual(outline(view, FILE, outlineCache), outline(freshView, FILE));
        assert.deepEqual(codeLenses(view, FILE, lensCache), codeLenses(freshView, FILE));
        const nowTokens = semanticTokens(view, FILE, undefined, tokenCache);
        assert.deepEqual(nowTokens, semanticTokens(freshView, FILE));
        assert.deepEqual(applied(tokens, semanticTokenEdits(tokens, nowTokens)), nowTokens);
        tokens = nowTokens;
      }
    }),
    fuzzParameters('analysis: edits read like a fresh analysis'),
  );
});

/** `data` with LSP's semantic-token edits applied, each at its place in the data as it was. */
function applied(data: number[], edits: { start: number; deleteCount: number; data?: number[] }[]): number[] {
  const result = [...data];
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
  return result;
}
