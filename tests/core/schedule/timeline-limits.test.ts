/**
 * The timeline layout on absurd days: everything it hands to the page is
 * bounded (span, hour marks, columns, lanes, blocks), whatever the feed holds,
 * and what it leaves out is counted so the page can say so.
 */
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../core/programme/model';
import {
  MAX_BLOCKS,
  MAX_COLUMNS,
  MAX_LANES,
  MAX_SPAN_MINUTES,
  layoutTimeline,
} from '../../../core/schedule/timeline-layout';
import { makeSession } from '../support/model';

const ZONE = 'Europe/Vienna';
const NINE = Date.parse('2024-02-05T09:00:00Z');
const MINUTE = 60_000;

const at = (id: string, startMs: number, endMs: number, room = 'Room A'): Session =>
  makeSession({ id, start: new Date(startMs).toISOString(), end: new Date(endMs).toISOString(), room: { name: room, url: null, kind: 'bbb' } });

function drawnCount(layout: ReturnType<typeof layoutTimeline>): number {
  return layout.columns.reduce((sum, column) => sum + column.blocks.length, 0);
}

describe('timeline layout limits', () => {
  it('lays out 150,000 sessions in one minute without overflowing the stack, drawing a bounded few', () => {
    const sessions = Array.from({ length: 150_000 }, (_, i) => at(`s${i}`, NINE, NINE + MINUTE));
    const layout = layoutTimeline(sessions, ZONE);
    expect(layout.startMs).toBe(NINE);
    expect(layout.minutes).toBe(60);
    expect(layout.hours).toHaveLength(2);
    expect(layout.columns).toHaveLength(1);
    const [column] = layout.columns;
    expect(column?.lanes).toBe(MAX_LANES);
    expect(column?.blocks.map((b) => [b.session.id, b.top, b.lane])).toEqual(
      Array.from({ length: MAX_LANES }, (_, i) => [`s${i}`, 0, i]),
    );
    expect(column?.hidden).toBe(150_000 - MAX_LANES);
    expect(layout.omitted).toEqual({ rooms: 0, sessionsInThoseRooms: 0, crowded: 150_000 - MAX_LANES });
  });

  it('clips a session that runs to the year 9999 to the span, and marks it', () => {
    const normal = at('normal', NINE, NINE + 60 * MINUTE);
    const endless = at('endless', NINE + 60 * MINUTE, Date.parse('9999-12-31T23:00:00Z'), 'Room B');
    const layout = layoutTimeline([endless, normal], ZONE);
    expect(layout.startMs).toBe(NINE);
    expect(layout.minutes).toBe(MAX_SPAN_MINUTES);
    expect(layout.hours).toHaveLength(MAX_SPAN_MINUTES / 60 + 1);
    const blocks = layout.columns.flatMap((c) => c.blocks.map((b) => [c.room, b.session.id, b.top, b.height, b.clipped]));
    expect(blocks).toEqual([
      ['Room A', 'normal', 0, 60, false],
      ['Room B', 'endless', 60, MAX_SPAN_MINUTES - 60, true],
    ]);
  });

  it('ends the span where the last session ends when that is within a day', () => {
    const layout = layoutTimeline([at('a', NINE, NINE + 90 * MINUTE), at('b', NINE + 120 * MINUTE, NINE + 150 * MINUTE)], ZONE);
    expect(layout.minutes).toBe(3 * 60);
    expect(layout.columns[0]?.blocks.every((b) => !b.clipped)).toBe(true);
  });

  it('drops sessions that start after the span (a list that is not one day) and counts them', () => {
    const layout = layoutTimeline([at('today', NINE, NINE + 60 * MINUTE), at('next-week', NINE + 7 * 24 * 60 * MINUTE, NINE + 7 * 24 * 60 * MINUTE + 60 * MINUTE)], ZONE);
    expect(layout.minutes).toBeLessThanOrEqual(MAX_SPAN_MINUTES);
    expect(drawnCount(layout)).toBe(1);
    expect(layout.omitted.crowded).toBe(1);
  });

  it('shows the first rooms of 50,000 as columns and counts the rest', () => {
    const sessions = Array.from({ length: 50_000 }, (_, i) => at(`r${i}`, NINE + (i % 8) * 60 * MINUTE, NINE + ((i % 8) + 1) * 60 * MINUTE, `Room ${String(i).padStart(5, '0')}`));
    sessions.push(at('plenary', NINE, NINE + 30 * MINUTE, ''));
    const layout = layoutTimeline(sessions, ZONE);
    expect(layout.columns).toHaveLength(MAX_COLUMNS);
    expect(layout.columns.slice(0, 3).map((c) => c.room)).toEqual(['Everyone', 'Room 00000', 'Room 00001']);
    expect(layout.columns.at(-1)?.room).toBe(`Room ${String(MAX_COLUMNS - 2).padStart(5, '0')}`);
    expect(layout.omitted).toEqual({ rooms: 50_001 - MAX_COLUMNS, sessionsInThoseRooms: 50_001 - MAX_COLUMNS, crowded: 0 });
    expect(layout.columns[2]?.blocks.map((b) => [b.session.id, b.top, b.height, b.lane])).toEqual([['r1', 60, 60, 0]]);
    expect(layout.minutes).toBe(8 * 60);
  });

  it('caps the blocks drawn on a day, keeping the earliest', () => {
    // MAX_COLUMNS rooms, a half-hour session in each every half hour for 24 hours: more than the cap.
    const sessions = Array.from({ length: MAX_COLUMNS * 48 }, (_, i) => {
      const slot = Math.floor(i / MAX_COLUMNS);
      return at(`d${i}`, NINE + slot * 30 * MINUTE, NINE + (slot + 1) * 30 * MINUTE, `Room ${i % MAX_COLUMNS}`);
    });
    const layout = layoutTimeline(sessions, ZONE);
    expect(drawnCount(layout)).toBe(MAX_BLOCKS);
    expect(layout.omitted.crowded).toBe(sessions.length - MAX_BLOCKS);
    const latestDrawn = Math.max(...layout.columns.flatMap((c) => c.blocks.map((b) => b.top)));
    const earliestLeftOut = Math.floor(MAX_BLOCKS / MAX_COLUMNS) * 30;
    expect(latestDrawn).toBeLessThanOrEqual(earliestLeftOut);
  });

  it('puts overlapping sessions of one room side by side in lanes, and reuses a lane once it is free', () => {
    const layout = layoutTimeline(
      [at('a', NINE, NINE + 60 * MINUTE), at('b', NINE + 30 * MINUTE, NINE + 90 * MINUTE), at('c', NINE + 60 * MINUTE, NINE + 120 * MINUTE)],
      ZONE,
    );
    expect(layout.columns[0]?.lanes).toBe(2);
    expect(layout.columns[0]?.blocks.map((b) => [b.session.id, b.lane])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
  });

  it('keeps short sessions in separate lanes when their readable minimum height would overlap', () => {
    const layout = layoutTimeline([at('a', NINE, NINE + MINUTE), at('b', NINE + 5 * MINUTE, NINE + 6 * MINUTE)], ZONE);
    expect(layout.columns[0]?.blocks.map((b) => [b.session.id, b.lane, b.height])).toEqual([
      ['a', 0, 15],
      ['b', 1, 15],
    ]);
  });
});
