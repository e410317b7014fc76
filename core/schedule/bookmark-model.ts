/**
 * Bookmarks as they are stored. Each keeps a snapshot of the session as it was
 * last seen, so a session that moves or disappears can be flagged and still
 * shown, never silently dropped.
 */

/** What the attendee saw when they bookmarked, or at the last refresh. */
export interface SessionSnapshot {
  title: string;
  start: string;
  end: string;
  roomName: string;
  /** The feed had marked the session cancelled. */
  cancelled?: true;
}

export type BookmarkChangeKind = 'moved-time' | 'moved-room' | 'retitled' | 'removed' | 'cancelled';

/** A change to a bookmarked session that the attendee has not yet acknowledged. */
export interface BookmarkFlag {
  kinds: BookmarkChangeKind[];
  /** The session as it was before the change. */
  before: SessionSnapshot;
  /** When the change was noticed (ISO instant). */
  noticedAt: string;
  /** The attendee has been told and dismissed the notice (a removed session stays flagged, quietly). */
  seen: boolean;
}

export interface Bookmark {
  sessionId: string;
  /** The feed the bookmark belongs to: its URL, or "bundled". */
  feed: string;
  addedAt: string;
  snapshot: SessionSnapshot;
  flag: BookmarkFlag | null;
}

export const BOOKMARKS_VERSION = 2;

/** The stored shape, versioned so later releases can migrate it. */
export interface BookmarkBook {
  version: typeof BOOKMARKS_VERSION;
  bookmarks: Bookmark[];
}

export const EMPTY_BOOK: BookmarkBook = { version: BOOKMARKS_VERSION, bookmarks: [] };

export const BUNDLED_FEED = 'bundled';
