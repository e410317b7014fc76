import { describe, expect, it } from 'vitest';
import type { Programme, Session } from '../../../core/programme/model';
import { makeProgramme, makeSession } from '../support/model';
import { acknowledgeFlags, bookmarksOf, moveBookmarksToFeed, reconcileBookmarks, removeBookmark, setBookmark } from '../../../core/schedule/bookmarks';
import { EMPTY_BOOK } from '../../../core/schedule/bookmark-model';
import { migrateBookmarks } from '../../../core/schedule/bookmark-migrations';

const session = (id: string, start: string, end: string, extra: Partial<Session> = {}): Session => makeSession({ id, start, end, ...extra });

const programme = (...sessions: Session[]): Programme => makeProgramme(sessions, 'T');

const a = session('a', '2024-02-05T10:30:00Z', '2024-02-05T11:00:00Z');
const b = session('b', '2024-02-05T12:00:00Z', '2024-02-05T13:00:00Z');
const FEED = 'https://feed.example.org/schedule.xml';
const T0 = '2024-02-01T08:00:00Z';
const T1 = '2024-02-02T08:00:00Z';

describe('bookmarks', () => {
  it('reconciles to the very same book when the programme changed nothing, and to a new one when it did', () => {
    const book = setBookmark(EMPTY_BOOK, FEED, a, true, T0);
    expect(reconcileBookmarks(book, FEED, programme(a, b), T1).book).toBe(book);
    const moved = reconcileBookmarks(book, FEED, programme({ ...a, start: b.start, end: b.end }), T1).book;
    expect(moved).not.toBe(book);
    expect(reconcileBookmarks(moved, FEED, programme({ ...a, start: b.start, end: b.end }), T1).book).toBe(moved);
  });

  it('adds and removes by feed and session id, idempotently', () => {
    let book = setBookmark(EMPTY_BOOK, FEED, a, true, T0);
    expect(setBookmark(book, FEED, a, true, T1)).toBe(book);
    book = setBookmark(book, 'bundled', a, true, T0);
    expect(bookmarksOf(book, FEED)).toEqual([
      { sessionId: 'a', feed: FEED, addedAt: T0, snapshot: { title: 'Session a', start: a.start, end: a.end, roomName: 'Room A' }, flag: null },
    ]);
    book = removeBookmark(book, FEED, 'a');
    expect(bookmarksOf(book, FEED)).toEqual([]);
    expect(bookmarksOf(book, 'bundled')).toHaveLength(1);
  });

  it('flags a moved session, keeps a removed one, and tells each change once', () => {
    let book = setBookmark(setBookmark(EMPTY_BOOK, FEED, a, true, T0), FEED, b, true, T0);
    const moved = { ...a, start: '2024-02-05T11:00:00Z', end: '2024-02-05T11:30:00Z', room: { ...a.room, name: 'Room B' } };
    const first = reconcileBookmarks(book, FEED, programme(moved), T1);
    expect(first.newlyFlagged).toEqual(['a', 'b']);
    const [flaggedA, flaggedB] = bookmarksOf(first.book, FEED);
    expect(flaggedA?.flag).toEqual({ kinds: ['moved-time', 'moved-room'], before: { title: 'Session a', start: a.start, end: a.end, roomName: 'Room A' }, noticedAt: T1, seen: false });
    expect(flaggedA?.snapshot.start).toBe(moved.start);
    expect(flaggedB?.flag?.kinds).toEqual(['removed']);
    expect(flaggedB?.snapshot.title).toBe('Session b');

    // The same programme again: nothing new to tell.
    expect(reconcileBookmarks(first.book, FEED, programme(moved), '2024-02-03T08:00:00Z').newlyFlagged).toEqual([]);

    // Dismissing: the move is accepted; the removal stays flagged but quiet.
    book = acknowledgeFlags(first.book, FEED, ['a', 'b']);
    expect(bookmarksOf(book, FEED).map((x) => x.flag)).toEqual([null, expect.objectContaining({ kinds: ['removed'], seen: true })]);
    expect(reconcileBookmarks(book, FEED, programme(moved), '2024-02-03T08:00:00Z').newlyFlagged).toEqual([]);
  });

  it('clears a flag when the session moves back, and keeps the first "before" across two moves', () => {
    const book = setBookmark(EMPTY_BOOK, FEED, a, true, T0);
    const once = reconcileBookmarks(book, FEED, programme({ ...a, start: '2024-02-05T11:00:00Z' }), T1).book;
    const twice = reconcileBookmarks(once, FEED, programme({ ...a, start: '2024-02-05T11:30:00Z' }), T1).book;
    expect(bookmarksOf(twice, FEED)[0]?.flag?.before.start).toBe(a.start);
    const back = reconcileBookmarks(twice, FEED, programme(a), T1).book;
    expect(bookmarksOf(back, FEED)[0]?.flag).toBeNull();
  });

  it('follows the sessions to a new feed address', () => {
    const book = setBookmark(setBookmark(EMPTY_BOOK, FEED, a, true, T0), FEED, b, true, T0);
    const moved = moveBookmarksToFeed(book, FEED, 'https://new.example.org/feed.json', programme(a));
    expect(bookmarksOf(moved, 'https://new.example.org/feed.json').map((x) => x.sessionId)).toEqual(['a']);
    // b is not in the new programme: it stays with the old feed, not lost.
    expect(bookmarksOf(moved, FEED).map((x) => x.sessionId)).toEqual(['b']);
  });
});

describe('bookmark storage migrations', () => {
  it('reads version 1 files into version 2', () => {
    const v1 = { version: 1, items: { bundled: { 'glc24-001': { title: 'Opening', start: a.start, end: a.end, room: 'Plenary', added: T0 } } } };
    expect(migrateBookmarks(v1)).toEqual({
      book: {
        version: 2,
        bookmarks: [{ sessionId: 'glc24-001', feed: 'bundled', addedAt: T0, snapshot: { title: 'Opening', start: a.start, end: a.end, roomName: 'Plenary' }, flag: null }],
      },
      dropped: 0,
    });
  });

  it('keeps every readable entry and counts the damaged ones', () => {
    const good = { sessionId: 'a', feed: FEED, addedAt: T0, snapshot: { title: 'A', start: a.start, end: a.end, roomName: '' }, flag: null };
    const result = migrateBookmarks({ version: 2, bookmarks: [good, { sessionId: 7 }, 'garbage', { ...good }, { ...good, snapshot: { title: 'x', start: 'never' } }] });
    expect(result.book.bookmarks).toEqual([good]);
    expect(result.dropped).toBe(3);
  });

  it('treats an unknown shape as damaged, and nothing as empty', () => {
    expect(migrateBookmarks('{"broken')).toMatchObject({ book: { bookmarks: [] }, dropped: 1 });
    expect(migrateBookmarks(undefined)).toMatchObject({ book: { bookmarks: [] }, dropped: 0 });
  });
});
