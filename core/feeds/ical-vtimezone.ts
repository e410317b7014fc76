/**
 * A feed's own VTIMEZONE definitions, bounded before ical.js sees them.
 * ical.js expands every STANDARD/DAYLIGHT rule from its DTSTART up to the
 * year it is asked about, keeping each change in memory: a zone with
 * RRULE:FREQ=MINUTELY from 1970 grows by gigabytes and never finishes. A zone
 * changes at most a few times a year, so only rules that fire once a year
 * (FREQ=YEARLY with at most one value per BY part) are kept, and the number of
 * rules and listed dates per zone is capped. What is dropped is warned about.
 */
import ICAL from 'ical.js';
import type { FeedWarning } from '../programme/model';
import { ianaZoneOf } from './ical-zone-name';
import { firstText, subcomponents, type JCalComponent, type JCalProperty } from './jcal';

/** Observances (STANDARD/DAYLIGHT blocks) per zone; real zones have a few dozen at most. */
export const MAX_ZONE_OBSERVANCES = 50;
/** RDATE values per observance. */
export const MAX_ZONE_RDATES = 200;

/** Why a zone rule could fire more than once a year, or '' when it cannot. */
function denseRuleReason(rule: unknown): string {
  if (typeof rule !== 'object' || rule === null) return 'an unreadable RRULE';
  const parts = rule as Record<string, unknown>;
  const freq = typeof parts.freq === 'string' ? parts.freq.toUpperCase() : '';
  if (freq !== 'YEARLY') return `RRULE:FREQ=${freq || '?'}`;
  const listed = Object.entries(parts).find(([key, value]) => key.startsWith('by') && Array.isArray(value) && value.length > 1);
  return listed ? `RRULE with several ${listed[0].toUpperCase()} values` : '';
}

function boundedObservance(observance: JCalComponent, tzid: string, at: string, warnings: FeedWarning[]): JCalComponent {
  let rdates = 0;
  const properties = observance[1].filter((property: JCalProperty) => {
    if (property[0] === 'rrule') {
      const reason = denseRuleReason(property[3]);
      if (reason) warnings.push({ message: `time zone "${tzid}": ${reason} ignored (a zone changes at most yearly)`, at });
      return reason === '';
    }
    if (property[0] !== 'rdate') return true;
    rdates += property.length - 3;
    return rdates <= MAX_ZONE_RDATES;
  });
  if (rdates > MAX_ZONE_RDATES) warnings.push({ message: `time zone "${tzid}": only the first RDATEs are read`, at });
  return [observance[0], properties, []];
}

/**
 * ical.js zones for TZIDs that name no IANA or Windows zone (those are read with
 * Intl, see ical-time.ts). `lineOf` gives where each VTIMEZONE starts, for warnings.
 */
export function declaredZones(calendars: JCalComponent[], warnings: FeedWarning[], lineOf: (index: number) => string): Map<string, ICAL.Timezone> {
  const zones = new Map<string, ICAL.Timezone>();
  calendars.flatMap((c) => subcomponents(c, 'vtimezone')).forEach((component, index) => {
    const tzid = firstText(component, 'tzid');
    if (!tzid || ianaZoneOf(tzid) || zones.has(tzid)) return;
    const at = lineOf(index);
    const observances = component[2].filter((child) => child[0] === 'standard' || child[0] === 'daylight');
    if (observances.length > MAX_ZONE_OBSERVANCES) {
      warnings.push({ message: `time zone "${tzid}": only the first ${MAX_ZONE_OBSERVANCES} STANDARD/DAYLIGHT blocks are read`, at });
    }
    const bounded = observances.slice(0, MAX_ZONE_OBSERVANCES).map((o) => boundedObservance(o, tzid, at, warnings));
    zones.set(tzid, new ICAL.Timezone(new ICAL.Component([component[0], component[1], bounded])));
  });
  return zones;
}
