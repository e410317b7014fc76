/** What a programme update changed, as the feed loader keeps it (re-exported by core/api.ts). */
import type { SessionChange } from './diff';

/** What the last programme update changed, kept until the next update that changes something. */
export interface ChangeReport {
  /** When the changed programme arrived (ISO instant). */
  at: string;
  changes: SessionChange[];
}
