/**
 * iCalendar (pretalx schedule.ics, Sched, Symposion, converters) via ical.js.
 * UID is the session id. Zones: TZID (with or without VTIMEZONE, see
 * ical-time.ts), UTC, or floating times read in X-WR-TIMEZONE, else in a
 * non-standard per-event TZID property some converters write, else the default.
 * No DTEND: DURATION, else a day for all-day entries, else zero length.
 */
import ICAL from 'ical.js';
import { FeedError } from './feed-error';
import type { FeedParser } from './types';
import type { FeedWarning, Session } from '../programme/model';
import { finishProgramme } from '../programme/finish';
import { toIsoInstant } from '../time/zoned';
import { isKnownTimeZone } from '../settings';
import { chooseFeedZone } from './feed-zone';
import { feedRoom } from './feed-room';
import { oneLine, plainText } from './plain-text';
import { lineQuotedIn, outlineICalendar } from './ical-structure';
import { icalInstant, type ICalZoneContext } from './ical-time';
import { leftOut, spanProblem } from './session-span';
import { allProperties, firstProperty, firstText, jcalComponents, parameter, subcomponents, type JCalComponent } from './jcal';

const DAY_MS = 86_400_000;

function parseCalendars(text: string): JCalComponent[] {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    throw new FeedError(`not valid iCalendar: ${message.slice(0, 200)}`, lineQuotedIn(message, text));
  }
  return jcalComponents(parsed);
}

/** X-WR-TIMEZONE, else a zone the events name (TZID parameter or the stray TZID property), else nothing. */
function statedZone(calendars: JCalComponent[], events: JCalComponent[], warnings: FeedWarning[]): string {
  const calendarLevel = calendars.map((c) => firstText(c, 'x-wr-timezone')).find(Boolean);
  if (calendarLevel) return calendarLevel;
  for (const event of events) {
    const start = firstProperty(event, 'dtstart');
    const tzid = start ? parameter(start, 'tzid') : '';
    if (tzid && isKnownTimeZone(tzid)) return tzid;
  }
  const stray = events.map((e) => firstText(e, 'tzid')).find((zone) => isKnownTimeZone(zone));
  if (stray) {
    warnings.push({ message: `floating times read in ${stray}, named by a non-standard TZID property on the events` });
    return stray;
  }
  return '';
}

function roomOf(rawLocation: string, conference: string): Session['room'] {
  const location = oneLine(rawLocation);
  if (conference) return feedRoom(location || 'Online', conference);
  if (/^https?:\/\/\S+$/i.test(location)) return feedRoom(location, location);
  return feedRoom(location, null);
}

function categoriesOf(event: JCalComponent): string {
  return allProperties(event, 'categories')
    .flatMap((property) => property.slice(3))
    .filter((value): value is string => typeof value === 'string')
    .join(', ');
}

/** DURATION in seconds; null when absent or unreadable. */
function durationSeconds(event: JCalComponent): number | null {
  const value = firstProperty(event, 'duration')?.[3];
  if (typeof value !== 'string') return null;
  try {
    const seconds = ICAL.Duration.fromString(value).toSeconds();
    return Number.isFinite(seconds) ? seconds : null;
  } catch {
    return null;
  }
}

export const parseICalendar: FeedParser = (text, options) => {
  const outline = outlineICalendar(text);
  const calendars = parseCalendars(text);
  const events = calendars.flatMap((c) => subcomponents(c, 'vevent'));
  const warnings: FeedWarning[] = [];
  const zone = chooseFeedZone(statedZone(calendars, events, warnings), options.defaultTimeZone, warnings);
  const vtimezones = new Map<string, ICAL.Timezone>();
  for (const component of calendars.flatMap((c) => subcomponents(c, 'vtimezone'))) {
    const tzid = firstText(component, 'tzid');
    if (tzid) vtimezones.set(tzid, new ICAL.Timezone(new ICAL.Component(component)));
  }
  const ctx: ICalZoneContext = { calendarZone: zone, vtimezones, warnings, warnedZones: new Set(), readings: new Map() };
  let repeating = 0;
  const rooms = new Map<string, Session['room']>();

  const sessions: Session[] = [];
  events.forEach((event, index) => {
    const line = outline.eventLines[index];
    const at = line ? `line ${line}` : `VEVENT ${index + 1}`;
    const title = oneLine(firstText(event, 'summary'));
    if (firstText(event, 'status').toUpperCase() === 'CANCELLED') {
      warnings.push({ message: `"${title}" is cancelled; left out`, at });
      return;
    }
    const start = icalInstant(firstProperty(event, 'dtstart'), ctx, at);
    if (start === null || start === 'unreadable') {
      warnings.push({ message: `"${title || '(untitled)'}" has ${start === null ? 'no DTSTART' : 'an unreadable DTSTART'}; left out`, at });
      return;
    }
    const end = icalInstant(firstProperty(event, 'dtend'), ctx, at);
    const duration = end === null || end === 'unreadable' ? durationSeconds(event) : null;
    let endMs = start.ms + (start.isDate ? DAY_MS : 0);
    if (end !== null && end !== 'unreadable') endMs = end.ms;
    else if (duration !== null) endMs = start.ms + duration * 1000;
    else if (end === 'unreadable') warnings.push({ message: `"${title}" has an unreadable DTEND; treated as zero length`, at });
    const problem = spanProblem(start.ms, endMs);
    if (problem) {
      warnings.push(leftOut(title, firstText(event, 'uid'), problem, at));
      return;
    }
    if (firstProperty(event, 'rrule')) repeating++;
    const url = firstText(event, 'url');
    // Rooms repeat: events with the same location and link share one Room.
    const location = firstText(event, 'location');
    const conference = firstText(event, 'conference');
    const place = `${location}\n${conference}`;
    let room = rooms.get(place);
    if (!room) rooms.set(place, (room = roomOf(location, conference)));
    sessions.push({
      id: firstText(event, 'uid').trim(),
      title,
      subtitle: '',
      abstract: plainText(firstText(event, 'description')),
      start: toIsoInstant(start.ms),
      end: toIsoInstant(endMs),
      timeZone: zone,
      room,
      track: oneLine(categoriesOf(event)),
      type: '',
      language: '',
      persons: [],
      links: url ? [{ title: 'Event page', url }] : [],
    });
  });
  if (repeating > 0) warnings.push({ message: `${repeating} repeating event(s) (RRULE) are listed once, at their first date` });

  const first = calendars[0];
  return finishProgramme(
    'ical',
    {
      conference: {
        title: first ? oneLine(firstText(first, 'x-wr-calname') || firstText(first, 'name') || firstText(first, 'x-wr-caldesc')) : '',
        subtitle: '',
        timeZone: zone,
        start: '',
        end: '',
        url: '',
        isSample: false,
      },
      version: '',
      sessions,
    },
    warnings,
  );
};
