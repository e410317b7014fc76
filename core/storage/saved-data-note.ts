/**
 * What the attendee should know about their saved data after a repair, as
 * data rather than words: the renderer says it in the attendee's language
 * (renderer/components/saved-data-note-text.ts), and tests and logs can read it.
 */
export type SavedDataNote =
  /** The settings file could not be read; it was set aside under this path and a fresh one started. */
  | { kind: 'settings-file-damaged'; keptAt: string }
  /** The settings were lost and came back from the mirror in the cache store. */
  | { kind: 'settings-restored' }
  /** The bookmarks were lost or damaged and these many came back from the mirror. */
  | { kind: 'bookmarks-restored'; count: number }
  /** These many bookmark entries could not be read and were left out; the rest were kept. */
  | { kind: 'bookmarks-skipped'; count: number };
