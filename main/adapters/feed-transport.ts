import type { ClientRequest, ClientRequestConstructorOptions, IncomingMessage } from 'electron';
import type { FeedRequest, FeedResponse, FeedTransport } from '../../core/ports';
import { FeedTransportError } from '../../core/ports';
import { MAX_REDIRECTS, checkFeedUrl, checkRedirect } from '../../core/feeds/feed-url';
import { decodeFeedBytes } from '../../core/feeds/decode-feed';
import { describeNetworkFailure } from '../../core/feeds/network-failure';

export type RequestFactory = (options: ClientRequestConstructorOptions) => ClientRequest;

export { MAX_REDIRECTS };

/**
 * Conditional GET over Chromium's network stack (net.request), so the system
 * proxy, PAC files and the OS certificate store of a managed work laptop apply.
 * net.request rather than net.fetch: net.fetch rejects every redirect in
 * 'manual' mode ("Redirect was cancelled"), and we need to vet each hop before
 * it is requested (core's checkRedirect: https only, never this machine or a
 * private network) and stop after MAX_REDIRECTS.
 */
export function createFeedTransport(request: RequestFactory): FeedTransport {
  return { fetch: (feedRequest) => fetchFeed(request, feedRequest) };
}

function fetchFeed(request: RequestFactory, feed: FeedRequest): Promise<FeedResponse> {
  const first = checkFeedUrl(feed.url);
  if (!first.ok) return Promise.reject(new FeedTransportError(first.reason));

  return new Promise<FeedResponse>((resolve, reject) => {
    let settled = false;
    let redirects = 0;
    let at = first.url;
    const client = request({
      url: first.url,
      method: 'GET',
      redirect: 'manual',
      // Our own validators drive revalidation; Chromium's cache must not answer in between.
      cache: 'no-store',
      credentials: 'omit',
      useSessionCookies: false,
    });

    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const fail = (message: string): void =>
      settle(() => {
        client.abort();
        reject(new FeedTransportError(message));
      });

    const timer = setTimeout(() => fail(`no answer within ${Math.round(feed.timeoutMs / 1000)} seconds`), feed.timeoutMs);

    client.on('redirect', (_status, _method, redirectUrl) => {
      redirects += 1;
      if (redirects > MAX_REDIRECTS) return fail(`more than ${MAX_REDIRECTS} redirects`);
      const next = checkRedirect(first.url, at, redirectUrl);
      if (!next.ok) return fail(next.reason);
      at = next.url;
      client.followRedirect();
    });

    client.on('response', (response) => {
      if (response.statusCode === 304) return settle(() => resolve({ status: 'not-modified' }));
      if (response.statusCode < 200 || response.statusCode > 299) {
        return fail(`the server answered ${response.statusCode} ${response.statusMessage}`.trim());
      }
      const declared = Number(header(response, 'content-length'));
      if (Number.isFinite(declared) && declared > feed.maxBytes) return fail(tooLarge(feed.maxBytes));
      readCapped(response, feed.maxBytes, fail, (bytes) =>
        settle(() => resolve(okResponse(response, bytes))),
      );
    });

    client.on('error', (error) => fail(describeNetworkFailure(error) ?? `network error (${error.message})`));

    if (feed.etag) client.setHeader('If-None-Match', feed.etag);
    if (feed.lastModified) client.setHeader('If-Modified-Since', feed.lastModified);
    client.setHeader('Accept', 'application/json, application/xml, text/xml, text/calendar;q=0.9, */*;q=0.5');
    client.end();
  });
}

/** Counts bytes as they stream in, so a huge or endless body is cut off rather than buffered. */
function readCapped(response: IncomingMessage, maxBytes: number, fail: (message: string) => void, done: (bytes: Buffer) => void): void {
  const chunks: Buffer[] = [];
  let total = 0;
  response.on('data', (chunk: Buffer) => {
    total += chunk.length;
    if (total > maxBytes) return fail(tooLarge(maxBytes));
    chunks.push(chunk);
  });
  response.on('end', () => done(Buffer.concat(chunks)));
  response.on('error', (error: Error) => fail(`the download broke off: ${error.message}`));
  response.on('aborted', () => fail('the download broke off'));
}

function okResponse(response: IncomingMessage, bytes: Buffer): FeedResponse {
  const contentType = header(response, 'content-type');
  return {
    status: 'ok',
    body: decodeFeedBytes(bytes, contentType),
    etag: header(response, 'etag'),
    lastModified: header(response, 'last-modified'),
    contentType,
  };
}

function header(response: IncomingMessage, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function tooLarge(maxBytes: number): string {
  return `the feed is larger than ${Math.round(maxBytes / (1024 * 1024))} MB`;
}
