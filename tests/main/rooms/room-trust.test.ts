/** Each room window trusts its own hosts only: never another room's, and feed roomHosts only once the join's redirects tie them to it. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openRoomWindow } from '../../../main/rooms/room-window';
import type { RoomRegistry } from '../../../main/rooms/room-registry';
import { FakeBaseWindow, FakeFrame, session } from '../fake-electron';
import type { FakeWebContents } from '../fake-electron';
import { ROOM, click, consentShown, consentingRooms, lastRoom, navigation, settle } from './room-helpers';


const OTHER_ROOM = { ...ROOM, url: 'https://other-bbb.example.net/rooms/xyz/join', title: 'Other room', trustedHosts: ['other-bbb.example.net'], navigationHosts: [] };
let rooms: RoomRegistry;

beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  rooms = consentingRooms();
  rooms.consents.remember('other-bbb.example.net', 'media', true);
  rooms.consents.remember('node2.bbb.example.org', 'media', true);
});

afterEach(() => {
  for (const window of FakeBaseWindow.created) window.close();
  vi.restoreAllMocks();
});

function requestMedia(contents: FakeWebContents, url: string): ReturnType<typeof vi.fn> {
  const callback = vi.fn();
  session.partitions.get('persist:rooms')!.permissionRequestHandler!(contents, 'media', callback, { requestingUrl: url, mediaTypes: ['audio'] });
  return callback;
}

const checkMedia = (contents: FakeWebContents, origin: string): boolean =>
  session.partitions.get('persist:rooms')!.permissionCheckHandler!(contents, 'media', origin, { mediaType: 'audio', isMainFrame: true });

describe('per-room trust', () => {
  it('a room page can neither load nor use devices on another open room’s host', async () => {
    openRoomWindow(OTHER_ROOM, rooms);
    const other = lastRoom().room.webContents;
    openRoomWindow(ROOM, rooms);
    const room = lastRoom().room.webContents;

    const toOther = navigation('https://other-bbb.example.net/rooms/xyz/join', false);
    room.emit('will-frame-navigate', toOther);
    expect(toOther.defaultPrevented).toBe(true);
    const redirect = navigation('https://other-bbb.example.net/rooms/xyz/join');
    room.emit('will-redirect', redirect);
    expect(redirect.defaultPrevented).toBe(true);

    const refused = requestMedia(room, 'https://other-bbb.example.net/rooms/xyz/join');
    await settle();
    expect(refused).toHaveBeenCalledWith(false);
    expect(checkMedia(room, 'https://other-bbb.example.net')).toBe(false);
    // Its own window still may.
    const granted = requestMedia(other, 'https://other-bbb.example.net/rooms/xyz/join');
    await settle();
    expect(granted).toHaveBeenCalledWith(true);
  });

  it('lets a feed roomHost load but not use devices until the join redirects there from the room’s own host', async () => {
    openRoomWindow(ROOM, rooms);
    const room = lastRoom().room.webContents;
    // A page on a Settings host (not the room's own) sending the frame to the node ties nothing.
    room.mainFrame.url = 'https://extra.example.org/lobby';
    const toNode = navigation('https://node2.bbb.example.org/b/landing');
    click(room);
    room.emit('will-frame-navigate', toNode);
    expect(toNode.defaultPrevented).toBe(false);
    const before = requestMedia(room, 'https://node2.bbb.example.org/html5client/join');
    await settle();
    expect(before).toHaveBeenCalledWith(false);
    expect(checkMedia(room, 'https://node2.bbb.example.org')).toBe(false);

    room.emit('did-start-navigation', { url: ROOM.url, isMainFrame: true, isSameDocument: false });
    const hop = navigation('https://node2.bbb.example.org/bigbluebutton/api/join?meetingID=x');
    room.emit('will-redirect', hop);
    expect(hop.defaultPrevented).toBe(false);
    const after = requestMedia(room, 'https://node2.bbb.example.org/html5client/join');
    await settle();
    expect(after).toHaveBeenCalledWith(true);
  });

  it('ties nothing to the room from a chain that started on another host, or from a sub-frame', async () => {
    openRoomWindow(ROOM, rooms);
    const room = lastRoom().room.webContents;
    room.emit('did-start-navigation', { url: 'https://node1.bbb.example.org/x', isMainFrame: true, isSameDocument: false });
    room.emit('will-redirect', navigation('https://node2.bbb.example.org/bigbluebutton/api/join'));
    room.emit('did-start-navigation', { url: ROOM.url, isMainFrame: false, isSameDocument: false });
    room.emit('will-redirect', navigation('https://node2.bbb.example.org/bigbluebutton/api/join', false));
    const callback = requestMedia(room, 'https://node2.bbb.example.org/html5client/join');
    await settle();
    expect(callback).toHaveBeenCalledWith(false);
    expect(consentShown(lastRoom().toolbar.webContents)).toBeNull();
  });

  it('trusts a feed roomHost that a page script on the room’s own host hands the join over to (Greenlight v3)', async () => {
    openRoomWindow(ROOM, rooms);
    const room = lastRoom().room.webContents;
    expect(room.getURL()).toBe(ROOM.url);
    const handOver = navigation('https://node2.bbb.example.org/bigbluebutton/api/join?meetingID=x');
    room.emit('will-frame-navigate', handOver);
    expect(handOver.defaultPrevented).toBe(false);
    const callback = requestMedia(room, 'https://node2.bbb.example.org/html5client/join');
    await settle();
    expect(callback).toHaveBeenCalledWith(true);
  });
});

/*
 * A child frame can move the main frame too (`<a target="_top">`, `top.location`
 * after a click) while the main frame still shows the room host: then the page
 * that asked is the frame's. Electron names it as the event's initiator.
 */
