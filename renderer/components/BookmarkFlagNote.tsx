/** Under a bookmarked session: what changed since the attendee last looked. */
import type { Bookmark } from '../../core/schedule/bookmark-model';
import { TimeRange } from './TimeRange';
import './BookmarkFlagNote.css';

export function BookmarkFlagNote({ bookmark }: { bookmark: Bookmark | undefined }) {
  const flag = bookmark?.flag;
  if (!flag || flag.kinds.includes('removed')) return null;
  return (
    <div className="flag-note">
      <strong>Changed:</strong>{' '}
      {flag.kinds.includes('moved-time') && (
        <span>
          was <TimeRange start={flag.before.start} end={flag.before.end} />{' '}
        </span>
      )}
      {flag.kinds.includes('moved-room') && <span>was in {flag.before.roomName || 'another room'} </span>}
      {flag.kinds.includes('retitled') && <span>was called “{flag.before.title}” </span>}
      {flag.kinds.includes('cancelled') && <span>cancelled by the organisers</span>}
    </div>
  );
}
