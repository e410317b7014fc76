/**
 * Indico's timetable export (export/timetable/N.json): results → event id →
 * days keyed YYYYMMDD (empty days included) → entries keyed by id. An entry is
 * a Contribution, a Break or a session block (entryType "Session") whose
 * `entries` hold its contributions and breaks. Older Indico names people
 * `presenters`/`conveners` and gives `contributionId`; newer Indico gives
 * `personLinks` and `objId`. Times are {date, time, tz} as in the event export
 * (indico-fields.ts), and contribution ids are the event export's, so
 * bookmarks survive switching from one export to the other.
 */
import { FeedError } from './feed-error';
import type { FeedParser } from './types';
import type { FeedWarning, Link, Person, Room, Session } from '../programme/model';
import { finishProgramme } from './finish-programme';
import { toIsoInstant } from '../time/zoned';
import { indicoInstant, indicoPersonName, indicoRefusedDate } from './indico-fields';
import { leftOut, spanProblem } from './session-span';
import { arr, isObject, memberPath, readJson, str, type JsonObject } from './json-input';
import { chooseFeedZone } from './feed-zone';
import { roomsByName } from './feed-room';
import { oneLine, plainText } from './plain-text';
import { namedPersons } from './persons';

const DAY_KEY = /^(\d{4})(\d{2})(\d{2})$/;

/** The timetable shape: results is an object of events, each an object of YYYYMMDD days. */
export function isIndicoTimetable(root: JsonObject): boolean {
  if (!isObject(root.results)) return false;
  const event = Object.values(root.results)[0];
  if (!isObject(event)) return false;
  const days = Object.keys(event);
  return days.length > 0 && days.every((key) => DAY_KEY.test(key));
}

interface Context {
  zone: string;
  warnings: FeedWarning[];
  sessions: Session[];
  roomNamed: (name: string) => Room;
}

/** The block an entry sits in, when it does: its room and session name pass down. */
interface Block {
  room: string;
  session: string;
}

function personsOf(entry: JsonObject, listName: 'presenters' | 'conveners'): Person[] {
  const named = arr(entry[listName]);
  if (named.length > 0) return namedPersons(named, indicoPersonName);
  const links = arr(entry.personLinks);
  // Newer exports list authors too; speakers are flagged when the export says who speaks.
  const speakers = links.filter((link) => isObject(link) && link.isSpeaker === true);
  return namedPersons(speakers.length > 0 ? speakers : links, indicoPersonName);
}

function idOf(entry: JsonObject, key: string): string {
  const type = str(entry.entryType);
  if (type === 'Contribution') {
    const id = str(entry.contributionId) || str(entry.objId);
    return id ? `contribution-${id}` : `entry-${key}`;
  }
  return `${type === 'Break' ? 'break' : 'block'}-${str(entry.id) || key}`;
}

function addEntry(entry: JsonObject, key: string, path: string, block: Block | null, context: Context): void {
  const { zone, warnings } = context;
  const title = oneLine(str(entry.title) || str(entry.slotTitle));
  const refused = indicoRefusedDate(entry.startDate) ?? indicoRefusedDate(entry.endDate);
  if (refused !== null) {
    warnings.push(leftOut(title, key, refused, path));
    return;
  }
  const start = indicoInstant(entry.startDate, zone, warnings, () => `${path}.startDate`);
  if (start === null) {
    warnings.push({ message: `"${title || '(untitled)'}" is not scheduled; left out`, at: `${path}.startDate` });
    return;
  }
  let end = indicoInstant(entry.endDate, zone, warnings, () => `${path}.endDate`);
  if (end === null) {
    const minutes = typeof entry.duration === 'number' ? entry.duration : Number(str(entry.duration));
    end = Number.isFinite(minutes) ? start + minutes * 60_000 : start;
  }
  const problem = spanProblem(start, end);
  if (problem) {
    warnings.push(leftOut(title, key, problem, path));
    return;
  }
  const isBlock = str(entry.entryType) === 'Session';
  const url = str(entry.url);
  const links: Link[] = url ? [{ title: isBlock ? 'Session page' : 'Contribution page', url }] : [];
  context.sessions.push({
    id: idOf(entry, key),
    title,
    subtitle: isBlock ? oneLine(str(entry.slotTitle)) : '',
    abstract: plainText(str(entry.description)),
    start: toIsoInstant(start),
    end: toIsoInstant(end),
    timeZone: zone,
    room: context.roomNamed(oneLine(str(entry.room) || str(entry.roomFullname)) || block?.room || ''),
    track: block?.session ?? '',
    type: str(entry.entryType) === 'Break' ? 'Break' : '',
    language: '',
    persons: personsOf(entry, isBlock ? 'conveners' : 'presenters'),
    links,
  });
}

