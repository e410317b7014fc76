/**
 * CompanionService: the app's use cases, written against ports so the same code
 * runs in Electron's main process, in the web edition's page and in tests.
 */
import type { ChangeReport, CompanionActions, CompanionState, FeedStatus, JoinOutcome } from './api';
import { allowedRoomHosts } from './rooms/room-hosts';
import { roomState } from './rooms/room-state';
import { timeInZone } from './time/zoned';
import { diffProgrammes } from './programme/diff';
import { EventHub } from './events';
import type { CompanionPorts } from './ports';
import { FeedTransportError } from './ports';
import { parseFeed, FeedError } from './feeds';
import type { ParseResult } from './feeds';
import { checkFeedUrl } from './feeds/feed-url';
import type { Programme } from './programme/model';
import { DEFAULT_SETTINGS, settingsFromStored } from './settings';
import type { Settings, SettingsPatch } from './settings';
import { checkExternalLink } from './links';
import { toIsoInstant } from './time/zoned';

export interface ServiceOptions {
  /** The bundled programme's text (native format). */
  bundledFeed: string;
  /** The machine's IANA zone. */
  systemZone: string;
}

interface CachedFeed {
  url: string;
  body: string;
  etag?: string;
  lastModified?: string;
  fetchedAt: string;
}

interface StoredChangeReport extends ChangeReport {
  url: string;
}

const SETTINGS_KEY = 'settings';
const FEED_CACHE_KEY = 'feed';
const CHANGES_KEY = 'changes';
const FETCH_TIMEOUT_MS = 20_000;
const FETCH_MAX_BYTES = 20 * 1024 * 1024;

function isStoredChangeReport(value: unknown): value is StoredChangeReport {
  const v = value as Partial<StoredChangeReport> | null;
  return typeof v === 'object' && v !== null && typeof v.url === 'string' && typeof v.at === 'string' && Array.isArray(v.changes);
}

function isCachedFeed(value: unknown): value is CachedFeed {
  const v = value as Partial<CachedFeed> | null;
  return typeof v === 'object' && v !== null && typeof v.url === 'string' && typeof v.body === 'string' && typeof v.fetchedAt === 'string';
}

export class CompanionService implements CompanionActions {
  readonly events = new EventHub();
  private settings: Settings = DEFAULT_SETTINGS;
  private programme: Programme;
  private feed: FeedStatus;
  private changes: ChangeReport | null = null;
  private inFlight: Promise<FeedStatus> | null = null;
  private refreshTimer: unknown = null;
  private readonly bundled: ParseResult;

  constructor(
    private readonly ports: CompanionPorts & { cache: CompanionPorts['store'] },
    private readonly options: ServiceOptions,
  ) {
    this.bundled = parseFeed(options.bundledFeed, { defaultTimeZone: 'Europe/Vienna' });
    this.programme = this.bundled.programme;
    this.feed = this.bundledStatus();
  }

  /** Loads settings and the cached feed; call once before serving actions. Never throws on damaged storage. */
  start(): void {
    this.settings = settingsFromStored(this.ports.store.get(SETTINGS_KEY));
    this.loadFromCache();
    this.scheduleRefresh();
  }

  stop(): void {
    if (this.refreshTimer !== null) this.ports.clock.clearTimeout(this.refreshTimer);
    this.refreshTimer = null;
  }

  async getState(): Promise<CompanionState> {
    return {
      programme: this.programme,
      feed: this.feed,
      changes: this.changes,
      settings: this.settings,
      systemZone: this.options.systemZone,
    };
  }

  refreshFeed(): Promise<FeedStatus> {
    this.inFlight ??= this.fetchFeed().finally(() => {
      this.inFlight = null;
      this.scheduleRefresh();
    });
    return this.inFlight;
  }

  async setFeedUrl(url: string | null): Promise<FeedStatus> {
    if (url !== null) {
      const verdict = checkFeedUrl(url);
      if (!verdict.ok) {
        this.setFeed({ ...this.feed, error: verdict.reason });
        return this.feed;
      }
      url = verdict.url;
    }
    await this.updateSettings({ feedUrl: url });
    // Changes between two different feeds mean nothing to the attendee.
    this.setChanges(null);
    if (url === null) {
      this.showProgramme(this.bundled.programme, this.bundledStatus());
      return this.feed;
    }
    return this.refreshFeed();
  }

  async updateSettings(patch: SettingsPatch): Promise<Settings> {
    this.settings = { ...this.settings, ...patch };
    this.ports.store.set(SETTINGS_KEY, this.settings);
    this.events.emit('settingsChanged', this.settings);
    if ('refreshMinutes' in patch) this.scheduleRefresh();
    return this.settings;
  }

  async openLink(url: string): Promise<boolean> {
    const verdict = checkExternalLink(url);
    if (!verdict.ok) return false;
    await this.ports.links.openExternal(verdict.url);
    return true;
  }

