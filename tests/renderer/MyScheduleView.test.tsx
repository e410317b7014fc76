import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MyScheduleView } from '../../renderer/views/MyScheduleView';
import { renderInApp } from './render-app';
import type { AppOptions } from './render-app';
import { GROUP_A, GROUP_B, INDICATORS, KEYNOTE, WRAP_UP } from './support/programme';

/** A week before the programme, so no bookmarked session is hidden as past. */
const BEFORE = '2024-01-29T12:00:00Z';

function renderMySchedule(options: AppOptions) {
  return renderInApp(
    (state) => <MyScheduleView programme={state.programme} bookmarks={state.bookmarks} groupingZone={state.systemZone} now={Date.now()} />,
    options,
  );
}

const mondayList = () => screen.getByRole('list', { name: 'My sessions on Monday, 5 February 2024' });
const rowOf = (title: string): HTMLElement => {
  const row = within(mondayList()).getByRole('heading', { name: title }).closest('li');
  if (!row) throw new Error(`no row for ${title}`);
  return row;
};

describe('MyScheduleView', () => {
  it('explains how to add sessions while it is empty', async () => {
    await renderMySchedule({});
    expect(screen.getByRole('heading', { name: 'My schedule' })).toBeInTheDocument();
    expect(screen.getByText('Nothing here yet. Press the star next to a session in the programme to add it to your schedule.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse the programme' })).toHaveAttribute('href', '#/');
  });

  it('lists a bookmarked session under its day, with the free time before the next one', async () => {
    await renderMySchedule({ now: BEFORE, bookmarks: [KEYNOTE.id, INDICATORS.id] });
    expect(within(mondayList()).getAllByRole('heading').map((h) => h.textContent)).toEqual([KEYNOTE.title, INDICATORS.title]);
    // The keynote ends at 12:20 in Graz, the indicators input starts at 12:35.
    expect(rowOf(INDICATORS.title)).toHaveTextContent('15 min free');
    expect(screen.queryByText(/Clash:/)).not.toBeInTheDocument();
  });

  it('marks a clash on both sessions, each naming the other', async () => {
    await renderMySchedule({ now: BEFORE, bookmarks: [GROUP_A.id, GROUP_B.id, WRAP_UP.id] });
    const clashA = within(rowOf(GROUP_A.title)).getByText('Clash:').closest('p');
    const clashB = within(rowOf(GROUP_B.title)).getByText('Clash:').closest('p');
    expect(clashA).toHaveTextContent(`Clash: overlaps ${GROUP_B.title}`);
    expect(within(clashA as HTMLElement).getByRole('link', { name: GROUP_B.title })).toHaveAttribute('href', `#/session/${GROUP_B.id}`);
    expect(clashB).toHaveTextContent(`Clash: overlaps ${GROUP_A.title}`);
    expect(within(rowOf(WRAP_UP.title)).queryByText('Clash:')).not.toBeInTheDocument();
  });

  it('hides sessions that are over, says how many, and shows them again on request', async () => {
    const { user } = await renderMySchedule({ bookmarks: [WRAP_UP.id] });
    expect(screen.getByText('1 past session is hidden.')).toBeInTheDocument();
    expect(screen.getByText('All your sessions are over. Untick “Hide past sessions” to see them.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Hide past sessions' }));
    expect(within(mondayList()).getByRole('link', { name: WRAP_UP.title })).toBeInTheDocument();
  });
});
