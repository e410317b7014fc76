/**
 * The web edition: CompanionService runs in the page with browser adapters.
 * The renderer sees the same CompanionApi as in the app.
 *
 * Only the feed cache's adapter is loaded with the entry: its IndexedDB read
 * starts at once, and the service (core, the feed parsers) loads beside it.
 */
import type { CompanionApi } from '../core/api';
import { IndexedDbCache } from './adapters/indexed-db-cache';
import { currentZoneName } from '../core/time/zone-aliases';

export function createPlatform(): Promise<CompanionApi> {
  performance.mark('glc:platform');
  const cache = IndexedDbCache.open().then((opened) => {
    performance.mark('glc:cache-read');
    return opened;
  });
  // The first Intl call loads the zone data (tens of milliseconds): done here, while IndexedDB reads.
  const systemZone = currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone);
  return Promise.all([cache, import('./service')]).then(([opened, { startWebService }]) => startWebService(opened, systemZone));
}

export const platformName = 'web' as const;
