/**
 * Search text and filters for the programme. Held above the views so that
 * opening a session and coming back keeps what the attendee was looking for.
 */
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import type { Programme } from '../../core/programme/model';
import { MIN_QUERY_LENGTH, SessionSearch } from '../../core/search/session-search';
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
  // The index is built on the first search, not at start: most visits never search, and a big programme's
  // index would delay the first paint.
  const index = useRef<{ sessions: Programme['sessions']; search: SessionSearch } | null>(null);
  const hits = useMemo(() => {
    if (deferredQuery.trim() === '') return null;
    if ([...deferredQuery.trim()].length < MIN_QUERY_LENGTH) return new Map<string, string[]>();
    if (index.current?.sessions !== programme.sessions) {
      index.current = { sessions: programme.sessions, search: new SessionSearch(programme.sessions) };
    }
    return new Map(index.current.search.search(deferredQuery).map((hit) => [hit.id, hit.terms]));
  }, [programme.sessions, deferredQuery]);
  return { query, setQuery, filters, setFilters, hits };
}
