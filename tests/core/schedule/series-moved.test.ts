/**
 * An organiser moves a whole repeating series (Google Calendar: "all events"), so
 * every occurrence's original start, and with it its id, changes. A bookmark
 * follows to the same occurrence and is flagged as moved, instead of being lost.
 */
import { describe, expect, it } from 'vitest';
import type { Programme, Session } from '../../../core/programme/model';
import { makeSession } from '../support/model';
import { reconcileBookmarks, setBookmark } from '../../../core/schedule/bookmarks';
import { BOOKMARKS_VERSION, type BookmarkBook } from '../../../core/schedule/bookmark-model';

const NOW = '2027-01-01T00:00:00Z';
const empty: BookmarkBook = { version: BOOKMARKS_VERSION, bookmarks: [] };
const programmeOf = (sessions: Session[]): Programme => ({
  conference: { title: '', subtitle: '', timeZone: 'Europe/Vienna', start: '', end: '', url: '', isSample: false },
  version: '',
  sessions,
});
const weekly = (day: string, hhmm: string): Session => {
  const start = `2027-${day}T${hhmm.slice(0, 2)}:${hhmm.slice(2)}:00Z`;
  const end = new Date(Date.parse(start) + 3_600_000).toISOString().replace('.000', '');
  return makeSession({ id: `clinic@google.com#2027${day.replace('-', '')}T${hhmm}00Z`, title: 'Clinic', start, end });
};

describe('a bookmark on an occurrence of a series the organisers moved', () => {
  it('follows to the occurrence nearest its old start and is flagged as moved', () => {
    const before = [weekly('02-01', '0900'), weekly('02-08', '0900'), weekly('02-15', '0900')];
    const after = [weekly('02-01', '0930'), weekly('02-08', '0930'), weekly('02-15', '0930')];
    const book = setBookmark(setBookmark(empty, 'feed', before[1] as Session, true, NOW), 'feed', before[2] as Session, true, NOW);
    const { book: next, newlyFlagged } = reconcileBookmarks(book, 'feed', programmeOf(after), NOW);
    expect(next.bookmarks.map((b) => [b.sessionId, b.flag?.kinds])).toEqual([
      [after[1]?.id, ['moved-time']],
      [after[2]?.id, ['moved-time']],
    ]);
    expect(newlyFlagged).toEqual([after[1]?.id, after[2]?.id]);
  });

  it('stays on a removed occurrence when no other occurrence of the series is within 12 hours, or that one is bookmarked already', () => {
    const before = [weekly('02-01', '0900'), weekly('02-08', '0900')];
    const book = setBookmark(setBookmark(empty, 'feed', before[0] as Session, true, NOW), 'feed', before[1] as Session, true, NOW);
    // 02-08 dropped (EXDATE); 02-01 still there: neither bookmark may take the other's occurrence.
    const { book: next } = reconcileBookmarks(book, 'feed', programmeOf([before[0] as Session, weekly('02-15', '0900')]), NOW);
    expect(next.bookmarks.map((b) => [b.sessionId, b.flag?.kinds ?? null])).toEqual([
      [before[0]?.id, null],
      [before[1]?.id, ['removed']],
    ]);
  });

  it('never lets two bookmarks follow to one occurrence', () => {
    const a = weekly('02-01', '0900');
    const b = weekly('02-01', '1000');
    const book = setBookmark(setBookmark(empty, 'feed', a, true, NOW), 'feed', b, true, NOW);
    const { book: next } = reconcileBookmarks(book, 'feed', programmeOf([weekly('02-01', '0930')]), NOW);
    expect(next.bookmarks.map((x) => x.sessionId).filter((id) => id.endsWith('T093000Z'))).toHaveLength(1);
  });
});
