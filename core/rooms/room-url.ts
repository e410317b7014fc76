/**
 * Which room links from a feed the app will open. A feed is untrusted: a link
 * must be https, carry no credentials, and must not be a per-user BBB join
 * link (those embed a checksum or session token that admits one person).
 * Reasons never quote the link's query or fragment: that is where credentials sit,
 * and reasons end up in warnings and logs.
 */

export type RoomUrlVerdict = { ok: true; url: string } | { ok: false; reason: string };

/** The room page shapes we recognise; anything else https and credential-free is a plain BBB front-end page. */
export type RoomUrlShape = 'greenlight-v3' | 'greenlight-v2' | 'bbb-front-end';

/** Paths of the BBB API and the HTML5 client: only ever reached with a personal, signed join link. */
const CREDENTIAL_PATHS = [/(^|\/)bigbluebutton\/api(\/|$)/i, /(^|\/)html5client(\/|$)/i];
/** Query or fragment keys that carry a secret (compared lower case, without - and _). */
const CREDENTIAL_KEYS = new Set(['checksum', 'sessiontoken', 'password', 'pwd', 'token', 'authtoken', 'accesstoken', 'moderatorpw', 'attendeepw', 'secret']);
/** Longer than any real room link; a feed that sends more is not sending a room link. */
const MAX_LENGTH = 2048;

/** /rooms/abc-def-ghi-jkl/join, or /rooms/<friendly id> on instances that allow custom ids. */
const GREENLIGHT_V3 = /^\/rooms\/[\w-]{1,64}(\/join)?\/?$/i;
/** /b/abc-def-ghi or /b/<slug>. */
const GREENLIGHT_V2 = /^\/b\/[\w-]{1,64}\/?$/i;

export function checkRoomUrl(raw: string): RoomUrlVerdict {
  if (typeof raw !== 'string' || raw.length > MAX_LENGTH) return { ok: false, reason: 'is not a room link of a sensible length' };
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, reason: 'not a valid URL' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: `uses ${describeScheme(url.protocol)}, not https` };
  if (url.username || url.password) return { ok: false, reason: 'carries a user name or password' };
  if (CREDENTIAL_PATHS.some((pattern) => pattern.test(decodedPath(url)))) {
    return { ok: false, reason: 'is a personal BigBlueButton join link (it must not be shared in a feed)' };
  }
  if (hasCredentialKey(url.searchParams) || hasCredentialKey(new URLSearchParams(url.hash.slice(1)))) {
    return { ok: false, reason: 'carries credentials in its query or fragment' };
  }
  return { ok: true, url: url.href };
}

/** Which front end a room link (already accepted by checkRoomUrl) points at. */
export function roomUrlShape(raw: string): RoomUrlShape {
  const path = new URL(raw).pathname;
  if (GREENLIGHT_V3.test(path)) return 'greenlight-v3';
  if (GREENLIGHT_V2.test(path)) return 'greenlight-v2';
  return 'bbb-front-end';
}

/** A room link safe to show in messages: host and path only, never the query. */
export function describeRoomUrl(raw: string): string {
  try {
    const url = new URL(raw.trim());
    return `${url.protocol}//${url.host}${url.pathname}`;
  } catch {
    return '(unreadable link)';
  }
}

/** Percent-decoded and with repeated slashes collapsed, so %2F and // cannot hide the API path. */
function decodedPath(url: URL): string {
  let path = url.pathname;
  for (let round = 0; round < 3; round++) {
    try {
      const decoded = decodeURIComponent(path);
      if (decoded === path) break;
      path = decoded;
    } catch {
      break;
    }
  }
  return path.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
}

function hasCredentialKey(params: URLSearchParams): boolean {
  for (const key of params.keys()) {
    if (CREDENTIAL_KEYS.has(key.toLowerCase().replace(/[-_]/g, ''))) return true;
  }
  return false;
}

/** Only the scheme name, and only when it looks like one: a reason must never echo arbitrary feed text. */
function describeScheme(protocol: string): string {
  const name = protocol.replace(/:$/, '');
  return /^[a-z][a-z0-9+.-]{0,15}$/i.test(name) ? name : 'another scheme';
}
