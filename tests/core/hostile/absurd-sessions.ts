/**
 * Feeds in every format with one absurd session between two good ones: a length
 * of 11 million years, a start in year 0050 or on 30 February, an end past year
 * 275760. Each case says where the parser must name the bad session: the line of
 * its element or VEVENT, or its JSON path. Built by code from small templates.
 */
import type { FeedFormat } from '../../../core/feeds/types';

export const BAD_TITLE = 'The absurd session';
export const GOOD_TITLES = ['First good session', 'Second good session'] as const;

export interface AbsurdCase {
  format: FeedFormat;
  name: string;
  feed: string;
  /** Where the warning must point. */
  at: string;
}

/** The line (1-based) of the first line at or before `marker` that starts with `lineStart`. */
function lineOf(text: string, marker: string, lineStart: string): string {
  const lines = text.slice(0, text.indexOf(marker)).split('\n');
  for (let i = lines.length - 1; i >= 0; i--) if ((lines[i] as string).trimStart().startsWith(lineStart)) return `line ${i + 1}`;
  throw new Error(`no ${lineStart} before ${marker}`);
}

interface FrabBad {
  date?: string;
  dayDate?: string;
  start?: string;
  duration?: string;
}

function frabXml(bad: FrabBad): string {
  const event = (guid: string, title: string, fields: FrabBad): string => `      <event guid="${guid}">
        <date>${fields.date ?? ''}</date>
        <start>${fields.start ?? '10:00'}</start>
        <duration>${fields.duration ?? '00:30'}</duration>
        <title>${title}</title>
      </event>`;
  return `<?xml version="1.0"?>
<schedule>
  <conference><title>Absurd</title><time_zone_name>Europe/Vienna</time_zone_name><day_change>04:00</day_change></conference>
  <day date="2024-02-05">
    <room name="A">
${event('good-1', GOOD_TITLES[0], { date: '2024-02-05T10:00:00+01:00' })}
    </room>
  </day>
  <day date="${bad.dayDate ?? '2024-02-05'}">
    <room name="B">
${event('bad', BAD_TITLE, bad)}
    </room>
  </day>
  <day date="2024-02-06">
    <room name="A">
${event('good-2', GOOD_TITLES[1], { date: '2024-02-06T10:00:00+01:00' })}
    </room>
  </day>
</schedule>`;
}

function scheduleJson(bad: Record<string, unknown>): string {
  const event = (guid: string, title: string, fields: Record<string, unknown>): Record<string, unknown> => ({
    guid,
    title,
    date: '2024-02-05T10:00:00+01:00',
    start: '10:00',
    duration: '00:30',
    ...fields,
  });
  return JSON.stringify({
    schedule: {
      conference: {
        title: 'Absurd',
        time_zone_name: 'Europe/Vienna',
        days: [{ date: '2024-02-05', day_start: '2024-02-05T04:00:00+01:00', rooms: { A: [event('good-1', GOOD_TITLES[0], {}), event('bad', BAD_TITLE, bad)] } }],
      },
      events: [event('good-2', GOOD_TITLES[1], { date: '2024-02-06T10:00:00+01:00' })],
    },
  });
}

function pretalx(bad: Record<string, unknown>): string {
  const talk = (code: string, title: string, fields: Record<string, unknown>): Record<string, unknown> => ({
    code,
    title,
    start: '2024-02-05T10:00:00+01:00',
    end: '2024-02-05T10:30:00+01:00',
    ...fields,
  });
  return JSON.stringify({
    timezone: 'Europe/Vienna',
    talks: [talk('GOOD1', GOOD_TITLES[0], {}), talk('BAD', BAD_TITLE, bad), talk('GOOD2', GOOD_TITLES[1], { start: '2024-02-06T10:00:00+01:00', end: '2024-02-06T10:30:00+01:00' })],
  });
}

function indico(bad: Record<string, unknown>): string {
  const contribution = (id: string, title: string, fields: Record<string, unknown>): Record<string, unknown> => ({
    id,
    title,
    startDate: { date: '2024-02-05', time: '10:00:00', tz: 'Europe/Vienna' },
    endDate: null,
    duration: 30,
    ...fields,
  });
  return JSON.stringify({
    results: [
      {
        title: 'Absurd',
        timezone: 'Europe/Vienna',
        contributions: [contribution('1', GOOD_TITLES[0], {}), contribution('2', BAD_TITLE, bad), contribution('3', GOOD_TITLES[1], {})],
      },
    ],
  });
}

function native(bad: Record<string, unknown>): string {
  const session = (id: string, title: string, fields: Record<string, unknown>): Record<string, unknown> => ({
    id,
    title,
    start: '2024-02-05T10:00:00+01:00',
    end: '2024-02-05T10:30:00+01:00',
    room: { name: 'A', url: null, kind: 'unknown' },
    ...fields,
  });
  return JSON.stringify({
    format: 'go-local-companion/1',
    conference: { title: 'Absurd', timeZone: 'Europe/Vienna', start: '2024-02-05', end: '2024-02-06' },
    sessions: [session('good-1', GOOD_TITLES[0], {}), session('bad', BAD_TITLE, bad), session('good-2', GOOD_TITLES[1], {})],
  });
}

