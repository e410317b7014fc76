/**
 * What changed between two versions of a programme, session by session,
 * matched on the stable session id. Attendees are told about sessions they
 * bookmarked; the feed checker shows organisers what their edit did.
 */
import type { Programme, Session } from './model';

/** 'removed' also covers sessions a feed cancels by dropping them; 'cancelled' is a feed marking one cancelled. */
export type ChangeKind = 'added' | 'removed' | 'moved-time' | 'moved-room' | 'retitled' | 'cancelled';

export interface SessionChange {
  sessionId: string;
  /** One kind for added/removed; any combination of moved-time, moved-room, retitled and cancelled otherwise. */
  kinds: ChangeKind[];
  before: Session | null;
  after: Session | null;
}

const sameRoom = (a: Session, b: Session): boolean => a.room.name === b.room.name && a.room.url === b.room.url;

function changedKinds(before: Session, after: Session): ChangeKind[] {
  const kinds: ChangeKind[] = [];
  if (before.start !== after.start || before.end !== after.end) kinds.push('moved-time');
  if (!sameRoom(before, after)) kinds.push('moved-room');
  if (before.title !== after.title) kinds.push('retitled');
  if (after.status === 'cancelled' && before.status !== 'cancelled') kinds.push('cancelled');
  return kinds;
}

/** Where a change sorts: by the time it concerns now (the old time for removals), then by id. */
const sortKey = (change: SessionChange): string => (change.after ?? change.before)?.start ?? '';

export function diffProgrammes(before: Programme, after: Programme): SessionChange[] {
  const old = new Map(before.sessions.map((s) => [s.id, s]));
  const current = new Map(after.sessions.map((s) => [s.id, s]));
  const changes: SessionChange[] = [];
  for (const [id, session] of current) {
    const previous = old.get(id);
    if (!previous) {
      changes.push({ sessionId: id, kinds: ['added'], before: null, after: session });
      continue;
    }
    const kinds = changedKinds(previous, session);
    if (kinds.length > 0) changes.push({ sessionId: id, kinds, before: previous, after: session });
  }
  for (const [id, session] of old) {
    if (!current.has(id)) changes.push({ sessionId: id, kinds: ['removed'], before: session, after: null });
  }
  return changes.sort((a, b) => sortKey(a).localeCompare(sortKey(b)) || (a.sessionId < b.sessionId ? -1 : a.sessionId > b.sessionId ? 1 : 0));
}

export const isMove = (change: SessionChange): boolean => change.kinds.includes('moved-time') || change.kinds.includes('moved-room');
