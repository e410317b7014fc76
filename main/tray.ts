/// <reference types="electron-vite/node" />
/**
 * The tray icon that keeps the app within reach on Windows and Linux while it
 * runs with no window, to remind the attendee of their sessions. macOS keeps
 * its dock icon instead, so no tray is made there (see background.ts).
 */
import { Menu, Tray } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { Unsubscribe } from '../core/api';
import type { NextReminderText } from '../core/schedule/reminder-outlook';
import { mainLanguage } from './i18n/main-language';
import type { MainLanguage, Translate } from './i18n/main-language';
// electron-vite copies the file next to the build and gives its path: assets/ itself is not packaged.
import trayIconPath from '../assets/icons/png/32x32.png?asset';

export interface TrayActions {
  open(): void;
  quit(): void;
}


const MAX_TITLE_CHARS = 60;

/** Feed titles are long and, on Windows and Linux, '&' in a label marks a keyboard accelerator. */
function menuText(title: string): string {
  const short = title.length > MAX_TITLE_CHARS ? `${title.slice(0, MAX_TITLE_CHARS - 1).trimEnd()}…` : title;
  return short.replaceAll('&', '&&');
}

export function trayMenuTemplate(next: NextReminderText | null, actions: TrayActions, t: Translate): MenuItemConstructorOptions[] {
  return [
    { label: t('tray.open'), click: () => actions.open() },
    ...(next ? [{ label: t('tray.nextReminder', { title: menuText(next.title), time: next.time }), enabled: false }] : []),
    { type: 'separator' },
    { label: t('tray.quit'), click: () => actions.quit() },
  ];
}

export class ReminderTray {
  private tray: Tray | null = null;
  /** What the menu names, kept so a language change can rebuild the same menu in the new language. */
  private next: NextReminderText | null = null;
  private unfollowLanguage: Unsubscribe | null = null;

  constructor(
    private readonly actions: TrayActions,
    private readonly language: MainLanguage = mainLanguage,
  ) {}

  get shown(): boolean {
    return this.tray !== null && !this.tray.isDestroyed();
  }

  /** Shows the icon (once) with a menu naming the next reminder. */
  show(next: NextReminderText | null): void {
    if (!this.shown) {
      this.tray = new Tray(trayIconPath);
      this.tray.setToolTip(this.language.t('tray.tooltip'));
      // Windows users expect a click on the icon to bring the app back; Linux shows the menu instead.
      this.tray.on('click', () => this.actions.open());
      this.unfollowLanguage?.();
      this.unfollowLanguage = this.language.onChange(() => this.retranslate());
    }
    this.update(next);
  }

  /** Linux reads the menu only when it is set, so every change sets it anew. */
  update(next: NextReminderText | null): void {
    this.next = next;
    if (!this.shown) return;
    this.tray!.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(next, this.actions, this.language.t)));
  }

  destroy(): void {
    if (this.shown) this.tray!.destroy();
    this.tray = null;
    this.unfollowLanguage?.();
    this.unfollowLanguage = null;
  }

  /** The language setting changed while the icon shows: tooltip and menu in the new language. */
  private retranslate(): void {
    if (!this.shown) return;
    this.tray!.setToolTip(this.language.t('tray.tooltip'));
    this.update(this.next);
  }
}
