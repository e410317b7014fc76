/** The ids of the bookmarked sessions, for quick membership checks. */
export const bookmarkedIdsOf = (bookmarks: readonly { sessionId: string }[]): Set<string> => new Set(bookmarks.map((b) => b.sessionId));
