/**
 * DTSTART/DTEND values to instants. ical.js parses the syntax, but its zone
 * arithmetic does not follow RFC 5545 for DST gaps and overlaps (it reads a
 * nonexistent 02:30 with the later offset and an ambiguous one as the second
 * occurrence), so a TZID that names an IANA zone is converted with our own
 * instantOf. Outlook names zones the Windows way ("W. Europe Standard Time"):
 * those are mapped to IANA with CLDR's table (windows-iana), ical.js does not.
 * A VTIMEZONE is used only for a TZID that neither names (see
 * ical-vtimezone.ts for how it is bounded). No VTIMEZONE and an unknown TZID
 * falls back to the calendar's zone with a warning.
 */
import ICAL from 'ical.js';
import type { FeedWarning } from '../programme/model';
import { instantOf } from '../time/zoned';
import { ianaZoneOf } from './ical-zone-name';
import { parameter, type JCalProperty } from './jcal';
import { datePrefixProblem } from '../time/calendar-date';

export interface ICalZoneContext {
  /** Zone for floating times and unusable TZIDs. */
  calendarZone: string;
  vtimezones: Map<string, ICAL.Timezone>;
  warnings: FeedWarning[];
  /** Unknown TZIDs already warned about, so a feed gets one warning per zone. */
  warnedZones: Set<string>;
  /** Instants read so far, by TZID and value: events share their times. */
  readings: Map<string, Map<string, ICalInstant | 'unreadable'>>;
}

export interface ICalInstant {
  ms: number;
  isDate: boolean;
}

const VALUE = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2})(Z)?)?$/;

/** ical.js expands a VTIMEZONE up to the year asked about: later years are not read through one. */
export const MAX_VTIMEZONE_YEAR = 2200;

function viaVTimezone(date: string, time: string, zone: ICAL.Timezone): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (year > MAX_VTIMEZONE_YEAR) return Number.NaN;
  const [hour, minute, second] = time.split(':').map(Number) as [number, number, number];
  return new ICAL.Time({ year, month, day, hour, minute, second, isDate: false }, zone).toUnixTime() * 1000;
}

export function icalInstant(property: JCalProperty | undefined, ctx: ICalZoneContext, at: string): ICalInstant | null | 'unreadable' {
  if (!property) return null;
  const raw = property[3];
  if (typeof raw !== 'string') return 'unreadable';
  return icalWallInstant(raw, parameter(property, 'tzid'), ctx, at);
}

/** A value as ical.js writes it ("2024-02-05", "2024-02-05T10:00:00", "…Z") read in a TZID ('' for none). */
export function icalWallInstant(raw: string, tzid: string, ctx: ICalZoneContext, at: string): ICalInstant | 'unreadable' {
  let byValue = ctx.readings.get(tzid);
  if (!byValue) ctx.readings.set(tzid, (byValue = new Map<string, ICalInstant | 'unreadable'>()));
  let reading = byValue.get(raw);
  if (!reading) byValue.set(raw, (reading = readInstant(raw, tzid, ctx, at)));
  return reading;
}

function readInstant(raw: string, tzid: string, ctx: ICalZoneContext, at: string): ICalInstant | 'unreadable' {
  const match = VALUE.exec(raw);
  // 30 February or year 0050 is refused, not rolled over by Date.parse or ICAL.Time.
  if (!match || datePrefixProblem(raw)) return 'unreadable';
  const date = match[1] as string;
  const time = match[2];
  if (time && match[3]) {
    const ms = Date.parse(`${date}T${time}Z`);
    return Number.isFinite(ms) ? { ms, isDate: false } : 'unreadable';
  }
  let zone = ctx.calendarZone;
  if (tzid !== '') {
    const iana = ianaZoneOf(tzid);
    if (iana) zone = iana;
    else {
      const declared = ctx.vtimezones.get(tzid);
      if (declared && time) {
        const ms = viaVTimezone(date, time, declared);
        return Number.isFinite(ms) ? { ms, isDate: false } : 'unreadable';
      }
      if (!declared && !ctx.warnedZones.has(tzid)) {
        ctx.warnedZones.add(tzid);
        ctx.warnings.push({ message: `unknown time zone "${tzid}" (no VTIMEZONE); read in ${ctx.calendarZone}`, at });
      }
    }
  }
  const ms = instantOf(date, time ?? '00:00', zone);
  return ms === null ? 'unreadable' : { ms, isDate: !time };
}
