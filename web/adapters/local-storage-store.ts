/** KeyValueStore on localStorage. A value that no longer parses is kept aside, never silently dropped. */
import type { KeyValueStore } from '../../core/ports';

export class LocalStorageStore implements KeyValueStore {
  constructor(private readonly prefix: string) {}

  get(key: string): unknown {
    const raw = this.read(this.prefix + key);
    if (raw === null) return undefined;
    try {
      return JSON.parse(raw);
    } catch {
      this.write(`${this.prefix}${key}.corrupt-${Date.now()}`, raw);
      return undefined;
    }
  }

  set(key: string, value: unknown): void {
    this.write(this.prefix + key, JSON.stringify(value));
  }

  delete(key: string): void {
    try {
      localStorage.removeItem(this.prefix + key);
    } catch {
      // Storage disabled (private mode, policy): nothing to delete.
    }
  }

  private read(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  }

  private write(key: string, value: string): void {
    try {
      localStorage.setItem(key, value);
    } catch {
      // Quota or policy: the session goes on in memory; the service keeps its own copy.
    }
  }
}
