/** The hosts a room window may show: every room link's host, the feed's BBB nodes and the attendee's extra hosts. */
import type { Programme } from '../programme/model';
import { isHostName } from '../settings';

export function allowedRoomHosts(programme: Programme, extraHosts: readonly string[]): string[] {
  const hosts = new Set<string>();
  for (const session of programme.sessions) {
    if (!session.room.url) continue;
    try {
      hosts.add(new URL(session.room.url).hostname.toLowerCase());
    } catch {
      // Room links were validated by the parser; an unreadable one adds nothing.
    }
  }
  for (const host of [...(programme.conference.roomHosts ?? []), ...extraHosts]) {
    if (isHostName(host)) hosts.add(host.toLowerCase());
  }
  return [...hosts].sort();
}
