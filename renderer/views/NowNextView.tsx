/** Now & next: what is live and what starts next, bookmarked sessions first. */
import type { Programme, Session } from '../../core/programme/model';
import { nowAndNext } from '../../core/schedule/now-next';
import { SessionRow } from '../components/SessionRow';
import { useBookmarks } from '../components/bookmark-context';
import { Trans, useTranslation } from 'react-i18next';

export function NowNextView({ programme, now }: { programme: Programme; now: number }) {
  const bookmarked = useBookmarks();
  const { t } = useTranslation();
  const { live, next, leftOut } = nowAndNext(programme.sessions, bookmarked, now);
  const first = programme.sessions[0];
  const last = programme.sessions.at(-1);
  const over = last !== undefined && Date.parse(last.end) <= now;
  const before = first !== undefined && Date.parse(first.start) > now;

  return (
    <section aria-labelledby="now-heading">
      <h2 id="now-heading">{t('now.heading')}</h2>
      <SessionGroup
        id="live"
        heading={t('now.live.heading')}
        listLabel={t('now.live.listLabel')}
        sessions={live}
        leftOut={leftOut.live}
        now={now}
        empty={over ? t('now.live.over') : t('now.live.none')}
      />
      <SessionGroup
        id="next"
        heading={t('now.next.heading')}
        listLabel={t('now.next.listLabel')}
        sessions={next}
        leftOut={leftOut.next}
        now={now}
        empty={before ? t('now.next.notStarted') : t('now.next.none')}
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
          <Trans i18nKey="now.leftOut" values={{ count: leftOut }} components={{ programme: <a href="#/" /> }} />
        </p>
      )}
    </section>
  );
}
