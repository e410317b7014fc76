/**
 * When a frab/Pentabarf event starts. Newer exports carry <date> with a UTC
 * offset, which is the truth (38C3 lists events of the next calendar day under
 * the previous <day>, wafer writes <date> in UTC while <start> is local).
 * Older exports only have the day's date, a wall-clock <start> and
 * <day_change>: a start earlier than the day change is after midnight, so it
 * belongs to the next calendar date (28C3: day 1 at 00:15 is 28 December).
 */
import { instantOf } from '../time/zoned';
import { boundedMemo } from '../time/bounded-memo';
import { datePrefixProblem } from '../time/calendar-date';

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

export interface FrabSlot {
  /** The event's own <date>, ideally a date-time with offset. */
  date?: string;
  /** The enclosing <day date="…">. */
  dayDate?: string;
  /** The event's <start>, a wall-clock HH:MM (rarely a full date-time). */
  start?: string;
  /** The conference's <day_change>, HH:MM or HH:MM:SS. */
  dayChange?: string;
}

/**
 * `dateUnread`: the event's own date was there but unreadable, so the day and start were used instead.
 * A failure is `refused` when the text names an impossible date
 * (the session must go), not merely an unreadable one.
 */
export type SlotStart = { ok: true; startMs: number; offsetMissing: boolean; dateUnread?: true } | { ok: false; reason: string; refused: boolean };

const MAX_QUOTED = 40;
const quoted = (text: string): string => JSON.stringify(text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text);

/** A date that must not be read at all (30 February, year 0050, which Date would shift silently); null when it may be. */
function refusedDate(text: string): SlotStart | null {
  const problem = datePrefixProblem(text);
  return problem ? { ok: false, reason: `has a date ${quoted(text)} that ${problem}`, refused: true } : null;
}

function minutesOfClock(text: string): number | null {
  const m = CLOCK.exec(text.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The warning for an ok slot whose own date was unreadable; null when there is nothing to say. */
export function unreadDateMessage(slot: SlotStart, title: string, date: string): string | null {
  if (!slot.ok || !slot.dateUnread) return null;
  return `"${title || '(untitled)'}" has an unreadable date ${JSON.stringify(date.trim().slice(0, 40))}; read from its day and start instead`;
}

/** The calendar date after a real YYYY-MM-DD date (callers check it first: Date.parse would roll 30 February over). */
export function nextDate(date: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(ms) ? new Date(ms + 86_400_000).toISOString().slice(0, 10) : date;
}

// Feeds repeat the same instants thousands of times: each is read once.
const parseOffsetInstant = boundedMemo((text: string): number | null => {
  if (!WITH_OFFSET.test(text)) return null;
  const ms = Date.parse(text.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isFinite(ms) ? ms : null;
});

/** Wall date + clock in the zone; null when the clock is malformed. */
function wallInstant(date: string, clock: string, zone: string, dayChange?: string): number | null {
  const minutes = minutesOfClock(clock);
  const change = dayChange ? minutesOfClock(dayChange) : null;
  const calendarDate = minutes !== null && change !== null && minutes < change ? nextDate(date) : date;
  return instantOf(calendarDate, clock, zone);
}

export function frabSlotStart(slot: FrabSlot, zone: string): SlotStart {
  const date = (slot.date ?? '').trim();
  const start = (slot.start ?? '').trim();
  const dayDate = (slot.dayDate ?? '').trim();
  if (date) {
    const refused = refusedDate(date);
    if (refused) return refused;
    const exact = parseOffsetInstant(date);
    if (exact !== null) return { ok: true, startMs: exact, offsetMissing: false };
    const local = LOCAL_DATE_TIME.exec(date);
    if (local) {
      const ms = instantOf(local[1] as string, local[2] as string, zone);
      if (ms !== null) return { ok: true, startMs: ms, offsetMissing: true };
    }
    if (DATE_ONLY.test(date) && start) {
      // A bare calendar date is already the real date: no day-change shift.
      const ms = instantOf(date, start, zone);
      if (ms !== null) return { ok: true, startMs: ms, offsetMissing: false };
    }
  }
  const unread = date ? ({ dateUnread: true } as const) : {};
  const refusedStart = refusedDate(start);
  if (refusedStart) return refusedStart;
  const startExact = parseOffsetInstant(start);
  if (startExact !== null) return { ok: true, startMs: startExact, offsetMissing: false, ...unread };
  if (DATE_ONLY.test(dayDate) && start) {
    const refusedDay = refusedDate(dayDate);
    if (refusedDay) return refusedDay;
    const ms = wallInstant(dayDate, start, zone, slot.dayChange);
    if (ms !== null) return { ok: true, startMs: ms, offsetMissing: false, ...unread };
  }
  if (!start && !date) return { ok: false, reason: 'has no start time', refused: false };
  return { ok: false, reason: `has an unreadable start time ${quoted(date || start)}`, refused: false };
}

/**
 * "00:30", "01:30:00", "1:00", "PT1H30M" or plain minutes -> milliseconds; null when unreadable.
 * Any number of hours or minutes is read as written, however absurd ("99999999:00"): the session
 * span check then refuses it by name, instead of the session silently getting no length.
 */
export function parseDuration(text: string): number | null {
  return memoDuration(text);
}

// Most sessions of a programme share a handful of lengths: each is read once.
const memoDuration = boundedMemo((text: string): number | null => {
  const value = text.trim();
  const clock = /^(\d+):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (clock) return ((Number(clock[1]) * 60 + Number(clock[2])) * 60 + Number(clock[3] ?? 0)) * 1000;
  const iso = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/i.exec(value);
  if (iso && value.length > 2) return ((Number(iso[1] ?? 0) * 60 + Number(iso[2] ?? 0)) * 60 + Number(iso[3] ?? 0)) * 1000;
  if (/^\d+$/.test(value)) return Number(value) * 60_000;
  return null;
});

/** A conference start/end that may be a date or a date-time: the calendar date in the zone. */
export function conferenceDate(text: string, toDate: (ms: number) => string): string {
  const value = text.trim();
  // An impossible date is dropped (the sessions' own dates then stand in), never rolled over.
  if (datePrefixProblem(value)) return '';
  if (DATE_ONLY.test(value)) return value;
  const exact = parseOffsetInstant(value);
  if (exact !== null) return toDate(exact);
  const local = LOCAL_DATE_TIME.exec(value);
  return local ? (local[1] as string) : '';
}
