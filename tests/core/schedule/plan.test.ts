import { describe, expect, it } from 'vitest';
import type { Session } from '../../../core/programme/model';
import { makeSession } from '../support/model';
import { findClashes, planDays } from '../../../core/schedule/my-schedule';
import { nowAndNext } from '../../../core/schedule/now-next';
import { planReminders } from '../../../core/schedule/reminders';

const s = (id: string, start: string, end: string, room = 'Room'): Session =>
  makeSession({ id, title: id, start: `2024-02-05T${start}:00Z`, end: `2024-02-05T${end}:00Z`, room: { name: room, url: null, kind: 'bbb' } });

describe('My schedule', () => {
  const opening = s('opening', '10:30', '11:00');
  const keynote = s('keynote', '11:00', '11:30');
  const wgA = s('wg-a', '12:20', '14:00');
  const wgB = s('wg-b', '13:30', '15:00');
  const wrap = s('wrap', '14:15', '15:00');

  it('marks clashes on both sessions, and back-to-back sessions do not clash', () => {
    const clashes = findClashes([wrap, keynote, wgB, opening, wgA]);
    expect(Object.fromEntries(clashes)).toEqual({ 'wg-a': ['wg-b'], 'wg-b': ['wg-a', 'wrap'], wrap: ['wg-b'] });
  });

  it('lists the day in order with the free time between sessions', () => {
    const [day] = planDays([wgA, keynote, opening], 'Europe/Vienna');
    expect(day?.date).toBe('2024-02-05');
    expect(day?.items.map((i) => [i.session.id, i.gapBeforeMinutes])).toEqual([
      ['opening', null],
      ['keynote', 0],
      ['wg-a', 50],
    ]);
  });

  it('hides past sessions on request', () => {
    const [day] = planDays([opening, wgA], 'Europe/Vienna', { hidePastBefore: Date.parse('2024-02-05T12:00:00Z') });
    expect(day?.items.map((i) => i.session.id)).toEqual(['wg-a']);
  });
});

describe('Now & next', () => {
  const sessions = [s('live-1', '10:00', '11:00', 'A'), s('live-2', '10:30', '11:30', 'B'), s('next-1', '11:15', '12:00', 'A'), s('next-2', '11:15', '12:00', 'B'), s('later', '14:00', '15:00')];

  it('shows live sessions and the next time slot, bookmarked first', () => {
    const result = nowAndNext(sessions, new Set(['live-2', 'later']), Date.parse('2024-02-05T10:45:00Z'));
    expect(result.live.map((x) => x.id)).toEqual(['live-2', 'live-1']);
    expect(result.next.map((x) => x.id)).toEqual(['later', 'next-1', 'next-2']);
  });
});

describe('reminders plan', () => {
  const sessions = [s('a', '10:30', '11:00'), s('b', '12:00', '13:00'), s('c', '09:00', '10:00')];
  const now = Date.parse('2024-02-05T10:00:00Z');

  it('reminds N minutes before each bookmarked future session', () => {
    expect(planReminders(sessions, new Set(['a', 'b', 'c']), 10, now, new Set())).toEqual([
      { sessionId: 'a', at: Date.parse('2024-02-05T10:20:00Z'), key: 'a@2024-02-05T10:30:00Z' },
      { sessionId: 'b', at: Date.parse('2024-02-05T11:50:00Z'), key: 'b@2024-02-05T12:00:00Z' },
    ]);
  });

  it('reminds at once when the app starts inside the reminder window, never twice, and not at all when off', () => {
    expect(planReminders(sessions, new Set(['a']), 45, now, new Set())[0]?.at).toBe(now);
    expect(planReminders(sessions, new Set(['a']), 10, now, new Set(['a@2024-02-05T10:30:00Z']))).toEqual([]);
    expect(planReminders(sessions, new Set(['a']), null, now, new Set())).toEqual([]);
  });
});
