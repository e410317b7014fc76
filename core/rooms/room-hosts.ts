/**
 * The hosts a room window may show: every room link's host, the feed's BBB nodes and the attendee's extra hosts.
 * A room link on a port other than 443 contributes host:port, so that port (and only it) is allowed.
 */
import type { Programme } from '../programme/model';
import { isHostName } from '../settings';
import { hostKeyOf } from './host-allowlist';

export function allowedRoomHosts(programme: Programme, extraHosts: readonly string[]): string[] {
  const hosts = new Set<string>();
  for (const session of programme.sessions) {
    if (!session.room.url) continue;
    try {
      hosts.add(hostKeyOf(new URL(session.room.url)));
    } catch {
      // Room links were validated by the parser; an unreadable one adds nothing.
    }
  }
  for (const host of [...(programme.conference.roomHosts ?? []), ...extraHosts]) {
    if (isHostName(host)) hosts.add(host.toLowerCase());
  }
  return [...hosts].sort();
}
