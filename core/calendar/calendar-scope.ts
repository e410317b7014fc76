/** What an .ics export covers: one session, the bookmarks, one day or the whole programme. */
import type { Programme, Session } from '../programme/model';
import type { Bookmark } from '../schedule/bookmark-model';
import { dateInZone } from '../time/zoned';

export type CalendarScope =
  | { kind: 'session'; sessionId: string }
  | { kind: 'bookmarks' }
  | { kind: 'day'; date: string; zone: string }
  | { kind: 'programme' };

export interface ScopedSessions {
  sessions: Session[];
  /** Bookmarked sessions that left the programme, rebuilt from their last snapshot, to be exported as cancelled. */
  cancelled: Session[];
  calendarName: string;
  fileName: string;
}

/** A session that left the programme, as the attendee last saw it. */
export function sessionFromBookmark(bookmark: Bookmark, timeZone: string): Session {
  return {
    id: bookmark.sessionId,
    title: bookmark.snapshot.title,
    subtitle: '',
    abstract: '',
    start: bookmark.snapshot.start,
    end: bookmark.snapshot.end,
    timeZone,
    room: { name: bookmark.snapshot.roomName, url: null, kind: 'unknown' },
    track: '',
    type: '',
    language: '',
    persons: [],
    links: [],
  };
}

const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'session';

/** Null when the scope names a session or day the programme does not have. */
export function sessionsInScope(scope: CalendarScope, programme: Programme, bookmarks: readonly Bookmark[]): ScopedSessions | null {
  const conference = programme.conference.title || 'Programme';
  const byId = new Map(programme.sessions.map((s) => [s.id, s]));
  switch (scope.kind) {
    case 'session': {
      const session = byId.get(scope.sessionId);
      return session ? { sessions: [session], cancelled: [], calendarName: conference, fileName: `${slug(session.title)}.ics` } : null;
    }
    case 'bookmarks': {
      const sessions = bookmarks.map((b) => byId.get(b.sessionId)).filter((s): s is Session => s !== undefined);
      const cancelled = bookmarks.filter((b) => !byId.has(b.sessionId)).map((b) => sessionFromBookmark(b, programme.conference.timeZone));
      return { sessions, cancelled, calendarName: `${conference}: my schedule`, fileName: 'my-schedule.ics' };
    }
    case 'day': {
      const sessions = programme.sessions.filter((s) => dateInZone(Date.parse(s.start), scope.zone) === scope.date);
      return sessions.length > 0 ? { sessions, cancelled: [], calendarName: `${conference}: ${scope.date}`, fileName: `programme-${scope.date}.ics` } : null;
    }
    case 'programme': {
      const cancelled = bookmarks.filter((b) => !byId.has(b.sessionId)).map((b) => sessionFromBookmark(b, programme.conference.timeZone));
      return { sessions: [...programme.sessions], cancelled, calendarName: conference, fileName: `${slug(conference)}.ics` };
    }
  }
}
