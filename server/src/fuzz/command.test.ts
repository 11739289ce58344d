// The `seed-bundle` command over bytes and on disk: any bytes on stdin give the JSON of the contract
// or one clear line and exit 2 (never a stack trace), a byte order mark shifts no range, and pack and
// unpack keep every seed while never writing over a file.
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isSeedFileName, readBundleFile } from '../bundle/format';
import { Io, main } from '../cli';
import { decodeText } from '../disk';
import { fuzzParameters } from './budget';
import { bundle, bundleBytes, folderFiles } from './generate';
import { checkBundleJson } from './invariants';

function run(args: string[], stdin: Uint8Array = new Uint8Array()): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), stdin: () => Buffer.from(stdin) };
  return { code: main(args, io), out, err };
}

/** Every line on stderr is the command's own, one line per problem, no stack trace. */
function assertCleanErrors(err: string): void {
  for (const line of err.split('\n').filter(Boolean)) assert.match(line, /^seed-bundle: -(:\d+)?: \S/, `stderr line ${JSON.stringify(line)}`);
}

function withTempDir(use: (dir: string) => void): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-bundle-fuzz-'));
  try {
    use(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Every file under a folder with its bytes and modification time. */
function snapshot(dir: string): Map<string, { bytes: string; mtime: number }> {
  const files = new Map<string, { bytes: string; mtime: number }>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    files.set(path.relative(dir, file), { bytes: fs.readFileSync(file).toString('base64'), mtime: fs.statSync(file).mtimeMs });
  }
  return files;
}

test('command: bytes on stdin: the JSON of the contract, or one clear line and exit 2', () => {
  fc.assert(
    fc.property(bundleBytes, (bytes) => {
      const analyzed = run(['analyze', '-'], bytes);
      assertCleanErrors(analyzed.err);
      const json = JSON.parse(analyzed.out);
      assert.equal(json.version, 1);
      const decoded = decodeText(bytes);
      if ('error' in decoded) {
        assert.deepEqual([analyzed.code, analyzed.err, json.bundles], [2, `seed-bundle: -: ${decoded.error}\n`, []]);
        return;
      }
      const fatal = readBundleFile('-', decoded.text).problems.filter((p) => p.fatal);
      assert.equal(analyzed.code, fatal.length > 0 ? 2 : 0, analyzed.err);
      assert.equal(analyzed.err.split('\n').filter(Boolean).length, fatal.length, 'one line per problem that breaks the format');
      const document = TextDocument.create('-', 'seed-bundle', 0, decoded.text);
      checkBundleJson(json.bundles[0], (file) => (file === '-' ? document : undefined));

      const checked = run(['check', '-', '--format', 'json'], bytes);
      assert.deepEqual(JSON.parse(checked.out).diagnostics, json.bundles[0].diagnostics, 'check and analyze report the same problems');
      const failing = json.bundles[0].diagnostics.some((d: { severity: string }) => d.severity === 'error' || d.severity === 'warning');
      assert.equal(checked.code, fatal.length > 0 ? 2 : failing ? 1 : 0);

      const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bytes)]);
      const bomFirst = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      assert.equal(run(['analyze', '-'], bomFirst ? bytes.subarray(3) : withBom).out, analyzed.out, 'a byte order mark moves no range');
    }),
    fuzzParameters('command: bytes on stdin'),
  );
});

test('command: text that is not UTF-8, or binary, is one clear line and exit 2 (examples)', () => {
  const cases: [Buffer, string][] = [
    [Buffer.from('=== 000_aa.txt\ncaf\xe9 "ol\xe9"\n', 'latin1'), 'not valid UTF-8 text'],
    [Buffer.from([0x3d, 0x3d, 0x3d, 0x20, 0x30, 0x0a, 0xed, 0xa0, 0x80]), 'not valid UTF-8 text'], // an encoded lone surrogate
    [Buffer.from([0xff, 0xfe, 0x3d, 0x00, 0x3d, 0x00]), 'binary file (it contains NUL bytes), not a seed bundle'], // UTF-16
  ];
  for (const [bytes, message] of cases) {
    for (const command of ['analyze', 'check']) {
      const result = run([command, '-'], bytes);
      assert.deepEqual([result.code, result.err], [2, `seed-bundle: -: ${message}\n`], `${command} ${bytes.toString('hex')}`);
    }
  }
});