function ical(badLines: readonly string[]): string {
  const event = (uid: string, title: string, lines: readonly string[]): string[] => ['BEGIN:VEVENT', `UID:${uid}`, `SUMMARY:${title}`, ...lines, 'END:VEVENT'];
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//absurd//EN',
    'X-WR-TIMEZONE:Europe/Vienna',
    ...event('good-1', GOOD_TITLES[0], ['DTSTART;TZID=Europe/Vienna:20240205T100000', 'DTEND;TZID=Europe/Vienna:20240205T103000']),
    ...event('bad', BAD_TITLE, badLines),
    ...event('good-2', GOOD_TITLES[1], ['DTSTART;TZID=Europe/Vienna:20240206T100000', 'DURATION:PT30M']),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

const frabCase = (name: string, bad: FrabBad): AbsurdCase => {
  const feed = frabXml(bad);
  return { format: 'frab-xml', name, feed, at: lineOf(feed, 'guid="bad"', '<event') };
};
const icalCase = (name: string, lines: readonly string[]): AbsurdCase => {
  const feed = ical(lines);
  return { format: 'ical', name, feed, at: lineOf(feed, 'UID:bad', 'BEGIN:VEVENT') };
};
const BAD_EVENT = '$.schedule.conference.days[0].rooms.A[1]';

export const ABSURD_CASES: readonly AbsurdCase[] = [
  frabCase('a duration of PT99999999999H', { date: '2024-02-05T11:00:00+01:00', duration: 'PT99999999999H' }),
  frabCase('a duration of 99999999:00', { date: '2024-02-05T11:00:00+01:00', duration: '99999999:00' }),
  frabCase('a duration of 10^15 minutes', { date: '2024-02-05T11:00:00+01:00', duration: '1000000000000000' }),
  frabCase('a duration of 32 days', { date: '2024-02-05T11:00:00+01:00', duration: '768:00' }),
  frabCase('a start in year 0050', { date: '0050-02-05T11:00:00+01:00' }),
  frabCase('a start on 30 February', { date: '2024-02-30T11:00:00+01:00' }),
  frabCase('a day on 30 February, read with the day change', { dayDate: '2024-02-30', start: '01:00' }),
  frabCase('a day in month 13, read with the day change', { dayDate: '2024-13-01', start: '01:00' }),
  frabCase('a local date-time on 31 April', { date: '2024-04-31T11:00:00' }),
  { format: 'schedule-json', name: 'a duration of PT99999999999H', feed: scheduleJson({ duration: 'PT99999999999H' }), at: BAD_EVENT },
  { format: 'schedule-json', name: 'a duration of 99999999:00', feed: scheduleJson({ duration: '99999999:00' }), at: BAD_EVENT },
  { format: 'schedule-json', name: 'an end past year 275760', feed: scheduleJson({ end: '+275760-09-13T00:00:00.000Z' }), at: BAD_EVENT },
  { format: 'schedule-json', name: 'an end on 30 February', feed: scheduleJson({ end: '2024-02-30T11:00:00+01:00' }), at: BAD_EVENT },
  { format: 'schedule-json', name: 'a start in year 0099', feed: scheduleJson({ date: '0099-02-05T11:00:00+01:00' }), at: BAD_EVENT },
  { format: 'schedule-json', name: 'a start on 29 February of a common year', feed: scheduleJson({ date: '2023-02-29T11:00:00+01:00' }), at: BAD_EVENT },
  { format: 'pretalx', name: 'an end in year 9999', feed: pretalx({ end: '9999-12-31T10:00:00+01:00' }), at: '$.talks[1]' },
  { format: 'pretalx', name: 'an end on 30 February', feed: pretalx({ end: '2024-02-30T10:30:00+01:00' }), at: '$.talks[1].end' },
  { format: 'pretalx', name: 'a start in year 0001', feed: pretalx({ start: '0001-02-05T10:00:00+01:00' }), at: '$.talks[1].start' },
  { format: 'indico', name: 'a duration of 10^15 minutes', feed: indico({ duration: 1e15 }), at: '$.results[0].contributions[1]' },
  { format: 'indico', name: 'a duration of -10^15 minutes', feed: indico({ duration: -1e15 }), at: '$.results[0].contributions[1]' },
  { format: 'indico', name: 'a start on 30 February', feed: indico({ startDate: { date: '2024-02-30', time: '10:00:00', tz: 'Europe/Vienna' } }), at: '$.results[0].contributions[1].startDate' },
  { format: 'indico', name: 'a start in year 0099', feed: indico({ startDate: { date: '0099-02-05', time: '10:00:00', tz: 'UTC' } }), at: '$.results[0].contributions[1].startDate' },
  { format: 'indico', name: 'an end in year 9999', feed: indico({ endDate: { date: '9999-02-05', time: '10:00:00', tz: 'UTC' } }), at: '$.results[0].contributions[1]' },
  { format: 'native', name: 'a start in year 0050', feed: native({ start: '0050-02-05T10:00:00+01:00' }), at: '$.sessions[1].start' },
  { format: 'native', name: 'an end on 30 February', feed: native({ end: '2024-02-30T10:30:00+01:00' }), at: '$.sessions[1].end' },
  { format: 'native', name: 'an end in year 9999', feed: native({ end: '9999-12-31T10:30:00+01:00' }), at: '$.sessions[1]' },
  { format: 'native', name: 'a start that is no date', feed: native({ start: 'soon' }), at: '$.sessions[1].start' },
  icalCase('DURATION:P99999999W', ['DTSTART;TZID=Europe/Vienna:20240205T110000', 'DURATION:P99999999W']),
  icalCase('DURATION:PT99999999999H', ['DTSTART:20240205T100000Z', 'DURATION:PT99999999999H']),
  icalCase('a DTEND in year 9999', ['DTSTART;TZID=Europe/Vienna:20240205T110000', 'DTEND;TZID=Europe/Vienna:99991231T110000']),
  icalCase('a DTSTART on 30 February', ['DTSTART;TZID=Europe/Vienna:20240230T110000', 'DURATION:PT30M']),
  icalCase('a DTSTART in year 0050', ['DTSTART:00500205T110000Z', 'DURATION:PT30M']),
];
