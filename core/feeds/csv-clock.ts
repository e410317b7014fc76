/**
 * Spreadsheet time and duration cells -> minutes. Times of day: 24-hour
 * (13:30, 13.30, 1330, 13:30:00, 13 Uhr, 13h30) or 12-hour (1:30 PM, 1:30pm,
 * 1 pm, 1.30 p.m.). Durations: minutes (90), H:MM (1:30, as Excel writes a
 * duration), or with a unit (90 min, 1.5 h, 1,5 Std., 1 h 30 min).
 * A bare 1- or 2-digit number is not a time: "9" could be morning or evening
 * (except before a unit written once for a range: "9-10 Uhr").
 */
import type { Reading } from './csv-date';

export const CLOCK_HINT = 'use 13:30 or 1:30 PM';
export const DURATION_HINT = 'use minutes (90), 1:30 or 1.5 h';
const MAX_CELL_CHARS = 30;
const DAY_MINUTES = 24 * 60;

const TWELVE_HOUR = /^(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?\s*([ap])\.?\s?m\.?$/;
const TWENTY_FOUR_HOUR = /^(\d{1,2})[:.h](\d{2})(?::(\d{2}))?(?:\s*uhr)?$/;
const DIGITS_ONLY = /^(\d{1,2})(\d{2})$/;
const HOUR_WITH_UNIT = /^(\d{1,2})\s*(?:uhr|h)$/;

const quote = (cell: string): string => `'${cell.slice(0, MAX_CELL_CHARS)}'${cell.length > MAX_CELL_CHARS ? '…' : ''}`;

/** Minutes after midnight, 0 to 1440 (24:00 is the end of the day). */
export function readClock(raw: string): Reading<number> {
  const cell = raw.trim();
  const text = cell.toLowerCase();
  const fail: Reading<number> = { ok: false, problem: `${quote(cell)} is not a time; ${CLOCK_HINT}` };
  if (text.length > MAX_CELL_CHARS) return fail;
  const twelve = TWELVE_HOUR.exec(text);
  if (twelve) {
    const hour = Number(twelve[1]);
    const minute = Number(twelve[2] ?? 0);
    if (hour < 1 || hour > 12 || minute > 59 || Number(twelve[3] ?? 0) > 59) return fail;
    return { ok: true, value: ((hour % 12) + (twelve[4] === 'p' ? 12 : 0)) * 60 + minute };
  }
  const parts = TWENTY_FOUR_HOUR.exec(text) ?? DIGITS_ONLY.exec(text) ?? HOUR_WITH_UNIT.exec(text);
  if (!parts) return fail;
  const hour = Number(parts[1]);
  const minute = Number(parts[2] ?? 0);
  if (hour > 24 || minute > 59 || Number(parts[3] ?? 0) > 59 || (hour === 24 && minute > 0)) return fail;
  return { ok: true, value: hour * 60 + minute };
}

/** "09:00–10:30", "9-10.30 Uhr", "1 pm - 2:30 pm": a start and an end in one cell, as German programmes often write them. */
export function readClockRange(raw: string): { from: number; to: number } | null {
  const parts = /^(.{1,20}?)\s*[-–—]\s*(.{1,20})$/.exec(raw.trim());
  if (!parts) return null;
  const to = readClock(parts[2] as string);
  // "9-10.30 Uhr": the 24-hour unit written once belongs to both. AM/PM is not carried over:
  // "11-1 pm" is 11 in the morning, which the words alone do not say.
  const from = readClock(parts[1] as string);
  const fromWithUnit = from.ok || !to.ok || !/uhr$/i.test(parts[2] as string) ? from : readClock(`${parts[1] as string} Uhr`);
  return fromWithUnit.ok && to.ok ? { from: fromWithUnit.value, to: to.value } : null;
}

const NUMBER = '(\\d{1,4}(?:[.,]\\d{1,2})?)';
const MINUTES = new RegExp(`^${NUMBER}\\s*(?:m|min|mins|minute|minutes|minuten)?\\.?$`);
const HOURS = new RegExp(`^${NUMBER}\\s*(?:h|hr|hrs|hour|hours|std|stunde|stunden)\\.?$`);
const HOURS_AND_MINUTES = /^(\d{1,2})\s*(?:h|std\.?)\s*(\d{1,2})\s*(?:m|min|minuten|minutes)?\.?$/;
const CLOCK_LIKE = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

const decimal = (text: string): number => Number(text.replace(',', '.'));

/** A length in whole minutes, 0 to 24 hours. */
export function readDuration(raw: string): Reading<number> {
  const cell = raw.trim();
  const text = cell.toLowerCase();
  let minutes: number | null = null;
  let match: RegExpExecArray | null;
  if (text.length > MAX_CELL_CHARS) minutes = null;
  else if ((match = CLOCK_LIKE.exec(text))) minutes = Number(match[1]) * 60 + Number(match[2]) + (Number(match[2]) > 59 ? Infinity : 0);
  else if ((match = MINUTES.exec(text))) minutes = decimal(match[1] as string);
  else if ((match = HOURS.exec(text))) minutes = decimal(match[1] as string) * 60;
  else if ((match = HOURS_AND_MINUTES.exec(text))) minutes = Number(match[1]) * 60 + Number(match[2]);
  if (minutes === null || !Number.isFinite(minutes)) return { ok: false, problem: `${quote(cell)} is not a duration; ${DURATION_HINT}` };
  if (minutes > DAY_MINUTES) return { ok: false, problem: `${quote(cell)} is longer than a day; give an end time instead` };
  return { ok: true, value: Math.round(minutes) };
}
