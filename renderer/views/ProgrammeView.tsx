/** The programme: one day at a time as a list or a timeline, or search results across all days. */
import { useEffect, useMemo, useRef } from 'react';
import type { Ref } from 'react';
import type { Programme, Session } from '../../core/programme/model';
import { applyFilters, facetValues, isFiltering } from '../../core/search/filters';
import type { ProgrammeLayout } from '../../core/settings';
import { dayLabel, groupByDay, pickDay } from '../../core/time/days';
import { dateInZone } from '../../core/time/zoned';
import { clockTime } from '../../core/time/clock-time';
import { zoneAbbreviation } from '../../core/time/zone-label';
import { DayTabs } from '../components/DayTabs';
import { ProgrammeToolbar } from '../components/ProgrammeToolbar';
import { SessionList } from '../components/SessionList';
import { AllDayBanner } from '../components/AllDayBanner';
import { allDayDates } from '../../core/time/all-day';
import { useBookmarks } from '../components/bookmark-context';
import { useZones } from '../components/zone-context';
import { useApi } from '../hooks/api-context';
import { dayHref } from '../hooks/use-hash-route';
import type { ProgrammeQuery } from '../hooks/use-programme-query';
import { TimelineDay } from './TimelineDay';
import { SearchResults } from './SearchResults';
import './ProgrammeView.css';
import { useTranslation } from 'react-i18next';
import { useTimeConventions } from '../i18n/time-conventions';

const NO_BOOKMARKS: ReadonlySet<string> = new Set();

interface Props {
  programme: Programme;
  groupingZone: string;
  requestedDay: string | undefined;
  now: number;
  /** Set when the attendee asked to jump to now: scroll the now marker into view. */
  jumpToNow: boolean;
  layout: ProgrammeLayout;
  query: ProgrammeQuery;
}

