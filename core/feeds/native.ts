/**
 * Our own JSON format, the format of the bundled programme. Documented by
 * assets/programme/programme.schema.json. Times carry their UTC offset, so
 * they need no zone rules to read; the zone says how to display them.
 */
import { FeedError } from './feed-error';
import { readJson } from './json-input';
import type { FeedParser } from './types';
import type { FeedWarning, Link, Person, Room, RoomKind, Session } from '../programme/model';
import { isHostName, isKnownTimeZone } from '../settings';
import { toIsoInstant } from '../time/zoned';
import { boundedMemo } from '../time/bounded-memo';
import { finishProgramme } from './finish-programme';
import { datePrefixProblem } from '../time/calendar-date';
import { leftOut, spanProblem } from './session-span';

export const NATIVE_FORMAT_ID = 'go-local-companion/1';

const OFFSET_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const ROOM_KINDS: readonly RoomKind[] = ['bbb', 'online', 'physical', 'unknown'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * A date-time with offset as milliseconds, or why it cannot be read. Read once per distinct text.
 * The date is checked before Date.parse, which would roll 30 February over to 1 March.
 */
const offsetInstant = boundedMemo((value: string): number | string => {
  if (!OFFSET_INSTANT.test(value)) return 'is not a date-time with an offset such as 2024-02-05T11:30:00+01:00';
  const problem = datePrefixProblem(value);
  if (problem) return problem;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : 'is not a date-time with an offset such as 2024-02-05T11:30:00+01:00';
});

type Span = { startMs: number; endMs: number } | { problem: string; field: '.start' | '.end' | '' };

/** A session's instants, or why it is left out and which field says so. */
function spanOf(raw: Json): Span {
  if (typeof raw.start !== 'string') return { problem: 'has no start', field: '.start' };
  const start = offsetInstant(raw.start);
  if (typeof start === 'string') return { problem: `has a start that ${start}`, field: '.start' };
  if (typeof raw.end !== 'string') return { problem: 'has no end', field: '.end' };
  const end = offsetInstant(raw.end);
  if (typeof end === 'string') return { problem: `has an end that ${end}`, field: '.end' };
  const problem = spanProblem(start, end);
  return problem ? { problem, field: '' } : { startMs: start, endMs: end };
}

// These allocate only what the model keeps, at its exact size (map, not push,
// which reserves room for 17): allocation is what a big feed's parse pays for,
// in the garbage collector's copies of the whole parsed JSON.

function personsOf(value: unknown): Person[] {
  return Array.isArray(value) ? value.map((name: unknown) => ({ name: text(name) })) : [];
}

function linksOf(value: unknown): Link[] {
  if (!Array.isArray(value)) return [];
  const entries = value.every(isObject) ? value : value.filter(isObject);
  return entries.map((link) => ({ title: text(link.title), url: text(link.url) }));
}

/** One Room object per distinct room: sessions share them (the model is never mutated). */
function roomTable(): (raw: unknown) => Room {
  const byName = new Map<string, Room>();
  return (raw) => {
    const room = isObject(raw) ? raw : {};
    const name = text(room.name);
    const url = typeof room.url === 'string' ? room.url : null;
    const kind = ROOM_KINDS.includes(room.kind as RoomKind) ? (room.kind as RoomKind) : 'unknown';
    const known = byName.get(name);
    if (known && known.url === url && known.kind === kind) return known;
    const fresh: Room = { name, url, kind };
    if (!known) byName.set(name, fresh);
    return fresh;
  };
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A conference day, YYYY-MM-DD and a real date; '' (then the sessions give it) with a warning otherwise. */
function conferenceDay(value: unknown, field: 'start' | 'end', warnings: FeedWarning[]): string {
  const day = text(value).trim();
  if (day === '') return '';
  const ms = CALENDAR_DATE.test(day) ? Date.parse(`${day}T00:00:00Z`) : NaN;
  // Date.parse rolls 2024-02-31 over to March: a real date survives the round trip.
  const real = Number.isFinite(ms) && new Date(ms).toISOString().startsWith(day);
  if (real) return day;
  warnings.push({ message: `unreadable date ${JSON.stringify(day.slice(0, 40))} (expected YYYY-MM-DD); taken from the sessions`, at: `$.conference.${field}` });
  return '';
}

export const parseNative: FeedParser = (source, options) => {
  const root = options.parsedJson ?? readJson(source);
  if (!isObject(root) || root.format !== NATIVE_FORMAT_ID) {
    throw new FeedError(`expected "format": "${NATIVE_FORMAT_ID}"`, '$.format');
  }
  const warnings: FeedWarning[] = [];
  const conference = isObject(root.conference) ? root.conference : null;
  if (!conference) throw new FeedError('missing the conference object', '$.conference');
  let timeZone = text(conference.timeZone);
  if (!isKnownTimeZone(timeZone)) {
    warnings.push({ message: `unknown time zone "${timeZone}", using ${options.defaultTimeZone}`, at: '$.conference.timeZone' });
    timeZone = options.defaultTimeZone;
  }
  if (!Array.isArray(root.sessions)) throw new FeedError('missing the sessions list', '$.sessions');

  const roomOf = roomTable();
  let leftOutCount = 0;
  const read = root.sessions.map((raw: unknown, index): Session | null => {
    if (!isObject(raw)) throw new FeedError('expected a session object', `$.sessions[${index}]`);
    const span = spanOf(raw);
    // One bad session is left out, by name and place; the rest of the programme is read.
    if ('problem' in span) {
      warnings.push(leftOut(text(raw.title), text(raw.id), span.problem, `$.sessions[${index}]${span.field}`));
      leftOutCount++;
      return null;
    }
    return {
      id: text(raw.id),
      title: text(raw.title),
      subtitle: text(raw.subtitle),
      abstract: text(raw.abstract),
      start: toIsoInstant(span.startMs),
      end: toIsoInstant(span.endMs),
      timeZone,
      room: roomOf(raw.room),
      track: text(raw.track),
      type: text(raw.type),
      language: text(raw.language),
      persons: personsOf(raw.persons),
      links: linksOf(raw.links),
    };
  });
  const sessions = leftOutCount === 0 ? (read as Session[]) : read.filter((session): session is Session => session !== null);

  return finishProgramme(
    'native',
    {
      conference: {
        title: text(conference.title),
        subtitle: text(conference.subtitle),
        timeZone,
        start: conferenceDay(conference.start, 'start', warnings),
        end: conferenceDay(conference.end, 'end', warnings),
        url: text(conference.url),
        isSample: conference.isSample === true,
        roomHosts: (Array.isArray(conference.roomHosts) ? conference.roomHosts : []).filter(isHostName),
      },
      version: text(root.version),
      sessions,
    },
    warnings,
  );
};
