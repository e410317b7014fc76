/**
 * Properties of wall time <-> instant conversion in zones with unusual rules
 * (half-hour and negative DST, 45-minute offsets, a skipped calendar day), and
 * "never throw, never hang" for whatever strings a feed puts in date and time fields.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { instantOf, instantOfWallTime, offsetAt, wallTimeAt } from '../../../core/time/zoned';
import type { WallTime } from '../../../core/time/zoned';
import { dualTime } from '../../../core/time/dual-time';

const ZONES = [
  'UTC',
  'Europe/Vienna',
  'America/New_York',
  'America/St_Johns',
  'Australia/Lord_Howe',
  'Australia/Sydney',
  'Asia/Kathmandu',
  'Asia/Tehran',
  'Pacific/Chatham',
  'Pacific/Apia',
  'Pacific/Kiritimati',
  'Africa/Casablanca',
  'Europe/Dublin',
  'America/Sao_Paulo',
] as const;

const zone = fc.constantFrom(...ZONES);
/** Whole seconds from 1970 to 2100: the span a conference programme can sensibly name. */
const instant = fc.integer({ min: 0, max: Math.floor(Date.UTC(2100, 0, 1) / 1000) }).map((s) => s * 1000);
/** Near transitions: the last Sundays of March and October, and the days around them. */
const nearTransition = fc
  .record({ year: fc.integer({ min: 2000, max: 2040 }), month: fc.constantFrom(2, 3, 4, 9, 10, 11), day: fc.integer({ min: 1, max: 28 }), minute: fc.integer({ min: 0, max: 24 * 60 - 1 }) })
  .map(({ year, month, day, minute }) => Date.UTC(year, month, day) + minute * 60_000);

const HANG_MS = 2_000;
const sameWall = (a: WallTime, b: WallTime): boolean =>
  a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute && a.second === b.second;
const wallMs = (w: WallTime): number => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

describe('instant -> wall time -> instant', () => {
  it('is the identity, except in a fall-back overlap, where it is the first occurrence of that wall time', () => {
    fc.assert(
      fc.property(fc.oneof(instant, nearTransition), zone, (ms, tz) => {
        const wall = wallTimeAt(ms, tz);
        const back = instantOfWallTime(wall, tz);
        if (back === ms) return;
        // Only an earlier instant showing the same wall time is acceptable: the first occurrence.
        expect(back).toBeLessThan(ms);
        expect(sameWall(wallTimeAt(back, tz), wall)).toBe(true);
        expect(offsetAt(back, tz)).toBeGreaterThan(offsetAt(ms, tz));
      }),
      { numRuns: 3_000 },
    );
  });

  it('moves a wall time that does not exist forward by the gap, never backward', () => {
    fc.assert(
      fc.property(nearTransition, zone, (ms, tz) => {
        const wall = wallTimeAt(ms, tz);
        // Every wall time in the next three hours, exists or not.
        for (let minutes = 0; minutes <= 180; minutes += 15) {
          const asked = new Date(wallMs(wall) + minutes * 60_000);
          const w: WallTime = { year: asked.getUTCFullYear(), month: asked.getUTCMonth() + 1, day: asked.getUTCDate(), hour: asked.getUTCHours(), minute: asked.getUTCMinutes(), second: asked.getUTCSeconds() };
          const got = instantOfWallTime(w, tz);
          const shown = wallMs(wallTimeAt(got, tz));
          expect(shown).toBeGreaterThanOrEqual(wallMs(w));
          // A gap is at most a day (Apia skipped 30 December 2011).
          expect(shown - wallMs(w)).toBeLessThanOrEqual(86_400_000);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('offsetAt agrees with the wall time Intl shows, and stays within ±14 hours', () => {
    fc.assert(
      fc.property(instant, zone, (ms, tz) => {
        const offset = offsetAt(ms, tz);
        expect(Math.abs(offset)).toBeLessThanOrEqual(14 * 3_600_000);
        expect(wallMs(wallTimeAt(ms, tz)) - ms).toBe(offset);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('instantOf on whatever a feed writes', () => {
  const dateLike = fc.oneof(
    fc.string({ maxLength: 14 }),
    fc.tuple(fc.integer({ min: -1, max: 10_000 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 40 })).map(
      ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
  );
  const timeLike = fc.oneof(
    fc.string({ maxLength: 10 }),
    fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([h, m, s]) => `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`),
  );

  it('returns a finite instant or null, never throws, and finishes quickly', () => {
    fc.assert(
      fc.property(dateLike, timeLike, zone, (date, time, tz) => {
        const started = performance.now();
        const result = instantOf(date, time, tz);
        expect(performance.now() - started).toBeLessThan(HANG_MS);
        expect(result === null || Number.isFinite(result)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads back every valid wall time it is given (up to the RFC 5545 gap shift)', () => {
    fc.assert(
      fc.property(fc.oneof(instant, nearTransition), zone, (ms, tz) => {
        const w = wallTimeAt(ms, tz);
        const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
        const read = instantOf(`${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`, `${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`, tz);
        expect(read).not.toBeNull();
        expect(sameWall(wallTimeAt(read!, tz), w)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('dualTime', () => {
  it('never throws, labels both zones, and the day marker is the date difference (at most two days)', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 48 * 60 }), zone, zone, (start, minutes, display, event) => {
        const end = start + minutes * 60_000;
        const dual = dualTime(new Date(start).toISOString(), new Date(end).toISOString(), display, event);
        expect(Math.abs(dual.dayOffset)).toBeLessThanOrEqual(2);
        expect(dual.display.label).not.toBe('');
        expect(dual.event.label).not.toBe('');
        if (display === event) {
          expect(dual.same).toBe(true);
          expect(dual.dayOffset).toBe(0);
        }
        expect(dual.display.endsNextDay).toBe(dual.display.date !== new Date(wallMs(wallTimeAt(end, display))).toISOString().slice(0, 10) && end > start);
      }),
      { numRuns: 1_000 },
    );
  });
});
