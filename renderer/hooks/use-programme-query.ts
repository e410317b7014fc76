/**
 * Search text and filters for the programme. Held above the views so that
 * opening a session and coming back keeps what the attendee was looking for.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import type { Programme } from '../../core/programme/model';
import { SessionSearch } from '../../core/search/session-search';
import { NO_FILTERS } from '../../core/search/filters';
import type { SessionFilters } from '../../core/search/filters';

export interface ProgrammeQuery {
  query: string;
  setQuery: (query: string) => void;
  filters: SessionFilters;
  setFilters: (filters: SessionFilters) => void;
  /** Matching session ids with their matched terms, in rank order; null when not searching. */
  hits: Map<string, string[]> | null;
}

export function useProgrammeQuery(programme: Programme): ProgrammeQuery {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SessionFilters>(NO_FILTERS);
  // Typing stays responsive on big programmes: the search runs on the deferred value.
  const deferredQuery = useDeferredValue(query);
  const search = useMemo(() => new SessionSearch(programme.sessions), [programme.sessions]);
  const hits = useMemo(
    () => (deferredQuery.trim() === '' ? null : new Map(search.search(deferredQuery).map((hit) => [hit.id, hit.terms]))),
    [search, deferredQuery],
  );
  return { query, setQuery, filters, setFilters, hits };
}
