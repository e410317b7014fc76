import { describe, expect, it } from 'vitest';
import { roomHostsFor } from '../../../core/rooms/room-hosts';
import { RoomTrust } from '../../../core/rooms/room-trust';
import { makeProgramme, makeSession } from '../support/model';

const ROOM = 'https://gl.example.org/rooms/abc-def-ghi-jkl/join';
const OTHER_ROOM = 'https://other-bbb.example.net/rooms/xyz/join';

describe('roomHostsFor: one room, not the union of all rooms', () => {
  const programme = makeProgramme([
    makeSession({ id: 'a', start: '2024-02-05T12:00:00Z', end: '2024-02-05T13:00:00Z', room: { name: 'A', url: ROOM, kind: 'bbb' } }),
    makeSession({ id: 'b', start: '2024-02-05T12:00:00Z', end: '2024-02-05T13:00:00Z', room: { name: 'B', url: OTHER_ROOM, kind: 'bbb' } }),
    makeSession({ id: 'c', start: '2024-02-05T12:00:00Z', end: '2024-02-05T13:00:00Z', room: { name: 'C', url: 'https://gl.example.org:8443/r', kind: 'bbb' } }),
  ]);
  programme.conference.roomHosts = ['node1.bbb.example.org', 'GL.example.org', 'not a host'];

  it('trusts the room link host and the hosts set in Settings, never another room host', () => {
    const hosts = roomHostsFor(ROOM, programme, ['extra.example.org']);
    expect(hosts.trustedHosts).toEqual(['gl.example.org', 'extra.example.org']);
    expect(hosts.trustedHosts).not.toContain('other-bbb.example.net');
    expect(hosts.navigationHosts).not.toContain('other-bbb.example.net');
  });

  it('keeps the feed roomHosts for navigation only, since the feed does not say which room uses them', () => {
    expect(roomHostsFor(ROOM, programme, []).navigationHosts).toEqual(['node1.bbb.example.org']);
  });

  it('keeps a room link port', () => {
    expect(roomHostsFor('https://gl.example.org:8443/r', programme, []).trustedHosts).toEqual(['gl.example.org:8443']);
  });
});

function trust(): RoomTrust {
  return new RoomTrust(ROOM, ['gl.example.org', 'extra.example.org'], ['node1.bbb.example.org', 'node2.bbb.example.org']);
}

describe('RoomTrust: hosts reached by the join redirects', () => {
  it('starts with its own trusted hosts for media, and navigation-only hosts on top for navigation', () => {
    const room = trust();
    expect(room.mediaHosts).toEqual(['gl.example.org', 'extra.example.org']);
    expect(room.navigableHosts).toEqual(['gl.example.org', 'extra.example.org', 'node1.bbb.example.org', 'node2.bbb.example.org']);
  });

  it('trusts a navigation host that a server redirect from the room host leads to, before the meeting loads', () => {
    const room = trust();
    room.navigationStarted(ROOM, true);
    expect(room.redirected('https://node1.bbb.example.org/bigbluebutton/api/join?x=1', true)).toBe(true);
    expect(room.redirected('https://node1.bbb.example.org/html5client/join?sessionToken=t', true)).toBe(false);
    expect(room.mediaHosts).toContain('node1.bbb.example.org');
    expect(room.mediaHosts).not.toContain('node2.bbb.example.org');
  });

  it('learns nothing from a redirect chain that began on another host', () => {
    const room = trust();
    room.navigationStarted('https://node2.bbb.example.org/start', true);
    expect(room.redirected('https://node1.bbb.example.org/bigbluebutton/api/join', true)).toBe(false);
    room.navigationStarted('https://extra.example.org/start', true);
    expect(room.redirected('https://node1.bbb.example.org/bigbluebutton/api/join', true)).toBe(false);
    expect(room.mediaHosts).toEqual(['gl.example.org', 'extra.example.org']);
  });

  it('learns nothing from sub-frames, plain http, hosts off the navigation list or after the meeting page loaded', () => {
    const room = trust();
    room.navigationStarted(ROOM, true);
    expect(room.redirected('https://node1.bbb.example.org/x', false)).toBe(false);
    expect(room.redirected('http://node1.bbb.example.org/x', true)).toBe(false);
    expect(room.redirected('https://evil.example.net/x', true)).toBe(false);
    expect(room.redirected('https://user:pw@node1.bbb.example.org/x', true)).toBe(false);
    room.meetingLoaded();
    room.navigationStarted(ROOM, true);
    expect(room.redirected('https://node1.bbb.example.org/x', true)).toBe(false);
    expect(room.mediaHosts).toEqual(['gl.example.org', 'extra.example.org']);
  });

  it('a sub-frame navigation does not restart the chain', () => {
    const room = trust();
    room.navigationStarted('https://node2.bbb.example.org/start', true);
    room.navigationStarted(ROOM, false);
    expect(room.redirected('https://node1.bbb.example.org/x', true)).toBe(false);
  });
});

describe('RoomTrust: a page script on the room host hands over to a node (Greenlight v3)', () => {
  it('trusts a navigation host that the room host page sends the main frame to, before the meeting loads', () => {
    const room = trust();
    expect(room.pageNavigated(ROOM, 'https://node1.bbb.example.org/bigbluebutton/api/join?x=1', true)).toBe(true);
    expect(room.mediaHosts).toContain('node1.bbb.example.org');
    expect(room.mediaHosts).not.toContain('node2.bbb.example.org');
  });

  it('learns nothing when the page is on another host, in a sub-frame, off the list or after the meeting loaded', () => {
    const room = trust();
    expect(room.pageNavigated('https://node2.bbb.example.org/x', 'https://node1.bbb.example.org/x', true)).toBe(false);
    expect(room.pageNavigated('https://extra.example.org/x', 'https://node1.bbb.example.org/x', true)).toBe(false);
    expect(room.pageNavigated('http://gl.example.org/x', 'https://node1.bbb.example.org/x', true)).toBe(false);
    expect(room.pageNavigated(ROOM, 'https://node1.bbb.example.org/x', false)).toBe(false);
    expect(room.pageNavigated(ROOM, 'https://other-bbb.example.net/x', true)).toBe(false);
    room.meetingLoaded();
    expect(room.pageNavigated(ROOM, 'https://node1.bbb.example.org/x', true)).toBe(false);
    expect(room.mediaHosts).toEqual(['gl.example.org', 'extra.example.org']);
  });
});
