import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';
import { changedFeed, PANEL_1, WRAP_UP } from './support/programme';
import { useOrganisersFeed } from './support/organisers-feed';

// The organisers move the wrap-up half an hour later and rename the first panel.
const update = changedFeed((session) => {
  if (session.id === WRAP_UP.id) return { ...session, start: '2024-02-05T15:45:00+01:00', end: '2024-02-05T16:30:00+01:00' };
  if (session.id === PANEL_1.id) return { ...session, title: 'Panel 1: Plans That Deliver' };
  return session;
});

describe('ChangesView', () => {
  it('has nothing to list before an update changed something', async () => {
    await renderApp({ hash: '#/changes' });
    expect(screen.getByRole('heading', { name: 'What changed' })).toBeInTheDocument();
    expect(screen.getByText(/^No changes yet\./)).toBeInTheDocument();
  });

  it('after a refresh with a changed feed: lists each change, the attendee’s own first, with before and after', async () => {
    const { user, ports } = await renderApp({
      hash: '#/changes',
      now: '2024-02-01T09:00:00Z',
      bookmarks: [PANEL_1.id],
      before: useOrganisersFeed,
    });
    expect(screen.getByText(/^No changes yet\./)).toBeInTheDocument();

    ports.transport.reply({ status: 'ok', body: update, etag: '"v2"' });
    await user.click(screen.getByRole('button', { name: 'Refresh' }));

    const list = await screen.findByRole('list', { name: 'Changed sessions' });
    expect(screen.getByText(/changed 2 sessions\.$/)).toBeInTheDocument();
    const [first, second] = within(list).getAllByRole('listitem');
    // The renamed panel is in My schedule: it comes first.
    expect(first).toHaveTextContent('In My schedule');
    expect(first).toHaveTextContent('New title');
    expect(within(first as HTMLElement).getByRole('link', { name: 'Panel 1: Plans That Deliver' })).toHaveAttribute('href', `#/session/${PANEL_1.id}`);
    expect(first).toHaveTextContent(`Was: “${PANEL_1.title}”`);

    expect(second).toHaveTextContent('New time');
    expect(second).not.toHaveTextContent('In My schedule');
    expect(within(second as HTMLElement).getByText('Before').nextElementSibling).toHaveTextContent('15:15 to 16:00 Graz time');
    expect(within(second as HTMLElement).getByText('Now').nextElementSibling).toHaveTextContent('15:45 to 16:30 Graz time');
    // The navigation counts the changes too (jsdom drops the space before the count).
    expect(screen.getByRole('link', { name: /^What changed\s?\(2\)$/ })).toBeInTheDocument();
  });
});
