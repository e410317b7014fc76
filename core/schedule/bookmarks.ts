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

/**
 * Repeating iCalendar events were once listed as one session under their UID;
 * each occurrence now has its own id. A bookmark on the old entry follows to
 * the occurrence it showed (same original start), unless that is bookmarked too.
 */
function followedToOccurrence(bookmark: Bookmark, sessions: ReadonlyMap<string, Session>, held: ReadonlySet<string>): Bookmark {
  if (sessions.has(bookmark.sessionId) || bookmark.sessionId.includes('#')) return bookmark;
  const startMs = Date.parse(bookmark.snapshot.start);
  if (!Number.isFinite(startMs)) return bookmark;
  const id = occurrenceId(bookmark.sessionId, startMs);
  return sessions.has(id) && !held.has(id) ? { ...bookmark, sessionId: id } : bookmark;
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
  const held = new Set(bookmarksOf(book, feed).map((b) => b.sessionId));
  const bookmarks = book.bookmarks.map((kept) => {
    if (kept.feed !== feed) return kept;
    const bookmark = followedToOccurrence(kept, sessions, held);
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
