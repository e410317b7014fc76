import { expect, it } from 'vitest';
import { CompanionService } from '../../../core/service';
import { STORE_LAYOUT } from '../../../core/storage/layout';
import { migrateLegacy } from '../../../core/storage/migration';
import { RoutedStore } from '../../../core/storage/routed-store';
import { MemoryStore, fakePorts } from '../support/fake-ports';
import { keynote, nativeFeed, opening } from '../support/native-feed';

function routed() {
  const files = new Map<string, MemoryStore>();
  const open = (file: string) => {
    const store = new MemoryStore();
    files.set(file, store);
    return store;
  };
  return { files, kept: new RoutedStore('kept', open), cache: new RoutedStore('cache', open) };
}

it('declares each key once per side, and keeps the feed cache in a file of its own', () => {
  const keys = STORE_LAYOUT.map((entry) => `${entry.side}:${entry.key}`);
  expect(new Set(keys).size).toBe(keys.length);
  const feedFile = STORE_LAYOUT.find((entry) => entry.key === 'feed')?.file;
  expect(STORE_LAYOUT.filter((entry) => entry.file === feedFile).map((entry) => entry.key).sort()).toEqual(['changes', 'feed']);
});

it('refuses a key the layout does not declare', () => {
  const { kept } = routed();
  expect(() => kept.set('feed', {})).toThrow(/declares no kept key "feed"/);
  expect(() => kept.get('anything')).toThrow(/declares no kept key/);
});

it('runs the service on the routed stores: a bookmark toggle and a settings change touch only their own files', async () => {
  const { files, kept, cache } = routed();
  const ports = { ...fakePorts(), store: kept, cache };
  ports.transport.reply({ status: 'ok', body: nativeFeed([opening, keynote], 'Live') });
  const service = new CompanionService(ports, { bundledFeed: nativeFeed([opening]), systemZone: 'Europe/Vienna' });
  service.start();
  await service.setFeedUrl('https://programme.example.org/schedule.json');
  service.roomConsents.remember('bbb.example.org', 'screen', false);
  expect(await service.exportCalendar({ kind: 'programme' })).toBe(true);

  const written: string[] = [];
  for (const [file, store] of files) {
    const set = store.set.bind(store);
    store.set = (key, value) => {
      written.push(file);
      set(key, value);
    };
  }
  await service.setBookmark(keynote.id, true);
  expect(written.sort()).toEqual(['bookmarks', 'bookmarks-mirror']);
  written.length = 0;
  await service.updateSettings({ theme: 'dark' });
  expect(written.sort()).toEqual(['settings', 'settings-mirror']);
  expect(files.get('feed-cache')?.data.has('feed')).toBe(true);
  expect(files.get('room-permissions')?.data.has('room-permissions')).toBe(true);
  expect(files.get('calendar-ledger')?.data.has('calendar-ledger')).toBe(true);
  service.stop();
});

it('migrates every key of the landed files to its file, and leaves values of the wrong shape in the backup only', () => {
  const migrated = migrateLegacy({
    settings: { settings: { theme: 'dark' }, bookmarks: [{ sessionId: 'a' }], 'room-permissions': 'not a list', 'reminders-fired': ['a@1'] },
    'feed-cache': { feed: { url: 'u', body: '{}', fetchedAt: 't' }, changes: { url: 'u', at: 't', changes: [] }, 'settings-mirror': { theme: 'dark' } },
  });
  expect(Object.fromEntries(migrated)).toEqual({
    settings: { settings: { theme: 'dark' } },
    bookmarks: { bookmarks: [{ sessionId: 'a' }] },
    reminders: { 'reminders-fired': ['a@1'] },
    'feed-cache': { feed: { url: 'u', body: '{}', fetchedAt: 't' }, changes: { url: 'u', at: 't', changes: [] } },
    'settings-mirror': { 'settings-mirror': { theme: 'dark' } },
  });
});
