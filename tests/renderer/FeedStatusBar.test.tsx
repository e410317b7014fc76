import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FeedTransportError } from '../../core/ports';
import { FeedStatusBar } from '../../renderer/components/FeedStatusBar';
import { renderInApp } from './render-app';
import type { AppOptions } from './render-app';
import { useOrganisersFeed } from './support/organisers-feed';

const SECRET_FEED = 'https://programme.example.org/golocal/schedule.json?token=s3cr3t-t0ken';

const renderStatus = (options: AppOptions) =>
  renderInApp((state) => <FeedStatusBar feed={state.feed} conference={state.programme.conference} />, { now: '2024-02-05T08:00:00Z', ...options });

describe('FeedStatusBar', () => {
  it('on the built-in programme: says so, points to Settings for the real one, and offers no refresh', async () => {
    await renderStatus({});
    expect(screen.getByRole('status')).toHaveTextContent('Built-in programme');
    expect(screen.getByText(/The organisers publish the real programme as a feed; add its address in\s+Settings\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Refresh' })).not.toBeInTheDocument();
  });

  it('on the organisers’ feed: when it was updated, in the attendee’s zone, and a Refresh button', async () => {
    await renderStatus({ before: useOrganisersFeed });
    expect(screen.getByRole('status')).toHaveTextContent(/^Updated .*03:00/);
    expect(screen.getByRole('button', { name: 'Refresh' })).toBeEnabled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offline: keeps naming where the programme on screen came from, says why the refresh failed, and never shows the secret', async () => {
    const { user, ports } = await renderStatus({ before: (service, ports) => useOrganisersFeed(service, ports, SECRET_FEED) });
    ports.transport.reply(new FeedTransportError(`the server name could not be found for ${SECRET_FEED}`));
    await user.click(screen.getByRole('button', { name: 'Refresh' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^The feed is unreachable: the server name could not be found for https:\/\/programme\.example\.org\/golocal\/schedule\.json/);
    expect(alert).toHaveTextContent('The programme you had is still shown.');
    expect(screen.getByRole('status')).toHaveTextContent(/^Updated /);
    expect(document.body).not.toHaveTextContent('s3cr3t-t0ken');
  });

  it('while checking: says so and does not let Refresh be pressed twice', async () => {
    const { user, ports } = await renderStatus({ before: useOrganisersFeed });
    let answer: () => void = () => undefined;
    ports.transport.fetch = (request) => {
      ports.transport.requests.push(request);
      return new Promise((resolve) => (answer = () => resolve({ status: 'not-modified' })));
    };
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText('Checking for programme updates…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Refresh' })).toBeDisabled();
    answer();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Updated /));
    expect(screen.getByRole('button', { name: 'Refresh' })).toBeEnabled();
  });
});
