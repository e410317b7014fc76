/**
 * An instant as ical-generator should write it under TZID=<zone>: the wall
 * clock in that zone, read from Intl, never from the machine's zone.
 *
 * ical-generator formats a Date or an ISO string with the machine's local
 * getters, so a wall time that does not exist on the machine (02:30 on the
 * machine's spring-forward night) comes out an hour off (DESIGN.md §5). It
 * also accepts Temporal objects, which it formats from their fields; these
 * are the smallest Temporal-shaped values it needs.
 */
import type { ICalTemporalPlainDateTimeStub, ICalTemporalZonedDateTimeStub } from 'ical-generator';
import { instantOfWallTime, offsetAt, wallTimeAt, type WallTime } from '../time/zoned';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const isoWall = (w: WallTime): string => `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;

function plainDateTime(wall: WallTime): ICalTemporalPlainDateTimeStub {
  const text = isoWall(wall);
  return {
    ...wall,
    toJSON: () => text,
    toString: () => text,
    toPlainDate: () => ({ year: wall.year, month: wall.month, day: wall.day, toJSON: () => text.slice(0, 10), toString: () => text.slice(0, 10) }),
    toZonedDateTime: (zone: string) => wallClockValue(instantOfWallTime(wall, zone), zone),
  };
}

/** The instant `instantMs` as a Temporal.ZonedDateTime-like value in `zone`. */
export function wallClockValue(instantMs: number, zone: string): ICalTemporalZonedDateTimeStub {
  const wall = wallTimeAt(instantMs, zone);
  const text = `${isoWall(wall)}[${zone}]`;
  return {
    ...wall,
    timeZoneId: zone,
    toInstant: () => ({ epochMilliseconds: instantMs, toJSON: () => new Date(instantMs).toISOString(), toString: () => new Date(instantMs).toISOString(), toZonedDateTimeISO: (other: string) => wallClockValue(instantMs, other) }),
    toPlainDateTime: () => plainDateTime(wall),
    withTimeZone: (other: string) => wallClockValue(instantMs, other),
    toJSON: () => text,
    toString: () => text,
  };
}

const DAY_MS = 86_400_000;

/**
 * True when the instant's wall time occurs twice in the zone (the hour repeated
 * when clocks fall back). Such a TZID time is ambiguous: RFC 5545 means the first
 * occurrence, but ical.js (Thunderbird) and python-icalendar read the second,
 * so the export writes these sessions in UTC instead.
 */
export function isRepeatedWallTime(instantMs: number, zone: string): boolean {
  const w = wallTimeAt(instantMs, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const candidates = new Set([asUtc - offsetAt(asUtc - DAY_MS, zone), asUtc - offsetAt(asUtc + DAY_MS, zone)]);
  return [...candidates].filter((instant) => offsetAt(instant, zone) === asUtc - instant).length > 1;
}
