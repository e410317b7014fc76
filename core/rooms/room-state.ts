/**
 * Where a session's room stands for the attendee: not open yet, open to join
 * (from the join window before the start), live, just ended (rooms stay
 * joinable a few minutes after the end, because sessions overrun), or ended.
 * The one rule for both the session page and joinRoom, so the button and the
 * service never disagree.
 */
import type { Session } from '../programme/model';

export interface JoinWindow {
  /** How long before the start the room may be joined (setting joinWindowMinutes). */
  beforeStartMinutes: number;
  /** How long after the end it still may be (setting roomsOpenAfterEndMinutes). */
  afterEndMinutes: number;
}

export type RoomState =
  | { kind: 'no-room'; joinable: false; label: string }
  | { kind: 'opens-later'; joinable: false; label: string; opensAt: number }
  | { kind: 'open'; joinable: true; label: string }
  | { kind: 'live'; joinable: true; label: string }
  | { kind: 'overrun'; joinable: true; label: string }
  | { kind: 'ended'; joinable: false; label: string };

export function roomState(session: Session, nowMs: number, joinWindow: JoinWindow): RoomState {
  if (!session.room.url) return { kind: 'no-room', joinable: false, label: 'No online room' };
  const start = Date.parse(session.start);
  const end = Date.parse(session.end);
  const opensAt = start - joinWindow.beforeStartMinutes * 60_000;
  const closesAt = end + joinWindow.afterEndMinutes * 60_000;
  if (nowMs < opensAt) {
    const minutes = Math.ceil((opensAt - nowMs) / 60_000);
    const label = minutes <= 120 ? `Room opens in ${minutes} min` : `Room opens ${joinWindow.beforeStartMinutes} min before the start`;
    return { kind: 'opens-later', joinable: false, label, opensAt };
  }
  if (nowMs < start) return { kind: 'open', joinable: true, label: `Room open, starts in ${Math.ceil((start - nowMs) / 60_000)} min` };
  if (nowMs < end) return { kind: 'live', joinable: true, label: 'Live now' };
  if (nowMs < closesAt) return { kind: 'overrun', joinable: true, label: `Ended, room open for ${Math.ceil((closesAt - nowMs) / 60_000)} more min` };
  return { kind: 'ended', joinable: false, label: 'Session ended' };
}
