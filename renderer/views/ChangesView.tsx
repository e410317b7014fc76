/** "What changed": the last programme update, session by session, before and after. */
import type { ChangeReport } from '../../core/api';
import type { ChangeKind, SessionChange } from '../../core/programme/diff';
import type { Session } from '../../core/programme/model';
import { sessionHref } from '../hooks/use-hash-route';
import { TimeRange } from '../components/TimeRange';
import { useZones } from '../components/zone-context';
import { formatInstant } from '../../core/time/format-instant';
import './ChangesView.css';

const KIND_LABELS: Record<ChangeKind, string> = {
  added: 'New',
  removed: 'Removed',
  'moved-time': 'New time',
  'moved-room': 'New room',
  retitled: 'New title',
  cancelled: 'Cancelled',
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
  const moved = change.before && change.after && change.kinds.some((k) => k !== 'added' && k !== 'removed');
  return (
    <li className={`change-item change-${change.kinds[0] ?? 'added'}`}>
      <p className="change-kinds">
        {bookmarked && <span className="change-kind change-kind-bookmarked">In My schedule</span>}
        {change.kinds.map((kind) => (
          <span key={kind} className={`change-kind change-kind-${kind}`}>
            {KIND_LABELS[kind]}
          </span>
        ))}
      </p>
      <h3 className="change-title">
        {change.after ? <a href={sessionHref(change.after.id)}>{change.after.title}</a> : <s>{current.title}</s>}
      </h3>
      {change.kinds.includes('retitled') && change.before && <p className="change-was">Was: “{change.before.title}”</p>}
      {moved && change.before && change.after ? (
        <dl className="change-compare">
          <dt>Before</dt>
          <dd>
            <Where session={change.before} />
          </dd>
          <dt>Now</dt>
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
  // Sessions the attendee bookmarked come first: those changes affect their plans.
  const changes = report ? [...report.changes].sort((a, b) => Number(bookmarked.has(b.sessionId)) - Number(bookmarked.has(a.sessionId))) : [];
  return (
    <section aria-labelledby="changes-heading">
      <h2 id="changes-heading">What changed</h2>
      {!report || report.changes.length === 0 ? (
        <p className="empty-state">
          No changes yet. When the organisers move, rename, add or cancel sessions, the next programme update lists them
          here.
        </p>
      ) : (
        <>
          <p className="hint">
            The programme update of {formatInstant(report.at, zones.display)} changed {report.changes.length}{' '}
            {report.changes.length === 1 ? 'session' : 'sessions'}.
          </p>
          <ul className="change-list" aria-label="Changed sessions">
            {changes.map((change) => (
              <ChangeItem key={change.sessionId} change={change} bookmarked={bookmarked.has(change.sessionId)} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
