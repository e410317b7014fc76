/**
 * What a calendar entry says about a session, shared by the .ics export and
 * the Google/Outlook links: summary, plain-text description, location, URL.
 */
import type { Session } from '../programme/model';
import { allDaySpanLabel } from '../time/all-day';
import { zoneAbbreviation, zoneCity } from '../time/zone-label';
import { eventPlaceName } from '../time/event-place';
import { timeInZone, wallTimeAt } from '../time/zoned';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Control characters other than tab and newline have no place in calendar text.
 * C1 too: `feed ics` writes the export to a terminal as it is, and U+009B is a CSI there.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** One line: whitespace (newlines included) collapsed, control characters dropped. */
export function oneLine(text: string): string {
  return text.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/** Multi-line text with \r\n normalised and control characters dropped. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
}

function dayLabel(instantMs: number, zone: string): string {
  const w = wallTimeAt(instantMs, zone);
  const weekday = WEEKDAYS[new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()];
  return `${weekday} ${w.day} ${MONTHS[w.month - 1]} ${w.year}`;
}

/**
 * "Mon 5 Feb 2024, 11:30–12:30 CET"; "Sun 31 Mar 2024, 01:30 CET – 03:30 CEST" across a clock change;
 * "Mon 5 Feb 2024, 23:30 – Tue 6 Feb 2024, 00:30 CET" across midnight.
 */
export function timeRangeText(startMs: number, endMs: number, zone: string): string {
  const [startDay, endDay] = [dayLabel(startMs, zone), dayLabel(endMs, zone)];
  const [startLabel, endLabel] = [zoneAbbreviation(startMs, zone), zoneAbbreviation(endMs, zone)];
  const [from, to] = [timeInZone(startMs, zone), timeInZone(endMs, zone)];
  if (startLabel !== endLabel) return `${startDay}, ${from} ${startLabel} – ${endDay === startDay ? '' : `${endDay}, `}${to} ${endLabel}`;
  if (endDay !== startDay) return `${startDay}, ${from} – ${endDay}, ${to} ${endLabel}`;
  return `${startDay}, ${from}–${to} ${startLabel}`;
}

/** The link to join: the session's room, when the feed gave a usable one. */
export function joinLink(session: Session): string | null {
  return session.room.url;
}

/** The event's URL: the join link, else the session's first web link. */
export function sessionUrl(session: Session): string | null {
  return joinLink(session) ?? session.links.find((link) => /^https?:\/\//i.test(link.url))?.url ?? null;
}

export function summaryOf(session: Session): string {
  return oneLine(session.title) || 'Session';
}

/** Room name and join link, as calendars show a location. */
export function locationOf(session: Session): string {
  return [oneLine(session.room.name), joinLink(session)].filter(Boolean).join(' — ');
}

/** Abstract, speakers, join link and times; the attendee's zone only when given and different. */
export function descriptionOf(session: Session, displayZone?: string | null): string {
  const startMs = Date.parse(session.start);
  const endMs = Date.parse(session.end);
  const parts: string[] = [];
  const subtitle = oneLine(session.subtitle);
  if (subtitle) parts.push(subtitle);
  const abstract = cleanText(session.abstract);
  if (abstract) parts.push(abstract);
  const facts: string[] = [];
  const speakers = session.persons.map((p) => oneLine(p.name)).filter(Boolean);
  if (speakers.length > 0) facts.push(`Speakers: ${speakers.join(', ')}`);
  const join = joinLink(session);
  if (join) facts.push(`Join: ${join}`);
  if (session.allDay) {
    // The same dates for everyone: no times, and no second zone.
    facts.push(`All day: ${allDaySpanLabel(session)}`);
  } else {
    // The event zone's own place: Graz for Europe/Vienna (where the organisers are), else the zone's city,
    // so a Brussels feed says "Brussels:", never "Graz:".
    facts.push(`${eventPlaceName(session.timeZone)}: ${timeRangeText(startMs, endMs, session.timeZone)}`);
  }
  if (!session.allDay && displayZone && displayZone !== session.timeZone) {
    const mine = timeRangeText(startMs, endMs, displayZone);
    if (mine !== timeRangeText(startMs, endMs, session.timeZone)) facts.push(`Your time (${zoneCity(displayZone)}): ${mine}`);
  }
  parts.push(facts.join('\n'));
  return parts.join('\n\n');
}
