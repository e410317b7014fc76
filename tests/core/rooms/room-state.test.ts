import { describe, expect, it } from 'vitest';
import { roomState } from '../../../core/rooms/room-state';
import { makeSession } from '../support/model';

const session = makeSession({
  id: 'wg',
  start: '2024-02-05T12:20:00Z',
  end: '2024-02-05T14:00:00Z',
  room: { name: 'Room A', url: 'https://bbb.example.org/rooms/abc/join', kind: 'bbb' },
});
const at = (iso: string): number => Date.parse(iso);
const JOIN = { beforeStartMinutes: 10, afterEndMinutes: 15 };

describe('roomState: the join window', () => {
  it('opens the configured minutes before the start', () => {
    expect(roomState(session, at('2024-02-05T12:09:59Z'), JOIN)).toMatchObject({ kind: 'opens-later', joinable: false });
    expect(roomState(session, at('2024-02-05T12:10:00Z'), JOIN)).toMatchObject({ kind: 'open', joinable: true });
    expect(roomState(session, at('2024-02-05T13:00:00Z'), JOIN)).toMatchObject({ kind: 'live', joinable: true });
  });

  it('stays joinable for the configured minutes after the end, saying so', () => {
    expect(roomState(session, at('2024-02-05T14:00:00Z'), JOIN)).toEqual({ kind: 'overrun', joinable: true, label: 'Ended, room open for 15 more min' });
    expect(roomState(session, at('2024-02-05T14:14:01Z'), JOIN)).toEqual({ kind: 'overrun', joinable: true, label: 'Ended, room open for 1 more min' });
  });

  it('is ended and not joinable once that time has passed', () => {
    expect(roomState(session, at('2024-02-05T14:15:00Z'), JOIN)).toEqual({ kind: 'ended', joinable: false, label: 'Session ended' });
    expect(roomState(session, at('2024-02-06T09:00:00Z'), JOIN)).toMatchObject({ kind: 'ended', joinable: false });
  });

  it('with 0 minutes after the end, closes at the end', () => {
    expect(roomState(session, at('2024-02-05T13:59:59Z'), { ...JOIN, afterEndMinutes: 0 })).toMatchObject({ kind: 'live', joinable: true });
    expect(roomState(session, at('2024-02-05T14:00:00Z'), { ...JOIN, afterEndMinutes: 0 })).toMatchObject({ kind: 'ended', joinable: false });
  });

  it('has no room state without a room link', () => {
    expect(roomState({ ...session, room: { ...session.room, url: null } }, at('2024-02-05T13:00:00Z'), JOIN)).toMatchObject({ kind: 'no-room', joinable: false });
  });
});
