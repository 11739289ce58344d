// Tells the server where the user is in a seed-bundle document: the line in the middle of what the
// editor shows, at once for an editor just shown, else once scrolling stops. In a file with more
// problems than VS Code shows, the server sends those nearest where the user views or edits
// (server/src/features/shownDiagnostics.ts); a large bundle's first reading begins with the
// articles there (server/src/firstPass.ts).
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { VIEWED_NOTIFICATION } from '../../server/out/messages';

const SETTLE_MS = 250;

export class ViewedLines implements vscode.Disposable {
  private timer?: NodeJS.Timeout;
  private readonly listening: vscode.Disposable[];

  constructor(private readonly client: LanguageClient) {
    this.listening = [
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.sendAfter(e.textEditor, SETTLE_MS)),
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && this.sendAfter(editor, 0)),
    ];
    // The editor that opened the bundle and started the extension: its document is being read now.
    if (vscode.window.activeTextEditor) this.sendAfter(vscode.window.activeTextEditor, 0);
  }

  /** Sends where the user is in a seed-bundle editor once `waitMs` have passed without another change (none: at once). */
  private sendAfter(editor: vscode.TextEditor, waitMs: number): void {
    if (editor.document.languageId !== 'seed-bundle') return;
    clearTimeout(this.timer);
    if (waitMs === 0) this.send(editor);
    else this.timer = setTimeout(() => this.send(editor), waitMs);
  }

  private send(editor: vscode.TextEditor): void {
    const [first] = editor.visibleRanges;
    if (!first) return;
    const last = editor.visibleRanges[editor.visibleRanges.length - 1];
    const line = Math.floor((first.start.line + last.end.line) / 2);
    void this.client.sendNotification(VIEWED_NOTIFICATION, { uri: this.client.code2ProtocolConverter.asUri(editor.document.uri), line }).catch(() => undefined);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.listening) d.dispose();
  }
}
