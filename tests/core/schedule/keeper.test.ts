import { describe, expect, it } from 'vitest';
import { BookmarkKeeper } from '../../../core/schedule/bookmark-keeper';
import { MemoryStore } from '../support/fake-ports';

const entry = (id: string) => ({
  sessionId: id,
  feed: 'bundled',
  addedAt: '2024-02-01T00:00:00Z',
  snapshot: { title: id, start: '2024-02-05T10:30:00Z', end: '2024-02-05T11:00:00Z', roomName: '' },
  flag: null,
});
const book = (...ids: string[]) => ({ version: 2 as const, bookmarks: ids.map(entry) });

class DamagedStore extends MemoryStore {
  readonly recoveredFrom = '/home/a/.config/Go Local Companion/settings.corrupt-1706000000000.json';
}

describe('BookmarkKeeper', () => {
  it('writes every change to the store and its mirror', () => {
    const primary = new MemoryStore();
    const mirror = new MemoryStore();
    new BookmarkKeeper(primary, mirror).save(book('a', 'b'));
    expect(primary.get('bookmarks')).toEqual(book('a', 'b'));
    expect(mirror.get('bookmarks-mirror')).toEqual(book('a', 'b'));
  });

  it('restores from the mirror when the settings file was damaged and started afresh, and says so', () => {
    const primary = new DamagedStore();
    const mirror = new MemoryStore();
    mirror.set('bookmarks-mirror', book('a', 'b', 'c'));
    const loaded = new BookmarkKeeper(primary, mirror).load();
    expect(loaded.book.bookmarks.map((b) => b.sessionId)).toEqual(['a', 'b', 'c']);
    expect(loaded.notes).toEqual([
      { kind: 'settings-file-damaged', keptAt: '/home/a/.config/Go Local Companion/settings.corrupt-1706000000000.json' },
      { kind: 'bookmarks-restored', count: 3 },
    ]);
    expect(primary.get('bookmarks')).toEqual(book('a', 'b', 'c'));
  });

  it('keeps the readable entries of a damaged list when the mirror has no more', () => {
    const primary = new MemoryStore();
    primary.set('bookmarks', { version: 2, bookmarks: [entry('a'), { sessionId: 3 }] });
    const loaded = new BookmarkKeeper(primary, new MemoryStore()).load();
    expect(loaded.book.bookmarks.map((b) => b.sessionId)).toEqual(['a']);
    expect(loaded.notes).toEqual([{ kind: 'bookmarks-skipped', count: 1 }]);
  });

  it('says nothing when all is well, and refreshes a stale mirror', () => {
    const primary = new MemoryStore();
    const mirror = new MemoryStore();
    primary.set('bookmarks', book('a'));
    const loaded = new BookmarkKeeper(primary, mirror).load();
    expect(loaded.notes).toEqual([]);
    expect(mirror.get('bookmarks-mirror')).toEqual(book('a'));
  });
});
