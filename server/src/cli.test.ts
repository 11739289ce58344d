import test from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createMessageConnection, InitializeResult, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { Io, main, PREAMBLE_FILE_NAME } from './cli';
import { HALF_SHARED_BUNDLE } from './testing/fixtures';

function run(args: string[], stdin = ''): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), stdin: () => Buffer.from(stdin) };
  const code = main(args, io);
  return { code, out, err };
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'seed-bundle-cli-'));
}

const BUNDLE = '# two made-up seeds\n=== 000_aa11.txt\nTown hall closes early\n\nThe hall closed at noon.\n=== 001_bb22.txt\nHall shuts\n\nIt shut at midday.';

test('analyze: the JSON of the contract, from a file, a folder and stdin', () => {
  const dir = tempDir();
  const file = path.join(dir, 'b.seeds');
  fs.writeFileSync(file, BUNDLE);
  const fromFile = run(['analyze', file]);
  assert.equal(fromFile.code, 0, fromFile.err);
  const json = JSON.parse(fromFile.out);
  assert.equal(json.version, 1);
  const bundle = json.bundles[0];
  assert.deepEqual([bundle.path, bundle.form], [file, 'file']);
  assert.deepEqual(bundle.articles.map((a: { id: string }) => a.id), ['000_aa11.txt', '001_bb22.txt']);
  assert.deepEqual(bundle.articles[1].range, { start: { line: 5, character: 0 }, end: { line: 8, character: 18 } });
  for (const key of ['people', 'quotes', 'diagnostics']) assert.ok(Array.isArray(bundle[key]), key);

  const folder = path.join(dir, 'folder');
  assert.equal(run(['unpack', file, '-o', folder]).code, 0);
  const fromFolder = JSON.parse(run(['analyze', folder]).out).bundles[0];
  assert.equal(fromFolder.form, 'folder');
  assert.deepEqual(fromFolder.articles.map((a: { file: string }) => a.file), [path.join(folder, '000_aa11.txt'), path.join(folder, '001_bb22.txt')]);

  const fromStdin = JSON.parse(run(['analyze', '-'], BUNDLE).out).bundles[0];
  assert.deepEqual([fromStdin.path, fromStdin.articles[0].file], ['-', '-']);
});

test('bad input: one clear line and exit 2, no stack trace', () => {
  const dir = tempDir();
  const cases: [string, string | Buffer, RegExp][] = [
    ['binary.seeds', Buffer.from([0x3d, 0x3d, 0x3d, 0x20, 0x00, 0x01]), /binary\.seeds: binary file/],
    ['latin1.seeds', Buffer.from('=== 000_aa.txt\ncaf\xe9\n', 'latin1'), /latin1\.seeds: not valid UTF-8/],
    ['empty.seeds', '', /empty\.seeds:1: no seeds/],
    ['dup.seeds', '=== 000_aa.txt\nA\n=== 000_aa.txt\nB\n', /dup\.seeds:3: two seeds are named 000_aa\.txt \(first seed named 000_aa\.txt: .*dup\.seeds:1\)/],
    ['nameless.seeds', '=== 000_aa.txt\nA\n===\nB\n', /nameless\.seeds:3: seed header without a name/],
  ];
  for (const [name, content, expected] of cases) {
    fs.writeFileSync(path.join(dir, name), content);
    for (const command of ['analyze', 'check']) {
      const result = run([command, path.join(dir, name)]);
      assert.equal(result.code, 2, `${command} ${name}`);
      assert.match(result.err, expected);
      assert.equal(result.err.trim().split('\n').length, 1, `one line for ${name}: ${result.err}`);
      assert.doesNotMatch(result.err, /\n\s+at /);
    }
  }
  const missing = run(['analyze', path.join(dir, 'nowhere.seeds')]);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /nowhere\.seeds: no such file or folder/);
  const noSeeds = run(['check', dir + '/..' + path.sep + path.basename(dir)]);
  assert.equal(noSeeds.code, 2);
  assert.match(noSeeds.err, /no seed files/);
  assert.equal(run(['frobnicate']).code, 2);
  assert.equal(run(['check', '--format', 'xml', 'x']).code, 2);
});

