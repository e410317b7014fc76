/**
 * Times and dates follow the attendee's conventions across the app: the UI
 * language with the region of the system's languages, and the clock chosen in
 * Settings. The whole app is rendered, as the attendee sees it.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

/** A morning of the 2024 Academy, so the sessions shown are the first day's. */
const DURING = '2024-02-05T07:00:00Z';

const dayTabs = (): string[] => [...document.querySelectorAll('.day-tab-label')].map((label) => label.textContent);

const firstClock = (): string => document.querySelector('.time-display .time-clock')?.textContent ?? '';

describe('time conventions in the app', () => {
  it('shows 12-hour times and US date order on a US English system', async () => {
    await renderApp({ now: DURING, systemLanguages: ['en-US'], systemZone: 'Europe/Vienna' });
    expect(dayTabs()[0]).toBe('Mon, Feb 5');
    expect(firstClock()).toMatch(/^\d{1,2}:\d{2} [AP]M–\d{1,2}:\d{2} [AP]M$/);
  });

  it('shows 24-hour times and British date order on a British English system', async () => {
    await renderApp({ now: DURING, systemLanguages: ['en-GB'], systemZone: 'Europe/Vienna' });
    expect(dayTabs()[0]).toBe('Mon 5 Feb');
    expect(firstClock()).toMatch(/^\d{2}:\d{2}–\d{2}:\d{2}$/);
  });

  it('writes days, zones and the spoken sentences in German for a German UI', async () => {
    await renderApp({ now: DURING, systemLanguages: ['en-US', 'de-AT'], settings: { language: 'de' } });
    expect(dayTabs()[0]).toBe('Mo., 5. Feb.');
    expect(screen.getByRole('heading', { name: /^Montag, 5\. Februar 2024/ })).toBeInTheDocument();
    // de-AT's 24-hour clock, though the first system language is US English.
    expect(firstClock()).toMatch(/^\d{2}:\d{2}–\d{2}:\d{2}$/);
    const spoken = document.querySelector('.time-range .sr-only')?.textContent ?? '';
    expect(spoken).toContain('Mitteleuropäische Normalzeit');
    expect(spoken).toContain('Nordamerikanische Ostküsten-Normalzeit');
  });

  it('forces the clock chosen in Settings, and every time follows at once', async () => {
    const { user } = await renderApp({ now: DURING, systemLanguages: ['en-GB'], systemZone: 'Europe/Vienna', hash: '#/settings' });
    const clock = screen.getByRole('combobox', { name: 'Clock' });
    expect(within(clock).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'As usual for my language and region (14:15)',
      '12-hour (2:15 pm)',
      '24-hour (14:15)',
    ]);
    await user.selectOptions(clock, '12-hour (2:15 pm)');
    window.location.hash = '#/';
    await waitFor(() => expect(firstClock()).toMatch(/^\d{1,2}:\d{2} [ap]m–\d{1,2}:\d{2} [ap]m$/));
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Clock' }), '24-hour (14:15)');
    window.location.hash = '#/';
    await waitFor(() => expect(firstClock()).toMatch(/^\d{2}:\d{2}–\d{2}:\d{2}$/));
  });
});
