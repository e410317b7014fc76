/**
 * CompanionService: the app's use cases, written against ports so the same code
 * runs in Electron's main process, in the web edition's page and in tests.
 * It owns the programme on screen, the feed's state, settings and bookmarks,
 * and keeps reminders running.
 */
import type { ChangeReport, CompanionActions, CompanionState, FeedStatus, ImportReport, JoinOutcome } from './api';
import { EventHub } from './events';
import type { CompanionPorts } from './ports';
import { parseFeed, FeedError } from './feeds';
import type { ParseResult } from './feeds';
import { FeedCache } from './feeds/feed-cache';
import { checkFeedUrl } from './feeds/feed-url';
import { describeRefreshFailure } from './feeds/refresh-failure';
import { diffProgrammes } from './programme/diff';
import type { Programme } from './programme/model';
import { allowedRoomHosts } from './rooms/room-hosts';
import { roomState } from './rooms/room-state';
import type { Bookmark, BookmarkBook } from './schedule/bookmark-model';
import { BUNDLED_FEED } from './schedule/bookmark-model';
import { BookmarkKeeper } from './schedule/bookmark-keeper';
import { bookmarksFile, matchImportedBookmarks } from './schedule/bookmark-transfer';
import { acknowledgeFlags, bookmarksOf, moveBookmarksToFeed, reconcileBookmarks, removeBookmark, setBookmark } from './schedule/bookmarks';
import { ReminderScheduler } from './schedule/reminder-scheduler';
import { DEFAULT_SETTINGS, settingsFromStored } from './settings';
import type { Settings, SettingsPatch } from './settings';
import { checkExternalLink } from './links';
import { timeInZone, toIsoInstant } from './time/zoned';

export interface ServiceOptions {
  /** The bundled programme's text (native format). */
  bundledFeed: string;
  /** The machine's IANA zone. */
  systemZone: string;
}

export type ServicePorts = CompanionPorts & {
  /** Re-creatable data (the feed cache, the bookmarks mirror), kept apart from settings and bookmarks. */
  cache: CompanionPorts['store'];
};

const SETTINGS_KEY = 'settings';
const DEFAULT_ZONE = 'Europe/Vienna';
const FETCH_TIMEOUT_MS = 20_000;
const FETCH_MAX_BYTES = 20 * 1024 * 1024;

export class CompanionService implements CompanionActions {
  readonly events = new EventHub();
  private settings: Settings = DEFAULT_SETTINGS;
  private programme: Programme;
  private feed: FeedStatus;
  private changes: ChangeReport | null = null;
  private book: BookmarkBook = { version: 2, bookmarks: [] };
  private notice: string | null = null;
  private inFlight: Promise<FeedStatus> | null = null;
  private refreshTimer: unknown = null;
  private readonly bundled: ParseResult;
  private readonly cache: FeedCache;
  private readonly keeper: BookmarkKeeper;
  private readonly reminders: ReminderScheduler;

  constructor(
    private readonly ports: ServicePorts,
    private readonly options: ServiceOptions,
  ) {
    this.bundled = parseFeed(options.bundledFeed, { defaultTimeZone: DEFAULT_ZONE });
    this.programme = this.bundled.programme;
    this.feed = this.bundledStatus();
    this.cache = new FeedCache(ports.cache);
    this.keeper = new BookmarkKeeper(ports.store, ports.cache);
    this.reminders = new ReminderScheduler(ports.clock, ports.notifier, ports.store, (id) => this.events.emit('sessionRequested', id));
  }

  /** Loads settings, bookmarks and the cached feed; call once before serving actions. Never throws on damaged storage. */
  start(): void {
    this.settings = settingsFromStored(this.ports.store.get(SETTINGS_KEY));
    const loaded = this.keeper.load();
    this.book = loaded.book;
    this.notice = loaded.notice;
    this.loadFromCache();
    this.reconcile();
    this.scheduleRefresh();
  }

  stop(): void {
    if (this.refreshTimer !== null) this.ports.clock.clearTimeout(this.refreshTimer);
    this.refreshTimer = null;
    this.reminders.cancel();
  }

  async getState(): Promise<CompanionState> {
    return {
      programme: this.programme,
      feed: this.feed,
      changes: this.changes,
      bookmarks: this.currentBookmarks(),
      notice: this.notice,
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
    const previousFeed = this.feedKey();
    await this.updateSettings({ feedUrl: url });
    // Changes between two different feeds mean nothing to the attendee.
    this.setChanges(null);
    if (url === null) {
      this.showProgramme(this.bundled.programme, this.bundledStatus());
    } else {
      await this.refreshFeed();
    }
    // The organisers may have moved the programme: bookmarks follow the sessions they know.
    if (previousFeed !== this.feedKey() && this.feed.error === null) {
      this.saveBook(moveBookmarksToFeed(this.book, previousFeed, this.feedKey(), this.programme));
      this.reconcile();
    }
    return this.feed;
  }

  async updateSettings(patch: SettingsPatch): Promise<Settings> {
    this.settings = { ...this.settings, ...patch };
    this.ports.store.set(SETTINGS_KEY, this.settings);
    this.events.emit('settingsChanged', this.settings);
    if ('refreshMinutes' in patch) this.scheduleRefresh();
    if ('reminderMinutes' in patch || 'displayZone' in patch) this.replanReminders();
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
      return {
        ok: false,
        reason: `The room opens at ${timeInZone(state.opensAt, this.displayZone())}, ${this.settings.joinWindowMinutes} minutes before the start.`,
      };
    }
    await this.ports.rooms.open({
      url: session.room.url,
      title: session.title,
      sessionId,
      allowedHosts: allowedRoomHosts(this.programme, this.settings.extraRoomHosts),
    });
    return { ok: true };
  }