export function ProgrammeView({ programme, groupingZone, requestedDay, now, jumpToNow, layout, query }: Props) {
  const api = useApi();
  const { t } = useTranslation();
  const conventions = useTimeConventions();
  const zones = useZones();
  const bookmarked = useBookmarks();
  const nowMarker = useRef<HTMLElement>(null);
  const facets = useMemo(() => facetValues(programme.sessions), [programme.sessions]);
  // Bookmarks matter to the filter only when "bookmarked only" is on: a toggle must not regroup the whole programme.
  const bookmarkFilter = query.filters.bookmarkedOnly ? bookmarked : NO_BOOKMARKS;
  const filtered = useMemo(() => applyFilters(programme.sessions, query.filters, bookmarkFilter), [programme.sessions, query.filters, bookmarkFilter]);
  const allDays = useMemo(() => groupByDay(programme.sessions, groupingZone), [programme.sessions, groupingZone]);
  const days = useMemo(() => groupByDay(filtered, groupingZone), [filtered, groupingZone]);
  // All-day entries go to the banner of every day they cover; the list and the timeline show timed sessions only.
  const allDayEntries = useMemo(() => filtered.filter((s) => s.allDay), [filtered]);
  // One lookup per day tab (a feed may spread its sessions over thousands of days), counting what the day shows:
  // its timed sessions and every all-day entry that covers it (a bounded span each), not just on its first day.
  const countsByDate = useMemo(() => {
    const counts = new Map(days.map((d) => [d.date, d.sessions.filter((s) => !s.allDay).length]));
    for (const entry of allDayEntries) for (const date of allDayDates(entry)) counts.set(date, (counts.get(date) ?? 0) + 1);
    return counts;
  }, [days, allDayEntries]);
  const dates = allDays.map((d) => d.date);
  const today = dateInZone(now, groupingZone);
  const current = pickDay(dates, requestedDay, today);
  const banners = current ? allDayEntries.filter((s) => allDayDates(s).includes(current)) : [];
  const dayEntries = days.find((d) => d.date === current)?.sessions ?? [];
  const daySessions = allDayEntries.length > 0 ? dayEntries.filter((s) => !s.allDay) : dayEntries;

  useEffect(() => {
    if (jumpToNow && nowMarker.current) {
      nowMarker.current.scrollIntoView({ block: 'start' });
      nowMarker.current.focus();
    }
  }, [jumpToNow, current]);

  if (programme.sessions.length === 0) {
    return (
      <section className="empty-state" aria-labelledby="programme-heading">
        <h2 id="programme-heading">{t('programme.heading')}</h2>
        <p>{t('programme.empty')}</p>
      </section>
    );
  }

  const toolbar = (
    <ProgrammeToolbar
      query={query.query}
      onQuery={query.setQuery}
      filters={query.filters}
      onFilters={query.setFilters}
      facets={facets}
      layout={layout}
      onLayout={(next) => void api.updateSettings({ layout: next })}
    />
  );

  const groupedBy = groupingZone === zones.display ? t('programme.groupedBy.yours') : t('programme.groupedBy.event', { place: zones.eventPlace });
  // The marker goes before the first session that has not ended: live sessions come right after it.
  const isToday = current === today;
  const nowIndex = isToday ? daySessions.findIndex((s: Session) => Date.parse(s.end) > now) : -1;
  const markerIndex = isToday && nowIndex === -1 ? daySessions.length : nowIndex;

  const dayView = (
    <>
      <DayTabs days={allDays.map((d) => ({ date: d.date, count: countsByDate.get(d.date) ?? 0 }))} current={current ?? ''} />
      {dates.includes(today) && (
        <p className="jump-now">
          <a href={`${dayHref(today)}/now`}>{t('programme.jumpToNow')}</a>
        </p>
      )}
      <div className="view-heading">
        <h3 className="day-heading" id="day-heading">
          {current ? dayLabel(current, 'long', conventions) : ''} <span className="day-heading-note">{t('programme.groupedBy.note', { zone: groupedBy })}</span>
        </h3>
        {current && (
          <button type="button" className="link-button" onClick={() => void api.exportCalendar({ kind: 'day', date: current, zone: groupingZone })}>
            {t('programme.exportDay')}
          </button>
        )}
      </div>
      <AllDayBanner sessions={banners} />
      {daySessions.length === 0 ? (
        banners.length === 0 && <p className="empty-state">{t('programme.noneMatchOnDay')}</p>
      ) : layout === 'timeline' ? (
        <TimelineDay sessions={daySessions} now={now} label={current ? t('programme.timelineOf', { day: dayLabel(current, 'long', conventions) }) : t('programme.timelineOfTheDay')} />
      ) : (
        <SessionList
          sessions={daySessions}
          now={now}
          label={t('programme.listLabel')}
          insertBefore={
            markerIndex >= 0
              ? { index: markerIndex, render: (element) => <NowMarker ref={nowMarker} now={now} zone={zones.display} element={element} /> }
              : undefined
          }
        />
      )}
    </>
  );

  return (
    <section aria-labelledby="programme-heading">
      <h2 id="programme-heading" className="sr-only">
        {t('programme.heading')}
      </h2>
      {toolbar}
      {query.hits ? (
        <SearchResults
          query={query.query}
          hits={query.hits}
          candidates={filtered}
          filtering={isFiltering(query.filters)}
          groupingZone={groupingZone}
          now={now}
        />
      ) : (
        dayView
      )}
    </section>
  );
}

interface MarkerProps {
  now: number;
  zone: string;
  ref: Ref<HTMLElement>;
  /** A list item in a plain list; a block inside the next row in a virtualized one. */
  element: 'li' | 'div';
}

function NowMarker({ now, zone, ref, element: Element }: MarkerProps) {
  const { t } = useTranslation();
  const conventions = useTimeConventions();
  return (
    <Element className="now-marker" ref={ref as Ref<never>} tabIndex={-1} id="now">
      <span>{t('programme.nowMarker', { time: clockTime(now, zone, conventions), zone: zoneAbbreviation(now, zone, conventions.locale) })}</span>
    </Element>
  );
}
