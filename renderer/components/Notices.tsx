/**
 * Things the attendee must hear about once: bookmarked sessions that changed,
 * and repairs to their saved data. Each can be dismissed.
 */
import type { Bookmark } from '../../core/schedule/bookmark-model';
import { useApi } from '../hooks/api-context';
import { sessionHref } from '../hooks/use-hash-route';
import './Notices.css';

function describe(bookmark: Bookmark): string {
  const kinds = bookmark.flag?.kinds ?? [];
  if (kinds.includes('removed')) return 'was removed from the programme';
  const parts = [kinds.includes('moved-time') && 'has a new time', kinds.includes('moved-room') && 'moved to another room', kinds.includes('retitled') && 'was renamed', kinds.includes('cancelled') && 'was cancelled'];
  return parts.filter(Boolean).join(' and ');
}

export function Notices({ bookmarks, notice }: { bookmarks: Bookmark[]; notice: string | null }) {
  const api = useApi();
  const unseen = bookmarks.filter((b) => b.flag && !b.flag.seen);
  if (unseen.length === 0 && !notice) return null;
  return (
    <div className="notices" role="region" aria-label="Notices">
      {notice && (
        <div className="notice notice-storage" role="alert">
          <p>{notice}</p>
          <button type="button" onClick={() => void api.dismissNotice()}>
            Dismiss
          </button>
        </div>
      )}
      {unseen.length > 0 && (
        <div className="notice notice-changes" role="status">
          <p>
            <strong>
              {unseen.length === 1 ? 'One of your sessions changed' : `${unseen.length} of your sessions changed`}:
            </strong>
          </p>
          <ul>
            {unseen.map((b) => (
              <li key={b.sessionId}>
                <a href={b.flag?.kinds.includes('removed') ? '#/my' : sessionHref(b.sessionId)}>{b.snapshot.title}</a> {describe(b)}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void api.dismissBookmarkFlags(unseen.map((b) => b.sessionId))}>
            Got it
          </button>
        </div>
      )}
    </div>
  );
}
