/**
 * Feed text decides how much a repeat rule expands: every expansion is
 * bounded in count and span, and rules that would make ical.js search or grow
 * without end are refused with a warning that names the line.
 */
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../core/feeds';
import { MAX_FEED_OCCURRENCES, MAX_SERIES_EXCLUSIONS, MAX_SERIES_OCCURRENCES, SERIES_WINDOW_DAYS } from '../../../core/feeds/ical-recurrence';

const options = { defaultTimeZone: 'Europe/Vienna' };
const ics = (lines: string[]): string => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'X-WR-TIMEZONE:Europe/Vienna', ...lines, 'END:VCALENDAR'].join('\r\n') + '\r\n';
const event = (uid: string, ...props: string[]): string[] => ['BEGIN:VEVENT', `UID:${uid}`, `SUMMARY:${uid}`, ...props, 'END:VEVENT'];

describe('repeat rules of events', () => {
  it('cuts a series at the window after the feed’s first event, naming it and its line', () => {
    const { programme, warnings } = parseFeed(ics(event('daily', 'DTSTART:20260302T090000Z', 'DURATION:PT1H', 'RRULE:FREQ=DAILY')), options);
    expect(programme.sessions).toHaveLength(SERIES_WINDOW_DAYS + 1);
    expect(programme.sessions.at(-1)?.start).toBe('2027-04-06T09:00:00Z');
    expect(warnings).toEqual([
      { message: `"daily" repeats beyond ${SERIES_WINDOW_DAYS} days after the feed's first event; later occurrences are left out`, at: 'line 4' },
    ]);
  });

  it('caps the occurrences of one series', () => {
    const { programme, warnings } = parseFeed(ics(event('hourly', 'DTSTART:20260302T090000Z', 'RRULE:FREQ=HOURLY')), options);
    expect(programme.sessions).toHaveLength(MAX_SERIES_OCCURRENCES);
    expect(warnings.map((w) => w.message)).toEqual([`"hourly" repeats more than ${MAX_SERIES_OCCURRENCES} times; later occurrences are left out`]);
  });

  it('applies exclusions beyond the occurrence cap, and says so when it must stop reading them', () => {
    // 1,500 past dates listed first, then the one that matters: the series' third day.
    const old = Array.from({ length: 1500 }, (_unused, i) => `EXDATE:20200101T${String(i % 24).padStart(2, '0')}${String(Math.floor(i / 24) % 60).padStart(2, '0')}00Z`);
    const { programme, warnings } = parseFeed(ics(event('d', 'DTSTART:20260302T090000Z', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;COUNT=5', ...old, 'EXDATE:20260304T090000Z')), options);
    expect(programme.sessions.map((s) => s.start.slice(0, 10))).toEqual(['2026-03-02', '2026-03-03', '2026-03-05', '2026-03-06']);
    expect(warnings).toEqual([]);
    const endless = Array.from({ length: MAX_SERIES_EXCLUSIONS + 1 }, (_unused, i) => `EXDATE:${2000 + Math.floor(i / 500)}0101T${String(i % 24).padStart(2, '0')}${String(Math.floor(i / 24) % 20).padStart(2, '0')}00Z`);
    const cut = parseFeed(ics(event('e', 'DTSTART:20260302T090000Z', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;COUNT=2', ...endless)), options);
    expect(cut.warnings.map((w) => w.message)).toEqual([`"e" excludes more than ${MAX_SERIES_EXCLUSIONS} dates (EXDATE); the later ones are not applied`]);
  });

  it('caps the occurrences of the whole feed', () => {
    const series = Array.from({ length: 52 }, (_unused, i) => event(`s${i}`, 'DTSTART:20260302T090000Z', 'RRULE:FREQ=MINUTELY')).flat();
    const { programme, warnings } = parseFeed(ics(series), options);
    expect(programme.sessions.length).toBeLessThanOrEqual(MAX_FEED_OCCURRENCES + 2);
    expect(warnings.filter((w) => w.message.startsWith(`more than ${MAX_FEED_OCCURRENCES}`))).toHaveLength(1);
    // 50,000 sessions take a few seconds on a busy two-core machine: room for that, not a speed goal.
  }, 60_000);

  it('lists once, with a warning, a rule ical.js would search forever', () => {
    for (const rule of ['FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30', 'FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31', 'FREQ=MINUTELY;BYDAY=MO']) {
      const { programme, warnings } = parseFeed(ics(event('odd', 'DTSTART:20260302T090000Z', `RRULE:${rule}`)), options);
      expect(programme.sessions.map((s) => s.start)).toEqual(['2026-03-02T09:00:00Z']);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]?.message).toMatch(/^"odd" repeats by .*; listed once$/);
      expect(warnings[0]?.at).toBe('line 4');
    }
  });

  it('reads COUNT, UNTIL in UTC against wall times, RDATE and EXDATE in UTC', () => {
    const { programme } = parseFeed(
      ics(
        event(
          'w',
          'DTSTART;TZID=Europe/Vienna:20260302T100000',
          'DTEND;TZID=Europe/Vienna:20260302T110000',
          'RRULE:FREQ=WEEKLY;UNTIL=20260323T090000Z',
          'EXDATE:20260309T090000Z',
          'RDATE;TZID=Europe/Vienna:20260325T140000',
        ),
      ),
      options,
    );
    expect(programme.sessions.map((s) => [s.id, s.end])).toEqual([
      ['w#20260302T090000Z', '2026-03-02T10:00:00Z'],
      ['w#20260316T090000Z', '2026-03-16T10:00:00Z'],
      ['w#20260323T090000Z', '2026-03-23T10:00:00Z'],
      ['w#20260325T130000Z', '2026-03-25T14:00:00Z'],
    ]);
  });

  it('repeats an all-day entry by dates', () => {
    const { programme } = parseFeed(ics(event('days', 'DTSTART;VALUE=DATE:20260328', 'DTEND;VALUE=DATE:20260329', 'RRULE:FREQ=DAILY;COUNT=2')), options);
    // 29 March 2026 is the day the clocks go forward in Vienna: 23 hours long.
    expect(programme.sessions.map((s) => [s.start, s.end, s.allDay])).toEqual([
      ['2026-03-27T23:00:00Z', '2026-03-28T23:00:00Z', true],
      ['2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z', true],
    ]);
  });

  it('keeps an instance whose series is absent, with the id it has in its series', () => {
    const { programme, warnings } = parseFeed(ics(event('lone', 'RECURRENCE-ID:20260302T090000Z', 'DTSTART:20260302T100000Z')), options);
    expect(programme.sessions.map((s) => s.id)).toEqual(['lone#20260302T090000Z']);
    expect(warnings).toEqual([]);
  });
});

describe('a feed’s own VTIMEZONE', () => {
  const zone = (rule: string): string[] => [
    'BEGIN:VTIMEZONE', 'TZID:Graz Local',
    'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0100', rule, 'END:STANDARD',
    'END:VTIMEZONE',
  ];

  it('ignores a rule denser than yearly (ical.js would expand it every minute since 1970)', () => {
    const text = ics([...zone('RRULE:FREQ=MINUTELY'), ...event('e', 'DTSTART;TZID=Graz Local:20260302T100000', 'DURATION:PT1H')]);
    const { programme, warnings } = parseFeed(text, options);
    expect(programme.sessions.map((s) => s.start)).toEqual(['2026-03-02T09:00:00Z']);
    expect(warnings).toEqual([{ message: 'time zone "Graz Local": RRULE:FREQ=MINUTELY ignored (a zone changes at most yearly)', at: 'line 4' }]);
  });

  it('ignores a yearly rule that lists several days', () => {
    const text = ics([...zone('RRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYDAY=MO,TU,WE,TH,FR,SA,SU'), ...event('e', 'DTSTART;TZID=Graz Local:20260302T100000')]);
    const { warnings } = parseFeed(text, options);
    expect(warnings.map((w) => w.message)).toEqual(['time zone "Graz Local": RRULE with several BYMONTH values ignored (a zone changes at most yearly)']);
  });
});

describe('exceptions as calendars write them', () => {
  it('excludes by date when EXDATE is a date and the series has times', () => {
    const { programme } = parseFeed(ics(event('d', 'DTSTART;TZID=Europe/Vienna:20260302T100000', 'RRULE:FREQ=DAILY;COUNT=3', 'EXDATE;VALUE=DATE:20260303')), options);
    expect(programme.sessions.map((s) => s.id)).toEqual(['d#20260302T090000Z', 'd#20260304T090000Z']);
  });

  it('reads RANGE=THISANDFUTURE as this instance only, with a warning', () => {
    const text = ics([
      ...event('r', 'DTSTART:20260302T090000Z', 'RRULE:FREQ=DAILY;COUNT=3'),
      ...event('r', 'RECURRENCE-ID;RANGE=THISANDFUTURE:20260303T090000Z', 'DTSTART:20260303T100000Z'),
    ]);
    const { programme, warnings } = parseFeed(text, options);
    expect(programme.sessions.map((s) => s.start)).toEqual(['2026-03-02T09:00:00Z', '2026-03-03T10:00:00Z', '2026-03-04T09:00:00Z']);
    expect(warnings).toEqual([{ message: '"r" changes this and all later instances (RANGE=THISANDFUTURE); only this instance is changed', at: 'line 10' }]);
  });
});

describe('a repeating event without a UID', () => {
  it('is expanded too, each occurrence with an id of its own', () => {
    const text = ['BEGIN:VCALENDAR', 'X-WR-TIMEZONE:UTC', 'BEGIN:VEVENT', 'SUMMARY:No uid', 'DTSTART:20260302T090000Z', 'RRULE:FREQ=DAILY;COUNT=3', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const { programme } = parseFeed(text, options);
    expect(programme.sessions.map((s) => s.start)).toEqual(['2026-03-02T09:00:00Z', '2026-03-03T09:00:00Z', '2026-03-04T09:00:00Z']);
    expect(new Set(programme.sessions.map((s) => s.id)).size).toBe(3);
  });
});
