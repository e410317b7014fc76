/**
 * Reminders live in main so they fire with no window open. On Windows and
 * Linux, closing the last window used to quit; now the app stays in the tray
 * while reminders are on and a bookmarked session is still to come, and quits
 * as before when there is nothing to remind. macOS keeps running in the dock
 * as it always did, with no tray.
 */
import { Notification, app } from 'electron';
import type { CompanionState } from '../core/api';
import type { KeyValueStore } from '../core/ports';
import { planReminders } from '../core/schedule/reminders';
import type { PlannedReminder } from '../core/schedule/reminders';
import { dayLabel } from '../core/time/days';
import { zoneAbbreviation } from '../core/time/zone-label';
import { dateInZone, timeInZone } from '../core/time/zoned';
import type { Unsubscribe } from '../core/api';
import { revealSession } from './deep-links';
import type { SessionPageTarget } from './deep-links';
import type { EventSource } from './ipc/forward-events';
import { ReminderTray } from './tray';
import type { NextReminderText } from './tray';

/** What the decision needs of the service's state. */
export type ReminderOutlook = Pick<CompanionState, 'programme' | 'bookmarks' | 'settings' | 'systemZone'>;

function upcoming(state: ReminderOutlook, nowMs: number): PlannedReminder[] {
  const bookmarked = new Set(state.bookmarks.map((bookmark) => bookmark.sessionId));
  return planReminders(state.programme.sessions, bookmarked, state.settings.reminderMinutes, nowMs, new Set());
}

/** Reminders are on and a bookmarked session of the programme has not started yet. */
export function shouldStayInBackground(state: ReminderOutlook, nowMs: number): boolean {
  return upcoming(state, nowMs).length > 0;
}

/**
 * The next reminder still ahead, for the tray menu. One whose time has come
 * has fired already (the service keeps that list to itself), so it is skipped.
 */
export function nextReminderText(state: ReminderOutlook, nowMs: number): NextReminderText | null {
  const next = upcoming(state, nowMs).find((reminder) => reminder.at > nowMs);
  const session = next && state.programme.sessions.find((s) => s.id === next.sessionId);
  if (!next || !session) return null;
  const zone = state.settings.displayZone ?? state.systemZone;
  const date = dateInZone(next.at, zone);
  const day = date === dateInZone(nowMs, zone) ? '' : `${dayLabel(date)}, `;
  return { title: session.title, time: `${day}${timeInZone(next.at, zone)} ${zoneAbbreviation(next.at, zone)}` };
}

export const BACKGROUND_NOTICE = 'Go Local Companion keeps running to remind you of your sessions. Quit from the tray icon.';
const NOTICE_SHOWN_KEY = 'background-notice-shown';
/** Node fires a longer timeout at once; waking early merely relabels and waits again. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface BackgroundSetup {
  service: { getState(): Promise<CompanionState>; events: EventSource };
  /** Opens the main window, or brings it forward. */
  openWindow(): void;
  /** Where the one-time notice is remembered. */
  flags: KeyValueStore;
  now?: () => number;
}

export class BackgroundMode {
  private state: ReminderOutlook | null = null;
  private quitting = false;
  private relabelTimer: ReturnType<typeof setTimeout> | null = null;
  /** Held until clicked or closed: a Notification that is garbage-collected loses its click handler. */
  private notice: Notification | null = null;
  private readonly tray: ReminderTray;
  private readonly now: () => number;

  constructor(private readonly setup: BackgroundSetup) {
    this.now = setup.now ?? Date.now;
    this.tray = new ReminderTray({ open: () => setup.openWindow(), quit: () => this.quit() });
    // 'window-all-closed' must be answered at once, so the state is kept at hand as it changes.
    this.refresh();
    for (const event of ['settingsChanged', 'bookmarksChanged', 'programmeChanged'] as const) {
      setup.service.events.on(event, () => this.refresh());
    }
    // Whatever asked the app to quit (the app menu, the OS), a window closing on the way out must not keep it.
    app.on('before-quit', () => {
      this.quitting = true;
    });
  }

  /** 'window-all-closed'. */
  allWindowsClosed(): void {
    // macOS apps stay in the dock with no windows; 'activate' reopens one.
    if (process.platform === 'darwin') return;
    if (this.quitting || this.state === null || !shouldStayInBackground(this.state, this.now())) {
      app.quit();
      return;
    }
    this.tray.show(this.nextReminder());
    this.scheduleRelabel();
    this.tellOnce();
  }

  /** Quits for real: the tray's Quit. */
  quit(): void {
    this.quitting = true;
    this.clearRelabel();
    this.tray.destroy();
    app.quit();
  }

  private refresh(): void {
    this.setup.service
      .getState()
      .then((state) => {
        this.state = state;
        if (this.tray.shown) {
          this.tray.update(this.nextReminder());
          this.scheduleRelabel();
        }
      })
      .catch((error: unknown) => {
        console.warn('[background] could not read the state:', error instanceof Error ? error.message : error);
      });
  }

  private nextReminder(): NextReminderText | null {
    return this.state && nextReminderText(this.state, this.now());
  }

  /** Once the next reminder has fired, the menu names the one after it. */
  private scheduleRelabel(): void {
    this.clearRelabel();
    if (!this.state) return;
    const next = upcoming(this.state, this.now()).find((reminder) => reminder.at > this.now());
    if (!next) return;
    this.relabelTimer = setTimeout(() => {
      this.relabelTimer = null;
      this.tray.update(this.nextReminder());
      this.scheduleRelabel();
    }, Math.min(next.at - this.now() + 1000, MAX_TIMER_MS));
  }

  private clearRelabel(): void {
    if (this.relabelTimer !== null) clearTimeout(this.relabelTimer);
    this.relabelTimer = null;
  }

  /** The first time the window closes without quitting, say where the app went. */
  private tellOnce(): void {
    if (this.setup.flags.get(NOTICE_SHOWN_KEY) === true || !Notification.isSupported()) return;
    const notice = new Notification({ title: 'Reminders stay on', body: BACKGROUND_NOTICE });
    const release = (): void => {
      if (this.notice === notice) this.notice = null;
    };
    notice.on('click', () => {
      release();
      this.setup.openWindow();
    });
    notice.on('close', release);
    this.notice = notice;
    notice.show();
    this.setup.flags.set(NOTICE_SHOWN_KEY, true);
  }
}

/**
 * A clicked reminder opens its session, also when the app was in the tray.
 * An open window already gets the forwarded event and navigates; it only
 * needs to come forward.
 */
export function followReminderClicks(events: EventSource, target: SessionPageTarget): Unsubscribe {
  return events.on('sessionRequested', (sessionId) => {
    revealSession(target, sessionId);
    // macOS leaves a background app behind other apps' windows; stealing focus is fair only after the click.
    if (process.platform === 'darwin') app.focus({ steal: true });
  });
}
