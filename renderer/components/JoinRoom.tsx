/**
 * Join a session's BigBlueButton room: enabled from the join window before the
 * start (a setting), with the room's state next to it and a reason when joining fails.
 */
import { useState } from 'react';
import type { Session } from '../../core/programme/model';
import { roomState } from '../../core/rooms/room-state';
import { useApi } from '../hooks/api-context';
import { timeInZone } from '../../core/time/zoned';
import { zoneAbbreviation } from '../../core/time/zone-label';
import { useZones } from './zone-context';

export function JoinRoom({ session, now, joinWindowMinutes }: { session: Session; now: number; joinWindowMinutes: number }) {
  const api = useApi();
  const zones = useZones();
  const [message, setMessage] = useState('');
  const state = roomState(session, now, joinWindowMinutes);
  if (state.kind === 'no-room') return null;

  const join = async () => {
    setMessage('');
    const outcome = await api.joinRoom(session.id);
    if (!outcome.ok) setMessage(outcome.reason);
  };

  return (
    <div className="join-room">
      <button type="button" className="primary-button" disabled={!state.joinable} onClick={() => void join()} aria-describedby={`room-state-${session.id}`}>
        Join room
      </button>
      <span id={`room-state-${session.id}`} className={`room-state room-state-${state.kind}`}>
        {state.kind === 'opens-later' && state.opensAt - now > 120 * 60_000
          ? `Room opens at ${timeInZone(state.opensAt, zones.display)} ${zoneAbbreviation(state.opensAt, zones.display)}, ${joinWindowMinutes} min before the start`
          : state.label}
        {session.room.name ? ` · ${session.room.name}` : ''}
      </span>
      <p className="form-status" role="status">
        {message}
      </p>
    </div>
  );
}
