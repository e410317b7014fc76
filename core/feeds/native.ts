/**
 * Our own JSON format, the format of the bundled programme. Documented by
 * assets/programme/programme.schema.json. Times carry their UTC offset, so
 * they need no zone rules to read; the zone says how to display them.
 */
import { FeedError } from './feed-error';
import { readJson } from './json-input';
import type { FeedParser } from './types';
import type { FeedWarning, Link, RoomKind, Session } from '../programme/model';
import { isHostName, isKnownTimeZone } from '../settings';
import { toIsoInstant } from '../time/zoned';
import { finishProgramme } from '../programme/finish';

export const NATIVE_FORMAT_ID = 'go-local-companion/1';

const OFFSET_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const ROOM_KINDS: readonly RoomKind[] = ['bbb', 'online', 'physical', 'unknown'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

function instant(value: unknown, at: string): string {
  if (typeof value !== 'string' || !OFFSET_INSTANT.test(value)) {
    throw new FeedError('expected a date-time with an offset such as 2024-02-05T11:30:00+01:00', at);
  }
  return toIsoInstant(Date.parse(value));
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

  const sessions: Session[] = root.sessions.map((raw: unknown, index): Session => {
    const at = `$.sessions[${index}]`;
    if (!isObject(raw)) throw new FeedError('expected a session object', at);
    const room = isObject(raw.room) ? raw.room : {};
    const kind = ROOM_KINDS.includes(room.kind as RoomKind) ? (room.kind as RoomKind) : 'unknown';
    return {
      id: text(raw.id),
      title: text(raw.title),
      subtitle: text(raw.subtitle),
      abstract: text(raw.abstract),
      start: instant(raw.start, `${at}.start`),
      end: instant(raw.end, `${at}.end`),
      timeZone,
      room: { name: text(room.name), url: typeof room.url === 'string' ? room.url : null, kind },
      track: text(raw.track),
      type: text(raw.type),
      language: text(raw.language),
      persons: (Array.isArray(raw.persons) ? raw.persons : []).map((name) => ({ name: text(name) })),
      links: (Array.isArray(raw.links) ? raw.links : []).filter(isObject).map((l): Link => ({ title: text(l.title), url: text(l.url) })),
    };
  });

  return finishProgramme(
    'native',
    {
      conference: {
        title: text(conference.title),
        subtitle: text(conference.subtitle),
        timeZone,
        start: text(conference.start),
        end: text(conference.end),
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
