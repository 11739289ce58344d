// The server's text documents. A document keeps its text in the parts of the bundle file form (see
// splitBundleFile), so that an edit copies only the seeds it touches and a `.seeds` file is read
// without looking at its text again. The library's TextDocument holds one string: each keystroke
// in a 1,000-seed file (8 MB of UTF-16) made a new copy of all of it, most of the server's garbage.
// Positions, ranges and line ends behave exactly as the library's TextDocument (1.0.x).
import { TextDocumentsConfiguration } from 'vscode-languageserver';
import { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { FilePart, splitBundleFile } from './bundle/format';

const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

export class BundleDocument implements TextDocument {
  private partList: FilePart[];
  /** Where each part starts in the text. */
  private starts: number[] = [];
  private length = 0;
  /** Where each line starts; made when first asked for, then kept up to date by edits. */
  private lineOffsets: number[] | undefined;
  /** The whole text as one string, once asked for, until the next change. */
  private whole: string | undefined;
  /** The line where the last change began: 0 until the first, and after a change of the whole text. */
  lastEditedLine = 0;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    content: string,
  ) {
    this.partList = splitBundleFile(content);
    this.placeParts(0);
    this.whole = content;
  }

  /** The text cut at its seed headers; the parts' texts joined are the document's text. */
  get parts(): readonly FilePart[] {
    return this.partList;
  }

  getText(range?: Range): string {
    if (range) return this.substring(this.offsetAt(range.start), this.offsetAt(range.end));
    return (this.whole ??= this.partList.map((part) => part.head + part.text).join(''));
  }

  update(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (isIncremental(change)) {
        const range = wellformed(change.range);
        this.lastEditedLine = Math.max(range.start.line, 0);
        const startOffset = this.offsetAt(range.start);
        const endOffset = this.offsetAt(range.end);
        this.replace(startOffset, endOffset, change.text);
        const insertedEndOffset = startOffset + change.text.length;
        const crlfAtStart = this.charCodeAt(startOffset - 1) === CARRIAGE_RETURN && this.charCodeAt(startOffset) === LINE_FEED;
        const crlfAtEnd = this.charCodeAt(insertedEndOffset - 1) === CARRIAGE_RETURN && this.charCodeAt(insertedEndOffset) === LINE_FEED;
        if (crlfAtStart || crlfAtEnd) {
          // A CRLF pair across an edit boundary is not in the inserted text's line offsets.
          this.lineOffsets = undefined;
          continue;
        }
        const startLine = Math.max(range.start.line, 0);
        const endLine = Math.max(range.end.line, 0);
        let lineOffsets = this.lineOffsets!;
        const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
        if (endLine - startLine === addedLineOffsets.length) {
          for (let i = 0; i < addedLineOffsets.length; i++) lineOffsets[i + startLine + 1] = addedLineOffsets[i];
        } else if (addedLineOffsets.length < 10000) {
          lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
        } else {
          // Too many arguments for splice.
          this.lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
        }
        const diff = change.text.length - (endOffset - startOffset);
        if (diff !== 0) {
          for (let i = startLine + 1 + addedLineOffsets.length; i < lineOffsets.length; i++) lineOffsets[i] += diff;
        }
      } else if (isFull(change)) {
        this.lastEditedLine = 0;
        this.partList = splitBundleFile(change.text);
        this.placeParts(0);
        this.whole = change.text;
        this.lineOffsets = undefined;
      } else {
        throw new Error('Unknown change event received');
      }
    }
    this.version = version;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.length), 0);
    const lineOffsets = this.getLineOffsets();
    let low = 0;
    let high = lineOffsets.length;
    if (high === 0) return { line: 0, character: offset };
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    // low is the least x for which the line offset is larger than the offset, or the number of lines.
    const line = low - 1;
    offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
    return { line, character: offset - lineOffsets[line] };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.getLineOffsets();
    if (position.line >= lineOffsets.length) return this.length;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this.length;
    const offset = Math.min(lineOffset + position.character, nextLineOffset);
    return this.ensureBeforeEOL(offset, lineOffset);
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length) {
      const lastLine = lineOffsets.length - 1;
      return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this.length - lineOffsets[lastLine] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const startOffset = lineOffsets[line];
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.length;
    const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
    return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length || line < 0) return '';
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.length;
    return this.substring(this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]), nextLineOffset);
  }

  get lineCount(): number {
    return this.getLineOffsets().length;
  }

  /** Makes the text `text.substring(0, startOffset) + inserted + text.substring(endOffset)`, as the library does. */
  private replace(startOffset: number, endOffset: number, inserted: string): void {
    const start = startOffset === undefined ? this.length : this.clamp(startOffset);
    const end = this.clamp(endOffset);
    // Offsets from a range past the last line (which the library's line offsets do not survive) may cross.
    if (end < start) this.replaceSpan(start, start, inserted + this.substring(end, start));
    else this.replaceSpan(start, end, inserted);
  }

  /**
   * Replaces a span of the text. The parts from the last one whose header line stands wholly before
   * the span to the first one that starts after it are cut anew: the headers around stay headers.
   */
  private replaceSpan(start: number, end: number, text: string): void {
    const parts = this.partList;
    const before = this.partAt(Math.max(start - 1, 0));
    const first = before > 0 && this.starts[before] + parts[before].head.length < start ? before : Math.max(before - 1, 0);
    const last = this.partAt(end) + 1;
    const from = this.starts[first];
    const old = this.substring(from, last < parts.length ? this.starts[last] : this.length);
    const cut = splitBundleFile(old.slice(0, start - from) + text + old.slice(end - from));
    // Past the first part the text cut starts with that part's header: nothing stands before it.
    this.partList = [...parts.slice(0, first), ...(first > 0 ? cut.slice(1) : cut), ...parts.slice(last)];
    this.placeParts(first);
    this.whole = undefined;
  }

  /** Sets where the parts from `from` on start, and the length. */
  private placeParts(from: number): void {
    const { partList: parts, starts } = this;
    starts.length = parts.length;
    for (let i = from; i < parts.length; i++) starts[i] = i === 0 ? 0 : starts[i - 1] + parts[i - 1].head.length + parts[i - 1].text.length;
    const lastPart = parts[parts.length - 1];
    this.length = starts[parts.length - 1] + lastPart.head.length + lastPart.text.length;
  }

  /** The last part that starts at or before an offset. */
  private partAt(offset: number): number {
    let [low, high] = [0, this.starts.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** An offset as String.substring reads one, within the text. */
  private clamp(offset: number): number {
    return Math.min(Math.max(toInteger(offset), 0), this.length);
  }

  /** As String.charCodeAt on the text: NaN outside it. */
  private charCodeAt(offset: number): number {
    offset = toInteger(offset);
    if (offset < 0 || offset >= this.length) return NaN;
    const index = this.partAt(offset);
    const { head, text } = this.partList[index];
    const at = offset - this.starts[index];
    return at < head.length ? head.charCodeAt(at) : text.charCodeAt(at - head.length);
  }

  /** As String.substring on the text. */
  private substring(start: number, end: number): string {
    start = this.clamp(start);
    end = end === undefined ? this.length : this.clamp(end);
    if (start > end) [start, end] = [end, start];
    let out = '';
    for (let i = this.partAt(start); i < this.partList.length && this.starts[i] < end; i++) {
      const { head, text } = this.partList[i];
      const at = this.starts[i];
      out += head.slice(Math.max(start - at, 0), Math.max(end - at, 0));
      out += text.slice(Math.max(start - at - head.length, 0), Math.max(end - at - head.length, 0));
    }
    return out;
  }

  private ensureBeforeEOL(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isEOL(this.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  private getLineOffsets(): number[] {
    if (this.lineOffsets === undefined) {
      // computeLineOffsets over the parts: a CR ending one piece may pair with an LF starting the next.
      const offsets = [0];
      let at = 0;
      let afterCarriageReturn = false;
      for (const { head, text } of this.partList) {
        for (const piece of [head, text]) {
          for (let i = 0; i < piece.length; i++, at++) {
            const char = piece.charCodeAt(i);
            if (char === LINE_FEED && afterCarriageReturn) offsets[offsets.length - 1] = at + 1;
            else if (isEOL(char)) offsets.push(at + 1);
            afterCarriageReturn = char === CARRIAGE_RETURN;
          }
        }
      }
      this.lineOffsets = offsets;
    }
    return this.lineOffsets;
  }
}

/** What TextDocuments makes and updates: BundleDocuments. */
export const BUNDLE_DOCUMENTS: TextDocumentsConfiguration<BundleDocument> = {
  create: (uri, languageId, version, content) => new BundleDocument(uri, languageId, version, content),
  update: (document, changes, version) => {
    document.update(changes, version);
    return document;
  },
};

function computeLineOffsets(text: string, isAtLineStart: boolean, textOffset = 0): number[] {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (isEOL(char)) {
      if (char === CARRIAGE_RETURN && i + 1 < text.length && text.charCodeAt(i + 1) === LINE_FEED) i++;
      result.push(textOffset + i + 1);
    }
  }
  return result;
}

/** A number as String methods read an index: NaN is 0 (and so is undefined, which the library's line offsets give past a range beyond the last line). */
function toInteger(value: number): number {
  const number = Number(value);
  return Number.isNaN(number) ? 0 : Math.trunc(number);
}

function isEOL(char: number): boolean {
  return char === CARRIAGE_RETURN || char === LINE_FEED;
}

function wellformed(range: Range): Range {
  const { start, end } = range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return { start: end, end: start };
  return range;
}

function isIncremental(event: TextDocumentContentChangeEvent): event is { range: Range; rangeLength?: number; text: string } {
  const candidate = event as { range?: Range; rangeLength?: number; text?: unknown };
  return candidate !== undefined && candidate !== null && typeof candidate.text === 'string' && candidate.range !== undefined && (candidate.rangeLength === undefined || typeof candidate.rangeLength === 'number');
}

function isFull(event: TextDocumentContentChangeEvent): event is { text: string } {
  const candidate = event as { range?: Range; rangeLength?: number; text?: unknown };
  return candidate !== undefined && candidate !== null && typeof candidate.text === 'string' && candidate.range === undefined && candidate.rangeLength === undefined;
}
