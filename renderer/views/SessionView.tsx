/** Everything about one session: times in both zones, room, people, abstract, links. */
import { useEffect, useRef } from 'react';
import type { Session } from '../../core/programme/model';
import { dateInZone } from '../../core/time/zoned';
import { JoinRoom } from '../components/JoinRoom';
import { BookmarkButton } from '../components/BookmarkButton';
import { AddToCalendar } from '../components/AddToCalendar';
import { dayHref } from '../hooks/use-hash-route';
import { LinkifiedText } from '../components/LinkifiedText';
import { SessionWhen } from '../components/SessionWhen';
import { useZones } from '../components/zone-context';
import './SessionView.css';
import '../components/SessionRow.css';

interface Props {
  session: Session | undefined;
  now: number;
  groupingZone: string;
  joinWindowMinutes: number;
  roomsOpenAfterEndMinutes: number;
}

export function SessionView({ session, now, groupingZone, joinWindowMinutes, roomsOpenAfterEndMinutes }: Props) {
  const zones = useZones();
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to the new view's heading so keyboard and screen-reader users land on it.
  useEffect(() => heading.current?.focus(), [session?.id]);

  if (!session) {
    return (
      <section className="empty-state" aria-labelledby="session-heading">
        <h2 id="session-heading" ref={heading} tabIndex={-1}>
          Session not found
        </h2>
        <p>This session is not in the current programme. It may have been removed or renamed by the organisers.</p>
        <p>
          <a href="#/">Back to the programme</a>
        </p>
      </section>
    );
  }

  const cancelled = session.status === 'cancelled';
  // An all-day entry is on its own dates, whatever zone the days are grouped in.
  const backDay = dateInZone(Date.parse(session.start), session.allDay ? session.timeZone : groupingZone);
  return (
    <article className={`session-detail${cancelled ? ' session-cancelled' : ''}`} aria-labelledby="session-heading">
      <p className="back-link">
        <a href={dayHref(backDay)}>← Back to the programme</a>
      </p>
      <div className="detail-title">
        <h2 id="session-heading" ref={heading} tabIndex={-1}>
          {session.title}
        </h2>
        <BookmarkButton sessionId={session.id} title={session.title} />
      </div>
      {session.subtitle && <p className="session-subtitle">{session.subtitle}</p>}
      <div className="detail-when">
        <SessionWhen session={session} now={now} withDate />
      </div>
      {cancelled && <p className="detail-cancelled">The organisers cancelled this session.</p>}
      <dl className="detail-facts">
        {session.room.name && (
          <>
            <dt>Room</dt>
            <dd>{session.room.name}</dd>
          </>
        )}
        {session.track && (
          <>
            <dt>Track</dt>
            <dd>{session.track}</dd>
          </>
        )}
        {session.type && (
          <>
            <dt>Format</dt>
            <dd>{session.type}</dd>
          </>
        )}
        {session.language && (
          <>
            <dt>Language</dt>
            <dd>{languageName(session.language)}</dd>
          </>
        )}
        {session.persons.length > 0 && (
          <>
            <dt>{session.persons.length === 1 ? 'Speaker' : 'Speakers'}</dt>
            <dd>{session.persons.map((p) => p.name).join(', ')}</dd>
          </>
        )}
      </dl>
      {!cancelled && <JoinRoom session={session} now={now} joinWindow={{ beforeStartMinutes: joinWindowMinutes, afterEndMinutes: roomsOpenAfterEndMinutes }} />}
      {session.abstract && (
        <section className="detail-abstract" aria-label="About this session">
          <LinkifiedText text={session.abstract} />
        </section>
      )}
      {session.links.length > 0 && (
        <section aria-labelledby="links-heading">
          <h3 id="links-heading">Links</h3>
          <ul className="detail-links">
            {session.links.map((link, index) => (
              <li key={index}>
                <LinkifiedText text={link.title && link.title !== link.url ? `${link.title}: ${link.url}` : link.url} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <AddToCalendar session={session} />
      <p className="detail-zone-note">
        Times are shown in your zone ({zones.display}) and in {zones.eventPlace} ({zones.event}).
      </p>
    </article>
  );
}

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
