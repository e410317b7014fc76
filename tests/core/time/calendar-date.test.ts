import { describe, expect, it } from 'vitest';
import { datePrefixProblem, daysInMonth, isRealDate, utcMs } from '../../../core/time/calendar-date';
import { instantOf, offsetAt } from '../../../core/time/zoned';

describe('calendar dates', () => {
  it('knows the length of every month, leap years included', () => {
    expect([2023, 2024, 1900, 2000].map((year) => daysInMonth(year, 2))).toEqual([28, 29, 28, 29]);
    expect([1, 4, 6, 9, 11, 12].map((month) => daysInMonth(2024, month))).toEqual([31, 30, 30, 30, 30, 31]);
  });

  it.each([
    ['2024-02-30', 'is not a calendar date'],
    ['2023-02-29T10:00:00Z', 'is not a calendar date'],
    ['2024-04-31', 'is not a calendar date'],
    ['2024-13-01', 'is not a calendar date'],
    ['2024-00-10', 'is not a calendar date'],
    ['0050-01-01', 'is outside the years 1000–9999'],
    ['0999-12-31T23:59:59Z', 'is outside the years 1000–9999'],
  ])('refuses %s: %s', (text, problem) => {
    expect(datePrefixProblem(text)).toBe(problem);
  });

  it('accepts real dates and texts that start with no date', () => {
    for (const text of ['2024-02-29', '1000-01-01', '9999-12-31T23:59:59Z', '10:00', '', 'PT30M']) expect(datePrefixProblem(text)).toBeNull();
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2024, 2, 30)).toBe(false);
  });

  it('reads years 0–99 as written, unlike Date.UTC', () => {
    expect(new Date(utcMs(50, 1, 1)).toISOString()).toBe('0050-01-01T00:00:00.000Z');
    expect(utcMs(2024, 2, 5, 10, 30)).toBe(Date.UTC(2024, 1, 5, 10, 30));
  });
});

describe('instantOf refuses what Date would shift', () => {
  it.each([
    ['2024-02-30', '10:00'],
    ['2023-02-29', '10:00'],
    ['0050-02-05', '10:00'],
    ['0099-12-31', '23:00'],
    ['2024-02-05', '24:30'],
    ['2024-02-05', '10:00:60'],
  ])('%s %s is no instant', (date, time) => {
    expect(instantOf(date, time, 'Europe/Vienna')).toBeNull();
  });

  it('keeps 24:00 as the end of the day', () => {
    expect(instantOf('2024-02-05', '24:00', 'Europe/Vienna')).toBe(Date.parse('2024-02-06T00:00:00+01:00'));
  });

  it('reads offsets of early years in the right century', () => {
    // Vienna kept local mean time before 1893: +1:05:21, not whatever 1950 had.
    expect(offsetAt(utcMs(1850, 6, 1), 'Europe/Vienna')).toBe(offsetAt(utcMs(1860, 6, 1), 'Europe/Vienna'));
    expect(Math.abs(offsetAt(utcMs(50, 6, 1), 'Europe/Vienna') - offsetAt(utcMs(1850, 6, 1), 'Europe/Vienna'))).toBe(0);
  });
});
