// The extension: starts the language server and adds the commands that move between articles.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'seed-bundle' }],
    synchronize: { configurationSection: 'seedBundle' },
  };
  client = new LanguageClient('seedBundle', 'Seed Bundle', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('seedBundle.nextArticle', () => moveToArticle(1)),
    vscode.commands.registerCommand('seedBundle.previousArticle', () => moveToArticle(-1)),
  );
  await client.start();
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
