import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { PROJECT_README_URL, appMenuTemplate, installAppMenu } from '../../main/app-menu';
import { MainLanguage } from '../../main/i18n/main-language';
import { Menu } from './fake-electron';


type Item = MenuItemConstructorOptions;
const english = new MainLanguage('en').t;

function installed(options: { platform: NodeJS.Platform; isDevelopment: boolean }) {
  const openExternal = vi.fn();
  installAppMenu({ ...options, appName: 'Go Local Companion', openExternal });
  expect(Menu.buildFromTemplate).toHaveBeenCalledOnce();
  const template = Menu.buildFromTemplate.mock.calls[0]![0] as Item[];
  expect(Menu.setApplicationMenu).toHaveBeenCalledWith({ template });
  return { template, openExternal };
}

const roles = (item: Item | undefined) => ((item?.submenu ?? []) as Item[]).map((entry) => entry.role ?? entry.type ?? entry.label);
const menu = (template: Item[], key: string) => template.find((item) => item.role === key || item.label === key);

describe('app menu', () => {
  it('on macOS starts with the app menu: about, services, hide, quit', () => {
    const { template } = installed({ platform: 'darwin', isDevelopment: false });
    expect(template[0]!.label).toBe('Go Local Companion');
    expect(roles(template[0])).toEqual(['about', 'separator', 'services', 'separator', 'hide', 'hideOthers', 'unhide', 'separator', 'quit']);
    expect(template.map((item) => item.role ?? item.label)).toEqual(['Go Local Companion', 'fileMenu', 'Edit', 'View', 'windowMenu', 'help']);
    expect(template.map((item) => item.label)).toEqual(['Go Local Companion', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(roles(menu(template, 'fileMenu'))).toEqual(['close']);
    expect(roles(menu(template, 'windowMenu'))).toEqual(['minimize', 'zoom', 'separator', 'front']);
  });

  it.each(['win32', 'linux'] as const)('on %s has no app menu; File holds Quit and Window holds Close', (platform) => {
    const { template } = installed({ platform, isDevelopment: false });
    expect(template.map((item) => item.role ?? item.label)).toEqual(['fileMenu', 'Edit', 'View', 'windowMenu', 'help']);
    expect(roles(menu(template, 'fileMenu'))).toEqual(['quit']);
    expect(roles(menu(template, 'windowMenu'))).toEqual(['minimize', 'close']);
    expect(JSON.stringify(template)).not.toContain('"hide"');
  });

  it.each(['darwin', 'win32', 'linux'] as const)('on %s has an Edit menu with the clipboard roles the shortcuts need', (platform) => {
    const { template } = installed({ platform, isDevelopment: false });
    expect(roles(menu(template, 'Edit'))).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
  });

  it('offers reload and developer tools only in development', () => {
    const packaged = appMenuTemplate({ platform: 'linux', isDevelopment: false, appName: 'X', openExternal: vi.fn() }, english);
    expect(roles(menu(packaged, 'View'))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen']);
    const development = appMenuTemplate({ platform: 'linux', isDevelopment: true, appName: 'X', openExternal: vi.fn() }, english);
    expect(roles(menu(development, 'View'))).toEqual(['reload', 'forceReload', 'toggleDevTools', 'separator', 'resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen']);
  });

  it('Help opens the README through the safe opener', () => {
    const { template, openExternal } = installed({ platform: 'win32', isDevelopment: false });
    const [readme] = menu(template, 'help')!.submenu as Item[];
    expect(readme!.label).toBe('Go Local Companion README');
    (readme!.click as () => void)();
    expect(openExternal).toHaveBeenCalledWith(PROJECT_README_URL);
    expect(new URL(PROJECT_README_URL).protocol).toBe('https:');
  });
});
