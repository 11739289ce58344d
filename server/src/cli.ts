// The `seed-bundle` command: the same analysis as the editor, for CI and any LSP editor.
// See shared/spec/cli-and-json.md; exit codes: 0 fine, 1 check found problems, 2 bad usage or input.
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from './bundle/analyze';
import { isSeedFileName, packSeeds, readBundleFile, readBundleFolder } from './bundle/format';
import { BundleText } from './bundle/model';
import { BundleSettings, combineSettings, configFileOf, readConfig, withoutIgnored } from './config';
import { decodeText, describeFsError, listFolder, readTextFile } from './disk';
import { problems } from './features/diagnostics';
import { bundleJson, JSON_VERSION, problemJson, writeJson } from './features/json';
import { sarifLog } from './features/sarif';
import { BundleView } from './features/view';

const USAGE = `usage:
  seed-bundle analyze PATH...                 the model of each bundle as JSON on stdout
  seed-bundle check PATH... [--format text|json|sarif]
                                              problems only; exit 1 when any warning or error
  seed-bundle pack DIR -o FILE.seeds          folder form -> file form
  seed-bundle unpack FILE.seeds -o DIR        file form -> folder form; never overwrites a file
  seed-bundle lsp --stdio                     the language server, for any LSP editor
A PATH is a .seeds file, a folder of seed files (NNN_ID.txt), or - for a bundle on stdin.`;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  stdin(): Buffer;
}

const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  stdin: () => fs.readFileSync(0),
};

/** Bad usage or input: one clear line, exit 2. */
class InputError extends Error {}

/**
 * The file of a folder bundle that holds its file form's preamble (the text before the first
 * header): `unpack` writes it and `pack` puts it back before the first seed. It is not a seed
 * file, so nothing else reads it.
 */
export const PREAMBLE_FILE_NAME = 'preamble.txt';

/** A bundle read from disk or stdin, with the text of every file it names. */
interface LoadedBundle {
  text: BundleText;
  documents: Map<string, TextDocument>;
}

export function main(argv: string[], io: Io = processIo): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'analyze':
        return analyze(rest, io);
      case 'check':
        return check(rest, io);
      case 'pack':
        return pack(rest, io);
      case 'unpack':
        return unpack(rest, io);
      case 'lsp':
        // Loaded here only: the language server's libraries add a fifth to the start of every other command.
        (require('./server') as typeof import('./server')).runServer();
        return 0;
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        (command ? io.out : io.err)(`${USAGE}\n`);
        return command ? 0 : 2;
      default:
        throw new InputError(`unknown command "${command}"\n${USAGE}`);
    }
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`seed-bundle: ${e.message}\n`);
      return 2;
    }
    io.err(`seed-bundle: internal error: ${(e as Error)?.message ?? e} (please report this)\n`);
    return 2;
  }
}

/**
 * Reads and analyses each PATH with the settings of its config file. Exit 2 when any input
 * could not be read or breaks the format; what could be read is analysed all the same.
 */
function analyzeAll(paths: string[], io: Io): { views: { view: BundleView; settings: BundleSettings }[]; exit: number } {
  let exit = 0;
  const views = [];
  for (const p of paths) {
    const loaded = load(p, io);
    if (!loaded) {
      exit = 2;
      continue;
    }
    if (reportFatal(loaded, io)) exit = 2;
    const { settings, ok } = settingsOf(loaded, io);
    if (!ok) exit = 2;
    views.push({ view: viewOf(loaded, settings), settings });
  }
  return { views, exit };
}

function analyze(args: string[], io: Io): number {
  const { paths } = parseArgs(args, []);
  const { views, exit } = analyzeAll(paths, io);
  const bundles = views.map(({ view, settings }) => bundleJson(view, settings.severity));
  writeJson({ version: JSON_VERSION, bundles }, io.out);
  io.out('\n');
  return exit;
}

