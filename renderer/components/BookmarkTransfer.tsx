/** Settings: save bookmarks to a file, or bring them in from a file or another app's calendar export. */
import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { MAX_IMPORT_CHARS } from '../../core/api';
import { useApi } from '../hooks/api-context';
import './BookmarkTransfer.css';
import { useTranslation } from 'react-i18next';

export function BookmarkTransfer({ count }: { count: number }) {
  const api = useApi();
  const { t } = useTranslation();
  const inputId = useId();
  const [message, setMessage] = useState('');

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_CHARS) {
      setMessage(t('bookmarks.import.tooLarge'));
      return;
    }
    const report = await api.importBookmarks(await file.text());
    if (!report.ok) {
      setMessage(report.reason);
      return;
    }
    const examples = report.unmatched.slice(0, 3).join('; ');
    setMessage(
      t('bookmarks.import.report', {
        added: report.added,
        already: report.alreadyBookmarked,
        unmatched: report.unmatched.length,
        examples,
        more: report.unmatched.length > 3 ? 'yes' : 'no',
      }),
    );
  };

  return (
    <div className="settings-group">
      <h3>{t('bookmarks.heading')}</h3>
      <p className="hint">
        {t('bookmarks.count', { count })} {t('bookmarks.hint')}
      </p>
      <div className="inline-form">
        <button type="button" disabled={count === 0} onClick={() => void api.exportBookmarks().then((saved) => saved && setMessage(t('bookmarks.saved')))}>
          {t('bookmarks.save')}
        </button>
        <input id={inputId} className="sr-only" type="file" accept=".json,.ics,application/json,text/calendar" onChange={(event) => void importFile(event)} />
        <label className="file-button" htmlFor={inputId}>
          {t('bookmarks.import.button')}
        </label>
      </div>
      <p role="status" className="form-status">
        {message}
      </p>
    </div>
  );
}
