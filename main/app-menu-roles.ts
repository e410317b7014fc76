/**
 * The standard menu items (copy, paste, zoom…) keep their role, which gives
 * them their behaviour and shortcut; the label is ours, since the one Electron
 * gives a role is English on Windows and Linux.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MessageKey, Translate } from './i18n/main-language';

type Role = NonNullable<MenuItemConstructorOptions['role']>;

const ROLE_LABELS = {
  about: 'menu.about',
  services: 'menu.services',
  hide: 'menu.hide',
  hideOthers: 'menu.hideOthers',
  unhide: 'menu.unhide',
  close: 'menu.close',
  undo: 'menu.undo',
  redo: 'menu.redo',
  cut: 'menu.cut',
  copy: 'menu.copy',
  paste: 'menu.paste',
  pasteAndMatchStyle: 'menu.pasteAndMatchStyle',
  delete: 'menu.delete',
  selectAll: 'menu.selectAll',
  reload: 'menu.reload',
  forceReload: 'menu.forceReload',
  toggleDevTools: 'menu.toggleDevTools',
  resetZoom: 'menu.resetZoom',
  zoomIn: 'menu.zoomIn',
  zoomOut: 'menu.zoomOut',
  togglefullscreen: 'menu.togglefullscreen',
  minimize: 'menu.minimize',
  zoom: 'menu.zoom',
  front: 'menu.front',
} as const satisfies Partial<Record<Role, MessageKey>>;

export type LabelledRole = keyof typeof ROLE_LABELS;

/** Makes role items labelled in one language; the macOS app menu's items name the app. */
export function roleItems(t: Translate, appName: string): (role: LabelledRole) => MenuItemConstructorOptions {
  return (role) => ({ role, label: t(ROLE_LABELS[role], { appName }) });
}

/** Quit as each OS words it: "Quit <app>" in the macOS app menu, "Exit" on Windows, "Quit" on Linux. */
export function quitItem(platform: NodeJS.Platform, t: Translate, appName: string): MenuItemConstructorOptions {
  const key: MessageKey = platform === 'darwin' ? 'menu.quitApp' : platform === 'win32' ? 'menu.exit' : 'menu.quit';
  return { role: 'quit', label: t(key, { appName }) };
}
