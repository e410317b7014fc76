/**
 * Things the attendee must hear about once: bookmarked sessions that changed,
 * and repairs to their saved data. Each can be dismissed.
 */
import type { Bookmark } from '../../core/schedule/bookmark-model';
import { useApi } from '../hooks/api-context';
import { sessionHref } from '../hooks/use-hash-route';
import './Notices.css';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { SavedDataNote } from '../../core/storage/saved-data-note';
import { savedDataNoteText } from './saved-data-note-text';

/** What happened to a bookmarked session; the changes are a list the language joins ("a and b"). */
function describe(t: TFunction, language: string, bookmark: Bookmark): string {
  const kinds = bookmark.flag?.kinds ?? [];
  if (kinds.includes('removed')) return t('notices.change.removed');
  const parts = [
    kinds.includes('moved-time') && t('notices.change.movedTime'),
    kinds.includes('moved-room') && t('notices.change.movedRoom'),
    kinds.includes('retitled') && t('notices.change.retitled'),
    kinds.includes('cancelled') && t('notices.change.cancelled'),
  ].filter((part): part is string => typeof part === 'string');
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(parts);
}

export function Notices({ bookmarks, notice }: { bookmarks: Bookmark[]; notice: SavedDataNote[] | null }) {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const unseen = bookmarks.filter((b) => b.flag && !b.flag.seen);
  if (unseen.length === 0 && !notice) return null;
  return (
    <div className="notices" role="region" aria-label={t('notices.label')}>
      {notice && (
        <div className="notice notice-storage" role="alert">
          {notice.map((note) => (
            <p key={note.kind}>{savedDataNoteText(t, note)}</p>
          ))}
          <button type="button" onClick={() => void api.dismissNotice()}>
            {t('notices.dismiss')}
          </button>
        </div>
      )}
      {unseen.length > 0 && (
        <div className="notice notice-changes" role="status">
          <p>
            <strong>{t('notices.changed', { count: unseen.length })}</strong>
          </p>
          <ul>
            {unseen.map((b) => (
              <li key={b.sessionId}>
                <a href={b.flag?.kinds.includes('removed') ? '#/my' : sessionHref(b.sessionId)}>{b.snapshot.title}</a> {describe(t, i18n.language, b)}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void api.dismissBookmarkFlags(unseen.map((b) => b.sessionId))}>
            {t('notices.gotIt')}
          </button>
        </div>
      )}
    </div>
  );
}