  async setBookmark(sessionId: string, bookmarked: boolean): Promise<void> {
    if (!bookmarked) {
      this.saveBook(removeBookmark(this.book, this.feedKey(), sessionId));
      return;
    }
    const session = this.programme.sessions.find((s) => s.id === sessionId);
    if (session) this.saveBook(setBookmark(this.book, this.feedKey(), session, true, this.nowIso()));
  }

  async dismissBookmarkFlags(sessionIds: string[]): Promise<void> {
    this.saveBook(acknowledgeFlags(this.book, this.feedKey(), sessionIds));
  }

  async exportBookmarks(): Promise<boolean> {
    const content = bookmarksFile(this.currentBookmarks(), this.programme, this.settings.feedUrl, this.nowIso());
    return this.ports.files.save({ suggestedName: 'go-local-bookmarks.json', mimeType: 'application/json', content });
  }

  async importBookmarks(text: string): Promise<ImportReport> {
    let match;
    try {
      match = matchImportedBookmarks(text, this.programme);
    } catch (error) {
      return { ok: false, reason: error instanceof FeedError ? `The file could not be read: ${error.message}.` : 'The file could not be read.' };
    }
    const before = new Set(this.currentBookmarks().map((b) => b.sessionId));
    let book = this.book;
    for (const session of match.matched) book = setBookmark(book, this.feedKey(), session, true, this.nowIso());
    this.saveBook(book);
    const alreadyBookmarked = match.matched.filter((s) => before.has(s.id)).length;
    return { ok: true, added: match.matched.length - alreadyBookmarked, alreadyBookmarked, unmatched: match.unmatched };
  }

  async dismissNotice(): Promise<void> {
    this.notice = null;
    this.events.emit('noticeChanged', null);
  }

  private feedKey(): string {
    return this.settings.feedUrl ?? BUNDLED_FEED;
  }

  private displayZone(): string {
    return this.settings.displayZone ?? this.options.systemZone;
  }

  private nowIso(): string {
    return toIsoInstant(this.ports.clock.now());
  }

  private currentBookmarks(): Bookmark[] {
    return bookmarksOf(this.book, this.feedKey());
  }

  private saveBook(book: BookmarkBook): void {
    if (book === this.book) return;
    this.book = book;
    this.keeper.save(book);
    this.events.emit('bookmarksChanged', this.currentBookmarks());
    this.replanReminders();
  }

  /** Flags bookmarked sessions that moved or left the programme; keeps them all. */
  private reconcile(): void {
    this.saveBook(reconcileBookmarks(this.book, this.feedKey(), this.programme, this.nowIso()).book);
    this.replanReminders();
  }

  private replanReminders(): void {
    this.reminders.replan({
      sessions: this.programme.sessions,
      bookmarkedIds: new Set(this.currentBookmarks().map((b) => b.sessionId)),
      minutesBefore: this.settings.reminderMinutes,
      displayZone: this.displayZone(),
    });
  }

  private bundledStatus(): FeedStatus {
    return { url: null, origin: 'bundled', lastUpdated: null, lastChecked: null, refreshing: false, error: null, warnings: this.bundled.warnings };
  }

  private loadFromCache(): void {
    const url = this.settings.feedUrl;
    if (url === null) return;
    const cached = this.cache.feed(url);
    if (!cached) return;
    try {
      const parsed = this.parse(cached.body, url);
      this.programme = parsed.programme;
      this.feed = { url, origin: 'cache', lastUpdated: cached.fetchedAt, lastChecked: null, refreshing: false, error: null, warnings: parsed.warnings };
      this.changes = this.cache.changes(url);
    } catch {
      // A cache we can no longer read is as good as none: the bundled programme stays until a refresh works.
      this.cache.forgetFeed();
    }
  }

  private parse(body: string, url: string): ParseResult {
    return parseFeed(body, { defaultTimeZone: DEFAULT_ZONE, sourceUrl: url });
  }

  private async fetchFeed(): Promise<FeedStatus> {
    const url = this.settings.feedUrl;
    const now = this.nowIso();
    if (url === null) {
      this.setFeed({ ...this.bundledStatus(), lastChecked: now });
      return this.feed;
    }
    this.setFeed({ ...this.feed, refreshing: true });
    const validators = this.cache.feed(url);
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
      this.cache.saveFeed({ url, body: response.body, etag: response.etag, lastModified: response.lastModified, fetchedAt: now });
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
    this.reconcile();
  }

  private setChanges(report: ChangeReport | null): void {
    this.changes = report;
    this.cache.saveChanges(this.settings.feedUrl, report);
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