test('command: ranges count UTF-16 code units after a BOM, across CRLF and lone CR line ends', () => {
  const seed = 'Ферри 🙂 closes\r\n\r\n🇺🇦 “Ні, 🙂 ok,” Dana Mills said on Monday in Kyiv.\rMore text follows here for the story.\n';
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`=== 000_aa.txt\r\n${seed}`)]);
  const result = run(['analyze', '-'], bytes);
  assert.equal(result.code, 0, result.err);
  const quote = JSON.parse(result.out).bundles[0].quotes.find((q: { text: string }) => q.text.startsWith('Ні'));
  assert.ok(quote, result.out);
  // Line 3 (0-based): `🇺🇦 “` is 4 + 1 + 1 code units before the quote's first letter.
  assert.deepEqual(quote.range, { start: { line: 3, character: 6 }, end: { line: 3, character: 6 + 'Ні, 🙂 ok,'.length } });
});

/** Folder files that can be files: no path separators, no empty or dot names, each name once. */
const diskFolder = folderFiles.map((files) => files.filter((f) => /^[^/\\]+$/.test(f.name) && f.name !== '.' && f.name !== '..'));

test('command: pack and unpack on disk: every seed back as it was, no input touched', () => {
  fc.assert(
    fc.property(diskFolder, (files) =>
      withTempDir((dir) => {
        const folder = path.join(dir, 'in');
        fs.mkdirSync(folder);
        for (const f of files) fs.writeFileSync(path.join(folder, f.name), f.text);
        const before = snapshot(folder);
        const packed = path.join(dir, 'b.seeds');
        const seeds = files.filter((f) => isSeedFileName(f.name));
        const packing = run(['pack', folder, '-o', packed]);
        assert.deepEqual(snapshot(folder), before, 'pack changed its input');
        if (seeds.length === 0 || seeds.some((s) => readBundleFile('', s.text.replace(/^\uFEFF/, '')).seeds.length > 0)) {
          assert.equal(packing.code, 2, 'no seeds, or a line that reads as a header: refused');
          assert.ok(!fs.existsSync(packed), 'a refused pack wrote nothing');
          return;
        }
        assert.equal(packing.code, 0, packing.err);
        const back = path.join(dir, 'back');
        assert.equal(run(['unpack', packed, '-o', back]).code, 0);
        for (const seed of seeds) {
          const text = seed.text.replace(/^\uFEFF/, '');
          assert.equal(fs.readFileSync(path.join(back, seed.name), 'utf8'), /[\r\n]$/.test(text) ? text : `${text}\n`, `${seed.name} came back changed`);
        }
        assert.equal(fs.readdirSync(back).length, seeds.length, 'unpack wrote only the seeds');

        const packedBytes = snapshot(dir);
        assert.equal(run(['pack', folder, '-o', packed]).code, 2, 'pack over an existing file');
        assert.equal(run(['pack', folder, '-o', path.join(folder, seeds[0].name)]).code, 2, 'pack over one of its inputs');
        assert.equal(run(['unpack', packed, '-o', back]).code, 2, 'unpack over the files it wrote');
        assert.deepEqual(snapshot(dir), packedBytes, 'a refused command changed a file');
      }),
    ),
    fuzzParameters('command: pack and unpack on disk'),
  );
});

test('command: unpack never overwrites: one existing file and nothing is written', () => {
  fc.assert(
    fc.property(bundle, fc.array(fc.nat(), { maxLength: 3 }), (generated, taken) =>
      withTempDir((dir) => {
        const file = path.join(dir, 'b.seeds');
        fs.writeFileSync(file, generated.text);
        const read = readBundleFile(file, generated.text.replace(/^\uFEFF/, ''));
        const out = path.join(dir, 'out');
        fs.mkdirSync(out);
        const names = read.seeds.map((s) => s.name).filter((name) => /^[^/\\]+$/.test(name) && name !== '.' && name !== '..');
        for (const i of taken) if (names.length > 0) fs.writeFileSync(path.join(out, names[i % names.length]), 'mine');
        const before = snapshot(dir);
        const result = run(['unpack', file, '-o', out]);
        if (read.problems.some((p) => p.fatal) || before.size > 1 || read.seeds.some((s) => !isSeedFileName(s.name))) {
          assert.equal(result.code, 2, 'refused');
          assert.deepEqual(snapshot(dir), before, 'a refused unpack changed or wrote a file');
          return;
        }
        assert.equal(result.code, 0, result.err);
        for (const seed of read.seeds) assert.equal(fs.readFileSync(path.join(out, seed.name), 'utf8').replace(/\n$/, ''), seed.text.replace(/\n$/, ''));
      }),
    ),
    fuzzParameters('command: unpack never overwrites'),
  );
});
