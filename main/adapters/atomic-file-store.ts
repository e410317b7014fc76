import { closeSync, copyFileSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
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
 *
 * Writes happen behind the caller, off the main process's event loop: `set`
 * changes memory and schedules one write; writing and flushing the temporary
 * file run on Node's thread pool, and changes made meanwhile are coalesced
 * into the next write (the pattern of Chromium's ImportantFileWriter). Only the
 * rename is synchronous, so the newest text is always the one renamed last.
 * A synchronous fsync blocked a bookmark toggle 2 to 16 ms on this project's
 * CI disk (bench: "bookmark toggle"). `flushSync` writes what is pending at
 * once, for the migration and when the app quits; `settled` waits for it.
 * A file that is not JSON is copied to <name>.corrupt-<timestamp>.json and the
 * store starts empty; a disk that refuses writes leaves this run on memory.
 */
export class AtomicFileStore implements KeyValueStore {
  recoveredFrom: string | null = null;
  /** Each key's value as JSON text: the comparison for "unchanged", and the file's text is built from it. */
  private readonly saved = new Map<string, string>();
  private readonly filePath: string;
  private onDisk = true;
  /** Bumped by every change; `written` is the change the file on disk holds. */
  private version = 0;
  private written = 0;
  private writing: Promise<void> | null = null;
  private temporaries = 0;

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
    this.changed();
  }

  delete(key: string): void {
    if (!this.saved.delete(key)) return;
    this.changed();
  }

  /** Writes any change not on disk yet, now, blocking: for the migration and the app's last moment. */
  flushSync(): void {
    if (!this.onDisk || this.written === this.version) return;
    const version = this.version;
    const temporary = this.nextTemporary();
    try {
      mkdirSync(this.options.directory, { recursive: true });
      const fd = openSync(temporary, 'w');
      try {
        writeSync(fd, this.fileText());
        if (this.options.durable !== false) fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      this.commit(temporary, version);
    } catch (error) {
      removeQuietly(temporary);
      this.toMemory('cannot be written', error);
    }
  }

  /** Resolves once every change made so far is on disk (or the disk refused it). */
  async settled(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private changed(): void {
    this.version += 1;
    if (this.onDisk && !this.writing) this.writing = this.writeBehind();
  }

  /** One write at a time; a change made while it runs is written by the next round of the loop. */
  private async writeBehind(): Promise<void> {
    try {
      while (this.onDisk && this.written < this.version) await this.writeOnce();
    } finally {
      this.writing = null;
    }
  }

  private async writeOnce(): Promise<void> {
    const version = this.version;
    const text = this.fileText();
    const temporary = this.nextTemporary();
    try {
      await mkdir(this.options.directory, { recursive: true });
      const handle = await open(temporary, 'w');
      try {
        await handle.writeFile(text);
        if (this.options.durable !== false) await handle.sync();
      } finally {
        await handle.close();
      }
      this.commit(temporary, version);
    } catch (error) {
      removeQuietly(temporary);
      this.toMemory('cannot be written', error);
    }
  }

  /** Synchronous, so no older write can be renamed over a newer one (flushSync may have run meanwhile). */
  private commit(temporary: string, version: number): void {
    if (version <= this.written) {
      removeQuietly(temporary);
      return;
    }
    renameSync(temporary, this.filePath);
    this.written = version;
  }

  private fileText(): string {
    return `{${[...this.saved].map(([key, text]) => `${JSON.stringify(key)}:${text}`).join(',')}}`;
  }

  private nextTemporary(): string {
    this.temporaries += 1;
    return `${this.filePath}.${process.pid}-${this.temporaries}.tmp`;
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
