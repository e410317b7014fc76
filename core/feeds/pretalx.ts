/**
 * pretalx's schedule widget JSON (/schedule/widgets/schedule.json, v2):
 * talks[] refer to rooms[], speakers[] and tracks[] by id. Breaks have no
 * code (they get the shared derived id) and i18n titles; their start and end
 * may carry different offsets (Z and +01:00), which Date.parse handles.
 */
import { FeedError } from './feed-error';
import type { FeedParser } from './types';
import type { FeedWarning, Session } from '../programme/model';
import { namedPersons } from './persons';
import { finishProgramme } from './finish-programme';
import { toIsoInstant } from '../time/zoned';
import { arr, i18n, isObject, readJson, str, type JsonObject } from './json-input';
import { frabSlotStart, type SlotStart } from './frab-time';
import { chooseFeedZone } from './feed-zone';
import { roomsByName } from './feed-room';
import { oneLine, plainText } from './plain-text';
import { leftOut, spanProblem } from './session-span';

/**
 * id -> display name for rooms, tracks and submission types; code -> name for speakers.
 * Each name is cleaned once and found by the reference as the talk writes it
 * (a number or a string): talks repeat the same few references thousands of times.
 */
function namesById(list: unknown, key: 'id' | 'code', unknownRefIsName: boolean): (ref: unknown) => string {
  const byId = new Map<string, JsonObject>();
  for (const item of arr(list).filter(isObject)) if (str(item[key])) byId.set(str(item[key]), item);
  const names = new Map<unknown, string>();
  return (ref) => {
    if (isObject(ref)) return oneLine(i18n(ref.name));
    let name = names.get(ref);
    if (name === undefined) {
      const item = byId.get(str(ref));
      name = oneLine(item ? i18n(item.name) : unknownRefIsName && typeof ref === 'string' ? ref : '');
      names.set(ref, name);
    }
    return name;
  };
}

const talkPath = (index: number, field = ''): string => `$.talks[${index}]${field}`;

export const parsePretalxWidget: FeedParser = (text, options) => {
  const root = options.parsedJson ?? readJson(text);
  if (!isObject(root) || !Array.isArray(root.talks)) throw new FeedError('missing the talks list', '$.talks');
  const warnings: FeedWarning[] = [];
  const zone = chooseFeedZone(str(root.timezone), options.defaultTimeZone, warnings, '$.timezone');
  // A room, track or type the lists do not name is shown as written; an unknown speaker not at all.
  const roomName = namesById(root.rooms, 'id', true);
  const trackName = namesById(root.tracks, 'id', true);
  const typeName = namesById(root.submission_types, 'id', true);
  const speakerName = namesById(root.speakers, 'code', false);
  const missingOffsets: string[] = [];
  const roomNamed = roomsByName();
  const speaker = (ref: unknown): string => (isObject(ref) ? oneLine(str(ref.name)) : speakerName(ref));
  // Talks share their start and end times: each distinct text is read once.
  const slots = new Map<string, SlotStart>();
  const instant = (value: unknown, index: number, field: '.start' | '.end'): SlotStart => {
    const text = str(value);
    let slot = slots.get(text);
    if (!slot) slots.set(text, (slot = frabSlotStart({ date: text }, zone)));
    if (slot.ok && slot.offsetMissing) missingOffsets.push(talkPath(index, field));
    return slot;
  };

  // Nothing per talk but what the model keeps: no paths or closures (see native.ts on allocation).
  const sessions: Session[] = [];
  root.talks.forEach((talk, index) => {
    if (!isObject(talk)) throw new FeedError('expected a talk object', talkPath(index));
    const title = oneLine(i18n(talk.title));
    const code = str(talk.code);
    const startSlot = instant(talk.start, index, '.start');
    if (!startSlot.ok) {
      warnings.push(leftOut(title, code, startSlot.refused ? startSlot.reason : 'has no readable start time', talkPath(index, '.start')));
      return;
    }
    const start = startSlot.startMs;
    const endSlot = instant(talk.end, index, '.end');
    if (!endSlot.ok && endSlot.refused) {
      warnings.push(leftOut(title, code, endSlot.reason, talkPath(index, '.end')));
      return;
    }
    if (!endSlot.ok) warnings.push({ message: `"${title}" has no readable end time; treated as zero length`, at: talkPath(index, '.end') });
    const end = endSlot.ok ? endSlot.startMs : start;
    const problem = spanProblem(start, end);
    if (problem) {
      warnings.push(leftOut(title, code, problem, talkPath(index)));
      return;
    }
    sessions.push({
      id: code,
      title,
      subtitle: '',
      abstract: plainText(i18n(talk.abstract) || i18n(talk.description)),
      start: toIsoInstant(start),
      end: toIsoInstant(end),
      timeZone: zone,
      room: roomNamed(roomName(talk.room)),
      track: trackName(talk.track),
      type: code ? typeName(talk.submission_type_id ?? talk.submission_type) : 'break',
      language: oneLine(str(talk.content_locale) || str(talk.language)),
      persons: namedPersons(talk.speakers, speaker),
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
