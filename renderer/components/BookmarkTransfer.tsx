/** Settings: save bookmarks to a file, or bring them in from a file or another app's calendar export. */
import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { MAX_IMPORT_CHARS } from '../../core/api';
import { useApi } from '../hooks/api-context';
import './BookmarkTransfer.css';

export function BookmarkTransfer({ count }: { count: number }) {
  const api = useApi();
  const inputId = useId();
  const [message, setMessage] = useState('');

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_CHARS) {
      setMessage('That file is too large to be a bookmarks file or calendar.');
      return;
    }
    const report = await api.importBookmarks(await file.text());
    if (!report.ok) {
      setMessage(report.reason);
      return;
    }
    const parts = [`Added ${report.added} ${report.added === 1 ? 'bookmark' : 'bookmarks'}`];
    if (report.alreadyBookmarked > 0) parts.push(`${report.alreadyBookmarked} already in My schedule`);
    if (report.unmatched.length > 0) parts.push(`${report.unmatched.length} not in this programme (${report.unmatched.slice(0, 3).join('; ')}${report.unmatched.length > 3 ? '; …' : ''})`);
    setMessage(`${parts.join(', ')}.`);
  };

  return (
    <div className="settings-group">
      <h3>Bookmarks</h3>
      <p className="hint">
        {count === 0 ? 'You have no bookmarks yet.' : `You have ${count} ${count === 1 ? 'bookmark' : 'bookmarks'}.`} Move them to another
        computer with a bookmarks file, or import favourites from another schedule app’s calendar (.ics) export.
      </p>
      <div className="inline-form">
        <button type="button" disabled={count === 0} onClick={() => void api.exportBookmarks().then((saved) => saved && setMessage('Bookmarks saved.'))}>
          Save bookmarks to a file
        </button>
        <input id={inputId} className="sr-only" type="file" accept=".json,.ics,application/json,text/calendar" onChange={(event) => void importFile(event)} />
        <label className="file-button" htmlFor={inputId}>
          Import bookmarks or .ics…
        </label>
      </div>
      <p role="status" className="form-status">
        {message}
      </p>
    </div>
  );
}
