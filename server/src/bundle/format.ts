// The two forms of a bundle (a `.seeds` file, or a folder of `NNN_ID.txt` seed files) read
// into one list of seeds. See shared/spec/seed-bundle-format.md.
import { BundleText, FormatProblem, Seed } from './model';

/** `003_19b504dd35637c16.txt`: an ordinal of three digits or more, `_`, a lowercase hex id. */
const SEED_FILE_NAME = /^\d{3,}_[0-9a-f]+\.txt$/;

/**
 * `=== NAME` (canonical) or `==> some/dir/NAME <==` (what `tail -n +1` prints). A byte order mark
 * may stand before it: an editor that keeps the file's, or files with one joined by `cat`.
 */
const HEADER = /^\uFEFF?(?:===(?: (.*))?|==> (.*) <==)$/;

const LINE_CONTENT = /[^\r\n]*/y;
/** What trim() keeps: JavaScript's white space and line terminators are the same set as `\s`. */
const NOT_SPACE = /\S/;
const LINE_END = /\r\n|\r|\n|/y;

export function isSeedFileName(name: string): boolean {
  return SEED_FILE_NAME.test(name);
}

/** A header's seed name: the last part of the path it gives. */
function seedNameOf(headerPath: string): string {
  return headerPath.trim().split(/[\\/]/).pop() ?? '';
}

/**
 * A part of the file form cut at its headers: a header line with the seed text after it, or (the
 * first part) the text before the first header. The parts' texts joined are the file's text.
 */
export interface FilePart {
  /** The header line with its line end ('' for the first part). */
  head: string;
  /** The header line's length without its line end. */
  headLength: number;
  /** The seed name the header gives ('' when it gives none, and for the first part). */
  name: string;
  /** From the line after the header to the next header: the seed's text. */
  text: string;
}

/** Cuts the file form's text at its header lines; the first part is the text before the first header. */
export function splitBundleFile(text: string): FilePart[] {
  const parts: FilePart[] = [];
  let open = { head: '', headLength: 0, name: '', textStart: 0 };
  const close = (end: number) => {
    const { head, headLength, name, textStart } = open;
    parts.push({ head, headLength, name, text: text.slice(textStart, end) });
  };

  // Only lines with `==` are looked at (a header starts with it, after a byte order mark at most).
  for (let at = text.indexOf('=='); at >= 0; at = text.indexOf('==', at + 2)) {
    const lineStart = text[at - 1] === '\uFEFF' ? at - 1 : at;
    if (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') continue;
    LINE_CONTENT.lastIndex = lineStart;
    const content = LINE_CONTENT.exec(text)![0];
    LINE_END.lastIndex = lineStart + content.length;
    const textStart = lineStart + content.length + LINE_END.exec(text)![0].length;
    at = textStart - 2;
    const header = HEADER.exec(content);
    if (!header) continue;
    close(lineStart);
    const name = seedNameOf(header[1] ?? header[2] ?? '');
    open = { head: text.slice(lineStart, textStart), headLength: content.length, name, textStart };
  }
  close(text.length);
  return parts;
}

/** Reads the file form. `file` names the file in every seed and problem. */
export function readBundleFile(file: string, text: string): BundleText {
  return readBundleParts(file, splitBundleFile(text));
}

/** Reads the file form from its parts (see splitBundleFile). `file` names the file in every seed and problem. */
export function readBundleParts(file: string, parts: readonly FilePart[]): BundleText {
  const seeds: Seed[] = [];
  const problems: FormatProblem[] = [];
  let start = parts[0].text.length;
  for (let i = 1; i < parts.length; i++) {
    const { head, headLength, name, text } = parts[i];
    const span = { start, end: start + headLength };
    if (!name) {
      problems.push({ code: 'seed-format', message: 'seed header without a name', file, span, related: [], fatal: true });
    } else if (!isSeedFileName(name)) {
      problems.push({ code: 'seed-format', message: `seed name "${name}" is not of the form NNN_ID.txt`, file, span, related: [], fatal: false });
    }
    seeds.push({ name, file, offset: start + head.length, text, header: span });
    start += head.length + text.length;
  }

  if (seeds.length === 0) {
    problems.push({ code: 'seed-format', message: 'no seeds: a seed starts with a header line "=== NNN_ID.txt"', file, span: { start: 0, end: 0 }, related: [], fatal: true });
  }
  for (const seed of seeds) {
    // Not `trim() === ''`: that copies every seed's text on every keystroke to find the first letter.
    if (!NOT_SPACE.test(seed.text) && seed.header) {
      problems.push({ code: 'seed-format', message: `seed ${seed.name || '(no name)'} is empty`, file, span: seed.header, related: [], fatal: false });
    }
  }
  problems.push(...duplicateProblems(seeds));
  return { form: 'file', path: file, seeds, problems };
}

/**
 * Reads the folder form from the files of one folder (all of them: the ones that are not
 * seed files are left out here). Seeds come in the order of their ordinals. A file given with
 * an `error` (it could not be read as text) is left out, with a problem that says why.
 */
export function readBundleFolder(folder: string, files: { name: string; file: string; text: string; error?: string }[]): BundleText {
  const seedFiles = files.filter((f) => isSeedFileName(f.name));
  const seeds: Seed[] = seedFiles
    .filter((f) => f.error === undefined)
    .sort((a, b) => compareSeedNames(a.name, b.name))
    .map((f) => ({ name: f.name, file: f.file, offset: 0, text: f.text }));
  const problems: FormatProblem[] = [];
  for (const f of seedFiles) {
    if (f.error !== undefined) {
      problems.push({ code: 'seed-format', message: `seed ${f.name} is left out: ${f.error}`, file: f.file, span: { start: 0, end: 0 }, related: [], fatal: false });
    }
  }
  if (seeds.length === 0) {
    problems.push({ code: 'seed-format', message: 'no seed files (NNN_ID.txt) in this folder', file: folder, span: { start: 0, end: 0 }, related: [], fatal: true });
  }
  for (const seed of seeds) {
    if (seed.text.trim() === '') {
      problems.push({ code: 'seed-format', message: `seed ${seed.name} is empty`, file: seed.file, span: { start: 0, end: 0 }, related: [], fatal: false });
    }
  }
  return { form: 'folder', path: folder, seeds, problems };
}

function compareSeedNames(a: string, b: string): number {
  const ordinal = (name: string) => parseInt(name, 10);
  return ordinal(a) - ordinal(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function duplicateProblems(seeds: Seed[]): FormatProblem[] {
  const first = new Map<string, Seed>();
  const problems: FormatProblem[] = [];
  for (const seed of seeds) {
    if (!seed.name) continue;
    const earlier = first.get(seed.name);
    if (!earlier) {
      first.set(seed.name, seed);
      continue;
    }
    problems.push({
      code: 'seed-duplicate',
      message: `two seeds are named ${seed.name}`,
      file: seed.file,
      span: seed.header ?? { start: 0, end: 0 },
      related: [{ file: earlier.file, span: earlier.header ?? { start: 0, end: 0 }, message: `first seed named ${seed.name}` }],
      fatal: true,
    });
  }
  return problems;
}

/** The file form of some seeds: canonical headers, each seed's text ending with a newline. */
export function packSeeds(seeds: { name: string; text: string }[], preamble = ''): string {
  let out = preamble;
  for (const seed of seeds) {
    out += `=== ${seed.name}\n${seed.text}`;
    if (!/[\r\n]$/.test(seed.text)) out += '\n';
  }
  return out;
}
