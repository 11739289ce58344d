// The server's connection. Over stdio its messages are written by a JSON encoder that keeps the
// JSON of what is sent again and again unchanged: a large bundle's outline and diagnostics are
// megabytes, and after a keystroke nearly all of their entries are the objects sent before.
// Its JSON is ASCII, every other character written as a `\u` escape: a reader decodes and parses
// one-byte text a third faster than text with a single curly quote in it (V8 then makes the whole
// string two-byte), and news is full of curly quotes and dashes.
import { AbstractMessageWriter, createConnection, Message, MessageWriter, ProposedFeatures, StreamMessageReader } from 'vscode-languageserver/node';
import type { Writable } from 'stream';
import type { Connection } from 'vscode-languageserver';

/** The JSON of the items of lists marked with `keep`, made once per item object, as UTF-8. Kept items must not change. */
export class KeptJson {
  private readonly bytes = new WeakMap<object, Buffer>();
  private readonly lists = new WeakSet<object[]>();

  /** Marks a list of objects the server keeps and sends unchanged (it returns the list). */
  keep<T extends object>(items: T[]): T[] {
    this.lists.add(items);
    return items;
  }

  /**
   * A message as UTF-8 JSON, in parts: what JSON.stringify gives, with kept lists put together from
   * their items' kept bytes. No copy of the whole message is made: it would be megabytes of
   * garbage per keystroke, which the heap only gives back at its next full collection.
   */
  encode(message: Message): Buffer[] {
    const { result, ...response } = message as { result?: unknown };
    if (this.isKept(result)) {
      const parts = this.list(result, [fieldOpening(response, 'result')]);
      parts.push(CLOSE_OBJECT);
      return parts;
    }
    const { params, ...notification } = message as { params?: { diagnostics?: unknown } };
    if (params && this.isKept(params.diagnostics)) {
      const { diagnostics, ...rest } = params;
      const parts = this.list(diagnostics, [fieldOpening(notification, 'params'), fieldOpening(rest, 'diagnostics')]);
      parts.push(CLOSE_OBJECT, CLOSE_OBJECT);
      return parts;
    }
    return [Buffer.from(asciiJson(message), 'latin1')];
  }

  private isKept(value: unknown): value is object[] {
    return Array.isArray(value) && this.lists.has(value);
  }

  /** `parts` with the list's JSON added after them, item by item from the kept bytes. */
  private list(items: object[], parts: Buffer[]): Buffer[] {
    parts.push(OPEN_LIST);
    items.forEach((item, i) => {
      if (i > 0) parts.push(COMMA);
      let json = this.bytes.get(item);
      if (json === undefined) this.bytes.set(item, (json = Buffer.from(asciiJson(item), 'latin1')));
      parts.push(json);
    });
    parts.push(CLOSE_LIST);
    return parts;
  }
}

const [OPEN_LIST, CLOSE_LIST, COMMA, CLOSE_OBJECT] = ['[', ']', ',', '}'].map((c) => Buffer.from(c));

/** An object's JSON up to the value of one more field: `{"a":1,"name":`. */
function fieldOpening(object: object, name: string): Buffer {
  const head = asciiJson(object);
  return Buffer.from(`${head.slice(0, -1)}${head === '{}' ? '' : ','}${asciiJson(name)}:`, 'latin1');
}

/** JSON.stringify's JSON with every character outside ASCII escaped, `“` as `\u201c`: the same JSON value. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(NOT_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const NOT_ASCII = /[^\x00-\x7f]/g;

/** Writes LSP messages to a stream, each as its header and its encoded parts, in one write to the stream. */
export class KeptMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;

  constructor(
    private readonly out: Writable,
    private readonly kept: KeptJson,
  ) {
    super();
    out.on('error', (error) => this.fireError(error));
    out.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    const parts = this.kept.encode(message);
    const length = parts.reduce((sum, part) => sum + part.byteLength, 0);
    return new Promise((resolve, reject) => {
      // Corked, the header and the parts leave in one vectored write, and no other message comes between them.
      this.out.cork();
      this.out.write(`Content-Length: ${length}\r\n\r\n`, 'ascii');
      parts.forEach((part, i) => this.out.write(part, i < parts.length - 1 ? undefined : (error) => (error ? this.failed(error, message, reject) : resolve())));
      this.out.uncork();
    });
  }

  private failed(error: Error, message: Message, reject: (error: Error) => void): void {
    this.fireError(error, message, ++this.errors);
    reject(error);
  }

  end(): void {
    this.out.end();
  }
}

/** The connection the command line asked for: stdio with kept JSON, or IPC, pipes and sockets as vscode-languageserver makes them. */
export function serverConnection(argv: string[] = process.argv): { connection: Connection; kept: KeptJson } {
  const kept = new KeptJson();
  if (!argv.includes('--stdio')) return { connection: createConnection(ProposedFeatures.all), kept };
  return { connection: createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new KeptMessageWriter(process.stdout, kept)), kept };
}
