import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';
import { GROUP_A, OPENING } from './support/programme';

const GROUP_A_ROOM = 'https://bbb.example.org/rooms/wga-3mn-8vt-p2c/join';

describe('SessionView', () => {
  it('shows the title, the times with dates in the attendee’s zone and in Graz, the room and speakers', async () => {
    await renderApp({ hash: `#/session/${GROUP_A.id}` });
    expect(screen.getByRole('heading', { level: 2, name: GROUP_A.title })).toBeInTheDocument();
    const article = screen.getByRole('article', { name: GROUP_A.title });
    expect(
      within(article).getByText(
        'Monday, 5 February 2024, 07:20 to 09:00 your time, Eastern Standard Time; Monday, 5 February 2024, 13:20 to 15:00 Graz time, Central European Standard Time',
      ),
    ).toBeInTheDocument();
    expect(within(article).getByText('Working Group Room A', { selector: 'dd' })).toBeInTheDocument();
    expect(within(article).getByText('Times are shown in your zone (America/New_York) and in Graz (Europe/Vienna).')).toBeInTheDocument();
    expect(within(article).getByRole('link', { name: '← Back to the programme' })).toHaveAttribute('href', '#/day/2024-02-05');
  });

  it('bookmarks the session with its button, which then shows as pressed, and lists it in My schedule', async () => {
    const { user } = await renderApp({ hash: `#/session/${GROUP_A.id}`, now: '2024-02-01T12:00:00Z' });
    const bookmark = screen.getByRole('button', { name: `Bookmark “${GROUP_A.title}”` });
    expect(bookmark).toHaveAttribute('aria-pressed', 'false');
    await user.click(bookmark);
    await waitFor(() => expect(bookmark).toHaveAttribute('aria-pressed', 'true'));
    // The count's leading space is lost in jsdom's name computation ("My schedule(1)"); browsers keep it.
    const myScheduleLink = screen.getByRole('link', { name: /^My schedule\s?\(1\)$/ });
    await user.click(myScheduleLink);
    const mySessions = await screen.findByRole('list', { name: 'My sessions on Monday, 5 February 2024' });
    expect(within(mySessions).getByRole('link', { name: GROUP_A.title })).toBeInTheDocument();
  });

  it('offers Join while the room is open and opens the room', async () => {
    const { user, ports } = await renderApp({ hash: `#/session/${GROUP_A.id}`, now: '2024-02-05T13:00:00Z' });
    const join = screen.getByRole('button', { name: 'Join room' });
    expect(join).toBeEnabled();
    await user.click(join);
    await waitFor(() => expect(ports.opened).toEqual([GROUP_A_ROOM]));
  });

  it('offers no Join once the session has ended, and says so', async () => {
    await renderApp({ hash: `#/session/${GROUP_A.id}` });
    expect(screen.queryByRole('button', { name: 'Join room' })).not.toBeInTheDocument();
    expect(screen.getByText('This session has ended · Working Group Room A')).toBeInTheDocument();
  });

  it('adds the session to a calendar: an .ics file, or Google Calendar’s page for a new event', async () => {
    const { user, ports } = await renderApp({ hash: `#/session/${OPENING.id}` });
    const calendar = screen.getByRole('region', { name: 'Add to your calendar' });
    await user.click(within(calendar).getByRole('button', { name: 'Calendar file (.ics)' }));
    expect(await within(calendar).findByRole('status')).toHaveTextContent('Calendar file saved. Open it to add the session to your calendar.');
    expect(ports.saved).toHaveLength(1);
    expect(ports.saved[0]?.suggestedName).toMatch(/\.ics$/);
    expect(String(ports.saved[0]?.content)).toContain(`SUMMARY:${OPENING.title}`);

    await user.click(within(calendar).getByRole('button', { name: 'Google Calendar' }));
    await waitFor(() => expect(ports.opened).toHaveLength(1));
    const google = new URL(ports.opened[0] ?? '');
    expect(google.hostname).toBe('calendar.google.com');
    expect(google.searchParams.get('text')).toBe(OPENING.title);
  });

  it('says when a session is not in the programme', async () => {
    await renderApp({ hash: '#/session/no-such-session' });
    expect(screen.getByRole('heading', { name: 'Session not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the programme' })).toHaveAttribute('href', '#/');
  });
});
