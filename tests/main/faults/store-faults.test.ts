/**
 * A broken disk under the real JsonFileStore (electron-store, with the electron
 * fake) and CompanionService on top: truncated or garbage settings, a corrupted
 * cache, an unwritable or vanished directory. The app always starts, bookmarks
 * come back from the mirror in the cache, and the notice names the backup.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JsonFileStore } from '../../../main/adapters/json-store';
import { CompanionService } from '../../../core/service';
import { fakePorts } from '../../core/support/fake-ports';
import { keynote, nativeFeed, opening, panel } from '../../core/support/native-feed';


const BUNDLED = nativeFeed([opening, keynote, panel]);
let directory: string;
let clock = 1_707_120_000_000;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'glc-disk-'));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  chmodSync(directory, 0o700);
  rmSync(directory, { recursive: true, force: true });
  vi.restoreAllMocks();
});

/** One app run: the real stores in `dir`, everything else in memory. */
function run(dir = directory) {
  clock += 1000;
  const store = new JsonFileStore({ name: 'settings', directory: dir, now: () => clock });
  const cache = new JsonFileStore({ name: 'feed-cache', directory: dir, now: () => clock });
  const service = new CompanionService({ ...fakePorts(), store, cache }, { bundledFeed: BUNDLED, systemZone: 'Europe/Vienna' });
  service.start();
  return { service, store, cache };
}

async function firstRun(): Promise<void> {
  const { service } = run();
  await service.updateSettings({ theme: 'dark', reminderMinutes: 15 });
  await service.setBookmark('a', true);
  await service.setBookmark('c', true);
  service.stop();
}

const bookmarkIds = async (service: CompanionService): Promise<string[]> => (await service.getState()).bookmarks.map((b) => b.sessionId).sort();
const settingsFile = (): string => join(directory, 'settings.json');
const cacheFile = (): string => join(directory, 'feed-cache.json');

describe('damaged files at start', () => {
  it.each([
    ['truncated mid-write', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['cut to nothing', () => ''],
    ['garbage bytes', () => '\u0000\u00ff\u0001PK\u0003\u0004 not json \uFFFD'],
    ['valid JSON of the wrong shape', () => '[1, 2, 3]'],
  ])('settings %s: the app starts, bookmarks come back from the mirror, the notice names the backup', async (_label, damage) => {
    await firstRun();
    const original = readFileSync(settingsFile(), 'utf8');
    writeFileSync(settingsFile(), damage(original));

    const { service, store } = run();
    const state = await service.getState();
    expect(await bookmarkIds(service)).toEqual(['a', 'c']);
    if (store.recoveredFrom) {
      // Unreadable JSON: backed up under its own name and reported.
      expect(readFileSync(store.recoveredFrom, 'utf8')).toBe(damage(original));
      expect(state.notice).toContainEqual({ kind: 'settings-file-damaged', keptAt: store.recoveredFrom });
      expect(state.notice).toContainEqual({ kind: 'bookmarks-restored', count: 2 });
    }
    // The restored bookmarks are written back, so the next start needs no repair.
    service.stop();
    const next = run();
    expect(await bookmarkIds(next.service)).toEqual(['a', 'c']);
    expect((await next.service.getState()).notice).toBeNull();
  });

  it('a corrupted cache costs neither settings nor bookmarks, and the mirror is rebuilt', async () => {
    await firstRun();
    writeFileSync(cacheFile(), '{"feed": {"url": "https://a.example.org/f", "body": "{\\"truncat');

    const { service, cache } = run();
    const state = await service.getState();
    expect(cache.recoveredFrom).toMatch(/feed-cache\.corrupt-\d+\.json$/);
    expect(state.settings).toMatchObject({ theme: 'dark', reminderMinutes: 15 });
    expect(await bookmarkIds(service)).toEqual(['a', 'c']);
    expect(state.programme.sessions).toHaveLength(3);
    // The settings file was fine, so nothing is said about it.
    expect(state.notice).toBeNull();
    expect((cache.get('bookmarks-mirror') as { bookmarks: unknown[] }).bookmarks).toHaveLength(2);
  });

  it('a cached feed that no longer parses is forgotten, and the bundled programme shows', async () => {
    const { service, cache } = run();
    await service.setFeedUrl('https://programme.example.org/feed.json');
    cache.set('feed', { url: 'https://programme.example.org/feed.json', body: '<schedule><unclosed>', fetchedAt: '2024-02-05T08:00:00Z' });
    service.stop();

    const again = run();
    const state = await again.service.getState();
    expect(state.feed.origin).toBe('bundled');
    expect(state.programme.sessions).toHaveLength(3);
    expect(again.cache.get('feed')).toBeUndefined();
  });

  it('both files damaged: the app starts empty, keeps both backups and says so', async () => {
    await firstRun();
    writeFileSync(settingsFile(), '{"bookm');
    writeFileSync(cacheFile(), '{"bookm');
    const { service, store } = run();
    const state = await service.getState();
    expect(state.bookmarks).toEqual([]);
    expect(state.notice).toContainEqual({ kind: 'settings-file-damaged', keptAt: store.recoveredFrom });
    expect(readdirSync(directory).filter((f) => f.includes('.corrupt-'))).toHaveLength(2);
  });
});

describe('a disk that refuses to be written or read', () => {
  it('starts on memory when the settings path cannot be opened (a directory where the file should be)', async () => {
    mkdirSync(settingsFile());
    const { service } = run();
    await service.setBookmark('b', true);
    expect(await bookmarkIds(service)).toEqual(['b']);
    expect((await service.getState()).settings.theme).toBe('system');
  });

  it('starts on memory when the data directory is not a directory', async () => {
    const file = join(directory, 'not-a-directory');
    writeFileSync(file, 'x');
    const { service } = run(join(file, 'userData'));
    await service.updateSettings({ theme: 'dark' });
    expect((await service.getState()).settings.theme).toBe('dark');
  });

  it('keeps working in memory, with what it had, when the directory vanishes mid-run', async () => {
    const dir = join(directory, 'userData');
    mkdirSync(dir);
    const { service } = run(dir);
    await service.updateSettings({ theme: 'dark' });
    await service.setBookmark('a', true);
    // The directory is replaced by a file: every write now fails with ENOTDIR, even as root.
    rmSync(dir, { recursive: true, force: true });
    writeFileSync(dir, 'x');

    await expect(service.setBookmark('c', true)).resolves.toBeUndefined();
    await expect(service.updateSettings({ reminderMinutes: 30 })).resolves.toMatchObject({ theme: 'dark', reminderMinutes: 30 });
    expect(await bookmarkIds(service)).toEqual(['a', 'c']);
  });

  it.skipIf(process.getuid?.() === 0)(
    'keeps working in memory when the directory is made read-only (skipped as root: chmod does not stop root writing)',
    async () => {
      const { service } = run();
      await service.setBookmark('a', true);
      chmodSync(directory, 0o500);
      await expect(service.setBookmark('b', true)).resolves.toBeUndefined();
      expect(await bookmarkIds(service)).toEqual(['a', 'b']);
      chmodSync(directory, 0o700);
    },
  );

  it.skipIf(process.getuid?.() === 0)('starts on memory when the settings file cannot be read (skipped as root: chmod does not stop root reading)', async () => {
    await firstRun();
    chmodSync(settingsFile(), 0o000);
    const { service } = run();
    expect((await service.getState()).settings.theme).toBe('system');
    expect(existsSync(settingsFile())).toBe(true);
  });
});
