/**
 * The feed cache of the web edition, in IndexedDB: a big conference's feed
 * (10,000 sessions is about 5 MB of JSON, 11 MB as localStorage's UTF-16) does
 * not fit localStorage's quota, and a cache that silently fails means no
 * offline start. The KeyValueStore port is synchronous, so the cache is read
 * into memory once before the app starts and written through in the background.
 */
import type { KeyValueStore } from '../../core/ports';

const DATABASE = 'go-local-companion';
const STORE = 'cache';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB is unavailable'));
  });
}

/** Every entry, in one request for the keys and one for the values (a cursor costs a round trip per entry). */
function readAll(db: IDBDatabase): Promise<Map<string, unknown>> {
  return new Promise((resolve, reject) => {
    const store = db.transaction(STORE, 'readonly').objectStore(STORE);
    const keys = store.getAllKeys();
    const values = store.getAll();
    values.onsuccess = () => {
      const entries = new Map<string, unknown>();
      keys.result.forEach((key, index) => {
        if (typeof key === 'string') entries.set(key, values.result[index]);
      });
      resolve(entries);
    };
    const fail = (request: IDBRequest) => () => reject(request.error ?? new Error('IndexedDB read failed'));
    keys.onerror = fail(keys);
    values.onerror = fail(values);
  });
}

export class IndexedDbCache implements KeyValueStore {
  private constructor(
    private readonly entries: Map<string, unknown>,
    private readonly db: IDBDatabase | null,
  ) {}

  /** Never fails: without IndexedDB (private windows, policies) the cache lives for this visit only. */
  static async open(): Promise<IndexedDbCache> {
    try {
      const db = await open();
      return new IndexedDbCache(await readAll(db), db);
    } catch {
      return new IndexedDbCache(new Map(), null);
    }
  }

  get(key: string): unknown {
    return this.entries.get(key);
  }

  set(key: string, value: unknown): void {
    this.entries.set(key, value);
    this.write((store) => store.put(value, key));
  }

  delete(key: string): void {
    this.entries.delete(key);
    this.write((store) => store.delete(key));
  }

  private write(change: (store: IDBObjectStore) => void): void {
    if (!this.db) return;
    try {
      change(this.db.transaction(STORE, 'readwrite').objectStore(STORE));
    } catch {
      // Quota or a closed database: the in-memory copy still serves this visit.
    }
  }
}
