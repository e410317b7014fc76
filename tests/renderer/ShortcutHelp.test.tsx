import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

const helpDialog = () => screen.queryByRole('dialog', { name: 'Keyboard shortcuts' });

describe('ShortcutHelp', () => {
  it('opens with ? and closes with ? again', async () => {
    const { user } = await renderApp();
    expect(helpDialog()).not.toBeInTheDocument();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveTextContent('Search the programme');
    expect(dialog).toHaveTextContent('Go to My schedule');
    await user.keyboard('?');
    await waitFor(() => expect(helpDialog()).not.toBeInTheDocument());
  });

  it('closes with Escape and with its Close button, and opens from the header button', async () => {
    const { user } = await renderApp();
    await user.keyboard('?');
    await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(helpDialog()).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(helpDialog()).not.toBeInTheDocument());
  });

  it('does not open while the attendee types a ? into the search box', async () => {
    const { user } = await renderApp();
    await user.type(screen.getByRole('searchbox', { name: 'Search the programme' }), '?');
    expect(helpDialog()).not.toBeInTheDocument();
  });
});
