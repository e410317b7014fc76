/**
 * The sanity bounds every parser applies to a session's instants before it
 * keeps the session: both in the years 1000–9999 (which also keeps them inside
 * what Date and Intl can format, so no RangeError can escape a parser), and no
 * session longer than 31 days (a month-long "session" is a unit mix-up such as
 * minutes written as hours). A session outside them is left out with a warning;
 * the rest of the feed is read.
 */
import { EARLIEST_YEAR, LATEST_YEAR, YEAR_RANGE, utcMs } from '../time/calendar-date';

export const EARLIEST_INSTANT_MS = utcMs(EARLIEST_YEAR, 1, 1);
/** The last millisecond of 31 December 9999 (UTC). */
export const LATEST_INSTANT_MS = utcMs(LATEST_YEAR + 1, 1, 1) - 1;
export const MAX_SESSION_DAYS = 31;
export const MAX_SESSION_MS = MAX_SESSION_DAYS * 86_400_000;

export const isSessionInstant = (ms: number): boolean => Number.isFinite(ms) && ms >= EARLIEST_INSTANT_MS && ms <= LATEST_INSTANT_MS;

/** Why a session with these instants is refused ("starts outside the years 1000–9999", …); null when it is fine. */
export function spanProblem(startMs: number, endMs: number): string | null {
  if (!isSessionInstant(startMs)) return `starts outside the years ${YEAR_RANGE}`;
  if (!isSessionInstant(endMs)) return `ends outside the years ${YEAR_RANGE}`;
  if (endMs - startMs > MAX_SESSION_MS) return `lasts longer than ${MAX_SESSION_DAYS} days`;
  // An end before the start is kept (finishProgramme makes it zero length, with its own warning).
  return null;
}

const MAX_NAME = 80;

/** A session as a warning names it: its title, else its id, quoted and cut to a readable length. */
export function sessionName(title: string, id = ''): string {
  const name = title.trim() || (id.trim() ? `id ${id.trim()}` : '(untitled)');
  return `"${name.length > MAX_NAME ? `${name.slice(0, MAX_NAME)}…` : name}"`;
}

/** The warning for a session left out: `"Title" lasts longer than 31 days; left out`. */
export const leftOut = (title: string, id: string, reason: string, at: string | undefined): { message: string; at?: string } => ({
  message: `${sessionName(title, id)} ${reason}; left out`,
  ...(at ? { at } : {}),
});
