// The one place that knows about open documents and the disk. It says which bundle a
// document belongs to and reads that bundle, preferring the editor's text to the disk's.
import { isSeedFileName, readBundleFolder, readBundleParts } from './bundle/format';
import { BundleText } from './bundle/model';
import { TextRead } from './disk';
import { BundleDocument } from './document';

/** Files by URI. */
export interface Files {
  /** A file's text, or why it cannot be read as text (absent, not UTF-8, binary...). */
  read(uri: string): TextRead;
  /** The names of the entries of a folder (empty where it cannot be listed). */
  list(folderUri: string): string[];
}

export interface OpenDocuments {
  get(uri: string): BundleDocument | undefined;
  /** The URIs of the open documents. */
  keys(): Iterable<string>;
}

/** Which bundle a URI is part of: a `.seeds` file (or an untitled editor) is one; a seed file is part of its folder's. */
export function bundleKeyOf(uri: string): { key: string; form: 'file' | 'folder' } | undefined {
  // An untitled editor set to the language (the client sends only those): a bundle pasted in, not saved yet.
  if (/\.seeds$/i.test(uri) || uri.startsWith('untitled:')) return { key: uri, form: 'file' };
  const slash = uri.lastIndexOf('/');
  if (slash > 0 && isSeedFileName(decodedOrEmpty(uri.slice(slash + 1)))) return { key: uri.slice(0, slash), form: 'folder' };
  return undefined;
}

/** A URI part decoded; a part with malformed escapes (`%E0%A4%A`) names no seed file. */
function decodedOrEmpty(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}

/**
 * What the disk gives, or the fallback: a URI no path can be made of (malformed escapes) makes the
 * disk throw, and that must not break every request on its bundle, or workspace symbols for all.
 */
function fromDisk<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

export class Workspace {
  private readonly diskDocuments = new Map<string, BundleDocument>();
  private readonly folderNames = new Map<string, string[]>();
  private readonly optionalTexts = new Map<string, string | undefined>();
  /** Why files the disk could not give as text were read as empty. */
  private readonly unreadable = new Map<string, string>();

  constructor(
    private readonly files: Files,
    private readonly open: OpenDocuments,
  ) {}

  /** The text of a file: the editor's where it is open, else the disk's (empty if unreadable). */
  document(uri: string): BundleDocument {
    const open = this.open.get(uri);
    if (open) return open;
    let doc = this.diskDocuments.get(uri);
    if (!doc) {
      const read = this.readDisk(uri);
      if ('error' in read) this.unreadable.set(uri, read.error);
      doc = new BundleDocument(uri, 'seed-bundle', 0, 'text' in read ? read.text : '');
      this.diskDocuments.set(uri, doc);
    }
    return doc;
  }

  readBundle(key: string, form: 'file' | 'folder'): BundleText {
    if (form === 'file') return readBundleParts(key, this.document(key).parts);
    let listed = this.folderNames.get(key);
    if (!listed) {
      listed = fromDisk(() => this.files.list(key), []).filter(isSeedFileName);
      this.folderNames.set(key, listed);
    }
    // An open seed file is part of its folder's bundle even where the disk does not list it: not
    // saved yet, deleted meanwhile, or in a virtual workspace whose folder cannot be listed.
    const names = new Set(listed);
    for (const uri of this.open.keys()) if (bundleKeyOf(uri)?.key === key) names.add(uri.slice(key.length + 1));
    const files = [...names].map((name) => {
      const file = `${key}/${name}`;
      const text = this.document(file).getText();
      const error = this.open.get(file) ? undefined : this.unreadable.get(file);
      return { name, file, text, ...(error === undefined ? {} : { error }) };
    });
    return readBundleFolder(key, files);
  }

  /** The text of a file that may well be absent (a bundle's config): undefined where there is none. */
  optionalText(uri: string): string | undefined {
    const open = this.open.get(uri);
    if (open) return open.getText();
    if (!this.optionalTexts.has(uri)) {
      const read = this.readDisk(uri);
      this.optionalTexts.set(uri, 'text' in read ? read.text : undefined);
    }
    return this.optionalTexts.get(uri);
  }

  private readDisk(uri: string): TextRead {
    return fromDisk(() => this.files.read(uri), { error: 'a file the disk cannot open by this URI' });
  }

  /** Forgets what the disk said of a file (it changed, appeared or went). */
  fileChanged(uri: string): void {
    this.diskDocuments.delete(uri);
    this.optionalTexts.delete(uri);
    this.unreadable.delete(uri);
    const bundle = bundleKeyOf(uri);
    if (bundle?.form === 'folder') this.folderNames.delete(bundle.key);
  }
}
