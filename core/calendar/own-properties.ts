/**
 * The properties the export writes itself instead of through ical-generator:
 * DESCRIPTION (escaped and folded fast, see content-line.ts), and the URI
 * values URL and CONFERENCE (RFC 7986), which are not TEXT and so must not be
 * backslash-escaped: a URI is written as it is, or not at all.
 */
import type { Session } from '../programme/model';
import { escapeText, foldLine } from './content-line';
import { descriptionOf, joinLink, oneLine, sessionUrl } from './event-text';

/** Printable ASCII without space, quote, angle brackets, backslash, caret, backtick or braces: safe in a content line as is. */
const PLAIN_URI = /^[!#-;=?-[\]_a-z~]+$/i;
/** An http(s) URL with a host: what the URL standard would also accept for a plain link. */
const HTTP_URL = /^https?:\/\/[a-z0-9.-]+(?::\d+)?(?:[/?#]|$)/i;

/**
 * A link as a URI value: verbatim when it is already plain ASCII (so `,` and `;`
 * stay what the feed wrote), else as the URL standard serialises it (which
 * percent-encodes spaces and non-ASCII and drops tabs and line breaks); null
 * for anything that is not an http(s) URL.
 */
export function uriValue(link: string): string | null {
  // The common case costs no URL parse: this runs twice for every session of a big export.
  if (PLAIN_URI.test(link) && HTTP_URL.test(link)) return link;
  let parsed: URL;
  try {
    parsed = new URL(link);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return PLAIN_URI.test(parsed.href) ? parsed.href : null;
}

/** A quoted parameter value (RFC 5545 §3.2 with RFC 6868's caret encoding for ^ and "). */
const quotedParameter = (text: string): string => `"${oneLine(text).replace(/\^/g, '^^').replace(/"/g, "^'")}"`;

/** Folded content lines for one event: DESCRIPTION, URL when it has one, CONFERENCE when it has a join link. */
export function ownProperties(session: Session, displayZone: string | null | undefined): string[] {
  const lines = [foldLine(`DESCRIPTION:${escapeText(descriptionOf(session, displayZone))}`)];
  const page = sessionUrl(session);
  const url = page === null ? null : uriValue(page);
  if (url !== null) lines.push(foldLine(`URL:${url}`));
  const join = joinLink(session);
  const room = join === null ? null : uriValue(join);
  if (room !== null) {
    const label = quotedParameter(session.room.name || 'Join the room');
    lines.push(foldLine(`CONFERENCE;VALUE=URI;FEATURE=VIDEO,AUDIO;LABEL=${label}:${room}`));
  }
  return lines;
}
