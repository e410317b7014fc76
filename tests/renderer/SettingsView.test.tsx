import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';
import { OPENING } from './support/programme';

describe('SettingsView', () => {
  it('changes the zone the times are shown in, everywhere in the app', async () => {
    const { user } = await renderApp({ hash: '#/settings' });
    expect(screen.getByText('America/New_York (automatic, from this computer)')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Find a time zone' }), 'Tokyo');
    await user.click(within(screen.getByRole('list', { name: 'Matching time zones' })).getByRole('button', { name: /Tokyo/ }));
    expect(await screen.findByText('Asia/Tokyo', { selector: 'strong' })).toBeInTheDocument();

    window.location.hash = `#/session/${OPENING.id}`;
    // 11:30 in Graz is 19:30 in Tokyo.
    expect(await screen.findByText(/^Monday, 5 February 2024, 19:30 to 19:50 your time, Japan Standard Time;/)).toBeInTheDocument();
    expect(screen.getByText('Times are shown in your zone (Asia/Tokyo) and in Graz (Europe/Vienna).')).toBeInTheDocument();
  });

  it('applies the theme at once and keeps it', async () => {
    const { user, service } = await renderApp({ hash: '#/settings' });
    expect(document.documentElement.dataset.theme).toBeUndefined();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'Dark');
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect((await service.getState()).settings.theme).toBe('dark');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'Follow the system');
    await waitFor(() => expect(document.documentElement.dataset.theme).toBeUndefined());
  });

  it('refuses a feed address that is not https, with a clear message, and keeps the programme', async () => {
    const { user, ports, service } = await renderApp({ hash: '#/settings' });
    const address = screen.getByRole('textbox', { name: 'Feed address' });
    await user.type(address, 'http://programme.example.org/feed.json');
    await user.click(screen.getByRole('button', { name: 'Use this feed' }));
    // Said under the field, and in the feed line at the top of the app.
    const formStatus = within(address.closest('form') as HTMLFormElement).getByRole('status');
    await waitFor(() => expect(formStatus).toHaveTextContent('Feed addresses must start with https:// (plain http only works for localhost).'));
    expect(screen.getByRole('alert')).toHaveTextContent('Feed addresses must start with https://');

    // Words that are no address at all the browser itself refuses to submit (the field is type="url").
    await user.clear(address);
    await user.type(address, 'programme feed');
    expect(address).toBeInvalid();

    expect(ports.transport.requests).toEqual([]);
    expect((await service.getState()).settings.feedUrl).toBeNull();
    expect(screen.getByText('Built-in programme')).toBeInTheDocument();
  });

  it('lists the rooms the attendee allowed or denied, and revokes one', async () => {
    const { user } = await renderApp({
      hash: '#/settings',
      before: async (service) => {
        service.roomConsents.remember('bbb.example.org', 'media', true);
        service.roomConsents.remember('rooms.example.net', 'screen', false);
      },
    });
    const allowed = screen.getByRole('region', { name: 'Rooms you allowed' });
    const denied = screen.getByRole('region', { name: 'Rooms you denied' });
    expect(await within(allowed).findByText('bbb.example.org: microphone and camera')).toBeInTheDocument();
    expect(within(denied).getByText('rooms.example.net: screen sharing')).toBeInTheDocument();

    await user.click(within(allowed).getByRole('button', { name: 'Revoke microphone and camera for bbb.example.org' }));
    expect(await screen.findByText('bbb.example.org will ask again before using your microphone and camera.')).toBeInTheDocument();
    expect(within(allowed).getByText('None.')).toBeInTheDocument();
    expect(within(denied).getByText('rooms.example.net: screen sharing')).toBeInTheDocument();
  });
});
