/**
 * Wall time <-> instant in an IANA zone, computed from Intl so that the
 * result never depends on the machine's own zone (date-fns-tz's fromZonedTime
 * resolves ambiguous times through the machine zone; docs/architecture.md, Time rules).
 */

import { boundedMemo } from './bounded-memo';
import { isRealDate, utcMs } from './calendar-date';

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Intl's reading of the wall clock (slow: a few microseconds a call); everything else goes through offsetAt's cache. */
function intlWallTime(instantMs: number, zone: string): WallTime {
  const wall: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of partsFormatter(zone).formatToParts(instantMs)) {
    if (part.type in wall) wall[part.type as keyof WallTime] = Number(part.value);
  }
  return wall;
}

function intlOffset(instantMs: number, zone: string): number {
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  const w = intlWallTime(wholeSecond, zone);
  return utcMs(w.year, w.month, w.day, w.hour, w.minute, w.second) - wholeSecond;
}

/**
 * Offsets change rarely and, for modern dates, on quarter-hour UTC boundaries:
 * cache one per zone and 15-minute slot. A slot is cached only when its first
 * and last second agree, so a slot that holds a transition is always computed.
 */
const SLOT_MS = 15 * 60_000;
const MAX_CACHED_SLOTS = 200_000;
const offsetCache = new Map<string, Map<number, number>>();
let cachedSlots = 0;

/** The zone's UTC offset at an instant, in milliseconds (east positive). */
export function offsetAt(instantMs: number, zone: string): number {
  const slot = Math.floor(instantMs / SLOT_MS);
  let slots = offsetCache.get(zone);
  const cached = slots?.get(slot);
  if (cached !== undefined) return cached;
  const first = intlOffset(slot * SLOT_MS, zone);
  const last = intlOffset(slot * SLOT_MS + SLOT_MS - 1000, zone);
  if (first !== last) return intlOffset(instantMs, zone);
  if (cachedSlots >= MAX_CACHED_SLOTS) {
    offsetCache.clear();
    cachedSlots = 0;
  }
  if (!slots) {
    slots = new Map();
    offsetCache.set(zone, slots);
  }
  slots.set(slot, first);
  cachedSlots++;
  return first;
}

export function wallTimeAt(instantMs: number, zone: string): WallTime {
  const local = new Date(Math.floor(instantMs / 1000) * 1000 + offsetAt(instantMs, zone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

const DAY_MS = 86_400_000;

/**
 * The instant a wall time denotes in a zone, following RFC 5545 §3.3.5:
 * a time that occurs twice (fall back) is the first occurrence; a time that
 * does not exist (spring forward) is shifted forward by the length of the gap.
 */
export function instantOfWallTime(wall: WallTime, zone: string): number {
  const asUtc = utcMs(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second);
  // Offsets a day either side bracket any single transition near this wall time.
  const offsetBefore = offsetAt(asUtc - DAY_MS, zone);
  const offsetAfter = offsetAt(asUtc + DAY_MS, zone);
  const candidates = [asUtc - offsetBefore, asUtc - offsetAfter].filter(
    (instant) => offsetAt(instant, zone) === asUtc - instant,
  );
  if (candidates.length > 0) return candidates.reduce((earliest, instant) => Math.min(earliest, instant));
  // In a gap: read the wall time with the offset in force before the transition.
  return asUtc - offsetBefore;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * "2024-02-05" + "11:30" in "Europe/Vienna" -> instant ms; null when either string is malformed or
 * names no real moment (30 February, a year outside 1000–9999, 10:75).
 */
export function instantOf(date: string, time: string, zone: string): number | null {
  // Programmes repeat the same dates and clocks thousands of times: each is read once. Nested
  // tables rather than one joined key, which would allocate a string for every lookup.
  let byDate = instantTable.get(zone);
  if (!byDate) instantTable.set(zone, (byDate = new Map<string, Map<string, number | null>>()));
  let byTime = byDate.get(date);
  if (!byTime) byDate.set(date, (byTime = new Map<string, number | null>()));
  let instant = byTime.get(time);
  if (instant === undefined) {
    if (instantTableSize >= MAX_INSTANT_TABLE) {
      instantTable.clear();
      instantTableSize = 0;
      return readInstantOf(date, time, zone);
    }
    instant = readInstantOf(date, time, zone);
    byTime.set(time, instant);
    instantTableSize++;
  }
  return instant;
}

const MAX_INSTANT_TABLE = 20_000;
const instantTable = new Map<string, Map<string, Map<string, number | null>>>();
let instantTableSize = 0;

function readInstantOf(date: string, time: string, zone: string): number | null {
  const d = DATE_PATTERN.exec(date.trim());
  const t = TIME_PATTERN.exec(time.trim());
  if (!d || !t) return null;
  const wall: WallTime = {
    year: Number(d[1]),
    month: Number(d[2]),
    day: Number(d[3]),
    hour: Number(t[1]),
    minute: Number(t[2]),
    second: Number(t[3] ?? 0),
  };
  // Refused rather than rolled over: 30 February, year 0050 (Date.UTC would make it 1950), 10:75.
  // 24:00 is the end of the day, as ISO 8601 allows; 24:30 is not a time.
  const clockOk = wall.minute <= 59 && wall.second <= 59 && (wall.hour < 24 || (wall.hour === 24 && wall.minute === 0 && wall.second === 0));
  if (!clockOk || !isRealDate(wall.year, wall.month, wall.day)) return null;
  return instantOfWallTime(wall, zone);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Calendar date of an instant in a zone, YYYY-MM-DD. */
export function dateInZone(instantMs: number, zone: string): string {
  // Offsets are whole seconds, so the local day is found without building the wall time;
  // a programme has few days, and each is formatted once (grouping 10,000 sessions calls this for each).
  return dateOfLocalDay(Math.floor((instantMs + offsetAt(instantMs, zone)) / DAY_MS));
}

const dateOfLocalDay = boundedMemo((day: number): string => {
  const date = new Date(day * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
});

/** Wall clock of an instant in a zone, HH:MM. */
export function timeInZone(instantMs: number, zone: string): string {
  const w = wallTimeAt(instantMs, zone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** Whole days from one YYYY-MM-DD date to another. */
export function daysBetween(fromDate: string, toDate: string): number {
  return Math.round((Date.parse(`${toDate}T00:00:00Z`) - Date.parse(`${fromDate}T00:00:00Z`)) / DAY_MS);
}

/** An instant as the model stores it: ISO 8601 UTC without milliseconds. */
export function toIsoInstant(instantMs: number): string {
  return memoIso(instantMs);
}

// Sessions share their start and end instants: each is formatted once.
const memoIso = boundedMemo((instantMs: number): string => new Date(instantMs).toISOString().replace('.000Z', 'Z'));
