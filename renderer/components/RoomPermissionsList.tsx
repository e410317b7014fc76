/**
 * The answers the attendee asked a room window to remember ("Remember for this
 * host"): allowed and denied, each with Revoke. A revoked host asks again the
 * next time it wants the devices. Read again when the window regains focus,
 * because the answers are given in the room windows. Empty on the web, where
 * rooms open in a browser tab and the browser asks.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ConsentKind, RoomPermission } from '../../core/rooms/room-consents';
import { platformName } from '#platform';
import { useApi } from '../hooks/api-context';
import './RoomPermissionsList.css';

const KIND_WORDS: Record<ConsentKind, string> = { media: 'microphone and camera', screen: 'screen sharing' };

export function RoomPermissionsList() {
  const api = useApi();
  const [entries, setEntries] = useState<RoomPermission[]>([]);
  const [message, setMessage] = useState('');

  const reload = useCallback(() => {
    void api.listRoomPermissions().then(setEntries, () => setEntries([]));
  }, [api]);

  useEffect(() => {
    reload();
    window.addEventListener('focus', reload);
    return () => window.removeEventListener('focus', reload);
  }, [reload]);

  const revoke = async (entry: RoomPermission) => {
    setEntries(await api.revokeRoomPermission(entry.host, entry.kind));
    setMessage(`${entry.host} will ask again before using your ${KIND_WORDS[entry.kind]}.`);
  };

  const group = (allowed: boolean, heading: string) => {
    const shown = entries.filter((entry) => entry.allowed === allowed);
    return (
      <section aria-label={heading}>
        <h4>{heading}</h4>
        {shown.length === 0 ? (
          <p className="hint">None.</p>
        ) : (
          <ul className="room-permissions">
            {shown.map((entry) => (
              <li key={`${entry.kind} ${entry.host}`}>
                <span>
                  {entry.host}: {KIND_WORDS[entry.kind]}
                </span>{' '}
                <button type="button" onClick={() => void revoke(entry)} aria-label={`Revoke ${KIND_WORDS[entry.kind]} for ${entry.host}`}>
                  Revoke
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  };

  return (
    <div>
      <h3>Room permissions</h3>
      <p className="hint">
        {platformName === 'web'
          ? 'In the web edition a room opens in a browser tab, and your browser asks before the room uses your microphone, camera or screen: its own site settings keep those answers.'
          : 'When a room asks for your microphone, camera or screen, the room window asks you first. Answers you chose to remember are listed here.'}
      </p>
      {group(true, 'Rooms you allowed')}
      {group(false, 'Rooms you denied')}
      <p role="status" className="form-status">
        {message}
      </p>
    </div>
  );
}
