/**
 * Reads a feed for the checker: a local file, or an https URL (plain http only
 * for localhost, the same rule the app uses) with a timeout and the size cap
 * enforced while streaming, so a huge or endless response is cut off early.
 */
import { FeedTooLargeError, readCappedText } from '../core/feeds/read-capped';
import { readFile, stat } from 'node:fs/promises';
import { MAX_FEED_BYTES } from '../core/feeds';
import { checkFeedUrl } from '../core/feeds/feed-url';
import { decodeFeedBytes } from '../core/feeds/decode-feed';

export const FETCH_TIMEOUT_MS = 20_000;

export class SourceError extends Error {
  override name = 'SourceError';
}

const tooLarge = (): SourceError => new SourceError(`the feed is larger than ${MAX_FEED_BYTES / 1024 / 1024} MB`);

async function readCapped(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_FEED_BYTES) throw tooLarge();
  try {
    return await readCappedText(response.body, MAX_FEED_BYTES, response.headers.get('content-type') ?? undefined);
  } catch (error) {
    throw error instanceof FeedTooLargeError ? tooLarge() : error;
  }
}

async function fetchFeed(address: string): Promise<string> {
  const verdict = checkFeedUrl(address);
  if (!verdict.ok) throw new SourceError(verdict.reason);
  let response: Response;
  try {
    response = await fetch(verdict.url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s` : (error as Error).message;
    throw new SourceError(`could not fetch ${verdict.url}: ${reason}`);
  }
  // A redirect must not lead somewhere the app itself would refuse to fetch.
  const final = checkFeedUrl(response.url || verdict.url);
  if (!final.ok) throw new SourceError(`redirected to a refused address: ${final.reason}`);
  if (!response.ok) throw new SourceError(`the server answered ${response.status} ${response.statusText}`.trim());
  return readCapped(response);
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

export function loadFeedSource(source: string): Promise<string> {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(source) ? fetchFeed(source) : readFeedFile(source);
}
