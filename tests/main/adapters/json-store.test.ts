import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JsonFileStore } from '../../../main/adapters/json-store';


let directory: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'glc-store-'));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
  vi.restoreAllMocks();
});

describe('JsonFileStore (electron-store)', () => {
  it('persists values to <name>.json across instances', () => {
    const first = new JsonFileStore({ name: 'settings', directory });
    first.set('settings', { theme: 'dark', reminderMinutes: 5 });
    first.set('dotted.key', 1);

    const second = new JsonFileStore({ name: 'settings', directory });
    expect(second.get('settings')).toEqual({ theme: 'dark', reminderMinutes: 5 });
    // Keys are opaque, not dot paths into nested objects.
    expect(second.get('dotted.key')).toBe(1);
    expect(JSON.parse(readFileSync(join(directory, 'settings.json'), 'utf8'))).toMatchObject({ 'dotted.key': 1 });

    second.delete('settings');
    expect(new JsonFileStore({ name: 'settings', directory }).get('settings')).toBeUndefined();
    expect(second.recoveredFrom).toBeNull();
  });

  it('keeps a backup of a corrupt file, starts empty and says where the backup is', () => {
    const damaged = '{"settings": {"theme": "dark"'; // cut off mid-write
    writeFileSync(join(directory, 'settings.json'), damaged);

    const store = new JsonFileStore({ name: 'settings', directory, now: () => 1_707_120_000_000 });

    const backup = join(directory, 'settings.corrupt-1707120000000.json');
    expect(store.recoveredFrom).toBe(backup);
    expect(readFileSync(backup, 'utf8')).toBe(damaged);
    expect(store.get('settings')).toBeUndefined();

    store.set('settings', { theme: 'light' });
    expect(new JsonFileStore({ name: 'settings', directory }).get('settings')).toEqual({ theme: 'light' });
    expect(readFileSync(backup, 'utf8')).toBe(damaged);
  });

  it('recovers the same way when the file is damaged while the app runs', () => {
    const store = new JsonFileStore({ name: 'feed-cache', directory, now: () => 42 });
    store.set('feed', { url: 'https://a.example.org/feed.json' });
    writeFileSync(join(directory, 'feed-cache.json'), 'not json at all');

    expect(store.get('feed')).toBeUndefined();
    expect(store.recoveredFrom).toBe(join(directory, 'feed-cache.corrupt-42.json'));
    expect(readFileSync(join(directory, 'feed-cache.corrupt-42.json'), 'utf8')).toBe('not json at all');
  });

  it('keeps the settings and the feed cache in separate files', () => {
    new JsonFileStore({ name: 'settings', directory }).set('settings', { theme: 'dark' });
    writeFileSync(join(directory, 'feed-cache.json'), '\u0000\u0000garbage');

    const cache = new JsonFileStore({ name: 'feed-cache', directory, now: () => 7 });
    expect(cache.recoveredFrom).not.toBeNull();
    expect(new JsonFileStore({ name: 'settings', directory }).get('settings')).toEqual({ theme: 'dark' });
    // The damaged file is moved aside; a fresh one appears with the first write.
    expect(readdirSync(directory).sort()).toEqual(['feed-cache.corrupt-7.json', 'settings.json']);
  });
});
