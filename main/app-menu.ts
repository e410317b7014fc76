/**
 * The application menu, following each OS's conventions. It is not optional
 * decoration: without an Edit menu the copy/paste shortcuts do nothing on macOS.
 */
import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { Unsubscribe } from '../core/api';
import { mainLanguage } from './i18n/main-language';
import type { MainLanguage, Translate } from './i18n/main-language';
import { quitItem, roleItems } from './app-menu-roles';
import type { LabelledRole } from './app-menu-roles';

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

/** What each menu is built from: the OS, the app's name and the words of one language. */
interface MenuParts {
  isMac: boolean;
  platform: NodeJS.Platform;
  appName: string;
  t: Translate;
  item: (role: LabelledRole) => MenuItemConstructorOptions;
}

function macAppMenu({ appName, item, platform, t }: MenuParts): MenuItemConstructorOptions {
  return {
    label: appName,
    submenu: [
      item('about'),
      separator,
      item('services'),
      separator,
      item('hide'),
      item('hideOthers'),
      item('unhide'),
      separator,
      quitItem(platform, t, appName),
    ],
  };
}

function fileMenu({ isMac, item, platform, t, appName }: MenuParts): MenuItemConstructorOptions {
  // macOS closes windows from File; elsewhere File is where Quit (Exit on Windows) lives.
  return { role: 'fileMenu', label: t('menu.file'), submenu: [isMac ? item('close') : quitItem(platform, t, appName)] };
}

function editMenu({ isMac, item, t }: MenuParts): MenuItemConstructorOptions {
  const common: MenuItemConstructorOptions[] = [item('undo'), item('redo'), separator, item('cut'), item('copy'), item('paste')];
  const rest: MenuItemConstructorOptions[] = isMac
    ? [item('pasteAndMatchStyle'), item('delete'), item('selectAll')]
    : [item('delete'), separator, item('selectAll')];
  return { label: t('menu.edit'), submenu: [...common, ...rest] };
}

function viewMenu(isDevelopment: boolean, { item, t }: MenuParts): MenuItemConstructorOptions {
  const development: MenuItemConstructorOptions[] = isDevelopment ? [item('reload'), item('forceReload'), item('toggleDevTools'), separator] : [];
  return {
    label: t('menu.view'),
    submenu: [...development, item('resetZoom'), item('zoomIn'), item('zoomOut'), separator, item('togglefullscreen')],
  };
}

function windowMenu({ isMac, item, t }: MenuParts): MenuItemConstructorOptions {
  return {
    role: 'windowMenu',
    label: t('menu.window'),
    submenu: isMac ? [item('minimize'), item('zoom'), separator, item('front')] : [item('minimize'), item('close')],
  };
}

/** Every label is ours, from the catalogues: a role's own label is English on Windows and Linux. */
export function appMenuTemplate({ platform, isDevelopment, appName, openExternal }: AppMenuOptions, t: Translate): MenuItemConstructorOptions[] {
  const parts: MenuParts = { isMac: platform === 'darwin', platform, appName, t, item: roleItems(t, appName) };
  return [
    ...(parts.isMac ? [macAppMenu(parts)] : []),
    fileMenu(parts),
    editMenu(parts),
    viewMenu(isDevelopment, parts),
    windowMenu(parts),
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
