import type { Session } from '../../core/programme/model';
import { sessionHref } from '../hooks/use-hash-route';
import { TimeRange } from './TimeRange';
import { SessionStateBadge } from './SessionStateBadge';

export function SessionRow({ session, now }: { session: Session; now: number }) {
  const meta = [session.room.name, session.track, session.type].filter(Boolean);
  return (
    <li className="session-row" data-session-id={session.id}>
      <div className="session-when">
        <TimeRange start={session.start} end={session.end} />
        <SessionStateBadge start={session.start} end={session.end} now={now} />
      </div>
      <div className="session-what">
        <h3 className="session-title">
          <a href={sessionHref(session.id)}>{session.title}</a>
        </h3>
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
      </div>
    </li>
  );
}
