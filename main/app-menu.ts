/**
 * The application menu, following each OS's conventions. It is not optional
 * decoration: without an Edit menu the copy/paste shortcuts do nothing on macOS.
 */
import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';

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

function editMenu(isMac: boolean): MenuItemConstructorOptions {
  const common: MenuItemConstructorOptions[] = [{ role: 'undo' }, { role: 'redo' }, separator, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }];
  const rest: MenuItemConstructorOptions[] = isMac
    ? [{ role: 'pasteAndMatchStyle' }, { role: 'delete' }, { role: 'selectAll' }]
    : [{ role: 'delete' }, separator, { role: 'selectAll' }];
  return { label: 'Edit', submenu: [...common, ...rest] };
}

function viewMenu(isDevelopment: boolean): MenuItemConstructorOptions {
  const development: MenuItemConstructorOptions[] = isDevelopment
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator]
    : [];
  return {
    label: 'View',
    submenu: [...development, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, separator, { role: 'togglefullscreen' }],
  };
}

function windowMenu(isMac: boolean): MenuItemConstructorOptions {
  return {
    role: 'windowMenu',
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };
}

export function appMenuTemplate({ platform, isDevelopment, appName, openExternal }: AppMenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  return [
    ...(isMac ? [macAppMenu(appName)] : []),
    // macOS closes windows from File; elsewhere File is where Quit (Exit on Windows) lives.
    { role: 'fileMenu', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    editMenu(isMac),
    viewMenu(isDevelopment),
    windowMenu(isMac),
    {
      role: 'help',
      submenu: [{ label: `${appName} README`, click: () => void openExternal(PROJECT_README_URL) }],
    },
  ];
}

export function installAppMenu(options: AppMenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(options)));
}
