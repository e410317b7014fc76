/** How the feed stands, as the feed loader keeps it and the UI shows it (re-exported by core/api.ts). */
import type { FeedWarning } from '../programme/model';

export type FeedOrigin = 'bundled' | 'cache' | 'network';

export interface FeedStatus {
  /** The feed URL in use; null for the bundled programme. */
  url: string | null;
  /** Where the programme on screen came from. */
  origin: FeedOrigin;
  /** When the programme on screen was last fetched successfully (ISO instant), null for bundled. */
  lastUpdated: string | null;
  /** When a refresh was last attempted (ISO instant). */
  lastChecked: string | null;
  refreshing: boolean;
  /** Why the last refresh failed, in words for the attendee; null when it worked. */
  error: string | null;
  warnings: FeedWarning[];
}