async function mediaGranted(contents: FakeWebContents, url: string): Promise<boolean> {
  const callback = vi.fn();
  session.partitions.get('persist:rooms')!.permissionRequestHandler!(contents, 'media', callback, { requestingUrl: url, mediaTypes: ['audio'] });
  await settle();
  return callback.mock.calls[0]?.[0] === true;
}

describe('who hands the join over', () => {
  it('a frame on another host inside the room page ties nothing, though it moves the main frame', async () => {
    openRoomWindow(ROOM, rooms);
    const room = lastRoom().room.webContents;
    expect(room.getURL()).toBe(ROOM.url);
    // A Settings host's frame embedded in the room page sends the top frame to a feed roomHost.
    const embedded = new FakeFrame('https://node1.bbb.example.org/embed', room.mainFrame);
    click(room);
    const fromFrame = { ...navigation('https://node2.bbb.example.org/b/landing'), initiator: embedded };
    room.emit('will-frame-navigate', fromFrame);
    expect(fromFrame.defaultPrevented).toBe(false);
    expect(await mediaGranted(room, 'https://node2.bbb.example.org/html5client/join')).toBe(false);
  });

  it('the room page itself, named as initiator, still hands over', async () => {
    openRoomWindow(ROOM, rooms);
    const room = lastRoom().room.webContents;
    const fromPage = { ...navigation('https://node2.bbb.example.org/bigbluebutton/api/join?meetingID=x'), initiator: room.mainFrame };
    room.emit('will-frame-navigate', fromPage);
    expect(await mediaGranted(room, 'https://node2.bbb.example.org/html5client/join')).toBe(true);
  });

  it('a navigation no page started (initiator null) ties nothing', async () => {
    openRoomWindow(ROOM, rooms);
    const room = lastRoom().room.webContents;
    room.emit('will-frame-navigate', { ...navigation('https://node2.bbb.example.org/b/landing'), initiator: null });
    expect(await mediaGranted(room, 'https://node2.bbb.example.org/html5client/join')).toBe(false);
  });
});
