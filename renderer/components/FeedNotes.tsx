/**
 * What the app noticed while reading the organisers' feed: rows of a
 * spreadsheet or sessions it left out, repeats it cut, zones it guessed, each
 * with its place (row, line, JSON path). The feed checker prints the same
 * words; here the attendee sees why a session they expected is missing. The
 * texts are already redacted by the feed reader. Bounded: a feed with
 * thousands of notes lists the first few and counts the rest.
 */
import type { FeedWarning } from '../../core/programme/model';
import { warningText } from '../../core/feeds/listing';
import './FeedNotes.css';
import { useTranslation } from 'react-i18next';

const SHOWN_NOTES = 20;

export function FeedNotes({ warnings }: { warnings: FeedWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  const shown = warnings.slice(0, SHOWN_NOTES);
  const more = warnings.length - shown.length;
  return (
    <div className="feed-notes">
      <p className="hint">{t('feedNotes.intro', { count: warnings.length })}</p>
      <ul aria-label={t('feedNotes.listLabel')}>
        {shown.map((warning, index) => (
          <li key={index}>{warningText(warning)}</li>
        ))}
      </ul>
      {more > 0 && <p className="hint">{t('feedNotes.more', { count: more })}</p>}
    </div>
  );
}
