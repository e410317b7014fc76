/**
 * One session with absurd times never costs the feed: in every format it is
 * left out with a warning that names it and says where it is, nothing but the
 * good sessions come out, and no RangeError ("Invalid time value") escapes.
 */
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../core/feeds';
import { ABSURD_CASES, BAD_TITLE, GOOD_TITLES } from './absurd-sessions';

const options = { defaultTimeZone: 'Europe/Vienna' };

describe('an absurd session is left out, by name and place', () => {
  it.each(ABSURD_CASES.map((c) => [c.format, c.name, c] as const))('%s: %s', (format, _name, c) => {
    const result = parseFeed(c.feed, options);
    expect(result.format).toBe(format);
    expect(result.programme.sessions.map((s) => s.title).sort()).toEqual([...GOOD_TITLES].sort());
    const warning = result.warnings.find((w) => w.message.includes(BAD_TITLE));
    expect(warning?.message).toMatch(/left out$/);
    expect(warning?.at).toBe(c.at);
    for (const session of result.programme.sessions) {
      expect(Date.parse(session.end) - Date.parse(session.start)).toBe(30 * 60_000);
    }
  });
});

describe('an impossible conference date', () => {
  it('is dropped for the sessions own dates, not rolled over', () => {
    const feed = `<schedule><conference><title>x</title><start>2024-02-30</start><end>2024-02-31</end><time_zone_name>Europe/Vienna</time_zone_name></conference>
<day date="2024-02-05"><room name="A"><event guid="g"><date>2024-02-05T10:00:00+01:00</date><start>10:00</start><duration>00:30</duration><title>t</title></event></room></day></schedule>`;
    const { conference } = parseFeed(feed, options).programme;
    expect([conference.start, conference.end]).toEqual(['2024-02-05', '2024-02-05']);
  });
});
