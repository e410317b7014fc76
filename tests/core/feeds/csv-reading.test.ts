/** The cell readers behind the CSV format: dates, times of day and durations. */
import { describe, expect, it } from 'vitest';
import { readDate } from '../../../core/feeds/csv-date';
import { readClock, readClockRange, readDuration } from '../../../core/feeds/csv-clock';

const value = <T>(reading: { ok: true; value: T } | { ok: false; problem: string }): T | string => (reading.ok ? reading.value : `problem: ${reading.problem}`);

describe('readDate', () => {
  it.each([
    ['2027-02-03', '2027-02-03'],
    [' 2027-2-3 ', '2027-02-03'],
    ['03.02.2027', '2027-02-03'],
    ['3.2.2027', '2027-02-03'],
    ['3 February 2027', '2027-02-03'],
    ['February 3, 2027', '2027-02-03'],
    ['3. Februar 2027', '2027-02-03'],
    ['Feb 3 2027', '2027-02-03'],
    ['Feb. 3rd, 2027', '2027-02-03'],
    ['3-Feb-2027', '2027-02-03'],
    ['3. Jänner 2027', '2027-01-03'],
    ['1. März 2027', '2027-03-01'],
    ['Wednesday, 3 February 2027', '2027-02-03'],
    ['Mi., 03.02.2027', '2027-02-03'],
    ['Wed 2027-02-03', '2027-02-03'],
    ['29.02.2028', '2028-02-29'],
  ])('reads %j as %s', (cell, iso) => {
    expect(value(readDate(cell))).toBe(iso);
  });

  it.each([
    ['31.02.2027', "problem: '31.02.2027' is not a date; use 2027-02-03"],
    ['29.02.2027', "problem: '29.02.2027' is not a date; use 2027-02-03"],
    ['2027-13-01', "problem: '2027-13-01' is not a date; use 2027-02-03"],
    ['3 Brumaire 2027', "problem: '3 Brumaire 2027' is not a date; use 2027-02-03"],
    ['3.2.27', "problem: '3.2.27' is not a date; use 2027-02-03"],
    ['Tuesday, 3 February 2027', "problem: 'Tuesday, 3 February 2027': 2027-02-03 is a Wednesday, not a Tuesday"],
  ])('refuses %j', (cell, problem) => {
    expect(value(readDate(cell))).toBe(problem);
  });

  it('refuses every slash date, saying why the ambiguous ones cannot be guessed', () => {
    expect(value(readDate('03/02/2027'))).toBe("problem: '03/02/2027' could be 3 February or 2 March; use 2027-02-03 (ISO) instead");
    expect(value(readDate('25/02/2027'))).toMatch(/^problem: '25\/02\/2027' uses slashes, .*; use 2027-02-03 \(ISO\) instead$/);
    expect(value(readDate('2027/02/03'))).toMatch(/uses slashes/);
  });

  it('quotes at most 40 characters of a long cell', () => {
    expect(value(readDate('x'.repeat(1000)))).toBe(`problem: '${'x'.repeat(40)}'… is not a date; use 2027-02-03`);
  });
});

describe('readClock', () => {
  it.each([
    ['13:30', 810],
    ['9:05', 545],
    ['13.30', 810],
    ['1330', 810],
    ['930', 570],
    ['13:30:00', 810],
    ['13 Uhr', 780],
    ['13:30 Uhr', 810],
    ['13h30', 810],
    ['1:30 PM', 810],
    ['1:30pm', 810],
    ['1 pm', 780],
    ['1.30 p.m.', 810],
    ['12 am', 0],
    ['12:15 PM', 735],
    ['0:00', 0],
    ['24:00', 1440],
  ])('reads %j as %i minutes after midnight', (cell, minutes) => {
    expect(value(readClock(cell))).toBe(minutes);
  });

  it.each(['25:00', '13:60', '13', '9', '13:30 PM', '0 am', '24:30', 'noonish', ''])('refuses %j', (cell) => {
    expect(value(readClock(cell))).toBe(`problem: '${cell}' is not a time; use 13:30 or 1:30 PM`);
  });
});

describe('readDuration', () => {
  it.each([
    ['90', 90],
    ['1:30', 90],
    ['1:30:00', 90],
    ['90 min', 90],
    ['90 Min.', 90],
    ['45 minutes', 45],
    ['1.5 h', 90],
    ['1,5 Std.', 90],
    ['2 hours', 120],
    ['1 h 30 min', 90],
    ['1h30', 90],
    ['0', 0],
  ])('reads %j as %i minutes', (cell, minutes) => {
    expect(value(readDuration(cell))).toBe(minutes);
  });

  it.each(['ninety', '1:75', '-30', '90 sec'])('refuses %j', (cell) => {
    expect(value(readDuration(cell))).toBe(`problem: '${cell}' is not a duration; use minutes (90), 1:30 or 1.5 h`);
  });

  it('refuses more than a day', () => {
    expect(value(readDuration('1500'))).toBe("problem: '1500' is longer than a day; give an end time instead");
  });
});

describe('readClockRange', () => {
  it.each([
    ['09:00–10:30', { from: 540, to: 630 }],
    ['9:00 - 10:30', { from: 540, to: 630 }],
    ['9-10.30 Uhr', { from: 540, to: 630 }],
    ['9 - 10 Uhr', { from: 540, to: 600 }],
    ['1 pm — 2:30 pm', { from: 780, to: 870 }],
    ['11-1 pm', null],
    ['13:30', null],
    ['2027-02-03', null],
    ['9-10', null],
  ])('reads %j as %j', (cell, range) => {
    expect(readClockRange(cell)).toEqual(range);
  });
});
