/**
 * Lays out one day as a timeline: a column per room, blocks positioned by
 * minutes from the day's first hour, overlapping sessions of a room side by
 * side in lanes. Pure, so it can be tested without a DOM.
 *
 * A feed can hold anything, so everything handed to the page is bounded: the
 * span (a day plus an overflow), the hour marks, the columns, the lanes per
 * column and the blocks per day. What is left out is counted in `omitted`, so
 * the page can say so. One sort, then one sweep: linear apart from the sort.
 */
import type { Session } from '../programme/model';
import { offsetAt } from '../time/zoned';

export interface TimelineBlock {
  session: Session;
  /** Minutes from the timeline's start. */
  top: number;
  /** Length in minutes (at least a readable minimum, at most to the end of the span). */
  height: number;
  /** Side-by-side position among overlapping sessions of its room, from 0. */
  lane: number;
  /** The session goes on past the end of the timeline. */
  clipped: boolean;
}

export interface TimelineColumn {
  room: string;
  blocks: TimelineBlock[];
  /** Lanes this column needs (1 when nothing overlaps). */
  lanes: number;
  /** Sessions of this room that are not drawn (too many at once, or past the day's budget). */
  hidden: number;
}

export interface TimelineOmissions {
  /** Rooms beyond MAX_COLUMNS, and the sessions held in them. */
  rooms: number;
  sessionsInThoseRooms: number;
  /** Sessions of shown rooms left out: more overlapping than MAX_LANES, past MAX_BLOCKS, or after the span. */
  crowded: number;
}

export interface TimelineLayout {
  /** Instant of the first full hour shown (ms). */
  startMs: number;
  /** Minutes covered. */
  minutes: number;
  columns: TimelineColumn[];
  /** Hour marks: minutes from the start and the instant they stand for. */
  hours: { top: number; instant: number }[];
  omitted: TimelineOmissions;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
/** Short sessions still need room for their title. */
export const MIN_BLOCK_MINUTES = 15;
/** A day (25 hours on the day clocks go back) plus a sane overflow past midnight. */
export const MAX_SPAN_MINUTES = 31 * 60;
/** More rooms than this are not readable side by side; the list and the room filter reach the rest. */
export const MAX_COLUMNS = 60;
/** More sessions at once in one room than this are not readable side by side. */
export const MAX_LANES = 4;
/** Blocks drawn on one day: beyond this the page gets slow, and the list (virtualised) shows everything. */
export const MAX_BLOCKS = 2000;

const EVERYONE = 'Everyone';
const NONE_LEFT_OUT: TimelineOmissions = { rooms: 0, sessionsInThoseRooms: 0, crowded: 0 };

/** The start of the hour containing an instant, in a zone (zones with :30 and :45 offsets included). */
function hourFloor(instant: number, zone: string): number {
  const offset = offsetAt(instant, zone);
  const local = instant + offset;
  return local - (((local % HOUR) + HOUR) % HOUR) - offset;
}

interface Timed {
  session: Session;
  room: string;
  start: number;
  end: number;
}

/** Sessions with readable instants, earliest first (ties keep the feed's order: the sort is stable). */
function byStart(sessions: readonly Session[]): Timed[] {
  const timed: Timed[] = [];
  for (const session of sessions) {
    const start = Date.parse(session.start);
    const end = Date.parse(session.end);
    if (!Number.isFinite(start)) continue;
    timed.push({ session, room: session.room.name || EVERYONE, start, end: Number.isFinite(end) ? end : start });
  }
  return timed.sort((a, b) => a.start - b.start);
}

const roomOrder = new Intl.Collator('en', { numeric: false }).compare;

/** The rooms that get a column: the shared "Everyone" room first, then by name, at most MAX_COLUMNS. */
function shownRooms(sessionsPerRoom: Map<string, number>): Set<string> {
  const names = [...sessionsPerRoom.keys()].sort((a, b) => (a === EVERYONE ? -1 : b === EVERYONE ? 1 : roomOrder(a, b)));
  return new Set(names.slice(0, MAX_COLUMNS));
}

interface OpenColumn extends TimelineColumn {
  /** Minute each lane is free again (its last block's visual end). */
  laneEnds: number[];
}

/** The first lane free at `top`, a new one while fewer than MAX_LANES exist, else -1 (at most MAX_LANES steps). */
function freeLane(laneEnds: number[], top: number): number {
  for (let lane = 0; lane < laneEnds.length; lane++) if ((laneEnds[lane] ?? Infinity) <= top) return lane;
  return laneEnds.length < MAX_LANES ? laneEnds.length : -1;
}

export function layoutTimeline(sessions: readonly Session[], zone: string): TimelineLayout {
  const timed = byStart(sessions);
  const first = timed[0];
  if (!first) return { startMs: 0, minutes: 0, columns: [], hours: [], omitted: NONE_LEFT_OUT };

  const startMs = hourFloor(first.start, zone);
  const spanEnd = startMs + MAX_SPAN_MINUTES * MINUTE;
  let lastEnd = startMs;
  const sessionsPerRoom = new Map<string, number>();
  for (const item of timed) {
    if (item.start < spanEnd) lastEnd = Math.max(lastEnd, item.end, item.start + MIN_BLOCK_MINUTES * MINUTE);
    sessionsPerRoom.set(item.room, (sessionsPerRoom.get(item.room) ?? 0) + 1);
  }
  const minutes = Math.ceil((Math.min(lastEnd, spanEnd) - startMs) / HOUR) * 60;
  const shown = shownRooms(sessionsPerRoom);

  const columns = new Map<string, OpenColumn>();
  for (const room of shown) columns.set(room, { room, blocks: [], lanes: 1, hidden: 0, laneEnds: [] });
  let drawn = 0;
  let crowded = 0;
  for (const item of timed) {
    const column = columns.get(item.room);
    if (!column) continue;
    const top = (item.start - startMs) / MINUTE;
    const lane = top < minutes && drawn < MAX_BLOCKS ? freeLane(column.laneEnds, top) : -1;
    if (lane === -1) {
      column.hidden++;
      crowded++;
      continue;
    }
    const length = Math.max(MIN_BLOCK_MINUTES, (item.end - item.start) / MINUTE);
    column.laneEnds[lane] = top + length;
    column.blocks.push({ session: item.session, top, height: Math.min(length, minutes - top), lane, clipped: item.end > startMs + minutes * MINUTE });
    drawn++;
  }

  const hiddenRooms = sessionsPerRoom.size - shown.size;
  let sessionsInThoseRooms = 0;
  for (const [room, count] of sessionsPerRoom) if (!shown.has(room)) sessionsInThoseRooms += count;

  return {
    startMs,
    minutes,
    columns: [...columns.values()].map(({ laneEnds, ...column }) => ({ ...column, lanes: Math.max(1, laneEnds.length) })),
    hours: Array.from({ length: minutes / 60 + 1 }, (_, i) => ({ top: i * 60, instant: startMs + i * HOUR })),
    omitted: { rooms: hiddenRooms, sessionsInThoseRooms, crowded },
  };
}
