import { describe, expect, it } from 'vitest';
import { dayOffsetLabel, dualTime } from '../../../core/time/dual-time';
import { groupByDay, dayLabel } from '../../../core/time/days';
import { formatOffset, zoneAbbreviation, zoneLongName } from '../../../core/time/zone-label';
import { sessionTiming } from '../../../core/time/session-timing';
import { currentZoneName } from '../../../core/time/zone-aliases';
import { formatInstant } from '../../../core/time/format-instant';
import { MAX_TIMER_DELAY_MS, safeTimerDelay } from '../../../core/time/timer-delay';
import { zoneChoices } from '../../../core/time/zone-choices';
import type { Session } from '../../../core/programme/model';
import { makeSession } from '../support/model';

// These run under several machine zones (npm run test:tz): nothing here may depend on TZ.
const VIENNA = 'Europe/Vienna';

describe('dualTime: the attendee\u2019s clock next to Graz', () => {
  it('shows New York and Graz, labelled, in winter', () => {
    const t = dualTime('2024-02-05T14:00:00Z', '2024-02-05T15:30:00Z', 'America/New_York', VIENNA);
    expect(t.display).toMatchObject({ date: '2024-02-05', start: '09:00', end: '10:30', label: 'EST' });
    expect(t.display.longLabel).toBe('Eastern Standard Time');
    expect(t.event).toMatchObject({ date: '2024-02-05', start: '15:00', end: '16:30', label: 'CET' });
    expect(t.same).toBe(false);
    expect(t.dayOffset).toBe(0);
  });

  it('marks a session that is already tomorrow in Tokyo', () => {
    const t = dualTime('2024-02-08T15:15:00Z', '2024-02-08T15:30:00Z', 'Asia/Tokyo', VIENNA);
    expect(t.display).toMatchObject({ date: '2024-02-09', start: '00:15', label: 'UTC+9' });
    expect(t.event).toMatchObject({ date: '2024-02-08', start: '16:15' });
    expect(t.dayOffset).toBe(1);
    expect(dayOffsetLabel(t.dayOffset)).toBe('+1 day');
  });

  it('marks a session that is still yesterday in Honolulu', () => {
    const t = dualTime('2024-02-05T08:30:00Z', '2024-02-05T09:00:00Z', 'Pacific/Honolulu', VIENNA);
    expect(t.display).toMatchObject({ date: '2024-02-04', start: '22:30', end: '23:00' });
    expect(dayOffsetLabel(t.dayOffset)).toBe('−1 day');
  });

  it('handles 45-minute, 30-minute and Chatham offsets', () => {
    expect(dualTime('2024-02-05T10:30:00Z', '2024-02-05T11:00:00Z', 'Asia/Kathmandu', VIENNA).display).toMatchObject({
      start: '16:15',
      label: 'UTC+5:45',
    });
    expect(dualTime('2024-02-05T10:30:00Z', '2024-02-05T11:00:00Z', 'Asia/Kolkata', VIENNA).display.start).toBe('16:00');
    // Chatham in southern summer: UTC+13:45, so 10:30Z is already 00:15 next day.
    const chatham = dualTime('2024-02-05T10:30:00Z', '2024-02-05T11:00:00Z', 'Pacific/Chatham', VIENNA);
    expect(chatham.display).toMatchObject({ date: '2024-02-06', start: '00:15', label: 'UTC+13:45' });
    expect(chatham.dayOffset).toBe(1);
  });

  it('follows Lord Howe\u2019s half-hour daylight saving', () => {
    // Lord Howe: UTC+11 in February (DST), UTC+10:30 in July.
    expect(dualTime('2024-02-05T10:30:00Z', '2024-02-05T11:00:00Z', 'Australia/Lord_Howe', VIENNA).display.start).toBe('21:30');
    expect(dualTime('2024-07-05T10:30:00Z', '2024-07-05T11:00:00Z', 'Australia/Lord_Howe', VIENNA).display.start).toBe('21:00');
  });

  it('keeps a session whole across a DST change, with each end in its own offset', () => {
    // Vienna springs forward at 02:00 CET on 31 March 2024: 01:30 CET to 03:30 CEST is one hour.
    const t = dualTime('2024-03-31T00:30:00Z', '2024-03-31T01:30:00Z', 'UTC', VIENNA);
    expect(t.event).toMatchObject({ start: '01:30', end: '03:30', label: 'CET' });
    const summer = dualTime('2024-04-02T10:00:00Z', '2024-04-02T11:00:00Z', 'UTC', VIENNA);
    expect(summer.event).toMatchObject({ start: '12:00', label: 'CEST' });
  });

  it('says when a range ends on the next day', () => {
    const t = dualTime('2024-02-05T22:30:00Z', '2024-02-05T23:30:00Z', 'UTC', VIENNA);
    expect(t.event).toMatchObject({ start: '23:30', end: '00:30', endsNextDay: true });
    expect(t.display.endsNextDay).toBe(false);
  });

  it('shows one clock when the attendee is in Graz', () => {
    expect(dualTime('2024-02-05T10:30:00Z', '2024-02-05T11:00:00Z', VIENNA, VIENNA).same).toBe(true);
  });
});

