// "Compare versions": VS Code's diff editor on two versions of a quote, each a read-only virtual
// document titled by the source that prints it. The server sends the versions' text with the
// command (from a code action or a code lens); nothing here reads the bundle. The documents come
// from a read-only file system rather than a TextDocumentContentProvider, whose documents the
// editor API can still change.
import * as vscode from 'vscode';
import type { CompareArgs, VersionText } from '../../server/src/features/actions';

export const VERSION_SCHEME = 'seed-bundle-version';

/** Versions kept for documents that may still be open; older ones are dropped. */
const KEPT = 200;

export class VersionDocuments implements vscode.FileSystemProvider {
  private readonly texts = new Map<string, Uint8Array>();
  private readonly changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changes.event;
  private readonly since = Date.now();
  private next = 0;

  /** A fresh URI whose path ends with the source's name, so the tab and breadcrumbs show it. */
  add(version: VersionText): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: VERSION_SCHEME, path: `/${this.next++}/${version.label.replace(/[/\\]/g, '-')}` });
    this.texts.set(uri.toString(), new TextEncoder().encode(version.text));
    if (this.texts.size > KEPT) this.texts.delete(this.texts.keys().next().value!);
    return uri;
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    return { type: vscode.FileType.File, ctime: this.since, mtime: this.since, size: this.read(uri).length, permissions: vscode.FilePermission.Readonly };
  }

  readFile(uri: vscode.Uri): Uint8Array {
    return this.read(uri);
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  createDirectory(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  writeFile(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  private read(uri: vscode.Uri): Uint8Array {
    const text = this.texts.get(uri.toString());
    if (!text) throw vscode.FileSystemError.FileNotFound(uri);
    return text;
  }
}

/**
 * Opens the diff of the first version with another: the only other, or the one the user picks
 * (differing versions first). Resolves with the two URIs shown, or undefined if the user backs out.
 */
export async function compareVersions(documents: VersionDocuments, args: CompareArgs | undefined): Promise<{ left: vscode.Uri; right: vscode.Uri } | undefined> {
  if (!args || args.versions.length < 2) {
    void vscode.window.showInformationMessage('Seed Bundle: use Compare Versions from a quote’s code lens or a difference’s quick fix.');
    return undefined;
  }
  const [base, ...others] = args.versions;
  let other = others[0];
  if (others.length > 1) {
    const picked = await vscode.window.showQuickPick(
      others.map((version) => ({ label: version.label, description: version.differs ? 'words or speaker differ' : 'same words', version })),
      { title: `${args.subject}: compare ${base.label} with…` },
    );
    if (!picked) return undefined;
    other = picked.version;
  }
  const left = documents.add(base);
  const right = documents.add(other);
  await vscode.commands.executeCommand('vscode.diff', left, right, `${args.subject}: ${base.label} ↔ ${other.label}`, { preview: false });
  return { left, right };
}
