import { describe, expect, it } from 'vitest';
import { clockTime } from '../../../core/time/clock-time';
import { conventionsLocale, DEFAULT_CONVENTIONS, isHourCycleChoice } from '../../../core/time/conventions';
import type { HourCycleChoice, TimeConventions } from '../../../core/time/conventions';
import { dayLabel } from '../../../core/time/days';
import { dualTime } from '../../../core/time/dual-time';
import { formatInstant } from '../../../core/time/format-instant';
import { cachedFormatterCount } from '../../../core/time/formatter-cache';
import { zoneAbbreviation, zoneLongName } from '../../../core/time/zone-label';

const in_ = (locale: string, hourCycle: HourCycleChoice = 'locale'): TimeConventions => ({ locale, hourCycle });
/** 14:15 in Graz on the first day of the 2024 Academy (13:15 UTC). */
const AFTERNOON = Date.parse('2024-02-05T13:15:00Z');
const VIENNA = 'Europe/Vienna';

describe('conventionsLocale', () => {
  it('takes the system language’s region when the UI is in that language', () => {
    expect(conventionsLocale('en', ['en-US', 'de-AT'])).toBe('en-US');
    expect(conventionsLocale('de', ['en-US', 'de-AT'])).toBe('de-AT');
    expect(conventionsLocale('en', ['fr-FR', 'en-GB'])).toBe('en-GB');
  });

  it('formats in the UI language when no system language matches it', () => {
    expect(conventionsLocale('fr', ['en-US'])).toBe('fr');
    expect(conventionsLocale('ar', [])).toBe('ar');
  });

  it('reads POSIX-style and junk system tags without throwing', () => {
    expect(conventionsLocale('en', ['en_US.UTF-8'])).toBe('en-US');
    expect(conventionsLocale('en', ['C', '', 'x'.repeat(10_000), '--', 'en-GB'])).toBe('en-GB');
    expect(conventionsLocale('de', new Array<string>(100_000).fill('not a tag'))).toBe('de');
  });
});

describe('clock times', () => {
  it.each([
    ['en-US', 'locale', '2:15 PM'],
    ['en-GB', 'locale', '14:15'],
    ['de', 'locale', '14:15'],
    ['fr', 'locale', '14:15'],
    ['es', 'locale', '14:15'],
    ['de', 'h12', '2:15 PM'],
    ['en-US', 'h23', '14:15'],
  ] as const)('%s with the %s clock: %s', (locale, hourCycle, expected) => {
    expect(clockTime(AFTERNOON, VIENNA, in_(locale, hourCycle))).toBe(expected);
  });

  it('writes 24-hour times with two-digit hours and midnight as 00:00, 12-hour ones as 12 AM', () => {
    const midnight = Date.parse('2024-02-04T23:05:00Z');
    expect(clockTime(midnight, VIENNA, in_('de'))).toBe('00:05');
    expect(clockTime(midnight, VIENNA, in_('en-US'))).toBe('12:05 AM');
    // A forced 12-hour clock never shows "0:05 PM" (the h11 cycle some locales default to with hour12).
    expect(clockTime(Date.parse('2024-02-05T11:05:00Z'), VIENNA, in_('de', 'h12'))).toBe('12:05 PM');
  });

  it('keeps the default conventions the app has always had: British English, 24-hour', () => {
    expect(DEFAULT_CONVENTIONS.locale).toBe('en-GB');
    expect(clockTime(Date.parse('2024-02-05T08:05:00Z'), VIENNA)).toBe('09:05');
  });
});

describe('dates and moments', () => {
  it('orders and names the day as the locale does', () => {
    expect(dayLabel('2024-02-05', 'short', in_('en-GB'))).toBe('Mon 5 Feb');
    expect(dayLabel('2024-02-05', 'short', in_('en-US'))).toBe('Mon, Feb 5');
    expect(dayLabel('2024-02-05', 'short', in_('de'))).toBe('Mo., 5. Feb.');
    expect(dayLabel('2024-02-05', 'long', in_('de'))).toBe('Montag, 5. Februar 2024');
    expect(dayLabel('2024-02-05', 'long', in_('fr'))).toBe('lundi 5 février 2024');
  });

  it('formats a moment with its zone in the locale', () => {
    expect(formatInstant('2024-02-05T13:15:00Z', VIENNA, in_('en-US'))).toBe('Feb 5, 2024, 2:15 PM CET');
    expect(formatInstant('2024-02-05T13:15:00Z', VIENNA, in_('de'))).toBe('5. Feb. 2024, 14:15 MEZ');
    expect(formatInstant('2024-02-05T13:15:00Z', VIENNA)).toBe('5 Feb 2024, 14:15 CET');
  });
});

describe('zone names in the attendee’s language', () => {
  it('names zones in full in the locale, for screen readers', () => {
    expect(zoneLongName(AFTERNOON, VIENNA, 'de')).toBe('Mitteleuropäische Normalzeit');
    expect(zoneLongName(AFTERNOON, VIENNA, 'fr')).toBe('heure normale d’Europe centrale');
    expect(zoneLongName(AFTERNOON, VIENNA, 'en-US')).toBe('Central European Standard Time');
  });

  it('uses the locale’s abbreviation, else one offset form in Latin digits', () => {
    expect(zoneAbbreviation(AFTERNOON, VIENNA, 'de')).toBe('MEZ');
    expect(zoneAbbreviation(AFTERNOON, VIENNA, 'en-US')).toBe('CET');
    expect(zoneAbbreviation(AFTERNOON, 'America/New_York', 'en-GB')).toBe('EST');
    expect(zoneAbbreviation(AFTERNOON, VIENNA, 'fr')).toBe('UTC+1');
    expect(zoneAbbreviation(AFTERNOON, 'Asia/Kathmandu', 'ar')).toBe('UTC+5:45');
  });

  it('gives a session’s two ranges in the conventions', () => {
    const time = dualTime('2024-02-05T13:15:00Z', '2024-02-05T14:00:00Z', 'America/New_York', VIENNA, in_('en-US'));
    expect([time.display.start, time.display.end, time.display.label]).toEqual(['8:15 AM', '9:00 AM', 'EST']);
    expect([time.event.start, time.event.end, time.event.longLabel]).toEqual(['2:15 PM', '3:00 PM', 'Central European Standard Time']);
  });
});

describe('bounds', () => {
  it('keeps a bounded number of formatters whatever a feed names', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    for (const zone of zones) for (const locale of ['en-US', 'de', 'fr']) clockTime(AFTERNOON, zone, in_(locale));
    expect(zones.length * 3).toBeGreaterThan(1000);
    expect(cachedFormatterCount()).toBeLessThanOrEqual(500);
  });

  it('accepts only the three clock choices', () => {
    expect(['locale', 'h12', 'h23'].every(isHourCycleChoice)).toBe(true);
    expect([null, 'h11', 'h24', 12, 'LOCALE', {}].some(isHourCycleChoice)).toBe(false);
  });
});
