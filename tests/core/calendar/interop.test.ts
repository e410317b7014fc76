/**
 * Exports read by real calendar parsers (Debian packages), each skipped with the
 * package to install when its tool is absent. Thunderbird's calendar reads with
 * ical.js, which every other test in this folder uses.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCalendar } from '../../../core/calendar/ics-export';
import { libicalRestrictions, PARSERS } from './interop-parsers';
import { dstNight, hostile, lateTalk, newYork, newYorkFallBack, opening, session } from './sessions';

/** An announcement with no length: DTSTART only, which every parser must still read (calcurse dropped DTEND = DTSTART). */
const zeroLength = session({ id: 'zero', title: 'Zero-length announcement', start: '2024-02-05T12:00:00Z', end: '2024-02-05T12:00:00Z' });

const file = resolve(mkdtempSync(resolve(tmpdir(), 'ics-interop-')), 'export.ics');
writeFileSync(
  file,
  exportCalendar({
    sessions: [opening, lateTalk, dstNight, newYork, newYorkFallBack, hostile, zeroLength],
    cancelled: [{ ...opening, id: 'gone' }],
    calendarName: 'Go Local, 2024',
    feedUrl: 'https://programme.example.org/feed.json',
    alarmMinutes: 10,
    exportedAt: Date.parse('2024-01-20T08:09:10Z'),
    sequences: () => 2,
    displayZone: 'Asia/Kolkata',
  }),
);

describe.each(PARSERS)('$name', (parser) => {
  const available = parser.available();
  it.skipIf(!available)(available ? 'reads every event at the right UTC instant with its TZID' : `skipped: install the Debian package(s) ${parser.packages}`, () => {
    const events = parser.parse(file);
    expect(events).toHaveLength(8);
    const bySummary = (summary: string) => events.filter((e) => e.summary === summary);
    const times = (summary: string) => bySummary(summary).map((e) => [e.start, e.end]);
    expect(times('Opening of the Academy')).toEqual([
      ['2024-02-05T10:30:00Z', '2024-02-05T11:00:00Z'],
      ['2024-02-05T10:30:00Z', '2024-02-05T11:00:00Z'],
    ]);
    expect(times('Zero-length announcement')).toEqual([['2024-02-05T12:00:00Z', '2024-02-05T12:00:00Z']]);
    expect(times('Late talk')).toEqual([['2024-02-05T22:30:00Z', '2024-02-05T23:30:00Z']]);
    expect(times('Across the clock change')).toEqual([['2024-03-31T00:30:00Z', '2024-03-31T01:30:00Z']]);
    expect(times('Morning in New York')).toEqual([['2024-06-10T13:00:00Z', '2024-06-10T14:30:00Z']]);
    expect(times('Fall back in New York')).toEqual([['2024-11-03T05:30:00Z', '2024-11-03T06:30:00Z']]);
    if (parser.unescapesText) expect(times('Cities, rights; and \\ back-slashes END:VEVENT BEGIN:VEVENT')).toEqual([['2024-02-06T13:00:00Z', '2024-02-06T14:00:00Z']]);
    if (events.some((e) => e.uid !== null)) {
      expect(events.map((e) => e.uid)).toEqual(expect.arrayContaining(['glc24-001@programme.example.org', 'ny-1@programme.example.org', 'gone@programme.example.org']));
    }
    if (events.some((e) => e.tzid !== null)) {
      expect(bySummary('Across the clock change')[0]!.tzid).toBe('Europe/Vienna');
      expect(bySummary('Morning in New York')[0]!.tzid).toBe('America/New_York');
      expect(bySummary('Fall back in New York')[0]!.tzid).toBeNull();
    }
  });
});

describe('libical restriction check (RFC 5545/5546)', () => {
  const verdict = libicalRestrictions(file);
  it.skipIf(verdict === null)(verdict === null ? 'skipped: install the Debian package(s) gir1.2-ical-3.0 python3-gi' : 'passes with no X-LIC-ERROR', () => {
    expect(verdict).toEqual({ ok: true, errors: [] });
  });
});
