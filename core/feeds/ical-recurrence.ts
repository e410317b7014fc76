/**
 * The occurrences of a repeating event (RRULE, RDATE, EXDATE), as original
 * start instants. ical.js's RecurIterator walks the rule in the event's wall
 * time (DTSTART is handed to it floating, so 10:00 stays 10:00 across clock
 * changes); each wall time is then read in the event's zone with the same
 * rules as every other time (ical-time.ts). UNTIL and EXDATE are compared as
 * instants here, because ical.js compares a UTC UNTIL or EXDATE with a
 * floating start as if the start were UTC.
 *
 * Bounds: a series yields at most MAX_SERIES_OCCURRENCES, a feed at most
 * MAX_FEED_OCCURRENCES, and only occurrences that start within the feed's
 * window (its first DTSTART and SERIES_WINDOW_DAYS after). Rules that could
 * make ical.js search without end (a sub-daily rule narrowed to some days, a
 * day that no month has) are not expanded. Every cut is warned about.
 */
import ICAL from 'ical.js';
import type { FeedWarning } from '../programme/model';
import { icalWallInstant, type ICalZoneContext } from './ical-time';
import { allProperties, firstProperty, parameter, type JCalComponent } from './jcal';

export const MAX_SERIES_OCCURRENCES = 1000;
/** Excluded dates read per series: more than its occurrences, since exclusions may name dates beyond the expansion span. */
export const MAX_SERIES_EXCLUSIONS = 10 * MAX_SERIES_OCCURRENCES;
export const MAX_FEED_OCCURRENCES = 50_000;
export const SERIES_WINDOW_DAYS = 400;
const DAY_MS = 86_400_000;

/** What a whole feed may still expand, shared by its series. */
export interface SeriesBudget {
  windowEndMs: number;
  remaining: number;
  /** Whether the feed-wide cap was already warned about. */
  warnedFeedCap: boolean;
}

export function seriesBudget(firstStartMs: number): SeriesBudget {
  return { windowEndMs: firstStartMs + SERIES_WINDOW_DAYS * DAY_MS, remaining: MAX_FEED_OCCURRENCES, warnedFeedCap: false };
}

/** One occurrence: its original start as an instant and as ical.js writes the wall time. */
export interface Occurrence {
  ms: number;
  raw: string;
  tzid: string;
}

export const isRepeating = (event: JCalComponent): boolean => firstProperty(event, 'rrule') !== undefined || firstProperty(event, 'rdate') !== undefined;

