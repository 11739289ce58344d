import test from 'node:test';
import assert from 'node:assert/strict';
import { BundleDocument } from './document';
import { bundleKeyOf, Files, Workspace } from './workspace';

function fakeDisk(files: Record<string, string>): Files & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    read: (uri) => {
      reads.push(uri);
      return uri in files ? { text: files[uri] } : { error: 'no such file or folder' };
    },
    list: (folder) => Object.keys(files).filter((uri) => uri.startsWith(`${folder}/`)).map((uri) => uri.slice(folder.length + 1)),
  };
}

test('which bundle a document is part of', () => {
  assert.deepEqual(bundleKeyOf('file:///a/story.seeds'), { key: 'file:///a/story.seeds', form: 'file' });
  assert.deepEqual(bundleKeyOf('file:///a/b%20c/003_19b5.txt'), { key: 'file:///a/b%20c', form: 'folder' });
  assert.equal(bundleKeyOf('file:///a/notes.txt'), undefined);
  // A bundle pasted into an untitled editor set to the language, before it is saved.
  assert.deepEqual(bundleKeyOf('untitled:Untitled-1'), { key: 'untitled:Untitled-1', form: 'file' });
});

test('a folder bundle reads its seed files, preferring the editor text, and forgets what changed on disk', () => {
  const disk = fakeDisk({ 'file:///d/000_aa.txt': 'disk A', 'file:///d/001_bb.txt': 'disk B', 'file:///d/readme.txt': 'not a seed' });
  const open = new Map([['file:///d/001_bb.txt', new BundleDocument('file:///d/001_bb.txt', 'seed-bundle', 3, 'edited B')]]);
  const workspace = new Workspace(disk, open);
  const read = () => workspace.readBundle('file:///d', 'folder').seeds.map((s) => [s.file, s.text]);
  assert.deepEqual(read(), [['file:///d/000_aa.txt', 'disk A'], ['file:///d/001_bb.txt', 'edited B']]);
  read();
  assert.deepEqual(disk.reads, ['file:///d/000_aa.txt'], 'the disk is read once');
  workspace.fileChanged('file:///d/000_aa.txt');
  read();
  assert.equal(disk.reads.length, 2);
});

test('a file bundle reads from its document', () => {
  const uri = 'file:///d/story.seeds';
  const open = new Map([[uri, new BundleDocument(uri, 'seed-bundle', 1, '=== 000_aa.txt\nText\n')]]);
  const bundle = new Workspace(fakeDisk({}), open).readBundle(uri, 'file');
  assert.deepEqual(bundle.seeds.map((s) => s.name), ['000_aa.txt']);
});

test('a file that may be absent (a bundle config): the editor text, else the disk once, else undefined', () => {
  const disk = fakeDisk({ 'file:///d/.seed-bundle.json': '{}' });
  const open = new Map<string, BundleDocument>();
  const workspace = new Workspace(disk, open);
  assert.equal(workspace.optionalText('file:///e/.seed-bundle.json'), undefined);
  assert.equal(workspace.optionalText('file:///d/.seed-bundle.json'), '{}');
  workspace.optionalText('file:///d/.seed-bundle.json');
  assert.deepEqual(disk.reads, ['file:///e/.seed-bundle.json', 'file:///d/.seed-bundle.json'], 'each read once, absent ones too');
  open.set('file:///e/.seed-bundle.json', new BundleDocument('file:///e/.seed-bundle.json', 'json', 1, '{"ignore": []}'));
  assert.equal(workspace.optionalText('file:///e/.seed-bundle.json'), '{"ignore": []}');
  workspace.fileChanged('file:///d/.seed-bundle.json');
  workspace.optionalText('file:///d/.seed-bundle.json');
  assert.equal(disk.reads.length, 3);
});

test('a URI with malformed escapes names no seed file, and a disk that cannot take it reads as empty', () => {
  assert.equal(bundleKeyOf('file:///a/%ZZ_0.txt'), undefined);
  assert.deepEqual(bundleKeyOf('file:///tmp/%E0%A4%A/000_aa.txt'), { key: 'file:///tmp/%E0%A4%A', form: 'folder' });
  const throwing: Files = {
    read: () => {
      throw new URIError('URI malformed');
    },
    list: () => {
      throw new URIError('URI malformed');
    },
  };
  const workspace = new Workspace(throwing, new Map());
  assert.deepEqual(workspace.readBundle('file:///tmp/%E0%A4%A', 'folder').problems.map((p) => p.message), ['no seed files (NNN_ID.txt) in this folder']);
  assert.equal(workspace.document('file:///tmp/%E0%A4%A/000_aa.txt').getText(), '');
  assert.equal(workspace.optionalText('file:///tmp/%E0%A4%A/.seed-bundle.json'), undefined);
});

test('a seed file the disk cannot give as text is left out with a problem that says why, until it is open in the editor', () => {
  const disk: Files = {
    read: (uri) => (uri.endsWith('001_bb.txt') ? { error: 'not valid UTF-8 text' } : { text: 'disk A' }),
    list: () => ['000_aa.txt', '001_bb.txt'],
  };
  const open = new Map<string, BundleDocument>();
  const workspace = new Workspace(disk, open);
  const read = workspace.readBundle('file:///d', 'folder');
  assert.deepEqual(read.seeds.map((s) => s.name), ['000_aa.txt']);
  assert.deepEqual(read.problems.map((p) => [p.file, p.message, p.fatal]), [['file:///d/001_bb.txt', 'seed 001_bb.txt is left out: not valid UTF-8 text', false]]);
  // The editor decodes it its own way: its text is then the seed's.
  open.set('file:///d/001_bb.txt', new BundleDocument('file:///d/001_bb.txt', 'seed-bundle', 1, 'as the editor decoded it'));
  assert.deepEqual(workspace.readBundle('file:///d', 'folder').seeds.map((s) => s.text), ['disk A', 'as the editor decoded it']);
  assert.deepEqual(workspace.readBundle('file:///d', 'folder').problems, []);
});

test('an open seed file the disk does not list (unsaved, deleted, a virtual folder) is part of its folder bundle', () => {
  const disk = fakeDisk({ 'file:///d/000_aa.txt': 'disk A' });
  const open = new Map([
    ['file:///d/001_bb.txt', new BundleDocument('file:///d/001_bb.txt', 'seed-bundle', 1, 'only in the editor')],
    ['file:///e/002_cc.txt', new BundleDocument('file:///e/002_cc.txt', 'seed-bundle', 1, 'another folder')],
    ['file:///d/notes.txt', new BundleDocument('file:///d/notes.txt', 'plaintext', 1, 'not a seed')],
  ]);
  const workspace = new Workspace(disk, open);
  assert.deepEqual(workspace.readBundle('file:///d', 'folder').seeds.map((s) => [s.file, s.text]), [['file:///d/000_aa.txt', 'disk A'], ['file:///d/001_bb.txt', 'only in the editor']]);
  assert.deepEqual(workspace.readBundle('vscode-vfs://github/x/y', 'folder').problems.map((p) => p.fatal), [true], 'nothing listed, nothing open: no seeds');
  open.set('vscode-vfs://github/x/y/003_dd.txt', new BundleDocument('vscode-vfs://github/x/y/003_dd.txt', 'seed-bundle', 1, 'virtual'));
  assert.deepEqual(workspace.readBundle('vscode-vfs://github/x/y', 'folder').seeds.map((s) => s.text), ['virtual']);
});
