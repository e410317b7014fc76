import { describe, expect, it } from 'vitest';
import { FeedLoader } from '../../../core/feeds/feed-loader';
import type { FeedStatus } from '../../../core/api';
import type { Programme } from '../../../core/programme/model';
import { FakeClock, MemoryStore, ScriptedTransport } from '../support/fake-ports';
import { keynote, nativeFeed, opening } from '../support/native-feed';

const URL = 'https://feeds.example.org/schedule.json';
const EMPTY = nativeFeed([], 'Empty Conference');

function loader(bundled: string, transport = new ScriptedTransport(), cache = new MemoryStore()) {
  const shown: Programme[] = [];
  const statuses: FeedStatus[] = [];
  const feeds = new FeedLoader(bundled, transport, cache, new FakeClock(Date.parse('2024-02-05T09:00:00Z')), {
    programmeChanged: (p) => shown.push(p),
    feedStatusChanged: (s) => statuses.push(s),
    changesChanged: () => undefined,
  });
  return { feeds, shown, statuses, cache };
}

describe('FeedLoader: a feed with no sessions is never accepted', () => {
  it('does not show a cached copy that lists no sessions', () => {
    const cache = new MemoryStore();
    cache.set('feed', { url: URL, body: EMPTY, fetchedAt: '2024-02-04T09:00:00Z' });
    const { feeds } = loader(nativeFeed([opening, keynote], 'Bundled'), new ScriptedTransport(), cache);
    feeds.loadCached(URL);
    expect(feeds.programme.sessions.map((s) => s.id)).toEqual(['a', 'b']);
    expect(feeds.feed.origin).toBe('bundled');
  });

  it('keeps the programme on screen and says why, even when that programme is itself empty', async () => {
    const transport = new ScriptedTransport().reply({ status: 'ok', body: EMPTY });
    const { feeds, shown, cache } = loader(EMPTY, transport);
    const status = await feeds.refresh(URL);
    expect(status.error).toMatch(/lists no sessions/);
    expect(status.origin).toBe('bundled');
    expect(shown).toEqual([]);
    expect(cache.get('feed')).toBeUndefined();
  });
});
