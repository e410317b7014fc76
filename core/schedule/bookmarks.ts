/** Pure operations on the BookmarkBook. The service persists the result of each. */
import type { Programme, Session } from '../programme/model';
import type { Bookmark, BookmarkBook, BookmarkChangeKind, SessionSnapshot } from './bookmark-model';
import { occurrenceId } from '../programme/ids';

export function snapshotOf(session: Session): SessionSnapshot {
  const snapshot = { title: session.title, start: session.start, end: session.end, roomName: session.room.name };
  return session.status === 'cancelled' ? { ...snapshot, cancelled: true } : snapshot;
}

const isFor = (feed: string, sessionId: string) => (b: Bookmark) => b.feed === feed && b.sessionId === sessionId;

export function bookmarksOf(book: BookmarkBook, feed: string): Bookmark[] {
  return book.bookmarks.filter((b) => b.feed === feed);
}

export function setBookmark(book: BookmarkBook, feed: string, session: Session, on: boolean, nowIso: string): BookmarkBook {
  const exists = book.bookmarks.some(isFor(feed, session.id));
  if (on === exists) return book;
  const bookmarks = on
    ? [...book.bookmarks, { sessionId: session.id, feed, addedAt: nowIso, snapshot: snapshotOf(session), flag: null }]
    : book.bookmarks.filter((b) => !isFor(feed, session.id)(b));
  return { ...book, bookmarks };
}

/** Removes a bookmark by id alone: the way to let go of a session that left the programme. */
export function removeBookmark(book: BookmarkBook, feed: string, sessionId: string): BookmarkBook {
  return { ...book, bookmarks: book.bookmarks.filter((b) => !isFor(feed, sessionId)(b)) };
}

function changeKinds(before: SessionSnapshot, after: Session | undefined): BookmarkChangeKind[] {
  if (!after) return ['removed'];
  const kinds: BookmarkChangeKind[] = [];
  if (before.start !== after.start || before.end !== after.end) kinds.push('moved-time');
  if (before.roomName !== after.room.name) kinds.push('moved-room');
  if (before.title !== after.title) kinds.push('retitled');
  if (after.status === 'cancelled' && !before.cancelled) kinds.push('cancelled');
  return kinds;
}

const sameSnapshot = (a: SessionSnapshot, b: SessionSnapshot): boolean =>
  a.title === b.title && a.start === b.start && a.end === b.end && a.roomName === b.roomName && a.cancelled === b.cancelled;

