/** Day switcher: a row of links (each day has its own address), current day marked for assistive tech. */
import { dayLabel } from '../../core/time/days';
import { dayHref } from '../hooks/use-hash-route';
import './DayTabs.css';
import { useTranslation } from 'react-i18next';
import { useTimeConventions } from '../i18n/time-conventions';

export function DayTabs({ days, current }: { days: { date: string; count: number }[]; current: string }) {
  const { t } = useTranslation();
  const conventions = useTimeConventions();
  return (
    <nav className="day-tabs" aria-label={t('days.label')}>
      <ul>
        {days.map((day) => (
          <li key={day.date}>
            <a href={dayHref(day.date)} aria-current={day.date === current ? 'page' : undefined} className="day-tab">
              <span className="day-tab-label">{dayLabel(day.date, 'short', conventions)}</span>
              <span className="day-tab-count">{t('days.count', { count: day.count })}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
