/**
 * One day as a timeline by room: columns of blocks, scrollable sideways when a
 * conference has many rooms. Each room is a labelled list, so screen readers
 * and keyboards move through it room by room, in time order. The layout is
 * bounded (core/schedule/timeline-layout.ts); what it leaves out is said above
 * the grid, with the way to the list.
 */
import { useMemo } from 'react';
import type { CSSProperties } from 'react';
import type { Session } from '../../core/programme/model';
import { layoutTimeline } from '../../core/schedule/timeline-layout';
import { clockTime } from '../../core/time/clock-time';
import { sessionHref } from '../hooks/use-hash-route';
import { useBookmarks } from '../components/bookmark-context';
import { useZones } from '../components/zone-context';
import { TimeRange } from '../components/TimeRange';
import { TimelineLimits } from '../components/TimelineLimits';
import { useApi } from '../hooks/api-context';
import './TimelineDay.css';
import { useTranslation } from 'react-i18next';
import { feedLang } from '../i18n/feed-lang';
import { useTimeConventions } from '../i18n/time-conventions';

/** Pixels per minute: an hour is 132 px tall, so a 15-minute block still shows its title. */
const SCALE = 2.2;

export function TimelineDay({ sessions, now, label }: { sessions: Session[]; now: number; label: string }) {
  const api = useApi();
  const { t } = useTranslation();
  const zones = useZones();
  const conventions = useTimeConventions();
  const bookmarked = useBookmarks();
  // The clock ticks every minute: lay out again only when the day or the zone changes.
  const layout = useMemo(() => layoutTimeline(sessions, zones.display), [sessions, zones.display]);
  const height = layout.minutes * SCALE;
  const nowTop = (now - layout.startMs) / 60_000;
  const showNow = nowTop >= 0 && nowTop <= layout.minutes;

  return (
    <section className="timeline" aria-label={label}>
      <TimelineLimits omitted={layout.omitted} onShowList={() => void api.updateSettings({ layout: 'list' })} />
      <div className="timeline-scroll" tabIndex={0} aria-label={t('timeline.scrollLabel', { label })}>
        <div className="timeline-grid" style={{ '--timeline-height': `${height}px` } as CSSProperties}>
          <div className="timeline-hours" aria-hidden="true">
            {layout.hours.map((hour) => (
              <span key={hour.instant} className="timeline-hour" style={{ top: hour.top * SCALE }}>
                {clockTime(hour.instant, zones.display, conventions)}
              </span>
            ))}
          </div>
          {layout.columns.map((column) => (
            <section
              key={column.room}
              className="timeline-column"
              style={{ '--lanes': column.lanes } as CSSProperties}
              aria-label={
                column.hidden > 0
                  ? t('timeline.columnPartial', { room: column.room, shown: column.blocks.length, count: column.blocks.length + column.hidden })
                  : t('timeline.column', { room: column.room, count: column.blocks.length })
              }
            >
              <h4 className="timeline-room">{column.room}</h4>
              <ul className="timeline-blocks">
                {column.blocks.map((block) => (
                  <li
                    key={block.session.id}
                    className={`timeline-block${bookmarked.has(block.session.id) ? ' timeline-bookmarked' : ''}${Date.parse(block.session.end) <= now ? ' timeline-past' : ''}${block.clipped ? ' timeline-clipped' : ''}${block.session.status === 'cancelled' ? ' session-cancelled' : ''}`}
                    style={{ top: block.top * SCALE, height: block.height * SCALE - 2, '--lane': block.lane } as CSSProperties}
                  >
                    <a href={sessionHref(block.session.id)}>
                      <span className="timeline-title" lang={feedLang(block.session.language)}>
                        {block.session.title}
                      </span>
                      {block.session.status === 'cancelled' && <span className="timeline-cancelled">{t('session.state.cancelled')}</span>}
                      <span className="timeline-time">
                        <TimeRange start={block.session.start} end={block.session.end} />
                      </span>
                    </a>
                    {bookmarked.has(block.session.id) && <span className="sr-only">{t('timeline.inMySchedule')}</span>}
                    {block.clipped && <span className="timeline-continues">{t('timeline.continues')}</span>}
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {showNow && <div className="timeline-now" style={{ top: nowTop * SCALE }} aria-hidden="true" />}
        </div>
      </div>
    </section>
  );
}
