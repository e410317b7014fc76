/**
 * Reminders live in main so they fire with no window open. On Windows and
 * Linux, closing the last window used to quit; now the app stays in the tray
 * while reminders are on and a bookmarked session is still to come, and quits
 * as before when there is nothing to remind. macOS keeps running in the dock
 * as it always did, with no tray. Core's scheduler plans and fires the
 * reminders and tells the outlook; this file only shows it.
 */
import { Notification, app } from 'electron';
import type { KeyValueStore } from '../core/ports';
import type { ReminderOutlookSource } from '../core/schedule/reminder-outlook';
import type { Unsubscribe } from '../core/api';
import { revealSession } from './deep-links';
import type { SessionPageTarget } from './deep-links';
import type { EventSource } from './ipc/forward-events';
import { mainLanguage } from './i18n/main-language';
import { ReminderTray } from './tray';

/** A kept key of the store layout (core/storage/layout.ts), in its own file; the landed version kept it in desktop.json. */
export const NOTICE_SHOWN_KEY = 'background-notice-shown';

export interface BackgroundSetup {
  /** Core's reminder scheduler: it plans and fires reminders and knows which fired; main only shows its outlook. */
  reminders: ReminderOutlookSource;
  /** Opens the main window, or brings it forward. */
  openWindow(): void;
  /** Where the one-time notice is remembered: the kept stores. */
  flags: KeyValueStore;
}

export class BackgroundMode {
  private quitting = false;
  /** Held until clicked or closed: a Notification that is garbage-collected loses its click handler. */
  private notice: Notification | null = null;
  private readonly tray: ReminderTray;

  constructor(private readonly setup: BackgroundSetup) {
    this.tray = new ReminderTray({ open: () => setup.openWindow(), quit: () => this.quit() });
    // The scheduler re-plans on every bookmark, setting or programme change and after each reminder fires.
    setup.reminders.onOutlookChanged((outlook) => this.tray.update(outlook.next));
    // Whatever asked the app to quit (the app menu, the OS), a window closing on the way out must not keep it.
    app.on('before-quit', () => {
      this.quitting = true;
    });
  }

  /** 'window-all-closed'. */
  allWindowsClosed(): void {
    // macOS apps stay in the dock with no windows; 'activate' reopens one.
    if (process.platform === 'darwin') return;
    const outlook = this.setup.reminders.outlook();
    if (this.quitting || !outlook.stillToCome) {
      app.quit();
      return;
    }
    this.tray.show(outlook.next);
    this.tellOnce();
  }

  /** Quits for real: the tray's Quit. */
  quit(): void {
    this.quitting = true;
    this.tray.destroy();
    app.quit();
  }

  /** The first time the window closes without quitting, say where the app went. */
  private tellOnce(): void {
    if (this.setup.flags.get(NOTICE_SHOWN_KEY) === true || !Notification.isSupported()) return;
    const notice = new Notification({ title: mainLanguage.t('tray.notice.title'), body: mainLanguage.t('tray.notice.body') });
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
