import { describe, expect, it } from 'vitest';
import { feedFailure } from './feed-failure';
import { parseFrabXml } from '../../../core/feeds/frab-xml';
import type { Session } from '../../../core/programme/model';

const options = { defaultTimeZone: 'Europe/Vienna' };
const byTitle = (sessions: Session[], title: string): Session => {
  const found = sessions.find((s) => s.title === title);
  if (!found) throw new Error(`no session "${title}"`);
  return found;
};

/** An old-style export: no <date>, no guid, wall times + day_change, fields in any order, empty tags. */
const OLD_STYLE = `<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <conference>
    <title>Go Local &amp; Friends</title>
    <subtitle/>
    <day_change>04:00</day_change>
    <time_zone_name>Europe/Vienna</time_zone_name>
  </conference>
  <day date="2024-03-30" index="1">
    <room name="Graz">
      <event id="10">
        <duration>01:00</duration>
        <title>Late talk</title>
        <start>23:30</start>
        <subtitle></subtitle>
        <abstract></abstract>
        <description>&lt;p&gt;Hello &amp;amp; &lt;b&gt;welcome&lt;/b&gt;&lt;/p&gt;</description>
        <persons><person id="1">Ada</person><person id="2"> Grace  Hopper </person></persons>
        <links><link href="https://example.org/slides">Slides</link></links>
      </event>
      <event id="11">
        <start>00:30</start><duration>01:00:00</duration><title>Night owl</title><persons/><links/>
      </event>
      <event id="12">
        <title>Spring gap</title><start>02:30</start><duration>00:30</duration>
      </event>
      <event id="13"><title>No start</title><duration>00:30</duration></event>
    </room>
  </day>
  <day date="2024-10-26" index="2">
    <room name="Graz">
      <event id="20"><start>02:30</start><title>Fall overlap</title><duration>00:30</duration></event>
    </room>
  </day>
</schedule>`;

describe('frab XML, old exports without <date>', () => {
  const { programme, warnings } = parseFrabXml(OLD_STYLE, options);

  it('reads wall times in the feed zone, moving starts before day_change to the next date', () => {
    expect(byTitle(programme.sessions, 'Late talk')).toMatchObject({ start: '2024-03-30T22:30:00Z', end: '2024-03-30T23:30:00Z' });
    expect(byTitle(programme.sessions, 'Night owl')).toMatchObject({ start: '2024-03-30T23:30:00Z', end: '2024-03-31T00:30:00Z' });
  });

  it('follows RFC 5545 in DST gaps (shift forward) and overlaps (first occurrence)', () => {
    // 2024-03-31 02:30 does not exist in Vienna: 03:30 CEST.
    expect(byTitle(programme.sessions, 'Spring gap').start).toBe('2024-03-31T01:30:00Z');
    // 2024-10-27 02:30 happens twice: the CEST one.
    expect(byTitle(programme.sessions, 'Fall overlap').start).toBe('2024-10-27T00:30:00Z');
  });

  it('maps fields in any order, tolerates empty tags, reduces markup to text', () => {
    const late = byTitle(programme.sessions, 'Late talk');
    expect(late.id).toBe('event-10');
    expect(late.subtitle).toBe('');
    expect(late.abstract).toBe('Hello & welcome');
    expect(late.persons).toEqual([{ name: 'Ada' }, { name: 'Grace Hopper' }]);
    expect(late.links).toEqual([{ title: 'Slides', url: 'https://example.org/slides' }]);
    expect(late.room).toEqual({ name: 'Graz', url: null, kind: 'unknown' });
    expect(programme.conference.title).toBe('Go Local & Friends');
  });

  it('leaves out an event without a start, with a warning naming its line', () => {
    expect(programme.sessions.map((s) => s.title)).not.toContain('No start');
    expect(warnings).toEqual([{ message: '"No start" has no start time; left out', at: 'line 27' }]);
  });
});

