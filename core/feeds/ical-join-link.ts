/**
 * Where an iCalendar event keeps its BigBlueButton room link. Conference
 * tools write it as LOCATION or CONFERENCE (RFC 7986); calendars exported from
 * Google and Outlook keep it in URL, X-GOOGLE-CONFERENCE or the DESCRIPTION
 * text. The first allowed link in that order wins. A field whose whole value
 * is a link (LOCATION, CONFERENCE) may name any room front end; a link found
 * elsewhere is taken only when it has a BigBlueButton room path, since those
 * places also hold event pages and other meeting services.
 */
import { checkRoomUrl, describeRoomUrl, roomUrlShape } from '../rooms/room-url';

export interface JoinLinkFields {
  location: string;
  url: string;
  conference: string;
  googleConference: string;
  description: string;
}

export interface JoinLink {
  url: string;
  /** True when LOCATION itself was the link (so it names no room). */
  fromLocation: boolean;
}

/** https links in free text, up to white space or a character that ends a link in prose. */
const LINK_IN_TEXT = /https:\/\/[^\s<>"'()[\]{}]+/gi;
/** Links looked at per event: a description is feed text of any length. */
const MAX_LINKS_PER_EVENT = 50;
const WHOLE_LINK = /^https?:\/\/\S+$/i;
/** What a link inside text must contain to be a room link (or a personal join link, to warn about). */
const ROOM_HINT = /https:\/\/[^\s]*(?:\/rooms\/|\/b\/|bigbluebutton|html5client)/i;

interface Candidate {
  url: string;
  field: string;
  anyFrontEnd: boolean;
}

function candidatesOf(fields: JoinLinkFields): Candidate[] {
  const found: Candidate[] = [];
  const add = (text: string, field: string, wholeMayBeAny: boolean): void => {
    const value = text.trim();
    if (value === '') return;
    if (WHOLE_LINK.test(value)) {
      found.push({ url: value, field, anyFrontEnd: wholeMayBeAny });
      return;
    }
    // Most descriptions hold no room link at all: skip the link scan unless one could be there.
    if (!ROOM_HINT.test(value)) return;
    for (const match of value.matchAll(LINK_IN_TEXT)) {
      if (found.length >= MAX_LINKS_PER_EVENT) return;
      // Prose ends sentences after links: a trailing full stop or comma is not part of the link.
      found.push({ url: match[0].replace(/[.,;:!?]+$/, ''), field, anyFrontEnd: false });
    }
  };
  add(fields.location, 'LOCATION', true);
  add(fields.url, 'URL', false);
  add(fields.conference, 'CONFERENCE', true);
  add(fields.googleConference, 'X-GOOGLE-CONFERENCE', false);
  add(fields.description, 'DESCRIPTION', false);
  return found;
}

const isRoomPath = (url: string): boolean => roomUrlShape(url) !== 'bbb-front-end';

/** The room link, and a reason for each link that looked like one but was refused (never quoting its query). */
export function joinLinkOf(fields: JoinLinkFields): { link: JoinLink | null; refused: string[] } {
  const refused: string[] = [];
  for (const candidate of candidatesOf(fields)) {
    const verdict = checkRoomUrl(candidate.url);
    if (!verdict.ok) {
      if (candidate.anyFrontEnd || /\/(?:rooms|b)\/|bigbluebutton|html5client/i.test(candidate.url)) {
        refused.push(`${candidate.field} ${describeRoomUrl(candidate.url)} ${verdict.reason}`);
      }
      continue;
    }
    if (candidate.anyFrontEnd || isRoomPath(verdict.url)) {
      return { link: { url: verdict.url, fromLocation: candidate.field === 'LOCATION' && candidate.anyFrontEnd }, refused };
    }
  }
  return { link: null, refused };
}