const SUB_DAILY = new Set(['SECONDLY', 'MINUTELY', 'HOURLY']);
const DAY_PARTS = ['bymonth', 'bymonthday', 'byyearday', 'byweekno', 'byday', 'bysetpos'];
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const numbers = (value: unknown): number[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(Number);

/** Why a rule is not expanded, or '' when it is safe to. */
function unsafeRuleReason(parts: Record<string, unknown>): string {
  const freq = typeof parts.freq === 'string' ? parts.freq.toUpperCase() : '';
  if (SUB_DAILY.has(freq) && DAY_PARTS.some((part) => part in parts)) return `FREQ=${freq} narrowed to certain days`;
  const days = numbers(parts.bymonthday);
  if (days.length > 0) {
    const months = 'bymonth' in parts ? numbers(parts.bymonth) : MONTH_DAYS.map((_days, index) => index + 1);
    const possible = days.some((day) => months.some((month) => Math.abs(day) >= 1 && Math.abs(day) <= (MONTH_DAYS[month - 1] ?? 0)));
    if (!possible) return 'a BYMONTHDAY that no month has';
  }
  return '';
}

/** The wall time of an ical.js time in the series' zone (UTC times stay UTC). */
function occurrenceOf(time: ICAL.Time, tzid: string, ctx: ICalZoneContext, at: string): Occurrence | null {
  const raw = time.toString();
  const zone = raw.endsWith('Z') ? '' : tzid;
  const reading = icalWallInstant(raw, zone, ctx, at);
  return reading === 'unreadable' ? null : { ms: reading.ms, raw, tzid: zone };
}

/** UNTIL as an instant: a date means the whole of that day. */
function untilMs(value: unknown, tzid: string, ctx: ICalZoneContext, at: string): number {
  if (typeof value !== 'string') return Number.POSITIVE_INFINITY;
  const raw = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T23:59:59` : value;
  const reading = icalWallInstant(raw, raw.endsWith('Z') ? '' : tzid, ctx, at);
  return reading === 'unreadable' ? Number.POSITIVE_INFINITY : reading.ms;
}

/** Values of RDATE or EXDATE properties (a PERIOD counts by its start), each read in its own TZID. */
function listedTimes(event: JCalComponent, name: string, ctx: ICalZoneContext, at: string, limit: number): Occurrence[] {
  const times: Occurrence[] = [];
  for (const property of allProperties(event, name)) {
    const tzid = parameter(property, 'tzid');
    for (const value of property.slice(3)) {
      if (times.length >= limit) return times;
      const raw: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
      if (typeof raw !== 'string') continue;
      const reading = icalWallInstant(raw, raw.endsWith('Z') ? '' : tzid, ctx, at);
      if (reading !== 'unreadable') times.push({ ms: reading.ms, raw, tzid: raw.endsWith('Z') ? '' : tzid });
    }
  }
  return times;
}

/**
 * The original starts of a repeating event, in order, DTSTART first. `start`
 * is DTSTART's value and TZID.
 */
export function expandSeries(
  event: JCalComponent,
  start: { raw: string; tzid: string; ms: number },
  label: { title: string; at: string },
  ctx: ICalZoneContext,
  budget: SeriesBudget,
  warnings: FeedWarning[],
): Occurrence[] {
  const { at } = label;
  const first: Occurrence = { ms: start.ms, raw: start.raw, tzid: start.tzid };
  const limit = Math.min(MAX_SERIES_OCCURRENCES, budget.remaining);
  if (limit <= 1) {
    if (!budget.warnedFeedCap) warnings.push({ message: `more than ${MAX_FEED_OCCURRENCES} occurrences in the feed; later repeats are left out`, at });
    budget.warnedFeedCap = true;
    return [first];
  }
  const found = new Map<number, Occurrence>([[first.ms, first]]);
  let cutByWindow = false;
  const rules = allProperties(event, 'rrule');
  if (rules.length > 1) warnings.push({ message: `"${label.title}" has several RRULEs; only the first is read`, at });
  const rule = rules[0]?.[3];
  if (rule && typeof rule === 'object') {
    const parts = { ...(rule as Record<string, unknown>) };
    const reason = unsafeRuleReason(parts);
    if (reason) warnings.push({ message: `"${label.title}" repeats by ${reason}; listed once`, at });
    else {
      const until = untilMs(parts.until, start.tzid, ctx, at);
      delete parts.until;
      const iterator = ICAL.Recur.fromData(parts).iterator(icalTime(start.raw.replace(/Z$/, '')));
      // Each step yields one occurrence; the count bound ends the loop.
      for (let step = 0; step <= limit; step++) {
        const next = iterator.next();
        if (!next) break;
        if (start.raw.endsWith('Z')) next.zone = ICAL.Timezone.utcTimezone;
        const occurrence = occurrenceOf(next, start.tzid, ctx, at);
        if (!occurrence) continue;
        if (occurrence.ms > until) break;
        if (occurrence.ms > budget.windowEndMs) {
          cutByWindow = true;
          break;
        }
        found.set(occurrence.ms, occurrence);
        if (found.size > limit) break;
      }
    }
  }
  for (const listed of listedTimes(event, 'rdate', ctx, at, limit)) {
    if (listed.ms > budget.windowEndMs) cutByWindow = true;
    else found.set(listed.ms, listed);
  }
  const excludedDates = new Set<string>();
  const exclusions = listedTimes(event, 'exdate', ctx, at, MAX_SERIES_EXCLUSIONS + 1);
  if (exclusions.length > MAX_SERIES_EXCLUSIONS) {
    exclusions.length = MAX_SERIES_EXCLUSIONS;
    warnings.push({ message: `"${label.title}" excludes more than ${MAX_SERIES_EXCLUSIONS} dates (EXDATE); the later ones are not applied`, at });
  }
  for (const excluded of exclusions) {
    // A date EXDATE on a series with times excludes that day's occurrence (as Apple Calendar and others read it).
    if (excluded.raw.length === 10 && start.raw.length > 10) excludedDates.add(excluded.raw);
    else found.delete(excluded.ms);
  }
  if (excludedDates.size > 0) for (const [ms, occurrence] of found) if (excludedDates.has(occurrence.raw.slice(0, 10))) found.delete(ms);
  const occurrences = [...found.values()].sort((a, b) => a.ms - b.ms);
  if (occurrences.length > limit) {
    warnings.push({ message: `"${label.title}" repeats more than ${limit} times; later occurrences are left out`, at });
  } else if (cutByWindow) {
    warnings.push({ message: `"${label.title}" repeats beyond ${SERIES_WINDOW_DAYS} days after the feed's first event; later occurrences are left out`, at });
  }
  const kept = occurrences.slice(0, limit);
  budget.remaining -= kept.length;
  return kept;
}

/** A date or date-time value as ical.js writes it, as an ical.js time (floating unless it ends in Z). */
const icalTime = (raw: string): ICAL.Time => (raw.length === 10 ? ICAL.Time.fromDateString(raw) : ICAL.Time.fromDateTimeString(raw));

/** Shifts a date value ("2024-02-05") by whole days, for all-day occurrences. */
export function addDays(rawDate: string, days: number): string {
  const time = icalTime(rawDate);
  time.adjust(days, 0, 0, 0);
  return time.toString();
}
