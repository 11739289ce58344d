// The real bundle (../shared/seeds) through the command and the outline, in both forms.
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Io, main } from '../cli';
import { sharedDir } from '../testing/shared';

interface Gold {
  articles: { id: string; headline: string | null; outlet: string | null; date: string | null }[];
}

function analyze(target: string) {
  let out = '';
  const io: Io = { out: (t) => (out += t), err: () => undefined, stdin: () => Buffer.alloc(0) };
  assert.equal(main(['analyze', target], io), 0);
  return JSON.parse(out).bundles[0];
}

test('shared seeds: both forms give one article per seed and agree with the gold on headline, outlet and date', (t) => {
  const shared = sharedDir();
  if (!shared) return t.skip('../shared is not present');
  const seeds = path.join(shared, 'seeds');
  const gold: Gold = JSON.parse(fs.readFileSync(path.join(shared, 'gold', 'seeds.gold.json'), 'utf8'));
  const packed = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seed-bundle-corpus-')), 'seeds.seeds');
  assert.equal(main(['pack', seeds, '-o', packed], { out: () => undefined, err: () => undefined, stdin: () => Buffer.alloc(0) }), 0);

  const folder = analyze(seeds);
  const file = analyze(packed);
  assert.deepEqual(folder.articles.map((a: { id: string }) => a.id), gold.articles.map((a) => a.id));
  assert.deepEqual(new Set(folder.articles.map((a: { file: string }) => a.file)).size, 5, 'one article per seed file');
  const fields = (a: { headline: string | null; outlet: string | null; date: string | null }) => [a.headline, a.outlet, a.date];
  assert.deepEqual(file.articles.map(fields), folder.articles.map(fields), 'both forms read alike');

  let right = 0;
  gold.articles.forEach((g, i) => fields(g).forEach((value, f) => (right += value === fields(folder.articles[i])[f] ? 1 : 0)));
  t.diagnostic(`headline/outlet/date fields agreeing with the gold: ${right}/15`);
  assert.ok(right >= 14, `${right}/15 fields agree with the gold`);
});
