/**
 * Soak: 1,000 refreshes of a feed that changes every time (sessions move, are
 * renamed, leave and come back; now and then the feed fails), against the
 * service with a fake clock and an in-memory transport. Nothing the service
 * keeps may grow without bound, and no bookmark may ever be lost.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CompanionService } from '../../core/service';
import type { FeedRequest, FeedResponse, FeedTransport } from '../../core/ports';
import { FeedTransportError } from '../../core/ports';
import { fakePorts } from './support/fake-ports';
import { nativeFeed, opening } from './support/native-feed';

const CYCLES = 1_000;
const POOL = 60;
const FEED_URL = 'https://programme.example.org/feed.json';

/** A small deterministic PRNG, so a failure replays exactly. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The feed as version n: a changing subset of a fixed pool, times and titles drifting. */
function feedVersion(n: number, next: () => number): string {
  const sessions = [];
  for (let i = 0; i < POOL; i++) {
    if (i >= 10 && next() < 0.15) continue; // sessions leave and come back; the first ten always stay
    const day = 5 + (i % 4);
    const slot = (i * 7 + (next() < 0.1 ? n % 5 : 0)) % 40;
    const startMin = 8 * 60 + slot * 15;
    const iso = (m: number): string => `2024-02-0${day}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00+01:00`;
    sessions.push({ id: `s${i}`, title: next() < 0.05 ? `Session ${i} (v${n})` : `Session ${i}`, start: iso(startMin), end: iso(startMin + 30), room: `Room ${i % 5}` });
  }
  return nativeFeed(sessions, 'Soak Conference');
}

class MutatingTransport implements FeedTransport {
  version = 0;
  private readonly next = random(20240205);
  async fetch(_request: FeedRequest): Promise<FeedResponse> {
    this.version += 1;
    if (this.version % 37 === 0) throw new FeedTransportError('no answer within 20 s');
    if (this.version % 53 === 0) return { status: 'ok', body: nativeFeed([], 'Soak Conference') };
    if (this.version % 11 === 0) return { status: 'not-modified' };
    return { status: 'ok', body: feedVersion(this.version, this.next), etag: `"v${this.version}"` };
  }
}

/** Heap after a full collection, where the runtime lets us ask for one. */
function collectedHeap(): number | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  } catch {
    return null;
  }
}

describe('soak: 1,000 refreshes of a changing feed', () => {
  it('keeps every bookmark and keeps every retained structure bounded', { timeout: 60_000 }, async () => {
    const ports = fakePorts(Date.parse('2024-02-04T12:00:00Z'));
    const transport = new MutatingTransport();
    let saves = 0;
    const service = new CompanionService(
      { ...ports, transport, files: { save: async () => ((saves += 1), true) } },
      { bundledFeed: nativeFeed([opening]), systemZone: 'America/New_York' },
    );
    service.start();
    await service.updateSettings({ reminderMinutes: 5 });
    expect((await service.setFeedUrl(FEED_URL)).error).toBeNull();

    const choose = random(7);
    const expected = new Set<string>();
    for (const id of ['s0', 's1', 's2', 's3', 's4']) {
      await service.setBookmark(id, true);
      expected.add(id);
    }
    let failures = 0;
    let heapEarly: number | null = null;
    const started = performance.now();

    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const status = await service.refreshFeed();
      if (status.error) failures += 1;
      // Bookmark a session that is in this version; unbookmark one now and then.
      const { programme } = await service.getState();
      if (choose() < 0.1 && programme.sessions.length > 0) {
        const pick = programme.sessions[Math.floor(choose() * programme.sessions.length)]!;
        await service.setBookmark(pick.id, true);
        expected.add(pick.id);
      }
      if (choose() < 0.02 && expected.size > 5) {
        const drop = [...expected].at(-1)!;
        await service.setBookmark(drop, false);
        expected.delete(drop);
      }
      if (cycle % 100 === 0) await service.exportCalendar({ kind: 'bookmarks' });
      // Five minutes a cycle: about three and a half days, through every session's reminder.
      ports.clock.advance(5 * 60_000);

      const bookmarked = new Set((await service.getState()).bookmarks.map((b) => b.sessionId));
      for (const id of expected) expect(bookmarked.has(id), `bookmark ${id} lost at cycle ${cycle}`).toBe(true);
      expect(bookmarked.size).toBe(expected.size);
      if (cycle === 100) heapEarly = collectedHeap();
    }

    const elapsed = performance.now() - started;
    const state = await service.getState();
    expect(transport.version).toBeGreaterThanOrEqual(CYCLES);
    expect(failures).toBeGreaterThan(20); // the failing versions were really served
    expect(state.programme.sessions.length).toBeGreaterThanOrEqual(10);
    expect(saves).toBe(10);

    // Retained structures: all bounded by the pool, not by the number of cycles.
    expect(state.changes?.changes.length ?? 0).toBeLessThanOrEqual(POOL);
    expect(Object.keys(ports.store.get('calendar-ledger') as object).length).toBeLessThanOrEqual(POOL);
    const fired = ports.store.get('reminders-fired') as string[];
    expect(fired.length).toBeGreaterThan(0);
    expect(fired.length).toBeLessThanOrEqual(500);
    expect([...ports.cache.data.keys()].sort()).toEqual(['bookmarks-mirror', 'changes', 'feed', 'settings-mirror']);
    // The cache holds what the soak left: the feed from its URL and a mirror of every kept bookmark.
    expect((ports.cache.data.get('feed') as { url: string }).url).toBe(FEED_URL);
    const mirrored = (ports.cache.data.get('bookmarks-mirror') as { bookmarks: { sessionId: string }[] }).bookmarks.map((b) => b.sessionId);
    expect(mirrored.sort()).toEqual([...expected].sort());
    const cacheBytes = JSON.stringify([...ports.cache.data.values()]).length;
    const storeBytes = JSON.stringify([...ports.store.data.values()]).length;
    const oneFeed = feedVersion(0, random(1)).length;
    expect(cacheBytes).toBeLessThan(oneFeed * 4);
    expect(storeBytes).toBeLessThan(oneFeed * 4);
    expect(ports.clock.pendingTimers()).toBeLessThanOrEqual(2); // the next refresh and the next reminder

    const heapLate = collectedHeap();
    if (heapEarly !== null && heapLate !== null) expect(heapLate - heapEarly).toBeLessThan(32 * 1024 * 1024);
    // A hang detector for the whole soak, not a performance goal.
    expect(elapsed).toBeLessThan(45_000);
    service.stop();
  });
});
