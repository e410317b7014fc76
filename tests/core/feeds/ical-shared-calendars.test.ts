/**
 * Calendars as Google, Outlook and Nextcloud export them (fixtures/, written
 * after those exports' shapes): repeating events with moved, excluded and
 * cancelled instances, Windows zone names, all-day entries, join links in the
 * places those tools put them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../core/feeds';
import type { Session } from '../../../core/programme/model';

const options = { defaultTimeZone: 'Europe/Vienna' };
const fixture = (name: string): string => readFileSync(resolve(import.meta.dirname, 'fixtures', name), 'utf8');
const get = (sessions: Session[], id: string): Session => {
  const found = sessions.find((s) => s.id === id);
  if (!found) throw new Error(`no session ${id} among ${sessions.map((s) => s.id).join(', ')}`);
  return found;
};

const CLINIC = '4c1k0ebgq3p7l8a9b2c3d4e5f6@google.com';
const CLINIC_ROOM = 'https://bbb.golocal.example.org/rooms/cli-nic-roo-mab/join';

describe('a Google Calendar export', () => {
  const text = fixture('google-shared-calendar.ics');
  const { programme, warnings } = parseFeed(text, options);
  const clinic = programme.sessions.filter((s) => s.id.startsWith(CLINIC));

  it('lists every instance of a weekly series, one id per original start, without the EXDATE', () => {
    expect(warnings).toEqual([]);
    expect(clinic.map((s) => [s.id, s.start, s.end])).toEqual([
      [`${CLINIC}#20260302T160000Z`, '2026-03-02T16:00:00Z', '2026-03-02T17:30:00Z'],
      [`${CLINIC}#20260309T160000Z`, '2026-03-09T16:00:00Z', '2026-03-09T17:30:00Z'],
      // Moved from Monday 23 March to Tuesday 18:00 (RECURRENCE-ID keeps the id).
      [`${CLINIC}#20260323T160000Z`, '2026-03-24T17:00:00Z', '2026-03-24T18:30:00Z'],
      // After the clocks changed on 29 March: 17:00 is now 15:00 UTC. UNTIL (15:59:59Z) includes 6 April.
      [`${CLINIC}#20260330T150000Z`, '2026-03-30T15:00:00Z', '2026-03-30T16:30:00Z'],
      [`${CLINIC}#20260406T150000Z`, '2026-04-06T15:00:00Z', '2026-04-06T16:30:00Z'],
    ]);
  });

  it('takes the moved instance text from its override and the room from its series', () => {
    const moved = get(programme.sessions, `${CLINIC}#20260323T160000Z`);
    expect(moved).toMatchObject({ title: 'Human rights clinic (Tuesday)', abstract: 'Moved to Tuesday this week.' });
    expect(moved.room.url).toBe(CLINIC_ROOM);
    expect(get(programme.sessions, `${CLINIC}#20260302T160000Z`).room).toMatchObject({ url: CLINIC_ROOM, kind: 'bbb' });
  });

  it('keeps a STATUS:CANCELLED instance, marked cancelled; the others are not', () => {
    expect(get(programme.sessions, `${CLINIC}#20260330T150000Z`).status).toBe('cancelled');
    expect(clinic.filter((s) => s.status === 'cancelled')).toHaveLength(1);
  });

  it('reads a multi-day all-day entry as all-day, from midnight to midnight in the event zone', () => {
    expect(get(programme.sessions, '7h2m9regopen0000000000000@google.com')).toMatchObject({
      allDay: true,
      start: '2026-03-01T23:00:00Z',
      end: '2026-03-03T23:00:00Z',
    });
    expect(clinic.every((s) => s.allDay === undefined)).toBe(true);
  });

  it('takes the BigBlueButton link from the description, not the Google Meet link', () => {
    expect(get(programme.sessions, '1o2p3e4n5i6n7g8000000000@google.com').room).toMatchObject({
      name: 'Online',
      url: 'https://bbb.golocal.example.org/rooms/ope-nin-gro-omx/join',
      kind: 'bbb',
    });
  });

  it('keeps every id when the series is edited and refreshed', () => {
    const edited = text
      .replace('SUMMARY:Human rights clinic\r\n', 'SUMMARY:Human rights clinic (new title)\r\n')
      .replace('DTSTART;TZID=Europe/Vienna:20260324T180000', 'DTSTART;TZID=Europe/Vienna:20260325T180000')
      .replace('DTEND;TZID=Europe/Vienna:20260324T193000', 'DTEND;TZID=Europe/Vienna:20260325T193000')
      .replace('EXDATE;TZID=Europe/Vienna:20260316T170000', 'EXDATE;TZID=Europe/Vienna:20260316T170000,20260309T170000');
    const again = parseFeed(edited, options).programme.sessions.filter((s) => s.id.startsWith(CLINIC));
    expect(again.map((s) => s.id)).toEqual(clinic.map((s) => s.id).filter((id) => !id.endsWith('#20260309T160000Z')));
    expect(get(again, `${CLINIC}#20260302T160000Z`).title).toBe('Human rights clinic (new title)');
    expect(get(again, `${CLINIC}#20260323T160000Z`).start).toBe('2026-03-25T17:00:00Z');
  });
});

describe('an Outlook export', () => {
  const { programme, warnings } = parseFeed(fixture('outlook-export.ics'), options);
  const uid = (marker: string): string => {
    const found = programme.sessions.find((s) => s.id.includes(marker));
    if (!found) throw new Error(`no session with ${marker}`);
    return found.id.split('#')[0] as string;
  };

  it('maps Windows zone names to IANA zones and follows RFC 5545 in the spring gap', () => {
    expect(warnings).toEqual([]);
    expect(programme.conference.timeZone).toBe('Europe/Berlin');
    // 02:30 on 29 March 2026 does not exist in Central Europe: read with the offset before the gap.
    const panel = programme.sessions.find((s) => s.title === 'Panel: Cities of rights');
    expect(panel).toMatchObject({ start: '2026-03-29T01:30:00Z', end: '2026-03-29T02:00:00Z' });
    expect(panel?.room).toMatchObject({ name: 'Online', url: 'https://bbb.golocal.example.org/rooms/pan-elc-iti-esx/join' });
  });

  it('repeats a daily series in Pacific time across the US clock change', () => {
    const series = uid('DAILY');
    const checkIns = programme.sessions.filter((s) => s.id.startsWith(`${series}#`));
    expect(checkIns.map((s) => [s.id.split('#')[1], s.start])).toEqual([
      ['20260307T160000Z', '2026-03-07T16:00:00Z'],
      ['20260308T150000Z', '2026-03-08T15:00:00Z'],
      ['20260309T150000Z', '2026-03-09T15:00:00Z'],
    ]);
    expect(checkIns[0]?.room.url).toBe('https://bbb.golocal.example.org/rooms/spe-ake-rch-eck/join');
  });

  it('reads an all-day entry (X-MICROSOFT-CDO-ALLDAYEVENT) in the calendar zone', () => {
    expect(programme.sessions.find((s) => s.title === 'Conference day: Graz')).toMatchObject({
      allDay: true,
      start: '2026-03-04T23:00:00Z',
      end: '2026-03-05T23:00:00Z',
    });
  });
});

describe('a Nextcloud export', () => {
  const { programme, warnings } = parseFeed(fixture('nextcloud-export.ics'), options);

  it('reads the join link from the description and keeps a cancelled event, marked', () => {
    expect(warnings).toEqual([]);
    expect(programme.conference).toMatchObject({ title: 'Go Local Workshops', timeZone: 'Europe/Vienna' });
    expect(get(programme.sessions, '5d6c2c4e-1f0a-4b7e-9d3c-2a1b0c9d8e7f')).toMatchObject({
      start: '2026-03-04T13:00:00Z',
      end: '2026-03-04T14:30:00Z',
      room: { name: 'Online', url: 'https://bbb.golocal.example.org/b/wor-ksh-op1', kind: 'bbb' },
    });
    const cancelled = get(programme.sessions, '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b');
    expect(cancelled).toMatchObject({ status: 'cancelled', title: 'Workshop: strategic litigation' });
  });
});
