/** Day switcher: a row of links (each day has its own address), current day marked for assistive tech. */
import { dayLabel } from '../../core/time/days';
import { dayHref } from '../hooks/use-hash-route';
import './DayTabs.css';

export function DayTabs({ days, current }: { days: { date: string; count: number }[]; current: string }) {
  return (
    <nav className="day-tabs" aria-label="Days">
      <ul>
        {days.map((day) => (
          <li key={day.date}>
            <a href={dayHref(day.date)} aria-current={day.date === current ? 'page' : undefined} className="day-tab">
              <span className="day-tab-label">{dayLabel(day.date)}</span>
              <span className="day-tab-count">
                {day.count} {day.count === 1 ? 'session' : 'sessions'}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
