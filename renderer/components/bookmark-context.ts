/** The ids of the current feed's bookmarked sessions, for every toggle and filter. */
import { createContext, useContext } from 'react';

export const BookmarkContext = createContext<ReadonlySet<string>>(new Set());

export const useBookmarks = (): ReadonlySet<string> => useContext(BookmarkContext);
