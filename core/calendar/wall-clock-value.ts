/**
 * An instant as ical-generator should write it under TZID=<zone>: the wall
 * clock in that zone, read from Intl, never from the machine's zone.
 *
 * ical-generator formats a Date or an ISO string with the machine's local
 * getters, so a wall time that does not exist on the machine (02:30 on the
 * machine's spring-forward night) comes out an hour off (docs/architecture.md, Time rules). It
 * also accepts Temporal objects, which it formats from their fields; these
 * are the smallest Temporal-shaped values it needs.
 */
import type {
  ICalTemporalInstantStub,
  ICalTemporalPlainDateStub,
  ICalTemporalPlainDateTimeStub,
  ICalTemporalZonedDateTimeStub,
} from 'ical-generator';
import { instantOfWallTime, offsetAt, wallTimeAt, type WallTime } from '../time/zoned';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const isoWall = (w: WallTime): string => `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;

// Classes rather than object literals full of closures: an export of a big programme makes
// several of these per session, and per-object closures were most of its garbage.

class PlainDate implements ICalTemporalPlainDateStub {
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {}
  toJSON(): string {
    return `${pad(this.year, 4)}-${pad(this.month)}-${pad(this.day)}`;
  }
  toString(): string {
    return this.toJSON();
  }
  /** ical-generator recognises a plain date by this method (and writes it as VALUE=DATE for all-day events). */
  toPlainDateTime(): ICalTemporalPlainDateTimeStub {
    return new PlainDateTime({ year: this.year, month: this.month, day: this.day, hour: 0, minute: 0, second: 0 });
  }
}

class PlainDateTime implements ICalTemporalPlainDateTimeStub {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  constructor(wall: WallTime) {
    ({ year: this.year, month: this.month, day: this.day, hour: this.hour, minute: this.minute, second: this.second } = wall);
  }
  toJSON(): string {
    return isoWall(this);
  }
  toString(): string {
    return isoWall(this);
  }
  toPlainDate(): ICalTemporalPlainDateStub {
    return new PlainDate(this.year, this.month, this.day);
  }
  toZonedDateTime(zone: string): ICalTemporalZonedDateTimeStub {
    return wallClockValue(instantOfWallTime(this, zone), zone);
  }
}

class Instant implements ICalTemporalInstantStub {
  constructor(readonly epochMilliseconds: number) {}
  toJSON(): string {
    return new Date(this.epochMilliseconds).toISOString();
  }
  toString(): string {
    return this.toJSON();
  }
  toZonedDateTimeISO(zone: string): ICalTemporalZonedDateTimeStub {
    return wallClockValue(this.epochMilliseconds, zone);
  }
}

class ZonedDateTime extends PlainDateTime implements ICalTemporalZonedDateTimeStub {
  constructor(
    private readonly instantMs: number,
    readonly timeZoneId: string,
  ) {
    super(wallTimeAt(instantMs, timeZoneId));
  }
  override toJSON(): string {
    return `${isoWall(this)}[${this.timeZoneId}]`;
  }
  override toString(): string {
    return this.toJSON();
  }
  toInstant(): ICalTemporalInstantStub {
    return new Instant(this.instantMs);
  }
  toPlainDateTime(): ICalTemporalPlainDateTimeStub {
    return new PlainDateTime(this);
  }
  withTimeZone(zone: string): ICalTemporalZonedDateTimeStub {
    return new ZonedDateTime(this.instantMs, zone);
  }
}

/** The instant `instantMs` as a Temporal.ZonedDateTime-like value in `zone`. */
/** A YYYY-MM-DD date as ical-generator writes an all-day date (VALUE=DATE, no zone). */
export function plainDateValue(date: string): ICalTemporalPlainDateStub {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new PlainDate(year, month, day);
}

export function wallClockValue(instantMs: number, zone: string): ICalTemporalZonedDateTimeStub {
  return new ZonedDateTime(instantMs, zone);
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
