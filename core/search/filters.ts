/** Narrowing the programme by facets; each facet lists only values that occur. */
import type { Session } from '../programme/model';

export interface SessionFilters {
  track: string;
  room: string;
  type: string;
  language: string;
  bookmarkedOnly: boolean;
}

export const NO_FILTERS: SessionFilters = { track: '', room: '', type: '', language: '', bookmarkedOnly: false };

export interface FacetValues {
  track: string[];
  room: string[];
  type: string[];
  language: string[];
}

const distinct = (values: string[]): string[] => [...new Set(values.filter((v) => v !== ''))].sort((a, b) => a.localeCompare(b));

export function facetValues(sessions: readonly Session[]): FacetValues {
  return {
    track: distinct(sessions.map((s) => s.track)),
    room: distinct(sessions.map((s) => s.room.name)),
    type: distinct(sessions.map((s) => s.type)),
    language: distinct(sessions.map((s) => s.language)),
  };
}

export function isFiltering(filters: SessionFilters): boolean {
  return filters.track !== '' || filters.room !== '' || filters.type !== '' || filters.language !== '' || filters.bookmarkedOnly;
}

/** The sessions that pass; the same array when no filter is set, so callers can skip regrouping it. */
export function applyFilters(sessions: readonly Session[], filters: SessionFilters, bookmarked: ReadonlySet<string>): readonly Session[] {
  if (!isFiltering(filters)) return sessions;
  return sessions.filter(
    (s) =>
      (filters.track === '' || s.track === filters.track) &&
      (filters.room === '' || s.room.name === filters.room) &&
      (filters.type === '' || s.type === filters.type) &&
      (filters.language === '' || s.language === filters.language) &&
      (!filters.bookmarkedOnly || bookmarked.has(s.id)),
  );
}
