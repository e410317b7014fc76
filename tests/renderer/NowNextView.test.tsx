import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NowNextView } from '../../renderer/views/NowNextView';
import { renderInApp } from './render-app';
import type { AppOptions } from './render-app';
import { DURING_LUNCH, GROUP_A, GROUP_C, LUNCH, OPENING } from './support/programme';

function renderNowNext(options: AppOptions) {
  return renderInApp((state) => <NowNextView programme={state.programme} now={Date.now()} />, options);
}

const titlesIn = (list: HTMLElement) => within(list).getAllByRole('heading').map((heading) => heading.textContent);

describe('NowNextView', () => {
  it('during the programme: what is live now and what starts next', async () => {
    await renderNowNext({ now: DURING_LUNCH });
    expect(titlesIn(screen.getByRole('list', { name: 'Live sessions' }))).toEqual([LUNCH.title]);
    const upcoming = screen.getByRole('list', { name: 'Upcoming sessions' });
    expect(titlesIn(upcoming)).toContain(GROUP_A.title);
    expect(titlesIn(upcoming)).not.toContain(OPENING.title);
    expect(within(upcoming).getAllByText('Starts in 20 min').length).toBeGreaterThan(0);
  });

  it('puts the attendee’s bookmarks first among what comes next', async () => {
    await renderNowNext({ now: DURING_LUNCH, bookmarks: [GROUP_C.id] });
    expect(titlesIn(screen.getByRole('list', { name: 'Upcoming sessions' }))[0]).toBe(GROUP_C.title);
  });

  it('before the programme: nothing live, and the programme has not started', async () => {
    await renderNowNext({ now: '2024-01-15T12:00:00Z' });
    expect(screen.getByText('Nothing is live at the moment.')).toBeInTheDocument();
    expect(screen.getByText('The programme has not started yet; nothing starts in the next 24 hours.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('after the programme: it is over', async () => {
    await renderNowNext({ now: '2024-03-01T12:00:00Z' });
    expect(screen.getByText('The programme is over. Thank you for taking part!')).toBeInTheDocument();
    expect(screen.getByText('Nothing else in the next 24 hours.')).toBeInTheDocument();
  });
});
