/**
 * When a session is: its times in both zones and its live state, or for an
 * all-day entry the days it covers (the same dates for everyone), and a
 * "Cancelled" badge when the organisers cancelled it.
 */
import type { Session } from '../../core/programme/model';
import { allDayDates } from '../../core/time/all-day';
import { dayLabel } from '../../core/time/days';
import { SessionStateBadge } from './SessionStateBadge';
import { TimeRange } from './TimeRange';

/** "Mon 2 Mar", or "Mon 2 Mar – Tue 3 Mar" for several days. */
export function allDaySpanLabel(session: Session, style: 'short' | 'long' = 'short'): string {
  const dates = allDayDates(session);
  const first = dates[0] ?? '';
  const last = dates[dates.length - 1] ?? first;
  return first === last ? dayLabel(first, style) : `${dayLabel(first, style)} – ${dayLabel(last, style)}`;
}

export function CancelledBadge() {
  return <span className="state-badge state-cancelled">Cancelled</span>;
}

export function SessionWhen({ session, now, withDate = false }: { session: Session; now: number; withDate?: boolean }) {
  const cancelled = session.status === 'cancelled';
  return (
    <>
      {session.allDay ? (
        <span className="time-range time-all-day">
          All day <span className="time-date">· {allDaySpanLabel(session, withDate ? 'long' : 'short')}</span>
        </span>
      ) : (
        <TimeRange start={session.start} end={session.end} withDate={withDate} />
      )}
      {cancelled ? <CancelledBadge /> : !session.allDay && <SessionStateBadge start={session.start} end={session.end} now={now} />}
    </>
  );
}
