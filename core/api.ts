/**
 * CompanionApi: the one contract between the UI and the app's logic.
 * The renderer calls these named actions; in Electron they cross IPC (preload
 * exposes exactly these names, main handles exactly these channels), in the web
 * edition they call CompanionService in the page. Events flow the other way.
 */
import type { Programme } from './programme/model';
import type { FeedStatus } from './feeds/feed-status';
import type { ChangeReport } from './programme/change-report';
import type { Bookmark } from './schedule/bookmark-model';
import type { CalendarScope } from './calendar/calendar-scope';
import type { Settings, SettingsPatch } from './settings';
import { isKnownTimeZone, isSettingsPatch } from './settings';
import type { ConsentKind, RoomPermission } from './rooms/room-consents';
import { isConsentHost, isConsentKind } from './rooms/room-consents';
import type { SavedDataNote } from './storage/saved-data-note';

// Owned by the feeds and the programme; re-exported here because the UI reads them through the contract.
export type { FeedOrigin, FeedStatus } from './feeds/feed-status';
export type { ChangeReport } from './programme/change-report';

export interface CompanionState {
  programme: Programme;
  feed: FeedStatus;
  changes: ChangeReport | null;
  /** The current feed's bookmarks, including flagged ones whose session moved or left the programme. */
  bookmarks: Bookmark[];
  /** What the attendee should know about their saved data (a repaired store); null when all is well. */
  notice: SavedDataNote[] | null;
  settings: Settings;
  /** The zone of the machine, used when settings.displayZone is null. */
  systemZone: string;
  /** The system's (the browser's) preferred languages, most wanted first, used when settings.language is null. */
  systemLanguages: string[];
}

export interface CompanionActions {
  getState(): Promise<CompanionState>;
  refreshFeed(): Promise<FeedStatus>;
  /** Switches to another feed (null: the bundled programme) and loads it. */
  setFeedUrl(url: string | null): Promise<FeedStatus>;
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  /** Opens an http(s) or mailto link in the system browser; false when the link was refused. */
  openLink(url: string): Promise<boolean>;
  /** Opens a session's online room (a room window in the app, a new tab on the web). */
  joinRoom(sessionId: string): Promise<JoinOutcome>;
  /** Bookmarks a session of the current programme, or removes a bookmark (also one whose session left the programme). */
  setBookmark(sessionId: string, bookmarked: boolean): Promise<void>;
  /** The attendee has seen that these bookmarked sessions changed. */
  dismissBookmarkFlags(sessionIds: string[]): Promise<void>;
  /** Saves the bookmarks to a file (a save dialog in the app, a download on the web); false when cancelled. */
  exportBookmarks(): Promise<boolean>;
  /** Adds bookmarks from a bookmarks file or another app's .ics, given as text. */
  importBookmarks(text: string): Promise<ImportReport>;
  dismissNotice(): Promise<void>;
  /** Saves an .ics of one session, the bookmarks, a day or the programme; false when cancelled or empty. */
  exportCalendar(scope: CalendarScope): Promise<boolean>;
  /** Prints My schedule (a PDF in the app, the browser's print dialog on the web); false when cancelled. */
  printSchedule(): Promise<boolean>;
  /** The remembered answers to rooms asking for camera and microphone or the screen (always empty on the web, where rooms open in a tab). */
  listRoomPermissions(): Promise<RoomPermission[]>;
  /** Forgets one remembered answer; the host's next request asks again. Returns the remaining list. */
  revokeRoomPermission(host: string, kind: ConsentKind): Promise<RoomPermission[]>;
}

export type ImportReport =
  | { ok: true; added: number; alreadyBookmarked: number; unmatched: string[] }
  | { ok: false; reason: string };

export type JoinOutcome = { ok: true } | { ok: false; reason: string };

