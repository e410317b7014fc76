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

describe('app menu in the attendee’s language', () => {
  const labels = (template: Item[]) => template.map((item) => item.label);
  const lastInstalled = () => (Menu.setApplicationMenu.mock.calls.at(-1)![0] as { template: Item[] }).template;

  const itemLabels = (item: Item | undefined) => ((item?.submenu ?? []) as Item[]).map((entry) => entry.label ?? entry.type);

  it('labels every menu and item in German when the language is de, the items keeping their roles', () => {
    const template = appMenuTemplate({ platform: 'win32', isDevelopment: false, appName: 'Go Local Companion', openExternal: vi.fn() }, new MainLanguage('de').t);
    expect(labels(template)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Fenster', 'Hilfe']);
    expect(itemLabels(menu(template, 'fileMenu'))).toEqual(['Beenden']);
    expect(itemLabels(menu(template, 'Bearbeiten'))).toEqual(['Rückgängig', 'Wiederholen', 'separator', 'Ausschneiden', 'Kopieren', 'Einfügen', 'Löschen', 'separator', 'Alles auswählen']);
    expect(roles(menu(template, 'Bearbeiten'))).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'delete', 'separator', 'selectAll']);
    expect(itemLabels(menu(template, 'Ansicht'))).toEqual(['Originalgröße', 'Vergrößern', 'Verkleinern', 'separator', 'Vollbildmodus ein/aus']);
    expect(itemLabels(menu(template, 'windowMenu'))).toEqual(['Minimieren', 'Schließen']);
    expect(itemLabels(menu(template, 'help'))).toEqual(['README von Go Local Companion']);
  });

  it('names the app in the macOS app menu, and words Quit as each OS does', () => {
    const options = { isDevelopment: false, appName: 'Go Local Companion', openExternal: vi.fn() };
    const mac = appMenuTemplate({ ...options, platform: 'darwin' }, new MainLanguage('fr').t);
    expect(itemLabels(mac[0])).toEqual([
      'À propos de Go Local Companion', 'separator', 'Services', 'separator', 'Masquer Go Local Companion', 'Masquer les autres', 'Tout afficher', 'separator', 'Quitter Go Local Companion',
    ]);
    const quit = (platform: NodeJS.Platform) => itemLabels(menu(appMenuTemplate({ ...options, platform }, english), 'fileMenu'));
    expect([quit('win32'), quit('linux'), quit('darwin')]).toEqual([['Exit'], ['Quit'], ['Close']]);
  });

  it('is built again in the new language when the language setting changes, and no longer once it stops following', () => {
    const language = new MainLanguage('en');
    const stop = installAppMenu({ platform: 'linux', isDevelopment: false, appName: 'Go Local Companion', openExternal: vi.fn() }, language);
    expect(labels(lastInstalled())).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    language.use('fr');
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    expect(labels(lastInstalled())).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);
    language.use('ar');
    expect(labels(lastInstalled())).toEqual(['ملف', 'تحرير', 'عرض', 'نافذة', 'مساعدة']);
    stop();
    language.use('de');
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(3);
  });
});
