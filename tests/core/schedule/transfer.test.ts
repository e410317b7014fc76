import { describe, expect, it } from 'vitest';
import type { Programme, Session } from '../../../core/programme/model';
import { makeProgramme, makeSession, oneHourAfter } from '../support/model';
import { bookmarksFile, matchImportedBookmarks } from '../../../core/schedule/bookmark-transfer';
import { FeedError } from '../../../core/feeds';

const session = (id: string, title: string, start: string): Session =>
  makeSession({ id, title, start, end: oneHourAfter(start), room: { name: 'Plenary', url: null, kind: 'bbb' } });

const programme: Programme = makeProgramme(
  [
    session('0f9a3c1e-6d2b-4c55-9e61-2b8f8c1d0a11', 'Opening', '2024-02-05T10:30:00Z'),
    session('XK3PQZ', 'Cities and Rights', '2024-02-05T11:00:00Z'),
    session('h-abc', 'Monitoring That Works', '2024-02-05T13:00:00Z'),
  ],
  'Go Local',
);

const ics = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Other App//EN', ...events, 'END:VCALENDAR', ''].join('\r\n');
const vevent = (uid: string, summary: string, start: string) =>
  ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20240101T000000Z', `DTSTART:${start}`, 'DURATION:PT30M', `SUMMARY:${summary}`, 'END:VEVENT'].join('\r\n');

describe('importing favourites from other apps', () => {
  it('matches by UID (a guid, a guid@host, a pretalx code), else by title and start', () => {
    const text = ics(
      vevent('0f9a3c1e-6d2b-4c55-9e61-2b8f8c1d0a11@fosdem.example', 'Opening (renamed there)', '20240205T103000Z'),
      vevent('pretalx-golocal-XK3PQZ@pretalx.example', 'Cities and Rights', '20240205T110000Z'),
      vevent('other-app-42', '  monitoring that   WORKS ', '20240205T130000Z'),
      vevent('other-app-43', 'A Session We Do Not Have', '20240205T150000Z'),
    );
    const result = matchImportedBookmarks(text, programme);
    expect(result.matched.map((s) => s.id)).toEqual(['0f9a3c1e-6d2b-4c55-9e61-2b8f8c1d0a11', 'XK3PQZ', 'h-abc']);
    expect(result.unmatched).toEqual(['A Session We Do Not Have']);
  });

  it('round-trips our own bookmarks file', () => {
    const [first, second] = programme.sessions;
    if (!first || !second) throw new Error('fixture');
    const file = bookmarksFile(
      [first, second].map((s) => ({ sessionId: s.id, feed: 'bundled', addedAt: s.start, snapshot: { title: s.title, start: s.start, end: s.end, roomName: '' }, flag: null })),
      programme,
      null,
      '2024-02-01T00:00:00Z',
    );
    expect(JSON.parse(file)).toMatchObject({ format: 'go-local-companion-bookmarks/1', conference: 'Go Local', feed: null });
    expect(matchImportedBookmarks(file, programme).matched.map((s) => s.id)).toEqual([first.id, second.id]);
  });

  it('refuses files it cannot read with a FeedError', () => {
    expect(() => matchImportedBookmarks('hello', programme)).toThrow(FeedError);
    expect(() => matchImportedBookmarks('{"format":"something-else"}', programme)).toThrow(/not a Go Local Companion bookmarks file/);
    expect(() => matchImportedBookmarks('{"broken', programme)).toThrow(/not valid JSON/);
    expect(() => matchImportedBookmarks('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n', programme)).toThrow(FeedError);
  });
});
