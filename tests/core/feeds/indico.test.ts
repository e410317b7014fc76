import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../core/feeds';

const options = { defaultTimeZone: 'Europe/Vienna' };

const contribution = (id: string, start: unknown, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Talk ${id}`,
  startDate: start,
  endDate: null,
  duration: 30,
  room: '',
  roomFullname: '',
  speakers: [],
  primaryauthors: [{ first_name: 'Ada', last_name: 'Lovelace', fullName: 'Lovelace, Ada' }],
  description: '<p>About <b>it</b></p>',
  ...extra,
});

const EXPORT = {
  count: 1,
  _type: 'HTTPAPIResult',
  results: [
    {
      title: 'Go Local Indico',
      timezone: 'Europe/Vienna',
      url: 'https://indico.example.org/event/1/',
      startDate: { date: '2024-03-30', time: '08:00:00', tz: 'Europe/Vienna' },
      endDate: { date: '2024-03-31', time: '18:00:00', tz: 'Europe/Vienna' },
      contributions: [
        contribution('1', { date: '2024-03-30', time: '22:45:00', tz: 'UTC' }),
        contribution('2', { date: '2024-03-31', time: '02:30:00', tz: 'Europe/Vienna' }, { roomFullname: 'Room 1', speakers: [{ fullName: 'Hopper, Grace', first_name: 'Grace', last_name: 'Hopper' }] }),
        contribution('3', null),
        contribution('4', { date: '2024-03-30', time: '10:00:00', tz: 'Mars/Olympus' }),
      ],
    },
  ],
};

describe('Indico export JSON', () => {
  const { format, programme, warnings } = parseFeed(JSON.stringify(EXPORT), options);
  const get = (id: string) => programme.sessions.find((s) => s.id === `contribution-${id}`);

  it('is detected and reads {date, time, tz} with the duration in minutes', () => {
    expect(format).toBe('indico');
    expect(get('1')).toMatchObject({ start: '2024-03-30T22:45:00Z', end: '2024-03-30T23:15:00Z', timeZone: 'Europe/Vienna', abstract: 'About it' });
  });

  it('converts wall times in a DST gap per RFC 5545', () => {
    expect(get('2')).toMatchObject({ start: '2024-03-31T01:30:00Z', room: { name: 'Room 1' }, persons: [{ name: 'Grace Hopper' }] });
  });

  it('prefers speakers, else authors', () => expect(get('1')?.persons).toEqual([{ name: 'Ada Lovelace' }]));

  it('leaves out unscheduled contributions and warns about unknown zones', () => {
    expect(get('3')).toBeUndefined();
    expect(get('4')?.start).toBe('2024-03-30T09:00:00Z');
    expect(warnings).toEqual([
      { message: '"Talk 3" is not scheduled; left out', at: '$.results[0].contributions[2].startDate' },
      { message: 'unknown time zone "Mars/Olympus"; read in Europe/Vienna', at: '$.results[0].contributions[3].startDate.tz' },
    ]);
    expect(programme.conference).toMatchObject({ title: 'Go Local Indico', start: '2024-03-30', end: '2024-03-31' });
  });

  it('needs the contributions list', () => {
    expect(() => parseFeed('{"results": [{"startDate": {}}]}', options)).toThrow(/contributions list .*\(at \$\.results\[0\]\.contributions\)/);
  });
});
