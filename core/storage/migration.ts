/**
 * The one migration from the landed layout (two large files) to the declared
 * layout (one small file per concept). Pure: the host reads the old files,
 * writes what this returns, then keeps the old files as a backup.
 */
import { STORE_LAYOUT } from './layout';
import type { LegacyFile } from './layout';

/** The old files' contents; a file that was absent or unreadable is left out. */
export type LegacyContents = Partial<Record<LegacyFile, Record<string, unknown>>>;

/** New file name → the keys and values to write into it. */
export type MigratedFiles = Map<string, Record<string, unknown>>;

export function migrateLegacy(legacy: LegacyContents): MigratedFiles {
  const files: MigratedFiles = new Map();
  for (const entry of STORE_LAYOUT) {
    if (entry.migratesFrom === null) continue;
    const contents = legacy[entry.migratesFrom];
    if (!contents || !Object.hasOwn(contents, entry.key)) continue;
    const value = contents[entry.key];
    // A value of the wrong shape stays only in the backup of the old file: the keepers would drop it anyway.
    if (!entry.valid(value)) continue;
    const file = files.get(entry.file) ?? {};
    file[entry.key] = value;
    files.set(entry.file, file);
  }
  return files;
}
