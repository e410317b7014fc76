/** Camera, microphone and screen: the attendee answers in the room window's toolbar before any page gets them. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openRoomWindow } from '../../../main/rooms/room-window';
import { RoomRegistry } from '../../../main/rooms/room-registry';
import { TOOLBAR_HEIGHT } from '../../../main/rooms/room-layout';
import { MAX_WAITING, RoomConsentGate } from '../../../main/rooms/room-consent';
import { FakeBaseWindow, FakeFrame, desktopCapturer, fakeCapturerSource, session, systemPreferences } from '../fake-electron';
import type { FakeWebContents } from '../fake-electron';
import { ROOM, answerConsent, consentShown, lastRoom, settle } from './room-helpers';


const CLIENT = 'https://node1.bbb.example.org/html5client/join';
const platform = process.platform;
let rooms: RoomRegistry;

beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.stubEnv('XDG_SESSION_TYPE', 'x11');
  Object.defineProperty(process, 'platform', { value: 'linux' });
  rooms = new RoomRegistry();
  openRoomWindow(ROOM, rooms);
});

afterEach(() => {
  for (const window of FakeBaseWindow.created) window.close();
  Object.defineProperty(process, 'platform', { value: platform });
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

function requestMedia(contents: FakeWebContents = lastRoom().room.webContents, types = ['audio', 'video']): ReturnType<typeof vi.fn> {
  const callback = vi.fn();
  session.partitions.get('persist:rooms')!.permissionRequestHandler!(contents, 'media', callback, { requestingUrl: CLIENT, mediaTypes: types });
  return callback;
}

const checkMedia = (): boolean =>
  session.partitions.get('persist:rooms')!.permissionCheckHandler!(lastRoom().room.webContents, 'media', 'https://node1.bbb.example.org', { mediaType: 'audio', isMainFrame: true });

const toolbar = (): FakeWebContents => lastRoom().toolbar.webContents;

describe('consent for camera and microphone', () => {
  it('waits for the attendee, naming the host, and says no to checks meanwhile', async () => {
    const callback = requestMedia();
    await settle();
    expect(callback).not.toHaveBeenCalled();
    expect(consentShown(toolbar())).toMatchObject({ host: 'node1.bbb.example.org', kind: 'media' });
    expect(checkMedia()).toBe(false);
    // The bar pushes the room down instead of covering it, and takes the keyboard focus.
    expect(lastRoom().toolbar.bounds.height).toBeGreaterThan(TOOLBAR_HEIGHT);
    expect(toolbar().focused).toBe(true);

    answerConsent(toolbar(), true);
    await settle();
    expect(callback.mock.calls).toEqual([[true]]);
    expect(consentShown(toolbar())).toBeNull();
    expect(lastRoom().toolbar.bounds.height).toBe(TOOLBAR_HEIGHT);
    expect(checkMedia()).toBe(true);
  });

  it('an answer without Remember holds for this window only and is not stored', async () => {
    requestMedia();
    answerConsent(toolbar(), true);
    const again = requestMedia();
    await settle();
    expect(again.mock.calls).toEqual([[true]]);
    expect(rooms.consents.list()).toEqual([]);
  });

  it('Deny refuses, and a remembered Deny answers the next window without asking', async () => {
    const callback = requestMedia();
    answerConsent(toolbar(), false, true);
    await settle();
    expect(callback.mock.calls).toEqual([[false]]);
    expect(rooms.consents.list()).toEqual([{ host: 'node1.bbb.example.org', kind: 'media', allowed: false }]);

    lastRoom().window.close();
    openRoomWindow(ROOM, rooms);
    const next = requestMedia();
    await settle();
    expect(next.mock.calls).toEqual([[false]]);
    expect(consentShown(toolbar())).toBeNull();
  });

  it('a revoked answer asks again at the next request', async () => {
    requestMedia();
    answerConsent(toolbar(), true, true);
    await settle();
    expect(rooms.consents.revoke('node1.bbb.example.org', 'media')).toBe(true);
    const next = requestMedia();
    await settle();
    expect(next).not.toHaveBeenCalled();
    expect(consentShown(toolbar())).toMatchObject({ host: 'node1.bbb.example.org', kind: 'media' });
  });

  it('answers a waiting request exactly once with no when the window closes', async () => {
    const callback = requestMedia();
    const second = requestMedia();
    lastRoom().window.close();
    await settle();
    expect(callback.mock.calls).toEqual([[false]]);
    expect(second.mock.calls).toEqual([[false]]);
  });

  it('asks once for requests that arrive together, and ignores stale or foreign answers', async () => {
    const first = requestMedia(undefined, ['audio']);
    const second = requestMedia(undefined, ['video']);
    const question = consentShown(toolbar())!;
    toolbar().emitIpc('room-toolbar:consent', { id: question.id + 7, allow: true, remember: false });
    toolbar().emitIpcFrom(new FakeFrame('https://evil.example.net/'), 'room-toolbar:consent', { id: question.id, allow: true, remember: true });
    toolbar().emitIpc('room-toolbar:consent', { id: question.id, allow: 'yes', remember: false });
    await settle();
    expect(first).not.toHaveBeenCalled();
    answerConsent(toolbar(), true);
    await settle();
    expect(first.mock.calls).toEqual([[true]]);
    expect(second.mock.calls).toEqual([[true]]);
    expect(rooms.consents.list()).toEqual([]);
  });

  it('on macOS asks the system only after the attendee said yes in the app', async () => {
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    const denied = requestMedia(undefined, ['audio']);
    await settle();
    expect(systemPreferences.askForMediaAccess).not.toHaveBeenCalled();
    answerConsent(toolbar(), false);
    await settle();
    expect(denied.mock.calls).toEqual([[false]]);
    expect(systemPreferences.askForMediaAccess).not.toHaveBeenCalled();

    lastRoom().window.close();
    openRoomWindow(ROOM, rooms);
    const allowed = requestMedia(undefined, ['audio']);
    answerConsent(toolbar(), true);
    await settle();
    expect(systemPreferences.askForMediaAccess.mock.calls).toEqual([['microphone']]);
    expect(allowed.mock.calls).toEqual([[true]]);
  });
});

describe('consent for screen sharing', () => {
  it('asks before listing any window or screen, and shares nothing on Deny', async () => {
    desktopCapturer.getSources.mockResolvedValue([fakeCapturerSource('screen:1:0', 'Entire screen')]);
    const frame = lastRoom().room.webContents.mainFrame;
    frame.url = CLIENT;
    const callback = vi.fn();
    session.partitions.get('persist:rooms')!.displayMediaRequestHandler!({ frame, securityOrigin: 'https://node1.bbb.example.org', videoRequested: true, audioRequested: false }, callback);
    await settle();
    expect(consentShown(toolbar())).toMatchObject({ host: 'node1.bbb.example.org', kind: 'screen' });
    expect(desktopCapturer.getSources).not.toHaveBeenCalled();
    answerConsent(toolbar(), false);
    await settle();
    expect(callback.mock.calls).toEqual([[{}]]);
    expect(desktopCapturer.getSources).not.toHaveBeenCalled();
  });
});

describe('RoomConsentGate on its own', () => {
  it(`lets at most ${MAX_WAITING} different questions wait, refusing the rest at once`, async () => {
    const shown: unknown[] = [];
    const gate = new RoomConsentGate(() => rooms.consents, { show: (question) => shown.push(question) });
    const waiting = Array.from({ length: MAX_WAITING }, (_, i) => gate.ask(`h${i}.example.org`, 'media'));
    await expect(gate.ask('one-too-many.example.org', 'media')).resolves.toBe(false);
    expect(shown).toHaveLength(1);
    gate.close();
    await expect(Promise.all(waiting)).resolves.toEqual(Array.from({ length: MAX_WAITING }, () => false));
    await expect(gate.ask('late.example.org', 'screen')).resolves.toBe(false);
  });
});
