/**
 * Which IANA zone a feed's wall times are read in. Feeds name their zone in
 * different places (or not at all); this is the one rule for all of them.
 * Deprecated aliases such as US/Eastern are kept: Intl resolves them, and
 * rewriting them would make the app disagree with the organisers' own files.
 */
import type { FeedWarning } from '../programme/model';
import { isKnownTimeZone } from '../settings';

const NO_ZONE_NOTE = 'no time zone in feed; times read in ';

/** The note chooseFeedZone leaves for a feed that names no zone: it never explains a missing session. */
export const isNoZoneNote = (warning: FeedWarning): boolean => warning.message.startsWith(NO_ZONE_NOTE);

export function chooseFeedZone(
  stated: string | undefined,
  defaultZone: string,
  warnings: FeedWarning[],
  at?: string,
): string {
  const zone = (stated ?? '').trim();
  if (zone === '') {
    warnings.push({ message: `${NO_ZONE_NOTE}${defaultZone}`, ...(at ? { at } : {}) });
    return defaultZone;
  }
  if (!isKnownTimeZone(zone)) {
    warnings.push({ message: `unknown time zone "${zone}"; times read in ${defaultZone}`, ...(at ? { at } : {}) });
    return defaultZone;
  }
  return zone;
}
