// What the client does when the language server stops without being asked to: it starts it
// again and tells the user once; a server that keeps stopping is left stopped, said once too.

/** Error codes of a write to a server process that is gone. */
const PIPE_GONE = new Set(['EPIPE', 'ECONNRESET', 'ERR_STREAM_DESTROYED']);

/** More stops than this within the window and the server is not started again. */
export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;

export const RESTARTED_NOTICE = 'Seed Bundle: the language server stopped unexpectedly and was started again. Its log is in the Output panel (Seed Bundle).';
export const GAVE_UP_NOTICE = `Seed Bundle: the language server stopped ${MAX_RESTARTS + 1} times within 3 minutes and is not started again. Its log is in the Output panel (Seed Bundle); reload the window to try again.`;

/** The decisions, apart from the language client (which needs VS Code to load): see `errorHandler` in extension.ts. */
export class RestartOnce {
  private stops: number[] = [];
  private toldOfRestart = false;

  constructor(
    /** Shows a notice to the user (the extension passes VS Code's warning message). */
    private readonly notify: (message: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * After a broken message on the connection: a few are survivable, many mean it is gone. A write
   * to a server that has just died (`EPIPE`) is no broken message: the connection's close follows,
   * and `closed` starts the server again; shutting down here would leave it stopped.
   */
  error(count: number | undefined, code?: unknown): 'continue' | 'shut down' {
    if (typeof code === 'string' && PIPE_GONE.has(code)) return 'continue';
    return count !== undefined && count <= 3 ? 'continue' : 'shut down';
  }

  /** After the server stopped without being asked to. */
  closed(): 'restart' | 'leave stopped' {
    const now = this.now();
    this.stops = [...this.stops.filter((stop) => now - stop < RESTART_WINDOW_MS), now];
    if (this.stops.length > MAX_RESTARTS) {
      this.notify(GAVE_UP_NOTICE);
      return 'leave stopped';
    }
    if (!this.toldOfRestart) {
      this.toldOfRestart = true;
      this.notify(RESTARTED_NOTICE);
    }
    return 'restart';
  }
}
