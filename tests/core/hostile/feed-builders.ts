/**
 * One programme written in each of the feed formats, with every text field
 * (title, subtitle, abstract, speaker, room, track, link) set by the caller.
 * Each writer escapes correctly for its format, so whatever string goes in is
 * what a well-behaved (or malicious but well-formed) feed would carry.
 * Shared by the property tests, the hostile-content tests and the web e2e suite.
 */
import type { FeedFormat } from '../../../core/feeds/types';

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
const startMinutes = (s: FeedSessionText): number => Number(s.start.slice(0, 2)) * 60 + Number(s.start.slice(3, 5));
/** Offset form, Vienna in February is +01:00. */
const offsetStart = (s: FeedSessionText): string => `${DAY}T${s.start}:00+01:00`;
const offsetEnd = (s: FeedSessionText): string => {
  const end = startMinutes(s) + s.minutes;
  return `${end >= 24 * 60 ? '2024-02-06' : DAY}T${hhmm(end % (24 * 60))}:00+01:00`;
};

export function nativeText(feed: FeedText): string {
  return JSON.stringify({
    format: 'go-local-companion/1',
    version: '1',
    conference: { title: feed.conferenceTitle, timeZone: 'Europe/Vienna', start: DAY, end: DAY, roomHosts: [] },
    sessions: feed.sessions.map((s) => ({
      id: s.id,
      title: s.title,
      subtitle: s.subtitle,
      abstract: s.abstract,
      start: offsetStart(s),
      end: offsetEnd(s),
      room: { name: s.room, url: s.roomUrl, kind: 'bbb' },
      track: s.track,
      type: 'Talk',
      language: 'en',
      persons: [s.person],
      links: [{ title: s.linkTitle, url: s.linkUrl }],
    })),
  });
}

const xml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export function frabXmlText(feed: FeedText): string {
  const rooms = feed.sessions
    .map(
      (s) => `    <room name="${xml(s.room)}" url="${xml(s.roomUrl)}">
      <event guid="${xml(s.id)}" id="1">
        <date>${offsetStart(s)}</date><start>${s.start}</start><duration>${hhmm(s.minutes)}</duration>
        <room>${xml(s.room)}</room><title>${xml(s.title)}</title><subtitle>${xml(s.subtitle)}</subtitle>
        <track>${xml(s.track)}</track><type>Talk</type><language>en</language>
        <abstract>${xml(s.abstract)}</abstract>
        <persons><person id="1">${xml(s.person)}</person></persons>
        <links><link href="${xml(s.linkUrl)}">${xml(s.linkTitle)}</link></links>
      </event>
    </room>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<schedule>
  <version>1</version>
  <conference><title>${xml(feed.conferenceTitle)}</title><start>${DAY}</start><end>${DAY}</end><time_zone_name>Europe/Vienna</time_zone_name></conference>
  <day index="1" date="${DAY}">
${rooms}
  </day>
</schedule>`;
}

export function scheduleJsonText(feed: FeedText): string {
  const rooms: Record<string, unknown[]> = Object.create(null) as Record<string, unknown[]>;
  for (const s of feed.sessions) {
    (rooms[s.room] ??= []).push({
      guid: s.id,
      date: offsetStart(s),
      start: s.start,
      duration: hhmm(s.minutes),
      title: s.title,
      subtitle: s.subtitle,
      abstract: s.abstract,
      track: s.track,
      type: 'Talk',
      language: 'en',
      persons: [{ public_name: s.person }],
      links: [{ url: s.linkUrl, title: s.linkTitle }],
    });
  }
  return JSON.stringify({
    schedule: {
      version: '1',
      conference: {
        title: feed.conferenceTitle,
        start: DAY,
        end: DAY,
        time_zone_name: 'Europe/Vienna',
        rooms: feed.sessions.map((s) => ({ name: s.room, type: 'bbb', url: s.roomUrl })),
        days: [{ index: 1, date: DAY, rooms }],
      },
    },
  });
}

export function pretalxText(feed: FeedText): string {
  return JSON.stringify({
    version: '3',
    event_name: feed.conferenceTitle,
    timezone: 'Europe/Vienna',
    rooms: feed.sessions.map((s, index) => ({ id: index + 1, name: { en: s.room } })),
    tracks: feed.sessions.map((s, index) => ({ id: index + 1, name: { en: s.track } })),
    speakers: feed.sessions.map((s, index) => ({ code: `SPK${index}`, name: s.person })),
    talks: feed.sessions.map((s, index) => ({
      code: s.id,
      title: s.title,
      abstract: s.abstract,
      speakers: [`SPK${index}`],
      track: index + 1,
      room: index + 1,
      start: offsetStart(s),
      end: offsetEnd(s),
    })),
  });
}

/** RFC 5545 TEXT escaping; long lines are left unfolded (ical.js reads them). */
const icsText = (text: string): string => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
const icsTime = (iso: string): string => iso.slice(0, 19).replace(/[-:]/g, '');

export function icalText(feed: FeedText): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//hostile//test//EN', `X-WR-CALNAME:${icsText(feed.conferenceTitle)}`, 'X-WR-TIMEZONE:Europe/Vienna'];
  for (const s of feed.sessions) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsText(s.id)}`,
      `DTSTART;TZID=Europe/Vienna:${icsTime(offsetStart(s))}`,
      `DTEND;TZID=Europe/Vienna:${icsTime(offsetEnd(s))}`,
      `SUMMARY:${icsText(s.title)}`,
      `DESCRIPTION:${icsText(s.abstract)}`,
      `LOCATION:${icsText(s.room)}`,
      `CATEGORIES:${icsText(s.track)}`,
      `URL:${s.linkUrl.replace(/[\r\n]/g, '')}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}

