/**
 * Which room links from a feed the app will open. A feed is untrusted: a link
 * must be https, carry no credentials, and must not be a per-user BBB join
 * link (those embed a checksum or session token that admits one person).
 */

export type RoomUrlVerdict = { ok: true; url: string } | { ok: false; reason: string };

/** Query keys and paths that mark a personal, credential-bearing BBB link. */
const CREDENTIAL_PATHS = [/\/bigbluebutton\/api\//i, /\/html5client\//i];
const CREDENTIAL_PARAMS = ['checksum', 'sessiontoken', 'password', 'pwd', 'token'];

export function checkRoomUrl(raw: string): RoomUrlVerdict {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, reason: 'not a valid URL' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: `uses ${url.protocol.replace(':', '')}, not https` };
  if (url.username || url.password) return { ok: false, reason: 'carries a user name or password' };
  if (CREDENTIAL_PATHS.some((pattern) => pattern.test(url.pathname))) {
    return { ok: false, reason: 'is a personal BigBlueButton join link (it must not be shared in a feed)' };
  }
  const keys = [...url.searchParams.keys()].map((key) => key.toLowerCase());
  if (keys.some((key) => CREDENTIAL_PARAMS.includes(key))) {
    return { ok: false, reason: 'carries credentials in its query' };
  }
  return { ok: true, url: url.href };
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
