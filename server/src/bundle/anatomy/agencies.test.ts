import test from 'node:test';
import assert from 'node:assert/strict';
import { agencyNamed, findAgency, withoutAgencies } from './agencies';

test('agencies: every spelling gives the canonical name', () => {
  assert.equal(findAgency('© Thomson Reuters 2024'), 'Reuters');
  assert.equal(findAgency('By The Associated Press'), 'AP');
  assert.equal(findAgency('PORTVILLE (AP) —'), 'AP');
  assert.equal(findAgency('Agence France-Presse'), 'AFP');
  assert.equal(findAgency('(With inputs from PTI)'), 'PTI');
  assert.equal(findAgency('Seoul, March 5 (Yonhap) --'), 'Yonhap');
  assert.equal(findAgency('Deutsche Presse-Agentur'), 'dpa');
  assert.equal(findAgency('ABU DHABI, 24th November, 2026 (WAM) --'), 'WAM');
  assert.equal(findAgency('LAGOS (News Agency of Nigeria) -'), 'NAN');
  assert.equal(findAgency('By Ann Teller, Dow Jones Newswires'), 'Dow Jones');
  assert.equal(findAgency('PORTVILLE, Ore.--(BUSINESS WIRE)--'), 'Business Wire');
  assert.equal(agencyNamed('PRNewswire'), 'PR Newswire');
});

test('agencies: the longest spelling wins (Australian Associated Press is AAP, not AP)', () => {
  assert.equal(findAgency('Australian Associated Press'), 'AAP');
});

test('agencies: whole words only, with their case', () => {
  assert.equal(findAgency('APPLE said'), null);
  assert.equal(findAgency('a rap song'), null);
  assert.equal(findAgency('the ap of it'), null);
  assert.equal(findAgency('REUTERS/Carl Foto'), 'Reuters');
});

test('agencies: agencyNamed only for a bare agency name', () => {
  assert.equal(agencyNamed(' Reuters '), 'Reuters');
  assert.equal(agencyNamed('Reuters reported'), null);
  assert.equal(agencyNamed(''), null);
});

test('agencies: withoutAgencies blanks the names and keeps the rest', () => {
  assert.equal(withoutAgencies('IANS March 4, 2024').trim(), 'March 4, 2024');
  assert.equal(withoutAgencies('By Ann Teller, Reuters').replace(/\s+/g, ' ').trim(), 'By Ann Teller,');
});