export function indicoText(feed: FeedText): string {
  return JSON.stringify({
    count: 1,
    results: [
      {
        title: feed.conferenceTitle,
        timezone: 'Europe/Vienna',
        url: 'https://indico.example.org/event/1/',
        startDate: { date: DAY, time: '00:00:00', tz: 'Europe/Vienna' },
        endDate: { date: DAY, time: '23:59:00', tz: 'Europe/Vienna' },
        contributions: feed.sessions.map((s) => ({
          id: s.id,
          title: s.title,
          description: s.abstract,
          startDate: { date: DAY, time: `${s.start}:00`, tz: 'Europe/Vienna' },
          endDate: null,
          duration: s.minutes,
          roomFullname: s.room,
          track: s.track,
          url: s.linkUrl,
          speakers: [{ fullName: s.person }],
        })),
      },
    ],
  });
}

/** RFC 4180: every field quoted, quotes doubled. A spreadsheet has no conference title and no links list. */
const csvField = (text: string): string => `"${text.replace(/"/g, '""')}"`;

export function csvText(feed: FeedText): string {
  const header = ['ID', 'Title', 'Date', 'Start', 'Duration', 'Room', 'Room link', 'Track', 'Speakers', 'Abstract', 'Time zone'];
  const rows = feed.sessions.map((s) =>
    [s.id, s.title, DAY, s.start, String(s.minutes), s.room, s.roomUrl, s.track, s.person, s.abstract, 'Europe/Vienna'].map(csvField).join(','),
  );
  return [header.join(','), ...rows].join('\r\n') + '\r\n';
}

/** Indico's timetable export: entries keyed by their own key, so sessions with equal ids all survive. */
export function indicoTimetableText(feed: FeedText): string {
  const at = (s: FeedSessionText, iso: string) => ({ date: iso.slice(0, 10), time: iso.slice(11, 19), tz: 'Europe/Vienna' });
  const entries = Object.fromEntries(
    feed.sessions.map((s, index) => [
      `c${index}`,
      {
        entryType: 'Contribution',
        id: `c${index}`,
        contributionId: s.id,
        title: s.title,
        description: s.abstract,
        startDate: at(s, offsetStart(s)),
        endDate: at(s, offsetEnd(s)),
        room: s.room,
        url: s.linkUrl,
        presenters: [{ name: s.person }],
      },
    ]),
  );
  return JSON.stringify({ count: 1, results: { '1': { [DAY.replace(/-/g, '')]: entries } } });
}

export const WRITERS: Record<FeedFormat, (feed: FeedText) => string> = {
  native: nativeText,
  'frab-xml': frabXmlText,
  'schedule-json': scheduleJsonText,
  pretalx: pretalxText,
  ical: icalText,
  indico: indicoText,
  csv: csvText,
  'indico-timetable': indicoTimetableText,
};

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
