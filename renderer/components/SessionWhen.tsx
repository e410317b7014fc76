/**
 * When a session is: its times in both zones and its live state, or for an
 * all-day entry the days it covers (the same dates for everyone), and a
 * "Cancelled" badge when the organisers cancelled it.
 */
import type { Session } from '../../core/programme/model';
import { allDaySpanLabel } from '../../core/time/all-day';
import { SessionStateBadge } from './SessionStateBadge';
import { TimeRange } from './TimeRange';
import './SessionWhen.css';
import { useTranslation } from 'react-i18next';
import { useTimeConventions } from '../i18n/time-conventions';

export function CancelledBadge() {
  const { t } = useTranslation();
  return <span className="state-badge state-cancelled">{t('session.state.cancelled')}</span>;
}

export function SessionWhen({ session, now, withDate = false }: { session: Session; now: number; withDate?: boolean }) {
  const cancelled = session.status === 'cancelled';
  const { t } = useTranslation();
  const conventions = useTimeConventions();
  return (
    <>
      {session.allDay ? (
        <span className="time-range time-all-day">
          {t('allDay.label')} <span className="time-date">· {allDaySpanLabel(session, withDate ? 'long' : 'short', conventions)}</span>
        </span>
      ) : (
        <TimeRange start={session.start} end={session.end} withDate={withDate} />
      )}
      {cancelled ? <CancelledBadge /> : !session.allDay && <SessionStateBadge start={session.start} end={session.end} now={now} />}
    </>
  );
}
