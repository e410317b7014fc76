/** Search box, facet filters and the list/timeline switch above the programme. */
import { useId } from 'react';
import type { FacetValues, SessionFilters } from '../../core/search/filters';
import { isFiltering, NO_FILTERS } from '../../core/search/filters';
import type { ProgrammeLayout } from '../../core/settings';
import './ProgrammeToolbar.css';

interface Props {
  query: string;
  onQuery: (query: string) => void;
  filters: SessionFilters;
  onFilters: (filters: SessionFilters) => void;
  facets: FacetValues;
  layout: ProgrammeLayout;
  onLayout: (layout: ProgrammeLayout) => void;
}

const FACETS: { key: keyof FacetValues; label: string; all: string }[] = [
  { key: 'track', label: 'Track', all: 'All tracks' },
  { key: 'room', label: 'Room', all: 'All rooms' },
  { key: 'type', label: 'Format', all: 'All formats' },
  { key: 'language', label: 'Language', all: 'All languages' },
];

const languageName = (code: string): string => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

export function ProgrammeToolbar({ query, onQuery, filters, onFilters, facets, layout, onLayout }: Props) {
  const id = useId();
  return (
    <div className="programme-toolbar" role="search">
      <div className="search-field">
        <label htmlFor={`${id}-q`} className="sr-only">
          Search the programme
        </label>
        <input
          id={`${id}-q`}
          type="search"
          placeholder="Search titles, speakers, rooms, tracks…"
          value={query}
          onChange={(event) => onQuery(event.target.value)}
          data-shortcut="search"
          autoComplete="off"
        />
      </div>
      <div className="filter-row">
        {FACETS.filter((facet) => facets[facet.key].length > 1).map((facet) => (
          <label key={facet.key} className="filter">
            <span className="sr-only">{facet.label}</span>
            <select value={filters[facet.key]} onChange={(event) => onFilters({ ...filters, [facet.key]: event.target.value })}>
              <option value="">{facet.all}</option>
              {facets[facet.key].map((value) => (
                <option key={value} value={value}>
                  {facet.key === 'language' ? languageName(value) : value}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label className="filter filter-check">
          <input type="checkbox" checked={filters.bookmarkedOnly} onChange={(event) => onFilters({ ...filters, bookmarkedOnly: event.target.checked })} />{' '}
          Bookmarked only
        </label>
        {isFiltering(filters) && (
          <button type="button" className="link-button" onClick={() => onFilters(NO_FILTERS)}>
            Clear filters
          </button>
        )}
        <div className="layout-switch" role="group" aria-label="Show the programme as">
          <button type="button" aria-pressed={layout === 'list'} onClick={() => onLayout('list')}>
            List
          </button>
          <button type="button" aria-pressed={layout === 'timeline'} onClick={() => onLayout('timeline')}>
            Timeline
          </button>
        </div>
      </div>
    </div>
  );
}
