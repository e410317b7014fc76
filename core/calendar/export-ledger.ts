/**
 * SEQUENCE bookkeeping for calendar exports. Calendars replace an imported
 * event only when its SEQUENCE is higher than the copy they hold, so each
 * export compares every session with what was last exported under its UID.
 *
 * The ledger is plain JSON (the service persists it in its store):
 * `{ [uid]: { fingerprint, sequence } }`. It only ever grows: exporting one
 * session must not make the app forget the others' sequences.
 */
import type { Session } from '../programme/model';
import { stableHash } from '../programme/ids';
import { descriptionOf, locationOf, sessionUrl, summaryOf } from './event-text';
import { calendarUid } from './uid';

export interface LedgerEntry {
  fingerprint: string;
  sequence: number;
}

export type ExportLedger = Record<string, LedgerEntry>;

export type CalendarStatus = 'CONFIRMED' | 'CANCELLED';

export interface LedgerInput {
  sessions: readonly Session[];
  /** Bookmarked sessions that left the programme (their last known copy): exported as STATUS:CANCELLED. */
  cancelled?: readonly Session[];
  feedUrl: string | null;
}

export interface LedgerUpdate {
  ledger: ExportLedger;
  /** SEQUENCE per session id, for exportCalendar's `sequences`. */
  sequences: Record<string, number>;
}

/**
 * A hash of what a calendar shows: times, title, room, URL, status and the
 * description (in the event zone only, so changing one's display zone is not a change).
 */
export function sessionFingerprint(session: Session, status: CalendarStatus): string {
  return stableHash(
    JSON.stringify([session.start, session.end, session.timeZone, summaryOf(session), locationOf(session), sessionUrl(session), status, descriptionOf(session), session.track]),
  );
}

function isEntry(value: unknown): value is LedgerEntry {
  const entry = value as LedgerEntry | null;
  return typeof entry === 'object' && entry !== null && typeof entry.fingerprint === 'string' && Number.isInteger(entry.sequence) && entry.sequence >= 0;
}

/** Unchanged since the last export: same sequence; changed: +1; never exported: 0. */
export function nextLedger(ledger: ExportLedger, input: LedgerInput): LedgerUpdate {
  const next: ExportLedger = {};
  // A stored ledger is untrusted input: keep only well-formed entries.
  for (const [uid, entry] of Object.entries(ledger)) if (isEntry(entry)) next[uid] = { fingerprint: entry.fingerprint, sequence: entry.sequence };
  const sequences: Record<string, number> = {};
  const visit = (session: Session, status: CalendarStatus): void => {
    const uid = calendarUid(session.id, input.feedUrl);
    const fingerprint = sessionFingerprint(session, status);
    const known = Object.hasOwn(next, uid) ? next[uid] : undefined;
    const sequence = !known ? 0 : known.fingerprint === fingerprint ? known.sequence : known.sequence + 1;
    next[uid] = { fingerprint, sequence };
    sequences[session.id] = sequence;
  };
  for (const session of input.sessions) visit(session, 'CONFIRMED');
  for (const session of input.cancelled ?? []) visit(session, 'CANCELLED');
  return { ledger: next, sequences };
}
