import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openRoomWindow } from '../../../main/rooms/room-window';
import { FakeBaseWindow, FakeWebContents, session, systemPreferences } from '../fake-electron';
import { ROOM, consentingRooms, lastRoom, settle } from './room-helpers';


const platform = process.platform;
const CLIENT = 'https://node1.bbb.example.org/html5client/join';

beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  Object.defineProperty(process, 'platform', { value: 'linux' });
  openRoomWindow(ROOM, consentingRooms());
});

afterEach(() => {
  for (const window of FakeBaseWindow.created) window.close();
  Object.defineProperty(process, 'platform', { value: platform });
  vi.restoreAllMocks();
});

async function request(contents: unknown, permission: string, details: Record<string, unknown>): Promise<boolean> {
  const callback = vi.fn();
  session.partitions.get('persist:rooms')!.permissionRequestHandler!(contents, permission, callback, details);
  await settle();
  expect(callback).toHaveBeenCalledTimes(1);
  return callback.mock.calls[0]![0] as boolean;
}

const check = (contents: unknown, permission: string, origin: string, details: Record<string, unknown> = {}): boolean =>
  session.partitions.get('persist:rooms')!.permissionCheckHandler!(contents, permission, origin, { isMainFrame: true, ...details });

describe('room permissions', () => {
  it('grants camera, microphone, screen, fullscreen and clipboard writing to the room page', async () => {
    const room = lastRoom().room.webContents;
    expect(await request(room, 'media', { requestingUrl: CLIENT, mediaTypes: ['audio', 'video'] })).toBe(true);
    expect(await request(room, 'display-capture', { requestingUrl: CLIENT, mediaTypes: ['video'] })).toBe(true);
    expect(await request(room, 'fullscreen', { requestingUrl: CLIENT })).toBe(true);
    expect(await request(room, 'clipboard-sanitized-write', { requestingUrl: CLIENT })).toBe(true);
    expect(check(room, 'media', 'https://node1.bbb.example.org', { mediaType: 'audio', requestingUrl: CLIENT })).toBe(true);
  });

  it.each(['geolocation', 'notifications', 'midi', 'midiSysex', 'hid', 'serial', 'usb', 'openExternal', 'pointerLock', 'clipboard-read', 'keyboardLock', 'idle-detection'])(
    'refuses %s to the room page, on request and on check',
    async (permission) => {
      const room = lastRoom().room.webContents;
      expect(await request(room, permission, { requestingUrl: CLIENT })).toBe(false);
      expect(check(room, permission, 'https://node1.bbb.example.org', { requestingUrl: CLIENT })).toBe(false);
    },
  );

  it('refuses a page on a host that is not on the room allowlist', async () => {
    const room = lastRoom().room.webContents;
    expect(await request(room, 'media', { requestingUrl: 'https://evil.example.net/', mediaTypes: ['video'] })).toBe(false);
    expect(check(room, 'media', 'https://gl.example.org.evil.com', { mediaType: 'video' })).toBe(false);
  });

  it('refuses every WebContents that is not a registered room, even on an allowlisted host', async () => {
    const stranger = new FakeWebContents();
    expect(await request(stranger, 'media', { requestingUrl: CLIENT, mediaTypes: ['audio'] })).toBe(false);
    expect(check(stranger, 'media', 'https://node1.bbb.example.org', { mediaType: 'audio' })).toBe(false);
    expect(check(null, 'fullscreen', 'https://node1.bbb.example.org')).toBe(false);
    expect(await request(lastRoom().toolbar.webContents, 'media', { requestingUrl: CLIENT, mediaTypes: ['audio'] })).toBe(false);
  });

  it('on macOS asks the system for camera and microphone before the first grant', async () => {
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    const room = lastRoom().room.webContents;
    systemPreferences.getMediaAccessStatus.mockImplementation((device: string) => (device === 'microphone' ? 'granted' : 'not-determined'));
    expect(await request(room, 'media', { requestingUrl: CLIENT, mediaTypes: ['audio', 'video'] })).toBe(true);
    expect(systemPreferences.askForMediaAccess.mock.calls).toEqual([['camera']]);

    systemPreferences.askForMediaAccess.mockResolvedValueOnce(false);
    expect(await request(room, 'media', { requestingUrl: CLIENT, mediaTypes: ['video'] })).toBe(false);
  });

  it('never asks macOS for a request the policy refuses', async () => {
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    expect(await request(lastRoom().room.webContents, 'media', { requestingUrl: 'https://evil.example.net/', mediaTypes: ['video'] })).toBe(false);
    expect(systemPreferences.askForMediaAccess).not.toHaveBeenCalled();
  });
});
