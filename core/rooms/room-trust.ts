/**
 * One room window's trust, which grows only in one precise way. It starts with
 * the room's trusted hosts and its navigation-only hosts (room-hosts.ts). While
 * the attendee joins, a BBB front end (Greenlight, Moodle, a plain redirector)
 * hands over to the BBB node with server redirects: the top-level navigation
 * starts on the room link's own host and answers 30x to the node. A host
 * reached that way is tied to this room by the room's own server, so it
 * becomes trusted too, if and only if:
 *   - the redirect is in the main frame, and the navigation it belongs to
 *     started on the room link's own host (not on a learned or Settings host);
 *   - the target is https, without credentials, on this window's navigation
 *     list (a redirect elsewhere is refused anyway);
 *   - the meeting page (BBB's HTML5 client) has not loaded yet in this room.
 * Greenlight v3 hands over with a page script instead (location = joinUrl),
 * so one more way ties a host: a main-frame navigation that a page on the
 * room link's own host starts, to a host on this window's navigation list,
 * before the meeting page has loaded. A page on any other host (a node, a
 * Settings host, another room's host) can add nothing, and at most
 * MAX_LEARNED hosts are added.
 */
import { hostKeyOf, isAllowedHost } from './host-allowlist';

const MAX_LEARNED = 8;

export class RoomTrust {
  private readonly ownHost: string | null;
  private readonly learned: string[] = [];
  private chainStartedOnRoomHost = false;
  private joined = false;

  constructor(
    roomUrl: string,
    private readonly trusted: readonly string[],
    private readonly navigationOnly: readonly string[],
  ) {
    this.ownHost = hostOf(roomUrl);
  }

  /** Hosts whose pages may ask for camera, microphone and screen (and still get our consent prompt). */
  get mediaHosts(): readonly string[] {
    return [...this.trusted, ...this.learned];
  }

  /** Hosts whose pages may load in this room. */
  get navigableHosts(): readonly string[] {
    return [...this.trusted, ...this.learned, ...this.navigationOnly.filter((host) => !this.learned.includes(host))];
  }

  /** A new document navigation starts (did-start-navigation); only the main frame's starts a chain. */
  navigationStarted(url: string, isMainFrame: boolean): void {
    if (!isMainFrame) return;
    const host = hostOf(url);
    this.chainStartedOnRoomHost = host !== null && host === this.ownHost && url.startsWith('https:');
  }

  /** A server redirect was allowed (will-redirect); true when it tied a new host to this room. */
  redirected(raw: string, isMainFrame: boolean): boolean {
    if (!isMainFrame || !this.chainStartedOnRoomHost) return false;
    return this.learn(raw);
  }

  /** The page at fromUrl sends the main frame to raw (will-frame-navigate); true when it tied a new host. */
  pageNavigated(fromUrl: string, raw: string, isMainFrame: boolean): boolean {
    if (!isMainFrame || this.ownHost === null || hostOf(fromUrl) !== this.ownHost || !fromUrl.startsWith('https:')) return false;
    return this.learn(raw);
  }

  private learn(raw: string): boolean {
    if (this.joined || this.learned.length >= MAX_LEARNED) return false;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return false;
    }
    if (url.protocol !== 'https:' || !isAllowedHost(url, this.navigationOnly)) return false;
    const host = hostKeyOf(url);
    if (this.learned.includes(host)) return false;
    this.learned.push(host);
    return true;
  }

  /** The HTML5 client loaded: the join is over, nothing more is learned for this room. */
  meetingLoaded(): void {
    this.joined = true;
  }
}

function hostOf(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.username === '' && url.password === '' ? hostKeyOf(url) : null;
  } catch {
    return null;
  }
}
