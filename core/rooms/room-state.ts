/**
 * Where a session's room stands for the attendee: not open yet, open to join
 * (from the join window before the start), live, or ended. Joining stays
 * possible after the end, because sessions overrun and rooms stay open.
 */
import type { Session } from '../programme/model';

export type RoomState =
  | { kind: 'no-room'; joinable: false; label: string }
  | { kind: 'opens-later'; joinable: false; label: string; opensAt: number }
  | { kind: 'open'; joinable: true; label: string }
  | { kind: 'live'; joinable: true; label: string }
  | { kind: 'ended'; joinable: true; label: string };

export function roomState(session: Session, nowMs: number, joinWindowMinutes: number): RoomState {
  if (!session.room.url) return { kind: 'no-room', joinable: false, label: 'No online room' };
  const start = Date.parse(session.start);
  const end = Date.parse(session.end);
  const opensAt = start - joinWindowMinutes * 60_000;
  if (nowMs < opensAt) {
    const minutes = Math.ceil((opensAt - nowMs) / 60_000);
    const label = minutes <= 120 ? `Room opens in ${minutes} min` : `Room opens ${joinWindowMinutes} min before the start`;
    return { kind: 'opens-later', joinable: false, label, opensAt };
  }
  if (nowMs < start) return { kind: 'open', joinable: true, label: `Room open, starts in ${Math.ceil((start - nowMs) / 60_000)} min` };
  if (nowMs < end) return { kind: 'live', joinable: true, label: 'Live now' };
  return { kind: 'ended', joinable: true, label: 'Ended' };
}
