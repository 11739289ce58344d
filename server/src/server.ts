// The language server: the connection, the documents, and handlers that call the features.
import { performance } from 'perf_hooks';
import { fileURLToPath } from 'url';
import { setFlagsFromString } from 'v8';
import { isDeepStrictEqual } from 'util';
import {
  CancellationToken,
  CodeActionKind,
  Connection,
  Diagnostic,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  DocumentSymbol,
  Location,
  LSPErrorCodes,
  ResponseError,
  SemanticTokens,
  SemanticTokensDelta,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer, overBundleLimit, seedTextSize } from './bundle/analyze';
import { sameItems } from './bundle/collections';
import { Severity } from './bundle/model';
import { BundleSettings, combineSettings, CONFIG_FILE_NAME, ConfigProblem, configFileOf, readConfig, SettingsLayer, settingsLayer, withoutIgnored } from './config';
import { KeptJson, serverConnection } from './connection';
import { listFolder, readTextFile } from './disk';
import { BUNDLE_DOCUMENTS } from './document';
import { firstPassSeeds, LARGE_BUNDLE_CHARS } from './firstPass';
import { codeActions, EditSupport } from './features/actions';
import { Problem, ProblemCache, problems, severityOf } from './features/diagnostics';
import { foldingRanges } from './features/folding';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { codeLenses, LensCache, LensData, resolveCodeLens } from './features/lens';
import { DEFAULT_OUTLINE_MAX_ITEMS, outline, OutlineCache } from './features/outline';
import { overview } from './features/overview';
import { definition, highlights, references } from './features/references';
import { SemanticTokenCache, semanticTokenEdits, semanticTokens, TOKEN_LEGEND } from './features/semanticTokens';
import { shownDiagnostics } from './features/shownDiagnostics';
import { bundleStatus } from './features/status';
import { workspaceSymbols } from './features/symbols';
import { BundleView } from './features/view';
import { OVERVIEW_REQUEST, STATUS_REQUEST, VIEWED_NOTIFICATION } from './messages';
import { InitializationOptions } from './serverStart';
import { bundleKeyOf, Files, Workspace } from './workspace';

/**
 * How long after a change diagnostics are recomputed. Changes that arrive together (a multi-cursor
 * edit, a paste) are analysed once, and a newer change drops the pending work. A bundle whose last
 * recomputation was quick is recomputed at once. One that took longer is recomputed once the
 * server has been idle as long as that took (up to a limit) since it ended: at once after a pause,
 * so a lone edit in a huge bundle is not kept waiting, while fast typing there is analysed at
 * most every other moment, not keystroke by keystroke, leaving the server free for requests.
 */
export function diagnosticsDelay(lastWorkMs: number, sinceLastWorkMs: number): number {
  return lastWorkMs < QUICK_WORK_MS ? 0 : Math.max(0, Math.min(lastWorkMs, MAX_DIAGNOSTICS_DELAY_MS) - sinceLastWorkMs);
}
const QUICK_WORK_MS = 50;
const MAX_DIAGNOSTICS_DELAY_MS = 300;

/**
 * Runs `run` once the messages already read are handled, so that edits that came together are
 * analysed once, and returns how to cancel it. The connection handles one message per
 * setImmediate: a second setImmediate comes after the next message. (A timer of 0 waits a
 * millisecond or more, a tenth of a keystroke's work at 1,000 seeds.)
 */
function afterReadMessages(run: () => void): () => void {
  let immediate = setImmediate(() => (immediate = setImmediate(run)));
  return () => clearImmediate(immediate);
}

const diskFiles: Files = {
  read: (uri) => (uri.startsWith('file:') ? readTextFile(fileURLToPath(uri)) : { error: 'not a file on disk' }),
  list: (folderUri) => {
    if (!folderUri.startsWith('file:')) return [];
    const listed = listFolder(fileURLToPath(folderUri));
    return 'names' in listed ? listed.names : [];
  },
};

