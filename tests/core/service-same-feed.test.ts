/** A refresh that brings back the very feed already shown writes nothing and announces nothing. */
import { expect, it, vi } from 'vitest';
import { CompanionService } from '../../core/service';
import { fakePorts } from './support/fake-ports';
import { keynote, nativeFeed, opening } from './support/native-feed';

const FEED = 'https://programme.example.org/schedule.json';

it('does not rewrite feed, bookmarks or mirrors, nor emit programme or bookmark events, when the feed did not change', async () => {
  const ports = fakePorts();
  const body = nativeFeed([opening, keynote], 'Live');
  ports.transport.reply({ status: 'ok', body, etag: '"v1"' }, { status: 'ok', body, etag: '"v1"' });
  const service = new CompanionService(ports, { bundledFeed: nativeFeed([opening], 'Bundled'), systemZone: 'Europe/Vienna' });
  service.start();
  await service.setFeedUrl(FEED);
  await service.setBookmark(keynote.id, true);

  const storeWrites = vi.spyOn(ports.store, 'set');
  const cacheWrites = vi.spyOn(ports.cache, 'set');
  const events: string[] = [];
  for (const name of ['programmeChanged', 'bookmarksChanged'] as const) service.events.on(name, () => events.push(name));
  ports.clock.advance(60_000);
  const status = await service.refreshFeed();

  expect(status).toMatchObject({ url: FEED, origin: 'network', error: null, lastChecked: '2024-02-05T09:01:00Z' });
  expect(storeWrites).not.toHaveBeenCalled();
  expect(cacheWrites).not.toHaveBeenCalled();
  expect(events).toEqual([]);
  expect((await service.getState()).bookmarks.map((b) => b.sessionId)).toEqual([keynote.id]);
  service.stop();
});
