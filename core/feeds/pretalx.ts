/**
 * pretalx's schedule widget JSON (/schedule/widgets/schedule.json, v2):
 * talks[] refer to rooms[], speakers[] and tracks[] by id. Breaks have no
 * code (they get the shared derived id) and i18n titles; their start and end
 * may carry different offsets (Z and +01:00), which Date.parse handles.
 */
import { FeedError } from './feed-error';
import type { FeedParser } from './types';
import type { FeedWarning, Session } from '../programme/model';
import { finishProgramme } from '../programme/finish';
import { toIsoInstant } from '../time/zoned';
import { arr, i18n, isObject, readJson, str, type JsonObject } from './json-input';
import { frabSlotStart } from './frab-time';
import { chooseFeedZone } from './feed-zone';
import { feedRoom } from './feed-room';
import { oneLine, plainText } from './plain-text';

/** id -> display name for rooms, tracks and submission types; code -> name for speakers. */
function lookup(list: unknown, key: 'id' | 'code'): Map<string, JsonObject> {
  const map = new Map<string, JsonObject>();
  for (const item of arr(list).filter(isObject)) if (str(item[key])) map.set(str(item[key]), item);
  return map;
}

const nameIn = (map: Map<string, JsonObject>, ref: unknown): string => {
  if (isObject(ref)) return i18n(ref.name);
  const item = map.get(str(ref));
  return item ? i18n(item.name) : str(ref) && typeof ref === 'string' ? ref : '';
};

export const parsePretalxWidget: FeedParser = (text, options) => {
  const root = options.parsedJson ?? readJson(text);
  if (!isObject(root) || !Array.isArray(root.talks)) throw new FeedError('missing the talks list', '$.talks');
  const warnings: FeedWarning[] = [];
  const zone = chooseFeedZone(str(root.timezone), options.defaultTimeZone, warnings, '$.timezone');
  const rooms = lookup(root.rooms, 'id');
  const tracks = lookup(root.tracks, 'id');
  const types = lookup(root.submission_types, 'id');
  const speakers = lookup(root.speakers, 'code');
  const missingOffsets: string[] = [];

  const instant = (value: unknown, at: string): number | null => {
    const slot = frabSlotStart({ date: str(value) }, zone);
    if (!slot.ok) return null;
    if (slot.offsetMissing) missingOffsets.push(at);
    return slot.startMs;
  };

  const sessions: Session[] = [];
  root.talks.forEach((talk, index) => {
    const at = `$.talks[${index}]`;
    if (!isObject(talk)) throw new FeedError('expected a talk object', at);
    const title = oneLine(i18n(talk.title));
    const start = instant(talk.start, `${at}.start`);
    if (start === null) {
      warnings.push({ message: `"${title || '(untitled)'}" has no readable start time; left out`, at: `${at}.start` });
      return;
    }
    let end = instant(talk.end, `${at}.end`);
    if (end === null) {
      warnings.push({ message: `"${title}" has no readable end time; treated as zero length`, at: `${at}.end` });
      end = start;
    }
    const roomName = oneLine(nameIn(rooms, talk.room));
    const code = str(talk.code);
    sessions.push({
      id: code,
      title,
      subtitle: '',
      abstract: plainText(i18n(talk.abstract) || i18n(talk.description)),
      start: toIsoInstant(start),
      end: toIsoInstant(end),
      timeZone: zone,
      room: feedRoom(roomName, null),
      track: oneLine(nameIn(tracks, talk.track)),
      type: code ? oneLine(nameIn(types, talk.submission_type_id ?? talk.submission_type)) : 'break',
      language: oneLine(str(talk.content_locale) || str(talk.language)),
      persons: arr(talk.speakers)
        .map((ref) => oneLine(isObject(ref) ? str(ref.name) : str(speakers.get(str(ref))?.name)))
        .filter(Boolean)
        .map((name) => ({ name })),
      links: [],
    });
  });
  if (missingOffsets.length > 0) {
    warnings.push({ message: `${missingOffsets.length} time(s) have no UTC offset; read as wall time in ${zone}`, at: missingOffsets[0] });
  }
  return finishProgramme(
    'pretalx',
    {
      conference: { title: oneLine(i18n(root.event_name ?? root.title)), subtitle: '', timeZone: zone, start: '', end: '', url: str(root.url), isSample: false },
      version: oneLine(str(root.version)),
      sessions,
    },
    warnings,
  );
};
