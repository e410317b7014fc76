/**
 * The web edition's CompanionService in the page, with the browser adapters
 * (platform.ts loads this beside the app, once the feed cache is being read).
 */
import type { CompanionApi } from '../core/api';
import { CompanionService } from '../core/service';
import bundledFeed from '../assets/programme/golocal-2024.json?raw';
import { BrowserClock } from './adapters/browser-clock';
import { FetchTransport } from './adapters/fetch-transport';
import { LocalStorageStore } from './adapters/local-storage-store';
import type { IndexedDbCache } from './adapters/indexed-db-cache';
import { BrowserNotifier } from './adapters/browser-notifier';
import { DownloadSaver } from './adapters/download-saver';
import { NewTabOpener } from './adapters/new-tab-opener';
import { BrowserPrinter } from './adapters/browser-printer';

/** The service over the browser adapters, started on the feed cache already read, and its API. */
export function startWebService(cache: IndexedDbCache, systemZone: string): CompanionApi {
  const opener = new NewTabOpener();
  const service = new CompanionService(
    {
      transport: new FetchTransport(),
      store: new LocalStorageStore('glc:'),
      cache,
      clock: new BrowserClock(),
      notifier: new BrowserNotifier(),
      rooms: opener,
      files: new DownloadSaver(),
      links: opener,
      printer: new BrowserPrinter(),
    },
    // The browser's languages, most wanted first: the UI follows them unless Settings chose one.
    { bundledFeed, systemZone, systemLanguages: navigator.languages },
  );
  service.start();
  performance.mark('glc:programme-ready');
  return {
    getState: () => service.getState(),
    refreshFeed: () => service.refreshFeed(),
    setFeedUrl: (url) => service.setFeedUrl(url),
    updateSettings: (patch) => service.updateSettings(patch),
    openLink: (url) => service.openLink(url),
    joinRoom: (sessionId) => service.joinRoom(sessionId),
    setBookmark: (sessionId, bookmarked) => service.setBookmark(sessionId, bookmarked),
    dismissBookmarkFlags: (sessionIds) => service.dismissBookmarkFlags(sessionIds),
    exportBookmarks: () => service.exportBookmarks(),
    importBookmarks: (text) => service.importBookmarks(text),
    dismissNotice: () => service.dismissNotice(),
    exportCalendar: (scope) => service.exportCalendar(scope),
    printSchedule: () => service.printSchedule(),
    // Rooms open in a browser tab here, so the browser asks and this list stays empty.
    listRoomPermissions: () => service.listRoomPermissions(),
    revokeRoomPermission: (host, kind) => service.revokeRoomPermission(host, kind),
    on: (event, listener) => service.events.on(event, listener),
  };
}

