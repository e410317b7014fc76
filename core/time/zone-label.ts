/**
 * Names for a zone at an instant, as attendees read them: "CET", "EST",
 * else the offset ("UTC+5:45") where a zone has no common abbreviation.
 */
import { offsetAt } from './zoned';

const cache = new Map<string, Intl.DateTimeFormat>();

function zoneNameFormatter(locale: string, zone: string, style: 'short' | 'long'): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${style}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style });
    cache.set(key, formatter);
  }
  return formatter;
}

function zoneName(instantMs: number, zone: string, locale: string, style: 'short' | 'long'): string {
  const part = zoneNameFormatter(locale, zone, style)
    .formatToParts(instantMs)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? '';
}

/** "+05:30" style offset; minutes shown only when not whole hours. */
export function formatOffset(offsetMs: number): string {
  const totalMinutes = Math.round(offsetMs / 60_000);
  const sign = totalMinutes < 0 ? '−' : '+';
  const hours = Math.floor(Math.abs(totalMinutes) / 60);
  const minutes = Math.abs(totalMinutes) % 60;
  return `UTC${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

const OFFSET_STYLE = /^(GMT|UTC)[+\-−]/;

/**
 * A zone's name depends on the zone and its offset at the moment (CET at +1,
 * CEST at +2), so names are remembered per zone and offset: asking Intl is slow,
 * and a programme asks for the same few names thousands of times.
 */
const names = new Map<string, string>();

function remembered(kind: string, instantMs: number, zone: string, compute: () => string): string {
  const key = `${kind}|${zone}|${offsetAt(instantMs, zone)}`;
  let name = names.get(key);
  if (name === undefined) {
    name = compute();
    if (names.size < 10_000) names.set(key, name);
  }
  return name;
}

/** Short label: a real abbreviation where English has one, else the UTC offset. */
export function zoneAbbreviation(instantMs: number, zone: string): string {
  return remembered('short', instantMs, zone, () => {
    for (const locale of ['en-US', 'en-GB']) {
      const name = zoneName(instantMs, zone, locale, 'short');
      if (name && !OFFSET_STYLE.test(name)) return name;
    }
    return formatOffset(offsetAt(instantMs, zone));
  });
}

/** Long label for screen readers: "Central European Standard Time". */
export function zoneLongName(instantMs: number, zone: string): string {
  return remembered('long', instantMs, zone, () => zoneName(instantMs, zone, 'en-US', 'long') || zone);
}

/** The city part of an IANA id, for people: "America/New_York" -> "New York". */
export function zoneCity(zone: string): string {
  const last = zone.split('/').pop() ?? zone;
  return last.replace(/_/g, ' ');
}
