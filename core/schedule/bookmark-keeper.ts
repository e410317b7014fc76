/**
 * Keeps bookmarks safe: every write goes to the main store and to a mirror in
 * the cache store, so a damaged file on one side is restored from the other.
 * Whatever had to be repaired is reported as notes for the attendee.
 */
import type { KeyValueStore } from '../ports';
import type { BookmarkBook } from './bookmark-model';
import { migrateBookmarks } from './bookmark-migrations';
import type { SavedDataNote } from '../storage/saved-data-note';

const PRIMARY_KEY = 'bookmarks';
const MIRROR_KEY = 'bookmarks-mirror';

export interface LoadedBookmarks {
  book: BookmarkBook;
  /** What was repaired, for the attendee; empty when all was well. */
  notes: SavedDataNote[];
}

export class BookmarkKeeper {
  constructor(
    private readonly primary: KeyValueStore,
    private readonly mirror: KeyValueStore,
  ) {}

  load(): LoadedBookmarks {
    const stored = this.primary.get(PRIMARY_KEY);
    const main = migrateBookmarks(stored);
    const copy = migrateBookmarks(this.mirror.get(MIRROR_KEY));
    const notes: SavedDataNote[] = [];
    if (this.primary.recoveredFrom) {
      notes.push({ kind: 'settings-file-damaged', keptAt: this.primary.recoveredFrom });
    }
    let book = main.book;
    const mainLost = stored === undefined || main.dropped > 0;
    if (mainLost && copy.book.bookmarks.length > main.book.bookmarks.length) {
      book = copy.book;
      notes.push({ kind: 'bookmarks-restored', count: book.bookmarks.length });
    } else if (main.dropped > 0) {
      notes.push({ kind: 'bookmarks-skipped', count: main.dropped });
    }
    if (book !== main.book || main.dropped > 0) this.save(book);
    else if (copy.book.bookmarks.length !== book.bookmarks.length) this.mirror.set(MIRROR_KEY, book);
    return { book, notes };
  }

  save(book: BookmarkBook): void {
    this.primary.set(PRIMARY_KEY, book);
    this.mirror.set(MIRROR_KEY, book);
  }
}
