/**
 * VTIMEZONE components computed from the Intl time zone data, so the export
 * needs no zone files (and stays pure: @touch4it/ical-timezones reads its
 * files with node:fs, which the web edition cannot do).
 *
 * Shape: where a zone's transitions follow one yearly rule across the years
 * the events need, one STANDARD and one DAYLIGHT observance with an RRULE
 * (the shape Outlook and tzurl.org's Outlook files use); otherwise (a rule
 * changed, or an irregular zone) one observance per transition; a zone without
 * transitions gets a single STANDARD observance.
 */
import { offsetAt } from '../time/zoned';
import { zoneAbbreviation } from '../time/zone-label';

interface Transition {
  /** First instant with the new offset. */
  at: number;
  from: number;
  to: number;
  daylight: boolean;
}

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function firstInstantWithNewOffset(lo: number, hi: number, zone: string): number {
  const before = offsetAt(lo, zone);
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2000) * 1000;
    if (offsetAt(mid, zone) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

function transitionsBetween(fromMs: number, toMs: number, zone: string): Transition[] {
  const found: Omit<Transition, 'daylight'>[] = [];
  let offset = offsetAt(fromMs, zone);
  for (let t = fromMs; t < toMs; t += DAY_MS) {
    const next = offsetAt(t + DAY_MS, zone);
    if (next === offset) continue;
    found.push({ at: firstInstantWithNewOffset(t, t + DAY_MS, zone), from: offset, to: next });
    offset = next;
  }
  // Daylight time: a step forward with a step back between the same offsets within a year either side.
  return found.map((tr) => {
    const reverse = found.some((other) => other.from === tr.to && other.to === tr.from && Math.abs(other.at - tr.at) < 366 * DAY_MS);
    return { ...tr, daylight: tr.to > tr.from && reverse };
  });
}

function formatOffset(offsetMs: number): string {
  const total = Math.round(Math.abs(offsetMs) / 1000);
  const seconds = total % 60;
  return `${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(total / 3600))}${pad(Math.floor(total / 60) % 60)}${seconds ? pad(seconds) : ''}`;
}

/** The local time of an onset, in the offset in force before it (RFC 5545 §3.6.5). */
function localStamp(instantMs: number, offsetMs: number): string {
  const d = new Date(instantMs + offsetMs);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', start: string, from: number, to: number, zoneName: string, rrule?: string): string[] {
  return [
    `BEGIN:${kind}`,
    `TZOFFSETFROM:${formatOffset(from)}`,
    `TZOFFSETTO:${formatOffset(to)}`,
    ...(zoneName && !zoneName.startsWith('UTC') ? [`TZNAME:${zoneName}`] : []),
    `DTSTART:${start}`,
    ...(rrule ? [`RRULE:${rrule}`] : []),
    `END:${kind}`,
  ];
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" when every transition matches it, else null. */
function yearlyRule(transitions: Transition[]): string | null {
  const keys = new Set<string>();
  const lasts = new Set<boolean>();
  const nths = new Set<number>();
  for (const tr of transitions) {
    const local = new Date(tr.at + tr.from);
    const day = local.getUTCDate();
    const daysInMonth = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
    keys.add(`${local.getUTCMonth() + 1}|${local.getUTCDay()}|${localStamp(tr.at, tr.from).slice(9)}|${tr.from}|${tr.to}`);
    lasts.add(day + 7 > daysInMonth);
    nths.add(Math.ceil(day / 7));
  }
  if (keys.size !== 1) return null;
  const [month, weekday] = [...keys][0]!.split('|').map(Number) as [number, number];
  const byDay = lasts.size === 1 && lasts.has(true) ? -1 : nths.size === 1 ? [...nths][0]! : null;
  return byDay === null ? null : `FREQ=YEARLY;BYMONTH=${month};BYDAY=${byDay}${WEEKDAYS[weekday]}`;
}

function buildVtimezone(zone: string, firstYear: number, lastYear: number): string {
  const rangeStart = Date.UTC(firstYear, 0, 1);
  const transitions = transitionsBetween(rangeStart, Date.UTC(lastYear + 1, 0, 1), zone);
  const name = (at: number): string => zoneAbbreviation(at, zone);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  const years = lastYear - firstYear + 1;
  const daylight = transitions.filter((t) => t.daylight);
  const standard = transitions.filter((t) => !t.daylight);
  const dstRule = daylight.length === years ? yearlyRule(daylight) : null;
  const stdRule = standard.length === years ? yearlyRule(standard) : null;
  if (transitions.length === 0) {
    const offset = offsetAt(rangeStart, zone);
    lines.push(...observance('STANDARD', '19700101T000000', offset, offset, name(rangeStart)));
  } else if (dstRule && stdRule) {
    const [d, s] = [daylight[0]!, standard[0]!];
    lines.push(...observance('DAYLIGHT', localStamp(d.at, d.from), d.from, d.to, name(d.at), dstRule));
    lines.push(...observance('STANDARD', localStamp(s.at, s.from), s.from, s.to, name(s.at), stdRule));
  } else {
    const first = transitions[0]!;
    lines.push(...observance(first.from > first.to ? 'DAYLIGHT' : 'STANDARD', localStamp(rangeStart, first.from), first.from, first.from, name(rangeStart)));
    for (const t of transitions) lines.push(...observance(t.daylight ? 'DAYLIGHT' : 'STANDARD', localStamp(t.at, t.from), t.from, t.to, name(t.at)));
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

const cache = new Map<string, string>();

/**
 * The VTIMEZONE for `zone`, valid for events from `firstYear` to `lastYear`
 * (the year before is included so events early in the first year are covered).
 */
export function vtimezone(zone: string, firstYear: number, lastYear: number): string {
  const key = `${zone}|${firstYear}|${lastYear}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = buildVtimezone(zone, firstYear - 1, lastYear + 1);
    cache.set(key, text);
  }
  return text;
}
