/** An iCalendar file of VEVENTs with zone-local times, escaped and folded as RFC 5545 says. */
import { fold, icsText } from './escape';
import { type FeedProgramme, ZONE, wall } from './model';

export function writeICal(p: FeedProgramme): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//go-local-companion//feed-writers//EN', `X-WR-CALNAME:${icsText(p.title)}`, `X-WR-TIMEZONE:${ZONE}`];
  for (const s of p.sessions) {
    const url = s.url ?? s.links[0]?.url;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsText(s.id)}`,
      'DTSTAMP:20240101T000000Z',
      `DTSTART;TZID=${ZONE}:${wall(s.startMs).compact}`,
      `DTEND;TZID=${ZONE}:${wall(s.endMs).compact}`,
      `SUMMARY:${icsText(s.title)}`,
      `DESCRIPTION:${icsText(s.abstract)}`,
      `LOCATION:${icsText(p.rooms[s.roomIndex]?.name ?? '')}`,
      `CATEGORIES:${icsText(p.tracks[s.trackIndex] ?? '')}`,
      // A URL value is not TEXT: no escaping, but a line break would end the property.
      ...(url === undefined ? [] : [`URL:${url.replace(/[\r\n]/g, '')}`]),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR', '');
  return lines.map(fold).join('\r\n');
}
