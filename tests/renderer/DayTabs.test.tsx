import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DayTabs } from '../../renderer/components/DayTabs';
import { renderInApp } from './render-app';

const DAYS = [
  { date: '2024-02-05', count: 11 },
  { date: '2024-02-06', count: 1 },
  { date: '2024-02-07', count: 0 },
];

describe('DayTabs', () => {
  it('is a navigation of day links with their session counts, the current day marked', async () => {
    await renderInApp(() => <DayTabs days={DAYS} current="2024-02-06" />);
    const nav = screen.getByRole('navigation', { name: 'Days' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Mon 5 Feb11 sessions', 'Tue 6 Feb1 session', 'Wed 7 Feb0 sessions']);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#/day/2024-02-05', '#/day/2024-02-06', '#/day/2024-02-07']);
    expect(within(nav).getByRole('link', { current: 'page' })).toBe(links[1]);
    expect(links.filter((link) => link.hasAttribute('aria-current'))).toHaveLength(1);
  });

  it('goes to the day’s own address when a tab is chosen', async () => {
    const { user } = await renderInApp(() => <DayTabs days={DAYS} current="2024-02-05" />);
    await user.click(screen.getByRole('link', { name: /Wed 7 Feb/ }));
    await waitFor(() => expect(window.location.hash).toBe('#/day/2024-02-07'));
  });
});
