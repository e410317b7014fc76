import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../core/feeds';

const feed = (conference: Record<string, unknown>): string =>
  JSON.stringify({
    format: 'go-local-companion/1',
    version: '1',
    conference: { title: 'Dates', timeZone: 'Europe/Vienna', start: '2024-02-05', end: '2024-02-06', ...conference },
    sessions: [
      { id: 'a', title: 'First', start: '2024-02-05T10:00:00+01:00', end: '2024-02-05T11:00:00+01:00', room: { name: 'R' } },
      { id: 'b', title: 'Last', start: '2024-02-06T23:30:00+01:00', end: '2024-02-07T00:30:00+01:00', room: { name: 'R' } },
    ],
  });

const options = { defaultTimeZone: 'Europe/Vienna' };

describe('native format: conference dates', () => {
  it('falls back to the sessions’ first and last day for an unreadable date, and says so with the path', () => {
    const { programme, warnings } = parseFeed(feed({ start: 'not a date', end: '2024-02-31' }), options);
    expect(programme.conference).toMatchObject({ start: '2024-02-05', end: '2024-02-07' });
    expect(warnings).toEqual([
      { message: 'unreadable date "not a date" (expected YYYY-MM-DD); taken from the sessions', at: '$.conference.start' },
      { message: 'unreadable date "2024-02-31" (expected YYYY-MM-DD); taken from the sessions', at: '$.conference.end' },
    ]);
  });

  it('does not stumble over a date no calendar has', () => {
    expect(parseFeed(feed({ start: '2024-13-45' }), options).warnings[0]?.at).toBe('$.conference.start');
  });

  it('takes dates from the sessions silently when the feed gives none', () => {
    const { programme, warnings } = parseFeed(feed({ start: undefined, end: '' }), options);
    expect(programme.conference).toMatchObject({ start: '2024-02-05', end: '2024-02-07' });
    expect(warnings).toEqual([]);
  });
});