/** An occurrence id's series UID and original start ("uid#20240205T160000Z"), or null for any other id. */
function occurrenceParts(sessionId: string): { uid: string; startMs: number } | null {
  const match = /^(.+)#(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(sessionId);
  if (!match) return null;
  const [, uid = '', y, mo, d, h, mi, se] = match;
  const startMs = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${se}Z`);
  return Number.isFinite(startMs) ? { uid, startMs } : null;
}

/** How far a moved series may have moved for a bookmark to follow it: half a day, so it never jumps to another day's occurrence of a daily series. */
const SERIES_MOVE_LIMIT_MS = 12 * 3_600_000;

/** Occurrences by series UID, for bookmarks whose occurrence id changed. */
function occurrencesBySeries(sessions: ReadonlyMap<string, Session>): Map<string, { id: string; startMs: number }[]> {
  const bySeries = new Map<string, { id: string; startMs: number }[]>();
  for (const id of sessions.keys()) {
    const parts = occurrenceParts(id);
    if (parts) bySeries.set(parts.uid, [...(bySeries.get(parts.uid) ?? []), { id, startMs: parts.startMs }]);
  }
  return bySeries;
}

/**
 * Where a bookmark whose session left the programme went, if anywhere.
 * Repeating iCalendar events were once listed as one session under their UID;
 * a bookmark on that entry follows to the occurrence it showed (same original start).
 * An occurrence's id holds its original start, which changes when the organisers
 * move the whole series; a bookmark then follows to the nearest occurrence of the
 * same series within half a day (one nearest only: a tie stays put).
 * An occurrence already bookmarked, or taken by another bookmark, is never taken.
 */
function followedToOccurrence(bookmark: Bookmark, sessions: ReadonlyMap<string, Session>, claimed: Set<string>, bySeries: () => Map<string, { id: string; startMs: number }[]>): Bookmark {
  if (sessions.has(bookmark.sessionId)) return bookmark;
  const follow = (id: string | undefined): Bookmark => {
    if (id === undefined || !sessions.has(id) || claimed.has(id)) return bookmark;
    claimed.add(id);
    return { ...bookmark, sessionId: id };
  };
  const parts = occurrenceParts(bookmark.sessionId);
  if (!parts) {
    const startMs = Date.parse(bookmark.snapshot.start);
    return Number.isFinite(startMs) && !bookmark.sessionId.includes('#') ? follow(occurrenceId(bookmark.sessionId, startMs)) : bookmark;
  }
  const near = (bySeries().get(parts.uid) ?? [])
    .filter((o) => !claimed.has(o.id) && Math.abs(o.startMs - parts.startMs) <= SERIES_MOVE_LIMIT_MS)
    .sort((a, b) => Math.abs(a.startMs - parts.startMs) - Math.abs(b.startMs - parts.startMs));
  const [first, second] = near;
  if (!first || (second && Math.abs(second.startMs - parts.startMs) === Math.abs(first.startMs - parts.startMs))) return bookmark;
  return follow(first.id);
}

export interface Reconciled {
  book: BookmarkBook;
  /** Bookmarks whose flag is new or changed by this programme version: tell the attendee once. */
  newlyFlagged: string[];
}

/**
 * Compares the feed's bookmarks with a new programme. A change is measured
 * against what the attendee last acknowledged, so a session that moves and
 * moves back loses its flag, and one that moves twice keeps its first "before".
 */
export function reconcileBookmarks(book: BookmarkBook, feed: string, programme: Programme, nowIso: string): Reconciled {
  const sessions = new Map(programme.sessions.map((s) => [s.id, s]));
  const newlyFlagged: string[] = [];
  const claimed = new Set(bookmarksOf(book, feed).map((b) => b.sessionId));
  let series: Map<string, { id: string; startMs: number }[]> | null = null;
  const bySeries = () => (series ??= occurrencesBySeries(sessions));
  const bookmarks = book.bookmarks.map((kept) => {
    if (kept.feed !== feed) return kept;
    const bookmark = followedToOccurrence(kept, sessions, claimed, bySeries);
    const current = sessions.get(bookmark.sessionId);
    const acknowledged = bookmark.flag?.before ?? bookmark.snapshot;
    const kinds = changeKinds(acknowledged, current);
    const snapshot = current ? snapshotOf(current) : bookmark.snapshot;
    const sameAsKept = bookmark === kept && sameSnapshot(kept.snapshot, snapshot);
    if (kinds.length === 0) return sameAsKept && kept.flag === null ? kept : { ...bookmark, snapshot, flag: null };
    const previous = bookmark.flag;
    const unchanged = previous !== null && previous.kinds.join() === kinds.join() && sameSnapshot(bookmark.snapshot, snapshot);
    if (unchanged) return sameAsKept ? kept : { ...bookmark, snapshot };
    newlyFlagged.push(bookmark.sessionId);
    return { ...bookmark, snapshot, flag: { kinds, before: acknowledged, noticedAt: nowIso, seen: false } };
  });
  // The same object when nothing changed, so the service neither saves nor announces a refresh that changed nothing.
  const changed = bookmarks.some((bookmark, index) => bookmark !== book.bookmarks[index]);
  return { book: changed ? { ...book, bookmarks } : book, newlyFlagged };
}

/**
 * The attendee dismissed the notice for these bookmarks. A moved or renamed
 * session's current state becomes the acknowledged one; a removed session stays
 * flagged (it is still not in the programme) but is not announced again.
 */
export function acknowledgeFlags(book: BookmarkBook, feed: string, sessionIds: readonly string[]): BookmarkBook {
  const ids = new Set(sessionIds);
  return {
    ...book,
    bookmarks: book.bookmarks.map((b) => {
      if (b.feed !== feed || !ids.has(b.sessionId) || !b.flag) return b;
      return b.flag.kinds.includes('removed') ? { ...b, flag: { ...b.flag, seen: true } } : { ...b, flag: null };
    }),
  };
}

/**
 * When the attendee moves to another feed URL (the organisers moved the programme),
 * bookmarks follow wherever the new programme has the same session ids.
 */
export function moveBookmarksToFeed(book: BookmarkBook, fromFeed: string, toFeed: string, programme: Programme): BookmarkBook {
  if (fromFeed === toFeed) return book;
  const ids = new Set(programme.sessions.map((s) => s.id));
  const already = new Set(bookmarksOf(book, toFeed).map((b) => b.sessionId));
  return {
    ...book,
    bookmarks: book.bookmarks.map((b) => (b.feed === fromFeed && ids.has(b.sessionId) && !already.has(b.sessionId) ? { ...b, feed: toFeed } : b)),
  };
}
