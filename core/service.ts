/**
 * CompanionService: the app's use cases, written against ports so the same code
 * runs in Electron's main process, in the web edition's page and in tests.
 * The programme comes from FeedLoader; this class adds settings, bookmarks,
 * reminders, rooms and calendar export, and announces every change as an event.
 */
import type { CompanionActions, CompanionState, FeedStatus, ImportReport, JoinOutcome } from './api';
import { EventHub } from './events';
import type { CompanionPorts } from './ports';
import { FeedError } from './feeds';
import { FeedLoader } from './feeds/feed-loader';
import { checkFeedUrl } from './feeds/feed-url';
import type { Programme } from './programme/model';
import { RoomConsents } from './rooms/room-consents';
import type { ConsentKind, RoomPermission } from './rooms/room-consents';
import { roomHostsFor } from './rooms/room-hosts';
import { roomState } from './rooms/room-state';
import type { Bookmark, BookmarkBook } from './schedule/bookmark-model';
import { BUNDLED_FEED, EMPTY_BOOK } from './schedule/bookmark-model';
import { BookmarkKeeper } from './schedule/bookmark-keeper';
import { bookmarksFile, matchImportedBookmarks } from './schedule/bookmark-transfer';
import { acknowledgeFlags, bookmarksOf, moveBookmarksToFeed, reconcileBookmarks, removeBookmark, setBookmark } from './schedule/bookmarks';
import { ReminderScheduler } from './schedule/reminder-scheduler';
import type { ReminderOutlookSource } from './schedule/reminder-outlook';
import { bookmarkedIdsOf } from './schedule/bookmarked-ids';
import { displayZoneOf } from './time/display-zone';
import type { CalendarScope } from './calendar/calendar-scope';
import { sessionsInScope } from './calendar/calendar-scope';
import { exportCalendar } from './calendar/ics-export';
import { nextLedger } from './calendar/export-ledger';
import type { ExportLedger } from './calendar/export-ledger';
import { DEFAULT_SETTINGS } from './settings';
import { SettingsKeeper } from './settings-keeper';
import type { Settings, SettingsPatch } from './settings';
import { checkExternalLink } from './links';
import { timeInZone, toIsoInstant } from './time/zoned';
import type { SavedDataNote } from './storage/saved-data-note';

export interface ServiceOptions {
  /** The bundled programme's text (native format). */
  bundledFeed: string;
  /** The machine's IANA zone. */
  systemZone: string;
  /** The machine's (the browser's) preferred languages, most wanted first; none known means English. */
  systemLanguages?: readonly string[];
}

export type ServicePorts = CompanionPorts & {
  /** Re-creatable data (the feed cache, the bookmarks mirror), kept apart from settings and bookmarks. */
  cache: CompanionPorts['store'];
};

const LEDGER_KEY = 'calendar-ledger';

export class CompanionService implements CompanionActions {
  readonly events = new EventHub();
  private settings: Settings = DEFAULT_SETTINGS;
  private book: BookmarkBook = EMPTY_BOOK;
  private notice: SavedDataNote[] | null = null;
  private inFlight: Promise<FeedStatus> | null = null;
  private refreshTimer: unknown = null;
  private readonly feeds: FeedLoader;
  private readonly bookmarkKeeper: BookmarkKeeper;
  private readonly settingsKeeper: SettingsKeeper;
  private readonly reminders: ReminderScheduler;
  /** Remembered answers to the room windows' device prompts; main's room windows read and write the same store. */
  readonly roomConsents: RoomConsents;

  constructor(
    private readonly ports: ServicePorts,
    private readonly options: ServiceOptions,
  ) {
    this.feeds = new FeedLoader(options.bundledFeed, ports.transport, ports.cache, ports.clock, {
      programmeChanged: (programme) => {
        this.events.emit('programmeChanged', programme);
        this.reconcile();
      },
      feedStatusChanged: (status) => this.events.emit('feedStatusChanged', status),
      changesChanged: (report) => this.events.emit('changesChanged', report),
    });
    this.bookmarkKeeper = new BookmarkKeeper(ports.store, ports.cache);
    this.settingsKeeper = new SettingsKeeper(ports.store, ports.cache);
    this.roomConsents = new RoomConsents(ports.store);
    this.reminders = new ReminderScheduler(ports.clock, ports.notifier, ports.store, (id) => this.events.emit('sessionRequested', id));
  }

