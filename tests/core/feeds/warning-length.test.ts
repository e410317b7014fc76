/**
 * A warning quotes what it could not read; a hostile feed makes that value a
 * megabyte (a duration, a TZID, a zone name). Every warning leaves parseFeed
 * short enough for a terminal line, an alert and the app's warning list.
 */
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../core/feeds';

const HUGE = 1_000_000;
const frab = (duration: string): string =>
  `<?xml version="1.0"?><schedule><conference><title>T</title><time_zone_name>Europe/Vienna</time_zone_name></conference><day index="1" date="2026-03-01"><room name="R"><event guid="g1"><date>2026-03-01T10:00:00+01:00</date><start>10:00</start><duration>${duration}</duration><room>R</room><title>x</title></event></room></day></schedule>`;
const icsWithZone = (tzid: string): string =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=${tzid}:20260301T100000\r\nDTEND;TZID=${tzid}:20260301T110000\r\nSUMMARY:s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
const nativeWithZone = (zone: string): string =>
  JSON.stringify({
    format: 'go-local-companion/1',
    conference: { title: 'c', timeZone: zone },
    sessions: [{ id: 'a', title: 't', start: '2026-03-01T10:00:00+01:00', end: '2026-03-01T11:00:00+01:00', room: { name: '', url: null, kind: 'unknown' } }],
  });

describe('warnings about huge values', () => {
  it.each([
    ['a frab duration', frab('x'.repeat(HUGE))],
    ['an iCalendar TZID', icsWithZone('Z'.repeat(HUGE))],
    ['a native time zone', nativeWithZone('Q'.repeat(HUGE))],
  ])('%s is quoted clipped', (_what, text) => {
    const { warnings, programme } = parseFeed(text, { defaultTimeZone: 'Europe/Vienna' });
    expect(programme.sessions).toHaveLength(1);
    expect(warnings.length).toBeGreaterThan(0);
    for (const warning of warnings) {
      expect(warning.message.length).toBeLessThanOrEqual(400);
      expect((warning.at ?? '').length).toBeLessThanOrEqual(400);
    }
    expect(warnings.some((w) => w.message.includes('…'))).toBe(true);
  });
});

describe('errors about huge values', () => {
  it('an iCalendar component name a megabyte long is quoted clipped, still naming the line', () => {
    const text = `BEGIN:VCALENDAR\r\nBEGIN:${'V'.repeat(HUGE)}\r\nEND:VCALENDAR\r\n`;
    expect(() => parseFeed(text, { defaultTimeZone: 'Europe/Vienna' })).toThrow(/^END:VCALENDAR where BEGIN:V+ … V+ \(line 2\) should end \(at line 3\)$/);
  });
});
