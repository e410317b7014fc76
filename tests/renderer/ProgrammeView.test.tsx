import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';
import { GROUP_A, GROUP_B, OPENING, RECAP } from './support/programme';

const sessionTitles = (list: HTMLElement): string[] => within(list).getAllByRole('heading').map((heading) => heading.textContent ?? '');

describe('ProgrammeView', () => {
  it('lists the days with their session counts and the sessions of the day shown', async () => {
    await renderApp({ hash: '#/day/2024-02-05' });
    const days = screen.getByRole('navigation', { name: 'Days' });
    const tabs = within(days).getAllByRole('link');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Mon 5 Feb11 sessions', 'Tue 6 Feb15 sessions', 'Wed 7 Feb11 sessions', 'Thu 8 Feb10 sessions']);
    expect(within(days).getByRole('link', { current: 'page' })).toHaveTextContent('Mon 5 Feb');
    expect(screen.getByRole('heading', { name: 'Monday, 5 February 2024 (your time)' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Sessions' });
    expect(sessionTitles(list)).toHaveLength(11);
    expect(within(list).getByRole('link', { name: OPENING.title })).toHaveAttribute('href', `#/session/${OPENING.id}`);
  });

  it('switches day with the day tabs', async () => {
    const { user } = await renderApp({ hash: '#/day/2024-02-05' });
    await user.click(screen.getByRole('link', { name: /Tue 6 Feb/ }));
    expect(await screen.findByRole('heading', { name: 'Tuesday, 6 February 2024 (your time)' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Sessions' });
    expect(sessionTitles(list)).toHaveLength(15);
    expect(sessionTitles(list)[0]).toBe(RECAP.title);
    expect(within(list).queryByRole('link', { name: OPENING.title })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { current: 'page', name: /Tue 6 Feb/ })).toBeInTheDocument();
  });

  it('searches every day as the attendee types, says how many sessions match and lists exactly those', async () => {
    const { user } = await renderApp({ hash: '#/day/2024-02-05' });
    const search = screen.getByRole('searchbox', { name: 'Search the programme' });
    await user.type(search, 'w');
    expect(await screen.findByText('Keep typing: searching starts at the second letter.')).toBeInTheDocument();

    // Pasted rather than typed letter by letter: each letter would redraw the whole programme in jsdom.
    await user.paste('orking group b');
    const summary = await screen.findByText(/sessions? match(es)? “working group b”\./);
    const count = Number(/^(\d+)/.exec(summary.textContent ?? '')?.[1]);
    const results = screen.getAllByRole('list', { name: /^Matching sessions on / });
    const titles = results.flatMap(sessionTitles);
    expect(titles.length).toBe(count);
    // Working Group B meets on three days, four times; other sessions may match on fewer words.
    expect(titles.filter((title) => title === GROUP_B.title)).toHaveLength(4);
    expect(titles).not.toContain(OPENING.title);
    // Results span days, each under its own heading.
    expect(results.map((list) => list.getAttribute('aria-label'))).toContain('Matching sessions on Tuesday, 6 February 2024');

    await user.clear(search);
    await user.paste('qqxqqz');
    expect(await screen.findByText('No sessions match “qqxqqz”.')).toBeInTheDocument();
    expect(screen.queryAllByRole('list', { name: /^Matching sessions on / })).toEqual([]);
  });

  it('filters the day by room, and Clear filters brings every session back', async () => {
    const { user } = await renderApp({ hash: '#/day/2024-02-05' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Room' }), 'Working Group Room A');
    await waitFor(() => expect(sessionTitles(screen.getByRole('list', { name: 'Sessions' }))).toEqual([GROUP_A.title]));
    expect(screen.getByRole('link', { name: /Mon 5 Feb/ })).toHaveTextContent('1 session');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(sessionTitles(screen.getByRole('list', { name: 'Sessions' }))).toHaveLength(11));
    expect(screen.getByRole('combobox', { name: 'Room' })).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('shows only bookmarked sessions when asked, and says so when a day has none', async () => {
    const { user } = await renderApp({ hash: '#/day/2024-02-05', bookmarks: [GROUP_B.id] });
    await user.click(screen.getByRole('checkbox', { name: 'Bookmarked only' }));
    await waitFor(() => expect(sessionTitles(screen.getByRole('list', { name: 'Sessions' }))).toEqual([GROUP_B.title]));

    await user.click(screen.getByRole('link', { name: /Tue 6 Feb/ }));
    expect(await screen.findByText('No sessions on this day match the filters.')).toBeInTheDocument();
  });

  it('switches to the timeline and back, and remembers the choice', async () => {
    const { user, service } = await renderApp({ hash: '#/day/2024-02-05' });
    const timeline = screen.getByRole('button', { name: 'Timeline' });
    await user.click(timeline);
    expect(await screen.findByRole('region', { name: 'Timeline of Monday, 5 February 2024' })).toBeInTheDocument();
    expect(timeline).toHaveAttribute('aria-pressed', 'true');
    expect((await service.getState()).settings.layout).toBe('timeline');

    await user.click(screen.getByRole('button', { name: 'List' }));
    expect(await screen.findByRole('list', { name: 'Sessions' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Timeline of/ })).not.toBeInTheDocument();
  });

  it('marks now on a conference day and offers to jump to it', async () => {
    await renderApp({ now: '2024-02-05T12:00:00Z' });
    expect(screen.getByRole('link', { name: 'Jump to now' })).toHaveAttribute('href', '#/day/2024-02-05/now');
    const list = screen.getByRole('list', { name: 'Sessions' });
    const items = within(list).getAllByRole('listitem');
    const marker = items.findIndex((item) => item.textContent === 'Now · 07:00 EST');
    // Between the last session that ended (12:50 in Graz) and lunch, which is live.
    expect(items[marker - 1]).toHaveTextContent('Ended');
    expect(items[marker + 1]).toHaveTextContent('Live now');
  });

  it('has no Jump to now away from the conference days', async () => {
    await renderApp({ hash: '#/day/2024-02-05' });
    expect(screen.queryByRole('link', { name: 'Jump to now' })).not.toBeInTheDocument();
    expect(screen.queryByText(/^Now · /)).not.toBeInTheDocument();
  });
});