interface OpenBundle {
  key: string;
  form: 'file' | 'folder';
  analyzer: Analyzer;
  /** The last analysis; `stale` once something changed, until it is brought up to date. */
  view?: BundleView;
  stale: boolean;
  /** The bundle's `.seed-bundle.json`, and what the last reading of it gave. */
  configUri: string;
  settings?: BundleSettings;
  configProblems?: ConfigProblem[];
  /** What each file was last sent: a file whose diagnostics are the same objects is not sent again, one that lost its seeds is cleared. */
  published: Map<string, Diagnostic[]>;
  /** Files changed in the editor since the last publication: sent again even when unchanged, for their new version. */
  edited: Set<string>;
  /** Problems and diagnostics made for findings, kept while the findings and their places are. */
  problemCache: ProblemCache;
  diagnosticOf: WeakMap<Problem, Diagnostic>;
  outlineCache: OutlineCache;
  lensCache: LensCache;
  tokenCache: SemanticTokenCache;
  /** The last whole-file semantic tokens sent for each file, by the id a delta request names them by. */
  sentTokens: Map<string, { resultId: string; data: Int32Array }>;
  /** The last outline sent, with the view, file and limit it was made for: editors ask for it again and again while nothing changes. */
  outline?: { view: BundleView; uri: string; maxItems: number; symbols: DocumentSymbol[] };
  /** How long the last recomputation of diagnostics after an edit took, and when it ended (performance.now()). */
  lastWorkMs: number;
  lastWorkEnded: number;
  /** Cancels the recomputation of diagnostics that a change scheduled, until it runs. */
  cancelRecompute?: () => void;
  /** The first analysis of a large bundle, until it has published all of it: it reads whatever changed meanwhile. */
  firstReading?: Promise<void>;
}

/** The language server of this process, on the connection its command line names: the extension and `seed-bundle lsp` start it so. */
export function runServer(): void {
  // The server keeps its bundle's model for hours (~100 MB at 1,000 seeds) while each keystroke leaves
  // about 1 MB behind in the old generation. By default V8 lets the heap grow to about four times what
  // outlived its last full collection before it collects again; a tenth more keeps the peak near the
  // model's size (at 1,000 seeds, 4 MB semi-spaces: peak 199-207 MB against 208-213 MB with a fifth).
  setFlagsFromString('--heap-growing-percent=10');
  const { connection, kept } = serverConnection();
  startServer(connection, kept);
}

