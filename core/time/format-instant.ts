/**
 * Human-readable moments ("5 Feb 2024, 14:05 CET") in a chosen zone, for
 * statuses such as "updated at". date-fns-tz formats from the instant and the
 * zone alone, so the machine's zone never leaks in.
 */
import { formatInTimeZone } from 'date-fns-tz';
import { zoneAbbreviation } from './zone-label';

export function formatInstant(iso: string, zone: string): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return iso;
  return `${formatInTimeZone(instant, zone, 'd MMM yyyy, HH:mm')} ${zoneAbbreviation(instant, zone)}`;
}
