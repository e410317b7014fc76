/** The last good feed and the last change report, as kept in the cache store. */
import type { ChangeReport } from '../programme/change-report';
import type { KeyValueStore } from '../ports';

export interface CachedFeed {
  url: string;
  body: string;
  etag?: string;
  lastModified?: string;
  fetchedAt: string;
}

interface StoredChangeReport extends ChangeReport {
  url: string;
}

const FEED_KEY = 'feed';
const CHANGES_KEY = 'changes';

function isCachedFeed(value: unknown): value is CachedFeed {
  const v = value as Partial<CachedFeed> | null;
  return typeof v === 'object' && v !== null && typeof v.url === 'string' && typeof v.body === 'string' && typeof v.fetchedAt === 'string';
}

function isStoredChangeReport(value: unknown): value is StoredChangeReport {
  const v = value as Partial<StoredChangeReport> | null;
  return typeof v === 'object' && v !== null && typeof v.url === 'string' && typeof v.at === 'string' && Array.isArray(v.changes);
}

export class FeedCache {
  constructor(private readonly store: KeyValueStore) {}

  /** The cached copy of this feed, if the cache holds one for this very URL. */
  feed(url: string): CachedFeed | undefined {
    const cached = this.store.get(FEED_KEY);
    return isCachedFeed(cached) && cached.url === url ? cached : undefined;
  }

  saveFeed(feed: CachedFeed): void {
    this.store.set(FEED_KEY, feed);
  }

  forgetFeed(): void {
    this.store.delete(FEED_KEY);
  }

  changes(url: string): ChangeReport | null {
    const report = this.store.get(CHANGES_KEY);
    return isStoredChangeReport(report) && report.url === url ? { at: report.at, changes: report.changes } : null;
  }

  saveChanges(url: string | null, report: ChangeReport | null): void {
    if (report && url !== null) this.store.set(CHANGES_KEY, { url, ...report } satisfies StoredChangeReport);
    else this.store.delete(CHANGES_KEY);
  }
}
