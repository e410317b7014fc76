import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyValueStore } from '../../core/ports';
import { RoutedStore } from '../../core/storage/routed-store';
import { migrateLegacy } from '../../core/storage/migration';
import type { LegacyContents } from '../../core/storage/migration';
import { filesOf } from '../../core/storage/layout';
import type { LegacyFile } from '../../core/storage/layout';
import { AtomicFileStore } from './atomic-file-store';

export interface Stores {
  /** What the attendee made: settings, bookmarks, notes, the calendar ledger, reminders fired, room answers, notices seen. */
  kept: KeyValueStore;
  /** What can be fetched again: the feed cache, and the mirrors of bookmarks and settings. */
  cache: KeyValueStore;
  /** Writes every pending change now, blocking: when the app quits. */
  flushSync(): void;
  /** Resolves once every change made so far is on disk. */
  settled(): Promise<void>;
}

/** The folder of the declared layout's files, inside the user-data folder. */
export const STORES_FOLDER = 'stores';
const LEGACY_FILES: readonly LegacyFile[] = ['settings', 'feed-cache', 'desktop'];

/**
 * Opens the declared layout's small files under <userData>/stores, first
 * moving the landed version's settings.json, feed-cache.json and desktop.json
 * into them.
 */
export function openStores(userDataDir: string, now: () => number = Date.now): Stores {
  const directory = join(userDataDir, STORES_FOLDER);
  mkdirSync(directory, { recursive: true });
  const opened = new Map<string, AtomicFileStore>();
  const cacheFiles = new Set(filesOf('cache'));
  const openOnce = (file: string): AtomicFileStore => {
    // What the attendee made is flushed to disk on every write; the cache side can be made again.
    const store = opened.get(file) ?? new AtomicFileStore({ name: file, directory, now, durable: !cacheFiles.has(file) });
    opened.set(file, store);
    return store;
  };
  let recovered: string | null = null;
  try {
    recovered = migrateLandedFiles(userDataDir, openOnce, now);
  } catch (error) {
    // The old files stay where they are and the migration runs again at the next start.
    console.warn('[store] the saved data could not be moved to the new files yet', error instanceof Error ? error.message : String(error));
  }
  return {
    kept: new RoutedStore('kept', openOnce, recovered),
    cache: new RoutedStore('cache', openOnce),
    flushSync: () => {
      for (const store of opened.values()) store.flushSync();
    },
    settled: async () => {
      await Promise.all([...opened.values()].map((store) => store.settled()));
    },
  };
}

/**
 * Copies every key of the old files into its new file (a key already there is
 * newer and wins), and only then moves the old files into a backup folder, so
 * a crash half-way simply runs the migration again. Returns where a damaged
 * old settings file was kept aside, as the landed version did.
 */
function migrateLandedFiles(userDataDir: string, open: (file: string) => AtomicFileStore, now: () => number): string | null {
  const present = LEGACY_FILES.filter((name) => existsSync(join(userDataDir, `${name}.json`)));
  if (present.length === 0) return null;
  const stamp = now();
  const legacy: LegacyContents = {};
  let recovered: string | null = null;
  for (const name of present) {
    const path = join(userDataDir, `${name}.json`);
    const contents = readObject(path);
    if (contents) legacy[name] = contents;
    else {
      const aside = join(userDataDir, `${name}.corrupt-${stamp}.json`);
      copyFileSync(path, aside);
      console.warn(`[store] ${name}.json was not readable; kept a copy at ${aside}`);
      if (name === 'settings') recovered = aside;
    }
  }
  for (const [file, values] of migrateLegacy(legacy)) {
    const store = open(file);
    for (const [key, value] of Object.entries(values)) if (store.get(key) === undefined) store.set(key, value);
    store.flushSync();
    // Never move an old file away while its values are only in memory.
    if (!store.persists) throw new Error(`${file}.json could not be written`);
  }
  const backup = join(userDataDir, `before-stores-${stamp}`);
  mkdirSync(backup, { recursive: true });
  for (const name of present) renameSync(join(userDataDir, `${name}.json`), join(backup, `${name}.json`));
  return recovered;
}

function readObject(path: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
