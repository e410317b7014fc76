import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../core/feeds';
import { feedFailure } from './feed-failure';

const options = { defaultTimeZone: 'Europe/Vienna' };
const at = (date: string, time: string, tz = 'Europe/Zurich') => ({ date, time, tz });

/** Indico's export/timetable/<id>.json: results → event id → YYYYMMDD days → entries by key. */
const TIMETABLE = {
  count: 1,
  _type: 'HTTPAPIResult',
  complete: true,
  ts: 1367242732,
  url: 'https://indico.example.org/export/timetable/137346.json',
  results: {
    '137346': {
      '20240304': {
        c10: {
          _type: 'ContribSchEntry',
          entryType: 'Contribution',
          id: 'c10',
          contributionId: 7,
          title: 'Opening',
          description: '<p>Welcome <b>all</b></p>',
          startDate: at('2024-03-04', '09:00:00'),
          endDate: at('2024-03-04', '09:30:00'),
          room: 'Main Auditorium',
          location: 'CERN',
          presenters: [{ firstName: 'Ada', familyName: 'Lovelace', name: 'Ada Lovelace', email: 'ada@example.org' }],
          url: 'https://indico.example.org/event/137346/contributions/7/',
          sessionId: null,
        },
        s3: {
          entryType: 'Session',
          id: 's3',
          title: 'Human rights cities',
          slotTitle: 'Morning block',
          startDate: at('2024-03-04', '10:00:00'),
          endDate: at('2024-03-04', '12:00:00'),
          room: 'Room 2',
          conveners: [{ firstName: 'Grace', familyName: 'Hopper', name: 'Grace Hopper' }],
          url: 'https://indico.example.org/event/137346/sessions/3/',
          entries: {
            c11: {
              entryType: 'Contribution',
              id: 'c11',
              contributionId: 8,
              title: 'Local action plans',
              startDate: at('2024-03-04', '10:00:00'),
              endDate: at('2024-03-04', '10:45:00'),
              room: '',
              presenters: [{ name: 'Ruth Bader' }],
            },
            b12: {
              entryType: 'Break',
              id: 'b12',
              title: 'Coffee',
              startDate: at('2024-03-04', '10:45:00'),
              endDate: at('2024-03-04', '11:00:00'),
              room: 'Room 2',
            },
          },
        },
        s4: {
          entryType: 'Session',
          id: 's4',
          title: 'Poster session',
          startDate: at('2024-03-04', '14:00:00'),
          endDate: at('2024-03-04', '15:00:00'),
          room: 'Foyer',
          conveners: [],
          entries: {},
        },
      },
      '20240305': {},
      '20240306': {
        c20: {
          entryType: 'Contribution',
          id: 'c20',
          objId: 9,
          title: 'Closing',
          startDate: at('2024-03-06', '08:00:00', 'UTC'),
          endDate: at('2024-03-06', '08:20:00', 'UTC'),
          room: 'Main Auditorium',
          personLinks: [{ firstName: 'Mary', familyName: 'Robinson', name: 'Mary Robinson' }],
        },
        c21: { entryType: 'Contribution', id: 'c21', title: 'Never placed', startDate: null, endDate: null },
      },
    },
  },
};

describe('Indico timetable export', () => {
  const { format, programme, warnings } = parseFeed(JSON.stringify(TIMETABLE), options);
  const byTitle = (title: string) => programme.sessions.find((s) => s.title === title);

  it('is detected as its own shape and read in the entries’ zone', () => {
    expect(format).toBe('indico-timetable');
    expect(programme.conference).toMatchObject({ timeZone: 'Europe/Zurich', start: '2024-03-04', end: '2024-03-06' });
  });

  it('reads top-level contributions with room, presenters (never e-mail), abstract and page', () => {
    expect(byTitle('Opening')).toMatchObject({
      id: 'contribution-7',
      start: '2024-03-04T08:00:00Z',
      end: '2024-03-04T08:30:00Z',
      timeZone: 'Europe/Zurich',
      room: { name: 'Main Auditorium' },
      persons: [{ name: 'Ada Lovelace' }],
      abstract: 'Welcome all',
      links: [{ title: 'Contribution page', url: 'https://indico.example.org/event/137346/contributions/7/' }],
    });
    expect(JSON.stringify(programme)).not.toContain('ada@example.org');
  });

  it('reads the contributions and breaks inside a session block, in the block’s room and named by its session', () => {
    expect(byTitle('Local action plans')).toMatchObject({ id: 'contribution-8', room: { name: 'Room 2' }, track: 'Human rights cities', persons: [{ name: 'Ruth Bader' }] });
    expect(byTitle('Coffee')).toMatchObject({ id: 'break-b12', type: 'Break', start: '2024-03-04T09:45:00Z', end: '2024-03-04T10:00:00Z', room: { name: 'Room 2' } });
    expect(byTitle('Human rights cities')).toBeUndefined();
  });

  it('shows an empty session block as one session, with its conveners', () => {
    expect(byTitle('Poster session')).toMatchObject({ id: 'block-s4', room: { name: 'Foyer' }, start: '2024-03-04T13:00:00Z' });
  });

  it('reads newer exports (objId, personLinks) with the same ids as the event export', () => {
    expect(byTitle('Closing')).toMatchObject({ id: 'contribution-9', start: '2024-03-06T08:00:00Z', persons: [{ name: 'Mary Robinson' }] });
  });

  it('leaves out unscheduled entries with their JSON path', () => {
    expect(byTitle('Never placed')).toBeUndefined();
    expect(warnings).toContainEqual({ message: '"Never placed" is not scheduled; left out', at: '$.results["137346"]["20240306"].c21.startDate' });
    expect(programme.sessions).toHaveLength(5);
  });

  it('refuses a day that is not an object, naming its path', () => {
    const broken = { results: { '1': { '20240304': [] } } };
    const error = feedFailure(JSON.stringify(broken));
    expect(error.message).toMatch(/expected the day's entries/);
    expect(error.at).toBe('$.results["1"]["20240304"]');
  });
});
