/**
 * The application menu, following each OS's conventions. It is not optional
 * decoration: without an Edit menu the copy/paste shortcuts do nothing on macOS.
 */
import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { Unsubscribe } from '../core/api';
import { mainLanguage } from './i18n/main-language';
import type { MainLanguage, Translate } from './i18n/main-language';

/**
 * Where the project's README lives. OWNER/REPO is the same placeholder as
 * `publish` in electron-builder.yml: set both when the repository is public.
 */
export const PROJECT_README_URL = 'https://github.com/OWNER/REPO#readme';

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** Unpackaged (npm run dev / start): reload and developer tools are offered. */
  isDevelopment: boolean;
  appName: string;
  /** The only way out to the browser: security/open-external.ts. */
  openExternal: (url: string) => unknown;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

function macAppMenu(appName: string): MenuItemConstructorOptions {
  return {
    label: appName,
    submenu: [
      { role: 'about' },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
}

function editMenu(isMac: boolean, t: Translate): MenuItemConstructorOptions {
  const common: MenuItemConstructorOptions[] = [{ role: 'undo' }, { role: 'redo' }, separator, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }];
  const rest: MenuItemConstructorOptions[] = isMac
    ? [{ role: 'pasteAndMatchStyle' }, { role: 'delete' }, { role: 'selectAll' }]
    : [{ role: 'delete' }, separator, { role: 'selectAll' }];
  return { label: t('menu.edit'), submenu: [...common, ...rest] };
}

function viewMenu(isDevelopment: boolean, t: Translate): MenuItemConstructorOptions {
  const development: MenuItemConstructorOptions[] = isDevelopment
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator]
    : [];
  return {
    label: t('menu.view'),
    submenu: [...development, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, separator, { role: 'togglefullscreen' }],
  };
}

function windowMenu(isMac: boolean, t: Translate): MenuItemConstructorOptions {
  return {
    role: 'windowMenu',
    label: t('menu.window'),
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };
}

/**
 * The menus' own labels come from the catalogues. The items with a role keep
 * the label Electron (and macOS) gives them; the menus holding them get ours,
 * since a role's default menu label is English.
 */
export function appMenuTemplate({ platform, isDevelopment, appName, openExternal }: AppMenuOptions, t: Translate): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  return [
    ...(isMac ? [macAppMenu(appName)] : []),
    // macOS closes windows from File; elsewhere File is where Quit (Exit on Windows) lives.
    { role: 'fileMenu', label: t('menu.file'), submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    editMenu(isMac, t),
    viewMenu(isDevelopment, t),
    windowMenu(isMac, t),
    {
      role: 'help',
      label: t('menu.help'),
      submenu: [{ label: t('menu.help.readme', { appName }), click: () => void openExternal(PROJECT_README_URL) }],
    },
  ];
}

/** Installs the menu in main's language, and again in the new one whenever the language setting changes. */
export function installAppMenu(options: AppMenuOptions, language: MainLanguage = mainLanguage): Unsubscribe {
  const install = (): void => Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(options, language.t)));
  install();
  return language.onChange(install);
}
