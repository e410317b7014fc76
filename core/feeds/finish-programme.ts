/**
 * The checks and clean-up every parser shares, so that each format module only
 * maps its own shape: ids, duplicates, end before start, room links, ordering.
 */
import type { FeedWarning, Programme, Session } from '../programme/model';
import type { FeedFormat, ParseResult } from './types';
import { contentSuffix, derivedSessionId } from '../programme/ids';
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

/** Content order among sessions that share an id: the feed's order must not decide who is who. */
const byContent = (a: Session, b: Session): number =>
  compareText(a.start, b.start) || compareText(a.title, b.title) || compareText(a.room.name, b.room.name) || compareText(a.end, b.end);

/**
 * Gives every holder of a shared id but the first (by start, then title) the id
 * "<id>~<hash of title and start>", in place, never onto an id the feed uses.
 * Derived from content, not position, so a reordered feed keeps each UID and
 * bookmark on its own session, and a new duplicate moves no other one.
 */
function renameDuplicateIds(sessions: Session[], warnings: FeedWarning[]): void {
  if (!hasDuplicateIds(sessions)) return;
  const holders = new Map<string, number[]>();
  sessions.forEach((session, index) => {
    const list = holders.get(session.id);
    if (list) list.push(index);
    else holders.set(session.id, [index]);
  });
  const taken = new Set(holders.keys());
  const shared = [...holders].filter(([, list]) => list.length > 1).sort(([a], [b]) => compareText(a, b));
  for (const [id, list] of shared) {
    const [, ...others] = list.map((index) => ({ index, session: sessions[index] as Session })).sort((a, b) => byContent(a.session, b.session));
    for (const { index, session } of others) {
      warnings.push({ message: `duplicate id "${id}" ("${session.title}"); kept both`, at: `session ${id}` });
      const base = `${id}~${contentSuffix(session.title, session.start)}`;
      let renamed = base;
      // Sessions equal in title and start (a feed listing one slot twice) are told apart in content order.
      for (let n = 2; taken.has(renamed); n++) renamed = `${base}-${n}`;
      taken.add(renamed);
      sessions[index] = { ...session, id: renamed };
    }
  }
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
