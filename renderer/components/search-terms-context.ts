/** The current search's matched terms, per session id, so rows can highlight them. */
import { createContext, useContext } from 'react';

export const SearchTermsContext = createContext<ReadonlyMap<string, string[]>>(new Map());

export const useSearchTerms = (sessionId: string): string[] => useContext(SearchTermsContext).get(sessionId) ?? [];
