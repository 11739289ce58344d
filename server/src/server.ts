// The language server: the connection, the documents, and handlers that call the features.
import { fileURLToPath } from 'url';
import {
  Connection,
  Diagnostic,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  Location,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from './bundle/analyze';
import { Severity } from './bundle/model';
import { listFolder, readTextFile } from './disk';
import { Problem, problems, SeveritySettings } from './features/diagnostics';
import { foldingRanges } from './features/folding';
import { hover } from './features/hover';
import { outline } from './features/outline';
import { definition, highlights, references } from './features/references';
import { workspaceSymbols } from './features/symbols';
import { BundleView } from './features/view';
import { bundleKeyOf, Files, Workspace } from './workspace';

/** How long typing may pause before diagnostics are recomputed. */
const DIAGNOSTICS_DELAY_MS = 60;

const diskFiles: Files = {
  read: (uri) => {
    if (!uri.startsWith('file:')) return undefined;
    const read = readTextFile(fileURLToPath(uri));
    return 'text' in read ? read.text : undefined;
  },
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
  view?: BundleView;
  /** The files that were last sent diagnostics, so that a file that lost its seeds is cleared. */
  published: Set<string>;
  timer?: NodeJS.Timeout;
}

export function startServer(connection: Connection, files: Files = diskFiles): void {
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace(files, documents);
  const bundles = new Map<string, OpenBundle>();
  let severities: SeveritySettings = {};
  let canWatchFiles = false;
  let canPullConfiguration = false;

  const bundleFor = (uri: string): OpenBundle | undefined => {
    const found = bundleKeyOf(uri);
    if (!found) return undefined;
    let bundle = bundles.get(found.key);
    if (!bundle) {
      bundle = { ...found, analyzer: new Analyzer(), published: new Set() };
      bundles.set(found.key, bundle);
    }
    return bundle;
  };

  /** The bundle's analysis, brought up to date with every open document and the disk. */
  const viewOf = (bundle: OpenBundle): BundleView => {
    if (!bundle.view) {
      const analysis = bundle.analyzer.analyze(workspace.readBundle(bundle.key, bundle.form));
      bundle.view = new BundleView(analysis, (file) => workspace.document(file));
    }
    return bundle.view;
  };

  const publish = (bundle: OpenBundle) => {
    const view = viewOf(bundle);
    const byFile = new Map<string, Diagnostic[]>();
    for (const seed of view.analysis.text.seeds) byFile.set(seed.file, []);
    if (bundle.form === 'file') byFile.set(bundle.key, byFile.get(bundle.key) ?? []);
    for (const problem of problems(view, severities)) byFile.get(problem.file)?.push(toDiagnostic(problem));
    for (const file of bundle.published) if (!byFile.has(file)) byFile.set(file, []);
    for (const [uri, diagnostics] of byFile) {
      connection.sendDiagnostics({ uri, version: documents.get(uri)?.version, diagnostics });
    }
    bundle.published = new Set([...byFile].filter(([, d]) => d.length > 0).map(([uri]) => uri));
  };

  /** Something in the bundle changed: drop its analysis and recompute diagnostics soon. */
  const changed = (bundle: OpenBundle, delay = DIAGNOSTICS_DELAY_MS) => {
    bundle.view = undefined;
    clearTimeout(bundle.timer);
    bundle.timer = setTimeout(() => guard('diagnostics', () => publish(bundle), undefined), delay);
  };

  /** Runs a handler; a failure is logged and answered with the fallback, never a dead server. */
  function guard<T>(what: string, run: () => T, fallback: T): T {
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
    return { view, offset };
  };

  connection.onInitialize((params) => {
    canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
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
      },
      serverInfo: { name: 'seed-bundle' },
    };
  });

  connection.onInitialized(async () => {
    if (canWatchFiles) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.txt' }, { globPattern: '**/*.seeds' }],
      });
    }
    await loadSettings();
  });

  const loadSettings = async () => {
    if (!canPullConfiguration) return;
    const config = await connection.workspace.getConfiguration('seedBundle').catch(() => undefined);
    severities = (config?.severity ?? {}) as SeveritySettings;
    for (const bundle of bundles.values()) changed(bundle, 0);
  };
  connection.onDidChangeConfiguration(() => loadSettings());

  documents.onDidOpen((e) => {
    const bundle = bundleFor(e.document.uri);
    if (bundle) changed(bundle, 0);
  });
  documents.onDidChangeContent((e) => {
    const bundle = bundleFor(e.document.uri);
    if (bundle) changed(bundle);
  });
  documents.onDidClose((e) => {
    workspace.fileChanged(e.document.uri);
    const bundle = bundleFor(e.document.uri);
    if (bundle) changed(bundle);
  });
  connection.onDidChangeWatchedFiles((e) => {
    for (const change of e.changes) {
      workspace.fileChanged(change.uri);
      const key = bundleKeyOf(change.uri)?.key;
      const bundle = key ? bundles.get(key) : undefined;
      if (bundle) changed(bundle);
    }
  });

  connection.onDocumentSymbol((p) => guard('outline', () => {
    const found = at(p.textDocument.uri);
    return found ? outline(found.view, p.textDocument.uri) : [];
  }, []));

  connection.onFoldingRanges((p) => guard('folding', () => {
    const found = at(p.textDocument.uri);
    return found ? foldingRanges(found.view, p.textDocument.uri) : [];
  }, []));

  connection.onHover((p) => guard('hover', () => {
    const found = at(p.textDocument.uri, p.position);
    return found ? hover(found.view, p.textDocument.uri, found.offset) : null;
  }, null));

  connection.onReferences((p) => guard('references', () => {
    const found = at(p.textDocument.uri, p.position);
    return found ? references(found.view, p.textDocument.uri, found.offset).map(toLocation) : [];
  }, []));

  connection.onDefinition((p) => guard('definition', () => {
    const found = at(p.textDocument.uri, p.position);
    const place = found && definition(found.view, p.textDocument.uri, found.offset);
    return place ? toLocation(place) : null;
  }, null));

  connection.onDocumentHighlight((p) => guard('highlights', () => {
    const found = at(p.textDocument.uri, p.position);
    return found ? highlights(found.view, p.textDocument.uri, found.offset) : [];
  }, []));

  connection.onWorkspaceSymbol((p) => guard('workspace symbols', () => {
    return workspaceSymbols([...bundles.values()].map(viewOf), p.query, (file) => file);
  }, []));

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

function toLocation(place: { file: string; range: Location['range'] }): Location {
  return { uri: place.file, range: place.range };
}
