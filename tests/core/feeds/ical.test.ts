import { describe, expect, it } from 'vitest';
import { feedFailure } from './feed-failure';
import { parseFeed } from '../../../core/feeds';
import type { Session } from '../../../core/programme/model';

const options = { defaultTimeZone: 'Europe/Vienna' };
const ics = (lines: string[]): string => lines.join('\r\n') + '\r\n';
const event = (uid: string, ...props: string[]): string[] => ['BEGIN:VEVENT', `UID:${uid}`, ...props, 'END:VEVENT'];
const get = (sessions: Session[], uid: string): Session => {
  const found = sessions.find((s) => s.id === uid);
  if (!found) throw new Error(`no session ${uid}`);
  return found;
};

const VIENNA_VTIMEZONE = [
  'BEGIN:VTIMEZONE', 'TZID:Europe/Vienna',
  'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
  'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
  'END:VTIMEZONE',
];

describe('iCalendar with TZIDs', () => {
  const text = ics([
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'X-WR-CALNAME:Go Local', ...VIENNA_VTIMEZONE,
    ...event('gap', 'DTSTART;TZID=Europe/Vienna:20240331T023000', 'DURATION:PT1H', 'SUMMARY:Rights\\, freedoms\\; and a long title that the ', ' producer folded'),
    ...event('overlap', 'DTSTART;TZID=Europe/Vienna:20241027T023000', 'DTEND;TZID=Europe/Vienna:20241027T033000', 'DESCRIPTION:Line one\\nLine two'),
    ...event('ny-gap', 'DTSTART;TZID=America/New_York;VALUE=DATE-TIME:20240310T023000', 'DTEND;TZID=America/New_York:20240310T040000'),
    ...event('alias', 'DTSTART;TZID=US/Eastern:20250317T130000', 'DTEND;TZID=US/Eastern:20250317T170000'),
    ...event('utc', 'DTSTART:20240205T100000Z', 'DTEND:20240205T103000Z', 'LOCATION:https://bbb.example.org/rooms/abc-def-ghi-jkl/join'),
    ...event('named-link', 'DTSTART:20240205T110000Z', 'LOCATION:Hall A – https://bbb.example.org/rooms/hal-laa-aaa-aaa/join'),
    ...event('no-end', 'DTSTART:20240205T120000Z', 'CATEGORIES:Panel,Law'),
    ...event('unknown-zone', 'DTSTART;TZID=Mars/Olympus:20240205T120000'),
    ...event('cancelled', 'DTSTART:20240205T120000Z', 'STATUS:CANCELLED', 'SUMMARY:Gone'),
    'END:VCALENDAR',
  ]);
  const { format, programme, warnings } = parseFeed(text, options);

  it('is detected and named', () => {
    expect(format).toBe('ical');
    expect(programme.conference).toMatchObject({ title: 'Go Local', timeZone: 'Europe/Vienna' });
  });

  it('follows RFC 5545 in gaps and overlaps (ical.js alone would not)', () => {
    expect(get(programme.sessions, 'gap')).toMatchObject({ start: '2024-03-31T01:30:00Z', end: '2024-03-31T02:30:00Z' });
    expect(get(programme.sessions, 'overlap')).toMatchObject({ start: '2024-10-27T00:30:00Z', end: '2024-10-27T02:30:00Z' });
  });

  it('resolves a TZID without VTIMEZONE as an IANA zone, deprecated aliases included', () => {
    expect(get(programme.sessions, 'ny-gap')).toMatchObject({ start: '2024-03-10T07:30:00Z', end: '2024-03-10T08:00:00Z' });
    expect(get(programme.sessions, 'alias')).toMatchObject({ start: '2025-03-17T17:00:00Z', end: '2025-03-17T21:00:00Z' });
  });

  it('unfolds lines and unescapes text', () => {
    expect(get(programme.sessions, 'gap').title).toBe('Rights, freedoms; and a long title that the producer folded');
    expect(get(programme.sessions, 'overlap').abstract).toBe('Line one\nLine two');
  });

  it('UTC times, a room link in LOCATION, zero length without DTEND or DURATION', () => {
    expect(get(programme.sessions, 'utc')).toMatchObject({ start: '2024-02-05T10:00:00Z', end: '2024-02-05T10:30:00Z' });
    expect(get(programme.sessions, 'utc').room).toMatchObject({ name: 'Online', url: 'https://bbb.example.org/rooms/abc-def-ghi-jkl/join', kind: 'bbb' });
    expect(get(programme.sessions, 'no-end')).toMatchObject({ start: '2024-02-05T12:00:00Z', end: '2024-02-05T12:00:00Z', track: 'Panel, Law' });
  });

  it('warns once per unknown TZID, with line numbers, and keeps cancelled events, marked', () => {
    expect(get(programme.sessions, 'unknown-zone').start).toBe('2024-02-05T11:00:00Z');
    expect(get(programme.sessions, 'cancelled')).toMatchObject({ title: 'Gone', status: 'cancelled' });
    expect(get(programme.sessions, 'utc').status).toBeUndefined();
    // A LOCATION that holds the join link names the room by its other words, never by the link.
    expect(get(programme.sessions, 'named-link').room).toMatchObject({ name: 'Hall A', url: 'https://bbb.example.org/rooms/hal-laa-aaa-aaa/join' });
    expect(warnings).toEqual([{ message: 'unknown time zone "Mars/Olympus" (no VTIMEZONE); read in Europe/Vienna', at: 'line 58' }]);
  });
});