describe('frab XML, zones and offsets', () => {
  const feed = (conferenceExtra: string, event: string): string =>
    `<schedule><conference><title>T</title>${conferenceExtra}</conference><day date="2024-02-05"><room name="R">${event}</room></day></schedule>`;

  it('trusts <date> with an offset over <start>', () => {
    const { programme } = parseFrabXml(
      feed('<time_zone_name>Asia/Kolkata</time_zone_name>', '<event guid="g"><date>2024-02-05T05:00:00+00:00</date><start>10:30</start><duration>00:20</duration><title>A</title></event>'),
      options,
    );
    expect(programme.sessions[0]).toMatchObject({ id: 'g', start: '2024-02-05T05:00:00Z', end: '2024-02-05T05:20:00Z', timeZone: 'Asia/Kolkata' });
  });

  it('uses the default zone with a warning when the feed names none', () => {
    const { programme, warnings } = parseFrabXml(feed('', '<event><start>10:00</start><duration>01:00</duration><title>A</title></event>'), options);
    expect(programme.conference.timeZone).toBe('Europe/Vienna');
    expect(programme.sessions[0]?.start).toBe('2024-02-05T09:00:00Z');
    expect(warnings.map((w) => w.message)).toEqual(['no time zone in feed; times read in Europe/Vienna']);
  });

  it('warns about an unknown zone and about <date> values without offset', () => {
    const { programme, warnings } = parseFrabXml(
      feed('<time_zone_name>Mars/Olympus</time_zone_name>', '<event><date>2024-02-05T10:00:00</date><start>10:00</start><duration>01:00</duration><title>A</title></event>'),
      options,
    );
    expect(programme.sessions[0]?.start).toBe('2024-02-05T09:00:00Z');
    expect(warnings.map((w) => w.message)).toEqual([
      'unknown time zone "Mars/Olympus"; times read in Europe/Vienna',
      '1 <date> value(s) have no UTC offset; read as wall time in Europe/Vienna',
    ]);
  });

  it('keeps both copies of a duplicate guid, with a warning', () => {
    const event = '<event guid="same"><date>2024-02-05T10:00:00+01:00</date><duration>00:30</duration><title>A</title></event>';
    const { programme, warnings } = parseFrabXml(feed('<time_zone_name>Europe/Vienna</time_zone_name>', event + event.replace('10:00', '11:00')), options);
    expect(programme.sessions.map((s) => s.id)).toEqual(['same', expect.stringMatching(/^same~[0-9a-z]{1,6}$/)]);
    expect(warnings[0]?.message).toMatch(/duplicate id "same"/);
  });

  it('warns about an unreadable duration and treats the session as zero length', () => {
    const { programme, warnings } = parseFrabXml(
      feed('<time_zone_name>Europe/Vienna</time_zone_name>', '<event guid="g"><date>2024-02-05T10:00:00+01:00</date><duration>soon</duration><title>A</title></event>'),
      options,
    );
    expect(programme.sessions[0]?.end).toBe('2024-02-05T09:00:00Z');
    expect(warnings[0]?.message).toBe('"A" has an unreadable duration "soon"; treated as zero length');
  });
});

describe('frab XML room links', () => {
  const withRooms = (url: string): string => `<schedule><conference><title>T</title><time_zone_name>Europe/Vienna</time_zone_name>
    <rooms><room name="Online" url="${url}"/></rooms></conference>
    <day date="2024-02-05"><room name="Online"><event guid="g"><date>2024-02-05T10:00:00+01:00</date><duration>00:30</duration><title>A</title></event></room></day></schedule>`;

  it('takes a declared BigBlueButton room link', () => {
    const { programme, warnings } = parseFrabXml(withRooms('https://bbb.example.org/rooms/abc-def-ghi-jkl/join'), options);
    expect(programme.sessions[0]?.room).toEqual({ name: 'Online', url: 'https://bbb.example.org/rooms/abc-def-ghi-jkl/join', kind: 'bbb' });
    expect(warnings).toEqual([]);
  });

  it('rejects a personal join link with a warning', () => {
    const { programme, warnings } = parseFrabXml(withRooms('https://bbb.example.org/bigbluebutton/api/join?meetingID=1&amp;checksum=abc'), options);
    expect(programme.sessions[0]?.room.url).toBeNull();
    expect(warnings[0]?.message).toMatch(/room link of "A" rejected/);
    expect(warnings[0]?.message).not.toContain('checksum=abc');
  });
});

describe('frab XML that cannot be used', () => {
  const fail = feedFailure;

  it('names the line of a syntax error', () => {
    const error = fail('<?xml version="1.0"?>\n<schedule>\n<conference>\n<title>x</titel>\n</conference>\n</schedule>');
    expect(error.at).toBe('line 4');
    expect(error.message).toMatch(/not well-formed XML/);
  });

  it('refuses a billion-laughs file fast', () => {
    const lol = ['<?xml version="1.0"?>', '<!DOCTYPE lolz [', ' <!ENTITY lol "lol">'];
    for (let i = 1; i < 10; i++) lol.push(` <!ENTITY lol${i} "${`&lol${i - 1 || ''};`.repeat(10)}">`);
    lol.push(']>', '<schedule><conference><title>&lol9;</title></conference></schedule>');
    const started = Date.now();
    const error = fail(lol.join('\n'));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.message).toMatch(/declares XML entities/);
    expect(error.at).toBe('line 3');
  });

  it('refuses deep nesting with its line', () => {
    const error = fail(`<schedule>\n<conference><title>x</title></conference>\n${'<x>'.repeat(100)}${'</x>'.repeat(100)}</schedule>`);
    expect(error.message).toMatch(/nested deeper than 64/);
    expect(error.at).toBe('line 3');
  });

  it('needs a <conference>', () => {
    expect(fail('<schedule><day date="2024-01-01"/></schedule>').message).toMatch(/missing <conference>/);
  });
});
