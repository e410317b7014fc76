import { closeSync, copyFileSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyValueStore } from '../../core/ports';

export interface AtomicFileStoreOptions {
  /** File name without extension: bookmarks -> bookmarks.json. */
  name: string;
  directory: string;
  now?: () => number;
  /**
   * Flush to disk before the rename (default true). A re-creatable file (the feed cache, a mirror) may skip it:
   * the rename still never leaves half a file in place, and a copy lost in a crash is made again from its source.
   */
  durable?: boolean;
}

/**
 * A KeyValueStore on one small JSON file, written atomically: the new text goes
 * to a temporary file in the same folder, is flushed to disk, then renamed over
 * the old one, so a crash mid-write leaves the old file or the new, never half.
 * A value equal (serialized) to the saved one is not written at all.
 * A file that is not JSON is copied to <name>.corrupt-<timestamp>.json and the
 * store starts empty; a disk that refuses writes leaves this run on memory.
 */
export class AtomicFileStore implements KeyValueStore {
  recoveredFrom: string | null = null;
  /** Each key's value as JSON text: the comparison for "unchanged", and the file's text is built from it. */
  private readonly saved = new Map<string, string>();
  private readonly filePath: string;
  private onDisk = true;

  /** False once the disk refused this file: values then live in memory only, for this run. */
  get persists(): boolean {
    return this.onDisk;
  }

  constructor(private readonly options: AtomicFileStoreOptions) {
    this.filePath = join(options.directory, `${options.name}.json`);
    this.load();
  }

  get(key: string): unknown {
    const text = this.saved.get(key);
    // Parsed afresh, as a file store returns: callers never share an object with the store.
    return text === undefined ? undefined : JSON.parse(text);
  }

  set(key: string, value: unknown): void {
    if (value === undefined) return this.delete(key);
    const text = JSON.stringify(value);
    if (this.saved.get(key) === text) return;
    this.saved.set(key, text);
    this.write();
  }

  delete(key: string): void {
    if (!this.saved.delete(key)) return;
    this.write();
  }

  private load(): void {
    let text: string;
    try {
      text = readFileSync(this.filePath, 'utf8');
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return;
      this.toMemory('cannot be read', error);
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      this.keepAside();
      return;
    }
    for (const [key, value] of Object.entries(parsed)) this.saved.set(key, JSON.stringify(value));
  }

  private keepAside(): void {
    const backup = join(this.options.directory, `${this.options.name}.corrupt-${(this.options.now ?? Date.now)()}.json`);
    try {
      copyFileSync(this.filePath, backup);
      rmSync(this.filePath, { force: true });
    } catch (error) {
      this.toMemory('is not readable and could not be backed up', error);
      return;
    }
    this.recoveredFrom = backup;
    console.warn(`[store] ${this.options.name}.json was not readable; kept a copy at ${backup} and started empty`);
  }

  private write(): void {
    if (!this.onDisk) return;
    const body = [...this.saved].map(([key, text]) => `${JSON.stringify(key)}:${text}`).join(',');
    const temporary = `${this.filePath}.${process.pid}.tmp`;
    try {
      mkdirSync(this.options.directory, { recursive: true });
      const fd = openSync(temporary, 'w');
      try {
        writeSync(fd, `{${body}}`);
        if (this.options.durable !== false) fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, this.filePath);
    } catch (error) {
      removeQuietly(temporary);
      this.toMemory('cannot be written', error);
    }
  }

  /** The disk, not the data: the app keeps running on what it holds, for this run. */
  private toMemory(what: string, error: unknown): void {
    this.onDisk = false;
    console.warn(`[store] ${this.options.name}.json ${what}; using memory for this run`, error instanceof Error ? error.message : String(error));
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // A disk that refused the write may refuse this too; the temporary file is never read.
  }
}

function codeOf(error: unknown): string | undefined {
  return error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
}
