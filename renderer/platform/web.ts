/**
 * The web edition: CompanionService runs in the page with browser adapters.
 * The renderer sees the same CompanionApi as in the app.
 */
import type { CompanionApi } from '../../core/api';
import { CompanionService } from '../../core/service';
import bundledFeed from '../../assets/programme/golocal-2024.json?raw';
import { BrowserClock } from '../web-adapters/browser-clock';
import { FetchTransport } from '../web-adapters/fetch-transport';
import { LocalStorageStore } from '../web-adapters/local-storage-store';
import { IndexedDbCache } from '../web-adapters/indexed-db-cache';
import { BrowserNotifier } from '../web-adapters/browser-notifier';
import { DownloadSaver } from '../web-adapters/download-saver';
import { NewTabOpener } from '../web-adapters/new-tab-opener';
import { BrowserPrinter } from '../web-adapters/browser-printer';
import { currentZoneName } from '../../core/time/zone-aliases';

export async function createPlatform(): Promise<CompanionApi> {
  const opener = new NewTabOpener();
  const service = new CompanionService(
    {
      transport: new FetchTransport(),
      store: new LocalStorageStore('glc:'),
      cache: await IndexedDbCache.open(),
      clock: new BrowserClock(),
      notifier: new BrowserNotifier(),
      rooms: opener,
      files: new DownloadSaver(),
      links: opener,
      printer: new BrowserPrinter(),
    },
    { bundledFeed, systemZone: currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone) },
  );
  service.start();
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
    on: (event, listener) => service.events.on(event, listener),
  };
}

export const platformName = 'web' as const;