export interface CompanionEvents {
  programmeChanged: Programme;
  changesChanged: ChangeReport | null;
  bookmarksChanged: Bookmark[];
  /** Open this session: a reminder was clicked, or a deep link arrived. */
  sessionRequested: string;
  noticeChanged: SavedDataNote[] | null;
  feedStatusChanged: FeedStatus;
  settingsChanged: Settings;
}

export type ActionName = keyof CompanionActions;
export type EventName = keyof CompanionEvents;
export type Unsubscribe = () => void;

export interface CompanionApi extends CompanionActions {
  on<E extends EventName>(event: E, listener: (payload: CompanionEvents[E]) => void): Unsubscribe;
}

/** Bookmark files and calendars larger than this are refused (a year of a large conference is well under 2 MB). */
export const MAX_IMPORT_CHARS = 5 * 1024 * 1024;

const isSessionId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 512;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarScope(value: unknown): value is CalendarScope {
  if (typeof value !== 'object' || value === null) return false;
  const scope = value as Record<string, unknown>;
  const keys = Object.keys(scope).sort().join();
  switch (scope.kind) {
    case 'session':
      return keys === 'kind,sessionId' && isSessionId(scope.sessionId);
    case 'day':
      return keys === 'date,kind,zone' && typeof scope.date === 'string' && DATE.test(scope.date) && typeof scope.zone === 'string' && isKnownTimeZone(scope.zone);
    case 'bookmarks':
    case 'programme':
      return keys === 'kind';
    default:
      return false;
  }
}

/** Runtime checks for each action's arguments: IPC carries whatever a compromised page sends. */
export const ACTION_ARGUMENT_GUARDS: {
  [K in ActionName]: (args: readonly unknown[]) => args is Parameters<CompanionActions[K]>;
} = {
  getState: (args): args is [] => args.length === 0,
  refreshFeed: (args): args is [] => args.length === 0,
  setFeedUrl: (args): args is [string | null] =>
    args.length === 1 && (args[0] === null || (typeof args[0] === 'string' && args[0].length <= 2048)),
  updateSettings: (args): args is [SettingsPatch] => args.length === 1 && isSettingsPatch(args[0]),
  openLink: (args): args is [string] => args.length === 1 && typeof args[0] === 'string' && args[0].length <= 4096,
  joinRoom: (args): args is [string] => args.length === 1 && isSessionId(args[0]),
  setBookmark: (args): args is [string, boolean] => args.length === 2 && isSessionId(args[0]) && typeof args[1] === 'boolean',
  dismissBookmarkFlags: (args): args is [string[]] =>
    args.length === 1 && Array.isArray(args[0]) && args[0].length <= 10_000 && args[0].every(isSessionId),
  exportBookmarks: (args): args is [] => args.length === 0,
  importBookmarks: (args): args is [string] => args.length === 1 && typeof args[0] === 'string' && args[0].length <= MAX_IMPORT_CHARS,
  dismissNotice: (args): args is [] => args.length === 0,
  exportCalendar: (args): args is [CalendarScope] => args.length === 1 && isCalendarScope(args[0]),
  printSchedule: (args): args is [] => args.length === 0,
  listRoomPermissions: (args): args is [] => args.length === 0,
  revokeRoomPermission: (args): args is [string, ConsentKind] => args.length === 2 && isConsentHost(args[0]) && isConsentKind(args[1]),
};

export const ACTION_NAMES = Object.keys(ACTION_ARGUMENT_GUARDS) as ActionName[];

const EVENT_SET: Record<EventName, true> = {
  programmeChanged: true,
  changesChanged: true,
  bookmarksChanged: true,
  sessionRequested: true,
  noticeChanged: true,
  feedStatusChanged: true,
  settingsChanged: true,
};
export const EVENT_NAMES = Object.keys(EVENT_SET) as EventName[];

export const isEventName = (value: unknown): value is EventName =>
  typeof value === 'string' && Object.hasOwn(EVENT_SET, value);

export const actionChannel = (action: ActionName): string => `companion:${action}`;
export const eventChannel = <E extends EventName>(event: E): `companion-event:${E}` => `companion-event:${event}`;