describe('iCalendar zones for floating times', () => {
  const floating = ['BEGIN:VCALENDAR', 'VERSION:2.0'];
  const events = [...event('f', 'DTSTART:20240205T100000', 'DTEND:20240205T110000'), ...event('day', 'DTSTART;VALUE=DATE:20240206'), 'END:VCALENDAR'];

  it('reads floating times in X-WR-TIMEZONE', () => {
    const { programme, warnings } = parseFeed(ics([...floating, 'X-WR-TIMEZONE:Asia/Kolkata', ...events]), options);
    expect(get(programme.sessions, 'f')).toMatchObject({ start: '2024-02-05T04:30:00Z', end: '2024-02-05T05:30:00Z', timeZone: 'Asia/Kolkata' });
    // An all-day entry without DTEND lasts one day.
    expect(get(programme.sessions, 'day')).toMatchObject({ start: '2024-02-05T18:30:00Z', end: '2024-02-06T18:30:00Z' });
    expect(warnings).toEqual([]);
  });

  it('else in the default zone, with a warning; LF line endings work too', () => {
    const { programme, warnings } = parseFeed([...floating, ...events].join('\n'), options);
    expect(get(programme.sessions, 'f').start).toBe('2024-02-05T09:00:00Z');
    expect(warnings.map((w) => w.message)).toEqual(['no time zone in feed; times read in Europe/Vienna']);
  });

  it('uses a VTIMEZONE for a TZID that is not an IANA name', () => {
    const vtimezone = VIENNA_VTIMEZONE.map((line) => line.replace('TZID:Europe/Vienna', 'TZID:W. Europe Standard Time'));
    const text = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'X-WR-TIMEZONE:Europe/Vienna', ...vtimezone, ...event('w', 'DTSTART;TZID="W. Europe Standard Time":20240701T100000', 'DURATION:PT30M'), 'END:VCALENDAR']);
    const { programme, warnings } = parseFeed(text, options);
    expect(get(programme.sessions, 'w')).toMatchObject({ start: '2024-07-01T08:00:00Z', end: '2024-07-01T08:30:00Z' });
    expect(warnings).toEqual([]);
  });
});

describe('iCalendar that cannot be used', () => {
  const fail = feedFailure;

  it('counts CRLF, LF and lone CR line ends alike when naming lines', () => {
    for (const end of ['\r\n', '\n', '\r']) {
      const error = fail(['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:1', 'END:VCALENDAR'].join(end));
      expect(error.at).toBe('line 5');
    }
  });

  it('names the line of an unclosed component', () => {
    const error = fail('BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:1\nEND:VCALENDAR\n');
    expect(error.at).toBe('line 5');
    expect(error.message).toMatch(/END:VCALENDAR where BEGIN:VEVENT \(line 3\) should end/);
    expect(fail('BEGIN:VCALENDAR\nBEGIN:VEVENT\n').message).toMatch(/BEGIN:VEVENT is never closed \(at line 2\)/);
  });

  it('names the line ical.js could not read', () => {
    const error = fail('BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:1\nTHIS IS NOT A PROPERTY\nEND:VEVENT\nEND:VCALENDAR\n');
    expect(error.at).toBe('line 5');
  });

  it('caps component nesting', () => {
    const deep = ['BEGIN:VCALENDAR', ...Array.from({ length: 40 }, () => 'BEGIN:X-DEEP'), ...Array.from({ length: 40 }, () => 'END:X-DEEP'), 'END:VCALENDAR'];
    expect(fail(deep.join('\n')).message).toMatch(/nested deeper than 16/);
  });

  it('warns about, and leaves out, an event with an unreadable DTSTART', () => {
    const { programme, warnings } = parseFeed(ics(['BEGIN:VCALENDAR', 'X-WR-TIMEZONE:UTC', ...event('bad', 'DTSTART:tomorrow', 'SUMMARY:Bad'), 'END:VCALENDAR']), options);
    expect(programme.sessions).toEqual([]);
    expect(warnings).toEqual([{ message: '"Bad" has an unreadable DTSTART; left out', at: 'line 3' }]);
  });
});
