/**
 * The one programme model every feed writer reads: the benchmark's seeded
 * programmes and the hostile tests' injected text both become one of these,
 * and each writer puts it into one feed format.
 *
 * Times are instants (ms). Every programme is in Europe/Vienna on days of one
 * fixed offset (the bench's March 2031 and the tests' February 2024 are both
 * +01:00), so wall times are instant + offset with no zone database.
 */

export interface FeedPerson {
  /** Unique per person within the programme (pretalx speaker code, frab person id). */
  id: string;
  first: string;
  last: string;
  /** How the person is shown; "first last" unless a caller injects something else. */
  name: string;
}

export interface FeedRoom {
  name: string;
  /** The video room's address, when the format can carry one. */
  url?: string;
}

export interface FeedLink {
  title: string;
  url: string;
}

export interface FeedSession {
  id: string;
  /** A number for the formats that want one (frab id, pretalx id, Indico db_id). */
  numericId: number;
  title: string;
  subtitle: string;
  abstract: string;
  startMs: number;
  endMs: number;
  /** Index into FeedProgramme.rooms. */
  roomIndex: number;
  /** Index into FeedProgramme.tracks. */
  trackIndex: number;
  type: string;
  language: string;
  persons: FeedPerson[];
  /** The session's own page, when it has one. */
  url?: string;
  links: FeedLink[];
}

export interface FeedProgramme {
  title: string;
  version: string;
  /** ISO dates of the programme's days, first to last. */
  days: string[];
  rooms: FeedRoom[];
  tracks: string[];
  sessions: FeedSession[];
}

export const ZONE = 'Europe/Vienna';
/** The zone's offset on every day the callers generate (winter time). */
export const OFFSET_MS = 3_600_000;
export const OFFSET = '+01:00';

const pad = (n: number): string => String(n).padStart(2, '0');

/** Wall time in the conference zone, from an instant. */
export function wall(ms: number): { date: string; time: string; seconds: string; compact: string } {
  const d = new Date(ms + OFFSET_MS);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return { date, time, seconds: `${time}:00`, compact: `${date.replace(/-/g, '')}T${time.replace(':', '')}00` };
}

/** 2031-03-03T09:00:00+01:00 */
export const withOffset = (ms: number): string => `${wall(ms).date}T${wall(ms).seconds}${OFFSET}`;

export const durationMinutes = (s: FeedSession): number => (s.endMs - s.startMs) / 60_000;

/** HH:MM of a session's length. */
export function hhmm(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The instant of a wall time in the conference zone. */
export function instant(date: string, time: string): number {
  return Date.parse(`${date}T${time}:00Z`) - OFFSET_MS;
}
