import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CompanionState } from '../../core/api';
import { SessionRow } from '../../renderer/components/SessionRow';
import { renderInApp } from './render-app';
import { DURING_LUNCH, GROUP_A, LUNCH, OPENING, sessionOf } from './support/programme';

const rowFor = (id: string, change: (s: ReturnType<typeof sessionOf>) => ReturnType<typeof sessionOf> = (s) => s) =>
  function Row(state: CompanionState) {
    return (
      <ul aria-label="Sessions">
        <SessionRow session={change(sessionOf(state.programme, id))} now={Date.now()} />
      </ul>
    );
  };

describe('SessionRow', () => {
  it('shows the title as a link to the session, its times, room, track, format and speakers, and its bookmark toggle', async () => {
    await renderInApp(rowFor(GROUP_A.id));
    const row = screen.getByRole('listitem');
    expect(within(row).getByRole('heading', { level: 3, name: GROUP_A.title })).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: GROUP_A.title })).toHaveAttribute('href', `#/session/${GROUP_A.id}`);
    expect(row).toHaveTextContent('07:20 to 09:00 your time, Eastern Standard Time; 13:20 to 15:00 Graz time');
    expect(row).toHaveTextContent('Working Group Room A');
    expect(row).toHaveTextContent('Action Plans');
    expect(row).toHaveTextContent('Working group');
    expect(row).toHaveTextContent('Lars Edvik Holmstrand, Zanele Mbhokodo');
    expect(within(row).getByRole('button', { name: `Bookmark “${GROUP_A.title}”` })).toHaveAttribute('aria-pressed', 'false');
  });

  it('says whether a session is live, starts soon or has ended', async () => {
    await renderInApp(
      (state) => (
        <ul aria-label="Sessions">
          {[OPENING.id, LUNCH.id, GROUP_A.id].map((id) => (
            <SessionRow key={id} session={sessionOf(state.programme, id)} now={Date.now()} />
          ))}
        </ul>
      ),
      { now: DURING_LUNCH },
    );
    const [opening, lunch, group] = screen.getAllByRole('listitem');
    expect(within(opening as HTMLElement).getByText('Ended')).toBeInTheDocument();
    expect(within(lunch as HTMLElement).getByText('Live now')).toBeInTheDocument();
    expect(within(group as HTMLElement).getByText('Starts in 20 min')).toBeInTheDocument();
  });

  it('marks a cancelled session as cancelled instead of its live state', async () => {
    await renderInApp(rowFor(LUNCH.id, (s) => ({ ...s, status: 'cancelled' })), { now: DURING_LUNCH });
    const row = screen.getByRole('listitem');
    expect(within(row).getByText('Cancelled')).toBeInTheDocument();
    expect(within(row).queryByText('Live now')).not.toBeInTheDocument();
  });
});
