/**
 * Lays out one day as a timeline: a column per room, blocks positioned by
 * minutes from the day's first hour. Pure, so it can be tested without a DOM.
 */
import type { Session } from '../programme/model';
import { offsetAt } from '../time/zoned';

export interface TimelineBlock {
  session: Session;
  /** Minutes from the timeline's start. */
  top: number;
  /** Length in minutes (at least a readable minimum). */
  height: number;
}

export interface TimelineColumn {
  room: string;
  blocks: TimelineBlock[];
}

export interface TimelineLayout {
  /** Instant of the first full hour shown (ms). */
  startMs: number;
  /** Minutes covered. */
  minutes: number;
  columns: TimelineColumn[];
  /** Hour marks: minutes from the start and the instant they stand for. */
  hours: { top: number; instant: number }[];
}

const MINUTE = 60_000;
/** Short sessions still need room for their title. */
export const MIN_BLOCK_MINUTES = 15;

/** The start of the hour containing an instant, in a zone (zones with :30 and :45 offsets included). */
function hourFloor(instant: number, zone: string): number {
  const offset = offsetAt(instant, zone);
  const local = instant + offset;
  return local - (((local % 3_600_000) + 3_600_000) % 3_600_000) - offset;
}

export function layoutTimeline(sessions: readonly Session[], zone: string): TimelineLayout {
  if (sessions.length === 0) return { startMs: 0, minutes: 0, columns: [], hours: [] };
  const first = Math.min(...sessions.map((s) => Date.parse(s.start)));
  const last = Math.max(...sessions.map((s) => Math.max(Date.parse(s.end), Date.parse(s.start) + MIN_BLOCK_MINUTES * MINUTE)));
  const startMs = hourFloor(first, zone);
  const minutes = Math.ceil((last - startMs) / 3_600_000) * 60;
  const rooms = new Map<string, TimelineBlock[]>();
  for (const session of sessions) {
    const room = session.room.name || 'Everyone';
    const top = (Date.parse(session.start) - startMs) / MINUTE;
    const height = Math.max(MIN_BLOCK_MINUTES, (Date.parse(session.end) - Date.parse(session.start)) / MINUTE);
    rooms.set(room, [...(rooms.get(room) ?? []), { session, top, height }]);
  }
  const columns = [...rooms.entries()]
    .map(([room, blocks]) => ({ room, blocks: blocks.sort((a, b) => a.top - b.top) }))
    .sort((a, b) => (a.room === 'Everyone' ? -1 : b.room === 'Everyone' ? 1 : a.room.localeCompare(b.room)));
  const hours = Array.from({ length: minutes / 60 + 1 }, (_, i) => ({ top: i * 60, instant: startMs + i * 3_600_000 }));
  return { startMs, minutes, columns, hours };
}
