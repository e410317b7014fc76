import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { App } from 'electron';
import { openRoomWindow } from '../../../main/rooms/room-window';
import { RoomRegistry } from '../../../main/rooms/room-registry';
import { guardAllWebContents } from '../../../main/security/web-contents-guard';
import { FakeBaseWindow, FakeWebContents, app, session, shell } from '../fake-electron';
import { ROOM, click, lastRoom, lastToolbarState, navigation, settle } from './room-helpers';


let rooms: RoomRegistry;

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  rooms = new RoomRegistry();
});

afterEach(() => {
  for (const window of FakeBaseWindow.created) window.close();
  vi.restoreAllMocks();
});

describe('room window', () => {
  it('shows the room as a top-level page in a sandboxed view on the rooms partition, with no preload', () => {
    openRoomWindow(ROOM, rooms);
    const { window, room, toolbar } = lastRoom();
    expect(window.title).toBe(`${ROOM.title} – online room`);
    expect(window.contentView.children).toEqual([room, toolbar]);
    expect(room.webContents.preferences).toMatchObject({ partition: 'persist:rooms', sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(room.webContents.preferences).not.toHaveProperty('preload');
    expect(room.webContents.loadedUrls).toEqual([ROOM.url]);
    expect(window.visible).toBe(true);
  });

  it('puts our own toolbar page above it, with its own small preload on the default session', () => {
    openRoomWindow(ROOM, rooms);
    const { toolbar, room } = lastRoom();
    expect(toolbar.webContents.loadedUrls).toEqual(['app://companion/rooms/toolbar.html']);
    expect(toolbar.webContents.preferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(toolbar.webContents.preferences).not.toHaveProperty('partition');
    expect(String(toolbar.webContents.preferences['preload'])).toMatch(/preload[\\/]room-toolbar\.cjs$/);
    expect(toolbar.bounds).toEqual({ x: 0, y: 0, width: 1280, height: 44 });
    expect(room.bounds).toEqual({ x: 0, y: 44, width: 1280, height: 756 });
  });

  it('follows the window size', () => {
    openRoomWindow(ROOM, rooms);
    const { window, room } = lastRoom();
    window.resizeTo(900, 600);
    expect(room.bounds).toEqual({ x: 0, y: 44, width: 900, height: 556 });
  });

  it('opens one window per room: joining again focuses it', () => {
    openRoomWindow(ROOM, rooms);
    const { window } = lastRoom();
    window.focused = false;
    window.minimized = true;
    openRoomWindow({ ...ROOM, title: 'Again' }, rooms);
    expect(FakeBaseWindow.created).toHaveLength(1);
    expect(window.focused).toBe(true);
    expect(window.minimized).toBe(false);
    openRoomWindow({ ...ROOM, url: 'https://gl.example.org/rooms/xyz-xyz-xyz-xyz/join' }, rooms);
    expect(FakeBaseWindow.created).toHaveLength(2);
  });

  it('sets up the rooms session once, and leaves the default session alone', () => {
    openRoomWindow(ROOM, rooms);
    openRoomWindow({ ...ROOM, url: 'https://gl.example.org/rooms/xyz-xyz-xyz-xyz/join' }, rooms);
    const roomSession = session.partitions.get('persist:rooms')!;
    expect(roomSession.installs).toMatchObject({ setPermissionRequestHandler: 1, setPermissionCheckHandler: 1, setDisplayMediaRequestHandler: 1, setUserAgent: 1 });
    expect(roomSession.displayMediaOptions).toEqual({ useSystemPicker: false });
    expect(session.defaultSession.installs).toEqual({});
    expect(roomSession.userAgent).toMatch(/Chrome\/[\d.]+ Safari\/537\.36$/);
    expect(roomSession.userAgent).not.toMatch(/Electron|go-local-companion/i);
    expect(roomSession.certificateVerifyProc).toBeNull();
  });

  it('closing the window closes both pages (so camera and microphone stop) and forgets the room', () => {
    openRoomWindow(ROOM, rooms);
    const { window, room, toolbar } = lastRoom();
    window.close();
    expect(room.webContents.closed).toBe(true);
    expect(toolbar.webContents.closed).toBe(true);
    expect(rooms.size).toBe(0);
    expect(rooms.isRoomContents(room.webContents.id)).toBe(false);
    openRoomWindow(ROOM, rooms);
    expect(FakeBaseWindow.created).toHaveLength(2);
  });
});

describe('room navigation', () => {
  it('keeps room hosts in the window, sends other web pages to the browser and blocks the rest', async () => {
    openRoomWindow(ROOM, rooms);
    const contents = lastRoom().room.webContents;
    const allowed = navigation('https://node1.bbb.example.org/html5client/join?sessionToken=abc');
    const external = navigation('https://www.example.org/programme');
    const lookalike = navigation('https://gl.example.org.evil.com/rooms/x');
    const script = navigation('javascript:alert(1)');
    const file = navigation('file:///etc/passwd');
    for (const event of [allowed, external, lookalike, script, file]) {
      click(contents);
      contents.emit('will-frame-navigate', event);
    }
    await settle();
    expect(allowed.defaultPrevented).toBe(false);
    expect([external, lookalike, script, file].every((event) => event.defaultPrevented)).toBe(true);
    expect(shell.openExternal.mock.calls).toEqual([['https://www.example.org/programme'], ['https://gl.example.org.evil.com/rooms/x']]);
  });

  it('blocks foreign sub-frames without opening anything', async () => {
    openRoomWindow(ROOM, rooms);
    const contents = lastRoom().room.webContents;
    const frame = navigation('https://tracker.example.net/embed', false);
    const own = navigation('https://gl.example.org/notes', false);
    contents.emit('will-frame-navigate', frame);
    contents.emit('will-frame-navigate', own);
    await settle();
    expect(frame.defaultPrevented).toBe(true);
    expect(own.defaultPrevented).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('re-checks will-navigate and judges every redirect', () => {
    openRoomWindow(ROOM, rooms);
    const { room, toolbar } = lastRoom();
    const navigate = navigation('data:text/html,hi');
    room.webContents.emit('will-navigate', navigate);
    expect(navigate.defaultPrevented).toBe(true);
    const toNode = navigation('https://node1.bbb.example.org/html5client/join?sessionToken=abc');
    room.webContents.emit('will-redirect', toNode);
    expect(toNode.defaultPrevented).toBe(false);
    const toUnlisted = navigation('https://node9.bbb.example.org/html5client/join?sessionToken=abc');
    room.webContents.emit('will-redirect', toUnlisted);
    expect(toUnlisted.defaultPrevented).toBe(true);
    // Not a blank page: the overlay names the host (never the path or token).
    const state = lastToolbarState(toolbar.webContents);
    expect(state).toMatchObject({ status: 'blocked' });
    expect(JSON.stringify(state)).toContain('node9.bbb.example.org');
    expect(JSON.stringify(state)).not.toContain('sessionToken');
  });

  it('denies every popup and sends only safe links to the browser', async () => {
    openRoomWindow(ROOM, rooms);
    const contents = lastRoom().room.webContents;
    const handler = contents.windowOpenHandler!;
    for (const url of ['https://www.example.org/help', 'https://gl.example.org/rooms/abc-def-ghi-jkl', 'file:///C:/Windows/System32/calc.exe']) {
      click(contents);
      expect(handler({ url })).toEqual({ action: 'deny' });
    }
    await settle();
    expect(shell.openExternal.mock.calls).toEqual([['https://www.example.org/help'], ['https://gl.example.org/rooms/abc-def-ghi-jkl']]);
  });

  it('closes the window when BBB leaves the meeting for its logout page', () => {
    openRoomWindow(ROOM, rooms);
    const { window, room, toolbar } = lastRoom();
    const start = navigation('https://gl.example.org/rooms/abc-def-ghi-jkl/join');
    room.webContents.emit('will-frame-navigate', start);
    expect(window.destroyed).toBe(false);
    room.webContents.emit('did-navigate', {}, 'https://node1.bbb.example.org/html5client/join?sessionToken=abc');
    expect(lastToolbarState(toolbar.webContents)).toMatchObject({ status: 'in-meeting' });
    const logout = navigation('https://gl.example.org/rooms/abc-def-ghi-jkl');
    room.webContents.emit('will-frame-navigate', logout);
    expect(logout.defaultPrevented).toBe(true);
    expect(window.destroyed).toBe(true);
    expect(room.webContents.closed).toBe(true);
  });

  it('closes on Greenlight v2’s logout redirect', () => {
    openRoomWindow(ROOM, rooms);
    const { window, room } = lastRoom();
    room.webContents.emit('will-redirect', navigation('https://gl.example.org/b/abc-def-ghi/logout'));
    expect(window.destroyed).toBe(true);
  });

  it('takes room pages out of the own-origin guard, and only them', async () => {
    guardAllWebContents(app as unknown as App, (url) => url.startsWith('app://companion/'), (id) => rooms.isRoomContents(id));
    openRoomWindow(ROOM, rooms);
    const { room, toolbar } = lastRoom();
    const inRoom = navigation('https://node1.bbb.example.org/html5client/');
    room.webContents.emit('will-navigate', inRoom);
    expect(inRoom.defaultPrevented).toBe(false);
    const fromToolbar = navigation('https://node1.bbb.example.org/html5client/');
    toolbar.webContents.emit('will-navigate', fromToolbar);
    expect(fromToolbar.defaultPrevented).toBe(true);
    const other = new FakeWebContents();
    app.emit('web-contents-created', {}, other);
    const fromOther = navigation('https://gl.example.org/rooms/abc-def-ghi-jkl/join');
    other.emit('will-navigate', fromOther);
    expect(fromOther.defaultPrevented).toBe(true);
    // Once the room closes, its id is no longer exempt.
    lastRoom().window.close();
    const afterClose = navigation('https://gl.example.org/');
    room.webContents.emit('will-navigate', afterClose);
    expect(afterClose.defaultPrevented).toBe(true);
    await settle();
  });
});
