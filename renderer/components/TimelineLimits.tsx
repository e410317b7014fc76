/**
 * What the timeline leaves out on an absurd day (too many rooms, too many
 * sessions at once), said plainly, with the way to see everything: the list.
 */
import type { TimelineOmissions } from '../../core/schedule/timeline-layout';
import './TimelineLimits.css';

const count = (n: number): string => n.toLocaleString('en-GB');

export function TimelineLimits({ omitted, onShowList }: { omitted: TimelineOmissions; onShowList: () => void }) {
  if (omitted.rooms === 0 && omitted.crowded === 0) return null;
  return (
    <div className="timeline-limits" role="note" aria-label="Not everything fits the timeline">
      {omitted.rooms > 0 && (
        <p>
          <strong>
            {count(omitted.rooms)} more {omitted.rooms === 1 ? 'room' : 'rooms'}
          </strong>{' '}
          ({count(omitted.sessionsInThoseRooms)} {omitted.sessionsInThoseRooms === 1 ? 'session' : 'sessions'}): use the list or filter by room.
        </p>
      )}
      {omitted.crowded > 0 && (
        <p>
          <strong>
            {count(omitted.crowded)} more {omitted.crowded === 1 ? 'session' : 'sessions'}
          </strong>{' '}
          too crowded to draw here: use the list or filter by room.
        </p>
      )}
      <button type="button" className="timeline-limits-action" onClick={onShowList}>
        Show this day as a list
      </button>
    </div>
  );
}
