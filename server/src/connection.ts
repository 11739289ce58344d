// The server's connection. Over stdio its messages are written by a JSON encoder that keeps the
// JSON of what is sent again and again unchanged: a large bundle's outline and diagnostics are
// megabytes, and after a keystroke nearly all of their entries are the objects sent before.
import { createConnection, Message, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
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
   * A message as UTF-8 JSON: what JSON.stringify gives, with kept lists put together from their
   * items' kept bytes (no string of the whole message is made: it would be megabytes of garbage).
   */
  encode(message: Message): Buffer {
    const { result, ...response } = message as { result?: unknown };
    if (this.isKept(result)) return Buffer.concat([fieldOpening(response, 'result'), ...this.list(result), CLOSE_OBJECT]);
    const { params, ...notification } = message as { params?: { diagnostics?: unknown } };
    if (params && this.isKept(params.diagnostics)) {
      const { diagnostics, ...rest } = params;
      return Buffer.concat([fieldOpening(notification, 'params'), fieldOpening(rest, 'diagnostics'), ...this.list(diagnostics), CLOSE_OBJECT, CLOSE_OBJECT]);
    }
    return Buffer.from(JSON.stringify(message));
  }

  private isKept(value: unknown): value is object[] {
    return Array.isArray(value) && this.lists.has(value);
  }

  private list(items: object[]): Buffer[] {
    const parts: Buffer[] = [OPEN_LIST];
    items.forEach((item, i) => {
      if (i > 0) parts.push(COMMA);
      let json = this.bytes.get(item);
      if (json === undefined) this.bytes.set(item, (json = Buffer.from(JSON.stringify(item))));
      parts.push(json);
    });
    parts.push(CLOSE_LIST);
    return parts;
  }
}

const [OPEN_LIST, CLOSE_LIST, COMMA, CLOSE_OBJECT] = ['[', ']', ',', '}'].map((c) => Buffer.from(c));

/** An object's JSON up to the value of one more field: `{"a":1,"name":`. */
function fieldOpening(object: object, name: string): Buffer {
  const head = JSON.stringify(object);
  return Buffer.from(`${head.slice(0, -1)}${head === '{}' ? '' : ','}${JSON.stringify(name)}:`);
}

/** The connection the command line asked for: stdio with kept JSON, or IPC, pipes and sockets as vscode-languageserver makes them. */
export function serverConnection(argv: string[] = process.argv): { connection: Connection; kept: KeptJson } {
  const kept = new KeptJson();
  if (!argv.includes('--stdio')) return { connection: createConnection(ProposedFeatures.all), kept };
  // The protocol's charset is UTF-8, what Buffer.from writes.
  const encoder = { name: 'application/json', encode: (message: Message) => Promise.resolve(kept.encode(message)) };
  const writer = new StreamMessageWriter(process.stdout, { contentTypeEncoder: encoder });
  return { connection: createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), writer), kept };
}
