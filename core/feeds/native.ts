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
import { finishProgramme } from '../programme/finish';

export const NATIVE_FORMAT_ID = 'go-local-companion/1';

const OFFSET_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const ROOM_KINDS: readonly RoomKind[] = ['bbb', 'online', 'physical', 'unknown'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The stored UTC form of a date-time with offset; null when it is not one. Read once per distinct text. */
const offsetInstant = boundedMemo((value: string): string | null => {
  const ms = OFFSET_INSTANT.test(value) ? Date.parse(value) : NaN;
  return Number.isFinite(ms) ? toIsoInstant(ms) : null;
});

function instant(value: unknown, index: number, field: 'start' | 'end'): string {
  const iso = typeof value === 'string' ? offsetInstant(value) : null;
  if (iso === null) {
    throw new FeedError('expected a date-time with an offset such as 2024-02-05T11:30:00+01:00', `$.sessions[${index}].${field}`);
  }
  return iso;
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
  const sessions: Session[] = root.sessions.map((raw: unknown, index): Session => {
    if (!isObject(raw)) throw new FeedError('expected a session object', `$.sessions[${index}]`);
    return {
      id: text(raw.id),
      title: text(raw.title),
      subtitle: text(raw.subtitle),
      abstract: text(raw.abstract),
      start: instant(raw.start, index, 'start'),
      end: instant(raw.end, index, 'end'),
      timeZone,
      room: roomOf(raw.room),
      track: text(raw.track),
      type: text(raw.type),
      language: text(raw.language),
      persons: personsOf(raw.persons),
      links: linksOf(raw.links),
    };
  });

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
