import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openRoomWindow } from '../../../main/rooms/room-window';
import { RoomRegistry } from '../../../main/rooms/room-registry';
import { FakeBaseWindow, FakeFrame, shell } from '../fake-electron';
import { ROOM, lastRoom, lastToolbarState, settle } from './room-helpers';


beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  openRoomWindow(ROOM, new RoomRegistry());
});

afterEach(() => {
  for (const window of FakeBaseWindow.created) window.close();
  vi.restoreAllMocks();
});

describe('room toolbar', () => {
  it('sends the title and status once the page is ready, and follows the load', () => {
    const { toolbar, room } = lastRoom();
    expect(lastToolbarState(toolbar.webContents)).toMatchObject({ status: 'connecting' });
    toolbar.webContents.sent.length = 0;
    toolbar.webContents.emitIpc('room-toolbar:ready');
    expect(lastToolbarState(toolbar.webContents)).toEqual({
      title: ROOM.title,
      lang: 'en',
      dir: 'ltr',
      status: 'connecting',
      label: 'Connecting…',
      problem: null,
      consent: null,
      texts: { openInBrowser: 'Open in browser', leave: 'Leave', retry: 'Retry', remember: 'Remember for this host', allow: 'Allow', deny: 'Deny' },
    });
    room.webContents.emit('did-finish-load');
    expect(lastToolbarState(toolbar.webContents)).toMatchObject({ status: 'connected', problem: null });
  });

  it('Leave closes the window', () => {
    const { toolbar, window } = lastRoom();
    toolbar.webContents.emitIpc('room-toolbar:leave');
    expect(window.destroyed).toBe(true);
  });

  it('Open in browser hands out the feed’s room link, never the current URL with its session token', async () => {
    const { toolbar, room } = lastRoom();
    room.webContents.mainFrame.url = 'https://node1.bbb.example.org/html5client/join?sessionToken=personal';
    toolbar.webContents.emitIpc('room-toolbar:open-in-browser');
    await settle();
    expect(shell.openExternal.mock.calls).toEqual([[ROOM.url]]);
  });

  it('ignores messages that do not come from the toolbar page itself', async () => {
    const { toolbar, window } = lastRoom();
    toolbar.webContents.emitIpcFrom(new FakeFrame('https://evil.example.net/'), 'room-toolbar:leave');
    toolbar.webContents.emitIpcFrom(new FakeFrame('app://companion/index.html'), 'room-toolbar:leave');
    toolbar.webContents.emitIpcFrom(null, 'room-toolbar:open-in-browser');
    await settle();
    expect(window.destroyed).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('room failure overlay', () => {
  it.each([
    ['offline', -106, 'offline'],
    ['a DNS failure', -105, 'offline'],
    ['a certificate error', -202, 'failed'],
    ['a server error', -320, 'failed'],
  ])('covers the window with our overlay on %s, never a white page', (_name, code, status) => {
    const { toolbar, room, window } = lastRoom();
    room.webContents.emit('did-fail-load', {}, code, 'ERR', 'https://gl.example.org/rooms/abc-def-ghi-jkl/join?secret=1', true);
    const state = lastToolbarState(toolbar.webContents);
    expect(state).toMatchObject({ status, problem: { canRetry: true } });
    expect(JSON.stringify(state)).not.toContain('secret');
    expect(room.visible).toBe(false);
    expect(toolbar.bounds).toEqual({ x: 0, y: 0, ...window.contentSize });
  });

  it('ignores aborted loads and failing sub-frames', () => {
    const { toolbar, room } = lastRoom();
    room.webContents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'https://gl.example.org/', true);
    room.webContents.emit('did-fail-load', {}, -106, 'ERR', 'https://gl.example.org/frame', false);
    expect(lastToolbarState(toolbar.webContents)).toMatchObject({ problem: null });
    expect(room.visible).toBe(true);
  });

  it('Retry loads the room link again and shows the room once it loads', () => {
    const { toolbar, room } = lastRoom();
    room.webContents.emit('did-fail-load', {}, -106, 'ERR', ROOM.url, true);
    toolbar.webContents.emitIpc('room-toolbar:retry');
    expect(room.webContents.loadedUrls).toEqual([ROOM.url, ROOM.url]);
    expect(lastToolbarState(toolbar.webContents)).toMatchObject({ status: 'connecting', problem: null });
    room.webContents.emit('did-finish-load');
    expect(lastToolbarState(toolbar.webContents)).toMatchObject({ status: 'connected' });
    expect(room.visible).toBe(true);
    expect(toolbar.bounds.height).toBe(44);
  });

  it('shows the overlay when the page crashes, but not when we close it', () => {
    const { toolbar, room } = lastRoom();
    room.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(lastToolbarState(toolbar.webContents)).toMatchObject({ problem: null });
    room.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(lastToolbarState(toolbar.webContents)).toMatchObject({ status: 'crashed' });
    expect(room.visible).toBe(false);
  });

  it('shows the overlay while the page hangs and removes it when it answers again', () => {
    const { toolbar, room } = lastRoom();
    room.webContents.emit('unresponsive');
    expect(lastToolbarState(toolbar.webContents)).toMatchObject({ status: 'unresponsive' });
    room.webContents.emit('responsive');
    expect(lastToolbarState(toolbar.webContents)).toMatchObject({ problem: null });
    expect(room.visible).toBe(true);
  });
});
