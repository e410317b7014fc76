/** What is on now and what comes next, bookmarked sessions first. */
import type { Session } from '../programme/model';
import { isTimed } from '../time/all-day';

export interface NowAndNext {
  live: Session[];
  /** The sessions of the next start time(s), up to `limit`, within the horizon. */
  next: Session[];
}

const bookmarkedFirst = (ids: ReadonlySet<string>) => (a: Session, b: Session) =>
  Number(ids.has(b.id)) - Number(ids.has(a.id)) || a.start.localeCompare(b.start) || a.room.name.localeCompare(b.room.name);

export function nowAndNext(
  sessions: readonly Session[],
  bookmarkedIds: ReadonlySet<string>,
  nowMs: number,
  options: { limit?: number; horizonMs?: number } = {},
): NowAndNext {
  const limit = options.limit ?? 12;
  const horizon = nowMs + (options.horizonMs ?? 24 * 3_600_000);
  // All-day entries are not "on now" in any useful sense, and cancelled sessions are not on at all.
  const timed = sessions.filter(isTimed);
  const live = timed.filter((s) => Date.parse(s.start) <= nowMs && nowMs < Date.parse(s.end)).sort(bookmarkedFirst(bookmarkedIds));
  const upcoming = timed.filter((s) => Date.parse(s.start) > nowMs && Date.parse(s.start) <= horizon);
  const starts = [...new Set(upcoming.map((s) => s.start))].sort();
  const next: Session[] = [];
  // Whole start times only, so a time slot is never shown half.
  for (const start of starts) {
    const slot = upcoming.filter((s) => s.start === start);
    if (next.length > 0 && next.length + slot.length > limit) break;
    next.push(...slot);
  }
  // Bookmarked sessions later in the horizon are always worth showing.
  const extra = upcoming.filter((s) => bookmarkedIds.has(s.id) && !next.includes(s));
  return { live, next: [...next, ...extra].sort(bookmarkedFirst(bookmarkedIds)) };
}
