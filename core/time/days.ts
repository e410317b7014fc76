/** Grouping sessions into calendar days of a chosen zone. */
import type { Session } from '../programme/model';
import type { TimeConventions } from './conventions';
import { DEFAULT_CONVENTIONS } from './conventions';
import { cachedDateTimeFormat } from './formatter-cache';
import { dateInZone } from './zoned';

export interface ProgrammeDay {
  /** YYYY-MM-DD in the grouping zone. */
  date: string;
  sessions: Session[];
}

/** The last grouping per session list and zone: several views group the same programme on every render. */
const groupings = new WeakMap<readonly Session[], Map<string, ProgrammeDay[]>>();

/** Sessions keep their order; a session that crosses midnight belongs to its start day, an all-day entry to its first date. Results are shared: do not mutate. */
export function groupByDay(sessions: readonly Session[], zone: string): ProgrammeDay[] {
  const byZone = groupings.get(sessions);
  const known = byZone?.get(zone);
  if (known) return known;
  const days = groupSessions(sessions, zone);
  if (byZone) byZone.set(zone, days);
  else groupings.set(sessions, new Map([[zone, days]]));
  return days;
}

function groupSessions(sessions: readonly Session[], zone: string): ProgrammeDay[] {
  const days = new Map<string, Session[]>();
  for (const session of sessions) {
    // An all-day entry is on its own dates (see all-day.ts), wherever the attendee is.
    const date = dateInZone(Date.parse(session.start), session.allDay ? session.timeZone : zone);
    const list = days.get(date);
    if (list) list.push(session);
    else days.set(date, [session]);
  }
  return [...days.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, list]) => ({ date, sessions: list }));
}

/**
 * "Mon 5 Feb" (en-GB), "Mon, Feb 5" (en-US), "Mo., 5. Feb." (de) for a YYYY-MM-DD
 * date; the long style adds the year and spells out weekday and month. Formatted
 * as a UTC date, so no zone shifts it.
 */
export function dayLabel(date: string, style: 'short' | 'long' = 'short', conventions: TimeConventions = DEFAULT_CONVENTIONS): string {
  const options: Intl.DateTimeFormatOptions = {
    timeZone: 'UTC',
    weekday: style,
    day: 'numeric',
    month: style,
    ...(style === 'long' ? { year: 'numeric' } : {}),
  };
  return cachedDateTimeFormat(conventions.locale, options).format(Date.parse(`${date}T12:00:00Z`));
}

/** The day to show: the requested one if the programme has it, else today, else the first day. */
export function pickDay(dates: readonly string[], requested: string | undefined, today: string): string | undefined {
  if (requested && dates.includes(requested)) return requested;
  return dates.includes(today) ? today : dates[0];
}
