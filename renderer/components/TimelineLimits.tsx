/**
 * What the timeline leaves out on an absurd day (too many rooms, too many
 * sessions at once), said plainly, with the way to see everything: the list.
 */
import type { TimelineOmissions } from '../../core/schedule/timeline-layout';
import { Trans, useTranslation } from 'react-i18next';

export function TimelineLimits({ omitted, onShowList }: { omitted: TimelineOmissions; onShowList: () => void }) {
  const { t } = useTranslation();
  if (omitted.rooms === 0 && omitted.crowded === 0) return null;
  return (
    <div className="timeline-limits" role="note" aria-label={t('timeline.limits.label')}>
      {omitted.rooms > 0 && (
        <p>
          <Trans
            i18nKey="timeline.limits.rooms"
            values={{ rooms: omitted.rooms, sessions: omitted.sessionsInThoseRooms }}
            components={{ strong: <strong /> }}
          />
        </p>
      )}
      {omitted.crowded > 0 && (
        <p>
          <Trans i18nKey="timeline.limits.crowded" values={{ count: omitted.crowded }} components={{ strong: <strong /> }} />
        </p>
      )}
      <button type="button" className="timeline-limits-action" onClick={onShowList}>
        {t('timeline.limits.showList')}
      </button>
    </div>
  );
}
