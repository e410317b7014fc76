/** Small native-format feeds for service tests, built from a list of sessions. */
interface FeedSession {
  id: string;
  title: string;
  start: string;
  end: string;
  room?: string;
}

export function nativeFeed(sessions: FeedSession[], title = 'Test Conference'): string {
  return JSON.stringify({
    format: 'go-local-companion/1',
    version: '1',
    conference: { title, timeZone: 'Europe/Vienna', start: '2024-02-05', end: '2024-02-08' },
    sessions: sessions.map((s) => ({
      id: s.id,
      title: s.title,
      start: s.start,
      end: s.end,
      room: { name: s.room ?? 'Plenary Hall', url: null, kind: 'bbb' },
    })),
  });
}

export const opening = { id: 'a', title: 'Opening', start: '2024-02-05T11:30:00+01:00', end: '2024-02-05T12:00:00+01:00' };
export const keynote = { id: 'b', title: 'Keynote', start: '2024-02-05T12:00:00+01:00', end: '2024-02-05T12:30:00+01:00' };
export const panel = { id: 'c', title: 'Panel', start: '2024-02-05T13:00:00+01:00', end: '2024-02-05T14:00:00+01:00' };