test('a reader that stops early ends the output quietly: no stack trace, exit 0', async () => {
  const seeds = Array.from({ length: 300 }, (_, i) => `=== ${String(i).padStart(3, '0')}_aa${i}.txt\nFerry fares rise\n\n"Fares will go up in May," Dana Mills said on Monday.\n`);
  const child = spawn(process.execPath, [path.join(__dirname, '../../bin/seed-bundle.js'), 'analyze', '-']);
  child.stdin.end(seeds.join(''));
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  // The output is far more than a pipe holds: the command is still writing when its reader goes.
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise((resolve) => child.on('close', resolve));
  assert.equal(err, '');
  assert.equal(code, 0);
});

test('lsp --stdio is the language server: it answers initialize with its name and capabilities', async () => {
  const child = spawn(process.execPath, [path.join(__dirname, '../../bin/seed-bundle.js'), 'lsp', '--stdio']);
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.listen();
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`the command exited (${code}): ${err}`))));
  try {
    const initialize = connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    const reply = await Promise.race([initialize, exited]);
    assert.equal(err, '');
    assert.equal(reply.serverInfo?.name, 'seed-bundle');
    assert.equal(reply.capabilities.hoverProvider, true);
  } finally {
    connection.dispose();
    child.kill();
  }
});

test('analyze still prints what it could read from a bundle with a duplicate', () => {
  const result = run(['analyze', '-'], '=== 000_aa.txt\nA\n=== 000_aa.txt\nB\n');
  assert.equal(result.code, 2);
  const bundle = JSON.parse(result.out).bundles[0];
  assert.equal(bundle.articles.length, 2);
  assert.equal(bundle.diagnostics[0].code, 'seed-duplicate');
  assert.equal(bundle.diagnostics[0].severity, 'error');
});

test('check: exit 1 on a warning, in text, json and sarif', () => {
  const input = '=== 000_aa.txt\n\n=== 001_bb.txt\nText\n';
  const text = run(['check', '-'], input);
  assert.equal(text.code, 1);
  assert.match(text.out, /^-:1:1: warning seed-format: seed 000_aa\.txt is empty$/m);
  const json = JSON.parse(run(['check', '-', '--format', 'json'], input).out);
  assert.deepEqual(json.diagnostics.map((d: { code: string }) => d.code), ['seed-format']);
  const sarif = JSON.parse(run(['check', '-', '--format', 'sarif'], input).out);
  assert.equal(sarif.version, '2.1.0');
  assert.equal(sarif.runs[0].results[0].ruleId, 'seed-format');
  assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine, 1);
  assert.equal(run(['check', '-'], '=== 000_aa.txt\nText\n').code, 0);
});

test('unpack never overwrites: it writes nothing and names the file', () => {
  const dir = tempDir();
  const file = path.join(dir, 'b.seeds');
  fs.writeFileSync(file, BUNDLE);
  const out = path.join(dir, 'out');
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(out, '001_bb22.txt'), 'mine');
  const result = run(['unpack', file, '-o', out]);
  assert.equal(result.code, 2);
  assert.match(result.err, /001_bb22\.txt: already exists; nothing was written/);
  assert.deepEqual(fs.readdirSync(out), ['001_bb22.txt']);
  assert.equal(fs.readFileSync(path.join(out, '001_bb22.txt'), 'utf8'), 'mine');
});

