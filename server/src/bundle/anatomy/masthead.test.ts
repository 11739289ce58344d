import test from 'node:test';
import assert from 'node:assert/strict';
import { isTagline, mastheadName, namesAPaper, titleAndSite } from './masthead';

test('mastheadName: a short capitalised name, its tagline aside', () => {
  assert.equal(mastheadName('  Portville Evening Post '), 'Portville Evening Post');
  assert.equal(mastheadName('THE TIMES OF PORTVILLE'), 'THE TIMES OF PORTVILLE');
  assert.equal(mastheadName('Harbor Lantern'), 'Harbor Lantern');
  assert.equal(mastheadName('Portville Evening Post | The voice of the harbor since 1921'), 'Portville Evening Post');
  assert.equal(mastheadName('Harbor Lantern - Serving the harbor'), 'Harbor Lantern');
  assert.equal(mastheadName('KPTV Homepage'), 'KPTV', 'a link to the front page names the site');
  assert.equal(mastheadName('The Harbor Lantern home page'), 'The Harbor Lantern');
  // A sentence, a long title, a date, or a menu with a paper's name in it.
  assert.equal(mastheadName('Bridge to close for repairs'), null);
  assert.equal(mastheadName('Council Votes to Close the Harbor Bridge'), null);
  assert.equal(mastheadName('March 4 2024'), null);
  assert.equal(mastheadName('Home - Harbor Lantern'), null);
});

test('namesAPaper: a paper word closes the name or stands before `of`; an agency; not a headline with its verb', () => {
  for (const name of ['Portville Evening Post', 'PORTVILLE EVENING POST', 'The Times of Portville', 'Harbor Review-Journal', 'Associated Press', 'Los Angeles Times', 'The Shoreline Ledger', 'Harbor Courant', 'The Portville Bee', 'Portville Free Press', 'Harbor Virginian-Pilot']) {
    assert.ok(namesAPaper(name), name);
  }
  for (const name of ['Storm Halts Ferry', 'Harbor Lantern', 'Post Office Closes', 'Mayor Attacks Harbor Post', 'Post', 'Sprinter Breaks Record', 'Fans Mourn Star']) {
    assert.ok(!namesAPaper(name), name);
  }
});

test('a broadcaster: its call sign, its channel closing the name; a wire', () => {
  for (const name of ['WKTV News 4', 'KPTV 12', 'WXYZ-TV', 'Eyewitness News 12', 'Prairie State Wire']) {
    assert.equal(mastheadName(name), name);
    assert.ok(namesAPaper(name), name);
  }
  for (const name of ['Storm Kills 12', 'Apollo 11', 'Top 10', 'Rescuers Cut Wire 4']) assert.equal(mastheadName(name), null, name);
});

test('isTagline: what a paper says of itself', () => {
  assert.ok(isTagline('The voice of the harbor since 1921'));
  assert.ok(isTagline('Est. 1887'));
  assert.ok(isTagline('Serving Portville and the islands'));
  assert.ok(isTagline('Local news you can trust'));
  assert.ok(!isTagline('Harbor bridge to close for a month'));
  assert.ok(!isTagline('Mayor says the bridge has served the city since 1921 and must stay'));
});

test('titleAndSite: the site after a page title, with any section between them', () => {
  assert.deepEqual(titleAndSite('Pier closes for winter | Harbor Lantern'), { title: 'Pier closes for winter', site: 'Harbor Lantern' });
  assert.deepEqual(titleAndSite('Pier closes for winter | World News | Harbor Lantern'), { title: 'Pier closes for winter', site: 'Harbor Lantern' });
  assert.deepEqual(titleAndSite('Pier closes for winter - Portville Evening Post'), { title: 'Pier closes for winter', site: 'Portville Evening Post' });
  assert.deepEqual(titleAndSite('Pier closes for winter – CNN'), { title: 'Pier closes for winter', site: 'CNN' });
  // A dash inside a headline, a dash before what is no paper, a section, a date, one word before the bar.
  for (const line of ['Biden - Putin summit ends', 'Pier closes - The Final Days', 'Pier closes | Updates', 'Market report – March 4 2026', 'Q&A | Harbor Lantern']) {
    assert.equal(titleAndSite(line), null, line);
  }
});
