// The disk, for the server and the command: text files read strictly (UTF-8, no binary).
import * as fs from 'fs';

export type TextRead = { text: string } | { error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a UTF-8 text file; a byte order mark is not part of the text. */
export function readTextFile(path: string): TextRead {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path);
  } catch (e) {
    return { error: describeFsError(e) };
  }
  return decodeText(bytes);
}

export function decodeText(bytes: Uint8Array): TextRead {
  if (bytes.includes(0)) return { error: 'binary file (it contains NUL bytes), not a seed bundle' };
  try {
    return { text: utf8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { error: 'not valid UTF-8 text' };
  }
}

/** The names in a folder, or an error. */
export function listFolder(path: string): { names: string[] } | { error: string } {
  try {
    return { names: fs.readdirSync(path) };
  } catch (e) {
    return { error: describeFsError(e) };
  }
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'ENOTDIR') return 'is a file, not a folder';
  return (e as Error)?.message ?? String(e);
}
