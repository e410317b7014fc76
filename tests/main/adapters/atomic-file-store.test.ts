import { mkdtempSync, readFileSync, readdirSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { AtomicFileStore } from '../../../main/adapters/atomic-file-store';

let directory: string;
const fileText = (name: string) => readFileSync(join(directory, `${name}.json`), 'utf8');

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'glc-atomic-'));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
  vi.restoreAllMocks();
});

it('persists values across instances, with opaque keys, and deletes them', async () => {
  const first = new AtomicFileStore({ name: 'bookmarks', directory });
  first.set('bookmarks', { version: 2, bookmarks: [] });
  first.set('dotted.key', 1);
  await first.settled();
  const second = new AtomicFileStore({ name: 'bookmarks', directory });
  expect(second.get('bookmarks')).toEqual({ version: 2, bookmarks: [] });
  expect(second.get('dotted.key')).toBe(1);
  second.delete('dotted.key');
  await second.settled();
  expect(new AtomicFileStore({ name: 'bookmarks', directory }).get('dotted.key')).toBeUndefined();
  expect(JSON.parse(fileText('bookmarks'))).toEqual({ bookmarks: { version: 2, bookmarks: [] } });
});

it('hands out copies: changing what get returned does not change the store', () => {
  const store = new AtomicFileStore({ name: 'settings', directory });
  store.set('settings', { theme: 'dark' });
  (store.get('settings') as { theme: string }).theme = 'light';
  expect(store.get('settings')).toEqual({ theme: 'dark' });
});

it('does not write a value equal to the saved one', async () => {
  const store = new AtomicFileStore({ name: 'settings', directory });
  store.set('settings', { theme: 'dark' });
  await store.settled();
  // A marker only a write would remove.
  writeFileSync(join(directory, 'settings.json'), '{"settings":{"theme":"dark"},"marker":true}');
  store.set('settings', { theme: 'dark' });
  store.delete('never-saved');
  await store.settled();
  expect(JSON.parse(fileText('settings'))).toHaveProperty('marker', true);
  store.set('settings', { theme: 'light' });
  await store.settled();
  expect(JSON.parse(fileText('settings'))).toEqual({ settings: { theme: 'light' } });
});

it('writes through a temporary file that is renamed: a crash mid-write leaves the old file whole, and no temporary file stays', async () => {
  const store = new AtomicFileStore({ name: 'settings', directory });
  store.set('settings', { theme: 'dark' });
  await store.settled();
  // What a crash between writing and renaming leaves behind: the half-written temporary file.
  writeFileSync(join(directory, 'settings.json.4242.tmp'), '{"settings":{"th');
  expect(new AtomicFileStore({ name: 'settings', directory }).get('settings')).toEqual({ theme: 'dark' });
  store.set('settings', { theme: 'light' });
  await store.settled();
  expect(readdirSync(directory).filter((name) => name.endsWith('.tmp') && !name.includes('4242'))).toEqual([]);
});

it('keeps a corrupt file aside, starts empty and says where the copy is', async () => {
  writeFileSync(join(directory, 'settings.json'), '{"settings": {"theme": "dark"');
  const store = new AtomicFileStore({ name: 'settings', directory, now: () => 7 });
  const aside = join(directory, 'settings.corrupt-7.json');
  expect(store.recoveredFrom).toBe(aside);
  expect(readFileSync(aside, 'utf8')).toBe('{"settings": {"theme": "dark"');
  expect(store.get('settings')).toBeUndefined();
  store.set('settings', { theme: 'light' });
  await store.settled();
  expect(new AtomicFileStore({ name: 'settings', directory }).get('settings')).toEqual({ theme: 'light' });
});

it('keeps running on memory when the folder cannot be written', async () => {
  const blocker = join(directory, 'not-a-folder');
  writeFileSync(blocker, '');
  const store = new AtomicFileStore({ name: 'settings', directory: blocker });
  store.set('settings', { theme: 'dark' });
  await store.settled();
  expect(store.get('settings')).toEqual({ theme: 'dark' });
  expect(store.persists).toBe(false);
});

it('writes behind the caller: set returns before the disk is touched, and the change is there once settled', async () => {
  const store = new AtomicFileStore({ name: 'bookmarks', directory });
  store.set('bookmarks', { version: 2, bookmarks: ['a'] });
  expect(() => fileText('bookmarks')).toThrow(/ENOENT/);
  await store.settled();
  expect(JSON.parse(fileText('bookmarks'))).toEqual({ bookmarks: { version: 2, bookmarks: ['a'] } });
});

it('coalesces changes made while a write runs into the next one, and leaves the newest on disk', async () => {
  const store = new AtomicFileStore({ name: 'bookmarks', directory });
  for (let i = 0; i < 200; i++) store.set('bookmarks', { count: i });
  await store.settled();
  expect(JSON.parse(fileText('bookmarks'))).toEqual({ bookmarks: { count: 199 } });
  expect(readdirSync(directory)).toEqual(['bookmarks.json']);
});

it('flushSync writes what is pending at once, and a write already under way is never renamed over it', async () => {
  const store = new AtomicFileStore({ name: 'settings', directory });
  store.set('settings', { theme: 'dark' });
  // The write of "dark" is now under way on the thread pool; "light" comes after it.
  store.set('settings', { theme: 'light' });
  store.flushSync();
  expect(JSON.parse(fileText('settings'))).toEqual({ settings: { theme: 'light' } });
  // From here nothing may land on settings.json: the older write is dropped, not renamed over the newer text
  // (a quit right after flushSync would otherwise leave the older text behind).
  const landed: string[] = [];
  const watcher = watch(directory, (_event, name) => landed.push(String(name)));
  await store.settled();
  await new Promise((resolve) => setTimeout(resolve, 100));
  watcher.close();
  expect(landed.filter((name) => name === 'settings.json')).toEqual([]);
  expect(JSON.parse(fileText('settings'))).toEqual({ settings: { theme: 'light' } });
  expect(readdirSync(directory)).toEqual(['settings.json']);
});
