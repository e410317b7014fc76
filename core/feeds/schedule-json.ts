/**
 * c3voc / frab schedule.json (also pretalx's schedule.json export). Version 1
 * nests events under conference.days[].rooms{name: [...]}; the newer schedule2
 * form lists them flat in schedule.events[] with start and end instants.
 * Online rooms ("bbb", "online" in conference.rooms[]) carry the room link.
 */
import { FeedError } from './feed-error';
import type { FeedParser } from './types';
import type { FeedWarning, Link, Room, Session } from '../programme/model';
import { finishProgramme } from './finish-programme';
import { dateInZone, timeInZone, toIsoInstant } from '../time/zoned';
import { arr, i18n, isObject, readJson, str, type JsonObject } from './json-input';
import { conferenceDate, frabSlotStart, parseDuration, unreadDateMessage } from './frab-time';
import { chooseFeedZone } from './feed-zone';
import { feedRoom } from './feed-room';
import { oneLine, plainText } from './plain-text';
import { boundedMemo } from '../time/bounded-memo';
import { namedPersons } from './persons';
import { isSessionInstant, leftOut, spanProblem } from './session-span';
import { datePrefixProblem } from '../time/calendar-date';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const member = (path: string, key: string): string => (IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`);

interface Context {
  zone: string;
  rooms: Map<string, Room>;
  tracks: Map<string, string>;
  warnings: FeedWarning[];
  missingOffsets: string[];
}

function roomsOf(conference: JsonObject): Map<string, Room> {
  const rooms = new Map<string, Room>();
  for (const room of arr(conference.rooms).filter(isObject)) {
    const name = oneLine(i18n(room.name));
    if (name) rooms.set(name, feedRoom(name, str(room.url) || str(room.link), str(room.type)));
  }
  return rooms;
}

function tracksOf(conference: JsonObject): Map<string, string> {
  const tracks = new Map<string, string>();
  for (const track of arr(conference.tracks).filter(isObject)) {
    const name = i18n(track.name);
    if (name && str(track.slug)) tracks.set(str(track.slug), name);
  }
  return tracks;
}

function personName(person: unknown): string {
  if (!isObject(person)) return oneLine(str(person));
  return oneLine(str(person.public_name) || str(person.full_public_name) || str(person.name));
}

function linksOf(event: JsonObject): Link[] {
  const page = str(event.url);
  const feedback = str(event.feedback_url);
  const listed = arr(event.links);
  if (listed.length === 0) {
    // The common shape, as array literals of their exact size (a pushed-to [] reserves room for 17).
    if (page) return feedback ? [{ title: 'Event page', url: page }, { title: 'Feedback', url: feedback }] : [{ title: 'Event page', url: page }];
    return feedback ? [{ title: 'Feedback', url: feedback }] : [];
  }
  const links: Link[] = [];
  if (page) links.push({ title: 'Event page', url: page });
  for (const link of listed) {
    if (!isObject(link)) continue;
    const url = str(link.url);
    if (url && !links.some((l) => l.url === url)) links.push({ title: oneLine(i18n(link.title)) || url, url });
  }
  if (feedback) links.push({ title: 'Feedback', url: feedback });
  return links;
}

/**
 * An end with its own offset, as a date-time; null when it is not one (then the duration counts);
 * 'refused' when it names an impossible date (Date.parse would roll 30 February over to 1 March).
 */
const offsetEnd = boundedMemo((end: string): number | null | 'refused' => {
  if (!/[T ]\d{2}:\d{2}/.test(end) || !/(Z|[+-]\d{2}:?\d{2})$/i.test(end)) return null;
  if (datePrefixProblem(end)) return 'refused';
  const ms = Date.parse(end);
  return Number.isFinite(ms) ? ms : null;
});

/**
 * Where an event is: its list's JSON path and its index there. The path itself is built only for a
 * warning or an error: one per event costs more than reading it.
 */
interface EventAt {
  list: string;
  index: number;
}

const eventPath = (at: EventAt): string => `${at.list}[${at.index}]`;

/** The end instant, or why the session is left out (an impossible end date, an absurd span). */
function endOf(event: JsonObject, startMs: number, at: EventAt, title: string, ctx: Context): number | string {
  const end = offsetEnd(str(event.end));
  if (end === 'refused') return `has an end ${JSON.stringify(str(event.end).slice(0, 40))} that ${datePrefixProblem(str(event.end)) ?? ''}`;
  if (end !== null) return spanProblem(startMs, end) ?? end;
  const duration = parseDuration(str(event.duration));
  if (duration !== null) return spanProblem(startMs, startMs + duration) ?? startMs + duration;
  ctx.warnings.push({ message: `"${title}" has no usable end or duration; treated as zero length`, at: eventPath(at) });
  return spanProblem(startMs, startMs) ?? startMs;
}

function toSession(event: unknown, at: EventAt, day: { date: string; dayChange: string; room: string }, ctx: Context): Session | null {
  if (!isObject(event)) throw new FeedError('expected an event object', eventPath(at));
  const title = oneLine(i18n(event.title));
  const id = (str(event.guid) || str(event.code) || str(event.slug) || (str(event.id) ? `event-${str(event.id)}` : '')).trim();
  const slot = frabSlotStart({ date: str(event.date), dayDate: day.date, start: str(event.start), dayChange: day.dayChange }, ctx.zone);
  if (!slot.ok) {
    ctx.warnings.push(leftOut(title, id, slot.reason, eventPath(at)));
    return null;
  }
  const endMs = endOf(event, slot.startMs, at, title, ctx);
  if (typeof endMs === 'string') {
    ctx.warnings.push(leftOut(title, id, endMs, eventPath(at)));
    return null;
  }
  if (slot.offsetMissing) ctx.missingOffsets.push(eventPath(at));
  const unread = unreadDateMessage(slot, title, str(event.date));
  if (unread) ctx.warnings.push({ message: unread, at: `${eventPath(at)}.date` });
  const roomName = oneLine(day.room || (isObject(event.room) ? i18n(event.room.name) : str(event.room)));
  const track = isObject(event.track) ? i18n(event.track.name) || ctx.tracks.get(str(event.track.slug)) || str(event.track.slug) : str(event.track);
  const abstract = i18n(event.abstract);
  return {
    id,
    title,
    subtitle: oneLine(i18n(event.subtitle)),
    abstract: plainText(abstract.trim() ? abstract : i18n(event.description)),
    start: toIsoInstant(slot.startMs),
    end: toIsoInstant(endMs),
    timeZone: ctx.zone,
    room: ctx.rooms.get(roomName) ?? feedRoom(roomName, null),
    track: oneLine(track),
    type: oneLine(str(event.type)),
    language: oneLine(str(event.language)),
    persons: namedPersons(event.persons ?? event.participants, personName),
    links: linksOf(event),
  };
}

function nestedEvents(conference: JsonObject, ctx: Context): Session[] {
  const sessions: Session[] = [];
  arr(conference.days).forEach((day, d) => {
    const dayPath = `$.schedule.conference.days[${d}]`;
    if (!isObject(day)) throw new FeedError('expected a day object', dayPath);
    const dayStart = str(day.day_start) || str(day.start);
    // v1 has no day_change; the day's own start marks where its night ends.
    // Only a real date within the years sessions may have: Intl throws on instants past year 275760.
    const dayStartMs = datePrefixProblem(dayStart) ? NaN : Date.parse(dayStart);
    const dayChange = isSessionInstant(dayStartMs) ? timeInZone(dayStartMs, ctx.zone) : '';
    if (day.rooms === undefined) return;
    if (!isObject(day.rooms)) throw new FeedError('expected rooms to be an object keyed by room name', `${dayPath}.rooms`);
    for (const [room, events] of Object.entries(day.rooms)) {
      const roomPath = member(`${dayPath}.rooms`, room);
      if (!Array.isArray(events)) throw new FeedError('expected a list of events', roomPath);
      const where = { date: str(day.date), dayChange, room };
      events.forEach((event, index) => {
        const session = toSession(event, { list: roomPath, index }, where, ctx);
        if (session) sessions.push(session);
      });
    }
  });
  return sessions;
}

export const parseScheduleJson: FeedParser = (text, options) => {
  const root = options.parsedJson ?? readJson(text);
  const schedule = isObject(root) ? root.schedule : undefined;
  if (!isObject(schedule)) throw new FeedError('missing the schedule object', '$.schedule');
  const conference = schedule.conference;
  if (!isObject(conference)) throw new FeedError('missing the conference object', '$.schedule.conference');
  const warnings: FeedWarning[] = [];
  const zone = chooseFeedZone(str(conference.time_zone_name), options.defaultTimeZone, warnings, '$.schedule.conference.time_zone_name');
  const ctx: Context = { zone, rooms: roomsOf(conference), tracks: tracksOf(conference), warnings, missingOffsets: [] };
  if (schedule.events !== undefined && !Array.isArray(schedule.events)) throw new FeedError('expected a list of events', '$.schedule.events');
  const nowhere = { date: '', dayChange: '', room: '' };
  const flat = arr(schedule.events)
    .map((event, index) => toSession(event, { list: '$.schedule.events', index }, nowhere, ctx))
    .filter((s): s is Session => s !== null);
  const sessions = [...nestedEvents(conference, ctx), ...flat];
  if (ctx.missingOffsets.length > 0) {
    warnings.push({ message: `${ctx.missingOffsets.length} date(s) have no UTC offset; read as wall time in ${zone}`, at: ctx.missingOffsets[0] });
  }
  const toDate = (ms: number): string => dateInZone(ms, zone);
  return finishProgramme(
    'schedule-json',
    {
      conference: {
        title: oneLine(i18n(conference.title)),
        subtitle: oneLine(i18n(conference.subtitle)),
        timeZone: zone,
        start: conferenceDate(str(conference.start), toDate),
        end: conferenceDate(str(conference.end), toDate),
        url: str(conference.url) || str(schedule.base_url),
        isSample: false,
      },
      version: oneLine(str(schedule.version)),
      sessions,
    },
    warnings,
  );
};
