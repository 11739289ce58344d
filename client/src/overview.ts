// The overview panel: one webview showing the bundle of the editor it was opened from, redrawn
// when the bundle's diagnostics change (the server republishes them after every analysis).
import * as crypto from 'crypto';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import type { Overview } from '../../server/src/features/overview';
import type { Place } from '../../server/src/features/view';
import { OVERVIEW_REQUEST } from '../../server/out/messages';
import { overviewHtml } from './overviewHtml';

const REDRAW_DELAY_MS = 300;

export class OverviewPanel implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  /** A document of the bundle shown: the server finds the bundle from it. */
  private uri?: vscode.Uri;
  private timer?: NodeJS.Timeout;
  private readonly listening: vscode.Disposable;

  constructor(private readonly client: LanguageClient) {
    this.listening = vscode.languages.onDidChangeDiagnostics(() => {
      if (!this.panel) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.redraw(), REDRAW_DELAY_MS);
    });
  }

  /** Shows the overview of the bundle of a document; resolves with what it shows (null: not a bundle). */
  async show(uri: vscode.Uri): Promise<Overview | null> {
    this.uri = uri;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('seedBundle.overview', 'Bundle Overview', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((message: { open?: Place }) => message.open && openPlace(message.open));
    } else this.panel.reveal(undefined, true);
    return this.redraw();
  }

  private async redraw(): Promise<Overview | null> {
    if (!this.panel || !this.uri) return null;
    const overview = await this.client.sendRequest<Overview | null>(OVERVIEW_REQUEST, { uri: this.client.code2ProtocolConverter.asUri(this.uri) });
    if (!this.panel) return overview;
    if (!overview) {
      this.panel.webview.html = '<!DOCTYPE html><html><body><p>This document is not part of a seed bundle.</p></body></html>';
      return null;
    }
    this.panel.title = `Overview: ${overview.title}`;
    this.panel.webview.html = overviewHtml(overview, { nonce: crypto.randomBytes(16).toString('base64'), cspSource: this.panel.webview.cspSource });
    return overview;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.listening.dispose();
    this.panel?.dispose();
  }
}

async function openPlace(place: Place): Promise<void> {
  const { start, end } = place.range;
  const selection = new vscode.Range(start.line, start.character, end.line, end.character);
  await vscode.window.showTextDocument(vscode.Uri.parse(place.file), { selection, viewColumn: vscode.ViewColumn.One });
}