test('pack refuses to write over its inputs or any existing file', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, '000_aa.txt'), 'A\n');
  const onInput = run(['pack', dir, '-o', path.join(dir, '000_aa.txt')]);
  assert.equal(onInput.code, 2);
  assert.match(onInput.err, /refusing to write over it/);
  assert.equal(fs.readFileSync(path.join(dir, '000_aa.txt'), 'utf8'), 'A\n');
  const target = path.join(dir, 'b.seeds');
  fs.writeFileSync(target, 'keep me');
  assert.equal(run(['pack', dir, '-o', target]).code, 2);
  assert.equal(fs.readFileSync(target, 'utf8'), 'keep me');
});

test('pack refuses a seed with a line that would read as a header', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, '000_aa.txt'), 'A\n=== 001_bb.txt\nB\n');
  const result = run(['pack', dir, '-o', path.join(dir, '..', `${path.basename(dir)}.seeds`)]);
  assert.equal(result.code, 2);
  assert.match(result.err, /000_aa\.txt:2: a line that reads as a seed header/);
});

test('pack then unpack gives back every seed byte for byte', () => {
  const dir = tempDir();
  const seeds = { '000_aa.txt': 'One\r\nline “two”\r\n', '001_bb.txt': 'No final newline', '002_cc.txt': 'Ünïcode 🙂\n' };
  for (const [name, text] of Object.entries(seeds)) fs.writeFileSync(path.join(dir, name), text);
  const packed = path.join(os.tmpdir(), `${path.basename(dir)}.seeds`);
  assert.equal(run(['pack', dir, '-o', packed]).code, 0);
  const back = path.join(dir, 'back');
  assert.equal(run(['unpack', packed, '-o', back]).code, 0);
  for (const [name, text] of Object.entries(seeds)) {
    assert.equal(fs.readFileSync(path.join(back, name), 'utf8'), text.endsWith('\n') ? text : `${text}\n`);
  }
});

const FARES = [
  '=== 000_aa11.txt',
  ' date 2026-04-02  Harbour Post',
  'Ferry fares to rise in May',
  '',
  '"Fares will go up by ten percent in May because fuel costs more," Dana Mills said.',
  '=== 001_bb22.txt',
  ' date 2026-04-02  Coast Daily',
  'Ferry fares will go up',
  '',
  '"Fares will go up by twelve percent in May because fuel costs more," Dana Mills said.',
  '',
].join('\n');

test('check honours .seed-bundle.json beside the bundle: severity, the ignore list, the size limit', () => {
  const dir = tempDir();
  const file = path.join(dir, 'fares.seeds');
  fs.writeFileSync(file, FARES);
  const config = path.join(dir, '.seed-bundle.json');
  const check = () => run(['check', file]);

  const plain = check();
  assert.equal(plain.code, 1);
  assert.deepEqual(plain.out.match(/^\S+ \S+ [\w-]+/gm), [`${file}:5:2: warning quote-wording`, `${file}:10:2: warning quote-wording`]);

  fs.writeFileSync(config, '{\n  // reported, not failed\n  "severity": { "quote-wording": "information" }\n}\n');
  const milder = check();
  assert.equal(milder.code, 0, milder.err);
  assert.deepEqual(milder.out.match(/^\S+ \S+ [\w-]+/gm), [`${file}:5:2: information quote-wording`, `${file}:10:2: information quote-wording`]);

  fs.writeFileSync(config, JSON.stringify({ ignore: [{ code: 'quote-wording', speaker: 'Dana Mills', quote: 'Fares will go up by ten percent…' }] }));
  const ignored = check();
  assert.deepEqual([ignored.code, ignored.out], [0, '0 problems\n'], 'both sides of the difference are quiet');
  const json = JSON.parse(run(['analyze', file]).out);
  assert.deepEqual(json.bundles[0].diagnostics, [], 'analyze honours it too');

  fs.writeFileSync(config, JSON.stringify({ maxBundleSize: 50 }));
  const limited = check();
  assert.equal(limited.code, 0);
  assert.match(limited.out, /^\S+:2:1: information bundle-limit: This bundle has \d+ characters of text, more than maxBundleSize \(50\)/m);
  assert.doesNotMatch(limited.out, /quote-wording/);
});

