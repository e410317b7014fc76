/** My schedule: bookmarked sessions by day, with gaps, clashes and what changed. */
import { useMemo, useState } from 'react';
import type { Programme, Session } from '../../core/programme/model';
import type { Bookmark } from '../../core/schedule/bookmark-model';
import { planDays } from '../../core/schedule/my-schedule';
import type { PlanItem } from '../../core/schedule/my-schedule';
import { dayLabel } from '../../core/time/days';
import { useApi } from '../hooks/api-context';
import { sessionHref } from '../hooks/use-hash-route';
import { BookmarkFlagNote } from '../components/BookmarkFlagNote';
import { SessionRow } from '../components/SessionRow';
import { TimeRange } from '../components/TimeRange';
import './MyScheduleView.css';
import '../components/SessionList.css';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { feedLang } from '../i18n/feed-lang';
import { useTimeConventions } from '../i18n/time-conventions';

interface Props {
  programme: Programme;
  bookmarks: Bookmark[];
  groupingZone: string;
  now: number;
}

function gapText(t: TFunction, minutes: number): string {
  if (minutes < 60) return t('my.gap.minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? t('my.gap.hoursMinutes', { hours, minutes: rest }) : t('my.gap.hours', { hours });
}

export function MyScheduleView({ programme, bookmarks, groupingZone, now }: Props) {
  const api = useApi();
  const { t } = useTranslation();
  const conventions = useTimeConventions();
  const [hidePast, setHidePast] = useState(true);
  const byId = useMemo(() => new Map(programme.sessions.map((s) => [s.id, s])), [programme.sessions]);
  const present = bookmarks.map((b) => byId.get(b.sessionId)).filter((s): s is Session => s !== undefined);
  const removed = bookmarks.filter((b) => !byId.has(b.sessionId));
  const flags = new Map(bookmarks.map((b) => [b.sessionId, b]));
  const days = planDays(present, groupingZone, hidePast ? { hidePastBefore: now } : {});
  const hiddenPast = hidePast ? present.filter((s) => Date.parse(s.end) <= now).length : 0;
  const titleOf = (id: string) => byId.get(id)?.title ?? id;

  if (bookmarks.length === 0) {
    return (
      <section className="empty-state" aria-labelledby="my-heading">
        <h2 id="my-heading">{t('my.heading')}</h2>
        <p>{t('my.empty.howTo')}</p>
        <p>{t('my.empty.reminders')}</p>
        <p>
          <a href="#/">{t('my.empty.browse')}</a>
        </p>
      </section>
    );
  }

  const clashNote = (item: PlanItem) =>
    item.clashesWith.length > 0 && (
      <p className="clash-note">
        <strong>{t('my.clash.label')}</strong> {t('my.clash.overlaps')}{' '}
        {item.clashesWith.map((id, index) => (
          <span key={id}>
            {index > 0 && ', '}
            <a href={sessionHref(id)} lang={feedLang(byId.get(id)?.language ?? '')}>
              {titleOf(id)}
            </a>
          </span>
        ))}
      </p>
    );

  return (
    <section aria-labelledby="my-heading">
      <div className="view-heading">
        <h2 id="my-heading">{t('my.heading')}</h2>
        <label className="inline-check">
          <input type="checkbox" checked={hidePast} onChange={(event) => setHidePast(event.target.checked)} /> {t('my.hidePast')}
        </label>
      </div>
      <div className="inline-form schedule-actions">
        <button type="button" onClick={() => void api.exportCalendar({ kind: 'bookmarks' })}>
          {t('my.exportCalendar')}
        </button>
        <button type="button" onClick={() => void api.printSchedule()}>
          {t('my.print')}
        </button>
      </div>
      {hiddenPast > 0 && (
        <p className="hint">{t('my.hiddenPast', { count: hiddenPast })}</p>
      )}
      {removed.length > 0 && (
        <section className="removed-bookmarks" aria-labelledby="removed-heading">
          <h3 id="removed-heading">{t('my.removed.heading')}</h3>
          <ul className="session-list" aria-label={t('my.removed.listLabel')}>
            {removed.map((bookmark) => (
              <li key={bookmark.sessionId} className="session-row session-removed">
                <div className="session-when">
                  <TimeRange start={bookmark.snapshot.start} end={bookmark.snapshot.end} withDate />
                </div>
                <div className="session-what">
                  <h4 className="session-title">
                    <s>{bookmark.snapshot.title}</s>
                  </h4>
                  <p className="hint">{t('my.removed.note')}</p>
                </div>
                <div className="session-actions">
                  <button type="button" onClick={() => void api.setBookmark(bookmark.sessionId, false)}>
                    {t('my.removed.remove')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {days.length === 0 && present.length > 0 && <p className="empty-state">{t('my.allOver')}</p>}
      {days.map((day) => (
        <section key={day.date} aria-labelledby={`my-day-${day.date}`}>
          <h3 className="day-heading" id={`my-day-${day.date}`}>
            {dayLabel(day.date, 'long', conventions)}
          </h3>
          <ul className="session-list" aria-label={t('my.dayList', { day: dayLabel(day.date, 'long', conventions) })}>
            {day.items.map((item) => (
              <SessionRow
                key={item.session.id}
                session={item.session}
                now={now}
                clashing={item.clashesWith.length > 0}
                headingLevel={4}
                before={item.gapBeforeMinutes !== null && item.gapBeforeMinutes > 0 ? <p className="gap-note">{gapText(t, item.gapBeforeMinutes)}</p> : null}
              >
                {clashNote(item)}
                <BookmarkFlagNote bookmark={flags.get(item.session.id)} />
              </SessionRow>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
