/**
 * The session page offers no join for a cancelled session; the service must
 * refuse it too ("the button and the service never disagree"), or any caller
 * of joinRoom opens a room the organisers called off, camera prompt included.
 */
import { describe, expect, it } from 'vitest';
import { CompanionService } from '../../core/service';
import { fakePorts } from './support/fake-ports';

const feed = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//test//EN',
  'BEGIN:VEVENT',
  'UID:wg@example.org',
  'DTSTART:20240205T122000Z',
  'DTEND:20240205T140000Z',
  'SUMMARY:Working group',
  'STATUS:CANCELLED',
  'LOCATION:https://bbb.example.org/rooms/abc-def-ghi-jkl/join',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('CompanionService: joining a cancelled session', () => {
  it('is refused, and no room window opens', async () => {
    const ports = fakePorts(Date.parse('2024-02-05T12:30:00Z'));
    const rooms: unknown[] = [];
    ports.rooms = { open: async (room) => void rooms.push(room) };
    const service = new CompanionService(ports, { bundledFeed: feed, systemZone: 'Europe/Vienna' });
    service.start();
    const session = (await service.getState()).programme.sessions.find((s) => s.title === 'Working group');
    expect(session?.status).toBe('cancelled');
    expect(session?.room.url).toBe('https://bbb.example.org/rooms/abc-def-ghi-jkl/join');
    expect(await service.joinRoom(session!.id)).toEqual({ ok: false, reason: 'The organisers cancelled this session; its room is not offered.' });
    expect(rooms).toEqual([]);
  });
});
