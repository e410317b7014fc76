/**
 * Clock times for people, in the attendee's conventions: "14:05" in en-GB and
 * de, "2:05 PM" in en-US. Data code (feed parsing, exports) keeps using
 * timeInZone's fixed "HH:mm".
 */
import type { TimeConventions } from './conventions';
import { clockOptions, DEFAULT_CONVENTIONS } from './conventions';
import { cachedDateTimeFormat } from './formatter-cache';

export function clockTime(instantMs: number, zone: string, conventions: TimeConventions = DEFAULT_CONVENTIONS): string {
  return cachedDateTimeFormat(conventions.locale, { ...clockOptions(conventions), timeZone: zone }).format(instantMs);
}
