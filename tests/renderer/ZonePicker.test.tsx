import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ZonePicker } from '../../renderer/components/ZonePicker';
import { renderApp, renderInApp } from './render-app';

describe('ZonePicker', () => {
  it('says the times follow the computer, and finds zones by city or by offset', async () => {
    const onChange = vi.fn();
    const { user } = await renderInApp(() => <ZonePicker value={null} systemZone="America/New_York" onChange={onChange} />, { now: '2024-02-05T12:00:00Z' });
    expect(screen.getByText('America/New_York (automatic, from this computer)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Follow this computer/ })).not.toBeInTheDocument();

    const search = screen.getByRole('searchbox', { name: 'Find a time zone' });
    await user.type(search, 'Nairobi');
    const results = screen.getByRole('list', { name: 'Matching time zones' });
    expect(within(results).getAllByRole('button')).toHaveLength(1);
    expect(screen.getByText('1 zone matches')).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, '+05:30');
    expect(within(screen.getByRole('list', { name: 'Matching time zones' })).getByRole('button', { name: /Kolkata/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Kolkata/ }));
    expect(onChange).toHaveBeenCalledWith('Asia/Kolkata');
    expect(search).toHaveValue('');
    expect(screen.queryByRole('list', { name: 'Matching time zones' })).not.toBeInTheDocument();
  });

  it('names the chosen zone, marks it among the matches, and can go back to the computer’s zone', async () => {
    const onChange = vi.fn();
    const { user } = await renderInApp(() => <ZonePicker value="Asia/Kolkata" systemZone="America/New_York" onChange={onChange} />);
    expect(screen.getByText('Asia/Kolkata', { selector: 'strong' })).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Find a time zone' }), 'Kolkata');
    expect(screen.getByRole('button', { name: /Kolkata/ })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Follow this computer’s zone (America/New_York)' }));
    expect(onChange).toHaveBeenCalledWith(null);
  });

  it('finds zones by their name in the attendee’s language, accents optional, and shows that name', async () => {
    const { user } = await renderApp({ now: '2024-02-05T12:00:00Z', settings: { language: 'de' }, hash: '#/settings' });
    const search = screen.getByRole('searchbox', { name: 'Zeitzone suchen' });
    await user.type(search, 'indische normalzeit');
    const results = within(screen.getByRole('list', { name: 'Passende Zeitzonen' })).getAllByRole('button');
    expect(results.map((button) => button.textContent)).toContainEqual(expect.stringMatching(/^Kolkata Asia\/Kolkata UTC\+5:30 Indische Normalzeit$/));
    await user.clear(search);
    await user.type(search, 'mitteleuropaische');
    const central = within(screen.getByRole('list', { name: 'Passende Zeitzonen' })).getAllByRole('button').map((button) => button.textContent);
    expect(central).toContainEqual(expect.stringContaining('Europe/Vienna'));
    expect(central.every((text) => text.includes('Mitteleuropäische Normalzeit'))).toBe(true);
  });
});
