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
