/**
 * One programme written in each of the feed formats, with every text field
 * (title, subtitle, abstract, speaker, room, track, link) set by the caller.
 * The writers (tests/support/feeds) escape correctly for their format, so
 * whatever string goes in is what a well-behaved (or malicious but
 * well-formed) feed would carry. Each session here gets a room, a track and a
 * speaker of its own. Shared by the property tests, the hostile-content tests
 * and the web e2e suite.
 */
import type { FeedFormat } from '../../../core/feeds/types';
import { FEED_WRITERS, instant, type FeedProgramme } from '../../support/feeds';

export interface FeedSessionText {
  id: string;
  title: string;
  subtitle: string;
  abstract: string;
  person: string;
  room: string;
  roomUrl: string;
  track: string;
  linkTitle: string;
  linkUrl: string;
  /** Wall time in Vienna on 2024-02-05, HH:MM. */
  start: string;
  minutes: number;
}

export interface FeedText {
  conferenceTitle: string;
  sessions: FeedSessionText[];
}

export const FEED_FORMATS: readonly FeedFormat[] = ['native', 'frab-xml', 'schedule-json', 'pretalx', 'ical', 'indico', 'indico-timetable', 'csv'];

const DAY = '2024-02-05';
const pad = (n: number): string => String(n).padStart(2, '0');
const hhmm = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** The text feed as the writers' programme model. */
export function programmeOf(feed: FeedText): FeedProgramme {
  const sessions = feed.sessions.map((s, index) => {
    const startMs = instant(DAY, s.start);
    return {
      id: s.id,
      numericId: index + 1,
      title: s.title,
      subtitle: s.subtitle,
      abstract: s.abstract,
      startMs,
      endMs: startMs + s.minutes * 60_000,
      roomIndex: index,
      trackIndex: index,
      type: 'Talk',
      language: 'en',
      persons: [{ id: `SPK${index}`, first: '', last: '', name: s.person }],
      links: [{ title: s.linkTitle, url: s.linkUrl }],
    };
  });
  return {
    title: feed.conferenceTitle,
    version: '1',
    days: [DAY],
    rooms: feed.sessions.map((s) => ({ name: s.room, url: s.roomUrl })),
    tracks: feed.sessions.map((s) => s.track),
    sessions,
  };
}

const writerOf = (format: FeedFormat) => (feed: FeedText): string => FEED_WRITERS[format](programmeOf(feed));

export const WRITERS: Record<FeedFormat, (feed: FeedText) => string> = {
  native: writerOf('native'),
  'frab-xml': writerOf('frab-xml'),
  'schedule-json': writerOf('schedule-json'),
  pretalx: writerOf('pretalx'),
  ical: writerOf('ical'),
  indico: writerOf('indico'),
  'indico-timetable': writerOf('indico-timetable'),
  csv: writerOf('csv'),
};

export const nativeText = WRITERS.native;
export const indicoText = WRITERS.indico;

/** A plain, valid session to start from; hostile tests overwrite one field at a time. */
export function plainSession(index: number, overrides: Partial<FeedSessionText> = {}): FeedSessionText {
  return {
    id: `s${index}`,
    title: `Session ${index}`,
    subtitle: 'A subtitle',
    abstract: 'An abstract with a link https://example.org/more and an address mailto:info@example.org.',
    person: 'Amina Diallo',
    room: `Room ${index}`,
    roomUrl: 'https://bbb.example.org/rooms/abc-def-ghi-jkl/join',
    track: 'Cities',
    linkTitle: 'Slides',
    linkUrl: 'https://example.org/slides',
    start: hhmm(8 * 60 + (index % 28) * 30),
    minutes: 25,
    ...overrides,
  };
}
