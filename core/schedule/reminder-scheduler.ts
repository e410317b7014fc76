/**
 * Runs reminders on the Clock port: one timer for the earliest due reminder,
 * re-planned whenever bookmarks, the programme or the setting change. Fired
 * reminders are remembered across restarts so none is shown twice. The tray's
 * outlook is read from here too, so main never plans reminders of its own.
 */
import type { Clock, KeyValueStore, Notifier } from '../ports';
import type { Session } from '../programme/model';
import { dualTime } from '../time/dual-time';
import { eventPlaceName } from '../time/event-place';
import { planReminders } from './reminders';
import type { PlannedReminder } from './reminders';
import { NO_REMINDERS, reminderOutlook } from './reminder-outlook';
import type { ReminderOutlook, ReminderOutlookSource } from './reminder-outlook';

const FIRED_KEY = 'reminders-fired';
const FIRED_LIMIT = 500;

export interface ReminderInputs {
  sessions: readonly Session[];
  bookmarkedIds: ReadonlySet<string>;
  minutesBefore: number | null;
  displayZone: string;
}

export function reminderText(session: Session, nowMs: number, displayZone: string): { title: string; body: string } {
  const minutes = Math.max(0, Math.round((Date.parse(session.start) - nowMs) / 60_000));
  const time = dualTime(session.start, session.end, displayZone, session.timeZone);
  const own = `${time.display.start} your time (${time.display.label})`;
  const event = time.same ? '' : ` · ${time.event.start} ${eventPlaceName(session.timeZone)} (${time.event.label})`;
  const room = session.room.name ? ` · ${session.room.name}` : '';
  return { title: minutes > 0 ? `In ${minutes} min: ${session.title}` : `Starting now: ${session.title}`, body: `${own}${event}${room}` };
}

export class ReminderScheduler implements ReminderOutlookSource {
  private timer: unknown = null;
  private inputs: ReminderInputs | null = null;
  private readonly outlookListeners = new Set<(outlook: ReminderOutlook) => void>();

  constructor(
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    private readonly store: KeyValueStore,
    private readonly onOpen: (sessionId: string) => void,
  ) {}

  /** The reminders still to come, in order (for tests and for the UI). */
  planned(): PlannedReminder[] {
    if (!this.inputs) return [];
    const { sessions, bookmarkedIds, minutesBefore } = this.inputs;
    return planReminders(sessions, bookmarkedIds, minutesBefore, this.clock.now(), this.fired());
  }

  /** Whether a reminder is still to come, and the next one as the tray names it. */
  outlook(): ReminderOutlook {
    if (!this.inputs) return NO_REMINDERS;
    return reminderOutlook(this.planned(), this.inputs.sessions, this.clock.now(), this.inputs.displayZone);
  }

  onOutlookChanged(listener: (outlook: ReminderOutlook) => void): () => void {
    this.outlookListeners.add(listener);
    return () => this.outlookListeners.delete(listener);
  }

  replan(inputs: ReminderInputs): void {
    this.inputs = inputs;
    this.cancel();
    const first = this.planned()[0];
    if (first) this.timer = this.clock.setTimeout(() => this.fireDue(), Math.max(0, first.at - this.clock.now()));
    if (this.outlookListeners.size > 0) {
      const outlook = this.outlook();
      for (const listener of this.outlookListeners) listener(outlook);
    }
  }

  cancel(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private fireDue(): void {
    this.timer = null;
    if (!this.inputs) return;
    const now = this.clock.now();
    const due = this.planned().filter((r) => r.at <= now);
    const fired = [...this.fired()];
    for (const reminder of due) {
      const session = this.inputs.sessions.find((s) => s.id === reminder.sessionId);
      if (!session) continue;
      this.notifier.notify({ ...reminderText(session, now, this.inputs.displayZone), sessionId: session.id }, () => this.onOpen(session.id));
      fired.push(reminder.key);
    }
    // A capped timer may wake early with nothing due: then there is nothing to write.
    if (due.length > 0) this.store.set(FIRED_KEY, fired.slice(-FIRED_LIMIT));
    this.replan(this.inputs);
  }

  private fired(): Set<string> {
    const stored = this.store.get(FIRED_KEY);
    return new Set(Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string') : []);
  }
}
