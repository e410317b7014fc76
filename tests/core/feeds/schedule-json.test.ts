import { describe, expect, it } from 'vitest';
import { FeedError, parseFeed } from '../../../core/feeds';
import { parseScheduleJson } from '../../../core/feeds/schedule-json';

const options = { defaultTimeZone: 'Europe/Vienna' };

const V1 = {
  schedule: {
    version: '1.2',
    conference: {
      title: 'Go Local',
      start: '2024-03-30',
      end: '2024-03-31',
      time_zone_name: 'Europe/Vienna',
      rooms: [
        { name: 'Main', type: 'bbb', url: 'https://bbb.example.org/rooms/abc-def-ghi-jkl/join' },
        { name: 'Stream', type: 'online', url: 'https://stream.example.org/live' },
      ],
      days: [
        {
          index: 1,
          date: '2024-03-30',
          day_start: '2024-03-30T06:00:00+01:00',
          day_end: '2024-03-31T06:00:00+02:00',
          rooms: {
            Main: [
              { guid: 'a', date: '2024-03-30T23:30:00+01:00', start: '23:30', duration: '01:00:00', title: 'Across midnight', persons: [{ public_name: 'Ada' }, { name: 'Grace' }], track: null, abstract: '', description: 'Plain **bold** text' },
              // No <date>: wall time 02:30 before the day start 06:00 is the next date, inside the DST gap.
              { id: 7, start: '02:30', duration: '00:30', title: 'In the gap' },
            ],
            'Stream Room': [{ guid: 'c', date: '2024-03-30T12:00:00+01:00', duration: '00:15', title: 'Elsewhere', links: [{ url: 'https://example.org/x', title: 'X' }] }],
          },
        },
      ],
    },
  },
};

describe('c3voc schedule.json v1', () => {
  const { programme, warnings } = parseScheduleJson(JSON.stringify(V1), options);
  const get = (id: string) => programme.sessions.find((s) => s.id === id);

  it('reads nested days and rooms, HH:MM:SS durations and both person shapes', () => {
    expect(get('a')).toMatchObject({ start: '2024-03-30T22:30:00Z', end: '2024-03-30T23:30:00Z', persons: [{ name: 'Ada' }, { name: 'Grace' }], abstract: 'Plain bold text' });
    expect(programme.version).toBe('1.2');
    expect(warnings).toEqual([]);
  });

  it('uses the day start as the day change and RFC 5545 in the gap', () => {
    expect(get('event-7')?.start).toBe('2024-03-31T01:30:00Z');
  });

  it('takes room links and kinds from conference.rooms', () => {
    expect(get('a')?.room).toEqual({ name: 'Main', url: 'https://bbb.example.org/rooms/abc-def-ghi-jkl/join', kind: 'bbb' });
    expect(get('c')?.room).toEqual({ name: 'Stream Room', url: null, kind: 'unknown' });
    expect(get('c')?.links).toEqual([{ title: 'X', url: 'https://example.org/x' }]);
  });

  it('names the JSON path of a broken event', () => {
    const broken = structuredClone(V1) as { schedule: { conference: { days: { rooms: Record<string, unknown[]> }[] } } };
    broken.schedule.conference.days[0]!.rooms['Stream Room'] = [42];
    expect(() => parseScheduleJson(JSON.stringify(broken), options)).toThrow(
      new FeedError('expected an event object', '$.schedule.conference.days[0].rooms["Stream Room"][0]'),
    );
  });

  it('warns about a missing time, naming the path', () => {
    const noTime = structuredClone(V1);
    (noTime.schedule.conference.days[0]!.rooms.Main[1] as Record<string, unknown>).start = '';
    const result = parseScheduleJson(JSON.stringify(noTime), options);
    expect(result.warnings).toEqual([{ message: '"In the gap" has no start time; left out', at: '$.schedule.conference.days[0].rooms.Main[1]' }]);
  });
});

describe('c3voc schedule2 (flat events)', () => {
  const V2 = {
    schedule: {
      version: '2',
      conference: {
        title: 'Hub',
        time_zone_name: 'Europe/Berlin',
        tracks: [{ name: 'Science', slug: 'science' }],
        rooms: [{ name: 'Online 1', type: 'online', url: 'https://talk.example.org/b/xyz-abc-def' }],
        days: [{ index: 1, date: '2024-12-27', start: '2024-12-27T09:30:00+00:00', end: '2024-12-28T06:00:00+01:00' }],
      },
      events: [
        { guid: 'g1', code: 'ABC', start: '2024-12-28T00:15:00+01:00', end: '2024-12-28T00:55:00+01:00', room: { name: 'Online 1' }, track: { slug: 'science' }, title: 'Late', participants: [{ name: 'Zed', role: 'SPEAKER' }] },
        { code: 'DEF', start: '2024-12-27T10:00:00+01:00', duration: '00:45', room: 'Nowhere', title: 'Coded' },
      ],
    },
  };

  it('reads start/end instants, resolves track slugs and room links', () => {
    const { programme } = parseFeed(JSON.stringify(V2), options);
    const [coded, late] = programme.sessions;
    expect(late).toMatchObject({ id: 'g1', start: '2024-12-27T23:15:00Z', end: '2024-12-27T23:55:00Z', track: 'Science', persons: [{ name: 'Zed' }] });
    // The feed's own room type wins over guessing from the link's shape.
    expect(late?.room).toEqual({ name: 'Online 1', url: 'https://talk.example.org/b/xyz-abc-def', kind: 'online' });
    expect(coded).toMatchObject({ id: 'DEF', start: '2024-12-27T09:00:00Z', end: '2024-12-27T09:45:00Z', room: { name: 'Nowhere' } });
  });

  it('needs the conference object', () => {
    expect(() => parseFeed('{"schedule": {"events": []}}', options)).toThrow(/missing the conference object \(at \$\.schedule\.conference\)/);
  });
});
