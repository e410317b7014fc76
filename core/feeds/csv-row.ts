/**
 * One spreadsheet row -> one Session, or the reason it cannot be read, naming
 * the column by its header as the organiser wrote it. The date and start may
 * be in separate columns or together in either ("2027-02-03 13:30"); the end
 * is a time (a day later when it is earlier than the start, for sessions
 * across midnight), a date and time, the second half of a range in the start
 * cell (09:00–10:30), or comes from the duration.
 */
import type { Room, Session } from '../programme/model';
import { instantOf, instantOfWallTime, toIsoInstant } from '../time/zoned';
import { boundedMemo } from '../time/bounded-memo';
import { isKnownTimeZone } from '../settings';
import { oneLine, plainText } from './plain-text';
import type { CsvColumns, CsvField } from './csv-headers';
import { readDate, type Reading } from './csv-date';
import { CLOCK_HINT, readClock, readClockRange, readDuration } from './csv-clock';

/** Longer cells are refused: no real title or abstract comes near it, and it bounds the work per row. */
export const MAX_CSV_FIELD_CHARS = 100_000;
const MAX_SPEAKERS = 100;
/** An end earlier than the start is read as the next day only up to this length; beyond it is a typo. */
const MAX_ACROSS_MIDNIGHT_MINUTES = 12 * 60;

export interface RowContext {
  header: readonly string[];
  columns: CsvColumns;
  /** Zone for rows whose time zone cell is empty: the feed's default zone. */
  zone: string;
  room(name: string, url: string): Room;
}

export interface RowSession {
  session: Session;
  /** The wall date and clock (YYYY-MM-DD, HH:MM) the id is derived from when the row has none. */
  date: string;
  clock: string;
}

interface When {
  date: string | null;
  minutes: number | null;
}

class RowProblem extends Error {}

/** IANA names are short; a longer cell is not asked of Intl (whose answers are remembered). */
export const isZoneName = (cell: string): boolean => cell.length <= 64 && isKnownTimeZone(cell);

/** A date, a time, or both separated by a space or "T"; the time is tried on the last one to three words. */
function readWhen(cell: string, expected: 'date' | 'time'): Reading<When> {
  const date = readDate(cell);
  if (date.ok) return { ok: true, value: { date: date.value, minutes: null } };
  const clock = readClock(cell);
  if (clock.ok) return { ok: true, value: { date: null, minutes: clock.value } };
  const words = cell.trim().replace(/^(\d{4}-\d{1,2}-\d{1,2})T/, '$1 ').split(/\s+/);
  for (let timeWords = 1; timeWords <= Math.min(3, words.length - 1); timeWords++) {
    const datePart = readDate(words.slice(0, -timeWords).join(' '));
    const timePart = readClock(words.slice(-timeWords).join(' '));
    if (datePart.ok && timePart.ok) return { ok: true, value: { date: datePart.value, minutes: timePart.value } };
  }
  return expected === 'date' || cell.includes('/') ? date : clock;
}

/** Spreadsheets repeat the same few dates and clocks in every row: each cell text is read once. */
const memoDateCell = boundedMemo((cell: string) => readWhen(cell, 'date'));
const memoTimeCell = boundedMemo((cell: string) => readWhen(cell, 'time'));
/** Longer cells are no real date or time: they are read (and refused) without filling the memo. */
const MAX_MEMO_KEY = 64;
const readDateCell = (cell: string): Reading<When> => (cell.length > MAX_MEMO_KEY ? readWhen(cell, 'date') : memoDateCell(cell));
const readTimeCell = (cell: string): Reading<When> => (cell.length > MAX_MEMO_KEY ? readWhen(cell, 'time') : memoTimeCell(cell));

const pad = (n: number): string => String(n).padStart(2, '0');
const clockText = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

function instant(date: string, minutes: number, zone: string): number {
  // instantOf remembers the wall times it has read; past midnight (an end on the next day) is rare.
  if (minutes < 24 * 60) return instantOf(date, clockText(minutes), zone) as number;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return instantOfWallTime({ year, month, day, hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0 }, zone);
}

/** Speakers separated by semicolons or line breaks when there are any (so "Müller, Anna; Doe, Jo" works), else by commas. */
function speakersOf(cell: string): string[] {
  const names = (/[;\n]/.test(cell) ? cell.split(/[;\n]/) : cell.split(','))
    .map((name) => oneLine(name))
    .filter((name) => name !== '');
  return names.slice(0, MAX_SPEAKERS);
}

