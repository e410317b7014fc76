/** Which feed URLs the app fetches: https anywhere, plain http only on this machine (for organisers' local checks). */
export type FeedUrlVerdict = { ok: true; url: string } | { ok: false; reason: string };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function checkFeedUrl(raw: string): FeedUrlVerdict {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, reason: 'That is not a web address.' };
  }
  if (url.username || url.password) return { ok: false, reason: 'Feed addresses may not contain a user name or password.' };
  if (url.protocol === 'https:') return { ok: true, url: url.href };
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return { ok: true, url: url.href };
  return { ok: false, reason: 'Feed addresses must start with https:// (plain http only works for localhost).' };
}
