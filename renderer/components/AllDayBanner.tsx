/**
 * The all-day entries of a day (a holiday, "registration open"), above the
 * day's sessions: they have no time, so they stay out of the list order and
 * the timeline grid.
 */
import type { Session } from '../../core/programme/model';
import { allDayDates, allDaySpanLabel } from '../../core/time/all-day';
import { sessionHref } from '../hooks/use-hash-route';
import { CancelledBadge } from './SessionWhen';
import './AllDayBanner.css';
import { useTranslation } from 'react-i18next';
import { feedLang } from '../i18n/feed-lang';
import { useTimeConventions } from '../i18n/time-conventions';

export function AllDayBanner({ sessions }: { sessions: readonly Session[] }) {
  const { t } = useTranslation();
  const conventions = useTimeConventions();
  if (sessions.length === 0) return null;
  return (
    <ul className="all-day-banner" aria-label={t('allDay.label')}>
      {sessions.map((session) => (
        <li key={session.id} className={`all-day-item${session.status === 'cancelled' ? ' session-cancelled' : ''}`} data-session-id={session.id}>
          <span className="all-day-label">{t('allDay.label')}</span>
          <a className="all-day-title" href={sessionHref(session.id)} lang={feedLang(session.language)}>
            {session.title}
          </a>
          {allDayDates(session).length > 1 && <span className="all-day-span">{allDaySpanLabel(session, 'short', conventions)}</span>}
          {session.status === 'cancelled' && <CancelledBadge />}
        </li>
      ))}
    </ul>
  );
}
