/**
 * Shows our screen-share picker and resolves with the chosen source id, or
 * null when the attendee cancels, closes the picker, or the page fails to
 * load. It resolves exactly once, whatever happens, so the room's
 * getDisplayMedia always gets an answer.
 */
import { BrowserWindow } from 'electron';
import type { BaseWindow, DesktopCapturerSource, IpcMainEvent } from 'electron';
import { PICKER_CHANNELS } from '../../core/room-picker-channels';
import type { PickerSource } from '../../core/room-picker-channels';
import { mainLanguage } from '../i18n/main-language';
import type { MainLanguage } from '../i18n/main-language';
import { PICKER_PAGE_URL, isRoomPageUrl, pickerPreloadPath } from './room-pages';
import { pickerTexts } from './picker-texts';
import { onPageMessage, pushTo } from '../ipc/bridge';

export function toPickerSources(sources: readonly DesktopCapturerSource[]): PickerSource[] {
  return sources.map((source) => ({
    id: source.id,
    name: source.name,
    kind: source.id.startsWith('screen:') ? 'screen' : 'window',
    thumbnail: source.thumbnail.isEmpty() ? '' : source.thumbnail.toDataURL(),
  }));
}

export function showSourcePicker(
  sources: readonly DesktopCapturerSource[],
  parent: BaseWindow | undefined,
  language: MainLanguage = mainLanguage,
): Promise<string | null> {
  const offered = toPickerSources(sources);
  return new Promise((resolve) => {
    const picker = new BrowserWindow({
      title: language.t('roomPage.picker.title'),
      width: 760,
      height: 560,
      minWidth: 420,
      minHeight: 320,
      show: false,
      // Modal to the room window it shares into, so the choice is clearly about that room.
      ...(parent ? { parent, modal: true } : {}),
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        spellcheck: false,
        preload: pickerPreloadPath,
      },
    });
    let settled = false;
    const contents = picker.webContents;
    const sendTexts = (): void => {
      if (!contents.isDestroyed()) pushTo(contents, PICKER_CHANNELS.texts, pickerTexts(language));
    };
    // The page's title becomes the window's; the window's own is set too for the moment before the page has loaded.
    const unfollowLanguage = language.onChange(() => {
      if (!picker.isDestroyed()) picker.setTitle(language.t('roomPage.picker.title'));
      sendTexts();
    });
    const finish = (id: string | null): void => {
      if (settled) return;
      settled = true;
      unfollowLanguage();
      resolve(id);
      if (!picker.isDestroyed()) picker.close();
    };
    const fromPicker = (event: IpcMainEvent): boolean =>
      event.senderFrame !== null && event.senderFrame === contents.mainFrame && isRoomPageUrl(event.senderFrame.url, PICKER_PAGE_URL);

    onPageMessage(contents, PICKER_CHANNELS.ready, (event) => {
      if (!fromPicker(event)) return;
      sendTexts();
      pushTo(contents, PICKER_CHANNELS.sources, offered);
    });
    onPageMessage(contents, PICKER_CHANNELS.choose, (event, id) => {
      if (!fromPicker(event)) return;
      // Only an id we offered: the page must not name a source of its own.
      finish(typeof id === 'string' && offered.some((source) => source.id === id) ? id : null);
    });
    onPageMessage(contents, PICKER_CHANNELS.cancel, (event) => {
      if (fromPicker(event)) finish(null);
    });
    contents.on('did-fail-load', () => finish(null));
    contents.on('render-process-gone', () => finish(null));
    picker.on('closed', () => finish(null));
    picker.once('ready-to-show', () => {
      picker.show();
      contents.focus();
    });
    void picker.loadURL(PICKER_PAGE_URL);
  });
}
