/**
 * One session's times as the attendee sees them: in their own zone and in the
 * event's zone, with a marker when the calendar day differs.
 */
import { clockTime } from './clock-time';
import type { TimeConventions } from './conventions';
import { DEFAULT_CONVENTIONS } from './conventions';
import { dateInZone, daysBetween } from './zoned';
import { zoneAbbreviation, zoneLongName } from './zone-label';

export interface ZonedRange {
  zone: string;
  date: string;
  /** Clock times in the conventions ("14:05", "2:05 PM"). */
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

export function zonedRange(startMs: number, endMs: number, zone: string, conventions: TimeConventions = DEFAULT_CONVENTIONS): ZonedRange {
  const date = dateInZone(startMs, zone);
  return {
    zone,
    date,
    start: clockTime(startMs, zone, conventions),
    end: clockTime(endMs, zone, conventions),
    label: zoneAbbreviation(startMs, zone, conventions.locale),
    longLabel: zoneLongName(startMs, zone, conventions.locale),
    endsNextDay: dateInZone(endMs, zone) !== date && endMs > startMs,
  };
}

export function dualTime(
  startIso: string,
  endIso: string,
  displayZone: string,
  eventZone: string,
  conventions: TimeConventions = DEFAULT_CONVENTIONS,
): DualTime {
  const startMs = Date.parse(startIso);
  const endMs = Date.parse(endIso);
  const display = zonedRange(startMs, endMs, displayZone, conventions);
  const event = zonedRange(startMs, endMs, eventZone, conventions);
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
