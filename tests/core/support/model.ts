/** Sessions and programmes for unit tests: every field filled, override what the test is about. */
import type { Programme, Session } from '../../../core/programme/model';

export function makeSession(overrides: Partial<Session> & Pick<Session, 'id' | 'start' | 'end'>): Session {
  return {
    title: `Session ${overrides.id}`,
    subtitle: '',
    abstract: '',
    timeZone: 'Europe/Vienna',
    room: { name: 'Room A', url: null, kind: 'bbb' },
    track: '',
    type: '',
    language: 'en',
    persons: [],
    links: [],
    ...overrides,
  };
}

export function makeProgramme(sessions: Session[], title = 'Test Conference'): Programme {
  return {
    conference: { title, subtitle: '', timeZone: 'Europe/Vienna', start: '', end: '', url: '', isSample: false },
    version: '',
    sessions,
  };
}

/** One hour after an ISO instant, as an ISO instant. */
export const oneHourAfter = (start: string): string => new Date(Date.parse(start) + 3_600_000).toISOString().replace('.000Z', 'Z');
