/**
 * What the tray tells of reminders: whether one is still to come (the app then
 * stays in the tray), and the next one by title and time in the display zone.
 * Computed from the scheduler's plan, which leaves out the reminders that fired.
 */
import type { Session } from '../programme/model';
import { dayLabel } from '../time/days';
import { zoneAbbreviation } from '../time/zone-label';
import { dateInZone, timeInZone } from '../time/zoned';
import type { PlannedReminder } from './reminders';

/** The next reminder as the tray menu tells it; the time is already formatted for the attendee. */
export interface NextReminderText {
  title: string;
  time: string;
}

export interface ReminderOutlook {
  /** A reminder has not fired yet: the app stays in the tray for it. */
  stillToCome: boolean;
  /** The next reminder whose time has not come yet; null when none is ahead. */
  next: NextReminderText | null;
}

export const NO_REMINDERS: ReminderOutlook = { stillToCome: false, next: null };

export function reminderOutlook(planned: readonly PlannedReminder[], sessions: readonly Session[], nowMs: number, zone: string): ReminderOutlook {
  // A reminder whose time has come fires on the scheduler's timer at once, so the menu names the one after it.
  const next = planned.find((reminder) => reminder.at > nowMs);
  const session = next && sessions.find((s) => s.id === next.sessionId);
  if (!next || !session) return { stillToCome: planned.length > 0, next: null };
  const date = dateInZone(next.at, zone);
  const day = date === dateInZone(nowMs, zone) ? '' : `${dayLabel(date)}, `;
  return { stillToCome: true, next: { title: session.title, time: `${day}${timeInZone(next.at, zone)} ${zoneAbbreviation(next.at, zone)}` } };
}

/** Where main reads the outlook and hears when it changes (a reminder fired, bookmarks or settings changed). */
export interface ReminderOutlookSource {
  outlook(): ReminderOutlook;
  onOutlookChanged(listener: (outlook: ReminderOutlook) => void): () => void;
}
