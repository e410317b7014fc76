/** An Indico contribution whose duration cannot be read is kept at zero length, and the feed says so: never silently. */
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../core/feeds';
import { indicoText, plainSession } from '../hostile/feed-builders';

function withDuration(duration: unknown): ReturnType<typeof parseFeed> {
  const feed = JSON.parse(indicoText({ conferenceTitle: 'C', sessions: [plainSession(0, { title: 'Odd' }), plainSession(1, { start: '11:00' })] })) as {
    results: { contributions: Record<string, unknown>[] }[];
  };
  // Only the duration says how long it is: no end date to fall back on.
  feed.results[0]!.contributions[0]!['endDate'] = null;
  feed.results[0]!.contributions[0]!['duration'] = duration;
  return parseFeed(JSON.stringify(feed), { defaultTimeZone: 'Europe/Vienna' });
}

describe('Indico durations', () => {
  it.each(['PT99999999999H', 'an hour', '1e400', true])('warns about %j and names the place', (duration) => {
    const result = withDuration(duration);
    expect(result.programme.sessions).toHaveLength(2);
    const odd = result.programme.sessions.find((s) => s.title === 'Odd');
    expect(odd?.end).toBe(odd?.start);
    expect(result.warnings).toContainEqual(expect.objectContaining({ at: '$.results[0].contributions[0].duration', message: expect.stringMatching(/^"Odd" has an unreadable duration .*; treated as zero length$/) as unknown }));
  });

  it('says nothing when there is no duration at all', () => {
    const result = withDuration(null);
    expect(result.warnings.filter((w) => /duration/.test(w.message))).toEqual([]);
  });
});
