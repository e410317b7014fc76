/** The bookmark toggle: a real button with aria-pressed, named after the session it saves. */
import { useApi } from '../hooks/api-context';
import { useBookmarks } from './bookmark-context';
import './BookmarkButton.css';
import { useTranslation } from 'react-i18next';

export function BookmarkButton({ sessionId, title }: { sessionId: string; title: string }) {
  const api = useApi();
  const bookmarked = useBookmarks().has(sessionId);
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="bookmark-button"
      aria-pressed={bookmarked}
      aria-label={t('bookmark.label', { title })}
      title={bookmarked ? t('bookmark.remove') : t('bookmark.add')}
      onClick={() => void api.setBookmark(sessionId, !bookmarked)}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
        <path d="M12 2.8l2.8 5.9 6.4.8-4.7 4.4 1.2 6.4L12 17.2l-5.7 3.1 1.2-6.4L2.8 9.5l6.4-.8z" />
      </svg>
    </button>
  );
}
