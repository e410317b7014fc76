/**
 * A main-frame navigation that a page script on the room's own host starts ties
 * its target to the room (Greenlight v3's hand-over). A child frame can start
 * one too (`<a target="_top">`, `top.location` after a click): then the page
 * that asked is the frame's, not the room host's, even though the main frame
 * still shows the room host. Electron names it as the event's initiator.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openRoomWindow } from '../../../main/rooms/room-window';
import type { RoomRegistry } from '../../../main/rooms/room-registry';
import { FakeBaseWindow, FakeFrame, resetFakeElectron, session } from '../fake-electron';
import type { FakeWebContents } from '../fake-electron';
import { ROOM, click, consentingRooms, lastRoom, navigation, settle } from './room-helpers';

vi.mock('electron', async () => (await import('../fake-electron')).electronModule);

let rooms: RoomRegistry;

beforeEach(() => {
  resetFakeElectron();
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  rooms = consentingRooms();
  rooms.consents.remember('node2.bbb.example.org', 'media', true);
});

afterEach(() => {
  for (const window of FakeBaseWindow.created) window.close();
  vi.restoreAllMocks();
});

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
