import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../core/feeds';

const options = { defaultTimeZone: 'Europe/Vienna' };

describe('an event date that cannot be read', () => {
  it('schedule JSON: falls back to the day and start, and says so with the JSON path', () => {
    const feed = {
      schedule: {
        conference: {
          title: 'x',
          time_zone_name: 'Europe/Vienna',
          days: [{ date: '2024-02-05', rooms: { Main: [{ guid: 'g', title: 'Talk', date: 'not a date', start: '10:00', duration: '01:00' }] } }],
        },
      },
    };
    const { programme, warnings } = parseFeed(JSON.stringify(feed), options);
    expect(programme.sessions[0]?.start).toBe('2024-02-05T09:00:00Z');
    expect(warnings).toEqual([
      { message: '"Talk" has an unreadable date "not a date"; read from its day and start instead', at: '$.schedule.conference.days[0].rooms.Main[0].date' },
    ]);
  });

  it('frab XML: the same, naming the line', () => {
    const xml = `<schedule><conference><title>x</title><time_zone_name>Europe/Vienna</time_zone_name></conference>
<day date="2024-02-05"><room name="Main">
<event guid="g"><date>not a date</date><start>10:00</start><duration>01:00</duration><title>Talk</title></event>
</room></day></schedule>`;
    const { programme, warnings } = parseFeed(xml, options);
    expect(programme.sessions[0]?.start).toBe('2024-02-05T09:00:00Z');
    expect(warnings).toEqual([{ message: '"Talk" has an unreadable date "not a date"; read from its day and start instead', at: 'line 3' }]);
  });
});
