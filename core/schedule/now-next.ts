/**
 * What is on now and what comes next, bookmarked sessions first. Both lists
 * are bounded whatever the feed holds (150,000 sessions in one minute is a
 * feed too); what is left out is counted so the view can say so.
 */
import type { Session } from '../programme/model';
import { isTimed } from '../time/all-day';

export interface NowAndNext {
  /** Live sessions, at most MAX_LIVE. */
  live: Session[];
  /** The sessions of the next start time(s), up to `limit`, within the horizon. */
  next: Session[];
  /** Live sessions beyond MAX_LIVE, and sessions of the shown start times beyond `limit`. */
  leftOut: { live: number; next: number };
}

/** More live sessions than this is not a list anyone reads; the programme shows them all. */
export const MAX_LIVE = 100;

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
  const order = bookmarkedFirst(bookmarkedIds);
  // All-day entries are not "on now" in any useful sense, and cancelled sessions are not on at all.
  const timed = sessions.filter(isTimed);
  const live = timed.filter((s) => Date.parse(s.start) <= nowMs && nowMs < Date.parse(s.end)).sort(order);
  // By start time, bookmarked first within a start time: one sort, then one walk over the slots.
  const upcoming = timed
    .filter((s) => Date.parse(s.start) > nowMs && Date.parse(s.start) <= horizon)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : order(a, b)));
  const next: Session[] = [];
  let leftOutNext = 0;
  let slotStart = 0;
  // Whole start times only, so a time slot is never shown half; only a first slot larger than the limit is cut.
  while (slotStart < upcoming.length && next.length < limit) {
    let slotEnd = slotStart + 1;
    while (slotEnd < upcoming.length && upcoming[slotEnd]?.start === upcoming[slotStart]?.start) slotEnd++;
    if (next.length > 0 && next.length + (slotEnd - slotStart) > limit) break;
    for (let i = slotStart; i < slotEnd; i++) {
      const session = upcoming[i];
      if (!session) continue;
      if (next.length < limit) next.push(session);
      else leftOutNext++;
    }
    slotStart = slotEnd;
  }
  // Bookmarked sessions later in the horizon are always worth showing (at most `limit` of them).
  const extra: Session[] = [];
  for (let i = slotStart; i < upcoming.length && extra.length < limit; i++) {
    const session = upcoming[i];
    if (session && bookmarkedIds.has(session.id)) extra.push(session);
  }
  return {
    live: live.slice(0, MAX_LIVE),
    next: [...next, ...extra].sort(order),
    leftOut: { live: Math.max(0, live.length - MAX_LIVE), next: leftOutNext },
  };
}