  async joinRoom(sessionId: string): Promise<JoinOutcome> {
    const session = this.programme.sessions.find((s) => s.id === sessionId);
    if (!session) return { ok: false, reason: 'This session is no longer in the programme.' };
    const state = roomState(session, this.ports.clock.now(), this.settings.joinWindowMinutes);
    if (state.kind === 'no-room' || !session.room.url) return { ok: false, reason: 'This session has no online room.' };
    if (state.kind === 'opens-later') {
      const zone = this.settings.displayZone ?? this.options.systemZone;
      return { ok: false, reason: `The room opens at ${timeInZone(state.opensAt, zone)}, ${this.settings.joinWindowMinutes} minutes before the start.` };
    }
    await this.ports.rooms.open({
      url: session.room.url,
      title: session.title,
      sessionId,
      allowedHosts: allowedRoomHosts(this.programme, this.settings.extraRoomHosts),
    });
    return { ok: true };
  }

  private bundledStatus(): FeedStatus {
    return { url: null, origin: 'bundled', lastUpdated: null, lastChecked: null, refreshing: false, error: null, warnings: this.bundled.warnings };
  }

  private loadFromCache(): void {
    const url = this.settings.feedUrl;
    if (url === null) return;
    const cached = this.ports.cache.get(FEED_CACHE_KEY);
    if (!isCachedFeed(cached) || cached.url !== url) return;
    try {
      const parsed = this.parse(cached.body, url);
      this.programme = parsed.programme;
      this.feed = { url, origin: 'cache', lastUpdated: cached.fetchedAt, lastChecked: null, refreshing: false, error: null, warnings: parsed.warnings };
      const report = this.ports.cache.get(CHANGES_KEY);
      if (isStoredChangeReport(report) && report.url === url) this.changes = { at: report.at, changes: report.changes };
    } catch {
      // A cache we can no longer read is as good as none: the bundled programme stays until a refresh works.
      this.ports.cache.delete(FEED_CACHE_KEY);
    }
  }

  private parse(body: string, url: string): ParseResult {
    return parseFeed(body, { defaultTimeZone: 'Europe/Vienna', sourceUrl: url });
  }

  private async fetchFeed(): Promise<FeedStatus> {
    const url = this.settings.feedUrl;
    const now = toIsoInstant(this.ports.clock.now());
    if (url === null) {
      this.setFeed({ ...this.bundledStatus(), lastChecked: now });
      return this.feed;
    }
    this.setFeed({ ...this.feed, refreshing: true });
    const cached = this.ports.cache.get(FEED_CACHE_KEY);
    const validators = isCachedFeed(cached) && cached.url === url ? cached : undefined;
    try {
      const response = await this.ports.transport.fetch({
        url,
        etag: validators?.etag,
        lastModified: validators?.lastModified,
        timeoutMs: FETCH_TIMEOUT_MS,
        maxBytes: FETCH_MAX_BYTES,
      });
      if (response.status === 'not-modified') {
        this.setFeed({ ...this.feed, lastUpdated: now, lastChecked: now, refreshing: false, error: null });
        return this.feed;
      }
      const parsed = this.parse(response.body, url);
      if (parsed.programme.sessions.length === 0 && this.programme.sessions.length > 0) {
        throw new FeedError('the feed now lists no sessions');
      }
      this.ports.cache.set(FEED_CACHE_KEY, {
        url,
        body: response.body,
        etag: response.etag,
        lastModified: response.lastModified,
        fetchedAt: now,
      } satisfies CachedFeed);
      if (this.feed.url === url && this.feed.origin !== 'bundled') {
        const changes = diffProgrammes(this.programme, parsed.programme);
        if (changes.length > 0) this.setChanges({ at: now, changes });
      }
      this.showProgramme(parsed.programme, { url, origin: 'network', lastUpdated: now, lastChecked: now, refreshing: false, error: null, warnings: parsed.warnings });
    } catch (error) {
      this.setFeed({ ...this.feed, lastChecked: now, refreshing: false, error: describeRefreshFailure(error) });
    }
    return this.feed;
  }

  private showProgramme(programme: Programme, status: FeedStatus): void {
    this.programme = programme;
    this.events.emit('programmeChanged', programme);
    this.setFeed(status);
  }

  private setChanges(report: ChangeReport | null): void {
    this.changes = report;
    const url = this.settings.feedUrl;
    if (report && url !== null) this.ports.cache.set(CHANGES_KEY, { url, ...report } satisfies StoredChangeReport);
    else this.ports.cache.delete(CHANGES_KEY);
    this.events.emit('changesChanged', report);
  }

  private setFeed(status: FeedStatus): void {
    this.feed = status;
    this.events.emit('feedStatusChanged', status);
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer !== null) this.ports.clock.clearTimeout(this.refreshTimer);
    this.refreshTimer = null;
    if (this.settings.feedUrl === null || this.settings.refreshMinutes === 0) return;
    this.refreshTimer = this.ports.clock.setTimeout(() => {
      this.refreshTimer = null;
      void this.refreshFeed();
    }, this.settings.refreshMinutes * 60_000);
  }
}

/** Words for the attendee: what went wrong, and that their programme is still there. */
function describeRefreshFailure(error: unknown): string {
  const keep = 'The programme you had is still shown.';
  if (error instanceof FeedError) return `The feed could not be read: ${error.message}. ${keep}`;
  if (error instanceof FeedTransportError) return `The feed is unreachable: ${error.message}. ${keep}`;
  return `The feed could not be refreshed: ${error instanceof Error ? error.message : String(error)}. ${keep}`;
}
