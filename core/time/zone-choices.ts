/** Every IANA zone the runtime knows, with a city name and its current offset, for searching. */
import { offsetAt } from './zoned';
import { formatOffset, zoneCity } from './zone-label';
import { currentZoneName } from './zone-aliases';

export interface ZoneChoice {
  zone: string;
  city: string;
  offset: string;
  /** Lower-case text a query is matched against: ids, city and offset in several spellings. */
  search: string;
}

function hhmm(offsetMs: number): string {
  const minutes = Math.round(offsetMs / 60_000);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function zoneChoices(nowMs: number): ZoneChoice[] {
  return Intl.supportedValuesOf('timeZone').map((listed) => {
    const zone = currentZoneName(listed);
    const offsetMs = offsetAt(nowMs, zone);
    const offset = formatOffset(offsetMs);
    const city = zoneCity(zone);
    const search = `${zone} ${listed} ${city} ${zoneCity(listed)} ${offset} ${hhmm(offsetMs)}`;
    return { zone, city, offset, search: search.toLowerCase().replace(/−/g, '-').replace(/_/g, ' ') };
  });
}
