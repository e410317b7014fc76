import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ElectronStore from 'electron-store';
import type { KeyValueStore } from '../../core/ports';

export interface JsonStoreOptions {
  /** File name without extension: settings -> settings.json. */
  name: string;
  /** Absolute directory, normally app.getPath('userData'). */
  directory: string;
  now?: () => number;
}

/** What this adapter needs of electron-store, and what the in-memory fallback provides. */
type Backing = KeyValueStore;

/**
 * A KeyValueStore on one electron-store file (electron-store writes atomically).
 * A file that is not valid JSON must not stop the app from starting, and must not
 * be thrown away either: it is copied to <name>.corrupt-<timestamp>.json, then
 * the store starts empty and `recoveredFrom` names the copy. When even the copy
 * fails, the file is left alone and this run keeps its values in memory.
 */
export class JsonFileStore implements KeyValueStore {
  /** The backup of a damaged file this store replaced, or null. */
  recoveredFrom: string | null = null;
  private backing: Backing;
  private readonly filePath: string;
  private readonly now: () => number;

  constructor(private readonly options: JsonStoreOptions) {
    this.filePath = join(options.directory, `${options.name}.json`);
    this.now = options.now ?? Date.now;
    this.backing = this.openRecovering();
  }

  get(key: string): unknown {
    return this.guard(() => this.backing.get(key));
  }

  set(key: string, value: unknown): void {
    this.guard(() => this.backing.set(key, value));
  }

  delete(key: string): void {
    this.guard(() => this.backing.delete(key));
  }

  private open(): Backing {
    return new ElectronStore<Record<string, unknown>>({
      name: this.options.name,
      cwd: this.options.directory,
      // We make the backup ourselves; electron-store would wipe the file silently.
      clearInvalidConfig: false,
      // Keys are opaque names chosen by the service, not paths into nested objects.
      accessPropertiesByDotNotation: false,
    });
  }

  private openRecovering(): Backing {
    try {
      return this.open();
    } catch (error) {
      if (isUnreadableFile(error)) return this.recover();
      if (!isDiskFault(error)) throw error;
      // EACCES, EISDIR, ENOTDIR, EROFS…: the disk, not the data. The app still starts, on memory.
      console.warn(`[store] ${this.options.name}.json cannot be opened; using memory for this run`, describe(error));
      return memoryBacking();
    }
  }

  /** The file can also be damaged while we run (another process, a full disk); recover the same way. */
  private guard<T>(operation: () => T): T {
    try {
      return operation();
    } catch (error) {
      if (isUnreadableFile(error)) {
        this.backing = this.recover();
        return operation();
      }
      if (!isDiskFault(error)) throw error;
      // A write failed (full disk, read-only or vanished directory): keep what we have in memory for this run.
      console.warn(`[store] ${this.options.name}.json cannot be written; using memory for this run`, describe(error));
      this.backing = memoryBacking(snapshot(this.backing));
      return operation();
    }
  }

  private recover(): Backing {
    const backup = join(this.options.directory, `${this.options.name}.corrupt-${this.now()}.json`);
    try {
      copyFileSync(this.filePath, backup);
    } catch (error) {
      console.warn(`[store] ${this.options.name}.json is not readable and could not be backed up; using memory for this run`, describe(error));
      return memoryBacking();
    }
    rmSync(this.filePath, { force: true });
    this.recoveredFrom = backup;
    console.warn(`[store] ${this.options.name}.json was not readable; kept a copy at ${backup} and started empty`);
    return this.open();
  }
}

function isUnreadableFile(error: unknown): boolean {
  return error instanceof Error && error.name === 'SyntaxError';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** An error from the file system (it carries a code such as EACCES or ENOSPC). */
function isDiskFault(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code!);
}

/** The values a failing store still holds, if it can still read them. */
function snapshot(backing: Backing): Record<string, unknown> {
  try {
    const all = (backing as { store?: unknown }).store;
    return typeof all === 'object' && all !== null ? { ...(all as Record<string, unknown>) } : {};
  } catch {
    return {};
  }
}

function memoryBacking(initial: Record<string, unknown> = {}): Backing {
  const values = new Map<string, unknown>(Object.entries(initial));
  return {
    get: (key: string) => values.get(key),
    set: (key: string, value: unknown) => {
      values.set(key, value);
    },
    delete: (key: string) => {
      values.delete(key);
    },
  };
}
