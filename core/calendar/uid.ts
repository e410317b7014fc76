/**
 * Stable event UIDs: `<session id>@<feed host>`. The same session gets the same
 * UID in every export, so importing again updates the calendar entry.
 */

/** Host part for the bundled programme and for feeds read from a file. */
export const LOCAL_CALENDAR_HOST = 'golocal-companion.local';

/** The feed URL's host name (lower case, no port), or LOCAL_CALENDAR_HOST for no URL or a file. */
export function calendarHost(feedUrl: string | null): string {
  if (!feedUrl) return LOCAL_CALENDAR_HOST;
  try {
    const url = new URL(feedUrl);
    return /^https?:$/.test(url.protocol) && url.hostname ? url.hostname.toLowerCase() : LOCAL_CALENDAR_HOST;
  } catch {
    return LOCAL_CALENDAR_HOST;
  }
}

/** Session ids come from feeds: anything outside a safe set is percent-encoded so the UID needs no escaping. */
export function calendarUid(sessionId: string, feedUrl: string | null): string {
  const safeId = sessionId.replace(/[^A-Za-z0-9._~-]/gu, (ch) => encodeURIComponent(ch).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
  return `${safeId}@${calendarHost(feedUrl)}`;
}
