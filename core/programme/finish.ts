/**
 * The checks and clean-up every parser shares, so that each format module only
 * maps its own shape: ids, duplicates, end before start, room links, ordering.
 */
import type { FeedWarning, Programme, Session } from './model';
import type { FeedFormat, ParseResult } from '../feeds/types';
import { derivedSessionId } from './ids';
import { checkRoomUrl, describeRoomUrl } from '../rooms/room-url';
import type { RoomUrlVerdict } from '../rooms/room-url';
import { dateInZone } from '../time/zoned';

/** Code-unit order: ISO instants sort correctly, and it is many times faster than localeCompare. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function checkRoom(session: Session, warnings: FeedWarning[], verdicts: Map<string, RoomUrlVerdict>): Session {
  if (session.room.url === null) return session;
  if (session.room.url === '') return { ...session, room: { ...session.room, url: null } };
  // Rooms repeat across a programme: check each link once.
  let verdict = verdicts.get(session.room.url);
  if (!verdict) {
    verdict = checkRoomUrl(session.room.url);
    verdicts.set(session.room.url, verdict);
  }
  if (verdict.ok) return verdict.url === session.room.url ? session : { ...session, room: { ...session.room, url: verdict.url } };
  warnings.push({
    message: `room link of "${session.title}" rejected: ${describeRoomUrl(session.room.url)} ${verdict.reason}`,
    at: `session ${session.id}`,
  });
  return { ...session, room: { ...session.room, url: null } };
}

export function finishProgramme(format: FeedFormat, draft: Programme, warnings: FeedWarning[]): ParseResult {
  const seen = new Map<string, number>();
  // Ids handed out so far: a renamed duplicate ("a~2") must not collide with an id the feed itself uses.
  const taken = new Set<string>();
  const verdicts = new Map<string, RoomUrlVerdict>();
  const sessions = draft.sessions.map((original) => {
    let session = original;
    if (!session.id) session = { ...session, id: derivedSessionId(session.title, session.start, session.room.name) };
    const count = seen.get(session.id) ?? 0;
    seen.set(session.id, count + 1);
    if (count > 0 || taken.has(session.id)) {
      warnings.push({ message: `duplicate id "${session.id}" ("${session.title}"); kept both`, at: `session ${session.id}` });
      let suffix = count + 1;
      while (taken.has(`${session.id}~${suffix}`)) suffix += 1;
      session = { ...session, id: `${session.id}~${suffix}` };
    }
    taken.add(session.id);
    if (Date.parse(session.end) < Date.parse(session.start)) {
      warnings.push({ message: `"${session.title}" ends before it starts; treated as zero length`, at: `session ${session.id}` });
      session = { ...session, end: session.start };
    }
    return checkRoom(session, warnings, verdicts);
  });
  sessions.sort((a, b) => compareText(a.start, b.start) || compareText(a.room.name, b.room.name) || compareText(a.title, b.title));

  const zone = draft.conference.timeZone;
  const first = sessions[0];
  const last = sessions.reduce<Session | undefined>((latest, s) => (!latest || s.end > latest.end ? s : latest), undefined);
  const conference = {
    ...draft.conference,
    start: draft.conference.start || (first ? dateInZone(Date.parse(first.start), zone) : ''),
    end: draft.conference.end || (last ? dateInZone(Date.parse(last.end), zone) : ''),
  };
  return { format, programme: { ...draft, conference, sessions }, warnings };
}
