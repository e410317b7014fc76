import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Programme } from '../../core/programme/model';
import { TimelineDay } from '../../renderer/views/TimelineDay';
import { renderInApp } from './render-app';
import { GROUP_A, GROUP_B, OPENING } from './support/programme';

/** The first day's sessions, as ProgrammeView hands them to the timeline. */
const firstDay = (programme: Programme) => programme.sessions.filter((s) => s.start.startsWith('2024-02-05'));

function renderFirstDay(options: Parameters<typeof renderInApp>[1] = {}) {
  return renderInApp((state) => <TimelineDay sessions={firstDay(state.programme)} now={Date.now()} label="Timeline of Monday" />, options);
}

describe('TimelineDay', () => {
  it('draws one column per room, each a labelled list of its sessions in time order', async () => {
    await renderFirstDay();
    const timeline = screen.getByRole('region', { name: 'Timeline of Monday' });
    const rooms = within(timeline).getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent);
    expect(rooms).toEqual(expect.arrayContaining(['Plenary Hall', 'Working Group Room A', 'Working Group Room B', 'Working Group Room C', 'Next Generation Room']));
    const plenary = within(timeline).getByRole('region', { name: 'Plenary Hall, 5 sessions' });
    const plenaryTitles = within(plenary).getAllByRole('link').map((link) => link.querySelector('.timeline-title')?.textContent);
    expect(plenaryTitles[0]).toBe(OPENING.title);
    expect(plenaryTitles.at(-1)).toBe('Wrap-up of Day 1');
    const groupB = within(timeline).getByRole('region', { name: 'Working Group Room B, 1 session' });
    expect(within(groupB).getByRole('link', { name: new RegExp(GROUP_B.title) })).toBeInTheDocument();
    expect(within(groupB).queryByRole('link', { name: new RegExp(OPENING.title) })).not.toBeInTheDocument();
  });

  it('opens a session’s page from its block', async () => {
    const { user } = await renderFirstDay();
    const block = screen.getByRole('link', { name: new RegExp(`^${GROUP_A.title}`) });
    expect(block).toHaveAccessibleName(expect.stringContaining('13:20 to 15:00 Graz time') as string);
    await user.click(block);
    await waitFor(() => expect(window.location.hash).toBe(`#/session/${GROUP_A.id}`));
  });

  it('tells screen readers which blocks are in My schedule', async () => {
    await renderFirstDay({ bookmarks: [GROUP_A.id] });
    const column = screen.getByRole('region', { name: 'Working Group Room A, 1 session' });
    expect(within(column).getByRole('listitem')).toHaveTextContent(', in My schedule');
    expect(within(screen.getByRole('region', { name: 'Working Group Room B, 1 session' })).getByRole('listitem')).not.toHaveTextContent('in My schedule');
  });
});
