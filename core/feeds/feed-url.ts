/** Which feed URLs the app fetches: https anywhere, plain http only on this machine (for organisers' local checks). */
import { isLoopbackHost, isSpecialHost } from './special-address';

export type FeedUrlVerdict = { ok: true; url: string } | { ok: false; reason: string };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Calendar apps hand out webcal:// and webcals:// for subscriptions; both are served over https. */
const CALENDAR_SCHEMES = /^\s*webcals?:\/\//i;

/** Redirects a feed request follows at most, in the app and in the checker alike. */
export const MAX_REDIRECTS = 5;

export function checkFeedUrl(raw: string): FeedUrlVerdict {
  let url: URL;
  try {
    url = new URL(raw.trim().replace(CALENDAR_SCHEMES, 'https://'));
  } catch {
    return { ok: false, reason: 'That is not a web address.' };
  }
  if (url.username || url.password) return { ok: false, reason: 'Feed addresses may not contain a user name or password.' };
  if (url.protocol === 'https:') return { ok: true, url: url.href };
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return { ok: true, url: url.href };
  return { ok: false, reason: 'Feed addresses must start with https:// (plain http only works for localhost).' };
}

/**
 * One redirect hop, checked before it is requested: the target must be a feed
 * address (above), and it must not lead to this machine or a private network
 * (a metadata endpoint, a router, an intranet), unless the feed itself is on
 * this machine and so is the target (an organiser's local test server).
 * `location` may be relative; it is resolved against `from`, the address that answered.
 */
export function checkRedirect(feedUrl: string, from: string, location: string): FeedUrlVerdict {
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    return { ok: false, reason: 'the server redirected to something that is not a web address' };
  }
  const verdict = checkFeedUrl(target.href);
  if (!verdict.ok) return { ok: false, reason: `the server redirected to an address the app does not fetch: ${verdict.reason}` };
  const host = new URL(verdict.url).hostname;
  const localTest = isLoopbackHost(new URL(feedUrl).hostname) && isLoopbackHost(host);
  if (isSpecialHost(host) && !localTest) {
    return { ok: false, reason: 'the server redirected to this computer or a private network address, which the app never fetches' };
  }
  return verdict;
}
