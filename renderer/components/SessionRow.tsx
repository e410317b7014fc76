import type { ReactNode } from 'react';
import type { Session } from '../../core/programme/model';
import { sessionHref } from '../hooks/use-hash-route';
import { TimeRange } from './TimeRange';
import { SessionStateBadge } from './SessionStateBadge';
import { BookmarkButton } from './BookmarkButton';

interface Props {
  session: Session;
  now: number;
  /** Marks the row as overlapping another bookmarked session. */
  clashing?: boolean;
  /** Shown above the row inside its list item (e.g. free time before it). */
  before?: ReactNode;
  /** Extra lines under the row's text (clash and change notes). */
  children?: ReactNode;
  /** The title's heading level, so rows fit the outline of the view they are in. */
  headingLevel?: 3 | 4;
}

export function SessionRow({ session, now, clashing = false, before, children, headingLevel = 3 }: Props) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const meta = [session.room.name, session.track, session.type].filter(Boolean);
  return (
    <li className={`session-row${clashing ? ' session-clashing' : ''}`} data-session-id={session.id}>
      {before && <div className="session-before">{before}</div>}
      <div className="session-when">
        <TimeRange start={session.start} end={session.end} />
        <SessionStateBadge start={session.start} end={session.end} now={now} />
      </div>
      <div className="session-what">
        <Heading className="session-title">
          <a href={sessionHref(session.id)}>{session.title}</a>
        </Heading>
        {session.subtitle && <p className="session-subtitle">{session.subtitle}</p>}
        {meta.length > 0 && (
          <p className="session-meta">
            {meta.map((item, index) => (
              <span key={index} className={index === 0 ? 'session-room' : 'session-tag'}>
                {item}
              </span>
            ))}
          </p>
        )}
        {session.persons.length > 0 && <p className="session-persons">{session.persons.map((p) => p.name).join(', ')}</p>}
        {children}
      </div>
      <div className="session-actions">
        <BookmarkButton sessionId={session.id} title={session.title} />
      </div>
    </li>
  );
}
