/** Which link of an iCalendar event is its BigBlueButton room, and which are not. */
import { describe, expect, it } from 'vitest';
import { joinLinkOf, type JoinLinkFields } from '../../../core/feeds/ical-join-link';

const none: JoinLinkFields = { location: '', url: '', conference: '', googleConference: '', description: '' };
const ROOM = 'https://bbb.example.org/rooms/abc-def-ghi-jkl/join';
const OTHER_ROOM = 'https://bbb.example.org/b/xyz-123';

describe('joinLinkOf', () => {
  it('takes LOCATION, URL, CONFERENCE, X-GOOGLE-CONFERENCE, DESCRIPTION in that order', () => {
    const all = { location: ROOM, url: OTHER_ROOM, conference: OTHER_ROOM, googleConference: OTHER_ROOM, description: OTHER_ROOM };
    expect(joinLinkOf(all).link).toEqual({ url: ROOM, fromLocation: true });
    expect(joinLinkOf({ ...all, location: 'Hall A' }).link).toEqual({ url: OTHER_ROOM, fromLocation: false });
    expect(joinLinkOf({ ...none, googleConference: OTHER_ROOM, description: `Room: ${ROOM}` }).link?.url).toBe(OTHER_ROOM);
  });

  it('takes from URL, X-GOOGLE-CONFERENCE and text only a room path, not event pages or other meetings', () => {
    const fields = { ...none, url: 'https://cfp.example.org/talk/ABC/', googleConference: 'https://meet.google.com/abc-defg-hij', description: 'See https://example.org/info.' };
    expect(joinLinkOf(fields).link).toBeNull();
    // CONFERENCE names the meeting itself: any front end counts there.
    expect(joinLinkOf({ ...fields, conference: 'https://rooms.example.org/plenary' }).link?.url).toBe('https://rooms.example.org/plenary');
  });

  it('skips, and reports without its secret, a personal join link in the text', () => {
    const personal = 'https://bbb.example.org/bigbluebutton/api/join?meetingID=x&checksum=SECRET';
    const { link, refused } = joinLinkOf({ ...none, description: `Moderators: ${personal}\nEveryone: ${ROOM}.` });
    expect(link?.url).toBe(ROOM);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toContain('DESCRIPTION https://bbb.example.org/bigbluebutton/api/join');
    expect(refused.join(' ')).not.toContain('SECRET');
  });

  it('looks at a bounded number of links in a long description', () => {
    const description = Array.from({ length: 5000 }, (_unused, i) => `https://bbb.example.org/b/room-${i}-x`).join(' ');
    expect(joinLinkOf({ ...none, description }).link?.url).toBe('https://bbb.example.org/b/room-0-x');
    const refusedOnly = Array.from({ length: 5000 }, () => 'https://bbb.example.org/b/x?token=1').join(' ');
    expect(joinLinkOf({ ...none, description: refusedOnly }).refused.length).toBeLessThanOrEqual(50);
  });
});
