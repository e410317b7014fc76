import { describe, expect, it } from 'vitest';
import { exportCalendar, type CalendarExport } from '../../../core/calendar/ics-export';
import { LOCAL_CALENDAR_HOST } from '../../../core/calendar/uid';
import { parseIcs } from './parse-ics';
import { dstNight, hostile, HOSTILE_TITLE, lateTalk, newYork, newYorkFallBack, opening, session } from './sessions';

const EXPORTED_AT = Date.parse('2024-01-20T08:09:10Z');
const base: CalendarExport = {
  sessions: [opening, lateTalk],
  calendarName: 'Human Rights Go Local 2024',
  feedUrl: 'https://programme.example.org:8443/feed/schedule.json',
  exportedAt: EXPORTED_AT,
  sequences: () => 0,
};
const exportOf = (overrides: Partial<CalendarExport> = {}): string => exportCalendar({ ...base, ...overrides });
const lines = (text: string): string[] => text.split('\r\n');

describe('exportCalendar', () => {
  it('writes a calendar (no iTIP METHOD) with its name, CRLF line ends and no calendar-level zone', () => {
    const text = exportOf();
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.match(/\r\n/g)!.length).toBe(text.split('\n').length - 1);
    const { calendar } = parseIcs(text);
    expect(calendar.getFirstPropertyValue('method')).toBeNull();
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Human Rights Go Local 2024');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Go Local Companion//Calendar export//EN');
    expect(text).not.toMatch(/X-WR-TIMEZONE|TIMEZONE-ID/);
  });

  it('writes TZID wall times that resolve to the session instants through the VTIMEZONE', () => {
    const text = exportOf();
    expect(lines(text)).toContain('DTSTART;TZID=Europe/Vienna:20240205T113000');
    expect(lines(text)).toContain('DTEND;TZID=Europe/Vienna:20240205T120000');
    expect(text.match(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Vienna\r\n/g)).toHaveLength(1);
    const { events } = parseIcs(text);
    expect(events.map((e) => [e.startUtc, e.endUtc, e.startTzid, e.endTzid])).toEqual([
      ['2024-02-05T10:30:00Z', '2024-02-05T11:00:00Z', 'Europe/Vienna', 'Europe/Vienna'],
      ['2024-02-05T22:30:00Z', '2024-02-05T23:30:00Z', 'Europe/Vienna', 'Europe/Vienna'],
    ]);
  });

  it('writes DTSTAMP as the export time in UTC with Z', () => {
    const text = exportOf();
    expect(text.match(/^DTSTAMP:.*$/gm)).toEqual(['DTSTAMP:20240120T080910Z', 'DTSTAMP:20240120T080910Z']);
    expect(parseIcs(text).events[0]!.stamp).toBe('2024-01-20T08:09:10Z');
  });

  it('gives stable UIDs <session id>@<feed host>, the fixed local host without a feed URL', () => {
    expect(parseIcs(exportOf()).events.map((e) => e.uid)).toEqual(['glc24-001@programme.example.org', 'glc24-002@programme.example.org']);
    expect(parseIcs(exportOf({ feedUrl: null })).events[0]!.uid).toBe(`glc24-001@${LOCAL_CALENDAR_HOST}`);
    expect(parseIcs(exportOf({ sessions: [lateTalk] })).events[0]!.uid).toBe('glc24-002@programme.example.org');
  });

  it('writes each session’s SEQUENCE and marks left sessions STATUS:CANCELLED', () => {
    const text = exportOf({ sessions: [opening], cancelled: [lateTalk], sequences: (id) => (id === 'glc24-002' ? 3 : 1), alarmMinutes: 10 });
    const { events } = parseIcs(text);
    expect(events.map((e) => [e.uid.split('@')[0], e.sequence, e.status])).toEqual([
      ['glc24-001', 1, 'CONFIRMED'],
      ['glc24-002', 3, 'CANCELLED'],
    ]);
    // No reminder for a session that is not taking place.
    expect(events[1]!.alarms).toEqual([]);
  });

  it('adds a DISPLAY alarm with TRIGGER -PT10M only when asked', () => {
    expect(exportOf()).not.toContain('BEGIN:VALARM');
    expect(exportOf({ alarmMinutes: null })).not.toContain('BEGIN:VALARM');
    const { events } = parseIcs(exportOf({ alarmMinutes: 10 }));
    expect(events[0]!.alarms).toEqual([{ action: 'DISPLAY', trigger: '-PT10M', description: 'Opening of the Academy' }]);
    expect(parseIcs(exportOf({ alarmMinutes: 0 })).events[0]!.alarms[0]!.trigger).toMatch(/^-?PT0S$/);
    expect(parseIcs(exportOf({ alarmMinutes: 1440 })).events[0]!.alarms[0]!.trigger).toBe('-P1D');
  });

  it.each([-1, 1441, 2.5, Number.NaN])('refuses alarm minutes %s', (alarmMinutes) => {
    expect(() => exportOf({ alarmMinutes })).toThrow(RangeError);
  });

  it('fills SUMMARY, DESCRIPTION, LOCATION, URL and CATEGORIES', () => {
    const [first, second] = parseIcs(exportOf({ displayZone: 'Asia/Kolkata' })).events;
    expect(first).toMatchObject({
      summary: 'Opening of the Academy',
      location: 'Plenary Hall — https://bbb.example.org/rooms/plh-7kq-2xm-r4d/join',
      url: 'https://bbb.example.org/rooms/plh-7kq-2xm-r4d/join',
      categories: ['Plenary'],
    });
    expect(first!.description).toBe(
      [
        'Welcome.\nA tour of the rooms.',
        '',
        'Speakers: Ada Lovelace, Grace Hopper',
        'Join: https://bbb.example.org/rooms/plh-7kq-2xm-r4d/join',
        'Graz: Mon 5 Feb 2024, 11:30–12:00 CET',
        'Your time (Kolkata): Mon 5 Feb 2024, 16:00–16:30 UTC+5:30',
      ].join('\n'),
    );
    // No join link: the location is the room, the URL the session's page, verbatim (a URI value is not TEXT).
    expect(second).toMatchObject({ location: 'Room B', url: 'https://example.org/slides?a=1,2;b', categories: ['Working groups'] });
    expect(second!.description).toBe('Graz: Mon 5 Feb 2024, 23:30 – Tue 6 Feb 2024, 00:30 CET\nYour time (Kolkata): Tue 6 Feb 2024, 04:00–05:00 UTC+5:30');
  });

  it('leaves out the attendee’s times when they read the same as Graz', () => {
    expect(parseIcs(exportOf({ displayZone: 'Europe/Berlin' })).events[0]!.description).not.toContain('Your time');
  });

  it('escapes hostile text so it cannot break out of its property', () => {
    const text = exportOf({ sessions: [hostile] });
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    expect(lines(text).find((l) => l.startsWith('SUMMARY:'))).toBe('SUMMARY:Cities\\, rights\\; and \\\\ back-slashes END:VEVENT BEGIN:VEVENT');
    const [event] = parseIcs(text).events;
    expect(event!.summary).toBe(HOSTILE_TITLE.replace(/\s+/g, ' '));
    expect(event!.categories).toEqual(['Track, with; comma']);
    expect(event!.location).toBe('Sala «Grande», 1 — https://bbb.example.org/rooms/abc-def-ghi-jkl/join');
    expect(event!.description.startsWith(hostile.abstract.trim())).toBe(true);
    expect(event!.uid).toBe('weird%20id%2C%3B%2F%C3%A9@programme.example.org');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const text = exportOf({ sessions: [hostile] });
    const encoder = new TextEncoder();
    const physical = lines(text);
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of physical) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    // Every physical line is valid UTF-8 on its own, so no character was cut in two.
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const line of physical) expect(() => strict.decode(encoder.encode(line))).not.toThrow();
    expect(physical.join('\r\n').replace(/\r\n /g, '')).toContain('🌍🌍🌍');
  });

  it('is byte-identical for the same inputs', () => {
    const options = { sessions: [opening, dstNight, newYork, newYorkFallBack, hostile], cancelled: [lateTalk], alarmMinutes: 15, displayZone: 'Pacific/Chatham' };
    expect(exportOf(options)).toBe(exportOf(options));
    expect(exportOf({ ...options, exportedAt: EXPORTED_AT + 1000 })).not.toBe(exportOf(options));
  });

  it('keeps a session across the spring-forward gap one hour long', () => {
    const text = exportOf({ sessions: [dstNight] });
    expect(lines(text)).toContain('DTSTART;TZID=Europe/Vienna:20240331T013000');
    expect(lines(text)).toContain('DTEND;TZID=Europe/Vienna:20240331T033000');
    expect(parseIcs(text).events[0]).toMatchObject({ startUtc: '2024-03-31T00:30:00Z', endUtc: '2024-03-31T01:30:00Z' });
    expect(parseIcs(text).events[0]!.description).toContain('Graz: Sun 31 Mar 2024, 01:30 CET – 03:30 CEST');
  });

  // 02:30 does not exist on a New York machine that night: a Date-based export would write 03:30 there.
  it('writes Graz wall times that do not exist in the machine zone (New York’s spring-forward night)', () => {
    const text = exportOf({ sessions: [session({ id: 'ny-gap', start: '2024-03-10T01:30:00Z', end: '2024-03-10T02:00:00Z' })] });
    expect(lines(text)).toContain('DTSTART;TZID=Europe/Vienna:20240310T023000');
    expect(lines(text)).toContain('DTEND;TZID=Europe/Vienna:20240310T030000');
  });

  it('writes a non-Vienna session in its own zone with its own VTIMEZONE', () => {
    const text = exportOf({ sessions: [opening, newYork] });
    expect(lines(text)).toContain('DTSTART;TZID=America/New_York:20240610T090000');
    expect(lines(text)).toContain('DTEND;TZID=America/New_York:20240610T103000');
    expect(text.match(/^TZID:.*$/gm)).toEqual(['TZID:Europe/Vienna', 'TZID:America/New_York']);
    const [, ny] = parseIcs(text).events;
    expect(ny).toMatchObject({ startUtc: '2024-06-10T13:00:00Z', endUtc: '2024-06-10T14:30:00Z', startTzid: 'America/New_York' });
    expect(ny!.description).toContain('New York: Mon 10 Jun 2024, 09:00–10:30 EDT');
  });

  it('writes a session in the hour repeated at fall-back in UTC, which no parser can misread', () => {
    const text = exportOf({ sessions: [newYorkFallBack] });
    expect(lines(text)).toContain('DTSTART:20241103T053000Z');
    expect(lines(text)).toContain('DTEND:20241103T063000Z');
    expect(text).not.toContain('BEGIN:VTIMEZONE');
    expect(parseIcs(text).events[0]).toMatchObject({ startUtc: '2024-11-03T05:30:00Z', endUtc: '2024-11-03T06:30:00Z', startTzid: null });
    expect(parseIcs(text).events[0]!.description).toContain('New York: Sun 3 Nov 2024, 01:30 EDT – 01:30 EST');
  });

  it('exports an empty selection as a valid empty calendar', () => {
    const text = exportOf({ sessions: [] });
    expect(text).not.toContain('BEGIN:VEVENT');
    expect(text).not.toContain('BEGIN:VTIMEZONE');
    expect(parseIcs(text).events).toEqual([]);
  });
});
