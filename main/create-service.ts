import type { BrowserWindow } from 'electron';
import { app, net } from 'electron';
import { CompanionService } from '../core/service';
import { currentZoneName } from '../core/time/zone-aliases';
import { systemClock } from './adapters/clock';
import { createFeedTransport } from './adapters/feed-transport';
import { createFileSaver } from './adapters/file-saver';
import { linkOpener } from './adapters/link-opener';
import { createNotifier } from './adapters/notifier';
import { roomWindowOpener } from './adapters/room-opener';
import type { Stores } from './adapters/stores';
import { openRooms } from './rooms/room-registry';
import { createPdfPrinter } from './adapters/pdf-printer';

export interface ServiceSetup {
  /** The declared layout's files (openStores), shared with the desktop shell's own flags. */
  stores: Stores;
  bundledFeed: string;
  /** The window a save dialog attaches to. */
  parentWindow: () => BrowserWindow | undefined;
}

/** The system's preferred languages (called after 'ready'); the app's locale where the system lists none. */
function systemLanguages(): string[] {
  const preferred = app.getPreferredSystemLanguages();
  return preferred.length > 0 ? preferred : [app.getLocale()];
}

/**
 * The service with every port backed by Electron and Node. Each saved concept
 * has its own small file (core/storage/layout.ts), so a damaged cache never
 * costs the attendee their settings and a bookmark never rewrites the feed.
 */
export function createCompanionService({ stores, bundledFeed, parentWindow }: ServiceSetup): CompanionService {
  const { kept: store, cache } = stores;
  const files = createFileSaver(parentWindow);
  const service = new CompanionService(
    {
      store,
      cache,
      transport: createFeedTransport((options) => net.request(options)),
      clock: systemClock,
      notifier: createNotifier(),
      rooms: roomWindowOpener,
      files,
      links: linkOpener,
      printer: createPdfPrinter(parentWindow, files),
    },
    { bundledFeed, systemZone: currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone), systemLanguages: systemLanguages() },
  );
  // Room windows remember the attendee's device answers in the same store that Settings lists and revokes them from.
  openRooms.useConsents(service.roomConsents);
  return service;
}
