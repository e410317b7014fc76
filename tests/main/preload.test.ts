import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ACTION_NAMES, EVENT_NAMES, actionChannel, eventChannel } from '../../core/api';
import type { CompanionApi, EventName } from '../../core/api';
import { contextBridge, ipcRenderer, shareOneFakeElectron } from './fake-electron';


let api: CompanionApi;

// The preload is loaded once, below; every test checks what it exposed.
shareOneFakeElectron();

beforeAll(async () => {
  await import('../../preload/index');
  api = contextBridge.exposed.get('companion') as CompanionApi;
});

describe('preload bridge', () => {
  it('exposes one object, window.companion, and nothing else', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['companion']);
  });

  it('exposes exactly the contract actions plus on, all functions, no generic invoke', () => {
    expect(Object.keys(api).sort()).toEqual([...ACTION_NAMES, 'on'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('sends each action on its own channel with the arguments it was given', async () => {
    await api.getState();
    await api.refreshFeed();
    await api.setFeedUrl('https://programme.example.org/feed.json');
    await api.updateSettings({ theme: 'dark' });
    await api.openLink('mailto:info@example.org');
    await api.joinRoom('glc24-006');
    await api.setBookmark('glc24-006', true);
    await api.dismissBookmarkFlags(['glc24-006']);
    await api.exportBookmarks();
    await api.importBookmarks('BEGIN:VCALENDAR');
    await api.dismissNotice();
    await api.exportCalendar({ kind: 'bookmarks' });
    await api.printSchedule();
    await api.listRoomPermissions();
    await api.revokeRoomPermission('bbb.example.org', 'screen');
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      ['companion:getState'],
      ['companion:refreshFeed'],
      ['companion:setFeedUrl', 'https://programme.example.org/feed.json'],
      ['companion:updateSettings', { theme: 'dark' }],
      ['companion:openLink', 'mailto:info@example.org'],
      ['companion:joinRoom', 'glc24-006'],
      ['companion:setBookmark', 'glc24-006', true],
      ['companion:dismissBookmarkFlags', ['glc24-006']],
      ['companion:exportBookmarks'],
      ['companion:importBookmarks', 'BEGIN:VCALENDAR'],
      ['companion:dismissNotice'],
      ['companion:exportCalendar', { kind: 'bookmarks' }],
      ['companion:printSchedule'],
      ['companion:listRoomPermissions'],
      ['companion:revokeRoomPermission', 'bbb.example.org', 'screen'],
    ]);
    expect(new Set(ipcRenderer.invoke.mock.calls.map(([channel]) => channel))).toEqual(new Set(ACTION_NAMES.map(actionChannel)));
  });

  it('hands a listener the payload only, never the IpcRendererEvent, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = api.on('settingsChanged', listener);
    ipcRenderer.emitFromMain(eventChannel('settingsChanged'), { theme: 'dark' }, 'stray extra argument');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ theme: 'dark' }]);

    unsubscribe();
    expect(ipcRenderer.listenerCount(eventChannel('settingsChanged'))).toBe(0);
    ipcRenderer.emitFromMain(eventChannel('settingsChanged'), { theme: 'light' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('subscribes to every contract event by name', () => {
    for (const name of EVENT_NAMES) {
      const unsubscribe = api.on(name, () => undefined);
      expect(ipcRenderer.listenerCount(eventChannel(name))).toBe(1);
      unsubscribe();
    }
  });

  it('refuses event names outside the contract (no listening on arbitrary channels)', () => {
    // A compromised page is not bound by the types; the runtime check is what protects.
    const on = (event: string, listener: () => void): unknown => api.on(event as EventName, listener);
    expect(() => on('companion:getState', () => undefined)).toThrow(TypeError);
    expect(() => on('electron-store-get-data', () => undefined)).toThrow(TypeError);
    expect(() => on('__proto__', () => undefined)).toThrow(TypeError);
    const total = [...ipcRenderer.listeners.values()].reduce((sum, set) => sum + set.size, 0);
    expect(total).toBe(0);
  });
});
