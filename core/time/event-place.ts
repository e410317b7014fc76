import { zoneCity } from './zone-label';

/** How attendees name the event's clock: the conference is run from Graz, so Europe/Vienna reads "Graz". */
export function eventPlaceName(zone: string): string {
  return zone === 'Europe/Vienna' ? 'Graz' : zoneCity(zone);
}
