/**
 * One session's times as the attendee sees them: in their own zone and in the
 * event's zone, with a marker when the calendar day differs.
 */
import { dateInZone, daysBetween, timeInZone } from './zoned';
import { zoneAbbreviation, zoneLongName } from './zone-label';

export interface ZonedRange {
  zone: string;
  date: string;
  start: string;
  end: string;
  /** Short zone label at the start instant (CET, CEST, EST, UTC+5:45). */
  label: string;
  /** Long zone name for screen readers. */
  longLabel: string;
  /** True when the range ends on a later calendar date than it starts. */
  endsNextDay: boolean;
}

export interface DualTime {
  display: ZonedRange;
  event: ZonedRange;
  /** The two zones show the same wall times: show one range only. */
  same: boolean;
  /** Display date minus event date, in days (+1: it is already tomorrow for the attendee). */
  dayOffset: number;
}

export function zonedRange(startMs: number, endMs: number, zone: string): ZonedRange {
  const date = dateInZone(startMs, zone);
  return {
    zone,
    date,
    start: timeInZone(startMs, zone),
    end: timeInZone(endMs, zone),
    label: zoneAbbreviation(startMs, zone),
    longLabel: zoneLongName(startMs, zone),
    endsNextDay: dateInZone(endMs, zone) !== date && endMs > startMs,
  };
}

export function dualTime(startIso: string, endIso: string, displayZone: string, eventZone: string): DualTime {
  const startMs = Date.parse(startIso);
  const endMs = Date.parse(endIso);
  const display = zonedRange(startMs, endMs, displayZone);
  const event = zonedRange(startMs, endMs, eventZone);
  return {
    display,
    event,
    same: display.date === event.date && display.start === event.start && display.end === event.end,
    dayOffset: daysBetween(event.date, display.date),
  };
}

/** "+1 day", "−1 day", or "" when on the same date. */
export function dayOffsetLabel(dayOffset: number): string {
  if (dayOffset === 0) return '';
  const sign = dayOffset > 0 ? '+' : '−';
  const n = Math.abs(dayOffset);
  return `${sign}${n} day${n === 1 ? '' : 's'}`;
}