export function readRow(cells: readonly string[], ctx: RowContext): Reading<RowSession> {
  const name = (field: CsvField): string => (ctx.header[ctx.columns[field] as number] ?? field).trim();
  const cell = (field: CsvField): string => {
    const index = ctx.columns[field];
    const text = index === undefined ? '' : (cells[index] ?? '');
    if (text.length > MAX_CSV_FIELD_CHARS) {
      throw new RowProblem(`${name(field)}: ${text.length.toLocaleString('en')} characters; at most ${MAX_CSV_FIELD_CHARS.toLocaleString('en')} are read`);
    }
    return text;
  };
  const when = (field: CsvField): When => {
    const text = cell(field);
    if (text.trim() === '') return { date: null, minutes: null };
    const reading = field === 'date' || field === 'endDate' ? readDateCell(text) : readTimeCell(text);
    if (!reading.ok) throw new RowProblem(`${name(field)}: ${reading.problem}`);
    return reading.value;
  };
  try {
    const fromDate = when('date');
    // "09:00–10:30" in a Start or Uhrzeit column gives the end too.
    const range = readClockRange(cell('start'));
    const fromStart = range ? { date: null, minutes: range.from } : when('start');
    if (fromDate.date && fromStart.date && fromDate.date !== fromStart.date) {
      throw new RowProblem(`${name('start')} says ${fromStart.date} but ${name('date')} says ${fromDate.date}`);
    }
    const date = fromDate.date ?? fromStart.date;
    const minutes = fromStart.minutes ?? fromDate.minutes;
    const where = ctx.columns.start !== undefined ? name('start') : name('date');
    if (date === null) throw new RowProblem(`${ctx.columns.date !== undefined ? name('date') : where}: no date; use 2027-02-03`);
    if (minutes === null) throw new RowProblem(`${where}: no start time; ${CLOCK_HINT}`);

    const zoneCell = oneLine(cell('timeZone'));
    if (zoneCell !== '' && !isZoneName(zoneCell)) {
      throw new RowProblem(`${name('timeZone')}: '${zoneCell.slice(0, 40)}' is not a time zone; use a name such as Europe/Vienna`);
    }
    const zone = zoneCell || ctx.zone;
    const startMs = instant(date, minutes, zone);
    let endMs = startMs;
    const endCell = when('end');
    const end = range && endCell.minutes === null && endCell.date === null ? { date: null, minutes: range.to } : endCell;
    // An End date column (Google Calendar's import layout) dates an end time that has no date of its own.
    const endDate = end.date ?? (end.minutes === null ? null : when('endDate').date);
    const durationCell = cell('duration');
    if (end.minutes !== null || end.date !== null) {
      endMs = instant(endDate ?? date, end.minutes ?? 0, zone);
      const endClock = end.minutes;
      const acrossMidnight = endDate === null && endClock !== null && endClock < minutes && 24 * 60 - minutes + endClock <= MAX_ACROSS_MIDNIGHT_MINUTES;
      if (acrossMidnight) endMs = instant(date, endClock + 24 * 60, zone);
    } else if (durationCell.trim() !== '') {
      const duration = readDuration(durationCell);
      if (!duration.ok) throw new RowProblem(`${name('duration')}: ${duration.problem}`);
      endMs = startMs + duration.value * 60_000;
    }

    const roomUrl = cell('roomUrl').trim();
    const roomName = oneLine(cell('room')) || (roomUrl ? 'Online' : '');
    const session: Session = {
      id: oneLine(cell('id')),
      title: oneLine(cell('title')),
      subtitle: '',
      abstract: plainText(cell('abstract')),
      start: toIsoInstant(startMs),
      end: toIsoInstant(endMs),
      timeZone: zone,
      room: ctx.room(roomName, roomUrl),
      track: oneLine(cell('track')),
      type: oneLine(cell('type')),
      language: oneLine(cell('language')),
      persons: speakersOf(cell('speakers')).map((person) => ({ name: person })),
      links: [],
    };
    return { ok: true, value: { session, date, clock: clockText(minutes) } };
  } catch (error) {
    if (error instanceof RowProblem) return { ok: false, problem: error.message };
    throw error;
  }
}