/** A block's title is its session's (older exports: title + slotTitle; newer: sessionTitle + title). */
const sessionTitleOf = (entry: JsonObject): string => oneLine(str(entry.sessionTitle) || str(entry.title));

function addDay(entries: JsonObject, dayPath: string, context: Context): void {
  for (const [key, entry] of Object.entries(entries)) {
    const path = memberPath(dayPath, key);
    if (!isObject(entry)) throw new FeedError('expected a timetable entry object', path);
    const children = isObject(entry.entries) ? Object.entries(entry.entries) : [];
    if (str(entry.entryType) !== 'Session' || children.length === 0) {
      addEntry(entry, key, path, null, context);
      continue;
    }
    // A block with contents is shown as its contents; nesting is one level deep in Indico.
    const block: Block = { room: oneLine(str(entry.room) || str(entry.roomFullname)), session: sessionTitleOf(entry) };
    for (const [childKey, child] of children) {
      const childPath = memberPath(`${path}.entries`, childKey);
      if (!isObject(child)) throw new FeedError('expected a timetable entry object', childPath);
      addEntry(child, childKey, childPath, block, context);
    }
  }
}

/** The zone the entries state (all entries of an export carry the event's display zone). */
function statedZone(days: JsonObject): string {
  for (const day of Object.values(days)) {
    if (!isObject(day)) continue;
    for (const entry of Object.values(day)) {
      if (isObject(entry) && isObject(entry.startDate) && str(entry.startDate.tz)) return str(entry.startDate.tz);
    }
  }
  return '';
}

const isoDay = (key: string): string => key.replace(DAY_KEY, '$1-$2-$3');

export const parseIndicoTimetable: FeedParser = (text, options) => {
  const root = options.parsedJson ?? readJson(text);
  const results = isObject(root) && isObject(root.results) ? root.results : undefined;
  const eventId = results ? Object.keys(results)[0] : undefined;
  if (!results || eventId === undefined) throw new FeedError('missing the event in results', '$.results');
  const eventPath = memberPath('$.results', eventId);
  const days = results[eventId];
  if (!isObject(days)) throw new FeedError("expected the event's days (an object keyed YYYYMMDD)", eventPath);
  const warnings: FeedWarning[] = [];
  const zone = chooseFeedZone(statedZone(days), options.defaultTimeZone, warnings, eventPath);
  const context: Context = { zone, warnings, sessions: [], roomNamed: roomsByName() };
  const dayKeys = Object.keys(days).filter((key) => DAY_KEY.test(key)).sort();
  for (const key of dayKeys) {
    const dayPath = memberPath(eventPath, key);
    const entries = days[key];
    if (!isObject(entries)) throw new FeedError("expected the day's entries (an object keyed by entry id)", dayPath);
    addDay(entries, dayPath, context);
  }
  return finishProgramme(
    'indico-timetable',
    {
      conference: {
        title: '',
        subtitle: '',
        timeZone: zone,
        start: dayKeys[0] ? isoDay(dayKeys[0]) : '',
        end: dayKeys.at(-1) ? isoDay(dayKeys.at(-1) as string) : '',
        url: '',
        isSample: false,
      },
      version: isObject(root) ? oneLine(str(root.ts)) : '',
      sessions: context.sessions,
    },
    warnings,
  );
};
