/**
 * The main-process cost of saving, with a large feed cached: a bookmark toggle
 * and a settings change through the real service on the real stores on disk.
 * Each concept has its own small file, so neither may rewrite the cached feed.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompanionPorts, KeyValueStore } from '../core/ports';
import { CompanionService } from '../core/service';
import { openStores, STORES_FOLDER } from '../main/adapters/stores';
import { generateProgramme, writeFormat } from './generate';
import { median, round, type Figure } from './stats';
import type { NodeOptions } from './node-figures';

const STORE_GOAL_MS = 5;
const FEED_URL = 'https://golocal.example.org/feed.json';

export type OpenStores = (userDataDir: string) => { kept: KeyValueStore; cache: KeyValueStore; settled?: () => Promise<void> };

function benchPorts(stores: ReturnType<OpenStores>, body: string): CompanionPorts & { cache: KeyValueStore } {
  return {
    store: stores.kept,
    cache: stores.cache,
    transport: { fetch: async () => ({ status: 'ok', body }) },
    clock: { now: () => Date.UTC(2031, 0, 1), setTimeout: () => null, clearTimeout: () => undefined },
    notifier: { notify: () => undefined },
    rooms: { open: async () => undefined },
    files: { save: async () => true },
    links: { openExternal: async () => undefined },
    printer: { print: async () => true },
  };
}

/**
 * The median time the action holds the main process (until its promise settles: what the attendee's click
 * waits for), and the median time until its change is on disk (writes run behind the action).
 */
async function timeAction(runs: number, action: (i: number) => Promise<unknown>, settled: () => Promise<void>): Promise<{ action: number; onDisk: number }> {
  await action(0);
  await settled();
  const times: number[] = [];
  const onDisk: number[] = [];
  for (let i = 1; i <= runs * 4; i++) {
    const start = performance.now();
    await action(i);
    times.push(performance.now() - start);
    await settled();
    onDisk.push(performance.now() - start);
  }
  return { action: median(times), onDisk: median(onDisk) };
}

/** `open` is the store wiring under test: the declared layout by default. */
export async function storeFigures(size: number, opts: NodeOptions, open: OpenStores = openStores): Promise<Figure[]> {
  const userData = mkdtempSync(join(tmpdir(), 'glc-bench-stores-'));
  try {
    const body = writeFormat(generateProgramme(size), 'native');
    const stores = open(userData);
    const settled = stores.settled ?? (async () => undefined);
    const service = new CompanionService(benchPorts(stores, body), { bundledFeed: writeFormat(generateProgramme(10), 'native'), systemZone: 'Europe/Vienna' });
    service.start();
    const status = await service.setFeedUrl(FEED_URL);
    if (status.error !== null) throw new Error(`the benchmark feed did not load: ${status.error}`);
    const ids = (await service.getState()).programme.sessions.slice(0, 2).map((session) => session.id);
    const toggle = await timeAction(opts.runs, (i) => service.setBookmark(ids[i % 2] ?? '', i % 4 < 2), settled);
    const settings = await timeAction(opts.runs, (i) => service.updateSettings({ theme: i % 2 === 0 ? 'dark' : 'light' }), settled);
    service.stop();
    const cached = (statSync(join(userData, STORES_FOLDER, 'feed-cache.json'), { throwIfNoEntry: false })?.size ?? 0) / 1e6;
    const note = `service action on the stores on disk, ${size}-session feed cached (${cached.toFixed(2)} MB); median of ${opts.runs * 4}`;
    return [
      { name: `bookmark toggle, ${size} cached`, value: round(toggle.action), unit: 'ms', goal: `≤ ${STORE_GOAL_MS} ms`, met: toggle.action <= STORE_GOAL_MS, note },
      { name: `settings change, ${size} cached`, value: round(settings.action), unit: 'ms', goal: `≤ ${STORE_GOAL_MS} ms`, met: settings.action <= STORE_GOAL_MS, note },
      // Not on the main process (the write runs on Node's thread pool): how long until a crash could no longer lose it.
      { name: `bookmark toggle on disk, ${size} cached`, value: round(toggle.onDisk), unit: 'ms', note: `${note}; written and flushed behind the action` },
    ];
  } finally {
    rmSync(userData, { recursive: true, force: true });
  }
}
