/**
 * One Session from one VEVENT (or from an instance of a series, which takes
 * what it does not say itself from its series): text, room, all-day and
 * cancelled marks. Rooms are worked out once per VEVENT and shared.
 */
import type { FeedWarning, Session } from '../programme/model';
import { toIsoInstant } from '../time/zoned';
import { feedRoom } from './feed-room';
import { joinLinkOf } from './ical-join-link';
import { oneLine, plainText } from './plain-text';
import { allProperties, firstText, type JCalComponent } from './jcal';

/** What DTSTART and DTEND (or DURATION) of one VEVENT say. */
export interface EventSpan {
  startMs: number;
  endMs: number;
  isDate: boolean;
  /** DTSTART's value as ical.js wrote it, and its TZID, for expanding a series. */
  startRaw: string;
  startTzid: string;
}

function categoriesOf(event: JCalComponent): string {
  return allProperties(event, 'categories')
    .flatMap((property) => property.slice(3))
    .filter((value): value is string => typeof value === 'string')
    .join(', ');
}

/** One VEVENT as read, with where it starts in the file. */
export interface ReadEvent {
  event: JCalComponent;
  at: string;
  title: string;
  span: EventSpan;
  uid: string;
}


/** Builds sessions from VEVENTs: text from the event, else (for an override) from its series. */
export class SessionMaker {
  private readonly rooms = new Map<string, Session['room']>();
  private readonly roomOfEvent = new Map<JCalComponent, Session['room']>();

  constructor(
    private readonly zone: string,
    private readonly warnings: FeedWarning[],
  ) {}

  make(read: ReadEvent, master: ReadEvent | null, id: string, startMs: number, endMs: number): Session {
    const { event, at } = read;
    const text = (name: string): string => firstText(event, name) || (master ? firstText(master.event, name) : '');
    const url = text('url');
    const cancelled = text('status').toUpperCase() === 'CANCELLED';
    return {
      id,
      title: read.title || (master?.title ?? ''),
      subtitle: '',
      abstract: plainText(text('description')),
      start: toIsoInstant(startMs),
      end: toIsoInstant(endMs),
      timeZone: this.zone,
      room: this.roomOf(event, text, read.title, at, master),
      track: oneLine(categoriesOf(event) || (master ? categoriesOf(master.event) : '')),
      type: '',
      language: '',
      persons: [],
      links: url ? [{ title: 'Event page', url }] : [],
      ...(read.span.isDate ? { allDay: true as const } : {}),
      ...(cancelled ? { status: 'cancelled' as const } : {}),
    };
  }

  /** Once per VEVENT (a series' occurrences share it), and one Room per name and link. */
  private roomOf(event: JCalComponent, text: (name: string) => string, title: string, at: string, master: ReadEvent | null): Session['room'] {
    const known = this.roomOfEvent.get(event);
    if (known) return known;
    // An instance that names no room of its own is held in its series' room.
    const seriesRoom = master ? this.roomOf(master.event, (name) => firstText(master.event, name), master.title, master.at, null) : undefined;
    const location = oneLine(text('location'));
    const { link, refused } = joinLinkOf({
      location,
      url: text('url'),
      conference: text('conference'),
      googleConference: text('x-google-conference'),
      description: text('description'),
    });
    for (const reason of refused) this.warnings.push({ message: `room link of "${title}" rejected: ${reason}`, at });
    if (!link && seriesRoom && (location === '' || location === seriesRoom.name)) {
      this.roomOfEvent.set(event, seriesRoom);
      return seriesRoom;
    }
    // A LOCATION that is, or holds, a link names the room by its other words, else "Online" for a room with a link.
    const name = withoutLink(location) || (link ? 'Online' : '');
    const key = `${name}\n${link?.url ?? ''}`;
    let room = this.rooms.get(key);
    if (!room) this.rooms.set(key, (room = feedRoom(name, link?.url ?? null)));
    this.roomOfEvent.set(event, room);
    return room;
  }
}

const SEPARATORS = new Set([',', ';', ':', '-', '–', '—', '|', '(', ')']);

/**
 * The location's words without its links and the separators left around them ("Hall A – https://…" is
 * "Hall A"). Words and a loop, not a regex: locations are feed text.
 */
function withoutLink(location: string): string {
  const words = location.split(' ').filter((word) => word !== '' && !/^https?:\/\//i.test(word));
  while (words.length > 0 && SEPARATORS.has(words[0] ?? '')) words.shift();
  while (words.length > 0 && SEPARATORS.has(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}
