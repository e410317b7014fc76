/** Sessions for the calendar tests: Graz, a DST night, New York, and hostile text. */
import type { Session } from '../../../core/programme/model';

export function session(overrides: Partial<Session> & Pick<Session, 'id' | 'start' | 'end'>): Session {
  return {
    title: 'Session',
    subtitle: '',
    abstract: '',
    timeZone: 'Europe/Vienna',
    room: { name: 'Plenary Hall', url: 'https://bbb.example.org/rooms/plh-7kq-2xm-r4d/join', kind: 'bbb' },
    track: 'Plenary',
    type: 'Talk',
    language: 'en',
    persons: [],
    links: [],
    ...overrides,
  };
}

/** 11:30–12:00 in Graz (CET, UTC+1). */
export const opening = session({
  id: 'glc24-001',
  title: 'Opening of the Academy',
  abstract: 'Welcome.\nA tour of the rooms.',
  start: '2024-02-05T10:30:00Z',
  end: '2024-02-05T11:00:00Z',
  persons: [{ name: 'Ada Lovelace' }, { name: 'Grace Hopper' }],
});

/** Graz, late evening: already the next day in Asia/Kolkata. */
export const lateTalk = session({
  id: 'glc24-002',
  title: 'Late talk',
  start: '2024-02-05T22:30:00Z',
  end: '2024-02-05T23:30:00Z',
  track: 'Working groups',
  room: { name: 'Room B', url: null, kind: 'bbb' },
  links: [{ title: 'Slides', url: 'https://example.org/slides?a=1,2;b' }],
});

/** 2024-03-31 01:30 CET – 03:30 CEST in Graz: one hour long, across the spring-forward gap. */
export const dstNight = session({
  id: 'dst-night',
  title: 'Across the clock change',
  start: '2024-03-31T00:30:00Z',
  end: '2024-03-31T01:30:00Z',
});

/** A feed run from New York: 09:00–10:30 EDT. */
export const newYork = session({
  id: 'ny-1',
  title: 'Morning in New York',
  timeZone: 'America/New_York',
  start: '2024-06-10T13:00:00Z',
  end: '2024-06-10T14:30:00Z',
  room: { name: 'Hall A', url: 'https://bbb.example.org/rooms/aaa-bbb-ccc-ddd/join', kind: 'bbb' },
  track: '',
});

/** New York, 2024-11-03 01:30 EDT – 01:30 EST: both ends in the hour that happens twice. */
export const newYorkFallBack = session({
  ...newYork,
  id: 'ny-2',
  title: 'Fall back in New York',
  start: '2024-11-03T05:30:00Z',
  end: '2024-11-03T06:30:00Z',
});

export const HOSTILE_TITLE = 'Cities, rights; and \\ back-slashes\nEND:VEVENT\r\nBEGIN:VEVENT';

/** Text that must be escaped, and long multibyte text that must be folded on character boundaries. */
export const hostile = session({
  id: 'weird id,;/é',
  title: HOSTILE_TITLE,
  abstract: 'Line one; with, punctuation\nLine two — ünïcödé 🌍🌍🌍 '.repeat(6),
  start: '2024-02-06T13:00:00Z',
  end: '2024-02-06T14:00:00Z',
  track: 'Track, with; comma',
  room: { name: 'Sala «Grande», 1', url: 'https://bbb.example.org/rooms/abc-def-ghi-jkl/join', kind: 'bbb' },
  persons: [{ name: 'Zoë Ünal' }],
});
