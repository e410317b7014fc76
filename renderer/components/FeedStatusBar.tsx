/** Where the programme on screen came from, when it was updated, and what went wrong if anything did. */
import type { FeedStatus } from '../../core/api';
import type { Conference } from '../../core/programme/model';
import { useApi } from '../hooks/api-context';
import { formatInstant } from '../../core/time/format-instant';
import { useZones } from './zone-context';
import './FeedStatusBar.css';
import { Trans, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useTimeConventions } from '../i18n/time-conventions';
import type { TimeConventions } from '../../core/time/conventions';

function sourceText(t: TFunction, feed: FeedStatus, zone: string, conventions: TimeConventions): string {
  if (feed.origin === 'bundled') return t('feed.source.bundled');
  if (feed.origin === 'cache') return feed.lastUpdated ? t('feed.source.cacheFrom', { when: formatInstant(feed.lastUpdated, zone, conventions) }) : t('feed.source.cache');
  return feed.lastUpdated ? t('feed.source.updatedAt', { when: formatInstant(feed.lastUpdated, zone, conventions) }) : t('feed.source.updated');
}

export function FeedStatusBar({ feed, conference }: { feed: FeedStatus; conference: Conference }) {
  const api = useApi();
  const zones = useZones();
  const conventions = useTimeConventions();
  const { t } = useTranslation();
  return (
    <div className="feed-status">
      {conference.isSample && (
        <p className="sample-note">
          <Trans i18nKey="feed.sample" components={{ strong: <strong /> }} />
        </p>
      )}
      <div className="feed-line" role="status" aria-live="polite">
        <span>{feed.refreshing ? t('feed.checking') : sourceText(t, feed, zones.display, conventions)}</span>
        {feed.url !== null && (
          <button type="button" className="link-button" onClick={() => void api.refreshFeed()} disabled={feed.refreshing}>
            {t('feed.refresh')}
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
