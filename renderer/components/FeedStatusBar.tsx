/** Where the programme on screen came from, when it was updated, and what went wrong if anything did. */
import type { FeedStatus } from '../../core/api';
import type { Conference } from '../../core/programme/model';
import { useApi } from '../hooks/api-context';

const when = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse(iso));

function sourceText(feed: FeedStatus): string {
  if (feed.origin === 'bundled') return 'Built-in programme';
  if (feed.origin === 'cache') return feed.lastUpdated ? `Saved copy from ${when(feed.lastUpdated)}` : 'Saved copy';
  return feed.lastUpdated ? `Updated ${when(feed.lastUpdated)}` : 'Updated';
}

export function FeedStatusBar({ feed, conference }: { feed: FeedStatus; conference: Conference }) {
  const api = useApi();
  return (
    <div className="feed-status">
      {conference.isSample && (
        <p className="sample-note">
          <strong>Sample programme.</strong> The organisers publish the real programme as a feed; add its address in
          Settings.
        </p>
      )}
      <div className="feed-line" role="status" aria-live="polite">
        <span>{feed.refreshing ? 'Checking for programme updates…' : sourceText(feed)}</span>
        {feed.url !== null && (
          <button type="button" className="link-button" onClick={() => void api.refreshFeed()} disabled={feed.refreshing}>
            Refresh
          </button>
        )}
      </div>
      {feed.error && (
        <p className="feed-error" role="alert">
          {feed.error}
        </p>
      )}
    </div>
  );
}
