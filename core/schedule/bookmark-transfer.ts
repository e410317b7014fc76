/**
 * Moving bookmarks between devices and apps: our own export file, and the
 * iCalendar files other schedule apps (FOSDEM Companion, Giggity, pretalx,
 * our own calendar export) produce from their favourites.
 */
import type { Programme, Session } from '../programme/model';
import type { Bookmark } from './bookmark-model';
import { parseFeed, FeedError } from '../feeds';

export const BOOKMARKS_FILE_FORMAT = 'go-local-companion-bookmarks/1';

export function bookmarksFile(bookmarks: readonly Bookmark[], programme: Programme, feedUrl: string | null, exportedAt: string): string {
  return `${JSON.stringify(
    {
      format: BOOKMARKS_FILE_FORMAT,
      conference: programme.conference.title,
      feed: feedUrl,
      exportedAt,
      bookmarks: bookmarks.map((b) => ({ id: b.sessionId, title: b.snapshot.title, start: b.snapshot.start, room: b.snapshot.roomName })),
    },
    null,
    2,
  )}\n`;
}

/** One entry read from a file: an id as the other app knew it, and title + start to fall back on. */
interface Wanted {
  ids: string[];
  title: string;
  start: string;
}

export interface ImportMatch {
  matched: Session[];
  /** Titles of entries that match no session in the current programme. */
  unmatched: string[];
}

/** UIDs look like "<guid>", "<id>@host" or "pretalx-<event>-<code>@host": try each reading. */
function idCandidates(uid: string): string[] {
  const local = uid.split('@')[0] ?? uid;
  const lastPart = local.split('-').pop() ?? local;
  return [...new Set([uid, local, lastPart].filter((id) => id !== ''))];
}

function wantedFromJson(root: unknown): Wanted[] {
  const file = root as { format?: unknown; bookmarks?: unknown };
  if (file.format !== BOOKMARKS_FILE_FORMAT || !Array.isArray(file.bookmarks)) {
    throw new FeedError('this is not a Go Local Companion bookmarks file');
  }
  return file.bookmarks.flatMap((entry: unknown) => {
    const e = entry as { id?: unknown; title?: unknown; start?: unknown };
    return typeof e.id === 'string' ? [{ ids: [e.id], title: typeof e.title === 'string' ? e.title : '', start: typeof e.start === 'string' ? e.start : '' }] : [];
  });
}

function wantedFromCalendar(text: string, zone: string): Wanted[] {
  const { programme } = parseFeed(text, { defaultTimeZone: zone });
  return programme.sessions.map((s) => ({ ids: idCandidates(s.id), title: s.title, start: s.start }));
}

const normalTitle = (title: string): string => title.trim().replace(/\s+/g, ' ').toLowerCase();

/** Reads a bookmarks file or an iCalendar file and finds its sessions in the programme. Throws FeedError when unreadable. */
export function matchImportedBookmarks(text: string, programme: Programme): ImportMatch {
  const trimmed = text.trimStart().replace(/^\uFEFF/, '');
  let wanted: Wanted[];
  if (trimmed.startsWith('{')) {
    let root: unknown;
    try {
      root = JSON.parse(trimmed);
    } catch {
      throw new FeedError('the bookmarks file is not valid JSON');
    }
    wanted = wantedFromJson(root);
  } else if (/^BEGIN:VCALENDAR/i.test(trimmed)) {
    wanted = wantedFromCalendar(trimmed, programme.conference.timeZone);
  } else {
    throw new FeedError('expected a Go Local Companion bookmarks file or an iCalendar (.ics) file');
  }

  const byId = new Map(programme.sessions.map((s) => [s.id, s]));
  const byTitleAndStart = new Map(programme.sessions.map((s) => [`${normalTitle(s.title)}\u0000${Date.parse(s.start)}`, s]));
  const matched = new Map<string, Session>();
  const unmatched: string[] = [];
  for (const entry of wanted) {
    const session =
      entry.ids.map((id) => byId.get(id)).find((s) => s !== undefined) ??
      byTitleAndStart.get(`${normalTitle(entry.title)}\u0000${Date.parse(entry.start)}`);
    if (session) matched.set(session.id, session);
    else unmatched.push(entry.title || entry.ids[0] || '(untitled)');
  }
  return { matched: [...matched.values()], unmatched };
}
