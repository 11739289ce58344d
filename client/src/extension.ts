// The extension: starts the language server and adds the commands that move between articles,
// compare versions of a quote, and show the bundle's overview and status.
import * as path from 'path';
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, ErrorHandler, LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import type { CompareArgs } from '../../server/src/features/actions';
// The compiled module: the extension's own output (client/out) requires it as it stands.
import { SERVER_ENVIRONMENT, SERVER_NODE_FLAGS, VSCODE_INITIALIZATION_OPTIONS } from '../../server/out/serverStart';
import { compareVersions, VERSION_SCHEME, VersionDocuments } from './compare';
import { OverviewPanel } from './overview';
import { RestartOnce } from './restarts';
import { StatusItem } from './status';
import { ViewedLines } from './viewed';

let client: LanguageClient | undefined;

/** What the extension offers other extensions and its tests. */
export interface SeedBundleApi {
  /** The status bar item of the active editor's bundle. */
  status(): { text: string; tooltip: string | undefined; visible: boolean };
}

export async function activate(context: vscode.ExtensionContext): Promise<SeedBundleApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // Over stdio the server writes what it sends again unchanged from kept JSON (server/src/connection.ts).
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: SERVER_NODE_FLAGS, env: SERVER_ENVIRONMENT } },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'], env: SERVER_ENVIRONMENT } },
  };
  const clientOptions: LanguageClientOptions = {
    // The config file beside a bundle too, so that its unsaved edits (an ignored difference) apply at once.
    documentSelector: [{ language: 'seed-bundle' }, { scheme: 'file', pattern: '**/.seed-bundle.json' }],
    synchronize: { configurationSection: 'seedBundle' },
    initializationOptions: VSCODE_INITIALIZATION_OPTIONS,
    errorHandler: errorHandler(new RestartOnce((message) => void vscode.window.showWarningMessage(message))),
  };
  client = new LanguageClient('seedBundle', 'Seed Bundle', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('seedBundle.nextArticle', () => moveToArticle(1)),
    vscode.commands.registerCommand('seedBundle.previousArticle', () => moveToArticle(-1)),
  );
  await client.start();

  const versions = new VersionDocuments();
  const overview = new OverviewPanel(client);
  const status = new StatusItem(client);
  context.subscriptions.push(
    vscode.workspace.registerFileSystemProvider(VERSION_SCHEME, versions, { isReadonly: true, isCaseSensitive: true }),
    vscode.commands.registerCommand('seedBundle.compareVersions', (args?: CompareArgs) => compareVersions(versions, args)),
    vscode.commands.registerCommand('seedBundle.showOverview', (uri?: vscode.Uri) => {
      const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
      return target ? overview.show(target) : null;
    }),
    overview,
    status,
    new ViewedLines(client),
  );
  return { status: () => ({ text: status.item.text, tooltip: status.item.tooltip as string | undefined, visible: status.visible }) };
}

/** The client's error handler, deciding as `restarts` does; its notices are the only ones shown. */
function errorHandler(restarts: RestartOnce): ErrorHandler {
  return {
    error: (error, _message, count) => ({ action: restarts.error(count, (error as NodeJS.ErrnoException).code) === 'continue' ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true }),
    closed: () => ({ action: restarts.closed() === 'restart' ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true }),
  };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

/**
 * Moves the cursor to the next (1) or previous (-1) article. In a `.seeds` file that is the
 * next seed in the file; in a folder bundle, the next seed file of the folder.
 */
async function moveToArticle(direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const symbols =
    (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri)) ?? [];
  const line = editor.selection.active.line;
  const starts = symbols.map((s) => s.range.start).sort((a, b) => a.line - b.line);
  const target = direction > 0 ? starts.find((p) => p.line > line) : [...starts].reverse().find((p) => p.line < line);
  if (target) {
    editor.selection = new vscode.Selection(target, target);
    editor.revealRange(new vscode.Range(target, target), vscode.TextEditorRevealType.AtTop);
    return;
  }
  if (symbols.length <= 1) await openSiblingSeed(editor.document.uri, direction);
}

/** In a folder bundle: opens the seed file before or after this one. */
async function openSiblingSeed(uri: vscode.Uri, direction: 1 | -1): Promise<void> {
  const folder = vscode.Uri.joinPath(uri, '..');
  const name = path.posix.basename(uri.path);
  const seeds = (await vscode.workspace.fs.readDirectory(folder))
    .map(([entry]) => entry)
    .filter((entry) => /^\d{3,}_[0-9a-f]+\.txt$/.test(entry))
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b));
  const next = seeds[seeds.indexOf(name) + direction];
  if (next) await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, next));
}
