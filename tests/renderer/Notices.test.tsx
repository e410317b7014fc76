import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Notices } from '../../renderer/components/Notices';
import { renderApp, renderInApp } from './render-app';
import { changedFeed, PANEL_1 } from './support/programme';
import { useOrganisersFeed } from './support/organisers-feed';

const renderNotices = (options: Parameters<typeof renderInApp>[1]) => renderInApp((state) => <Notices bookmarks={state.bookmarks} notice={state.notice} />, options);

describe('Notices', () => {
  it('shows nothing when there is nothing to tell', async () => {
    await renderNotices({ bookmarks: [PANEL_1.id] });
    expect(screen.queryByRole('region', { name: 'Notices' })).not.toBeInTheDocument();
  });

  it('tells once that a bookmarked session moved, links to it, and goes away with Got it', async () => {
    const { user, service } = await renderNotices({
      bookmarks: [PANEL_1.id],
      before: async (service, ports) => {
        await useOrganisersFeed(service, ports);
        ports.transport.reply({
          status: 'ok',
          body: changedFeed((s) => (s.id === PANEL_1.id ? { ...s, start: '2024-02-08T12:50:00+01:00', end: '2024-02-08T13:50:00+01:00' } : s)),
        });
        await service.refreshFeed();
      },
    });
    const notice = screen.getByRole('status');
    expect(within(notice).getByText(/One of your sessions changed/)).toBeInTheDocument();
    expect(within(notice).getByRole('listitem')).toHaveTextContent(`${PANEL_1.title} has a new time`);
    expect(within(notice).getByRole('link', { name: PANEL_1.title })).toHaveAttribute('href', `#/session/${PANEL_1.id}`);

    await user.click(within(notice).getByRole('button', { name: 'Got it' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Notices' })).not.toBeInTheDocument());
    // Told once: the session stays bookmarked, with nothing left unseen.
    const { bookmarks } = await service.getState();
    expect(bookmarks.map((b) => b.sessionId)).toEqual([PANEL_1.id]);
    expect(bookmarks.filter((b) => b.flag && !b.flag.seen)).toEqual([]);
  });

  it('says what was repaired in the saved data, as an alert that can be dismissed', async () => {
    const { user } = await renderNotices({
      beforeStart: (ports) => Object.assign(ports.store, { recoveredFrom: 'stores/settings.corrupt-2024-02-05.json' }),
    });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Your settings file was damaged. A copy of it was kept at stores/settings.corrupt-2024-02-05.json.');
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('says it in the attendee’s language, each repair in its own sentence', async () => {
    await renderApp({
      settings: { language: 'de' },
      beforeStart: (ports) => {
        Object.assign(ports.store, { recoveredFrom: 'stores/settings.corrupt-2024-02-05.json' });
        // Two entries no version could have written.
        ports.store.set('bookmarks', { version: 2, bookmarks: [{ sessionId: 3 }, null] });
      },
    });
    const alert = screen.getByRole('alert');
    expect([...alert.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Ihre Einstellungsdatei war beschädigt. Eine Kopie davon liegt unter stores/settings.corrupt-2024-02-05.json.',
      '2 beschädigte Favoriteneinträge wurden übersprungen; alle anderen sind erhalten.',
    ]);
    expect(within(alert).getByRole('button', { name: 'Schließen' })).toBeInTheDocument();
  });
});
