/** The app's own format (go-local-companion/1). */
import { type FeedProgramme, ZONE, withOffset } from './model';

export function writeNative(p: FeedProgramme): string {
  return JSON.stringify({
    format: 'go-local-companion/1',
    version: p.version,
    conference: { title: p.title, subtitle: '', timeZone: ZONE, start: p.days[0], end: p.days[p.days.length - 1], isSample: false, roomHosts: [] },
    sessions: p.sessions.map((s) => {
      const room = p.rooms[s.roomIndex];
      return {
        id: s.id,
        title: s.title,
        subtitle: s.subtitle,
        abstract: s.abstract,
        start: withOffset(s.startMs),
        end: withOffset(s.endMs),
        room: { name: room?.name ?? '', ...(room?.url === undefined ? {} : { url: room.url, kind: 'bbb' }) },
        track: p.tracks[s.trackIndex],
        type: s.type,
        language: s.language,
        persons: s.persons.map((person) => person.name),
        links: s.links,
      };
    }),
  });
}