function check(args: string[], io: Io): number {
  const { paths, options } = parseArgs(args, ['--format']);
  const format = options['--format'] ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new InputError(`--format takes text, json or sarif, not "${format}"`);
  const analysed = analyzeAll(paths, io);
  let exit = analysed.exit;
  const found = analysed.views.flatMap(({ view, settings }) => problems(view, settings.severity));
  if (format !== 'text') {
    writeJson(format === 'json' ? { version: JSON_VERSION, diagnostics: found.map(problemJson) } : sarifLog(found, packageVersion()), io.out);
    io.out('\n');
  } else {
    const inReadingOrder = [...found].sort(
      (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
    );
    for (const p of inReadingOrder) io.out(`${p.file}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.severity} ${p.code}: ${p.message}\n`);
    io.out(`${found.length} problem${found.length === 1 ? '' : 's'}\n`);
  }
  if (exit === 0 && found.some((p) => p.severity === 'error' || p.severity === 'warning')) exit = 1;
  return exit;
}

function pack(args: string[], io: Io): number {
  const { paths, options } = parseArgs(args, ['-o']);
  const output = options['-o'];
  if (paths.length !== 1 || !output) throw new InputError('pack takes one folder and -o FILE.seeds');
  const loaded = load(paths[0], io);
  if (!loaded) return 2;
  if (loaded.text.form !== 'folder') throw new InputError(`${paths[0]}: pack takes a folder of seed files`);
  if (reportFatal(loaded, io)) return 2;
  const target = path.resolve(output);
  const preambleFile = path.join(paths[0], PREAMBLE_FILE_NAME);
  const input = loaded.text.seeds.find((s) => path.resolve(s.file) === target);
  if (input) throw new InputError(`${output}: is one of the seeds being packed; refusing to write over it`);
  if (path.resolve(preambleFile) === target) throw new InputError(`${output}: is the preamble being packed; refusing to write over it`);
  if (isTaken(target)) throw new InputError(`${output}: already exists; refusing to overwrite it`);
  for (const seed of loaded.text.seeds) {
    const headerLike = headerLikeLine(seed.text);
    if (headerLike !== undefined) throw new InputError(`${seed.file}:${headerLike + 1}: a line that reads as a seed header; the packed file would split this seed there`);
  }
  const preamble = readPreamble(preambleFile);
  writeNew(target, packSeeds(loaded.text.seeds, preamble));
  io.err(`packed ${loaded.text.seeds.length} seeds${preamble ? `, after the preamble in ${preambleFile},` : ''} into ${output}\n`);
  return 0;
}

/** The folder's preamble file, ending with a line break, or '' when there is none. */
function readPreamble(file: string): string {
  if (!isTaken(file)) return '';
  const read = readTextFile(file);
  if ('error' in read) throw new InputError(`${file}: ${read.error}`);
  const headerLike = headerLikeLine(read.text);
  if (headerLike !== undefined) throw new InputError(`${file}:${headerLike + 1}: a line that reads as a seed header; the packed file would start a seed there`);
  return read.text === '' || /[\r\n]$/.test(read.text) ? read.text : `${read.text}\n`;
}

function unpack(args: string[], io: Io): number {
  const { paths, options } = parseArgs(args, ['-o']);
  const output = options['-o'];
  if (paths.length !== 1 || !output) throw new InputError('unpack takes one FILE.seeds and -o DIR');
  const loaded = load(paths[0], io);
  if (!loaded) return 2;
  if (loaded.text.form !== 'file') throw new InputError(`${paths[0]}: unpack takes a .seeds file`);
  if (reportFatal(loaded, io)) return 2;
  const document = loaded.documents.get(loaded.text.path)!;
  // A seed file the folder form does not read would lose its seed on the way back: write none.
  const oddNames = loaded.text.seeds.filter((seed) => !isSeedFileName(seed.name));
  for (const seed of oddNames) {
    const line = document.positionAt(seed.header!.start).line + 1;
    io.err(
      `seed-bundle: ${loaded.text.path}:${line}: seed name "${seed.name}" is not of the form NNN_ID.txt (like 003_19b504dd35637c16.txt), ` +
        `the only files a folder bundle reads; rename the seed in its header. Nothing was written\n`,
    );
  }
  if (oddNames.length > 0) return 2;
  const targets = loaded.text.seeds.map((seed) => ({ file: path.join(output, seed.name), text: /[\r\n]$/.test(seed.text) ? seed.text : `${seed.text}\n` }));
  // The text before the first header, kept beside the seeds for pack (blank lines alone are no text).
  const preamble = document.getText().slice(0, loaded.text.seeds[0].header!.start);
  const preambleFile = path.join(output, PREAMBLE_FILE_NAME);
  const keepsPreamble = preamble.trim() !== '';
  if (keepsPreamble) targets.push({ file: preambleFile, text: preamble });
  if (isTaken(output) && !fs.statSync(output, { throwIfNoEntry: false })?.isDirectory()) throw new InputError(`${output}: is not a folder; nothing was written`);
  const existing = targets.find((t) => isTaken(t.file));
  if (existing) throw new InputError(`${existing.file}: already exists; nothing was written`);
  try {
    fs.mkdirSync(output, { recursive: true });
  } catch (e) {
    throw new InputError(`${output}: ${describeFsError(e)}; nothing was written`);
  }
  for (const { file, text } of targets) writeNew(file, text);
  io.err(`unpacked ${loaded.text.seeds.length} seeds into ${output}${keepsPreamble ? `, and the text before the first header into ${preambleFile}` : ''}\n`);
  return 0;
}

/** Whether anything stands at a path, a link to nowhere included: writing there would fail half-way through. */
function isTaken(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/** Writes a file that must not exist yet; the `wx` flag refuses to replace one that appeared meanwhile. */
function writeNew(file: string, text: string): void {
  try {
    fs.writeFileSync(file, text, { flag: 'wx' });
  } catch (e) {
    throw new InputError(`${file}: ${describeFsError(e)}`);
  }
}

/** The line index of the first line in a seed's text that a reader would take for a header. */
function headerLikeLine(text: string): number | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const index = lines.findIndex((line) => readBundleFile('', `${line}\n`).seeds.length > 0);
  return index < 0 ? undefined : index;
}

function parseArgs(args: string[], valued: string[]): { paths: string[]; options: Record<string, string> } {
  const paths: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (valued.includes(arg)) {
      if (i + 1 >= args.length) throw new InputError(`${arg} needs a value`);
      options[arg] = args[++i];
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new InputError(`unknown option "${arg}"`);
    } else paths.push(arg);
  }
  if (paths.length === 0) throw new InputError(`no PATH given\n${USAGE}`);
  return { paths, options };
}

