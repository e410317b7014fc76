/** The schedule.json export of frab and pretalx: the XML's structure as JSON. */
import { type FeedProgramme, type FeedSession, OFFSET, ZONE, durationMinutes, hhmm, wall, withOffset } from './model';

function event(p: FeedProgramme, s: FeedSession): Record<string, unknown> {
  return {
    ...(s.url === undefined ? {} : { url: s.url, slug: s.id.toLowerCase() }),
    id: s.numericId,
    guid: s.id,
    date: withOffset(s.startMs),
    start: wall(s.startMs).time,
    duration: hhmm(durationMinutes(s)),
    room: p.rooms[s.roomIndex]?.name,
    title: s.title,
    subtitle: s.subtitle,
    track: p.tracks[s.trackIndex],
    type: s.type,
    language: s.language,
    abstract: s.abstract,
    description: '',
    persons: s.persons.map((person) => ({ id: person.id, public_name: person.name })),
    links: s.links.map((link) => ({ url: link.url, title: link.title })),
    attachments: [],
  };
}

export function writeScheduleJson(p: FeedProgramme): string {
  const days = p.days.map((day, d) => {
    // No prototype: a room may be called "__proto__".
    const rooms = Object.create(null) as Record<string, unknown[]>;
    for (const room of p.rooms) rooms[room.name] = [];
    for (const s of p.sessions) if (wall(s.startMs).date === day) rooms[p.rooms[s.roomIndex]?.name ?? '']?.push(event(p, s));
    return { index: d + 1, date: day, day_start: `${day}T04:00:00${OFFSET}`, day_end: `${day}T23:59:00${OFFSET}`, rooms };
  });
  return JSON.stringify({
    schedule: {
      version: p.version,
      base_url: 'https://golocal.example.org/',
      conference: {
        acronym: 'golocal',
        title: p.title,
        start: p.days[0],
        end: p.days[p.days.length - 1],
        daysCount: p.days.length,
        time_zone_name: ZONE,
        timeslot_duration: '00:15',
        rooms: p.rooms.map((room) => ({ name: room.name, ...(room.url === undefined ? {} : { type: 'bbb', url: room.url }) })),
        days,
      },
    },
  });
}
