/**
 * The hosts one room window starts with. Trusted (may load, and may ask for
 * camera, microphone and screen): the room link's own host (host:port when the
 * link names a port other than 443) and the hosts the attendee set in
 * Settings. Navigation only (may load, may not ask for devices until the join
 * ties them to this room, see room-trust.ts): the feed's declared roomHosts,
 * because a feed names them for the whole conference, not for a room. Other
 * rooms' hosts are neither: one room's page never reaches another room's host.
 */
import type { Programme } from '../programme/model';
import { isHostName } from '../settings';
import { hostKeyOf, normalizeAllowedHost } from './host-allowlist';

export interface RoomHosts {
  trustedHosts: string[];
  navigationHosts: string[];
}

export function roomHostsFor(roomUrl: string, programme: Programme, extraHosts: readonly string[]): RoomHosts {
  const trusted = new Set<string>();
  try {
    trusted.add(hostKeyOf(new URL(roomUrl)));
  } catch {
    // Room links were validated by the parser and again by checkRoomUrl; an unreadable one trusts nothing.
  }
  for (const host of extraHosts) addHost(trusted, host);
  const navigation = new Set<string>();
  for (const host of programme.conference.roomHosts ?? []) addHost(navigation, host);
  for (const host of trusted) navigation.delete(host);
  return { trustedHosts: [...trusted], navigationHosts: [...navigation] };
}

function addHost(hosts: Set<string>, host: string): void {
  const normal = isHostName(host) ? normalizeAllowedHost(host) : null;
  if (normal !== null) hosts.add(normal);
}
