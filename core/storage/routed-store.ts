/**
 * One KeyValueStore over the small files of the layout: each key goes to the
 * file the layout names for it. A key the layout does not declare is refused
 * loudly, so a new key cannot silently land in some other concept's file.
 */
import type { KeyValueStore } from '../ports';
import { entryOf, filesOf } from './layout';
import type { StoreSide } from './layout';

export class RoutedStore implements KeyValueStore {
  private readonly files: ReadonlyMap<string, KeyValueStore>;

  /** `open` makes the store of one file, by its layout name. */
  constructor(
    private readonly side: StoreSide,
    open: (file: string) => KeyValueStore,
    /** A damaged file the migration kept aside, for the attendee's notice. */
    private readonly migrationRecovered: string | null = null,
  ) {
    this.files = new Map(filesOf(side).map((file) => [file, open(file)]));
  }

  get recoveredFrom(): string | null {
    if (this.migrationRecovered !== null) return this.migrationRecovered;
    for (const store of this.files.values()) if (store.recoveredFrom) return store.recoveredFrom;
    return null;
  }

  get(key: string): unknown {
    return this.fileFor(key).get(key);
  }

  set(key: string, value: unknown): void {
    this.fileFor(key).set(key, value);
  }

  delete(key: string): void {
    this.fileFor(key).delete(key);
  }

  private fileFor(key: string): KeyValueStore {
    const entry = entryOf(this.side, key);
    const store = entry && this.files.get(entry.file);
    if (!store) throw new Error(`The store layout declares no ${this.side} key "${key}"`);
    return store;
  }
}
