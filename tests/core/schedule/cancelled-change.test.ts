/** A bookmarked session the organisers cancel is a change the attendee is told about, once. */
import { describe, expect, it } from 'vitest';
import type { Programme, Session } from '../../../core/programme/model';
import { makeSession } from '../support/model';
import { diffProgrammes } from '../../../core/programme/diff';
import { acknowledgeFlags, reconcileBookmarks, setBookmark } from '../../../core/schedule/bookmarks';
import { migrateBookmarks } from '../../../core/schedule/bookmark-migrations';
import { BOOKMARKS_VERSION, type BookmarkBook } from '../../../core/schedule/bookmark-model';

const talk = makeSession({ id: 'talk', title: 'Talk', start: '2024-02-05T10:00:00Z', end: '2024-02-05T11:00:00Z' });
const cancelledTalk: Session = { ...talk, status: 'cancelled' };
const programmeOf = (sessions: Session[]): Programme => ({
  conference: { title: '', subtitle: '', timeZone: 'Europe/Vienna', start: '', end: '', url: '', isSample: false },
  version: '',
  sessions,
});
const NOW = '2024-02-01T00:00:00Z';
const empty: BookmarkBook = { version: BOOKMARKS_VERSION, bookmarks: [] };

describe('a session the feed cancels', () => {
  it('is a change of its own in What changed', () => {
    expect(diffProgrammes(programmeOf([talk]), programmeOf([cancelledTalk])).map((c) => c.kinds)).toEqual([['cancelled']]);
  });

  it('flags a bookmark once, and the flag survives storage', () => {
    const book = setBookmark(empty, 'feed', talk, true, NOW);
    const first = reconcileBookmarks(book, 'feed', programmeOf([cancelledTalk]), NOW);
    expect(first.newlyFlagged).toEqual(['talk']);
    expect(first.book.bookmarks[0]?.flag?.kinds).toEqual(['cancelled']);
    const stored = migrateBookmarks(JSON.parse(JSON.stringify(first.book)));
    expect(stored.book).toEqual(first.book);
    expect(reconcileBookmarks(stored.book, 'feed', programmeOf([cancelledTalk]), NOW).newlyFlagged).toEqual([]);
    const seen = acknowledgeFlags(first.book, 'feed', ['talk']);
    expect(reconcileBookmarks(seen, 'feed', programmeOf([cancelledTalk]), NOW).newlyFlagged).toEqual([]);
  });
});

describe('a bookmark made when repeating events were listed once', () => {
  it('follows to the first occurrence, whose id is the UID and its original start', () => {
    const old = makeSession({ id: 'series@google.com', title: 'Clinic', start: '2024-02-05T16:00:00Z', end: '2024-02-05T17:00:00Z' });
    const first = { ...old, id: 'series@google.com#20240205T160000Z' };
    const second = { ...old, id: 'series@google.com#20240212T160000Z', start: '2024-02-12T16:00:00Z', end: '2024-02-12T17:00:00Z' };
    const book = setBookmark(empty, 'feed', old, true, NOW);
    const { book: after, newlyFlagged } = reconcileBookmarks(book, 'feed', programmeOf([first, second]), NOW);
    expect(after.bookmarks.map((b) => [b.sessionId, b.flag])).toEqual([[first.id, null]]);
    expect(newlyFlagged).toEqual([]);
  });
});
