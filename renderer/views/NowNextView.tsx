/** Now & next: what is live and what starts next, bookmarked sessions first. */
import type { Programme, Session } from '../../core/programme/model';
import { nowAndNext } from '../../core/schedule/now-next';
import { SessionRow } from '../components/SessionRow';
import { useBookmarks } from '../components/bookmark-context';

export function NowNextView({ programme, now }: { programme: Programme; now: number }) {
  const bookmarked = useBookmarks();
  const { live, next, leftOut } = nowAndNext(programme.sessions, bookmarked, now);
  const first = programme.sessions[0];
  const last = programme.sessions.at(-1);
  const over = last !== undefined && Date.parse(last.end) <= now;
  const before = first !== undefined && Date.parse(first.start) > now;

  return (
    <section aria-labelledby="now-heading">
      <h2 id="now-heading">Now &amp; next</h2>
      <SessionGroup
        id="live"
        heading="Live now"
        listLabel="Live sessions"
        sessions={live}
        leftOut={leftOut.live}
        now={now}
        empty={over ? 'The programme is over. Thank you for taking part!' : 'Nothing is live at the moment.'}
      />
      <SessionGroup
        id="next"
        heading="Coming up"
        listLabel="Upcoming sessions"
        sessions={next}
        leftOut={leftOut.next}
        now={now}
        empty={before ? 'The programme has not started yet; nothing starts in the next 24 hours.' : 'Nothing else in the next 24 hours.'}
      />
    </section>
  );
}

interface GroupProps {
  id: string;
  heading: string;
  listLabel: string;
  sessions: Session[];
  /** Sessions of this group not listed (an absurd programme): said, with the way to see them. */
  leftOut: number;
  now: number;
  empty: string;
}

function SessionGroup({ id, heading, listLabel, sessions, leftOut, now, empty }: GroupProps) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      {sessions.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : (
        <ul className="session-list" aria-label={listLabel}>
          {sessions.map((session) => (
            <SessionRow key={session.id} session={session} now={now} headingLevel={4} />
          ))}
        </ul>
      )}
      {leftOut > 0 && (
        <p className="hint">
          {leftOut.toLocaleString('en-GB')} more at the same time: <a href="#/">see them in the programme</a>.
        </p>
      )}
    </section>
  );
}
