/**
 * Which reminders are due when: N minutes before each bookmarked session that
 * is still in the programme, has not started and is not cancelled or all-day. A reminder is keyed by the
 * session and its start, so a session that moves is reminded at its new time.
 */
import type { Session } from '../programme/model';
import { isTimed } from '../time/all-day';

export interface PlannedReminder {
  sessionId: string;
  /** When to notify, ms since the epoch. */
  at: number;
  /** Identifies this reminder across restarts: `${sessionId}@${start}`. */
  key: string;
}

export const reminderKey = (session: Session): string => `${session.id}@${session.start}`;

export function planReminders(
  sessions: readonly Session[],
  bookmarkedIds: ReadonlySet<string>,
  minutesBefore: number | null,
  nowMs: number,
  alreadyFired: ReadonlySet<string>,
): PlannedReminder[] {
  if (minutesBefore === null) return [];
  return sessions
    // Cancelled sessions and all-day entries (which have no start to be reminded of) never remind.
    .filter((s) => isTimed(s) && bookmarkedIds.has(s.id) && Date.parse(s.start) > nowMs && !alreadyFired.has(reminderKey(s)))
    .map((s) => ({ sessionId: s.id, at: Math.max(nowMs, Date.parse(s.start) - minutesBefore * 60_000), key: reminderKey(s) }))
    .sort((a, b) => a.at - b.at || a.sessionId.localeCompare(b.sessionId));
}
