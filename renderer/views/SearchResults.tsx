/** Search results across all days, grouped by day, with the matched words highlighted in each row. */
import type { Session } from '../../core/programme/model';
import { MIN_QUERY_LENGTH } from '../../core/search/session-search';
import { dayLabel, groupByDay } from '../../core/time/days';
import { SessionList } from '../components/SessionList';
import { SearchTermsContext } from '../components/search-terms-context';
import './SearchResults.css';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useTimeConventions } from '../i18n/time-conventions';

interface Props {
  query: string;
  /** Matching session ids with their matched terms. */
  hits: ReadonlyMap<string, string[]>;
  /** The sessions left after the filters, in programme order. */
  candidates: readonly Session[];
  filtering: boolean;
  groupingZone: string;
  now: number;
}

function summary(t: TFunction, query: string, count: number, filtering: boolean): string {
  if ([...query].length < MIN_QUERY_LENGTH) return t('search.keepTyping');
  if (count === 0) return filtering ? t('search.noneWithFilters', { query }) : t('search.none', { query });
  return t('search.matches', { count, query });
}

export function SearchResults({ query, hits, candidates, filtering, groupingZone, now }: Props) {
  const { t } = useTranslation();
  const conventions = useTimeConventions();
  const matching = candidates.filter((s) => hits.has(s.id));
  const trimmed = query.trim();
  return (
    <>
      <p className="search-summary" role="status" aria-live="polite">
        {summary(t, trimmed, matching.length, filtering)}
      </p>
      <SearchTermsContext.Provider value={hits}>
        {groupByDay(matching, groupingZone).map((day) => (
          <section key={day.date} aria-labelledby={`search-day-${day.date}`}>
            <h3 className="day-heading" id={`search-day-${day.date}`}>
              {dayLabel(day.date, 'long', conventions)}
            </h3>
            <SessionList sessions={day.sessions} now={now} label={t('search.dayList', { day: dayLabel(day.date, 'long', conventions) })} />
          </section>
        ))}
      </SearchTermsContext.Provider>
    </>
  );
}
