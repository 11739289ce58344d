// The server's connection. Over stdio its messages are written by a JSON encoder that keeps the
// JSON of what is sent again and again unchanged: a large bundle's outline and diagnostics are
// megabytes, and after a keystroke nearly all of their entries are the objects sent before.
// Its JSON is ASCII, every other character written as a `\u` escape: a reader decodes and parses
// one-byte text a third faster than text with a single curly quote in it (V8 then makes the whole
// string two-byte), and news is full of curly quotes and dashes.
import { AbstractMessageWriter, createConnection, Message, MessageWriter, ProposedFeatures, StreamMessageReader } from 'vscode-languageserver/node';
import type { Writable } from 'stream';
import type { Connection } from 'vscode-languageserver';

/**
 * The JSON of the items of lists marked with `keep`, made once per item object, as ASCII strings.
 * Kept items must not change. Strings rather than Buffers: small Buffers share Node's 8 kB pool
 * blocks, and a block stays while any item written into it does, so blocks of mostly replaced
 * items piled up (1,000 seeds, after the benchmark's session: 581 blocks, 4.8 MB, and 1.1 MB of
 * Buffer objects for 11,700 items).
 */
export class KeptJson {
  private readonly json = new WeakMap<object, string>();
  private readonly lists = new WeakSet<object[]>();

  /** Marks a list of objects the server keeps and sends unchanged (it returns the list). */
  keep<T extends object>(items: T[]): T[] {
    this.lists.add(items);
    return items;
  }

  /**
   * A message as ASCII JSON, in parts: what JSON.stringify gives, with kept lists put together from
   * their items' kept JSON. No copy of the whole message is made: it would be megabytes of
   * garbage per keystroke, which the heap only gives back at its next full collection.
   */
  encode(message: Message): string[] {
    const { result, ...response } = message as { result?: unknown };
    if (this.isKept(result)) return this.list(result, [fieldOpening(response, 'result')], '}');
    const { params, ...notification } = message as { params?: { diagnostics?: unknown } };
    if (params && this.isKept(params.diagnostics)) {
      const { diagnostics, ...rest } = params;
      return this.list(diagnostics, [fieldOpening(notification, 'params'), fieldOpening(rest, 'diagnostics')], '}}');
    }
    return [asciiJson(message)];
  }

  private isKept(value: unknown): value is object[] {
    return Array.isArray(value) && this.lists.has(value);
  }

  /**
   * `parts` with the list's JSON added after them, item by item from the kept JSON, then `closing`.
   * An item's JSON is kept with the comma before it: one part an item, where a part is an object
   * the stream holds until it writes.
   */
  private list(items: object[], parts: string[], closing: string): string[] {
    if (items.length === 0) parts.push('[');
    items.forEach((item, i) => {
      let json = this.json.get(item);
      if (json === undefined) this.json.set(item, (json = oneByte(`,${asciiJson(item)}`)));
      parts.push(i === 0 ? `[${json.slice(1)}` : json);
    });
    parts.push(`]${closing}`);
    return parts;
  }
}

/** An object's JSON up to the value of one more field: `{"a":1,"name":`. */
function fieldOpening(object: object, name: string): string {
  const head = asciiJson(object);
  return `${head.slice(0, -1)}${head === '{}' ? '' : ','}${asciiJson(name)}:`;
}

/** JSON.stringify's JSON with every character outside ASCII escaped, `“` as `\u201c`: the same JSON value. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(NOT_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const NOT_ASCII = /[^\x00-\x7f]/g;

/**
 * ASCII text as a string of one byte a character. V8 keeps what `replace` makes of a two-byte
 * string (JSON with a curly quote in it) two-byte, escapes and all: kept JSON took twice the room.
 */
function oneByte(ascii: string): string {
  return Buffer.from(ascii, 'latin1').toString('latin1');
}

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
    // ASCII: a character is a byte.
    const length = parts.reduce((sum, part) => sum + part.length, 0);
    return new Promise((resolve, reject) => {
      // Corked, the header and the parts leave in one vectored write, and no other message comes between them.
      this.out.cork();
      this.out.write(`Content-Length: ${length}\r\n\r\n`, 'ascii');
      parts.forEach((part, i) => this.out.write(part, 'latin1', i < parts.length - 1 ? undefined : (error) => (error ? this.failed(error, message, reject) : resolve())));
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
