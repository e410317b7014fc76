import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../core/feeds';
import { buildListing, formatListingTable } from '../../../core/feeds/listing';

const FEED = JSON.stringify({
  schedule: {
    conference: {
      title: 'Go Local',
      time_zone_name: 'Europe/Vienna',
      rooms: [{ name: 'Room A', type: 'bbb', url: 'https://bbb.example.org/rooms/abc-def-ghi-jkl/join' }],
    },
    events: [
      { guid: 'late', start: '2024-02-05T23:30:00+01:00', end: '2024-02-06T00:30:00+01:00', room: 'Room A', title: 'Late', track: 'T', type: 'talk', persons: [{ name: 'Ada' }] },
      { guid: 'early', start: '2024-02-05T00:30:00+01:00', duration: '00:30', room: 'Room B', title: 'Early' },
    ],
  },
});

describe('buildListing', () => {
  const result = parseFeed(FEED, { defaultTimeZone: 'Europe/Vienna' });

  it('gives instants, event wall times and local wall times with the day offset', () => {
    const listing = buildListing(result, 'America/New_York');
    expect(listing.conference).toEqual({ title: 'Go Local', timeZone: 'Europe/Vienna' });
    expect(listing.warnings).toEqual([]);
    expect(listing.sessions).toEqual([
      {
        id: 'early',
        title: 'Early',
        start: '2024-02-04T23:30:00Z',
        end: '2024-02-05T00:00:00Z',
        room: 'Room B',
        roomUrl: null,
        track: '',
        type: '',
        persons: [],
        event: { date: '2024-02-05', start: '00:30', end: '01:00' },
        local: { zone: 'America/New_York', date: '2024-02-04', start: '18:30', end: '19:00', dayOffset: -1 },
      },
      {
        id: 'late',
        title: 'Late',
        start: '2024-02-05T22:30:00Z',
        end: '2024-02-05T23:30:00Z',
        room: 'Room A',
        roomUrl: 'https://bbb.example.org/rooms/abc-def-ghi-jkl/join',
        track: 'T',
        type: 'talk',
        persons: ['Ada'],
        event: { date: '2024-02-05', start: '23:30', end: '00:30' },
        local: { zone: 'America/New_York', date: '2024-02-05', start: '17:30', end: '18:30', dayOffset: 0 },
      },
    ]);
  });

  it('marks the next day for zones east of the event', () => {
    const listing = buildListing(result, 'Pacific/Chatham');
    expect(listing.sessions.map((s) => [s.local.date, s.local.start, s.local.dayOffset])).toEqual([
      ['2024-02-05', '13:15', 0],
      ['2024-02-06', '12:15', 1],
    ]);
  });

  it('prints a readable table with day markers', () => {
    const table = formatListingTable(buildListing(result, 'Pacific/Chatham'));
    expect(table).toMatch(/^Go Local: 2 sessions, event zone Europe\/Vienna, local zone Pacific\/Chatham/);
    expect(table).toContain('2024-02-05  23:30-00:30  12:15-13:15 +1d');
  });
});

describe('buildListing for all-day entries and cancelled sessions', () => {
  const ics = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'X-WR-TIMEZONE:Europe/Vienna',
    'BEGIN:VEVENT', 'UID:desk', 'SUMMARY:Registration', 'DTSTART;VALUE=DATE:20240205', 'DTEND;VALUE=DATE:20240207', 'END:VEVENT',
    'BEGIN:VEVENT', 'UID:gone', 'SUMMARY:Gone', 'STATUS:CANCELLED', 'DTSTART:20240205T100000Z', 'DTEND:20240205T110000Z', 'END:VEVENT',
    'BEGIN:VEVENT', 'UID:talk', 'SUMMARY:Talk', 'DTSTART:20240205T120000Z', 'DTEND:20240205T130000Z', 'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  const listing = buildListing(parseFeed(ics, { defaultTimeZone: 'Europe/Vienna' }), 'America/New_York');

  it('marks them in the JSON, and nothing else', () => {
    expect(listing.sessions.map((s) => [s.id, s.allDay, s.status])).toEqual([
      ['desk', true, undefined],
      ['gone', undefined, 'cancelled'],
      ['talk', undefined, undefined],
    ]);
    // The event dates of an all-day entry: from its first day to its last (not the exclusive end).
    expect(listing.sessions[0]?.event).toEqual({ date: '2024-02-05', start: '', end: '', lastDate: '2024-02-06' });
  });

  it('says "all day" and "cancelled" in the table', () => {
    const table = formatListingTable(listing);
    expect(table).toMatch(/2024-02-05  all day      all day .* Registration \(to 2024-02-06\)/);
    expect(table).toMatch(/Gone \(cancelled\)$/m);
  });
});
