/**
 * "Add to Google Calendar" and "Add to Outlook" links for one session. These
 * services take no .ics: the event goes in the query, times in UTC. Links are
 * kept under MAX_LINK_LENGTH (browsers and the services cut long URLs) by
 * shortening the details first, then the title and location.
 */
import type { Session } from '../programme/model';
import { descriptionOf, locationOf, summaryOf } from './event-text';
import { allDayBounds } from '../time/all-day';

export const MAX_LINK_LENGTH = 2000;

export type OutlookService = 'live' | 'office365';

const OUTLOOK_HOSTS: Record<OutlookService, string> = {
  live: 'https://outlook.live.com',
  office365: 'https://outlook.office.com',
};

interface LinkText {
  title: string;
  details: string;
  location: string;
}

/** Cut to `max` characters (code points, so no surrogate pair is split), marking the cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return max <= 0 ? '' : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

const query = (params: [string, string][]): string => params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');

/** Longest text that keeps build(text) within the limit (binary search on the cut). */
function fit(build: (text: LinkText) => string, text: LinkText): string {
  const fitsWith = (details: number, other: number): string | null => {
    const url = build({ title: truncate(text.title, other), location: truncate(text.location, other), details: truncate(text.details, details) });
    return url.length <= MAX_LINK_LENGTH ? url : null;
  };
  const whole = fitsWith(Infinity, Infinity);
  if (whole) return whole;
  for (const other of [Infinity, 300, 100]) {
    if (!fitsWith(0, other)) continue;
    let [lo, hi] = [0, Array.from(text.details).length];
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fitsWith(mid, other)) lo = mid;
      else hi = mid - 1;
    }
    return fitsWith(lo, other)!;
  }
  return fitsWith(0, 20) ?? build({ title: truncate(text.title, 20), details: '', location: '' });
}

const compactUtc = (iso: string): string => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const isoUtc = (iso: string): string => new Date(iso).toISOString().replace(/\.\d{3}/, '');

function linkText(session: Session, displayZone?: string | null): LinkText {
  return { title: summaryOf(session), details: descriptionOf(session, displayZone), location: locationOf(session) };
}

function outlookTimes(session: Session): [string, string][] {
  if (!session.allDay) return [['startdt', isoUtc(session.start)], ['enddt', isoUtc(session.end)]];
  const { first, endExclusive } = allDayBounds(session);
  return [['allday', 'true'], ['startdt', first], ['enddt', endExclusive]];
}

/** calendar.google.com/calendar/render?action=TEMPLATE: UTC times, shown in the event zone (ctz). */
export function googleCalendarLink(session: Session, displayZone?: string | null): string {
  // An all-day entry: its dates, end exclusive, as Google writes all-day events.
  const days = session.allDay ? allDayBounds(session) : null;
  const dates = days ? `${days.first.replace(/-/g, '')}/${days.endExclusive.replace(/-/g, '')}` : `${compactUtc(session.start)}/${compactUtc(session.end)}`;
  return fit(
    (t) =>
      `https://calendar.google.com/calendar/render?action=TEMPLATE&${query([['text', t.title]])}&dates=${dates}&${query([
        ['details', t.details],
        ['location', t.location],
        ['ctz', session.timeZone],
      ])}`,
    linkText(session, displayZone),
  );
}

/** Outlook on the web's compose deep link: outlook.live.com (personal) or outlook.office.com (work/school). */
export function outlookCalendarLink(session: Session, service: OutlookService = 'live', displayZone?: string | null): string {
  return fit(
    (t) =>
      `${OUTLOOK_HOSTS[service]}/calendar/0/deeplink/compose?${query([
        ['path', '/calendar/action/compose'],
        ['rru', 'addevent'],
        ['subject', t.title],
        ...outlookTimes(session),
        ['body', t.details],
        ['location', t.location],
      ])}`,
    linkText(session, displayZone),
  );
}
