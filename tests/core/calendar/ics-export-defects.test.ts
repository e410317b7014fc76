/** Defects found by reading exports back with real parsers: each test failed against the old export. */
import { describe, expect, it } from 'vitest';
import { exportCalendar, type CalendarExport } from '../../../core/calendar/ics-export';
import type { Session } from '../../../core/programme/model';
import { parseIcs } from './parse-ics';
import { lateTalk, opening, session } from './sessions';

const base: CalendarExport = {
  sessions: [opening, lateTalk],
  calendarName: 'Go Local',
  feedUrl: null,
  exportedAt: Date.parse('2024-01-20T08:09:10Z'),
  sequences: () => 0,
};
const exportOf = (overrides: Partial<CalendarExport> = {}): string => exportCalendar({ ...base, ...overrides });
const lines = (text: string): string[] => text.split('\r\n');
/** The content lines of each VEVENT, unfolded. */
const eventLines = (text: string): string[][] =>
  text
    .replace(/\r\n /g, '')
    .split('BEGIN:VEVENT\r\n')
    .slice(1)
    .map((block) => block.split('END:VEVENT')[0]!.split('\r\n').filter(Boolean));

const zeroLength = session({ id: 'zero', title: 'Announcement', start: '2024-02-05T12:00:00Z', end: '2024-02-05T12:00:00Z' });
const backwards = session({ id: 'back', title: 'Ends before it starts', start: '2024-02-05T12:00:00Z', end: '2024-02-05T11:00:00Z' });

describe('calendar export defects', () => {
  it('writes no DTEND for a zero-length session (DTEND must be after DTSTART), and readers give it no length', () => {
    const text = exportOf({ sessions: [zeroLength] });
    const [event] = eventLines(text);
    expect(event).toContain('DTSTART;TZID=Europe/Vienna:20240205T130000');
    expect(event!.some((line) => line.startsWith('DTEND'))).toBe(false);
    expect(event!.some((line) => line.startsWith('DURATION'))).toBe(false);
    const [read] = parseIcs(text).events;
    expect([read!.startUtc, read!.endUtc]).toEqual(['2024-02-05T12:00:00Z', '2024-02-05T12:00:00Z']);
  });

  it('skips a session that ends before it starts, with a reason, instead of writing it as zero length', () => {
    const skipped: [string, string][] = [];
    const text = exportOf({ sessions: [opening, backwards], onSkipped: (s: Session, reason: string) => skipped.push([s.id, reason]) });
    expect(parseIcs(text).events.map((e) => e.summary)).toEqual(['Opening of the Academy']);
    expect(skipped).toEqual([['back', 'it ends before it starts']]);
  });

  it('writes no METHOD: a file import needs none, and PUBLISH without ORGANIZER breaks RFC 5546', () => {
    expect(exportOf()).not.toMatch(/^METHOD:/m);
  });

  it('writes URL values verbatim, as the URI they are (no TEXT escaping, no percent-encoding)', () => {
    const text = exportOf({ sessions: [lateTalk] });
    expect(eventLines(text)[0]).toContain('URL:https://example.org/slides?a=1,2;b');
    expect(parseIcs(text).events[0]!.url).toBe('https://example.org/slides?a=1,2;b');
  });

  it('never lets a link break out of its URL line', () => {
    const sneaky = session({ ...lateTalk, links: [{ title: 'x', url: 'https://example.org/a\r\nX-INJECTED:1 b' }] });
    const text = exportOf({ sessions: [sneaky] });
    expect(text).not.toMatch(/^X-INJECTED/m);
    expect(parseIcs(text).events[0]!.url).toMatch(/^https:\/\/example\.org\/a/);
  });

  it('cannot be made to splice one session’s description into another by a title like the old placeholder', () => {
    const decoys = ['GLCDESCRIPTION0X', 'GLCDESCRIPTION1X', 'X-GLC-SPLICE:0'].map((title, index) =>
      session({ id: `decoy-${index}`, title, abstract: `Abstract ${index}`, start: '2024-02-05T12:00:00Z', end: '2024-02-05T13:00:00Z' }),
    );
    const { events } = parseIcs(exportOf({ sessions: decoys, alarmMinutes: 10 }));
    expect(events.map((e) => e.summary)).toEqual(['GLCDESCRIPTION0X', 'GLCDESCRIPTION1X', 'X-GLC-SPLICE:0']);
    expect(events.map((e) => e.alarms[0]?.description)).toEqual(['GLCDESCRIPTION0X', 'GLCDESCRIPTION1X', 'X-GLC-SPLICE:0']);
    events.forEach((event, index) => expect(event.description.startsWith(`Abstract ${index}\n\n`)).toBe(true));
  });

  it('puts the join link in an RFC 7986 CONFERENCE property as well as in the description', () => {
    const text = exportOf({ sessions: [opening] });
    expect(eventLines(text)[0]).toContain('CONFERENCE;VALUE=URI;FEATURE=VIDEO,AUDIO;LABEL="Plenary Hall":https://bbb.example.org/rooms/plh-7kq-2xm-r4d/join');
    expect(parseIcs(text).events[0]!.description).toContain('Join: https://bbb.example.org/rooms/plh-7kq-2xm-r4d/join');
    // No join link, no CONFERENCE.
    expect(lines(exportOf({ sessions: [lateTalk] })).some((line) => line.startsWith('CONFERENCE'))).toBe(false);
  });

  it('keeps a CONFERENCE label inert, whatever the room is called', () => {
    const odd = session({ ...opening, room: { name: 'Hall "A"; B: C, ^D', url: opening.room.url, kind: 'bbb' } });
    const line = eventLines(exportOf({ sessions: [odd] }))[0]!.find((l) => l.startsWith('CONFERENCE'));
    expect(line).toBe('CONFERENCE;VALUE=URI;FEATURE=VIDEO,AUDIO;LABEL="Hall ^\'A^\'; B: C, ^^D":https://bbb.example.org/rooms/plh-7kq-2xm-r4d/join');
  });
});

describe('the event’s clock in descriptions', () => {
  it('is named by the city of the session’s own zone, never a fixed "Graz"', () => {
    const brussels = session({ id: 'fosdem', title: 'Keynote', timeZone: 'Europe/Brussels', start: '2024-02-03T09:00:00Z', end: '2024-02-03T10:00:00Z' });
    const vienna = session({ id: 'vienna', title: 'Read in the default zone', start: '2024-02-03T09:00:00Z', end: '2024-02-03T10:00:00Z' });
    const [first, second] = parseIcs(exportOf({ sessions: [brussels, vienna] })).events;
    expect(first!.description.split('\n').at(-1)).toBe('Brussels: Sat 3 Feb 2024, 10:00–11:00 CET');
    expect(second!.description.split('\n').at(-1)).toBe('Graz: Sat 3 Feb 2024, 10:00–11:00 CET');
  });
});
