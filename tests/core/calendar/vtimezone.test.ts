import ICAL from 'ical.js';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { describe, expect, it } from 'vitest';
import { vtimezone } from '../../../core/calendar/vtimezone';
import { isRepeatedWallTime } from '../../../core/calendar/wall-clock-value';
import { offsetAt, wallTimeAt } from '../../../core/time/zoned';

const HOUR = 3_600_000;

const ZONES = ['Europe/Vienna', 'America/New_York', 'Pacific/Chatham', 'Asia/Kolkata', 'Africa/Casablanca', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Europe/Dublin'];

function icalZone(text: string): ICAL.Timezone {
  return new ICAL.Timezone(new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\n${text}\r\nEND:VCALENDAR`) as unknown[]).getFirstSubcomponent('vtimezone')!);
}

/** The lines that define the rules (not names or the X-LIC line). */
const ruleLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .filter((l) => /^(BEGIN|END|TZOFFSETFROM|TZOFFSETTO|RRULE):/.test(l))
    .map((l) => l.trim());

describe('vtimezone', () => {
  // The direction an import takes: a TZID wall time to an instant (the times in the repeated hour are ambiguous: skipped).
  it.each(ZONES)('reads every wall time of 2024-2025 in %s back to the Intl instant with ical.js', (zone) => {
    const tz = icalZone(vtimezone(zone, 2024, 2025));
    // Every 6 hours, and every 15 minutes around each clock change.
    const instants: number[] = [];
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2026, 0, 1); t += 6 * HOUR) {
      instants.push(t);
      if (offsetAt(t, zone) !== offsetAt(t + 6 * HOUR, zone)) for (let u = t - 6 * HOUR; u < t + 12 * HOUR; u += HOUR / 4) instants.push(u);
    }
    let checked = 0;
    for (const t of instants) {
      if (isRepeatedWallTime(t, zone)) continue;
      const w = wallTimeAt(t, zone);
      const time = new ICAL.Time({ year: w.year, month: w.month, day: w.day, hour: w.hour, minute: w.minute, second: w.second, isDate: false }, tz);
      expect(time.toUnixTime() * 1000, `${zone} ${new Date(t).toISOString()}`).toBe(t);
      checked++;
    }
    expect(checked).toBeGreaterThan(2900);
  });

  it('gives Europe/Vienna and America/New_York the same rules as the tzurl.org files', () => {
    for (const zone of ['Europe/Vienna', 'America/New_York']) {
      expect(ruleLines(vtimezone(zone, 2024, 2024))).toEqual(ruleLines(getVtimezoneComponent(zone)!));
    }
  });

  it('writes one yearly rule per observance where the zone has one, with the CET/CEST names', () => {
    const text = vtimezone('Europe/Vienna', 2024, 2024);
    expect(text.match(/^RRULE:.*$/gm)).toEqual(['RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU']);
    expect(text).toContain('TZNAME:CEST');
    expect(text).toContain('TZNAME:CET');
    expect(text).toMatch(/^BEGIN:VTIMEZONE\r\nTZID:Europe\/Vienna\r\n/);
    expect(text).toMatch(/END:VTIMEZONE$/);
  });

  it('writes a single STANDARD observance for a zone without clock changes', () => {
    expect(vtimezone('Asia/Kolkata', 2024, 2024)).toBe(
      ['BEGIN:VTIMEZONE', 'TZID:Asia/Kolkata', 'X-LIC-LOCATION:Asia/Kolkata', 'BEGIN:STANDARD', 'TZOFFSETFROM:+0530', 'TZOFFSETTO:+0530', 'DTSTART:19700101T000000', 'END:STANDARD', 'END:VTIMEZONE'].join('\r\n'),
    );
  });

  it('lists each transition where no yearly rule fits (Casablanca)', () => {
    const text = vtimezone('Africa/Casablanca', 2024, 2024);
    expect(text).not.toContain('RRULE');
    expect(text.match(/^BEGIN:(STANDARD|DAYLIGHT)/gm)!.length).toBeGreaterThan(4);
  });
});
