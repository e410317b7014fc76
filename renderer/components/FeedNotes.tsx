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

const SHOWN_NOTES = 20;

export function FeedNotes({ warnings }: { warnings: FeedWarning[] }) {
  if (warnings.length === 0) return null;
  const shown = warnings.slice(0, SHOWN_NOTES);
  const more = warnings.length - shown.length;
  return (
    <div className="feed-notes">
      <p className="hint">
        {warnings.length === 1 ? '1 note' : `${warnings.length.toLocaleString('en')} notes`} from reading this feed (tell the organisers if a session
        you expect is missing):
      </p>
      <ul aria-label="What the app noticed in this feed">
        {shown.map((warning, index) => (
          <li key={index}>{warningText(warning)}</li>
        ))}
      </ul>
      {more > 0 && <p className="hint">…and {more.toLocaleString('en')} more.</p>}
    </div>
  );
}
