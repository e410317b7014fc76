/**
 * The declared layout of everything the app saves: each key, the small file
 * it lives in, a cheap shape check, and where the landed version kept it (the
 * one migration reads those files). The keepers still validate field by field
 * on every read; the check here only decides what a migration carries over.
 *
 * Each file holds one concept, so saving a bookmark rewrites a few kilobytes,
 * never the megabytes of the cached feed.
 */

/**
 * The files of the landed version: one for what the attendee made, one for the
 * re-creatable cache, and the desktop shell's own flags (desktop.json).
 */
export type LegacyFile = 'settings' | 'feed-cache' | 'desktop';

/** kept: what the attendee made (bookmarks, settings, …); cache: what can be fetched again, and the mirrors. */
export type StoreSide = 'kept' | 'cache';

export interface StoreEntry {
  key: string;
  /** File name without extension, inside the stores folder. */
  file: string;
  side: StoreSide;
  /** A shape check, not a validation: the keeper that reads the key repairs and reports the details. */
  valid: (value: unknown) => boolean;
  /** Where the landed version kept this key. */
  migratesFrom: LegacyFile | null;
}

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);
const isObjectOrList = (value: unknown): boolean => typeof value === 'object' && value !== null;
const isList = (value: unknown): boolean => Array.isArray(value);
const isBoolean = (value: unknown): boolean => typeof value === 'boolean';

/** Bumped when the layout changes in a way that needs a migration. */
export const STORE_LAYOUT_VERSION = 3;

export const STORE_LAYOUT: readonly StoreEntry[] = [
  { key: 'settings', file: 'settings', side: 'kept', valid: isObject, migratesFrom: 'settings' },
  // Old bookmark files were a list; migrateBookmarks reads every version.
  { key: 'bookmarks', file: 'bookmarks', side: 'kept', valid: isObjectOrList, migratesFrom: 'settings' },
  // Empty for now: the attendee's notes on sessions get their own file from the start.
  { key: 'notes', file: 'notes', side: 'kept', valid: isObject, migratesFrom: null },
  { key: 'calendar-ledger', file: 'calendar-ledger', side: 'kept', valid: isObject, migratesFrom: 'settings' },
  { key: 'reminders-fired', file: 'reminders', side: 'kept', valid: isList, migratesFrom: 'settings' },
  { key: 'room-permissions', file: 'room-permissions', side: 'kept', valid: isList, migratesFrom: 'settings' },
  // The desktop app's one-time "still running in the tray" notice (main/background.ts); the web edition never sets it.
  { key: 'background-notice-shown', file: 'desktop-notices', side: 'kept', valid: isBoolean, migratesFrom: 'desktop' },
  { key: 'feed', file: 'feed-cache', side: 'cache', valid: isObject, migratesFrom: 'feed-cache' },
  { key: 'changes', file: 'feed-cache', side: 'cache', valid: isObject, migratesFrom: 'feed-cache' },
  { key: 'bookmarks-mirror', file: 'bookmarks-mirror', side: 'cache', valid: isObjectOrList, migratesFrom: 'feed-cache' },
  { key: 'settings-mirror', file: 'settings-mirror', side: 'cache', valid: isObject, migratesFrom: 'feed-cache' },
];

/** The entry of a key on one side; undefined for a key nobody declared. */
export function entryOf(side: StoreSide, key: string): StoreEntry | undefined {
  return STORE_LAYOUT.find((entry) => entry.side === side && entry.key === key);
}

/** The distinct files of one side, in layout order. */
export function filesOf(side: StoreSide): string[] {
  return [...new Set(STORE_LAYOUT.filter((entry) => entry.side === side).map((entry) => entry.file))];
}