  /** Loads settings, bookmarks and the cached feed; call once before serving actions. Never throws on damaged storage. */
  start(): void {
    const settings = this.settingsKeeper.load();
    this.settings = settings.settings;
    const bookmarks = this.bookmarkKeeper.load();
    this.book = bookmarks.book;
    const notes = [...bookmarks.notes, ...settings.notes];
    this.notice = notes.length > 0 ? notes : null;
    this.feeds.loadCached(this.settings.feedUrl);
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
      feed: this.feeds.feed,
      changes: this.feeds.changes,
      bookmarks: this.currentBookmarks(),
      notice: this.notice,
      settings: this.settings,
      systemZone: this.options.systemZone,
      systemLanguages: [...(this.options.systemLanguages ?? [])],
    };
  }

  refreshFeed(): Promise<FeedStatus> {
    this.inFlight ??= this.feeds.refresh(this.settings.feedUrl).finally(() => {
      this.inFlight = null;
      this.scheduleRefresh();
    });
    return this.inFlight;
  }

  async setFeedUrl(url: string | null): Promise<FeedStatus> {
    if (url !== null) {
      const verdict = checkFeedUrl(url);
      if (!verdict.ok) {
        this.feeds.refuse(verdict.reason);
        return this.feeds.feed;
      }
      url = verdict.url;
    }
    const previousFeed = this.feedKey();
    this.applySettings({ feedUrl: url });
    this.feeds.switchTo(url);
    if (url !== null) await this.refreshFeed();
    // The organisers may have moved the programme: bookmarks follow the sessions they know.
    if (previousFeed !== this.feedKey() && this.feeds.feed.error === null) {
      this.saveBook(moveBookmarksToFeed(this.book, previousFeed, this.feedKey(), this.programme));
      this.reconcile();
    }
    return this.feeds.feed;
  }

  async updateSettings(patch: SettingsPatch): Promise<Settings> {
    return this.applySettings(patch);
  }

  /** The one path that changes settings; only setFeedUrl passes feedUrl, after its checks. */
  private applySettings(patch: Partial<Settings>): Settings {
    this.settings = { ...this.settings, ...patch };
    this.settingsKeeper.save(this.settings);
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
    // The session page shows no join for it either.
    if (session.status === 'cancelled') return { ok: false, reason: 'The organisers cancelled this session; its room is not offered.' };
    const state = roomState(session, this.ports.clock.now(), {
      beforeStartMinutes: this.settings.joinWindowMinutes,
      afterEndMinutes: this.settings.roomsOpenAfterEndMinutes,
    });
    if (state.kind === 'no-room' || !session.room.url) return { ok: false, reason: 'This session has no online room.' };
    if (state.kind === 'opens-later') {
      return {
        ok: false,
        reason: `The room opens at ${timeInZone(state.opensAt, this.displayZone())}, ${this.settings.joinWindowMinutes} minutes before the start.`,
      };
    }
    if (state.kind === 'ended') return { ok: false, reason: 'This session has ended; its room is no longer offered.' };
    await this.ports.rooms.open({
      url: session.room.url,
      title: session.title,
      sessionId,
      ...roomHostsFor(session.room.url, this.programme, this.settings.extraRoomHosts),
    });
    return { ok: true };
  }

  async listRoomPermissions(): Promise<RoomPermission[]> {
    return this.roomConsents.list();
  }

  async revokeRoomPermission(host: string, kind: ConsentKind): Promise<RoomPermission[]> {
    this.roomConsents.revoke(host, kind);
    return this.roomConsents.list();
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
    const before = bookmarkedIdsOf(this.currentBookmarks());
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

  async exportCalendar(scope: CalendarScope): Promise<boolean> {
    const scoped = sessionsInScope(scope, this.programme, this.currentBookmarks());
    if (!scoped || scoped.sessions.length + scoped.cancelled.length === 0) return false;
    const feedUrl = this.settings.feedUrl;
    // SEQUENCE rises for sessions that changed since they were last exported, so calendars update them.
    const { ledger, sequences } = nextLedger(this.ledger(), { sessions: scoped.sessions, cancelled: scoped.cancelled, feedUrl });
    const content = exportCalendar({
      sessions: scoped.sessions,
      cancelled: scoped.cancelled,
      calendarName: scoped.calendarName,
      feedUrl,
      alarmMinutes: this.settings.reminderMinutes,
      exportedAt: this.ports.clock.now(),
      sequences: (id) => sequences[id] ?? 0,
      displayZone: this.displayZone(),
    });
    const saved = await this.ports.files.save({ suggestedName: scoped.fileName, mimeType: 'text/calendar', content });
    if (saved) this.ports.store.set(LEDGER_KEY, ledger);
    return saved;
  }

  async printSchedule(): Promise<boolean> {
    return this.ports.printer.print('my-schedule.pdf');
  }

  /** The reminders' outlook for the tray: core plans reminders, main only shows them. */
  get reminderOutlook(): ReminderOutlookSource {
    return this.reminders;
  }

  private get programme(): Programme {
    return this.feeds.programme;
  }

  private ledger(): ExportLedger {
    const stored = this.ports.store.get(LEDGER_KEY);
    return typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as ExportLedger) : {};
  }

  private feedKey(): string {
    return this.settings.feedUrl ?? BUNDLED_FEED;
  }

  private displayZone(): string {
    return displayZoneOf(this.settings, this.options.systemZone);
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
    this.bookmarkKeeper.save(book);
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
      bookmarkedIds: bookmarkedIdsOf(this.currentBookmarks()),
      minutesBefore: this.settings.reminderMinutes,
      displayZone: this.displayZone(),
    });
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
