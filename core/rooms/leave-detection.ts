/**
 * When BBB is done with the attendee. Leaving or ending a meeting sends the
 * HTML5 client to the meeting's logout URL: with Greenlight v2 that is
 * /b/<room>/logout, with Greenlight v3 and most front ends it is the room page
 * or the front end's home, and BBB's own default is the server root. So the
 * reliable signal is the top-level page leaving the HTML5 client; an explicit
 * logout or sign-out path counts as well. The room window then closes itself.
 */

const CLIENT_PATH = /^\/html5client(\/|$)/i;
const LOGOUT_PATH = /\/(logout|log-out|log_out|signout|sign-out|sign_out)\/?$/i;

/** A page of BBB's HTML5 client, where the meeting itself runs. */
export function isMeetingClientUrl(raw: string): boolean {
  const url = parse(raw);
  return url !== null && url.protocol === 'https:' && CLIENT_PATH.test(url.pathname);
}

/**
 * True when a top-level navigation to `nextUrl` means the attendee left.
 * `wasInMeeting`: the window showed the HTML5 client at some point before.
 */
export function isLeaveNavigation(nextUrl: string, wasInMeeting: boolean): boolean {
  const url = parse(nextUrl);
  if (url === null) return false;
  if (LOGOUT_PATH.test(url.pathname)) return true;
  return wasInMeeting && !isMeetingClientUrl(nextUrl);
}

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
