/**
 * Names for a zone at an instant, as attendees read them: "CET", "EST",
 * else the offset ("UTC+5:45") where a zone has no common abbreviation.
 */
import { offsetAt } from './zoned';

/** Not through the formatter cache: every name is remembered below, and the zone picker's 420 zones would evict the clocks. */
function zoneName(instantMs: number, zone: string, locale: string, style: 'short' | 'long' | 'shortOffset'): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style })
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

/**
 * A zone's name depends on the zone, its offset at the moment (CET at +1, CEST
 * at +2) and the language, so names are remembered per zone, offset and locale:
 * asking Intl is slow, and a programme asks for the same few names thousands of times.
 */
const names = new Map<string, string>();

function remembered(kind: string, locale: string, instantMs: number, zone: string, compute: () => string): string {
  const key = `${kind}|${locale}|${zone}|${offsetAt(instantMs, zone)}`;
  let name = names.get(key);
  if (name === undefined) {
    name = compute();
    if (names.size < 10_000) names.set(key, name);
  }
  return name;
}

/** A real abbreviation in this locale ("CET", "MEZ", "EST"), or '' where the locale has only an offset ("GMT+1"). */
function abbreviationIn(instantMs: number, zone: string, locale: string): string {
  const name = zoneName(instantMs, zone, locale, 'short');
  return name && name !== zoneName(instantMs, zone, locale, 'shortOffset') ? name : '';
}

/**
 * Short label: the locale's abbreviation ("MEZ" in German), else our offset form
 * ("UTC+5:45") in the same Latin digits everywhere. English asks both the US and
 * the British names, since each knows only its own region's (EST; CET).
 */
export function zoneAbbreviation(instantMs: number, zone: string, locale = 'en-US'): string {
  return remembered('short', locale, instantMs, zone, () => {
    const candidates = locale.toLowerCase().startsWith('en') ? [locale, 'en-US', 'en-GB'] : [locale];
    for (const candidate of candidates) {
      const name = abbreviationIn(instantMs, zone, candidate);
      if (name) return name;
    }
    return formatOffset(offsetAt(instantMs, zone));
  });
}

/** Long label, in the locale's language, for screen readers and tooltips: "Central European Standard Time", "Mitteleuropäische Normalzeit". */
export function zoneLongName(instantMs: number, zone: string, locale = 'en-US'): string {
  return remembered('long', locale, instantMs, zone, () => zoneName(instantMs, zone, locale, 'long') || zone);
}

/** The city part of an IANA id, for people: "America/New_York" -> "New York". */
export function zoneCity(zone: string): string {
  const last = zone.split('/').pop() ?? zone;
  return last.replace(/_/g, ' ');
}
