/**
 * Human-readable moments ("5 Feb 2024, 14:05 CET", "Feb 5, 2024, 2:05 PM EST")
 * in a chosen zone and the attendee's conventions, for statuses such as
 * "updated at". Intl formats from the instant and the zone alone, so the
 * machine's zone never leaks in.
 */
import type { TimeConventions } from './conventions';
import { clockOptions, DEFAULT_CONVENTIONS } from './conventions';
import { cachedDateTimeFormat } from './formatter-cache';
import { zoneAbbreviation } from './zone-label';

export function formatInstant(iso: string, zone: string, conventions: TimeConventions = DEFAULT_CONVENTIONS): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return iso;
  const options: Intl.DateTimeFormatOptions = { ...clockOptions(conventions), day: 'numeric', month: 'short', year: 'numeric', timeZone: zone };
  return `${cachedDateTimeFormat(conventions.locale, options).format(instant)} ${zoneAbbreviation(instant, zone, conventions.locale)}`;
}
