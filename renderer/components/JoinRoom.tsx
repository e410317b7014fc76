/**
 * Join a session's BigBlueButton room: offered from the join window before the
 * start until a few minutes after the end (both settings, one rule in
 * core/rooms/room-state), with the room's state next to it and a reason when
 * joining fails. Once that time is over the page says so and offers no Join.
 */
import { useState } from 'react';
import type { Session } from '../../core/programme/model';
import { roomState } from '../../core/rooms/room-state';
import type { JoinWindow } from '../../core/rooms/room-state';
import { useApi } from '../hooks/api-context';
import { clockTime } from '../../core/time/clock-time';
import type { TimeConventions } from '../../core/time/conventions';
import { zoneAbbreviation } from '../../core/time/zone-label';
import { useZones } from './zone-context';
import './JoinRoom.css';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { RoomState } from '../../core/rooms/room-state';
import type { Zones } from './zone-context';
import { useTimeConventions } from '../i18n/time-conventions';

const minutesUntil = (instant: number, now: number): number => Math.ceil((instant - now) / 60_000);

/** The room's state in words, from the same instants core/rooms/room-state decides on. */
function stateText(t: TFunction, state: RoomState, session: Session, now: number, joinWindow: JoinWindow, zones: Zones, conventions: TimeConventions): string {
  switch (state.kind) {
    case 'opens-later': {
      const minutes = minutesUntil(state.opensAt, now);
      if (minutes > 120) {
        return t('room.opensAt', {
          time: clockTime(state.opensAt, zones.display, conventions),
          zone: zoneAbbreviation(state.opensAt, zones.display, conventions.locale),
          minutes: joinWindow.beforeStartMinutes,
        });
      }
      return t('room.opensIn', { minutes });
    }
    case 'open':
      return t('room.open', { minutes: minutesUntil(Date.parse(session.start), now) });
    case 'live':
      return t('room.live');
    case 'overrun':
      return t('room.overrun', { minutes: minutesUntil(Date.parse(session.end) + joinWindow.afterEndMinutes * 60_000, now) });
    case 'ended':
      return t('room.sessionEnded');
    case 'no-room':
      return t('room.none');
  }
}

export function JoinRoom({ session, now, joinWindow }: { session: Session; now: number; joinWindow: JoinWindow }) {
  const api = useApi();
  const zones = useZones();
  const conventions = useTimeConventions();
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const state = roomState(session, now, joinWindow);
  if (state.kind === 'no-room') return null;
  const roomName = session.room.name ? ` · ${session.room.name}` : '';
  if (state.kind === 'ended') {
    return (
      <div className="join-room">
        <p className="room-state room-state-ended">
          {t('room.ended')}
          {roomName}
        </p>
      </div>
    );
  }

  const join = async () => {
    setMessage('');
    const outcome = await api.joinRoom(session.id);
    if (!outcome.ok) setMessage(outcome.reason);
  };

  return (
    <div className="join-room">
      <button type="button" className="primary-button" disabled={!state.joinable} onClick={() => void join()} aria-describedby={`room-state-${session.id}`}>
        {t('room.join')}
      </button>
      <span id={`room-state-${session.id}`} className={`room-state room-state-${state.kind}`}>
        {stateText(t, state, session, now, joinWindow, zones, conventions)}
        {roomName}
      </span>
      <p className="form-status" role="status">
        {message}
      </p>
    </div>
  );
}
