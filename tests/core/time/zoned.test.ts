/** Must pass under any machine zone: run with TZ=UTC, America/New_York, Asia/Kolkata, Pacific/Chatham. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateInZone, instantOf, timeInZone, toIsoInstant } from '../../../core/time/zoned';

const iso = (date: string, time: string, zone: string): string | null => {
  const ms = instantOf(date, time, zone);
  return ms === null ? null : toIsoInstant(ms);
};

describe('instantOf (RFC 5545 rules)', () => {
  it.each([
    ['2024-03-31', '02:30', 'Europe/Vienna', '2024-03-31T01:30:00Z'], // gap: shifted forward
    ['2024-10-27', '02:30', 'Europe/Vienna', '2024-10-27T00:30:00Z'], // overlap: first occurrence
    ['2024-03-10', '02:30', 'America/New_York', '2024-03-10T07:30:00Z'],
    ['2024-11-03', '01:30', 'America/New_York', '2024-11-03T05:30:00Z'],
    ['2024-09-29', '02:45', 'Pacific/Chatham', '2024-09-28T14:00:00Z'], // Chatham's 02:45 -> 03:45 gap, read at +12:45
    ['2024-04-07', '02:45', 'Pacific/Chatham', '2024-04-06T13:00:00Z'], // its overlap: first occurrence, +13:45
    ['2023-09-10', '10:30', 'Asia/Kolkata', '2023-09-10T05:00:00Z'],
    ['2024-02-05', '11:30', 'US/Eastern', '2024-02-05T16:30:00Z'],
  ])('%s %s in %s is %s', (date, time, zone, expected) => {
    expect(iso(date, time, zone)).toBe(expected);
  });

  it('refuses malformed input', () => {
    expect(instantOf('2024-13-01', '10:00', 'UTC')).toBeNull();
    expect(instantOf('2024-02-05', '10h', 'UTC')).toBeNull();
  });

  it('round-trips every instant through the wall time it shows', () => {
    const zones = ['Europe/Vienna', 'America/New_York', 'Pacific/Chatham', 'Australia/Lord_Howe'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2030, 0, 1) / 60_000 }), fc.constantFrom(...zones), (minutes, zone) => {
        const ms = minutes * 60_000;
        const back = instantOf(dateInZone(ms, zone), timeInZone(ms, zone), zone);
        // In an overlap the wall time maps to its first occurrence, which is at or before ms.
        expect(back).not.toBeNull();
        expect(back as number).toBeLessThanOrEqual(ms);
        expect(dateInZone(back as number, zone) + timeInZone(back as number, zone)).toBe(dateInZone(ms, zone) + timeInZone(ms, zone));
      }),
      { numRuns: 300 },
    );
  });
});
