/**
 * The one migration from the landed files (settings.json and feed-cache.json,
 * written by electron-store exactly as the landed version wired the service)
 * to the declared layout's small files. Nothing the attendee saved is lost.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { CompanionService } from '../../../core/service';
import { JsonFileStore } from '../../../main/adapters/json-store';
import { openStores } from '../../../main/adapters/stores';
import { fakePorts } from '../../core/support/fake-ports';
import { keynote, nativeFeed, opening } from '../../core/support/native-feed';

const FEED = 'https://programme.example.org/schedule.json';
const bundledFeed = nativeFeed([opening], 'Bundled');
let userData: string;

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'glc-migrate-'));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  rmSync(userData, { recursive: true, force: true });
  vi.restoreAllMocks();
});

/** The landed wiring: the service on two electron-store files in the user-data folder. */
async function writeLandedFiles(): Promise<void> {
  const ports = {
    ...fakePorts(),
    store: new JsonFileStore({ name: 'settings', directory: userData }),
    cache: new JsonFileStore({ name: 'feed-cache', directory: userData }),
  };
  ports.transport.reply({ status: 'ok', body: nativeFeed([opening, keynote], 'Live'), etag: '"v1"' });
  const service = new CompanionService(ports, { bundledFeed, systemZone: 'Europe/Vienna' });
  service.start();
  await service.setFeedUrl(FEED);
  await service.setBookmark(keynote.id, true);
  await service.updateSettings({ theme: 'dark', reminderMinutes: 5 });
  service.roomConsents.remember('bbb.example.org', 'media', true);
  expect(await service.exportCalendar({ kind: 'bookmarks' })).toBe(true);
  service.stop();
}

function serviceOn(stores: ReturnType<typeof openStores>): CompanionService {
  const service = new CompanionService({ ...fakePorts(), store: stores.kept, cache: stores.cache }, { bundledFeed, systemZone: 'Europe/Vienna' });
  service.start();
  return service;
}

it('carries bookmarks, settings, room permissions, the calendar ledger and the cached feed into the new files, and keeps the old files as a backup', async () => {
  await writeLandedFiles();
  const landed = { settings: readFileSync(join(userData, 'settings.json'), 'utf8'), cache: readFileSync(join(userData, 'feed-cache.json'), 'utf8') };
  const landedKept = JSON.parse(landed.settings) as Record<string, unknown>;
  const landedLedger = landedKept['calendar-ledger'] as Record<string, unknown>;
  expect(Object.keys(landedLedger)).toHaveLength(1);

  const stores = openStores(userData, () => 1_707_120_000_000);
  const service = serviceOn(stores);
  const state = await service.getState();
  expect(state.bookmarks.map((b) => b.sessionId)).toEqual([keynote.id]);
  expect(state.settings).toMatchObject({ theme: 'dark', reminderMinutes: 5, feedUrl: FEED });
  expect(state.programme.conference.title).toBe('Live');
  expect(await service.listRoomPermissions()).toEqual([{ host: 'bbb.example.org', kind: 'media', allowed: true }]);
  expect(stores.kept.get('calendar-ledger')).toEqual(landedLedger);
  expect(state.notice).toBeNull();
  service.stop();

  // One small file per concept; the old files moved, unchanged, into the backup folder.
  expect(readdirSync(join(userData, 'stores')).sort()).toEqual(
    ['bookmarks-mirror.json', 'bookmarks.json', 'calendar-ledger.json', 'feed-cache.json', 'room-permissions.json', 'settings-mirror.json', 'settings.json'].sort(),
  );
  expect(JSON.parse(readFileSync(join(userData, 'stores', 'bookmarks.json'), 'utf8'))).toEqual({ bookmarks: landedKept['bookmarks'] });
  expect(existsSync(join(userData, 'settings.json'))).toBe(false);
  expect(readFileSync(join(userData, 'before-stores-1707120000000', 'settings.json'), 'utf8')).toBe(landed.settings);
  expect(readFileSync(join(userData, 'before-stores-1707120000000', 'feed-cache.json'), 'utf8')).toBe(landed.cache);
});

it('runs once: the next start reads the new files and leaves the backup alone', async () => {
  await writeLandedFiles();
  openStores(userData, () => 1);
  const again = serviceOn(openStores(userData, () => 2));
  expect((await again.getState()).bookmarks.map((b) => b.sessionId)).toEqual([keynote.id]);
  expect(readdirSync(userData).filter((name) => name.startsWith('before-stores-'))).toEqual(['before-stores-1']);
  again.stop();
});

it('keeps a corrupt old settings file aside as before, says so, and restores bookmarks and settings from the mirrors', async () => {
  await writeLandedFiles();
  const damaged = readFileSync(join(userData, 'settings.json'), 'utf8').slice(0, 40);
  writeFileSync(join(userData, 'settings.json'), damaged);

  const service = serviceOn(openStores(userData, () => 1_707_120_000_000));
  const state = await service.getState();
  const aside = join(userData, 'settings.corrupt-1707120000000.json');
  expect(readFileSync(aside, 'utf8')).toBe(damaged);
  expect(state.notice).toContainEqual({ kind: 'settings-file-damaged', keptAt: aside });
  expect(state.bookmarks.map((b) => b.sessionId)).toEqual([keynote.id]);
  expect(state.settings).toMatchObject({ theme: 'dark', reminderMinutes: 5 });
  service.stop();
});