/** `kept` is the JSON encoder of the connection (see connection.ts): lists marked with it are written from kept JSON. */
export function startServer(connection: Connection, kept: KeptJson = new KeptJson(), files: Files = diskFiles): void {
  const documents = new TextDocuments(BUNDLE_DOCUMENTS);
  const workspace = new Workspace(files, documents);
  const bundles = new Map<string, OpenBundle>();
  let editorSettings: SettingsLayer = {};
  /** The most symbols an outline gives with people and quotes (`seedBundle.outline.maxItems`, an editor setting only). */
  let outlineMaxItems = DEFAULT_OUTLINE_MAX_ITEMS;
  let canWatchFiles = false;
  let canPullConfiguration = false;
  let canShowProgress = false;
  let canRefresh = { codeLens: false, inlayHint: false };
  let editSupport: EditSupport = { documentChanges: false, createFiles: false };
  /** Semantic-token results sent, each named by its count. */
  let tokenResults = 0;
  /** The most diagnostics of a file the editor shows (initializationOptions.maxDiagnosticsPerFile), else no limit. */
  let maxDiagnosticsPerFile = Infinity;
  /** Where the user is in each file: the line last edited or in view, whichever came last; those shown are the nearest. */
  const whereUser = new Map<string, number>();

  const bundleFor = (uri: string): OpenBundle | undefined => {
    const found = bundleKeyOf(uri);
    if (!found) return undefined;
    let bundle = bundles.get(found.key);
    if (!bundle) {
      bundle = {
        ...found,
        configUri: configFileOf(found.key, found.form),
        analyzer: new Analyzer(),
        stale: true,
        published: new Map(),
        edited: new Set(),
        problemCache: new WeakMap(),
        diagnosticOf: new WeakMap(),
        outlineCache: new WeakMap(),
        lensCache: new WeakMap(),
        tokenCache: new WeakMap(),
        sentTokens: new Map(),
        lastWorkMs: 0,
        lastWorkEnded: 0,
      };
      bundles.set(found.key, bundle);
    }
    return bundle;
  };

  /** The bundles a document's change concerns: its own, or those whose config file it is. */
  const bundlesOf = (uri: string): OpenBundle[] => {
    const own = bundleFor(uri);
    return own ? [own] : [...bundles.values()].filter((b) => b.configUri === uri);
  };

  /**
   * The bundle's analysis, brought up to date with every open document, the disk and its settings;
   * or, with `firstPass`, of the articles where the user is (see firstPass.ts), leaving it stale.
   */
  const viewOf = (bundle: OpenBundle, firstPass = false): BundleView => {
    if (!bundle.view || bundle.stale) {
      const configText = workspace.optionalText(bundle.configUri);
      const config = configText === undefined ? { layer: {}, problems: [] } : readConfig(configText);
      const settings = combineSettings(editorSettings, config.layer);
      let text = workspace.readBundle(bundle.key, bundle.form);
      // Over maxBundleSize, articles are not compared: a part under it would be, with findings the whole has not.
      const part = firstPass && !overBundleLimit(text, settings.maxBundleSize);
      if (part) text = { ...text, seeds: firstPassSeeds(text.seeds, userOffsets()) };
      const analysis = bundle.analyzer.analyze(text, { maxBundleSize: settings.maxBundleSize, quoteSimilarity: settings.quoteSimilarity });
      bundle.view = new BundleView(withoutIgnored(analysis, settings.ignore), (file) => workspace.document(file), bundle.view?.givenAnchors);
      // The last outline was made for the view before, which it would keep alive (~2 MB at 1,000 seeds).
      bundle.outline = undefined;
      bundle.stale = part;
      bundle.settings = settings;
      bundle.configProblems = config.problems;
    }
    return bundle.view;
  };

  /** Where the user is in each file the editor has open, as an offset. */
  const userOffsets = () => new Map(documents.all().map((d) => [d.uri, d.offsetAt({ line: whereUser.get(d.uri) ?? 0, character: 0 })]));

  const publish = (bundle: OpenBundle, firstPass = false) => {
    const view = viewOf(bundle, firstPass);
    const byFile = new Map<string, Diagnostic[]>();
    for (const seed of view.analysis.text.seeds) if (!byFile.has(seed.file)) byFile.set(seed.file, []); // a file form's 1,000 seeds name one file
    if (bundle.form === 'file') byFile.set(bundle.key, byFile.get(bundle.key) ?? []);
    for (const problem of problems(view, bundle.settings!.severity, bundle.problemCache)) {
      let diagnostic = bundle.diagnosticOf.get(problem);
      if (!diagnostic) bundle.diagnosticOf.set(problem, (diagnostic = toDiagnostic(problem)));
      const list = byFile.get(problem.file);
      if (list) list.push(diagnostic);
      else byFile.set(problem.file, [diagnostic]); // a seed file left out (unreadable)
    }
    if (bundle.configProblems!.length > 0) byFile.set(bundle.configUri, configDiagnostics(workspace.optionalText(bundle.configUri) ?? '', bundle.configProblems!));
    for (const file of bundle.published.keys()) if (!byFile.has(file)) byFile.set(file, []);
    const published = new Map<string, Diagnostic[]>();
    const noteSeverity = severityOf(bundle.settings!.severity, 'bundle-limit');
    for (const [uri, all] of byFile) {
      const diagnostics = shownDiagnostics(all, maxDiagnosticsPerFile, whereUser.get(uri) ?? 0, noteSeverity === 'off' ? undefined : SEVERITY[noteSeverity]);
      if (diagnostics.length > 0) published.set(uri, diagnostics);
      const before = bundle.published.get(uri) ?? [];
      // The same objects (checked first: cheap), or ones made again alike (a finding placed anew after an edit elsewhere).
      if (!bundle.edited.has(uri) && (sameItems(before, diagnostics) || isDeepStrictEqual(before, diagnostics))) continue;
      connection.sendDiagnostics({ uri, version: documents.get(uri)?.version, diagnostics: kept.keep(diagnostics) });
    }
    bundle.published = published;
    bundle.edited.clear();
    // Lenses and hints of other open files of the bundle may have changed with this file or the config.
    if (canRefresh.codeLens) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    if (canRefresh.inlayHint) void connection.sendRequest('workspace/inlayHint/refresh').catch(() => undefined);
  };

  /** Something in the bundle changed (`file`, when it is one the editor has open): recompute diagnostics soon. */
  const changed = (bundle: OpenBundle, file?: string) => {
    bundle.stale = true;
    if (file) bundle.edited.add(file);
    if (bundle.firstReading) return;
    bundle.cancelRecompute?.();
    if (bundle.view === undefined) {
      const articles = largeBundleArticles(bundle);
      if (articles > 0) return readInTwoPasses(bundle, articles);
    }
    const recompute = () => {
      bundle.cancelRecompute = undefined;
      // The first analysis reads every article: what edits cost is known from the ones after it.
      const first = bundle.view === undefined;
      const started = performance.now();
      guard('diagnostics', undefined, () => publish(bundle), undefined);
      if (!first) {
        bundle.lastWorkEnded = performance.now();
        bundle.lastWorkMs = bundle.lastWorkEnded - started;
      }
    };
    const delay = diagnosticsDelay(bundle.lastWorkMs, performance.now() - bundle.lastWorkEnded);
    if (delay === 0) bundle.cancelRecompute = afterReadMessages(recompute);
    else {
      const timer = setTimeout(recompute, delay);
      bundle.cancelRecompute = () => clearTimeout(timer);
    }
  };

  /** How many articles the bundle has when its seed text is long enough to read in two passes (see LARGE_BUNDLE_CHARS), else 0. */
  const largeBundleArticles = (bundle: OpenBundle): number => {
    const text = workspace.readBundle(bundle.key, bundle.form);
    return seedTextSize(text) >= LARGE_BUNDLE_CHARS ? text.seeds.length : 0;
  };

  /**
   * The first analysis of a large bundle: the articles where the user is, whose diagnostics go
   * out at once, then the whole bundle. Shown as progress where the editor can: it is asked for a
   * progress token, told the work begins, how far it is, and that it is done once all diagnostics
   * are out. Requests meanwhile wait for the whole rather than answer from part of it.
   */
  const readInTwoPasses = (bundle: OpenBundle, articles: number) => {
    const read = async () => {
      const progress = canShowProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
      try {
        progress?.begin('Seed Bundle', undefined, `Reading ${articles} articles`);
        // The notification leaves before the work holds the thread.
        await new Promise((resolve) => setImmediate(resolve));
        guard('diagnostics', undefined, () => publish(bundle, true), undefined);
        progress?.report(`Read ${bundle.view?.analysis.articles.length ?? 0} of ${articles} articles`);
        // Edits that came meanwhile are read with the rest.
        await new Promise<void>((resolve) => afterReadMessages(resolve));
        guard('diagnostics', undefined, () => publish(bundle), undefined);
      } finally {
        progress?.done();
      }
    };
    bundle.firstReading = read()
      .catch((e) => connection.console.error(`seed-bundle: the first reading failed: ${(e as Error)?.stack ?? e}`))
      .finally(() => (bundle.firstReading = undefined));
  };

  /** Answers a request through guard: at once, or once the first analyses under way (see readInTwoPasses) are done. */
  function answer<T>(what: string, token: CancellationToken, run: () => T, fallback: T): T | Promise<T> {
    const firstReadings = [...bundles.values()].flatMap((bundle) => (bundle.firstReading ? [bundle.firstReading] : []));
    if (firstReadings.length === 0) return guard(what, token, run, fallback);
    return Promise.all(firstReadings).then(() => answer(what, token, run, fallback));
  }

  /**
   * Runs a handler; a failure is logged and answered with the fallback, never a dead server.
   * A request cancelled while it waited is answered as cancelled without doing its work.
   */
  function guard<T>(what: string, token: CancellationToken | undefined, run: () => T, fallback: T): T {
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, `${what} cancelled`);
    try {
      return run();
    } catch (e) {
      connection.console.error(`seed-bundle: ${what} failed: ${(e as Error)?.stack ?? e}`);
      return fallback;
    }
  }

  /** The view and offset for a position in a document, when the document is part of a bundle. */
  const at = (uri: string, position?: { line: number; character: number }) => {
    const bundle = bundleFor(uri);
    if (!bundle) return undefined;
    const view = viewOf(bundle);
    const offset = position ? workspace.document(uri).offsetAt(position) : 0;
    return { bundle, view, offset };
  };

  connection.onInitialize((params) => {
    const limit = (params.initializationOptions as InitializationOptions | undefined)?.maxDiagnosticsPerFile;
    if (typeof limit === 'number' && Number.isInteger(limit) && limit >= 0) maxDiagnosticsPerFile = limit;
    canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    canShowProgress = !!params.capabilities.window?.workDoneProgress;
    const workspaceCapabilities = params.capabilities.workspace;
    canRefresh = { codeLens: !!workspaceCapabilities?.codeLens?.refreshSupport, inlayHint: !!workspaceCapabilities?.inlayHint?.refreshSupport };
    editSupport = {
      documentChanges: !!workspaceCapabilities?.workspaceEdit?.documentChanges,
      createFiles: !!workspaceCapabilities?.workspaceEdit?.resourceOperations?.includes('create'),
    };
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: 'Seed Bundle' },
        foldingRangeProvider: true,
        hoverProvider: true,
        referencesProvider: true,
        definitionProvider: true,
        documentHighlightProvider: true,
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        codeLensProvider: { resolveProvider: true },
        inlayHintProvider: true,
        // The lines shown, the whole file and deltas: after an edit only the article typed in is read
        // again (see features/semanticTokens.ts), and a delta is the little that changed.
        semanticTokensProvider: { legend: TOKEN_LEGEND, range: true, full: { delta: true } },
      },
      serverInfo: { name: 'seed-bundle' },
    };
  });

  connection.onInitialized(async () => {
    if (canWatchFiles) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.txt' }, { globPattern: '**/*.seeds' }, { globPattern: `**/${CONFIG_FILE_NAME}` }],
      });
    }
    await loadSettings();
  });

  const loadSettings = async () => {
    if (!canPullConfiguration) return;
    const config = await connection.workspace.getConfiguration('seedBundle').catch(() => undefined);
    editorSettings = settingsLayer({ severity: config?.severity, maxBundleSize: config?.maxBundleSize, quoteSimilarity: config?.quoteSimilarity }).layer;
    const maxItems = config?.outline?.maxItems;
    outlineMaxItems = Number.isInteger(maxItems) && maxItems >= 0 ? maxItems : DEFAULT_OUTLINE_MAX_ITEMS;
    for (const bundle of bundles.values()) changed(bundle);
  };
  connection.onDidChangeConfiguration(() => loadSettings());

  documents.onDidOpen((e) => {
    for (const bundle of bundlesOf(e.document.uri)) changed(bundle, e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    whereUser.set(e.document.uri, e.document.lastEditedLine);
    for (const bundle of bundlesOf(e.document.uri)) changed(bundle, e.document.uri);
  });
  documents.onDidClose((e) => {
    whereUser.delete(e.document.uri);
    workspace.fileChanged(e.document.uri);
    for (const bundle of bundlesOf(e.document.uri)) changed(bundle, e.document.uri);
  });
  connection.onDidChangeWatchedFiles((e) => {
    for (const change of e.changes) {
      workspace.fileChanged(change.uri);
      const key = bundleKeyOf(change.uri)?.key;
      const bundle = key ? bundles.get(key) : undefined;
      if (bundle) changed(bundle);
      for (const user of [...bundles.values()].filter((b) => b.configUri === change.uri)) changed(user);
    }
  });

  connection.onDocumentSymbol((p, token) => answer('outline', token, () => {
    const bundle = bundleFor(p.textDocument.uri);
    if (!bundle) return [];
    const view = viewOf(bundle);
    const uri = p.textDocument.uri;
    const sent = bundle.outline;
    if (sent?.view === view && sent.uri === uri && sent.maxItems === outlineMaxItems) return sent.symbols;
    const symbols = kept.keep(outline(view, uri, bundle.outlineCache, outlineMaxItems));
    bundle.outline = { view, uri, maxItems: outlineMaxItems, symbols };
    return symbols;
  }, []));

  connection.onFoldingRanges((p, token) => answer('folding', token, () => {
    const found = at(p.textDocument.uri);
    return found ? foldingRanges(found.view, p.textDocument.uri) : [];
  }, []));

  connection.onHover((p, token) => answer('hover', token, () => {
    const found = at(p.textDocument.uri, p.position);
    return found ? hover(found.view, p.textDocument.uri, found.offset) : null;
  }, null));

  connection.onReferences((p, token) => answer('references', token, () => {
    const found = at(p.textDocument.uri, p.position);
    return found ? references(found.view, p.textDocument.uri, found.offset, p.context?.includeDeclaration ?? true).map(toLocation) : [];
  }, []));

  connection.onDefinition((p, token) => answer('definition', token, () => {
    const found = at(p.textDocument.uri, p.position);
    const place = found && definition(found.view, p.textDocument.uri, found.offset);
    return place ? toLocation(place) : null;
  }, null));

  connection.onDocumentHighlight((p, token) => answer('highlights', token, () => {
    const found = at(p.textDocument.uri, p.position);
    return found ? highlights(found.view, p.textDocument.uri, found.offset) : [];
  }, []));

  connection.onWorkspaceSymbol((p, token) => answer('workspace symbols', token, () => {
    return workspaceSymbols([...bundles.values()].map((bundle) => viewOf(bundle)), p.query, (file) => file);
  }, []));

  connection.onCodeAction((p, token) => answer('code actions', token, () => {
    const bundle = bundleFor(p.textDocument.uri);
    if (!bundle) return [];
    const config = { uri: bundle.configUri, text: workspace.optionalText(bundle.configUri), version: documents.get(bundle.configUri)?.version ?? null };
    return codeActions(viewOf(bundle), p.textDocument.uri, p.context.diagnostics, config, editSupport, (uri) => documents.get(uri)?.version ?? null);
  }, []));

  connection.onCodeLens((p, token) => answer('code lenses', token, () => {
    const found = at(p.textDocument.uri);
    return found ? kept.keep(codeLenses(found.view, p.textDocument.uri, found.bundle.lensCache)) : [];
  }, []));

  connection.onCodeLensResolve((lens, token) => answer('code lens', token, () => {
    const found = at((lens.data as LensData).file);
    return found ? resolveCodeLens(found.view, lens) : lens;
  }, lens));

  connection.languages.inlayHint.on((p, token) => answer('inlay hints', token, () => {
    const found = at(p.textDocument.uri);
    const document = workspace.document(p.textDocument.uri);
    return found ? inlayHints(found.view, p.textDocument.uri, document.offsetAt(p.range.start), document.offsetAt(p.range.end)) : [];
  }, []));

  connection.languages.semanticTokens.onRange((p, token) => answer('semantic tokens', token, () => {
    const bundle = bundleFor(p.textDocument.uri);
    return { data: bundle ? semanticTokens(viewOf(bundle), p.textDocument.uri, p.range, bundle.tokenCache) : [] };
  }, { data: [] }));

  /** The file's tokens as a new result, kept for a delta request to name, with the result sent before it. */
  const newTokens = (uri: string) => {
    const bundle = bundleFor(uri);
    if (!bundle) return undefined;
    const data = semanticTokens(viewOf(bundle), uri, undefined, bundle.tokenCache);
    const sent = bundle.sentTokens.get(uri);
    const resultId = String(++tokenResults);
    bundle.sentTokens.set(uri, { resultId, data: Int32Array.from(data) });
    return { resultId, data, sent };
  };
  connection.languages.semanticTokens.on((p, token) => answer('semantic tokens', token, (): SemanticTokens => {
    const tokens = newTokens(p.textDocument.uri);
    return tokens ? { resultId: tokens.resultId, data: tokens.data } : { data: [] };
  }, { data: [] }));
  connection.languages.semanticTokens.onDelta((p, token) => answer('semantic tokens', token, (): SemanticTokens | SemanticTokensDelta => {
    const tokens = newTokens(p.textDocument.uri);
    if (!tokens) return { data: [] };
    const { resultId, data, sent } = tokens;
    return sent?.resultId === p.previousResultId ? { resultId, edits: semanticTokenEdits(sent.data, data) } : { resultId, data };
  }, { data: [] }));

  connection.onNotification(VIEWED_NOTIFICATION, (p: { uri?: unknown; line?: unknown }) =>
    guard('viewed', undefined, () => {
      if (typeof p?.uri !== 'string' || typeof p.line !== 'number' || !Number.isInteger(p.line)) return;
      whereUser.set(p.uri, Math.max(0, p.line));
      // Only a file that has more diagnostics than are shown shows others now; an edit under way publishes soon anyway.
      const key = bundleKeyOf(p.uri)?.key;
      const bundle = key === undefined ? undefined : bundles.get(key);
      if (bundle?.view && !bundle.stale && (bundle.published.get(p.uri)?.length ?? 0) >= maxDiagnosticsPerFile) publish(bundle);
    }, undefined),
  );

  connection.onRequest(OVERVIEW_REQUEST, (p: { uri: string }, token) => answer('overview', token, () => {
    const found = at(p.uri);
    return found ? overview(found.view) : null;
  }, null));

  connection.onRequest(STATUS_REQUEST, (p: { uri: string }, token) => answer('status', token, () => {
    const found = at(p.uri);
    return found ? bundleStatus(found.view, { file: p.uri, maxItems: outlineMaxItems }) : null;
  }, null));

  documents.listen(connection);
  connection.listen();
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

function toDiagnostic(p: Problem): Diagnostic {
  return {
    range: p.range,
    severity: SEVERITY[p.severity],
    code: p.code,
    source: 'seed-bundle',
    message: p.message,
    relatedInformation: p.related.map((r) => ({ location: { uri: r.file, range: r.range }, message: r.message })),
  };
}

/** Mistakes in a bundle's config file, shown in that file. */
function configDiagnostics(text: string, found: ConfigProblem[]): Diagnostic[] {
  const document = TextDocument.create('', 'json', 0, text);
  return found.map((p) => ({
    range: { start: document.positionAt(p.start), end: document.positionAt(p.end) },
    severity: DiagnosticSeverity.Warning,
    code: 'config',
    source: 'seed-bundle',
    message: p.message,
  }));
}

function toLocation(place: { file: string; range: Location['range'] }): Location {
  return { uri: place.file, range: place.range };
}
