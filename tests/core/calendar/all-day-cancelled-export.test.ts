/** All-day entries are exported as all-day events (VALUE=DATE), and read back as such by ical.js. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { exportCalendar } from '../../../core/calendar/ics-export';
import { googleCalendarLink, outlookCalendarLink } from '../../../core/calendar/calendar-links';
import { descriptionOf } from '../../../core/calendar/event-text';
import { session } from './sessions';

// 5 and 6 February in Graz: midnight 5 Feb (23:00Z on the 4th) to midnight 7 Feb, exclusive.
const registration = session({ id: 'desk', title: 'Registration desk open', start: '2024-02-04T23:00:00Z', end: '2024-02-06T23:00:00Z', allDay: true });
const text = exportCalendar({
  sessions: [registration],
  calendarName: 'Go Local',
  feedUrl: null,
  exportedAt: Date.parse('2024-01-20T08:00:00Z'),
  sequences: () => 0,
  alarmMinutes: 10,
});

describe('exporting an all-day entry', () => {
  it('writes date values for the days it covers, with no zone and no reminder', () => {
    const lines = text.split('\r\n');
    expect(lines).toContain('DTSTART;VALUE=DATE:20240205');
    expect(lines).toContain('DTEND;VALUE=DATE:20240207');
    expect(text).not.toMatch(/BEGIN:VALARM/);
  });

  it('reads back with ical.js as an all-day event of two days', () => {
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent')!);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2024-02-05');
    expect(event.endDate.toString()).toBe('2024-02-07');
    expect(event.summary).toBe('Registration desk open');
  });
});

describe('exporting a session the feed cancelled', () => {
  it('writes STATUS:CANCELLED without a reminder, so an import updates the entry', () => {
    const gone = session({ id: 'gone', start: '2024-02-05T10:00:00Z', end: '2024-02-05T11:00:00Z', status: 'cancelled' });
    const exported = exportCalendar({ sessions: [gone], calendarName: 'Go Local', feedUrl: null, exportedAt: 0, sequences: () => 1, alarmMinutes: 10 });
    const event = new ICAL.Component(ICAL.parse(exported) as unknown[]).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.getAllSubcomponents('valarm')).toEqual([]);
  });
});

describe('calendar links for an all-day entry', () => {
  it('give Google the dates, end exclusive', () => {
    expect(new URL(googleCalendarLink(registration)).searchParams.get('dates')).toBe('20240205/20240207');
  });

  it('give Outlook an all-day event on those dates', () => {
    const params = new URL(outlookCalendarLink(registration)).searchParams;
    expect([params.get('allday'), params.get('startdt'), params.get('enddt')]).toEqual(['true', '2024-02-05', '2024-02-07']);
  });
});

describe('the description of an all-day entry', () => {
  it('names its days, not midnight times', () => {
    const description = descriptionOf(registration, 'America/New_York');
    expect(description).toContain('All day: Mon 5 Feb – Tue 6 Feb');
    expect(description).not.toMatch(/00:00|Your time/);
  });
});
