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

interface Props {
  programme: Programme;
  bookmarks: Bookmark[];
  groupingZone: string;
  now: number;
}

function gapText(minutes: number): string {
  if (minutes < 60) return `${minutes} min free`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours} h${rest ? ` ${rest} min` : ''} free`;
}

export function MyScheduleView({ programme, bookmarks, groupingZone, now }: Props) {
  const api = useApi();
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
        <h2 id="my-heading">My schedule</h2>
        <p>Nothing here yet. Press the star next to a session in the programme to add it to your schedule.</p>
        <p>You get a reminder before each session you add (see Settings).</p>
        <p>
          <a href="#/">Browse the programme</a>
        </p>
      </section>
    );
  }

  const clashNote = (item: PlanItem) =>
    item.clashesWith.length > 0 && (
      <p className="clash-note">
        <strong>Clash:</strong> overlaps{' '}
        {item.clashesWith.map((id, index) => (
          <span key={id}>
            {index > 0 && ', '}
            <a href={sessionHref(id)}>{titleOf(id)}</a>
          </span>
        ))}
      </p>
    );

  return (
    <section aria-labelledby="my-heading">
      <div className="view-heading">
        <h2 id="my-heading">My schedule</h2>
        <label className="inline-check">
          <input type="checkbox" checked={hidePast} onChange={(event) => setHidePast(event.target.checked)} /> Hide past sessions
        </label>
      </div>
      <div className="inline-form schedule-actions">
        <button type="button" onClick={() => void api.exportCalendar({ kind: 'bookmarks' })}>
          Add all to your calendar (.ics)
        </button>
        <button type="button" onClick={() => void api.printSchedule()}>
          Print or save as PDF
        </button>
      </div>
      {hiddenPast > 0 && (
        <p className="hint">
          {hiddenPast} past {hiddenPast === 1 ? 'session is' : 'sessions are'} hidden.
        </p>
      )}
      {removed.length > 0 && (
        <section className="removed-bookmarks" aria-labelledby="removed-heading">
          <h3 id="removed-heading">No longer in the programme</h3>
          <ul className="session-list" aria-label="Removed sessions">
            {removed.map((bookmark) => (
              <li key={bookmark.sessionId} className="session-row session-removed">
                <div className="session-when">
                  <TimeRange start={bookmark.snapshot.start} end={bookmark.snapshot.end} withDate />
                </div>
                <div className="session-what">
                  <h4 className="session-title">
                    <s>{bookmark.snapshot.title}</s>
                  </h4>
                  <p className="hint">The organisers removed this session. It stays here until you remove it.</p>
                </div>
                <div className="session-actions">
                  <button type="button" onClick={() => void api.setBookmark(bookmark.sessionId, false)}>
                    Remove
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {days.length === 0 && present.length > 0 && <p className="empty-state">All your sessions are over. Untick “Hide past sessions” to see them.</p>}
      {days.map((day) => (
        <section key={day.date} aria-labelledby={`my-day-${day.date}`}>
          <h3 className="day-heading" id={`my-day-${day.date}`}>
            {dayLabel(day.date, 'long')}
          </h3>
          <ul className="session-list" aria-label={`My sessions on ${dayLabel(day.date, 'long')}`}>
            {day.items.map((item) => (
              <SessionRow
                key={item.session.id}
                session={item.session}
                now={now}
                clashing={item.clashesWith.length > 0}
                headingLevel={4}
                before={item.gapBeforeMinutes !== null && item.gapBeforeMinutes > 0 ? <p className="gap-note">{gapText(item.gapBeforeMinutes)}</p> : null}
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
