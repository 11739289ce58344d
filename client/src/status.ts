// The status bar item of the bundle in the active editor: articles, people, quotes, differences.
// Clicking it opens the overview. Updated when the editor or the bundle's diagnostics change.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import type { BundleStatus } from '../../server/src/features/status';
import { STATUS_REQUEST } from '../../server/out/messages';
import { statusSummary } from './overviewHtml';

const UPDATE_DELAY_MS = 200;

export class StatusItem implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('seedBundle.status', vscode.StatusBarAlignment.Left, 50);
  /** Whether the item is shown (VS Code's item does not say). */
  visible = false;
  private timer?: NodeJS.Timeout;
  private readonly listening: vscode.Disposable[];

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Seed Bundle';
    this.item.command = 'seedBundle.showOverview';
    this.listening = [
      vscode.window.onDidChangeActiveTextEditor(() => this.soon()),
      vscode.languages.onDidChangeDiagnostics(() => this.soon()),
    ];
    this.soon();
  }

  private soon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
  }

  /** Asks the server for the figures of the active editor's bundle; hides where there is none. */
  async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId !== 'seed-bundle') return this.hide();
    const status = await this.client
      .sendRequest<BundleStatus | null>(STATUS_REQUEST, { uri: this.client.code2ProtocolConverter.asUri(document.uri) })
      .catch(() => null);
    if (vscode.window.activeTextEditor?.document !== document) return; // the user moved on meanwhile
    if (!status) return this.hide();
    const summary = statusSummary(status);
    this.item.text = `${status.differences > 0 ? '$(warning)' : '$(book)'} ${summary}`;
    this.item.tooltip = `Seed Bundle: ${summary}. Click for the overview of who is quoted where.`;
    this.item.show();
    this.visible = true;
  }

  private hide(): void {
    this.item.hide();
    this.visible = false;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.listening) d.dispose();
    this.item.dispose();
  }
}