/** Reads a PATH into a bundle; on unreadable input, says why on stderr and gives undefined. */
function load(given: string, io: Io): LoadedBundle | undefined {
  const fail = (where: string, why: string) => {
    io.err(`seed-bundle: ${where}: ${why}\n`);
    return undefined;
  };
  const documents = new Map<string, TextDocument>();
  const keep = (file: string, text: string) => documents.set(file, TextDocument.create(file, 'seed-bundle', 0, text));

  if (given === '-') {
    const read = decodeText(io.stdin());
    if ('error' in read) return fail('-', read.error);
    keep('-', read.text);
    return { text: readBundleFile('-', read.text), documents };
  }
  let isFolder: boolean;
  try {
    isFolder = fs.statSync(given).isDirectory();
  } catch (e) {
    return fail(given, describeFsError(e));
  }
  if (!isFolder) {
    const read = readTextFile(given);
    if ('error' in read) return fail(given, read.error);
    keep(given, read.text);
    return { text: readBundleFile(given, read.text), documents };
  }
  const listed = listFolder(given);
  if ('error' in listed) return fail(given, listed.error);
  const files = [];
  for (const name of listed.names.filter(isSeedFileName)) {
    const file = path.join(given, name);
    const read = readTextFile(file);
    if ('error' in read) return fail(file, read.error);
    keep(file, read.text);
    files.push({ name, file, text: read.text });
  }
  return { text: readBundleFolder(given, files), documents };
}

/** Says each problem that breaks the format on stderr; true when there was one. */
function reportFatal(loaded: LoadedBundle, io: Io): boolean {
  const fatal = loaded.text.problems.filter((p) => p.fatal);
  for (const p of fatal) {
    const doc = loaded.documents.get(p.file);
    const where = doc ? `${p.file}:${doc.positionAt(p.span.start).line + 1}` : p.file;
    const also = p.related.map((r) => {
      const other = loaded.documents.get(r.file);
      return ` (${r.message}: ${r.file}${other ? `:${other.positionAt(r.span.start).line + 1}` : ''})`;
    });
    io.err(`seed-bundle: ${where}: ${p.message}${also.join('')}\n`);
  }
  return fatal.length > 0;
}

/**
 * The settings of the bundle's `.seed-bundle.json` (beside it; for stdin, in the current folder),
 * as the editor reads them: what is right in it applies, and each mistake is said on stderr (not ok).
 */
function settingsOf(loaded: LoadedBundle, io: Io): { settings: BundleSettings; ok: boolean } {
  const file = configFileOf(loaded.text.path, loaded.text.form);
  if (!fs.existsSync(file)) return { settings: combineSettings(), ok: true };
  const read = readTextFile(file);
  if ('error' in read) {
    io.err(`seed-bundle: ${file}: ${read.error}\n`);
    return { settings: combineSettings(), ok: false };
  }
  const config = readConfig(read.text);
  const document = TextDocument.create(file, 'json', 0, read.text);
  for (const problem of config.problems) {
    const at = document.positionAt(problem.start);
    io.err(`seed-bundle: ${file}:${at.line + 1}:${at.character + 1}: ${problem.message}\n`);
  }
  return { settings: combineSettings(config.layer), ok: config.problems.length === 0 };
}

/** The bundle analysed with its settings, ignored findings left out. */
function viewOf(loaded: LoadedBundle, settings: BundleSettings): BundleView {
  const analysis = withoutIgnored(new Analyzer().analyze(loaded.text, { maxBundleSize: settings.maxBundleSize, quoteSimilarity: settings.quoteSimilarity }), settings.ignore);
  const empty = TextDocument.create('', 'seed-bundle', 0, '');
  return new BundleView(analysis, (file) => loaded.documents.get(file) ?? empty);
}

function packageVersion(): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')).version;
  } catch {
    return '0.0.0';
  }
}

/** Runs the command on the process's arguments (bin/seed-bundle.js calls this). */
export function run(): void {
  // A reader that stops early (`seed-bundle analyze … | head`) closes the pipe: the output ends there, quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.stderr.write(`seed-bundle: cannot write the output: ${e.message}\n`);
    process.exit(e.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
  });
  const code = main(process.argv.slice(2));
  // The server sets its own exit code when it ends; one that could not start exits 2 like any command.
  if (process.argv[2] !== 'lsp' || code !== 0) process.exitCode = code;
}
