import { describe, expect, it } from 'vitest';
import { parseFrabXml } from '../../../core/feeds/frab-xml';

/** As FOSDEM's Pentabarf published it in 2007: events straight under <day>, each naming its own <room>. */
const PENTABARF_2007 = `<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <conference>
    <title>FOSDEM 2007</title>
    <start>2007-02-24</start>
    <end>2007-02-25</end>
  </conference>
  <day date="2007-02-24" index="1">
    <event id="101">
      <start>10:00</start>
      <duration>01:00</duration>
      <room>Janson</room>
      <title>Welcome</title>
      <persons><person id="1">Alice</person></persons>
    </event>
    <event id="102">
      <start>11:00</start>
      <duration>00:45</duration>
      <room>H.1301</room>
      <title>Kernel talk</title>
    </event>
  </day>
  <day date="2007-02-25" index="2">
    <event id="201"><start>09:30</start><duration>00:30</duration><room>Janson</room><title>Day two</title></event>
  </day>
</schedule>`;

describe('frab XML, Pentabarf 2007 (no <room> wrapper)', () => {
  const { programme } = parseFrabXml(PENTABARF_2007, { defaultTimeZone: 'Europe/Brussels' });

  it('reads the events under each day, in the room each event names', () => {
    expect(programme.sessions.map((s) => [s.title, s.room.name, s.start, s.end])).toEqual([
      ['Welcome', 'Janson', '2007-02-24T09:00:00Z', '2007-02-24T10:00:00Z'],
      ['Kernel talk', 'H.1301', '2007-02-24T10:00:00Z', '2007-02-24T10:45:00Z'],
      ['Day two', 'Janson', '2007-02-25T08:30:00Z', '2007-02-25T09:00:00Z'],
    ]);
    expect(programme.sessions[0]?.persons).toEqual([{ name: 'Alice' }]);
  });

  it('reads both shapes when a day mixes them', () => {
    const mixed = PENTABARF_2007.replace(
      '<day date="2007-02-25" index="2">',
      '<day date="2007-02-25" index="2"><room name="Ferrer"><event id="202"><start>12:00</start><duration>00:30</duration><title>Wrapped</title></event></room>',
    );
    const titles = parseFrabXml(mixed, { defaultTimeZone: 'Europe/Brussels' }).programme.sessions.map((s) => `${s.title}@${s.room.name}`);
    expect(titles).toEqual(['Welcome@Janson', 'Kernel talk@H.1301', 'Day two@Janson', 'Wrapped@Ferrer']);
  });
});
