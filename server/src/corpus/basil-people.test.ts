// People across the outlets of the BASIL stories (../shared/corpus/basil-dev): one outlet's
// Joe Biden is another's Joseph R. Biden.
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeBundle } from '../bundle/analyze';
import { readBundleFile } from '../bundle/format';
import { familyNameOf } from '../bundle/mentions';
import { NICKNAMES } from '../bundle/lexicon/nicknames';
import { sharedDir } from '../testing/shared';

const firstWord = (name: string) => name.split(' ')[0].toLowerCase();
const lastWord = (name: string) => familyNameOf(name).toLowerCase();
/** Whether one given name is a short form of the other (`Dick`, `Richard`). */
const shortFormOf = (a: string, b: string) => !!NICKNAMES.get(a)?.includes(b) || !!NICKNAMES.get(b)?.includes(a);

test('basil-dev: a person one outlet names by a short form and another in full is one person, named in full', (t) => {
  const shared = sharedDir();
  if (!shared) return t.skip('../shared is not present');
  const folder = path.join(shared, 'corpus', 'basil-dev');
  const apart: string[] = [];
  const joined: string[] = [];
  for (const name of fs.readdirSync(folder).filter((n) => n.endsWith('.seeds'))) {
    const file = path.join(folder, name);
    const { people } = analyzeBundle(readBundleFile(file, fs.readFileSync(file, 'utf8')));
    for (const [i, p] of people.entries()) {
      const shortForms = p.aliases.filter((alias) => lastWord(alias) === lastWord(p.name) && shortFormOf(firstWord(alias), firstWord(p.name)));
      if (shortForms.length > 0) {
        joined.push(`${p.name} (${shortForms.join(', ')})`);
        // Named by the given name in full, or by a fuller form still (`J. Christopher Stevens`).
        assert.ok(NICKNAMES.has(firstWord(p.name)) || /^\p{Lu}\./u.test(p.name), `${p.name} is named by a short form`);
      }
      for (const q of people.slice(i + 1)) {
        if (lastWord(p.name) === lastWord(q.name) && shortFormOf(firstWord(p.name), firstWord(q.name))) apart.push(`${p.name} / ${q.name} in ${name}`);
      }
    }
  }
  t.diagnostic(`one person under a short form and in full: ${joined.join('; ')}`);
  assert.deepEqual(apart, []);
  // Nine such people in these stories (Bill/William Kristol, Dick/Richard J. Durbin, Jim/James Mattis, …).
  assert.ok(joined.length >= 9, joined.join('; '));
});
