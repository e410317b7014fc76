/**
 * Which programme is on screen and where it came from: the bundled programme,
 * the cached copy of the organisers' feed, or a fresh fetch. A refresh never
 * loses anything: a failed, broken or suddenly empty feed keeps the old
 * programme and says why. Change reports compare two versions of the same feed.
 */
import type { FeedStatus } from './feed-status';
import type { ChangeReport } from '../programme/change-report';
import type { Clock, FeedTransport, KeyValueStore } from '../ports';
import { diffProgrammes } from '../programme/diff';
import type { Programme } from '../programme/model';
import { toIsoInstant } from '../time/zoned';
import { FeedCache } from './feed-cache';
import type { CachedFeed } from './feed-cache';
import { FeedError } from './feed-error';
import { parseFeed } from './index';
import type { ParseResult } from './types';
import { describeRefreshFailure } from './refresh-failure';
import { unusableReason } from './usable';

const DEFAULT_ZONE = 'Europe/Vienna';
const FETCH_TIMEOUT_MS = 20_000;
const FETCH_MAX_BYTES = 20 * 1024 * 1024;

export interface FeedLoaderEvents {
  programmeChanged(programme: Programme): void;
  feedStatusChanged(status: FeedStatus): void;
  changesChanged(report: ChangeReport | null): void;
}

export class FeedLoader {
  private current: Programme;
  private status: FeedStatus;
  private report: ChangeReport | null = null;
  private readonly bundled: ParseResult;
  private readonly cache: FeedCache;

  constructor(
    bundledFeed: string,
    private readonly transport: FeedTransport,
    cacheStore: KeyValueStore,
    private readonly clock: Clock,
    private readonly events: FeedLoaderEvents,
  ) {
    this.bundled = parseFeed(bundledFeed, { defaultTimeZone: DEFAULT_ZONE });
    this.current = this.bundled.programme;
    this.status = this.bundledStatus();
    this.cache = new FeedCache(cacheStore);
  }

  get programme(): Programme {
    return this.current;
  }

  get feed(): FeedStatus {
    return this.status;
  }

  get changes(): ChangeReport | null {
    return this.report;
  }

  /** At start: the cached copy of this feed when there is a readable one; otherwise the bundled programme stays. */
  loadCached(url: string | null): void {
    if (url === null) return;
    const cached = this.cache.feed(url);
    if (!cached) return;
    try {
      const parsed = this.parse(cached.body, url);
      this.current = parsed.programme;
      this.status = { url, origin: 'cache', lastUpdated: cached.fetchedAt, lastChecked: null, refreshing: false, error: null, warnings: parsed.warnings };
      this.report = this.cache.changes(url);
    } catch {
      // A cache we can no longer read is as good as none: the bundled programme stays until a refresh works.
      this.cache.forgetFeed();
    }
  }

  /** Switching feeds: the old change report means nothing for the new feed. */
  switchTo(url: string | null): void {
    this.setChanges(null, url);
    if (url === null) this.show(this.bundled.programme, this.bundledStatus());
  }

  /** Reports a refusal (a bad address) without touching the programme. */
  refuse(reason: string): void {
    this.setStatus({ ...this.status, error: reason });
  }

  async refresh(url: string | null): Promise<FeedStatus> {
    const now = toIsoInstant(this.clock.now());
    if (url === null) {
      this.setStatus({ ...this.bundledStatus(), lastChecked: now });
      return this.status;
    }
    this.setStatus({ ...this.status, refreshing: true });
    const validators = this.cache.feed(url);
    try {
      const response = await this.transport.fetch({
        url,
        etag: validators?.etag,
        lastModified: validators?.lastModified,
        timeoutMs: FETCH_TIMEOUT_MS,
        maxBytes: FETCH_MAX_BYTES,
      });
      if (response.status === 'not-modified') {
        this.setStatus({ ...this.status, lastUpdated: now, lastChecked: now, refreshing: false, error: null });
        return this.status;
      }
      if (this.showsCopyOf(url, validators, response)) {
        // The very feed already on screen: nothing to parse, save or announce, only that it was checked.
        this.setStatus({ ...this.status, origin: 'network', lastUpdated: now, lastChecked: now, refreshing: false, error: null });
        return this.status;
      }
      const parsed = this.parse(response.body, url);
      this.cache.saveFeed({ url, body: response.body, etag: response.etag, lastModified: response.lastModified, fetchedAt: now });
      if (this.status.url === url && this.status.origin !== 'bundled') {
        const changes = diffProgrammes(this.current, parsed.programme);
        if (changes.length > 0) this.setChanges({ at: now, changes }, url);
      }
      this.show(parsed.programme, { url, origin: 'network', lastUpdated: now, lastChecked: now, refreshing: false, error: null, warnings: parsed.warnings });
    } catch (error) {
      this.setStatus({ ...this.status, lastChecked: now, refreshing: false, error: describeRefreshFailure(error) });
    }
    return this.status;
  }

  /** True when the programme on screen was read from this cached body and the server sent the same body and validators. */
  private showsCopyOf(url: string, cached: CachedFeed | undefined, response: { body: string; etag?: string; lastModified?: string }): boolean {
    return (
      cached !== undefined &&
      this.status.url === url &&
      this.status.origin !== 'bundled' &&
      cached.body === response.body &&
      cached.etag === response.etag &&
      cached.lastModified === response.lastModified
    );
  }

  /** Only a usable feed comes out: an empty one throws, so the last good programme stays (refresh and cache alike). */
  private parse(body: string, url: string): ParseResult {
    const parsed = parseFeed(body, { defaultTimeZone: DEFAULT_ZONE, sourceUrl: url });
    const problem = unusableReason(parsed, this.current.sessions.length > 0);
    if (problem !== null) throw new FeedError(problem);
    return parsed;
  }

  private bundledStatus(): FeedStatus {
    return { url: null, origin: 'bundled', lastUpdated: null, lastChecked: null, refreshing: false, error: null, warnings: this.bundled.warnings };
  }

  private show(programme: Programme, status: FeedStatus): void {
    this.current = programme;
    this.events.programmeChanged(programme);
    this.setStatus(status);
  }

  private setChanges(report: ChangeReport | null, url: string | null): void {
    this.report = report;
    this.cache.saveChanges(url, report);
    this.events.changesChanged(report);
  }

  private setStatus(status: FeedStatus): void {
    this.status = status;
    this.events.feedStatusChanged(status);
  }
}
