import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SessionWhen } from '../../renderer/components/SessionWhen';
import { TimeRange } from '../../renderer/components/TimeRange';
import { renderInApp } from './render-app';
import { KEYNOTE, OPENING, sessionOf } from './support/programme';

/** The spoken sentence (sr-only) and the visible lines are both asserted: each says the times its own way. */
const visible = (): string => document.querySelector('.time-visual')?.textContent ?? '';

describe('TimeRange', () => {
  it('shows the attendee’s time first and Graz time below, each with its zone', async () => {
    await renderInApp(() => <TimeRange start="2024-02-05T10:30:00Z" end="2024-02-05T10:50:00Z" />);
    expect(screen.getByText('05:30 to 05:50 your time, Eastern Standard Time; 11:30 to 11:50 Graz time, Central European Standard Time')).toBeInTheDocument();
    expect(visible()).toBe('05:30–05:50 EST your time11:30–11:50 CET Graz');
  });

  it('shows one range when the attendee is in Graz time', async () => {
    await renderInApp(() => <TimeRange start="2024-02-05T10:30:00Z" end="2024-02-05T10:50:00Z" />, { systemZone: 'Europe/Vienna' });
    expect(screen.getByText('11:30 to 11:50 your time and Graz time, Central European Standard Time')).toBeInTheDocument();
    expect(visible()).toBe('11:30–11:50 CET');
  });

  it('marks a session that falls on the next day for the attendee, and one that ends the next day', async () => {
    // In Auckland (UTC+13) the keynote, 11:50–12:20 in Graz, runs 23:50–00:20; the next input is on the next day.
    await renderInApp(
      () => (
        <>
          <TimeRange start="2024-02-05T10:50:00Z" end="2024-02-05T11:20:00Z" />
          <TimeRange start="2024-02-05T11:20:00Z" end="2024-02-05T11:35:00Z" />
        </>
      ),
      { systemZone: 'Pacific/Auckland' },
    );
    const [keynote, input] = [...document.querySelectorAll('.time-visual')].map((element) => element.textContent);
    expect(keynote).toBe('23:50–00:20 (next day) UTC+13 your time11:50–12:20 CET Graz');
    expect(input).toBe('00:20–00:35 UTC+13 your time+1 day12:20–12:35 CET Graz');
    expect(screen.getByText(/^00:20 to 00:35 your time, New Zealand Daylight Time \(\+1 day from Graz\);/)).toBeInTheDocument();
    expect(screen.getByText(/^23:50 to 00:20 the next day your time/)).toBeInTheDocument();
  });

  it('shows the dates when asked (the session page)', async () => {
    await renderInApp(() => <TimeRange start="2024-02-05T10:30:00Z" end="2024-02-05T10:50:00Z" withDate />, { systemZone: 'Pacific/Auckland' });
    expect(visible()).toBe('Monday, 5 February 2024 · 23:30–23:50 UTC+13 your timeMonday, 5 February 2024 · 11:30–11:50 CET Graz');
  });
});

describe('SessionWhen', () => {
  it('shows an all-day entry’s days, the same for everyone, with no time and no live state', async () => {
    await renderInApp(
      (state) => (
        <SessionWhen session={{ ...sessionOf(state.programme, OPENING.id), allDay: true, start: '2024-02-05T00:00:00+01:00', end: '2024-02-07T00:00:00+01:00' }} now={Date.now()} />
      ),
      { now: '2024-02-05T12:00:00Z', systemZone: 'Pacific/Auckland' },
    );
    expect(document.body).toHaveTextContent('All day · Mon 5 Feb – Tue 6 Feb');
    expect(document.body).not.toHaveTextContent(/your time|Live now/);
  });

  it('shows the session’s times and its state', async () => {
    await renderInApp((state) => <SessionWhen session={sessionOf(state.programme, KEYNOTE.id)} now={Date.now()} />, { now: '2024-02-05T11:00:00Z' });
    expect(visible()).toBe('05:50–06:20 EST your time11:50–12:20 CET Graz');
    expect(screen.getByText('Live now')).toBeInTheDocument();
  });
});
