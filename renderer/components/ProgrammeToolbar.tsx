/** Search box, facet filters and the list/timeline switch above the programme. */
import { useId } from 'react';
import type { FacetValues, SessionFilters } from '../../core/search/filters';
import { isFiltering, NO_FILTERS } from '../../core/search/filters';
import type { ProgrammeLayout } from '../../core/settings';
import './ProgrammeToolbar.css';
import { useTranslation } from 'react-i18next';

interface Props {
  query: string;
  onQuery: (query: string) => void;
  filters: SessionFilters;
  onFilters: (filters: SessionFilters) => void;
  facets: FacetValues;
  layout: ProgrammeLayout;
  onLayout: (layout: ProgrammeLayout) => void;
}

const FACETS: { key: keyof FacetValues; labelKey: string; allKey: string }[] = [
  { key: 'track', labelKey: 'filters.track', allKey: 'filters.track.all' },
  { key: 'room', labelKey: 'filters.room', allKey: 'filters.room.all' },
  { key: 'type', labelKey: 'filters.format', allKey: 'filters.format.all' },
  { key: 'language', labelKey: 'filters.language', allKey: 'filters.language.all' },
];

/** A feed's language code in the UI's language. */
const languageName = (code: string, uiLanguage: string): string => {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

export function ProgrammeToolbar({ query, onQuery, filters, onFilters, facets, layout, onLayout }: Props) {
  const id = useId();
  const { t, i18n } = useTranslation();
  return (
    <div className="programme-toolbar" role="search">
      <div className="search-field">
        <label htmlFor={`${id}-q`} className="sr-only">
          {t('search.label')}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          placeholder={t('search.placeholder')}
          value={query}
          onChange={(event) => onQuery(event.target.value)}
          data-shortcut="search"
          autoComplete="off"
        />
      </div>
      <div className="filter-row">
        {FACETS.filter((facet) => facets[facet.key].length > 1).map((facet) => (
          <label key={facet.key} className="filter">
            <span className="sr-only">{t(facet.labelKey)}</span>
            <select value={filters[facet.key]} onChange={(event) => onFilters({ ...filters, [facet.key]: event.target.value })}>
              <option value="">{t(facet.allKey)}</option>
              {facets[facet.key].map((value) => (
                <option key={value} value={value}>
                  {facet.key === 'language' ? languageName(value, i18n.language) : value}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label className="filter filter-check">
          <input type="checkbox" checked={filters.bookmarkedOnly} onChange={(event) => onFilters({ ...filters, bookmarkedOnly: event.target.checked })} />{' '}
          {t('filters.bookmarkedOnly')}
        </label>
        {isFiltering(filters) && (
          <button type="button" className="link-button" onClick={() => onFilters(NO_FILTERS)}>
            {t('filters.clear')}
          </button>
        )}
        <div className="layout-switch" role="group" aria-label={t('layout.label')}>
          <button type="button" aria-pressed={layout === 'list'} onClick={() => onLayout('list')}>
            {t('layout.list')}
          </button>
          <button type="button" aria-pressed={layout === 'timeline'} onClick={() => onLayout('timeline')}>
            {t('layout.timeline')}
          </button>
        </div>
      </div>
    </div>
  );
}
