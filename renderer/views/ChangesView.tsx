/** "What changed": the last programme update, session by session, before and after. */
import type { ChangeReport } from '../../core/api';
import type { ChangeKind, SessionChange } from '../../core/programme/diff';
import type { Session } from '../../core/programme/model';
import { sessionHref } from '../hooks/use-hash-route';
import { TimeRange } from '../components/TimeRange';
import { useZones } from '../components/zone-context';
import { formatInstant } from '../../core/time/format-instant';
import './ChangesView.css';
import { useTranslation } from 'react-i18next';
import { feedLang } from '../i18n/feed-lang';
import { useTimeConventions } from '../i18n/time-conventions';

const KIND_KEYS: Record<ChangeKind, string> = {
  added: 'changes.kind.added',
  removed: 'changes.kind.removed',
  'moved-time': 'changes.kind.movedTime',
  'moved-room': 'changes.kind.movedRoom',
  retitled: 'changes.kind.retitled',
  cancelled: 'changes.kind.cancelled',
};


function Where({ session }: { session: Session }) {
  return (
    <>
      <TimeRange start={session.start} end={session.end} withDate />
      {session.room.name && <span className="change-room"> · {session.room.name}</span>}
    </>
  );
}

function ChangeItem({ change, bookmarked }: { change: SessionChange; bookmarked: boolean }) {
  const current = change.after ?? change.before;
  if (!current) return null;
  const { t } = useTranslation();
  const moved = change.before && change.after && change.kinds.some((k) => k !== 'added' && k !== 'removed');
  return (
    <li className={`change-item change-${change.kinds[0] ?? 'added'}`}>
      <p className="change-kinds">
        {bookmarked && <span className="change-kind change-kind-bookmarked">{t('changes.inMySchedule')}</span>}
        {change.kinds.map((kind) => (
          <span key={kind} className={`change-kind change-kind-${kind}`}>
            {t(KIND_KEYS[kind])}
          </span>
        ))}
      </p>
      <h3 className="change-title">
        {change.after ? (
          <a href={sessionHref(change.after.id)} lang={feedLang(change.after.language)}>
            {change.after.title}
          </a>
        ) : (
          <s lang={feedLang(current.language)}>{current.title}</s>
        )}
      </h3>
      {change.kinds.includes('retitled') && change.before && <p className="change-was">{t('changes.was', { title: change.before.title })}</p>}
      {moved && change.before && change.after ? (
        <dl className="change-compare">
          <dt>{t('changes.before')}</dt>
          <dd>
            <Where session={change.before} />
          </dd>
          <dt>{t('changes.now')}</dt>
          <dd>
            <Where session={change.after} />
          </dd>
        </dl>
      ) : (
        <p className="change-where">
          <Where session={current} />
        </p>
      )}
    </li>
  );
}

export function ChangesView({ report, bookmarked }: { report: ChangeReport | null; bookmarked: ReadonlySet<string> }) {
  const zones = useZones();
  const conventions = useTimeConventions();
  const { t } = useTranslation();
  // Sessions the attendee bookmarked come first: those changes affect their plans.
  const changes = report ? [...report.changes].sort((a, b) => Number(bookmarked.has(b.sessionId)) - Number(bookmarked.has(a.sessionId))) : [];
  return (
    <section aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t('changes.heading')}</h2>
      {!report || report.changes.length === 0 ? (
        <p className="empty-state">{t('changes.empty')}</p>
      ) : (
        <>
          <p className="hint">{t('changes.summary', { when: formatInstant(report.at, zones.display, conventions), count: report.changes.length })}</p>
          <ul className="change-list" aria-label={t('changes.listLabel')}>
            {changes.map((change) => (
              <ChangeItem key={change.sessionId} change={change} bookmarked={bookmarked.has(change.sessionId)} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
