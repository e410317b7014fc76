/**
 * FeedTransport over the browser's fetch: timeout, a size cap while reading,
 * core's decoding rule, and words for each failure.
 *
 * No If-None-Match / If-Modified-Since of our own: such headers make the
 * request "non-simple", so the browser sends a CORS pre-flight first, and a feed
 * server that only answers `Access-Control-Allow-Origin: *` would work on the
 * first fetch and fail on every refresh. `cache: 'no-cache'` lets the browser's
 * HTTP cache revalidate with the server's own validators instead (a 304 reaches
 * us as the cached 200), so one simple CORS header is all a feed host needs.
 */
import type { FeedRequest, FeedResponse, FeedTransport } from '../../core/ports';
import { FeedTransportError } from '../../core/ports';
import { FeedTooLargeError, readCappedText } from '../../core/feeds/read-capped';
import { describeNetworkFailure } from '../../core/feeds/network-failure';

export const CORS_REFUSED =
  'its server answers, but does not allow the web edition to read the feed (no Access-Control-Allow-Origin header for this site). The desktop app can read it, or the organisers can allow it';

export class FetchTransport implements FeedTransport {
  async fetch(request: FeedRequest): Promise<FeedResponse> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), request.timeoutMs);
    let receiving = false;
    try {
      const response = await fetch(request.url, { signal: controller.signal, cache: 'no-cache', credentials: 'omit' });
      if (response.status === 304) return { status: 'not-modified' };
      if (!response.ok) throw new FeedTransportError(`the server answered ${response.status} ${response.statusText}`.trim());
      receiving = true;
      const contentType = response.headers.get('Content-Type') ?? undefined;
      const body = await readCappedText(response.body, request.maxBytes, contentType);
      return {
        status: 'ok',
        body,
        etag: response.headers.get('ETag') ?? undefined,
        lastModified: response.headers.get('Last-Modified') ?? undefined,
        contentType,
      };
    } catch (error) {
      if (error instanceof FeedTransportError) throw error;
      if (error instanceof FeedTooLargeError) throw new FeedTransportError(error.message);
      const seconds = request.timeoutMs / 1000;
      if (controller.signal.aborted) {
        throw new FeedTransportError(receiving ? `the server stopped sending in the middle of the feed (not complete within ${seconds} s)` : `no answer within ${seconds} s`);
      }
      const known = describeNetworkFailure(error);
      if (known !== null) throw new FeedTransportError(known);
      if (!receiving && (await answersWithoutCors(request.url, controller.signal))) throw new FeedTransportError(CORS_REFUSED);
      throw new FeedTransportError('the network or the server is unreachable');
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * A browser tells a page nothing about why a fetch failed: a CORS refusal and
 * an unreachable server are the same TypeError. A `no-cors` request to the same
 * address tells them apart honestly: it succeeds (with an opaque answer we
 * cannot and need not read) only when the server did answer, so the first
 * failure was the missing CORS permission. Either way it reads nothing.
 */
async function answersWithoutCors(url: string, signal: AbortSignal): Promise<boolean> {
  try {
    const probe = await fetch(url, { mode: 'no-cors', signal, cache: 'no-store', credentials: 'omit', redirect: 'follow' });
    return probe.type === 'opaque' || probe.ok;
  } catch {
    return false;
  }
}
