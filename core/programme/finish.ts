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

/**
 * Parsers write instants with toIsoInstant: same-length four-digit-year forms
 * order as text, so most sessions need no Date.parse here.
 */
function endsBeforeStart({ start, end }: Session): boolean {
  const comparableAsText = start.length === end.length && /^\d/.test(start) && /^\d/.test(end);
  return comparableAsText ? end < start : Date.parse(end) < Date.parse(start);
}

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

/**
 * Whether two sessions share an id: one sorted copy of the ids, which costs a
 * tenth of the memory of a table of them (a big feed's parse is paid mostly in
 * garbage collection, so memory is time here). Feeds with duplicates are rare.
 */
function hasDuplicateIds(sessions: readonly Session[]): boolean {
  const ids = sessions.map((session) => session.id).sort(compareText);
  for (let i = 1; i < ids.length; i++) if (ids[i] === ids[i - 1]) return true;
  return false;
}

/** Renames the second and later holders of an id ("a~2", "a~3"), in place, never onto an id in use. */
function renameDuplicateIds(sessions: Session[], warnings: FeedWarning[]): void {
  if (!hasDuplicateIds(sessions)) return;
  // Every id handed out so far, with how often the feed itself used it (0 for a renamed duplicate
  // such as "a~2", which must not collide with an id the feed uses later).
  const uses = new Map<string, number>();
  sessions.forEach((session, index) => {
    const count = uses.get(session.id);
    uses.set(session.id, (count ?? 0) + 1);
    if (count === undefined) return;
    warnings.push({ message: `duplicate id "${session.id}" ("${session.title}"); kept both`, at: `session ${session.id}` });
    let suffix = count + 1;
    while (uses.has(`${session.id}~${suffix}`)) suffix += 1;
    const renamed = { ...session, id: `${session.id}~${suffix}` };
    uses.set(renamed.id, 0);
    sessions[index] = renamed;
  });
}

export function finishProgramme(format: FeedFormat, draft: Programme, warnings: FeedWarning[]): ParseResult {
  const sessions = draft.sessions.map((session) =>
    session.id ? session : { ...session, id: derivedSessionId(session.title, session.start, session.room.name) },
  );
  renameDuplicateIds(sessions, warnings);
  const verdicts = new Map<string, RoomUrlVerdict>();
  for (let i = 0; i < sessions.length; i++) {
    let session = sessions[i] as Session;
    if (endsBeforeStart(session)) {
      warnings.push({ message: `"${session.title}" ends before it starts; treated as zero length`, at: `session ${session.id}` });
      session = { ...session, end: session.start };
    }
    sessions[i] = checkRoom(session, warnings, verdicts);
  }
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
