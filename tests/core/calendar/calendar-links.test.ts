import { describe, expect, it } from 'vitest';
import { googleCalendarLink, MAX_LINK_LENGTH, outlookCalendarLink, truncate } from '../../../core/calendar/calendar-links';
import { hostile, newYork, opening, session } from './sessions';

const params = (link: string): Record<string, string> => Object.fromEntries(new URL(link).searchParams);

describe('Google Calendar link', () => {
  it('carries the title, UTC dates, details, location and the event zone', () => {
    const link = googleCalendarLink(opening, 'Asia/Kolkata');
    expect(link).toMatch(/^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&text=Opening%20of%20the%20Academy&dates=20240205T103000Z\/20240205T110000Z&details=/);
    expect(params(link)).toMatchObject({
      action: 'TEMPLATE',
      text: 'Opening of the Academy',
      dates: '20240205T103000Z/20240205T110000Z',
      location: 'Plenary Hall — https://bbb.example.org/rooms/plh-7kq-2xm-r4d/join',
      ctz: 'Europe/Vienna',
    });
    expect(params(link).details).toContain('Join: https://bbb.example.org/rooms/plh-7kq-2xm-r4d/join\nGraz: Mon 5 Feb 2024, 11:30–12:00 CET\nYour time (Kolkata)');
    expect(params(googleCalendarLink(newYork)).ctz).toBe('America/New_York');
  });

  it('encodes hostile text as data', () => {
    const p = params(googleCalendarLink(hostile));
    expect(p.text).toBe('Cities, rights; and \\ back-slashes END:VEVENT BEGIN:VEVENT');
    expect(Object.keys(p)).toEqual(['action', 'text', 'dates', 'details', 'location', 'ctz']);
  });
});

describe('Outlook link', () => {
  it('uses the compose deep link with ISO UTC times, on outlook.live.com by default', () => {
    const link = outlookCalendarLink(opening);
    expect(link.startsWith('https://outlook.live.com/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose&rru=addevent&')).toBe(true);
    expect(params(link)).toMatchObject({ subject: 'Opening of the Academy', startdt: '2024-02-05T10:30:00Z', enddt: '2024-02-05T11:00:00Z', location: 'Plenary Hall — https://bbb.example.org/rooms/plh-7kq-2xm-r4d/join' });
    expect(params(link).body).toContain('Speakers: Ada Lovelace, Grace Hopper');
    // Spaces as %20: Outlook shows a + literally.
    expect(link).not.toContain('+');
  });

  it('offers the Microsoft 365 (work or school) variant', () => {
    expect(outlookCalendarLink(opening, 'office365').startsWith('https://outlook.office.com/calendar/0/deeplink/compose?')).toBe(true);
  });
});

describe('link length', () => {
  const long = session({
    id: 'long',
    title: `Long ${'title '.repeat(20)}`,
    abstract: 'Ünïcödé 🌍 text, with punctuation; '.repeat(400),
    start: '2024-02-05T10:30:00Z',
    end: '2024-02-05T11:00:00Z',
  });

  it.each([
    ['Google', (s: typeof long) => googleCalendarLink(s, 'America/New_York')],
    ['Outlook', (s: typeof long) => outlookCalendarLink(s, 'live', 'America/New_York')],
    ['Microsoft 365', (s: typeof long) => outlookCalendarLink(s, 'office365')],
  ])('%s: stays within the limit by shortening the details, never splitting a character', (_name, build) => {
    const link = build(long);
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(link.length).toBeGreaterThan(MAX_LINK_LENGTH - 60);
    const p = params(link);
    const details = p.details ?? p.body ?? '';
    expect(details.endsWith('…')).toBe(true);
    expect(details).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])/u);
    expect(p.text ?? p.subject).toBe(long.title.trim());
    // Even an absurd title leaves a working link.
    expect(build({ ...long, title: 'x'.repeat(5000) }).length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
  });

  it('truncate counts code points and marks the cut', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('🌍🌍🌍🌍', 3)).toBe('🌍🌍…');
    expect(truncate('abc', 0)).toBe('');
  });
});
