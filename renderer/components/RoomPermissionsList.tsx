/**
 * The answers the attendee asked a room window to remember ("Remember for this
 * host"): allowed and denied, each with Revoke. A revoked host asks again the
 * next time it wants the devices. Read again when the window regains focus,
 * because the answers are given in the room windows. Empty on the web, where
 * rooms open in a browser tab and the browser asks.
 */
import { useCallback, useEffect, useState } from 'react';
import type { RoomPermission } from '../../core/rooms/room-consents';
import { platformName } from '#platform';
import { useApi } from '../hooks/api-context';
import './RoomPermissionsList.css';
import { useTranslation } from 'react-i18next';

export function RoomPermissionsList() {
  const api = useApi();
  const { t } = useTranslation();
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
    setMessage(t('roomPermissions.revoked', { host: entry.host, kind: entry.kind }));
  };

  const group = (allowed: boolean, heading: string) => {
    const shown = entries.filter((entry) => entry.allowed === allowed);
    return (
      <section aria-label={heading}>
        <h4>{heading}</h4>
        {shown.length === 0 ? (
          <p className="hint">{t('roomPermissions.none')}</p>
        ) : (
          <ul className="room-permissions">
            {shown.map((entry) => (
              <li key={`${entry.kind} ${entry.host}`}>
                <span>{t('roomPermissions.entry', { host: entry.host, kind: entry.kind })}</span>{' '}
                <button type="button" onClick={() => void revoke(entry)} aria-label={t('roomPermissions.revokeLabel', { host: entry.host, kind: entry.kind })}>
                  {t('roomPermissions.revoke')}
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
      <h3>{t('roomPermissions.heading')}</h3>
      <p className="hint">{platformName === 'web' ? t('roomPermissions.hint.web') : t('roomPermissions.hint.app')}</p>
      {group(true, t('roomPermissions.allowed'))}
      {group(false, t('roomPermissions.denied'))}
      <p role="status" className="form-status">
        {message}
      </p>
    </div>
  );
}
