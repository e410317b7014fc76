/** Extra BigBlueButton hosts rooms may use (a node the organisers announced separately), one per line. */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { isHostName } from '../../core/settings';
import { useApi } from '../hooks/api-context';
import { useTranslation } from 'react-i18next';

export function RoomHostsField({ hosts }: { hosts: string[] }) {
  const api = useApi();
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(hosts.join('\n'));
  const [message, setMessage] = useState('');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const entries = draft
      .split(/[\s,]+/)
      .map((host) => host.trim().toLowerCase())
      .filter((host) => host !== '');
    const wrong = entries.filter((host) => !isHostName(host));
    if (wrong.length > 0) {
      setMessage(t('roomHosts.invalid', { hosts: wrong.join(', ') }));
      return;
    }
    await api.updateSettings({ extraRoomHosts: [...new Set(entries)] });
    setMessage(entries.length === 0 ? t('roomHosts.none') : t('roomHosts.saved'));
  };

  return (
    <form onSubmit={(event) => void save(event)}>
      <label htmlFor={id}>{t('roomHosts.label')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('roomHosts.hint')}
      </p>
      <textarea id={id} rows={2} aria-describedby={`${id}-hint`} value={draft} onChange={(event) => setDraft(event.target.value)} />
      <button type="submit">{t('roomHosts.save')}</button>
      <p role="status" className="form-status">
        {message}
      </p>
    </form>
  );
}
