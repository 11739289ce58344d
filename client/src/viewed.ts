// Tells the server where the user is in a seed-bundle document: the line in the middle of what the
// editor shows, once scrolling stops. In a file with more problems than VS Code shows, the server
// sends those nearest where the user views or edits (server/src/features/shownDiagnostics.ts).
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { VIEWED_NOTIFICATION } from '../../server/out/messages';

const SETTLE_MS = 250;

export class ViewedLines implements vscode.Disposable {
  private timer?: NodeJS.Timeout;
  private readonly listening: vscode.Disposable[];

  constructor(private readonly client: LanguageClient) {
    this.listening = [
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.soon(e.textEditor)),
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && this.soon(editor)),
    ];
  }

  private soon(editor: vscode.TextEditor): void {
    if (editor.document.languageId !== 'seed-bundle') return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.send(editor), SETTLE_MS);
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
