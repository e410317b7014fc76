import type { CSSProperties, ReactNode } from 'react';
import type { Session } from '../../core/programme/model';
import { sessionHref } from '../hooks/use-hash-route';
import { SessionWhen } from './SessionWhen';
import { BookmarkButton } from './BookmarkButton';
import { Highlighted } from './Highlighted';
import { useSearchTerms } from './search-terms-context';
import { abstractSnippet } from '../../core/search/snippet';
import { highlight } from '../../core/search/highlight';
import { feedLang } from '../i18n/feed-lang';

interface Props {
  session: Session;
  now: number;
  /** Marks the row as overlapping another bookmarked session. */
  clashing?: boolean;
  /** Shown above the row inside its list item (e.g. free time before it). */
  before?: ReactNode;
  /** Extra lines under the row's text (clash and change notes). */
  children?: ReactNode;
  /** The title's heading level, so rows fit the outline of the view they are in. */
  headingLevel?: 3 | 4;
  /** In a virtualized list: where this row stands in the whole list. */
  position?: { index: number; size: number };
  /** In a virtualized list: the measuring ref, index and placement of the list item. */
  listItem?: { ref: (element: HTMLLIElement | null) => void; 'data-index': number; className: string; style: CSSProperties };
}

export function SessionRow({ session, now, clashing = false, before, children, headingLevel = 3, position, listItem }: Props) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const terms = useSearchTerms(session.id);
  // Show where the abstract matched only when the visible text does not already explain the hit.
  const visibleMatch = terms.length > 0 && highlight(`${session.title} ${session.persons.map((p) => p.name).join(' ')}`, terms).some((p) => p.match);
  const snippet = terms.length > 0 && !visibleMatch ? abstractSnippet(session.abstract, terms) : '';
  const meta = [
    { text: session.room.name, className: 'session-room' },
    { text: session.track, className: 'session-tag' },
    { text: session.type, className: 'session-tag' },
  ].filter((item) => item.text !== '');
  return (
    <li
      ref={listItem?.ref}
      data-index={listItem?.['data-index']}
      style={listItem?.style}
      className={`session-row${clashing ? ' session-clashing' : ''}${session.status === 'cancelled' ? ' session-cancelled' : ''}${listItem ? ` ${listItem.className}` : ''}`}
      data-session-id={session.id}
      aria-posinset={position?.index}
      aria-setsize={position?.size}
    >
      {before && <div className="session-before">{before}</div>}
      <div className="session-when">
        <SessionWhen session={session} now={now} />
      </div>
      <div className="session-what">
        <Heading className="session-title">
          <a href={sessionHref(session.id)} lang={feedLang(session.language)}>
            <Highlighted text={session.title} terms={terms} />
          </a>
        </Heading>
        {session.subtitle && (
          <p className="session-subtitle" lang={feedLang(session.language)}>
            {session.subtitle}
          </p>
        )}
        {meta.length > 0 && (
          <p className="session-meta">
            {meta.map((item, index) => (
              <span key={index} className={item.className}>
                <Highlighted text={item.text} terms={terms} />
              </span>
            ))}
          </p>
        )}
        {session.persons.length > 0 && (
          <p className="session-persons">
            <Highlighted text={session.persons.map((p) => p.name).join(', ')} terms={terms} />
          </p>
        )}
        {snippet && (
          <p className="session-snippet" lang={feedLang(session.language)}>
            <Highlighted text={snippet} terms={terms} />
          </p>
        )}
        {children}
      </div>
      <div className="session-actions">
        <BookmarkButton sessionId={session.id} title={session.title} />
      </div>
    </li>
  );
}
