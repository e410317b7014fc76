/**
 * Reads whatever a store holds into the current BookmarkBook, migrating older
 * versions and keeping every entry that still makes sense. A damaged entry is
 * dropped alone; the rest survive.
 */
import type { Bookmark, BookmarkBook, BookmarkChangeKind, BookmarkFlag, SessionSnapshot } from './bookmark-model';
import { BOOKMARKS_VERSION, BUNDLED_FEED } from './bookmark-model';

export interface MigrationResult {
  book: BookmarkBook;
  /** Entries that could not be read. */
  dropped: number;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isInstant = (v: unknown): v is string => isString(v) && !Number.isNaN(Date.parse(v));
const KINDS: readonly BookmarkChangeKind[] = ['moved-time', 'moved-room', 'retitled', 'removed', 'cancelled'];

function readSnapshot(v: unknown): SessionSnapshot | null {
  if (!isObject(v) || !isString(v.title) || !isInstant(v.start) || !isInstant(v.end)) return null;
  const snapshot = { title: v.title, start: v.start, end: v.end, roomName: isString(v.roomName) ? v.roomName : '' };
  return v.cancelled === true ? { ...snapshot, cancelled: true } : snapshot;
}

function readFlag(v: unknown): BookmarkFlag | null {
  if (!isObject(v) || !Array.isArray(v.kinds)) return null;
  const before = readSnapshot(v.before);
  const kinds = v.kinds.filter((k): k is BookmarkChangeKind => KINDS.includes(k as BookmarkChangeKind));
  if (!before || kinds.length === 0) return null;
  return { kinds, before, noticedAt: isInstant(v.noticedAt) ? v.noticedAt : new Date(0).toISOString(), seen: v.seen === true };
}

function readBookmark(v: unknown): Bookmark | null {
  if (!isObject(v) || !isString(v.sessionId) || v.sessionId === '') return null;
  const snapshot = readSnapshot(v.snapshot);
  if (!snapshot) return null;
  return {
    sessionId: v.sessionId,
    feed: isString(v.feed) && v.feed !== '' ? v.feed : BUNDLED_FEED,
    addedAt: isInstant(v.addedAt) ? v.addedAt : snapshot.start,
    snapshot,
    flag: readFlag(v.flag),
  };
}

/**
 * Version 1 (the first release) stored `{ version: 1, items: { [feed]: { [sessionId]: { title, start, end, room, added } } } }`.
 * Version 2 flattens it into a list with snapshots and flags.
 */
function fromVersion1(items: unknown): unknown[] {
  if (!isObject(items)) return [];
  return Object.entries(items).flatMap(([feed, sessions]) =>
    isObject(sessions)
      ? Object.entries(sessions).map(([sessionId, s]) => {
          const old = isObject(s) ? s : {};
          return { sessionId, feed, addedAt: old.added, snapshot: { title: old.title, start: old.start, end: old.end, roomName: old.room }, flag: null };
        })
      : [],
  );
}

export function migrateBookmarks(stored: unknown): MigrationResult {
  if (stored === undefined || stored === null) return { book: { version: BOOKMARKS_VERSION, bookmarks: [] }, dropped: 0 };
  let raw: unknown[] = [];
  if (isObject(stored) && stored.version === 1) raw = fromVersion1(stored.items);
  else if (isObject(stored) && Array.isArray(stored.bookmarks)) raw = stored.bookmarks;
  else return { book: { version: BOOKMARKS_VERSION, bookmarks: [] }, dropped: 1 };

  const seen = new Set<string>();
  const bookmarks: Bookmark[] = [];
  let dropped = 0;
  for (const entry of raw) {
    const bookmark = readBookmark(entry);
    const key = bookmark ? `${bookmark.feed}\u0000${bookmark.sessionId}` : '';
    if (!bookmark || seen.has(key)) {
      dropped += bookmark ? 0 : 1;
      continue;
    }
    seen.add(key);
    bookmarks.push(bookmark);
  }
  return { book: { version: BOOKMARKS_VERSION, bookmarks }, dropped };
}
