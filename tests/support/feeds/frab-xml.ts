/** frab's schedule.xml: days, rooms in each day, events in each room. */
import { xmlText } from './escape';
import { type FeedProgramme, type FeedSession, ZONE, durationMinutes, hhmm, wall, withOffset } from './model';

function event(p: FeedProgramme, s: FeedSession): string[] {
  const room = p.rooms[s.roomIndex]?.name ?? '';
  return [
    `      <event guid="${xmlText(s.id)}" id="${s.numericId}">`,
    `        <date>${withOffset(s.startMs)}</date>`,
    `        <start>${wall(s.startMs).time}</start>`,
    `        <duration>${hhmm(durationMinutes(s))}</duration>`,
    `        <room>${xmlText(room)}</room>`,
    ...(s.url === undefined ? [] : [`        <slug>${xmlText(s.id.toLowerCase())}</slug>`, `        <url>${xmlText(s.url)}</url>`]),
    `        <title>${xmlText(s.title)}</title>`,
    `        <subtitle>${xmlText(s.subtitle)}</subtitle>`,
    `        <track>${xmlText(p.tracks[s.trackIndex] ?? '')}</track>`,
    `        <type>${xmlText(s.type)}</type>`,
    `        <language>${xmlText(s.language)}</language>`,
    `        <abstract>${xmlText(s.abstract)}</abstract>`,
    '        <description></description>',
    '        <persons>',
    ...s.persons.map((person) => `          <person id="${xmlText(person.id)}">${xmlText(person.name)}</person>`),
    '        </persons>',
    '        <links>',
    ...s.links.map((link) => `          <link href="${xmlText(link.url)}">${xmlText(link.title)}</link>`),
    '        </links>',
    '      </event>',
  ];
}

export function writeFrabXml(p: FeedProgramme): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<schedule>', `  <version>${xmlText(p.version)}</version>`];
  out.push(
    '  <conference>',
    `    <title>${xmlText(p.title)}</title>`,
    `    <start>${p.days[0]}</start>`,
    `    <end>${p.days[p.days.length - 1]}</end>`,
    `    <days>${p.days.length}</days>`,
    '    <day_change>04:00</day_change>',
    '    <timeslot_duration>00:15</timeslot_duration>',
    `    <time_zone_name>${ZONE}</time_zone_name>`,
    '  </conference>',
  );
  const slots = new Map<string, FeedSession[]>();
  for (const s of p.sessions) {
    const key = `${wall(s.startMs).date}|${s.roomIndex}`;
    const list = slots.get(key) ?? [];
    list.push(s);
    slots.set(key, list);
  }
  p.days.forEach((day, d) => {
    out.push(`  <day index="${d + 1}" date="${day}">`);
    p.rooms.forEach((room, r) => {
      const url = room.url === undefined ? '' : ` url="${xmlText(room.url)}"`;
      out.push(`    <room name="${xmlText(room.name)}"${url}>`);
      for (const s of slots.get(`${day}|${r}`) ?? []) out.push(...event(p, s));
      out.push('    </room>');
    });
    out.push('  </day>');
  });
  out.push('</schedule>', '');
  return out.join('\n');
}
