/** All-day entries and cancelled sessions: listed, but never a clash, a gap or a reminder. */
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../core/programme/model';
import { makeSession } from '../support/model';
import { findClashes, planDays } from '../../../core/schedule/my-schedule';
import { planReminders } from '../../../core/schedule/reminders';
import { nowAndNext } from '../../../core/schedule/now-next';
import { groupByDay } from '../../../core/time/days';
import { allDayDates } from '../../../core/time/all-day';

const s = (id: string, start: string, end: string, extra: Partial<Session> = {}): Session =>
  makeSession({ id, title: id, start: `2024-02-05T${start}:00Z`, end: `2024-02-05T${end}:00Z`, timeZone: 'Europe/Vienna', ...extra });
// 5 and 6 February in Vienna: midnight 5 Feb (23:00Z on the 4th) to midnight 7 Feb.
const registration = makeSession({ id: 'desk', title: 'Registration', start: '2024-02-04T23:00:00Z', end: '2024-02-06T23:00:00Z', timeZone: 'Europe/Vienna', allDay: true });

describe('all-day entries and cancelled sessions in My schedule', () => {
  const talk = s('talk', '10:00', '11:00');
  const later = s('later', '11:30', '12:00');
  const cancelled = s('gone', '10:30', '11:30', { status: 'cancelled' });

  it('never clash', () => {
    expect(Object.fromEntries(findClashes([registration, talk, cancelled, later]))).toEqual({});
  });

  it('take no part in the free time between sessions', () => {
    const [day] = planDays([registration, talk, cancelled, later], 'Europe/Vienna');
    expect(day?.items.map((i) => [i.session.id, i.gapBeforeMinutes])).toEqual([
      ['desk', null],
      ['talk', null],
      ['gone', null],
      ['later', 30],
    ]);
  });

  it('are never live or next', () => {
    const { live, next } = nowAndNext([registration, talk, cancelled, later], new Set(), Date.parse('2024-02-05T10:45:00Z'));
    expect([live.map((x) => x.id), next.map((x) => x.id)]).toEqual([['talk'], ['later']]);
  });

  it('are never reminded', () => {
    const ids = new Set(['desk', 'talk', 'gone']);
    expect(planReminders([registration, talk, cancelled], ids, 10, Date.parse('2024-02-01T00:00:00Z'), new Set()).map((r) => r.sessionId)).toEqual(['talk']);
  });
});

describe('the days of an all-day entry', () => {
  it('are its dates in the event zone, end exclusive, whatever zone the days are grouped in', () => {
    expect(allDayDates(registration)).toEqual(['2024-02-05', '2024-02-06']);
    // In New York midnight in Vienna is 18:00 the day before: the entry still belongs to 5 February.
    expect(groupByDay([registration], 'America/New_York').map((d) => d.date)).toEqual(['2024-02-05']);
  });

  it('are bounded for an absurdly long entry', () => {
    const long = { ...registration, end: '2030-01-01T00:00:00Z' };
    expect(allDayDates(long)).toHaveLength(62);
  });
});
