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
import type { FeedWarning, Link, Session } from '../programme/model';
import { finishProgramme } from '../programme/finish';
import { toIsoInstant } from '../time/zoned';
import { isKnownTimeZone } from '../settings';
import { chooseFeedZone } from './feed-zone';
import { feedRoom } from './feed-room';
import { oneLine, plainText } from './plain-text';
import { lineQuotedIn, outlineICalendar } from './ical-structure';
import { icalInstant, type ICalZoneContext } from './ical-time';

const DAY_MS = 86_400_000;

function parseCalendars(text: string): ICAL.Component[] {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    throw new FeedError(`not valid iCalendar: ${message.slice(0, 200)}`, lineQuotedIn(message, text));
  }
  // ical.js returns one jCal array, or an array of them when the file holds several calendars.
  const list = Array.isArray(parsed) && Array.isArray(parsed[0]) ? (parsed as unknown[]) : [parsed];
  return list.map((jcal) => new ICAL.Component(jcal as unknown[] | string));
}

const textValue = (component: ICAL.Component, name: string): string => {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value : '';
};

/** X-WR-TIMEZONE, else a zone the events name (TZID parameter or the stray TZID property), else nothing. */
function statedZone(calendars: ICAL.Component[], events: ICAL.Component[], warnings: FeedWarning[]): string {
  const calendarLevel = calendars.map((c) => textValue(c, 'x-wr-timezone')).find(Boolean);
  if (calendarLevel) return calendarLevel;
  for (const event of events) {
    const tzid = event.getFirstProperty('dtstart')?.getParameter('tzid');
    if (typeof tzid === 'string' && isKnownTimeZone(tzid)) return tzid;
  }
  const stray = events.map((e) => textValue(e, 'tzid')).find((zone) => isKnownTimeZone(zone));
  if (stray) {
    warnings.push({ message: `floating times read in ${stray}, named by a non-standard TZID property on the events` });
    return stray;
  }
  return '';
}

function roomOf(event: ICAL.Component): Session['room'] {
  const location = oneLine(textValue(event, 'location'));
  const conference = textValue(event, 'conference');
  if (conference) return feedRoom(location || 'Online', conference);
  if (/^https?:\/\/\S+$/i.test(location)) return feedRoom(location, location);
  return feedRoom(location, null);
}

function categoriesOf(event: ICAL.Component): string {
  return event
    .getAllProperties('categories')
    .flatMap((p) => p.getValues() as unknown[])
    .filter((v): v is string => typeof v === 'string')
    .join(', ');
}

export const parseICalendar: FeedParser = (text, options) => {
  const outline = outlineICalendar(text);
  const calendars = parseCalendars(text);
  const events = calendars.flatMap((c) => c.getAllSubcomponents('vevent'));
  const warnings: FeedWarning[] = [];
  const zone = chooseFeedZone(statedZone(calendars, events, warnings), options.defaultTimeZone, warnings);
  const vtimezones = new Map<string, ICAL.Timezone>();
  for (const component of calendars.flatMap((c) => c.getAllSubcomponents('vtimezone'))) {
    const tzid = textValue(component, 'tzid');
    if (tzid) vtimezones.set(tzid, new ICAL.Timezone(component));
  }
  const ctx: ICalZoneContext = { calendarZone: zone, vtimezones, warnings, warnedZones: new Set() };
  let repeating = 0;

  const sessions: Session[] = [];
  events.forEach((event, index) => {
    const line = outline.eventLines[index];
    const at = line ? `line ${line}` : `VEVENT ${index + 1}`;
    const title = oneLine(textValue(event, 'summary'));
    if (textValue(event, 'status').toUpperCase() === 'CANCELLED') {
      warnings.push({ message: `"${title}" is cancelled; left out`, at });
      return;
    }
    const start = icalInstant(event.getFirstProperty('dtstart'), ctx, at);
    if (start === null || start === 'unreadable') {
      warnings.push({ message: `"${title || '(untitled)'}" has ${start === null ? 'no DTSTART' : 'an unreadable DTSTART'}; left out`, at });
      return;
    }
    const end = icalInstant(event.getFirstProperty('dtend'), ctx, at);
    const duration = event.getFirstPropertyValue('duration');
    let endMs = start.ms + (start.isDate ? DAY_MS : 0);
    if (end !== null && end !== 'unreadable') endMs = end.ms;
    else if (duration instanceof ICAL.Duration) endMs = start.ms + duration.toSeconds() * 1000;
    else if (end === 'unreadable') warnings.push({ message: `"${title}" has an unreadable DTEND; treated as zero length`, at });
    if (event.hasProperty('rrule')) repeating++;
    const url = textValue(event, 'url');
    const links: Link[] = url ? [{ title: 'Event page', url }] : [];
    sessions.push({
      id: textValue(event, 'uid').trim(),
      title,
      subtitle: '',
      abstract: plainText(textValue(event, 'description')),
      start: toIsoInstant(start.ms),
      end: toIsoInstant(endMs),
      timeZone: zone,
      room: roomOf(event),
      track: oneLine(categoriesOf(event)),
      type: '',
      language: '',
      persons: [],
      links,
    });
  });
  if (repeating > 0) warnings.push({ message: `${repeating} repeating event(s) (RRULE) are listed once, at their first date` });

  const first = calendars[0];
  return finishProgramme(
    'ical',
    {
      conference: {
        title: first ? oneLine(textValue(first, 'x-wr-calname') || textValue(first, 'name') || textValue(first, 'x-wr-caldesc')) : '',
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
