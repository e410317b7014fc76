/** Indico's two JSON exports: the event export with contributions, and the timetable. */
import { type FeedPerson, type FeedProgramme, type FeedSession, ZONE, durationMinutes, wall } from './model';

const stamp = (ms: number) => ({ date: wall(ms).date, time: wall(ms).seconds, tz: ZONE });

/** Indico writes "Last, First"; a person given only as a name keeps it. */
const fullName = (person: FeedPerson): string => (person.first || person.last ? `${person.last}, ${person.first}` : person.name);

function contribution(p: FeedProgramme, s: FeedSession): Record<string, unknown> {
  const room = p.rooms[s.roomIndex]?.name;
  return {
    id: s.id,
    db_id: s.numericId,
    friendly_id: s.numericId,
    title: s.title,
    description: s.abstract,
    startDate: stamp(s.startMs),
    endDate: stamp(s.endMs),
    duration: durationMinutes(s),
    roomFullname: room,
    room,
    location: 'Online',
    track: p.tracks[s.trackIndex],
    type: s.type,
    session: null,
    keywords: [],
    url: s.url ?? s.links[0]?.url,
    speakers: s.persons.map((person, i) => ({ first_name: person.first, last_name: person.last, fullName: fullName(person), _type: 'ContributionParticipation', id: String(i) })),
    primaryauthors: [],
  };
}

export function writeIndico(p: FeedProgramme): string {
  const first = p.sessions[0];
  const last = p.sessions[p.sessions.length - 1];
  return JSON.stringify({
    count: 1,
    additionalInfo: {},
    _type: 'HTTPAPIResult',
    url: 'https://indico.example.org/export/event/1.json?detail=contributions',
    results: [
      {
        id: '1',
        title: p.title,
        timezone: ZONE,
        url: 'https://indico.example.org/event/1/',
        startDate: first ? stamp(first.startMs) : null,
        endDate: last ? stamp(last.endMs) : null,
        contributions: p.sessions.map((s) => contribution(p, s)),
      },
    ],
    ts: 1_930_000_000,
  });
}

/** The timetable export: entries keyed by their own key per day, so sessions with equal ids all survive. */
export function writeIndicoTimetable(p: FeedProgramme): string {
  // Every day of the programme appears, even one without entries: an empty timetable is still a timetable.
  const days: Record<string, Record<string, unknown>> = Object.fromEntries(p.days.map((day) => [day.replace(/-/g, ''), {}]));
  p.sessions.forEach((s, index) => {
    const day = wall(s.startMs).date.replace(/-/g, '');
    (days[day] ??= {})[`c${index}`] = {
      entryType: 'Contribution',
      id: `c${index}`,
      contributionId: s.id,
      title: s.title,
      description: s.abstract,
      startDate: stamp(s.startMs),
      endDate: stamp(s.endMs),
      room: p.rooms[s.roomIndex]?.name,
      url: s.url ?? s.links[0]?.url,
      presenters: s.persons.map((person) => ({ name: person.name })),
    };
  });
  return JSON.stringify({ count: 1, results: { '1': days } });
}
