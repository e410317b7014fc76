/** Under a bookmarked session: what changed since the attendee last looked. */
import type { Bookmark } from '../../core/schedule/bookmark-model';
import { TimeRange } from './TimeRange';
import './BookmarkFlagNote.css';
import { Trans, useTranslation } from 'react-i18next';

export function BookmarkFlagNote({ bookmark }: { bookmark: Bookmark | undefined }) {
  const flag = bookmark?.flag;
  const { t } = useTranslation();
  if (!flag || flag.kinds.includes('removed')) return null;
  return (
    <div className="flag-note">
      <strong>{t('flag.changed')}</strong>{' '}
      {flag.kinds.includes('moved-time') && (
        <span>
          <Trans i18nKey="flag.wasAt" components={{ time: <TimeRange start={flag.before.start} end={flag.before.end} /> }} />{' '}
        </span>
      )}
      {flag.kinds.includes('moved-room') && (
        <span>{flag.before.roomName ? t('flag.wasInRoom', { room: flag.before.roomName }) : t('flag.wasInAnotherRoom')} </span>
      )}
      {flag.kinds.includes('retitled') && <span>{t('flag.wasCalled', { title: flag.before.title })} </span>}
      {flag.kinds.includes('cancelled') && <span>{t('flag.cancelled')}</span>}
    </div>
  );
}
