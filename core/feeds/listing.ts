/**
 * The feed checker's view of a parsed feed: every session with its instants,
 * its wall times in the event zone and in a display zone. Pure, so the CLI's
 * output can be tested without spawning it.
 */
import type { FeedWarning, Session } from '../programme/model';
import type { ParseResult } from './types';
import { dualTime } from '../time/dual-time';
import { allDayDates } from '../time/all-day';

export interface ListedSession {
  id: string;
  title: string;
  start: string;
  end: string;
  room: string;
  roomUrl: string | null;
  track: string;
  type: string;
  persons: string[];
  /** For an all-day entry: start and end are '', lastDate is its last day (the same in every zone). */
  event: { date: string; start: string; end: string; lastDate?: string };
  local: { zone: string; date: string; start: string; end: string; dayOffset: number };
  allDay?: true;
  status?: 'cancelled';
}

export interface Listing {
  conference: { title: string; timeZone: string };
  warnings: string[];
  sessions: ListedSession[];
}

export const warningText = (warning: FeedWarning): string => (warning.at ? `${warning.message} (at ${warning.at})` : warning.message);

/** What a listed session says whatever its timing. */
const listedFields = (session: Session): Omit<ListedSession, 'event' | 'local'> => ({
  id: session.id,
  title: session.title,
  start: session.start,
  end: session.end,
  room: session.room.name,
  roomUrl: session.room.url,
  track: session.track,
  type: session.type,
  persons: session.persons.map((p) => p.name),
});

export function buildListing(result: ParseResult, displayZone: string): Listing {
  const { conference, sessions } = result.programme;
  return {
    conference: { title: conference.title, timeZone: conference.timeZone },
    warnings: result.warnings.map(warningText),
    sessions: sessions.map((session): ListedSession => {
      // The same computation the programme on screen uses, so checker and app cannot disagree.
      const time = dualTime(session.start, session.end, displayZone, session.timeZone);
      const marks = { ...(session.allDay ? { allDay: true as const } : {}), ...(session.status ? { status: session.status } : {}) };
      if (session.allDay) {
        const dates = allDayDates(session);
        const [first = '', last = first] = [dates[0], dates[dates.length - 1]];
        return {
          ...listedFields(session),
          event: { date: first, start: '', end: '', lastDate: last },
          local: { zone: displayZone, date: first, start: '', end: '', dayOffset: 0 },
          ...marks,
        };
      }
      return {
        ...listedFields(session),
        event: { date: time.event.date, start: time.event.start, end: time.event.end },
        local: { zone: displayZone, date: time.display.date, start: time.display.start, end: time.display.end, dayOffset: time.dayOffset },
        ...marks,
      };
    }),
  };
}

const fit = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));

/** A plain-text table for organisers reading a terminal. */
export function formatListingTable(listing: Listing): string {
  const { title, timeZone } = listing.conference;
  const localZone = listing.sessions[0]?.local.zone ?? '';
  const lines = [`${title || '(untitled)'}: ${listing.sessions.length} sessions, event zone ${timeZone}, local zone ${localZone}`, ''];
  lines.push(`${fit('event date', 10)}  ${fit('event time', 11)}  ${fit('local time', 16)}  ${fit('room', 20)}  title`);
  for (const s of listing.sessions) {
    const marker = s.local.dayOffset === 0 ? '' : ` ${s.local.dayOffset > 0 ? '+' : ''}${s.local.dayOffset}d`;
    const eventTime = s.allDay ? fit('all day', 11) : `${s.event.start}-${s.event.end}`;
    const localTime = s.allDay ? 'all day' : `${s.local.start}-${s.local.end}${marker}`;
    const lastDay = s.allDay && s.event.lastDate !== s.event.date ? ` (to ${s.event.lastDate})` : '';
    const title = `${s.title}${lastDay}${s.status === 'cancelled' ? ' (cancelled)' : ''}`;
    lines.push(`${s.event.date}  ${eventTime}  ${fit(localTime, 16)}  ${fit(s.room, 20)}  ${title}`);
  }
  return lines.join('\n');
}
