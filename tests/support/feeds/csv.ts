/** The spreadsheet template's CSV: a header row, one quoted row per session. No conference title, no links list. */
import { csvField } from './escape';
import { type FeedProgramme, ZONE, durationMinutes, wall } from './model';

export function writeCsv(p: FeedProgramme): string {
  const header = ['ID', 'Title', 'Date', 'Start', 'Duration', 'Room', 'Room link', 'Track', 'Speakers', 'Abstract', 'Time zone'];
  const rows = p.sessions.map((s) => {
    const room = p.rooms[s.roomIndex];
    const fields = [s.id, s.title, wall(s.startMs).date, wall(s.startMs).time, String(durationMinutes(s)), room?.name ?? '', room?.url ?? '', p.tracks[s.trackIndex] ?? '', s.persons.map((person) => person.name).join('; '), s.abstract, ZONE];
    return fields.map(csvField).join(',');
  });
  return [header.join(','), ...rows].join('\r\n') + '\r\n';
}