test('check reads quoteSimilarity from .seed-bundle.json: versions sharing half their words are one quote by default, two at 0.75', () => {
  const dir = tempDir();
  const file = path.join(dir, 'hourly.seeds');
  fs.writeFileSync(file, HALF_SHARED_BUNDLE);
  assert.deepEqual(run(['check', file]).out.match(/^\S+ \S+ [\w-]+/gm), [`${file}:5:2: warning quote-wording`, `${file}:10:2: warning quote-wording`]);
  fs.writeFileSync(path.join(dir, '.seed-bundle.json'), JSON.stringify({ quoteSimilarity: 0.75 }));
  assert.deepEqual(run(['check', file]), { code: 0, out: '0 problems\n', err: '' });
});

test('check reads the config inside a folder bundle, and a broken config is exit 2 with its line', () => {
  const dir = tempDir();
  const file = path.join(dir, 'fares.seeds');
  fs.writeFileSync(file, FARES);
  const folder = path.join(dir, 'fares');
  assert.equal(run(['unpack', file, '-o', folder]).code, 0);
  fs.writeFileSync(path.join(folder, '.seed-bundle.json'), '{ "severity": { "quote-wording": "off" } }');
  assert.deepEqual(run(['check', folder]), { code: 0, out: '0 problems\n', err: '' });

  fs.writeFileSync(path.join(folder, '.seed-bundle.json'), '{\n  "severity": { "quote-wording": "off" },\n  "severty": {}\n}');
  const broken = run(['check', folder]);
  assert.equal(broken.code, 2);
  assert.equal(broken.err, `seed-bundle: ${folder}/.seed-bundle.json:3:3: unknown setting "severty" (known: severity, maxBundleSize, quoteSimilarity, ignore)\n`);
  assert.equal(broken.out, '0 problems\n', 'what is right in the file still applies');
});

test('unpack counts a link to nowhere as an existing file: it writes nothing rather than half the seeds', () => {
  const dir = tempDir();
  const file = path.join(dir, 'b.seeds');
  fs.writeFileSync(file, BUNDLE);
  const out = path.join(dir, 'out');
  fs.mkdirSync(out);
  fs.symlinkSync(path.join(dir, 'nowhere', 'target'), path.join(out, '001_bb22.txt'));
  const result = run(['unpack', file, '-o', out]);
  assert.equal(result.code, 2);
  assert.match(result.err, /001_bb22\.txt: already exists; nothing was written/);
  assert.deepEqual(fs.readdirSync(out), ['001_bb22.txt']);
});

test('unpack keeps the preamble in its own file, and pack puts it back: the file comes back byte for byte', () => {
  const dir = tempDir();
  const file = path.join(dir, 'b.seeds');
  const text = `# two made-up seeds\r\nCollected on a Monday.\r\n\r\n${BUNDLE.slice(BUNDLE.indexOf('==='))}\n`;
  fs.writeFileSync(file, text);
  const folder = path.join(dir, 'folder');
  const unpacked = run(['unpack', file, '-o', folder]);
  assert.equal(unpacked.code, 0, unpacked.err);
  assert.match(unpacked.err, new RegExp(`the text before the first header into .*${PREAMBLE_FILE_NAME}`));
  assert.deepEqual(fs.readdirSync(folder).sort(), ['000_aa11.txt', '001_bb22.txt', PREAMBLE_FILE_NAME]);
  assert.equal(fs.readFileSync(path.join(folder, PREAMBLE_FILE_NAME), 'utf8'), '# two made-up seeds\r\nCollected on a Monday.\r\n\r\n');
  // The preamble is no seed of the folder form.
  assert.deepEqual(JSON.parse(run(['analyze', folder]).out).bundles[0].articles.map((a: { id: string }) => a.id), ['000_aa11.txt', '001_bb22.txt']);
  const packed = path.join(dir, 'again.seeds');
  const result = run(['pack', folder, '-o', packed]);
  assert.equal(result.code, 0, result.err);
  assert.equal(fs.readFileSync(packed, 'utf8'), text);
  // Nor does pack write over the preamble it reads.
  const onPreamble = run(['pack', folder, '-o', path.join(folder, PREAMBLE_FILE_NAME)]);
  assert.equal(onPreamble.code, 2);
  assert.match(onPreamble.err, /preamble being packed; refusing to write over it/);
});

