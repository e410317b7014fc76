import { describe, expect, it } from 'vitest';
import { CompanionService } from '../../core/service';
import { ACTION_ARGUMENT_GUARDS } from '../../core/api';
import { fakePorts } from './support/fake-ports';
import type { TestPorts } from './support/fake-ports';
import { keynote, nativeFeed, opening, panel } from './support/native-feed';
import { parseIcs } from './calendar/parse-ics';

const FEED = 'https://programme.example.org/schedule.json';

function start(ports: TestPorts) {
  const saved: { suggestedName: string; mimeType: string; content: string }[] = [];
  ports.files = { save: async (file) => (saved.push({ ...file, content: String(file.content) }), true) };
  const service = new CompanionService(ports, { bundledFeed: nativeFeed([opening, keynote, panel]), systemZone: 'Asia/Tokyo' });
  service.start();
  return { service, saved };
}

describe('calendar export from the service', () => {
  it('exports one session with its zone, a reminder and a stable UID', async () => {
    const { service, saved } = start(fakePorts());
    expect(await service.exportCalendar({ kind: 'session', sessionId: 'b' })).toBe(true);
    expect(saved[0]).toMatchObject({ suggestedName: 'keynote.ics', mimeType: 'text/calendar' });
    const { events } = parseIcs(saved[0]?.content ?? '');
    expect(events).toEqual([
      expect.objectContaining({ uid: 'b@golocal-companion.local', summary: 'Keynote', startUtc: '2024-02-05T11:00:00Z', startTzid: 'Europe/Vienna', sequence: 0 }),
    ]);
    expect(events[0]?.alarms[0]?.trigger).toBe('-PT10M');
    expect(events[0]?.description).toContain('Your time (Tokyo): Mon 5 Feb 2024, 20:00–20:30 UTC+9');
  });

  it('raises SEQUENCE for a session that changed since the last export and cancels a removed bookmark', async () => {
    const ports = fakePorts();
    const moved = { ...keynote, start: '2024-02-05T14:00:00+01:00', end: '2024-02-05T14:30:00+01:00' };
    ports.transport.reply({ status: 'ok', body: nativeFeed([opening, keynote, panel]) }, { status: 'ok', body: nativeFeed([opening, moved]) });
    const { service, saved } = start(ports);
    await service.setFeedUrl(FEED);
    for (const id of ['a', 'b', 'c']) await service.setBookmark(id, true);
    await service.exportCalendar({ kind: 'bookmarks' });
    await service.refreshFeed();
    await service.exportCalendar({ kind: 'bookmarks' });
    const first = parseIcs(saved[0]?.content ?? '').events;
    const second = parseIcs(saved[1]?.content ?? '').events;
    expect(first.map((e) => [e.uid, e.sequence, e.status])).toEqual([
      ['a@programme.example.org', 0, 'CONFIRMED'],
      ['b@programme.example.org', 0, 'CONFIRMED'],
      ['c@programme.example.org', 0, 'CONFIRMED'],
    ]);
    expect(second.map((e) => [e.uid, e.sequence, e.status, e.startUtc])).toEqual([
      ['a@programme.example.org', 0, 'CONFIRMED', '2024-02-05T10:30:00Z'],
      ['b@programme.example.org', 1, 'CONFIRMED', '2024-02-05T13:00:00Z'],
      ['c@programme.example.org', 1, 'CANCELLED', '2024-02-05T12:00:00Z'],
    ]);
  });

  it('exports a day of the attendee\u2019s calendar and refuses an empty one', async () => {
    const { service, saved } = start(fakePorts());
    expect(await service.exportCalendar({ kind: 'day', date: '2024-02-05', zone: 'Europe/Vienna' })).toBe(true);
    expect(parseIcs(saved[0]?.content ?? '').events).toHaveLength(3);
    expect(await service.exportCalendar({ kind: 'day', date: '2024-02-09', zone: 'Europe/Vienna' })).toBe(false);
    expect(await service.exportCalendar({ kind: 'session', sessionId: 'gone' })).toBe(false);
    expect(saved).toHaveLength(1);
  });

  it('does not advance the ledger when the attendee cancels the save dialog', async () => {
    const ports = fakePorts();
    const { service } = start(ports);
    ports.files = { save: async () => false };
    expect(await service.exportCalendar({ kind: 'programme' })).toBe(false);
    expect(ports.store.get('calendar-ledger')).toBeUndefined();
  });

  it('checks export scopes at the boundary', () => {
    const guard = ACTION_ARGUMENT_GUARDS.exportCalendar;
    expect(guard([{ kind: 'programme' }])).toBe(true);
    expect(guard([{ kind: 'day', date: '2024-02-05', zone: 'America/New_York' }])).toBe(true);
    expect(guard([{ kind: 'day', date: '2024-02-05', zone: 'Nowhere/Land' }])).toBe(false);
    expect(guard([{ kind: 'day', date: '5 Feb', zone: 'UTC' }])).toBe(false);
    expect(guard([{ kind: 'session', sessionId: '' }])).toBe(false);
    expect(guard([{ kind: 'programme', extra: 1 }])).toBe(false);
    expect(guard([{ kind: 'everything' }])).toBe(false);
    expect(guard([])).toBe(false);
  });
});
