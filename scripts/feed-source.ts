/**
 * Reads a feed for the checker: a local file, or an https URL (plain http only
 * for localhost, the same rule the app uses) with a timeout and the size cap
 * enforced while streaming, so a huge or endless response is cut off early.
 * Redirects are followed by hand, each hop checked by core's checkRedirect
 * before it is requested, as the app's own transport does.
 */
import { FeedTooLargeError, readCappedText } from '../core/feeds/read-capped';
import { readFile, stat } from 'node:fs/promises';
import { MAX_FEED_BYTES } from '../core/feeds';
import { MAX_REDIRECTS, checkFeedUrl, checkRedirect } from '../core/feeds/feed-url';
import { decodeFeedBytes } from '../core/feeds/decode-feed';
import { describeNetworkFailure, innermostMessage } from '../core/feeds/network-failure';

export const FETCH_TIMEOUT_MS = 20_000;

export class SourceError extends Error {
  override name = 'SourceError';
}

/** A feed as read, with the length the server declared (for the hint below). */
export interface LoadedFeed {
  text: string;
  /** The response's Content-Length, when it sent one. */
  declaredBytes?: number;
}

export interface SourceOptions {
  /** The whole download, redirects included (tests shorten it). */
  timeoutMs?: number;
}

const tooLarge = (): SourceError => new SourceError(`the feed is larger than ${MAX_FEED_BYTES / 1024 / 1024} MB`);
const isRedirect = (status: number): boolean => status >= 300 && status < 400 && status !== 304;

/** The checker's words for a failed download; the URL is named without its query (it can hold a token). */
function failure(url: string, error: unknown, timeoutMs: number, receiving: boolean): SourceError {
  if (error instanceof SourceError) return error;
  if (error instanceof FeedTooLargeError) return tooLarge();
  const { origin, pathname } = new URL(url);
  const seconds = timeoutMs / 1000;
  const reason =
    (error as Error).name === 'TimeoutError'
      ? receiving
        ? `the server stopped sending in the middle of the feed (not complete within ${seconds} s)`
        : `no answer within ${seconds} s`
      : (describeNetworkFailure(error) ?? `the download failed (${innermostMessage(error)})`);
  return new SourceError(`could not fetch ${origin}${pathname}: ${reason}`);
}

async function fetchFeed(address: string, timeoutMs: number): Promise<LoadedFeed> {
  const verdict = checkFeedUrl(address);
  if (!verdict.ok) throw new SourceError(verdict.reason);
  const signal = AbortSignal.timeout(timeoutMs);
  let url = verdict.url;
  let receiving = false;
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(url, { signal, redirect: 'manual' });
      if (isRedirect(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (location === null) throw new SourceError(`the server answered ${response.status} without saying where to (no Location)`);
        if (redirects >= MAX_REDIRECTS) throw new SourceError(`more than ${MAX_REDIRECTS} redirects`);
        const next = checkRedirect(verdict.url, url, location);
        if (!next.ok) throw new SourceError(next.reason);
        url = next.url;
        continue;
      }
      if (!response.ok) throw new SourceError(`the server answered ${response.status} ${response.statusText}`.trim());
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > MAX_FEED_BYTES) throw tooLarge();
      receiving = true;
      const text = await readCappedText(response.body, MAX_FEED_BYTES, response.headers.get('content-type') ?? undefined);
      return response.headers.has('content-length') && Number.isFinite(declared) ? { text, declaredBytes: declared } : { text };
    }
  } catch (error) {
    throw failure(url, error, timeoutMs, receiving);
  }
}

async function readFeedFile(path: string): Promise<string> {
  try {
    if ((await stat(path)).size > MAX_FEED_BYTES) throw tooLarge();
    return decodeFeedBytes(await readFile(path));
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

export async function loadFeed(source: string, options: SourceOptions = {}): Promise<LoadedFeed> {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(source) ? fetchFeed(source, options.timeoutMs ?? FETCH_TIMEOUT_MS) : { text: await readFeedFile(source) };
}

export async function loadFeedSource(source: string, options: SourceOptions = {}): Promise<string> {
  return (await loadFeed(source, options)).text;
}

/**
 * A Content-Length shorter than the feed cuts it off without any error a
 * client can see: the body is "complete" at the promised length. When a parse
 * error sits on the very last line of such a download, say that this may be why.
 */
export function cutShortHint(errorAt: string | undefined, feed: LoadedFeed): string {
  if (feed.declaredBytes === undefined || errorAt === undefined) return '';
  const lastLine = feed.text.split('\n').length;
  if (errorAt !== `line ${lastLine}`) return '';
  return `; the download ended there, after the ${feed.declaredBytes} bytes the server's Content-Length promised: if the feed on the server is longer, that header is wrong`;
}
