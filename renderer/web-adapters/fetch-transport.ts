/** FeedTransport over the browser's fetch: conditional GET, timeout and a size cap while reading. */
import type { FeedRequest, FeedResponse, FeedTransport } from '../../core/ports';
import { FeedTransportError } from '../../core/ports';
import { FeedTooLargeError, readCappedText } from '../../core/feeds/read-capped';

export class FetchTransport implements FeedTransport {
  async fetch(request: FeedRequest): Promise<FeedResponse> {
    const headers: Record<string, string> = {};
    if (request.etag) headers['If-None-Match'] = request.etag;
    if (request.lastModified) headers['If-Modified-Since'] = request.lastModified;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), request.timeoutMs);
    try {
      const response = await fetch(request.url, { headers, signal: controller.signal, cache: 'no-cache', credentials: 'omit' });
      if (response.status === 304) return { status: 'not-modified' };
      if (!response.ok) throw new FeedTransportError(`the server answered ${response.status} ${response.statusText}`.trim());
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
      if (controller.signal.aborted) throw new FeedTransportError(`no answer within ${request.timeoutMs / 1000} s`);
      throw new FeedTransportError('the network or the server is unreachable');
    } finally {
      clearTimeout(timer);
    }
  }
}