test('unpack writes no preamble file for a bundle without one, or with blank lines only', () => {
  for (const text of [BUNDLE.slice(BUNDLE.indexOf('===')), `\n\n${BUNDLE.slice(BUNDLE.indexOf('==='))}`]) {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'b.seeds'), text);
    const result = run(['unpack', path.join(dir, 'b.seeds'), '-o', path.join(dir, 'out')]);
    assert.equal(result.code, 0, result.err);
    assert.doesNotMatch(result.err, /before the first header/);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'out')).sort(), ['000_aa11.txt', '001_bb22.txt']);
  }
});

test('unpack never writes over a preamble file already there', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'b.seeds'), BUNDLE);
  const out = path.join(dir, 'out');
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(out, PREAMBLE_FILE_NAME), 'my notes');
  const result = run(['unpack', path.join(dir, 'b.seeds'), '-o', out]);
  assert.equal(result.code, 2);
  assert.match(result.err, new RegExp(`${PREAMBLE_FILE_NAME}: already exists; nothing was written`));
  assert.deepEqual(fs.readdirSync(out), [PREAMBLE_FILE_NAME]);
  assert.equal(fs.readFileSync(path.join(out, PREAMBLE_FILE_NAME), 'utf8'), 'my notes');
});

test('pack refuses a preamble file with a line that would read as a header', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, '000_aa.txt'), 'A\n');
  fs.writeFileSync(path.join(dir, PREAMBLE_FILE_NAME), '# notes\n=== 001_bb.txt\n');
  const result = run(['pack', dir, '-o', path.join(dir, '..', `${path.basename(dir)}.seeds`)]);
  assert.equal(result.code, 2);
  assert.match(result.err, new RegExp(`${PREAMBLE_FILE_NAME}:2: a line that reads as a seed header`));
  assert.ok(!fs.existsSync(path.join(dir, '..', `${path.basename(dir)}.seeds`)));
});

test('unpack refuses seed names a folder bundle would not read: each on its line, no file written', () => {
  const dir = tempDir();
  const file = path.join(dir, 'odd.seeds');
  fs.writeFileSync(file, '=== 000_aa.txt\nA\n=== Story One.txt\nB\n==> some/dir/.. <==\nC\n=== 003_dd.txt\nD\n');
  const out = path.join(dir, 'out');
  const result = run(['unpack', file, '-o', out]);
  assert.equal(result.code, 2);
  const lines = result.err.trimEnd().split('\n');
  assert.equal(lines.length, 2, result.err);
  assert.match(lines[0], /^seed-bundle: .*odd\.seeds:3: seed name "Story One\.txt" is not of the form NNN_ID\.txt .*rename the seed in its header\. Nothing was written$/);
  assert.match(lines[1], /^seed-bundle: .*odd\.seeds:5: seed name "\.\." is not of the form NNN_ID\.txt/);
  assert.doesNotMatch(result.err, /at .*\.js:\d+/, 'no stack trace');
  assert.ok(!fs.existsSync(out), 'not even the folder');
});

test('unpack into a path that is a file says so and writes nothing', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'b.seeds'), BUNDLE);
  const out = path.join(dir, 'out');
  fs.writeFileSync(out, 'a file');
  const result = run(['unpack', path.join(dir, 'b.seeds'), '-o', out]);
  assert.equal(result.code, 2);
  assert.match(result.err, /out: is not a folder; nothing was written\n$/);
  assert.equal(fs.readFileSync(out, 'utf8'), 'a file');
});
