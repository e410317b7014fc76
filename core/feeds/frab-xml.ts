/**
 * frab / Pentabarf schedule.xml (CCC, FOSDEM, pretalx, wafer exports).
 * Child order is free and empty tags are common, so every field is looked up
 * by name and may be missing. Timing rules are in frab-time.ts.
 */
import { FeedError } from './feed-error';
import type { FeedParser } from './types';
import type { FeedWarning, Link, Room, Session } from '../programme/model';
import { finishProgramme } from './finish-programme';
import { dateInZone, toIsoInstant } from '../time/zoned';
import { attrOf, childText, childrenOf, readXml, textOf, type XmlDocument } from './xml-document';
import { conferenceDate, frabSlotStart, parseDuration, unreadDateMessage } from './frab-time';
import { chooseFeedZone } from './feed-zone';
import { feedRoom } from './feed-room';
import { oneLine, plainText } from './plain-text';
import { leftOut, spanProblem } from './session-span';

interface DayContext {
  date: string;
  roomName: string;
  roomNode: unknown;
  events: unknown[];
}

/** Room links may be declared once (<rooms><room name url>) or on each day's <room>. */
function declaredRooms(conference: unknown, root: unknown): Map<string, Room> {
  const rooms = new Map<string, Room>();
  const lists = [...childrenOf(conference, 'rooms'), ...childrenOf(root, 'rooms')];
  for (const room of lists.flatMap((list) => childrenOf(list, 'room'))) {
    const name = oneLine(attrOf(room, 'name') || textOf(room));
    const url = attrOf(room, 'url') || attrOf(room, 'href') || childText(room, 'url');
    if (name) rooms.set(name, feedRoom(name, url, attrOf(room, 'type')));
  }
  return rooms;
}

function eventLinks(event: unknown): Link[] {
  const links: Link[] = [];
  const page = childText(event, 'url').trim();
  if (page) links.push({ title: 'Event page', url: page });
  for (const link of childrenOf(childrenOf(event, 'links')[0], 'link')) {
    const url = attrOf(link, 'href').trim();
    if (url) links.push({ title: oneLine(textOf(link)) || url, url });
  }
  const feedback = childText(event, 'feedback_url').trim();
  if (feedback && !links.some((l) => l.url === feedback)) links.push({ title: 'Feedback', url: feedback });
  return links;
}

interface EventInput {
  event: unknown;
  day: DayContext;
  zone: string;
  dayChange: string;
  rooms: Map<string, Room>;
}

function toSession(input: EventInput, doc: XmlDocument, warnings: FeedWarning[], missingOffsets: string[]): Session | null {
  const { event, day, zone } = input;
  const title = oneLine(childText(event, 'title'));
  const at = doc.lineOf(event);
  const id = attrOf(event, 'guid') || childText(event, 'guid') || childText(event, 'slug') || (attrOf(event, 'id') ? `event-${attrOf(event, 'id')}` : '');
  const slot = frabSlotStart({ date: childText(event, 'date'), dayDate: day.date, start: childText(event, 'start'), dayChange: input.dayChange }, zone);
  if (!slot.ok) {
    warnings.push(leftOut(title, id, slot.reason, at));
    return null;
  }
  if (slot.offsetMissing) missingOffsets.push(at ?? title);
  const unread = unreadDateMessage(slot, title, childText(event, 'date'));
  if (unread) warnings.push({ message: unread, ...(at ? { at } : {}) });
  const durationText = childText(event, 'duration');
  let duration = parseDuration(durationText);
  if (duration === null) {
    warnings.push({ message: `"${title}" has ${durationText ? `an unreadable duration "${durationText}"` : 'no duration'}; treated as zero length`, ...(at ? { at } : {}) });
    duration = 0;
  }
  const problem = spanProblem(slot.startMs, slot.startMs + duration);
  if (problem) {
    warnings.push(leftOut(title, id, problem, at));
    return null;
  }
  const roomName = oneLine(day.roomName || childText(event, 'room'));
  const declared = input.rooms.get(roomName);
  const dayRoomUrl = attrOf(day.roomNode, 'url') || attrOf(day.roomNode, 'href');
  const room = dayRoomUrl ? feedRoom(roomName, dayRoomUrl, attrOf(day.roomNode, 'type')) : (declared ?? feedRoom(roomName, null));
  const abstract = childText(event, 'abstract');
  return {
    id: id.trim(),
    title,
    subtitle: oneLine(childText(event, 'subtitle')),
    abstract: plainText(abstract.trim() ? abstract : childText(event, 'description')),
    start: toIsoInstant(slot.startMs),
    end: toIsoInstant(slot.startMs + duration),
    timeZone: zone,
    room,
    track: oneLine(childText(event, 'track')),
    type: oneLine(childText(event, 'type')),
    language: oneLine(childText(event, 'language')),
    persons: childrenOf(childrenOf(event, 'persons')[0], 'person')
      .map((person) => oneLine(textOf(person)))
      .filter((name) => name !== '')
      .map((name) => ({ name })),
    links: eventLinks(event),
  };
}

export const parseFrabXml: FeedParser = (text, options) => {
  const doc = readXml(text);
  if (doc.rootName !== 'schedule') throw new FeedError(`expected a <schedule> root element, found <${doc.rootName}>`, 'line 1');
  const root = doc.root;
  const conference = childrenOf(root, 'conference')[0];
  if (conference === undefined) throw new FeedError('missing <conference>', doc.lineOf(root) ?? 'line 1');
  const warnings: FeedWarning[] = [];
  const zone = chooseFeedZone(
    childText(conference, 'time_zone_name') || childText(conference, 'timezone'),
    options.defaultTimeZone,
    warnings,
    doc.lineOf(conference),
  );
  const dayChange = childText(conference, 'day_change');
  const rooms = declaredRooms(conference, root);
  const sessions: Session[] = [];
  const missingOffsets: string[] = [];
  for (const day of childrenOf(root, 'day')) {
    const date = attrOf(day, 'date');
    // Pentabarf as FOSDEM published it until about 2008: <event> straight under <day>, naming its own <room>.
    const groups: DayContext[] = [
      { date, roomName: '', roomNode: undefined, events: childrenOf(day, 'event') },
      ...childrenOf(day, 'room').map((roomNode) => ({ date, roomName: attrOf(roomNode, 'name'), roomNode, events: childrenOf(roomNode, 'event') })),
    ];
    for (const context of groups) {
      for (const event of context.events) {
        const session = toSession({ event, day: context, zone, dayChange, rooms }, doc, warnings, missingOffsets);
        if (session) sessions.push(session);
      }
    }
  }
  if (missingOffsets.length > 0) {
    warnings.push({
      message: `${missingOffsets.length} <date> value(s) have no UTC offset; read as wall time in ${zone}`,
      at: missingOffsets[0],
    });
  }
  const toDate = (ms: number): string => dateInZone(ms, zone);
  return finishProgramme(
    'frab-xml',
    {
      conference: {
        title: oneLine(childText(conference, 'title')),
        subtitle: oneLine(childText(conference, 'subtitle')),
        timeZone: zone,
        start: conferenceDate(childText(conference, 'start'), toDate),
        end: conferenceDate(childText(conference, 'end'), toDate),
        url: (childText(conference, 'url') || childText(conference, 'base_url')).trim(),
        isSample: false,
      },
      version: oneLine(childText(root, 'version') || childText(conference, 'release')),
      sessions,
    },
    warnings,
  );
};
