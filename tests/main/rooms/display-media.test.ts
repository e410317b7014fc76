import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openRoomWindow } from '../../../main/rooms/room-window';
import { FakeBaseWindow, FakeBrowserWindow, FakeFrame, desktopCapturer, fakeCapturerSource, session } from '../fake-electron';
import { ROOM, consentingRooms, lastRoom, settle } from './room-helpers';


const SCREEN = fakeCapturerSource('screen:1:0', 'Entire screen');
const SLIDES = fakeCapturerSource('window:42:0', 'Slides – Presentation');

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.stubEnv('XDG_SESSION_TYPE', 'x11');
  desktopCapturer.getSources.mockResolvedValue([SCREEN, SLIDES]);
});

afterEach(() => {
  for (const window of [...FakeBaseWindow.created, ...FakeBrowserWindow.created]) window.close();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** The room page asking for its screen: returns the callback spy. */
function requestScreen(frame: unknown = inRoom(), overrides: Record<string, unknown> = {}) {
  const callback = vi.fn();
  const handler = session.partitions.get('persist:rooms')!.displayMediaRequestHandler!;
  handler({ frame, securityOrigin: 'https://node1.bbb.example.org', videoRequested: true, audioRequested: false, userGesture: true, ...overrides }, callback);
  return callback;
}

function inRoom(): FakeFrame {
  const frame = lastRoom().room.webContents.mainFrame;
  frame.url = 'https://node1.bbb.example.org/html5client/join';
  return frame;
}

function picker(): FakeBrowserWindow {
  const window = FakeBrowserWindow.created.at(-1);
  if (!window) throw new Error('no picker was shown');
  return window;
}

describe('screen sharing', () => {
  beforeEach(() => openRoomWindow(ROOM, consentingRooms()));

  it('lists sources only when a room asks', async () => {
    expect(desktopCapturer.getSources).not.toHaveBeenCalled();
    requestScreen();
    await settle();
    expect(desktopCapturer.getSources).toHaveBeenCalledExactlyOnceWith({ types: ['screen', 'window'], thumbnailSize: { width: 320, height: 180 }, fetchWindowIcons: false });
  });

  it('shows our picker, modal to the room window, and shares the chosen source', async () => {
    const callback = requestScreen();
    await settle();
    const window = picker();
    expect(window.options).toMatchObject({ parent: lastRoom().window, modal: true });
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(String(window.options.webPreferences!['preload'])).toMatch(/room-picker\.cjs$/);
    expect(window.loadedUrl).toBe('app://companion/rooms/picker.html');

    window.webContents.emitIpc('room-picker:ready');
    // The page's words first (in main's language: English here), then what it may share.
    expect(window.webContents.sent).toEqual([
      { channel: 'room-picker:texts', args: [expect.objectContaining({ lang: 'en', dir: 'ltr', title: 'Choose what to share', cancel: 'Cancel' })] },
      {
        channel: 'room-picker:sources',
        args: [[
          { id: 'screen:1:0', name: 'Entire screen', kind: 'screen', thumbnail: 'data:image/png;base64,AAAA' },
          { id: 'window:42:0', name: 'Slides – Presentation', kind: 'window', thumbnail: 'data:image/png;base64,AAAA' },
        ]],
      },
    ]);
    window.webContents.emitIpc('room-picker:choose', 'window:42:0');
    await settle();
    expect(callback).toHaveBeenCalledExactlyOnceWith({ video: SLIDES });
    expect(window.destroyed).toBe(true);
  });

  it('answers an explicit empty stream set when the attendee cancels', async () => {
    const callback = requestScreen();
    await settle();
    picker().webContents.emitIpc('room-picker:cancel');
    await settle();
    expect(callback).toHaveBeenCalledExactlyOnceWith({});
  });

  it('answers when the picker is simply closed, and only once', async () => {
    const callback = requestScreen();
    await settle();
    const window = picker();
    window.close();
    window.webContents.emitIpc('room-picker:choose', 'screen:1:0');
    await settle();
    expect(callback).toHaveBeenCalledExactlyOnceWith({});
  });

  it('ignores a source id it did not offer, and messages from other frames', async () => {
    const callback = requestScreen();
    await settle();
    const window = picker();
    window.webContents.emitIpcFrom(new FakeFrame('https://evil.example.net/'), 'room-picker:choose', 'screen:1:0');
    await settle();
    expect(callback).not.toHaveBeenCalled();
    window.webContents.emitIpc('room-picker:choose', 'screen:999:0');
    await settle();
    expect(callback).toHaveBeenCalledExactlyOnceWith({});
  });

  it('refuses a second request while the picker is open', async () => {
    const first = requestScreen();
    await settle();
    const second = requestScreen();
    await settle();
    expect(second).toHaveBeenCalledExactlyOnceWith({});
    expect(FakeBrowserWindow.created).toHaveLength(1);
    picker().webContents.emitIpc('room-picker:choose', 'screen:1:0');
    await settle();
    expect(first).toHaveBeenCalledExactlyOnceWith({ video: SCREEN });
  });

  it('on Wayland passes the portal’s source through without our picker', async () => {
    vi.stubEnv('XDG_SESSION_TYPE', 'wayland');
    desktopCapturer.getSources.mockResolvedValue([SCREEN]);
    const callback = requestScreen();
    await settle();
    expect(callback).toHaveBeenCalledExactlyOnceWith({ video: SCREEN });
    expect(FakeBrowserWindow.created).toHaveLength(0);
  });

  it('on Wayland answers empty when the portal was cancelled', async () => {
    vi.stubEnv('XDG_SESSION_TYPE', 'wayland');
    desktopCapturer.getSources.mockResolvedValue([]);
    const callback = requestScreen();
    await settle();
    expect(callback).toHaveBeenCalledExactlyOnceWith({});
  });

  it.each([
    ['a frame that is gone', null, {}],
    ['a page that is not a room', new FakeFrame('https://node1.bbb.example.org/'), {}],
    ['an origin not on the allowlist', undefined, { securityOrigin: 'https://evil.example.net' }],
    ['a request without video', undefined, { videoRequested: false }],
  ])('answers empty, without listing sources, for %s', async (_name, frame, overrides) => {
    const callback = requestScreen(frame === undefined ? inRoom() : frame, overrides);
    await settle();
    expect(callback).toHaveBeenCalledExactlyOnceWith({});
    expect(desktopCapturer.getSources).not.toHaveBeenCalled();
  });

  it('answers empty when the system cannot list sources', async () => {
    desktopCapturer.getSources.mockRejectedValue(new Error('screen recording not permitted'));
    const callback = requestScreen();
    await settle();
    expect(callback).toHaveBeenCalledExactlyOnceWith({});
  });
});
