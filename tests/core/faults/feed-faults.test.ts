/**
 * A broken network, end to end through the real web transport (FetchTransport
 * on Node's fetch, which is the browser's fetch API) against a misbehaving
 * server on 127.0.0.1, and CompanionService on top: every fault ends as a
 * FeedTransportError or FeedError in bounded time, the programme and the
 * bookmarks stay, and the status says why. Electron's net.request transport is
 * covered through its fake in tests/main/adapters and tests/main/faults.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchTransport } from '../../../web/adapters/fetch-transport';
import type { FeedRequest } from '../../../core/ports';
import { FeedTransportError } from '../../../core/ports';
import { CompanionService } from '../../../core/service';
import { fakePorts } from '../support/fake-ports';
import { nativeFeed, keynote, opening, panel } from '../support/native-feed';
import { startFaultServer } from './fault-server';
import type { Fault, FaultServer } from './fault-server';

const GOOD = nativeFeed([opening, keynote, panel], 'Faulty Conference');
const NO_SESSIONS = nativeFeed([], 'Faulty Conference');
const MAX_BYTES = 20 * 1024 * 1024;
/** Short enough for a test, long enough that a healthy local answer always makes it. */
const TIMEOUT_MS = 1_500;

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer(GOOD, NO_SESSIONS);
});
afterAll(async () => {
  await server.close();
});

const transport = new FetchTransport();
const request = (url: string, extra: Partial<FeedRequest> = {}): FeedRequest => ({ url, timeoutMs: TIMEOUT_MS, maxBytes: MAX_BYTES, ...extra });

async function failureOf(fault: Fault, extra: Partial<FeedRequest> = {}): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  try {
    await transport.fetch(request(server.urlFor(fault), extra));
  } catch (error) {
    return { error, ms: performance.now() - started };
  }
  throw new Error(`${fault}: expected the fetch to fail`);
}

describe('FetchTransport against a misbehaving server', () => {
  it('gives up on a server that never answers, at the timeout', async () => {
    const { error, ms } = await failureOf('silence');
    expect(error).toBeInstanceOf(FeedTransportError);
    expect((error as Error).message).toMatch(/no answer within 1.5 s/);
    expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(ms).toBeLessThan(TIMEOUT_MS + 2_000);
  });

  it('gives up on a body that trickles in past the timeout', async () => {
    const { error, ms } = await failureOf('slow-drip');
    expect((error as Error).message).toMatch(/stopped sending in the middle of the feed \(not complete within 1.5 s\)/);
    expect(ms).toBeLessThan(TIMEOUT_MS + 2_000);
  });

  it.each([
    ['status-500', /500 Internal Server Error/],
    ['status-503', /503 Service Unavailable/],
  ] as const)('reports %s with its status', async (fault, message) => {
    const { error } = await failureOf(fault);
    expect(error).toBeInstanceOf(FeedTransportError);
    expect((error as Error).message).toMatch(message);
  });

  it.each(['truncated', 'reset', 'redirect-loop'] as const)('reports %s as unreachable, not as a half feed', async (fault) => {
    const { error, ms } = await failureOf(fault);
    expect(error).toBeInstanceOf(FeedTransportError);
    expect(ms).toBeLessThan(TIMEOUT_MS + 2_000);
  });

  it('stops a gzip bomb at the cap while decoding, long before it ends', async () => {
    const { error } = await failureOf('gzip-bomb', { timeoutMs: 30_000 });
    expect(error).toBeInstanceOf(FeedTransportError);
    expect((error as Error).message).toMatch(/larger than 20 MB/);
    // The stream is endless (10 GB decoded): only counting decoded bytes while streaming can end it this way.
    // 20 MB of spaces is about 20 kB compressed; allow for socket buffers on top.
    expect(server.bombBytesSent).toBeLessThan(5 * 1024 * 1024);
  });

  it('sends no validators of its own (they would force a CORS pre-flight); the browser cache revalidates instead', async () => {
    const first = await transport.fetch(request(server.urlFor('etag-304')));
    expect(first.status).toBe('ok');
    const etag = first.status === 'ok' ? first.etag : undefined;
    expect(etag).toBeDefined();
    // Node's fetch has no HTTP cache, so the feed simply comes again; a browser would revalidate with the ETag itself.
    await expect(transport.fetch(request(server.urlFor('etag-304'), { etag }))).resolves.toMatchObject({ status: 'ok', body: GOOD });
  });

  it('reads a feed whatever its content type says', async () => {
    const response = await transport.fetch(request(server.urlFor('wrong-type-png')));
    expect(response).toMatchObject({ status: 'ok', body: GOOD, contentType: 'image/png' });
  });
});

describe('CompanionService on the real web transport when the feed breaks', () => {
  async function serviceOnFeed() {
    server.set('ok');
    const ports = fakePorts();
    // The loader asks for 20 s; the same transport with a test-sized timeout.
    const real = new FetchTransport();
    const service = new CompanionService(
      { ...ports, transport: { fetch: (r) => real.fetch({ ...r, timeoutMs: TIMEOUT_MS }) } },
      { bundledFeed: nativeFeed([opening]), systemZone: 'Europe/Vienna' },
    );
    service.start();
    const loaded = await service.setFeedUrl(server.url);
    expect(loaded.error).toBeNull();
    await service.setBookmark('b', true);
    await service.setBookmark('c', true);
    return { service, ports };
  }

  it.each([
    ['silence', /unreachable: no answer within/],
    ['slow-drip', /unreachable: the server stopped sending in the middle of the feed/],
    ['status-500', /500 Internal Server Error/],
    ['status-503', /503 Service Unavailable/],
    ['truncated', /unreachable/],
    ['reset', /unreachable/],
    ['redirect-loop', /unreachable/],
    ['gzip-bomb', /larger than 20 MB/],
    ['wrong-type-html', /could not be read/],
    ['empty', /could not be read: the feed is empty/],
    ['no-sessions', /could not be read: the feed now lists no sessions/],
  ] as const)('after %s the programme and bookmarks stay and the status says why', async (fault, reason) => {
    const { service } = await serviceOnFeed();
    const before = await service.getState();
    server.set(fault);
    const status = await service.refreshFeed();
    expect(status.error).toMatch(reason);
    expect(status.error).toMatch(/The programme you had is still shown/);
    expect(status.refreshing).toBe(false);
    const after = await service.getState();
    expect(after.programme).toEqual(before.programme);
    expect(after.bookmarks.map((b) => b.sessionId).sort()).toEqual(['b', 'c']);
    expect(after.feed.origin).toBe('network');

    // And the next good answer clears the error.
    server.set('ok');
    expect((await service.refreshFeed()).error).toBeNull();
    service.stop();
  });

  it('keeps the programme through a refresh of an unchanged feed with validators and marks it checked', async () => {
    const { service, ports } = await serviceOnFeed();
    server.set('etag-304');
    ports.clock.advance(60_000);
    const status = await service.refreshFeed();
    expect(status).toMatchObject({ error: null, origin: 'network', lastChecked: '2024-02-05T09:01:00Z' });
    expect((await service.getState()).programme.sessions.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    service.stop();
  });
});
