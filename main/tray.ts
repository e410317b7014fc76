/// <reference types="electron-vite/node" />
/**
 * The tray icon that keeps the app within reach on Windows and Linux while it
 * runs with no window, to remind the attendee of their sessions. macOS keeps
 * its dock icon instead, so no tray is made there (see background.ts).
 */
import { Menu, Tray } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { NextReminderText } from '../core/schedule/reminder-outlook';
// electron-vite copies the file next to the build and gives its path: assets/ itself is not packaged.
import trayIconPath from '../assets/icons/png/32x32.png?asset';

export const TRAY_TOOLTIP = 'Go Local Companion – reminders on';

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

export function trayMenuTemplate(next: NextReminderText | null, actions: TrayActions): MenuItemConstructorOptions[] {
  return [
    { label: 'Open Go Local Companion', click: () => actions.open() },
    ...(next ? [{ label: `Next reminder: ${menuText(next.title)} at ${next.time}`, enabled: false }] : []),
    { type: 'separator' },
    { label: 'Quit', click: () => actions.quit() },
  ];
}

export class ReminderTray {
  private tray: Tray | null = null;

  constructor(private readonly actions: TrayActions) {}

  get shown(): boolean {
    return this.tray !== null && !this.tray.isDestroyed();
  }

  /** Shows the icon (once) with a menu naming the next reminder. */
  show(next: NextReminderText | null): void {
    if (!this.shown) {
      this.tray = new Tray(trayIconPath);
      this.tray.setToolTip(TRAY_TOOLTIP);
      // Windows users expect a click on the icon to bring the app back; Linux shows the menu instead.
      this.tray.on('click', () => this.actions.open());
    }
    this.update(next);
  }

  /** Linux reads the menu only when it is set, so every change sets it anew. */
  update(next: NextReminderText | null): void {
    if (!this.shown) return;
    this.tray!.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(next, this.actions)));
  }

  destroy(): void {
    if (this.shown) this.tray!.destroy();
    this.tray = null;
  }
}
