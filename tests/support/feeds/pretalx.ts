/** pretalx's widget JSON: talks referring to rooms, tracks and speakers by id. */
import { type FeedProgramme, ZONE, durationMinutes, withOffset } from './model';

export function writePretalx(p: FeedProgramme): string {
  const speakers = new Map<string, { code: string; name: string; avatar: null }>();
  for (const s of p.sessions) for (const person of s.persons) speakers.set(person.id, { code: person.id, name: person.name, avatar: null });
  return JSON.stringify({
    version: p.version,
    event_name: p.title,
    timezone: ZONE,
    event_start: p.days[0],
    event_end: p.days[p.days.length - 1],
    talks: p.sessions.map((s) => ({
      code: s.id,
      id: s.numericId,
      title: s.title,
      abstract: s.abstract,
      speakers: s.persons.map((person) => person.id),
      track: s.trackIndex + 1,
      start: withOffset(s.startMs),
      end: withOffset(s.endMs),
      room: s.roomIndex + 1,
      duration: durationMinutes(s),
      content_locale: s.language,
    })),
    tracks: p.tracks.map((name, i) => ({ id: i + 1, name: { en: name }, color: `#${((i * 0x2f5b3) & 0xffffff).toString(16).padStart(6, '0')}` })),
    rooms: p.rooms.map((room, i) => ({ id: i + 1, name: { en: room.name }, description: {} })),
    speakers: [...speakers.values()],
  });
}
