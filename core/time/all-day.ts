/**
 * The days an all-day entry covers, as dates in its own zone: a holiday or
 * "registration open" is on 5 February wherever the attendee is, unlike a
 * session, whose day follows the attendee's clock.
 */
import type { Session } from '../programme/model';
import { dateInZone } from './zoned';
import type { TimeConventions } from './conventions';
import { DEFAULT_CONVENTIONS } from './conventions';
import { dayLabel } from './days';

/** An all-day entry longer than this (two months) shows as a banner on its first days only. */
export const MAX_ALL_DAY_DAYS = 62;

/** The day after a YYYY-MM-DD date. */
export const nextDate = (date: string): string => {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
};

/** The dates from the start date up to (not including) the end date; at least the start date. */
export function allDayDates(session: Session): string[] {
  const first = dateInZone(Date.parse(session.start), session.timeZone);
  const end = dateInZone(Date.parse(session.end), session.timeZone);
  const dates = [first];
  for (let date = nextDate(first); date < end && dates.length < MAX_ALL_DAY_DAYS; date = nextDate(date)) dates.push(date);
  return dates;
}

/** The first date of an all-day entry and the day after its last, as calendars write all-day events. */
export function allDayBounds(session: Session): { first: string; endExclusive: string } {
  const dates = allDayDates(session);
  const first = dates[0] ?? '';
  return { first, endExclusive: nextDate(dates[dates.length - 1] ?? first) };
}

/** "Mon 2 Mar", or "Mon 2 Mar – Tue 3 Mar" for several days. */
export function allDaySpanLabel(session: Session, style: 'short' | 'long' = 'short', conventions: TimeConventions = DEFAULT_CONVENTIONS): string {
  const dates = allDayDates(session);
  const first = dates[0] ?? '';
  const last = dates[dates.length - 1] ?? first;
  return first === last ? dayLabel(first, style, conventions) : `${dayLabel(first, style, conventions)} – ${dayLabel(last, style, conventions)}`;
}

/** Whether a session takes part in clashes, free time and reminders: not all-day, not cancelled. */
export const isTimed = (session: Session): boolean => session.allDay !== true && session.status !== 'cancelled';
