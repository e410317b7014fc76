/** Where the programme on screen came from, when it was updated, and what went wrong if anything did. */
import type { FeedStatus } from '../../core/api';
import type { Conference } from '../../core/programme/model';
import { useApi } from '../hooks/api-context';
import { formatInstant } from '../../core/time/format-instant';
import { useZones } from './zone-context';
import './FeedStatusBar.css';

function sourceText(feed: FeedStatus, zone: string): string {
  if (feed.origin === 'bundled') return 'Built-in programme';
  if (feed.origin === 'cache') return feed.lastUpdated ? `Saved copy from ${formatInstant(feed.lastUpdated, zone)}` : 'Saved copy';
  return feed.lastUpdated ? `Updated ${formatInstant(feed.lastUpdated, zone)}` : 'Updated';
}

export function FeedStatusBar({ feed, conference }: { feed: FeedStatus; conference: Conference }) {
  const api = useApi();
  const zones = useZones();
  return (
    <div className="feed-status">
      {conference.isSample && (
        <p className="sample-note">
          <strong>Sample programme.</strong> The organisers publish the real programme as a feed; add its address in
          Settings.
        </p>
      )}
      <div className="feed-line" role="status" aria-live="polite">
        <span>{feed.refreshing ? 'Checking for programme updates…' : sourceText(feed, zones.display)}</span>
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
