/**
 * A list of session rows. Long lists (a big conference day, a broad search)
 * are virtualized: only rows near the viewport are in the DOM, measured as they
 * render, with aria-setsize/posinset so assistive tech still hears the whole list.
 */
import { Fragment, useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { Session } from '../../core/programme/model';
import { SessionRow } from './SessionRow';
import './SessionList.css';

/** Below this many rows, plain rendering is fast and keeps find-in-page working. */
export const VIRTUALIZE_FROM = 150;

interface Props {
  sessions: Session[];
  now: number;
  label: string;
  /** Rendered before the row with the same index (the "now" marker), as a list item or inside the row. */
  insertBefore?: { index: number; render: (element: 'li' | 'div') => ReactNode };
}

export function SessionList({ sessions, now, label, insertBefore }: Props) {
  if (sessions.length < VIRTUALIZE_FROM) {
    return (
      <ul className="session-list" aria-label={label}>
        {sessions.map((session, index) => (
          <Fragment key={session.id}>
            {insertBefore?.index === index && insertBefore.render('li')}
            <SessionRow session={session} now={now} />
          </Fragment>
        ))}
        {insertBefore?.index === sessions.length && insertBefore.render('li')}
      </ul>
    );
  }
  return <VirtualSessionList sessions={sessions} now={now} label={label} insertBefore={insertBefore} />;
}

function VirtualSessionList({ sessions, now, label, insertBefore }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const [offset, setOffset] = useState(0);
  // Where the list starts on the page; content above it (notices, other day groups) may change.
  useLayoutEffect(() => {
    const top = listRef.current ? Math.round(listRef.current.getBoundingClientRect().top + window.scrollY) : 0;
    if (top !== offset) setOffset(top);
  });
  // Rows not yet rendered are estimated at the height of those rendered lately (a moving average, so it
  // follows a window resized to phone width): the list's total height, and the End key's target, then
  // hardly move as rows come into view. With a fixed guess (120 px against 75 px rows at 1280 px) the end
  // of a 3,000-row list moved by hundreds of pixels during a smooth scroll and, on a busy machine, left
  // the last session outside the rendered window.
  const rowHeight = useRef(0);
  const virtualizer = useWindowVirtualizer({
    count: sessions.length,
    estimateSize: () => rowHeight.current || 120,
    overscan: 8,
    gap: 8,
    scrollMargin: offset,
    getItemKey: (index) => sessions[index]?.id ?? index,
  });
  const measureRow = useCallback(
    (element: HTMLLIElement | null) => {
      const height = element?.getBoundingClientRect().height ?? 0;
      if (height > 0) rowHeight.current = rowHeight.current ? rowHeight.current * 0.9 + height * 0.1 : height;
      virtualizer.measureElement(element);
    },
    [virtualizer],
  );
  const items = virtualizer.getVirtualItems();
  return (
    <ul ref={listRef} className="session-list session-list-virtual" aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
      {items.map((item) => {
        const session = sessions[item.index];
        if (!session) return null;
        return (
          <SessionRow
            key={item.key}
            session={session}
            now={now}
            before={insertBefore?.index === item.index ? insertBefore.render('div') : undefined}
            position={{ index: item.index + 1, size: sessions.length }}
            listItem={{
              ref: measureRow,
              'data-index': item.index,
              className: 'virtual-row',
              style: { transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` },
            }}
          />
        );
      })}
    </ul>
  );
}