describe('zone labels', () => {
  it('uses real abbreviations where English has them, offsets elsewhere', () => {
    const winter = Date.parse('2024-02-05T12:00:00Z');
    const summer = Date.parse('2024-07-05T12:00:00Z');
    expect(zoneAbbreviation(winter, VIENNA)).toBe('CET');
    expect(zoneAbbreviation(summer, VIENNA)).toBe('CEST');
    expect(zoneAbbreviation(winter, 'America/Los_Angeles')).toBe('PST');
    expect(zoneAbbreviation(winter, 'Europe/London')).toBe('GMT');
    expect(zoneAbbreviation(summer, 'Europe/London')).toBe('BST');
    expect(zoneAbbreviation(winter, 'America/Sao_Paulo')).toBe('UTC−3');
    expect(zoneLongName(summer, VIENNA)).toBe('Central European Summer Time');
  });

  it('formats offsets with minutes only when needed', () => {
    expect(formatOffset(0)).toBe('UTC+0');
    expect(formatOffset(5.75 * 3_600_000)).toBe('UTC+5:45');
    expect(formatOffset(-3.5 * 3_600_000)).toBe('UTC−3:30');
  });

  it('offers current zone names and finds them by city, old name or offset', () => {
    expect(currentZoneName('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(currentZoneName('Europe/Vienna')).toBe('Europe/Vienna');
    const choices = zoneChoices(Date.parse('2024-02-05T12:00:00Z'));
    const kathmandu = choices.find((c) => c.zone === 'Asia/Kathmandu');
    expect(kathmandu).toMatchObject({ city: 'Kathmandu', offset: 'UTC+5:45' });
    expect(kathmandu?.search).toContain('+05:45');
    expect(choices.some((c) => c.zone === 'Asia/Katmandu')).toBe(false);
    expect(choices.find((c) => c.zone === 'America/New_York')?.search).toContain('new york');
  });
});

const session = (id: string, start: string, end: string): Session =>
  makeSession({ id, title: id, start, end, room: { name: 'Plenary', url: null, kind: 'bbb' } });

describe('groupByDay', () => {
  const sessions = [
    session('opening', '2024-02-05T10:30:00Z', '2024-02-05T11:00:00Z'),
    session('late', '2024-02-05T22:30:00Z', '2024-02-05T23:30:00Z'),
    session('next', '2024-02-06T10:30:00Z', '2024-02-06T11:00:00Z'),
  ];

  it('groups by the days of the chosen zone; a midnight-crossing session stays on its start day', () => {
    expect(groupByDay(sessions, VIENNA).map((d) => [d.date, d.sessions.map((s) => s.id)])).toEqual([
      ['2024-02-05', ['opening', 'late']],
      ['2024-02-06', ['next']],
    ]);
    expect(groupByDay(sessions, 'Asia/Tokyo').map((d) => [d.date, d.sessions.map((s) => s.id)])).toEqual([
      ['2024-02-05', ['opening']],
      ['2024-02-06', ['late', 'next']],
    ]);
  });

  it('labels days without any zone shift', () => {
    expect(dayLabel('2024-02-05')).toBe('Mon 5 Feb');
    expect(dayLabel('2024-02-08', 'long')).toBe('Thursday, 8 February 2024');
  });
});

describe('sessionTiming', () => {
  const start = Date.parse('2024-02-05T10:30:00Z');
  const end = Date.parse('2024-02-05T11:00:00Z');
  it('counts down, goes live and ends', () => {
    expect(sessionTiming(start, end, start - 2 * 3_600_000)).toMatchObject({ kind: 'later' });
    expect(sessionTiming(start, end, start - 25 * 60_000)).toMatchObject({ kind: 'soon', label: 'Starts in 25 min' });
    expect(sessionTiming(start, end, start - 30_000)).toMatchObject({ kind: 'soon', minutes: 1 });
    expect(sessionTiming(start, end, start)).toMatchObject({ kind: 'live', label: 'Live now' });
    expect(sessionTiming(start, end, end)).toMatchObject({ kind: 'ended' });
  });
});

describe('formatInstant', () => {
  it('writes a moment in the chosen zone, with its label', () => {
    expect(formatInstant('2024-02-05T13:05:00Z', 'Europe/Vienna')).toBe('5 Feb 2024, 14:05 CET');
    expect(formatInstant('2024-02-05T13:05:00Z', 'Asia/Kathmandu')).toBe('5 Feb 2024, 18:50 UTC+5:45');
    expect(formatInstant('2024-07-01T23:30:00Z', 'America/New_York')).toBe('1 Jul 2024, 19:30 EDT');
    expect(formatInstant('not a date', 'UTC')).toBe('not a date');
  });
});

describe('safeTimerDelay', () => {
  it('caps delays at the 32-bit timer limit', () => {
    expect(safeTimerDelay(5)).toBe(5);
    expect(safeTimerDelay(-3)).toBe(0);
    expect(safeTimerDelay(40 * 24 * 3_600_000)).toBe(MAX_TIMER_DELAY_MS);
  });
});
