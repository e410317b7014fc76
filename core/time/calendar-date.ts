/**
 * Which dates a programme may hold, and how a wall time becomes a UTC number
 * without JavaScript's traps: Date.UTC reads years 0–99 as 1900–1999, and both
 * Date.UTC and Date.parse roll an impossible day over (30 February becomes
 * 1 March). Feed dates are checked here first, so nothing is ever shifted silently.
 */
import { boundedMemo } from './bounded-memo';

/** The years a session may be in; outside them a date is a typo or an attack, never a conference. */
export const EARLIEST_YEAR = 1000;
export const LATEST_YEAR = 9999;
export const YEAR_RANGE = `${EARLIEST_YEAR}–${LATEST_YEAR}`;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether year-month-day names a day of the calendar within the years a session may be in. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= EARLIEST_YEAR &&
    year <= LATEST_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const DATE_PREFIX = /^\s*(\d{4})-(\d{2})-(\d{2})/;

/**
 * Why a text that starts with a YYYY-MM-DD date cannot be read as written ("is not a calendar
 * date", "is outside the years 1000–9999"); null when it names a real date or starts with no date.
 * Feeds repeat the same dates thousands of times: each is read once.
 */
export const datePrefixProblem = boundedMemo((text: string): string | null => {
  const match = DATE_PREFIX.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return `is outside the years ${YEAR_RANGE}`;
  return isRealDate(year, month, day) ? null : 'is not a calendar date';
});

/** Milliseconds of a UTC wall time, like Date.UTC but with years 0–99 read as written. */
export function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}
