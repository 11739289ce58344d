import test from 'node:test';
import assert from 'node:assert/strict';
import { findDate, formatDate } from './dates';

const normalised = (text: string) => {
  const date = findDate(text);
  return date && formatDate(date);
};

test('dates: the forms pages print, normalised to YYYY-MM-DD', () => {
  assert.equal(normalised('Harbor Times March 4, 2024 118 views'), '2024-03-04');
  assert.equal(normalised('Sep 9, 2023 7:05 PM'), '2023-09-09');
  assert.equal(normalised('Sept. 9 2023'), '2023-09-09');
  assert.equal(normalised('Saturday, 9 September 2023'), '2023-09-09');
  assert.equal(normalised('the 9th of September 2023'), '2023-09-09');
  assert.equal(normalised('2023-09-09'), '2023-09-09');
  assert.equal(normalised('2023/9/9'), '2023-09-09');
  assert.equal(normalised('09.09.2023'), '2023-09-09');
});

test('dates: a month without a day stays a month', () => {
  assert.equal(normalised('2023-09'), '2023-09');
  assert.equal(normalised('September 2023'), '2023-09');
});

test('dates: a dateline date has no year; formatDate gives null until one is supplied', () => {
  const date = findDate('Portville, Mar 4: the council met');
  assert.deepEqual(date && { year: date.year, month: date.month, day: date.day }, { year: null, month: 3, day: 4 });
  assert.equal(date && formatDate(date), null);
  assert.equal(date && formatDate({ ...date, year: 2024 }), '2024-03-04');
});

test('dates: where the date stands in the text', () => {
  const text = 'Posted on Mar 4, 2024 by staff';
  const date = findDate(text);
  assert.equal(date && text.slice(date.index, date.index + date.length), 'Mar 4, 2024');
});

test('dates: a year glued to a time still counts', () => {
  assert.equal(normalised('March 4, 202412:12 PM GMT'), '2024-03-04');
});

test('dates: impossible and ambiguous dates are not dates', () => {
  assert.equal(findDate('April 31, 2024'), null);
  assert.equal(findDate('2024-13-01'), null);
  assert.equal(findDate('03/04/2024'), null, 'day and month cannot be told apart');
  assert.equal(normalised('13/04/2024'), '2024-04-13', 'day first when the first number is above 12');
  assert.equal(normalised('04/13/2024'), '2024-04-13', 'month first when the second number is above 12');
  assert.equal(normalised('3/3/2026'), '2026-03-03', 'either way when both are one');
  assert.equal(normalised('Published 03/04/2024 09:15 AM EDT'), '2024-03-04', 'month first beside a North American time zone');
  assert.equal(normalised('February 29, 2023'), null);
  assert.equal(normalised('February 29, 2024'), '2024-02-29');
});

test('dates: French months after their day', () => {
  assert.equal(normalised('Publié le 10 avril 2024 à 08h12'), '2024-04-10');
  assert.equal(normalised('1er février 2024'), '2024-02-01');
  assert.equal(normalised('Mis à jour le 3 juillet 2024'), '2024-07-03');
  assert.equal(findDate('Mars 2024 mission'), null, 'before a year alone, Mars is the planet');
});

test('dates: copyright ranges, counts and words with month names are not dates', () => {
  assert.equal(findDate('Copyright 2019-2024 Harbor Times'), null);
  assert.equal(findDate('252 views'), null);
  assert.equal(findDate('Marching bands, 4 of them'), null);
});

test('dates: the earliest date wins whatever its form', () => {
  assert.equal(normalised('2024-01-02 updated March 5, 2024'), '2024-01-02');
  assert.equal(normalised('Updated March 5, 2024 (first 2024-01-02)'), '2024-03-05');
});
