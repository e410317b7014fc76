/**
 * The .ics export: one session, the bookmarks, a day or the whole programme.
 *
 * Rules that keep imports clean everywhere (docs/architecture.md, Time rules):
 * - DTSTART/DTEND as TZID=<event zone> wall times with a VTIMEZONE for each
 *   zone (in UTC only for a session touching the hour repeated when clocks
 *   fall back, where a TZID time is read differently by different parsers);
 *   no calendar-level zone, so DTSTAMP stays UTC with Z;
 * - stable UIDs and a SEQUENCE from the export ledger, STATUS:CANCELLED for
 *   sessions that left the programme, so a second import updates entries;
 * - output depends only on the arguments (DTSTAMP is `exportedAt`).
 */
import ical, { ICalAlarmType, ICalEventStatus, type ICalTemporalPlainDateStub } from 'ical-generator';
import type { Session } from '../programme/model';
import { locationOf, oneLine, summaryOf } from './event-text';
import { calendarUid } from './uid';
import { vtimezone } from './vtimezone';
import { ownProperties } from './own-properties';
import { isRepeatedWallTime, plainDateValue, wallClockValue } from './wall-clock-value';
import { allDayBounds } from '../time/all-day';

export const PRODUCT_ID = '//Go Local Companion//Calendar export//EN';

/** Reminder minutes the export accepts (the same range the CLI's --alarm takes). */
export const MAX_ALARM_MINUTES = 1440;

export interface CalendarExport {
  sessions: readonly Session[];
  /** Bookmarked sessions no longer in the programme: their last known copy, exported as cancelled. */
  cancelled?: readonly Session[];
  /** X-WR-CALNAME. */
  calendarName: string;
  /** The organisers' feed; null for the bundled programme or a file. Gives the UIDs' host. */
  feedUrl: string | null;
  /** A DISPLAY reminder this many minutes before each session; null or absent for none. */
  alarmMinutes?: number | null;
  /** DTSTAMP, ms since the epoch. */
  exportedAt: number;
  /** SEQUENCE per session id (see export-ledger.ts). */
  sequences: (sessionId: string) => number;
  /** The attendee's zone: their times are added to each description. */
  displayZone?: string | null;
  /** Told about each session left out of the file, and why. */
  onSkipped?: (session: Session, reason: string) => void;
}

function checkAlarm(minutes: number | null | undefined): number | null {
  if (minutes === null || minutes === undefined) return null;
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_ALARM_MINUTES) {
    throw new RangeError(`alarm minutes must be a whole number from 0 to ${MAX_ALARM_MINUTES}`);
  }
  return minutes;
}

/** First and last year of each zone's sessions, for its VTIMEZONE. */
function zoneYears(sessions: readonly Session[]): Map<string, [number, number]> {
  const years = new Map<string, [number, number]>();
  for (const s of sessions) {
    const [a, b] = [new Date(s.start).getUTCFullYear(), new Date(s.end).getUTCFullYear()];
    const known = years.get(s.timeZone);
    years.set(s.timeZone, known ? [Math.min(known[0], a), Math.max(known[1], b)] : [a, b]);
  }
  return years;
}

/**
 * Where our own properties go (own-properties.ts): ical-generator writes this
 * marker as a line of its own, and no feed text can start a content line
 * (line breaks in text are escaped, folded lines begin with a space), so only
 * our marker lines can match. The marker itself carries nothing but a number.
 */
const SPLICE_PROPERTY = 'X-GLC-SPLICE';
const SPLICE_LINE = new RegExp(`\\r\\n${SPLICE_PROPERTY}:(\\d+)\\r\\n`, 'g');

/** An all-day entry as VALUE=DATE days in its own zone, end exclusive (its dates are the same for everyone). */
function allDayTimes(session: Session): { start: ICalTemporalPlainDateStub; end: ICalTemporalPlainDateStub; allDay: true } {
  const { first, endExclusive } = allDayBounds(session);
  return { start: plainDateValue(first), end: plainDateValue(endExclusive), allDay: true };
}

export function exportCalendar(options: CalendarExport): string {
  const alarm = checkAlarm(options.alarmMinutes);
  const spliced: string[][] = [];
  const entries = [
    ...options.sessions.map((session) => ({ session, status: session.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED })),
    ...(options.cancelled ?? []).map((session) => ({ session, status: ICalEventStatus.CANCELLED })),
  ].filter(({ session }) => {
    // RFC 5545 has no event that ends before it starts; writing it as zero length would hide the feed's mistake.
    if (Date.parse(session.end) >= Date.parse(session.start)) return true;
    options.onSkipped?.(session, 'it ends before it starts');
    return false;
  });
  const years = zoneYears(entries.map((e) => e.session));
  // No METHOD: RFC 5546's PUBLISH requires an ORGANIZER (libical refuses it without), and a file
  // import into Google, Outlook, Apple Calendar or Thunderbird needs no iTIP method at all.
  const calendar = ical({ prodId: PRODUCT_ID, name: oneLine(options.calendarName) || 'Go Local' });
  // A generator but no name: VTIMEZONEs for the events' zones without a calendar-level zone.
  calendar.timezone({
    name: null,
    generator: (zone) => {
      const range = years.get(zone);
      return range ? vtimezone(zone, range[0], range[1]) : null;
    },
  });
  const stamp = new Date(options.exportedAt);
  for (const { session, status } of entries) {
    const startMs = Date.parse(session.start);
    const endMs = Date.parse(session.end);
    const location = locationOf(session);
    const track = oneLine(session.track);
    const zone = session.timeZone;
    // DTEND must be after DTSTART: a zero-length session has DTSTART only (RFC 5545 §3.6.1).
    const hasEnd = endMs > startMs;
    const inZone = !isRepeatedWallTime(startMs, zone) && !(hasEnd && isRepeatedWallTime(endMs, zone));
    const event = calendar.createEvent({
      id: calendarUid(session.id, options.feedUrl),
      sequence: options.sequences(session.id),
      stamp,
      ...(session.allDay
        ? allDayTimes(session)
        : inZone
          ? { start: wallClockValue(startMs, zone), ...(hasEnd ? { end: wallClockValue(endMs, zone) } : {}), timezone: zone }
          : { start: new Date(startMs), ...(hasEnd ? { end: new Date(endMs) } : {}) }),
      summary: summaryOf(session),
      status,
      ...(location ? { location } : {}),
      ...(track ? { categories: [{ name: track }] } : {}),
      x: [[SPLICE_PROPERTY, String(spliced.push(ownProperties(session, options.displayZone)) - 1)]],
    });
    // An all-day entry has no start to be reminded of (a reminder would ring the evening before).
    if (alarm !== null && status === ICalEventStatus.CONFIRMED && !session.allDay) {
      event.createAlarm({ type: ICalAlarmType.display, trigger: alarm * 60, description: summaryOf(session) });
    }
  }
  // Every content line ends with CRLF, the last one too (RFC 5545 §3.1).
  const text = `${calendar.toString()}\r\n`;
  return text.replace(SPLICE_LINE, (_line, index: string) => `\r\n${(spliced[Number(index)] ?? []).join('\r\n')}\r\n`);
}
