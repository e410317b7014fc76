/**
 * iCalendar (pretalx schedule.ics, Sched, Symposion, converters, and shared
 * calendars exported from Google, Outlook and Nextcloud) via ical.js.
 * UID is the session id; an occurrence of a repeating event is
 * `<UID>#<original start in UTC>` (its RECURRENCE-ID), so ids survive edits of
 * the series. Zones: TZID (IANA, Windows names, or a VTIMEZONE, see
 * ical-time.ts), UTC, or floating times read in X-WR-TIMEZONE, else in a
 * non-standard per-event TZID property some converters write, else the default.
 * No DTEND: DURATION, else a day for all-day entries, else zero length.
 * Cancelled events and instances stay listed, marked cancelled.
 */
import ICAL from 'ical.js';
import { FeedError } from './feed-error';
import type { FeedParser } from './types';
import type { FeedWarning, Session } from '../programme/model';
import { finishProgramme } from './finish-programme';
import { occurrenceId } from '../programme/ids';
import { isKnownTimeZone } from '../settings';
import { chooseFeedZone } from './feed-zone';
import { oneLine } from './plain-text';
import { lineQuotedIn, outlineICalendar } from './ical-structure';
import { icalInstant, icalWallInstant, type ICalZoneContext } from './ical-time';
import { ianaZoneOf } from './ical-zone-name';
import { declaredZones } from './ical-vtimezone';
import { SessionMaker, type EventSpan, type ReadEvent } from './ical-session';
import { addDays, expandSeries, isRepeating, seriesBudget } from './ical-recurrence';
import { firstProperty, firstText, jcalComponents, parameter, subcomponents, type JCalComponent } from './jcal';
import { leftOut, spanProblem } from './session-span';

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
    const iana = tzid ? ianaZoneOf(tzid) : '';
    if (iana) return iana;
  }
  const stray = events.map((e) => firstText(e, 'tzid')).find((zone) => isKnownTimeZone(zone));
  if (stray) {
    warnings.push({ message: `floating times read in ${stray}, named by a non-standard TZID property on the events` });
    return stray;
  }
  return '';
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

function readSpan(event: JCalComponent, title: string, ctx: ICalZoneContext, at: string): EventSpan | null {
  const { warnings } = ctx;
  const startProperty = firstProperty(event, 'dtstart');
  const start = icalInstant(startProperty, ctx, at);
  if (start === null || start === 'unreadable' || !startProperty) {
    warnings.push({ message: `"${title || '(untitled)'}" has ${start === null ? 'no DTSTART' : 'an unreadable DTSTART'}; left out`, at });
    return null;
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
    return null;
  }
  return { startMs: start.ms, endMs, isDate: start.isDate, startRaw: String(startProperty[3]), startTzid: parameter(startProperty, 'tzid') };
}

export const parseICalendar: FeedParser = (text, options) => {
  const outline = outlineICalendar(text);
  const calendars = parseCalendars(text);
  const events = calendars.flatMap((c) => subcomponents(c, 'vevent'));
  const warnings: FeedWarning[] = [];
  const zone = chooseFeedZone(statedZone(calendars, events, warnings), options.defaultTimeZone, warnings);
  const lineOf = (lines: number[], index: number, name: string): string => {
    const line = lines[index];
    return line ? `line ${line}` : `${name} ${index + 1}`;
  };
  const vtimezones = declaredZones(calendars, warnings, (index) => lineOf(outline.zoneLines, index, 'VTIMEZONE'));
  const ctx: ICalZoneContext = { calendarZone: zone, vtimezones, warnings, warnedZones: new Set(), readings: new Map() };

  const read: ReadEvent[] = [];
  events.forEach((event, index) => {
    const at = lineOf(outline.eventLines, index, 'VEVENT');
    const title = oneLine(firstText(event, 'summary'));
    const span = readSpan(event, title, ctx, at);
    if (span) read.push({ event, at, title, span, uid: firstText(event, 'uid').trim() });
  });

  // A moved or cancelled instance of a series is its own VEVENT with the series' UID and a RECURRENCE-ID.
  const series = new Map<string, ReadEvent>();
  // Every repeating event is expanded; only one with a UID can have instances overridden.
  const masters = read.filter((entry) => isRepeating(entry.event) && !firstProperty(entry.event, 'recurrence-id'));
  for (const master of masters) if (master.uid) series.set(master.uid, master);
  const isMaster = new Set(masters);
  const overrides = new Map<string, Map<number, ReadEvent>>();
  const singles: { entry: ReadEvent; recurrenceMs: number | null }[] = [];
  for (const entry of read) {
    const ridProperty = firstProperty(entry.event, 'recurrence-id');
    const rid = ridProperty ? icalInstant(ridProperty, ctx, entry.at) : null;
    const recurrenceMs = rid && rid !== 'unreadable' ? rid.ms : null;
    if (ridProperty && parameter(ridProperty, 'range').toUpperCase() === 'THISANDFUTURE') {
      warnings.push({ message: `"${entry.title}" changes this and all later instances (RANGE=THISANDFUTURE); only this instance is changed`, at: entry.at });
    }
    if (recurrenceMs !== null && series.has(entry.uid)) {
      let byStart = overrides.get(entry.uid);
      if (!byStart) overrides.set(entry.uid, (byStart = new Map<number, ReadEvent>()));
      byStart.set(recurrenceMs, entry);
    } else if (!isMaster.has(entry)) singles.push({ entry, recurrenceMs });
  }

  const maker = new SessionMaker(zone, warnings);
  const sessions: Session[] = [];
  for (const { entry, recurrenceMs } of singles) {
    // An instance whose series is not in the feed keeps the id it would have inside its series.
    const id = recurrenceMs === null || !entry.uid ? entry.uid : occurrenceId(entry.uid, recurrenceMs);
    sessions.push(maker.make(entry, null, id, entry.span.startMs, entry.span.endMs));
  }
  const firstStart = read.reduce((min, entry) => Math.min(min, entry.span.startMs), Number.POSITIVE_INFINITY);
  const budget = seriesBudget(firstStart);
  for (const master of masters) {
    const { span } = master;
    const moved = overrides.get(master.uid) ?? new Map<number, ReadEvent>();
    const start = { raw: span.startRaw, tzid: span.startTzid, ms: span.startMs };
    const days = Math.round((span.endMs - span.startMs) / DAY_MS);
    for (const occurrence of expandSeries(master.event, start, master, ctx, budget, warnings)) {
      // Without a UID, finishProgramme derives each occurrence's id from its title, start and room.
      const id = master.uid ? occurrenceId(master.uid, occurrence.ms) : '';
      const override = moved.get(occurrence.ms);
      moved.delete(occurrence.ms);
      if (override) {
        sessions.push(maker.make(override, master, id, override.span.startMs, override.span.endMs));
        continue;
      }
      let endMs = occurrence.ms + (span.endMs - span.startMs);
      if (span.isDate) {
        const end = icalWallInstant(addDays(occurrence.raw, days), occurrence.tzid, ctx, master.at);
        if (end !== 'unreadable') endMs = end.ms;
      }
      sessions.push(maker.make(master, null, id, occurrence.ms, endMs));
    }
    // Instances the rule does not produce (RFC 5545 allows them) are listed as they are.
    for (const [recurrenceMs, override] of moved) {
      sessions.push(maker.make(override, master, occurrenceId(master.uid, recurrenceMs), override.span.startMs, override.span.endMs));
    }
  }

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
