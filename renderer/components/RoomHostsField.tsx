/** Extra BigBlueButton hosts rooms may use (a node the organisers announced separately), one per line. */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { isHostName } from '../../core/settings';
import { useApi } from '../hooks/api-context';

export function RoomHostsField({ hosts }: { hosts: string[] }) {
  const api = useApi();
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
      setMessage(`Not a host name: ${wrong.join(', ')}. Write only names such as bbb2.example.org, without https:// or paths.`);
      return;
    }
    await api.updateSettings({ extraRoomHosts: [...new Set(entries)] });
    setMessage(entries.length === 0 ? 'No extra hosts.' : 'Saved.');
  };

  return (
    <form onSubmit={(event) => void save(event)}>
      <label htmlFor={id}>More BigBlueButton hosts</label>
      <p className="hint" id={`${id}-hint`}>
        Only if the organisers ask you to: hosts their rooms may move to, one per line. Each room’s own host is always allowed; these are
        allowed for every room.
      </p>
      <textarea id={id} rows={2} aria-describedby={`${id}-hint`} value={draft} onChange={(event) => setDraft(event.target.value)} />
      <button type="submit">Save hosts</button>
      <p role="status" className="form-status">
        {message}
      </p>
    </form>
  );
}
