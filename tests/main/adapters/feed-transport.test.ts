import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClientRequest, ClientRequestConstructorOptions } from 'electron';
import { FeedTransportError } from '../../../core/ports';
import type { FeedRequest } from '../../../core/ports';
import { MAX_REDIRECTS, createFeedTransport } from '../../../main/adapters/feed-transport';
import { FakeClientRequest } from '../fake-net-request';
import type { Hop } from '../fake-net-request';


const FEED = 'https://programme.example.org/feed.json';

function transportWith(...script: Hop[]) {
  const requests: FakeClientRequest[] = [];
  const transport = createFeedTransport((options: ClientRequestConstructorOptions) => {
    const request = new FakeClientRequest({ ...options }, script);
    requests.push(request);
    return request as unknown as ClientRequest;
  });
  return { transport, requests };
}

const request = (overrides: Partial<FeedRequest> = {}): FeedRequest => ({ url: FEED, timeoutMs: 5_000, maxBytes: 1024, ...overrides });

afterEach(() => {
  vi.useRealTimers();
});

describe('feed transport (net.request)', () => {
  it('sends the cached validators as conditional headers and never uses cookies or the browser cache', async () => {
    const { transport, requests } = transportWith({ statusCode: 304 });
    await transport.fetch(request({ etag: '"v42"', lastModified: 'Mon, 05 Feb 2024 08:00:00 GMT' }));
    const sent = requests[0]!;
    expect(sent.headers['if-none-match']).toBe('"v42"');
    expect(sent.headers['if-modified-since']).toBe('Mon, 05 Feb 2024 08:00:00 GMT');
    expect(sent.options).toMatchObject({ url: FEED, method: 'GET', redirect: 'manual', cache: 'no-store', useSessionCookies: false });
    expect(sent.ended).toBe(true);
  });

  it('sends no conditional headers on a first fetch', async () => {
    const { transport, requests } = transportWith({ statusCode: 200, chunks: ['{}'] });
    await transport.fetch(request());
    expect(requests[0]!.headers).not.toHaveProperty('if-none-match');
    expect(requests[0]!.headers).not.toHaveProperty('if-modified-since');
  });

  it('reports 304 as not-modified', async () => {
    const { transport } = transportWith({ statusCode: 304, statusMessage: 'Not Modified' });
    await expect(transport.fetch(request({ etag: '"v1"' }))).resolves.toEqual({ status: 'not-modified' });
  });

  it('returns the body and the new validators on 200', async () => {
    const { transport } = transportWith({
      statusCode: 200,
      headers: { etag: '"v43"', 'last-modified': 'Tue, 06 Feb 2024 08:00:00 GMT', 'content-type': 'application/json' },
      chunks: ['{"sessions":', '[]}'],
    });
    await expect(transport.fetch(request())).resolves.toEqual({
      status: 'ok',
      body: '{"sessions":[]}',
      etag: '"v43"',
      lastModified: 'Tue, 06 Feb 2024 08:00:00 GMT',
      contentType: 'application/json',
    });
  });

  it('decodes the charset the server declares', async () => {
    const { transport } = transportWith({
      statusCode: 200,
      headers: { 'content-type': 'application/xml; charset=ISO-8859-1' },
      chunks: [Uint8Array.from([0x47, 0x72, 0xfc, 0xdf, 0x65])],
    });
    const response = await transport.fetch(request());
    expect(response.status === 'ok' && response.body).toBe('Grüße');
  });

  it('turns an HTTP error into a FeedTransportError with the status text', async () => {
    const { transport } = transportWith({ statusCode: 503, statusMessage: 'Service Unavailable' });
    const failure = transport.fetch(request());
    await expect(failure).rejects.toBeInstanceOf(FeedTransportError);
    await expect(failure).rejects.toThrow('503 Service Unavailable');
  });

  it('refuses a body whose declared length is over the cap without reading it', async () => {
    const { transport, requests } = transportWith({ statusCode: 200, headers: { 'content-length': '4096' }, chunks: ['a', 'b'] });
    await expect(transport.fetch(request({ maxBytes: 1024 }))).rejects.toThrow(FeedTransportError);
    expect(requests[0]!.aborted).toBe(true);
    expect(requests[0]!.chunksSent).toBe(0);
  });

  it('cuts off a streamed body as soon as it passes the cap', async () => {
    const { transport, requests } = transportWith({ statusCode: 200, endless: true });
    await expect(transport.fetch(request({ maxBytes: 10 * 1024 }))).rejects.toThrow(/larger than/);
    expect(requests[0]!.aborted).toBe(true);
    // 1 KiB chunks: the 11th passes 10 KiB; nothing much beyond that was read.
    expect(requests[0]!.chunksSent).toBeLessThanOrEqual(12);
  });

  it('gives up after the timeout and aborts the request', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { transport, requests } = transportWith({ silence: true });
    const failure = transport.fetch(request({ timeoutMs: 20_000 }));
    const settled = vi.fn();
    failure.catch(settled);
    await vi.advanceTimersByTimeAsync(19_000);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_500);
    await expect(failure).rejects.toThrow(/no answer within 20 seconds/);
    expect(requests[0]!.aborted).toBe(true);
  });

  it(`follows up to ${MAX_REDIRECTS} redirects`, async () => {
    const hops: Hop[] = Array.from({ length: MAX_REDIRECTS }, (_, index) => ({ redirectTo: `https://mirror${index}.example.org/feed.json` }));
    const { transport, requests } = transportWith(...hops, { statusCode: 200, chunks: ['ok'] });
    const response = await transport.fetch(request());
    expect(response).toMatchObject({ status: 'ok', body: 'ok' });
    expect(requests[0]!.visitedUrls).toHaveLength(MAX_REDIRECTS + 1);
  });

  it(`refuses redirect number ${MAX_REDIRECTS + 1}`, async () => {
    const hops: Hop[] = Array.from({ length: MAX_REDIRECTS + 1 }, (_, index) => ({ redirectTo: `https://mirror${index}.example.org/feed.json` }));
    const { transport, requests } = transportWith(...hops, { statusCode: 200, chunks: ['never'] });
    await expect(transport.fetch(request())).rejects.toThrow(/more than 5 redirects/);
    expect(requests[0]!.aborted).toBe(true);
  });

  it('refuses a redirect from https to plain http on another host', async () => {
    const { transport, requests } = transportWith({ redirectTo: 'http://evil.example.net/feed.json' }, { statusCode: 200, chunks: ['x'] });
    await expect(transport.fetch(request())).rejects.toThrow(FeedTransportError);
    expect(requests[0]!.visitedUrls).toEqual([FEED]);
  });

  it.each(['http://127.0.0.1:8080/feed.json', 'https://169.254.169.254/latest/meta-data/', 'https://10.0.0.1/feed.json', 'https://[fd00::1]/feed.json', 'https://localhost/feed.json'])(
    'refuses a redirect from a public feed to %s before requesting it',
    async (target) => {
      const { transport, requests } = transportWith({ redirectTo: target }, { statusCode: 200, chunks: ['x'] });
      await expect(transport.fetch(request())).rejects.toThrow(/redirected to this computer or a private network address/);
      expect(requests[0]!.visitedUrls).toEqual([FEED]);
    },
  );

  it('allows plain http only on this machine', async () => {
    const local = transportWith({ statusCode: 200, chunks: ['local'] });
    await expect(local.transport.fetch(request({ url: 'http://localhost:8080/feed.json' }))).resolves.toMatchObject({ body: 'local' });

    const remote = transportWith({ statusCode: 200, chunks: ['remote'] });
    await expect(remote.transport.fetch(request({ url: 'http://programme.example.org/feed.json' }))).rejects.toThrow(FeedTransportError);
    expect(remote.requests).toHaveLength(0);
  });

  it.each([
    ['net::ERR_NAME_NOT_RESOLVED', /server name could not be found/],
    ['net::ERR_CONNECTION_REFUSED', /nothing answers at that address and port/],
    ['net::ERR_CERT_DATE_INVALID', /certificate has expired or is not valid yet/],
    ['net::ERR_CERT_AUTHORITY_INVALID', /certificate comes from an issuer this computer does not trust/],
    ['net::ERR_RESPONSE_HEADERS_TOO_BIG', /more header lines than any web server should/],
    ['net::ERR_INVALID_HTTP_RESPONSE', /did not answer in HTTP/],
    ['net::ERR_CONTENT_LENGTH_MISMATCH', /different number of bytes than its Content-Length said/],
    ['net::ERR_SOMETHING_NEW', /^network error \(net::ERR_SOMETHING_NEW\)$/],
  ])('reports %s in words an organiser can act on', async (code, words) => {
    const { transport } = transportWith({ networkError: code });
    const error = await transport.fetch(request()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedTransportError);
    expect((error as Error).message).toMatch(words);
  });
});
