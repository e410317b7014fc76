/**
 * The bridge: window.companion is exactly CompanionApi. Every action is named
 * here on purpose (no generic invoke), so a compromised page can reach only
 * these channels, and main checks each call again. Bundled into one CommonJS
 * file because sandboxed preloads cannot load other modules.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { ActionName, CompanionActions, CompanionApi, CompanionEvents, EventName, Unsubscribe } from '../core/api';
import { actionChannel, eventChannel, isEventName } from '../core/api';

function invoke<K extends ActionName>(action: K, ...args: Parameters<CompanionActions[K]>): ReturnType<CompanionActions[K]> {
  return ipcRenderer.invoke(actionChannel(action), ...args) as ReturnType<CompanionActions[K]>;
}

function on<E extends EventName>(event: E, listener: (payload: CompanionEvents[E]) => void): Unsubscribe {
  if (!isEventName(event)) throw new TypeError('Unknown companion event');
  if (typeof listener !== 'function') throw new TypeError('A companion event listener must be a function');
  // The page gets the payload only; the IpcRendererEvent would hand it ipcRenderer's sender.
  const forward = (_event: IpcRendererEvent, payload: CompanionEvents[E]): void => listener(payload);
  const channel = eventChannel(event);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const api = {
  getState: () => invoke('getState'),
  refreshFeed: () => invoke('refreshFeed'),
  setFeedUrl: (url) => invoke('setFeedUrl', url),
  updateSettings: (patch) => invoke('updateSettings', patch),
  openLink: (url) => invoke('openLink', url),
  joinRoom: (sessionId) => invoke('joinRoom', sessionId),
  setBookmark: (sessionId, bookmarked) => invoke('setBookmark', sessionId, bookmarked),
  dismissBookmarkFlags: (sessionIds) => invoke('dismissBookmarkFlags', sessionIds),
  exportBookmarks: () => invoke('exportBookmarks'),
  importBookmarks: (text) => invoke('importBookmarks', text),
  dismissNotice: () => invoke('dismissNotice'),
  exportCalendar: (scope) => invoke('exportCalendar', scope),
  printSchedule: () => invoke('printSchedule'),
  listRoomPermissions: () => invoke('listRoomPermissions'),
  revokeRoomPermission: (host, kind) => invoke('revokeRoomPermission', host, kind),
  on,
} satisfies CompanionApi;

contextBridge.exposeInMainWorld('companion', api);
