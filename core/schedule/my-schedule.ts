/**
 * The attendee's own day plan: bookmarked sessions by day, with the gaps
 * between them and clashes marked on both sessions of each pair.
 */
import type { Session } from '../programme/model';
import { groupByDay } from '../time/days';
import { isTimed } from '../time/all-day';

export interface PlanItem {
  session: Session;
  /** Ids of other bookmarked sessions that overlap this one. */
  clashesWith: string[];
  /** Free minutes between the previous item's end and this one's start (null for the first of the day or on overlap). */
  gapBeforeMinutes: number | null;
}

export interface PlanDay {
  date: string;
  items: PlanItem[];
}

const overlaps = (a: Session, b: Session): boolean => a.start < b.end && b.start < a.end && a.start !== a.end && b.start !== b.end;

/** All-day entries and cancelled sessions never clash. */
export function findClashes(sessions: readonly Session[]): Map<string, string[]> {
  const sorted = sessions.filter(isTimed).sort((a, b) => a.start.localeCompare(b.start));
  const clashes = new Map<string, string[]>();
  const add = (from: string, to: string) => clashes.set(from, [...(clashes.get(from) ?? []), to]);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    if (!a) continue;
    // Sorted by start: once a later session starts after a ends, none after it can overlap a.
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j];
      if (!b || b.start >= a.end) break;
      if (overlaps(a, b)) {
        add(a.id, b.id);
        add(b.id, a.id);
      }
    }
  }
  return clashes;
}

export function planDays(sessions: readonly Session[], zone: string, options: { hidePastBefore?: number } = {}): PlanDay[] {
  const clashes = findClashes(sessions);
  const visible = options.hidePastBefore === undefined ? sessions : sessions.filter((s) => Date.parse(s.end) > (options.hidePastBefore ?? 0));
  const sorted = [...visible].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  return groupByDay(sorted, zone).map((day) => {
    let latestEnd: string | null = null;
    const items = day.sessions.map((session): PlanItem => {
      // All-day entries and cancelled sessions leave the free time around them free.
      if (!isTimed(session)) return { session, clashesWith: [], gapBeforeMinutes: null };
      const gap = latestEnd === null || session.start < latestEnd ? null : Math.round((Date.parse(session.start) - Date.parse(latestEnd)) / 60_000);
      if (latestEnd === null || session.end > latestEnd) latestEnd = session.end;
      return { session, clashesWith: clashes.get(session.id) ?? [], gapBeforeMinutes: gap };
    });
    return { date: day.date, items };
  });
}
