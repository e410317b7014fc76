import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { ACTION_NAMES, actionChannel } from '../../../core/api';
import type { CompanionActions } from '../../../core/api';
import { registerActionHandlers } from '../../../main/ipc/register-handlers';
import { isTrustedSender } from '../../../main/ipc/sender-check';
import { appOriginFor } from '../../../main/security/app-origin';
import { FakeFrame, FakeWebContents, ipcMain } from '../fake-electron';


function fakeService() {
  return {
    getState: vi.fn(async () => ({ marker: 'state' })),
    refreshFeed: vi.fn(async () => ({ marker: 'feed' })),
    setFeedUrl: vi.fn(async () => ({ marker: 'feed' })),
    updateSettings: vi.fn(async () => ({ marker: 'settings' })),
    openLink: vi.fn(async () => true),
  };
}

const ourContents = new FakeWebContents();
let service: ReturnType<typeof fakeService>;
let warn: MockInstance<typeof console.warn>;

function register(devUrl: string | null = null): void {
  registerActionHandlers(ipcMain as unknown as IpcMain, service as unknown as CompanionActions, (event) =>
    isTrustedSender(event, {
      origin: appOriginFor(devUrl),
      ownContents: () => [ourContents as unknown as WebContents],
    }),
  );
}

function eventFrom(frame: FakeFrame | null, sender: FakeWebContents = ourContents): IpcMainInvokeEvent {
  return { sender, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

const ourPage = (): FakeFrame => new FakeFrame('app://companion/index.html');

beforeEach(() => {
  service = fakeService();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('IPC handlers', () => {
  it('registers exactly one handler per contract action and nothing else', () => {
    register();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(ACTION_NAMES.map(actionChannel).sort());
    // Electron refuses a second handler per channel; registering twice must fail loudly, not double up.
    expect(() => register()).toThrow(/second handler/);
  });

  it('passes a valid call from our page to the service and returns its answer', async () => {
    register();
    await expect(ipcMain.invoke('companion:getState', eventFrom(ourPage()))).resolves.toEqual({ marker: 'state' });
    await ipcMain.invoke('companion:setFeedUrl', eventFrom(ourPage()), 'https://programme.example.org/feed.json');
    await ipcMain.invoke('companion:updateSettings', eventFrom(ourPage()), { theme: 'dark' });
    expect(service.setFeedUrl).toHaveBeenCalledWith('https://programme.example.org/feed.json');
    expect(service.updateSettings).toHaveBeenCalledWith({ theme: 'dark' });
  });

  it.each([
    ['a page of another origin', eventFrom(new FakeFrame('https://evil.example.net/'))],
    ['our scheme on another host', eventFrom(new FakeFrame('app://elsewhere/index.html'))],
    ['a file: page', eventFrom(new FakeFrame('file:///tmp/index.html'))],
    ['a null senderFrame (navigated away or destroyed)', eventFrom(null)],
    ['a subframe inside our page', eventFrom(new FakeFrame('app://companion/frame.html', ourPage()))],
    ['our URL in a WebContents that is not one of our windows', eventFrom(ourPage(), new FakeWebContents())],
  ])('refuses %s without calling the service', async (_label, event) => {
    register();
    for (const name of ACTION_NAMES) {
      await expect(ipcMain.invoke(actionChannel(name), event)).rejects.toThrow(/not the app's own page/);
    }
    for (const action of Object.values(service)) expect(action).not.toHaveBeenCalled();
  });

  it('refuses a senderFrame that throws while the frame is torn down', async () => {
    register();
    const event = {
      sender: ourContents,
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    } as unknown as IpcMainInvokeEvent;
    await expect(ipcMain.invoke('companion:getState', event)).rejects.toThrow(/not the app's own page/);
    expect(service.getState).not.toHaveBeenCalled();
  });

  it('accepts the dev server origin only when one is configured', async () => {
    register('http://localhost:5173/');
    await expect(ipcMain.invoke('companion:getState', eventFrom(new FakeFrame('http://localhost:5173/')))).resolves.toEqual({ marker: 'state' });
    expect(service.getState).toHaveBeenCalledTimes(1);
    await expect(ipcMain.invoke('companion:getState', eventFrom(new FakeFrame('http://localhost:5174/')))).rejects.toThrow();
    expect(service.getState).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['getState', 'an unexpected argument', ['unexpected']],
    ['setFeedUrl', 'no argument', []],
    ['setFeedUrl', 'a number', [42]],
    ['setFeedUrl', 'an extra argument', ['https://a.example.org/feed.json', 'extra']],
    ['setFeedUrl', 'a 5000-character URL', ['x'.repeat(5000)]],
    ['updateSettings', 'an unknown theme', [{ theme: 'neon' }]],
    ['updateSettings', 'an unknown setting', [{ notASetting: true }]],
    ['updateSettings', 'null', [null]],
    // The feed URL changes only through setFeedUrl, which checks the URL and moves the bookmarks.
    ['updateSettings', 'a feed URL', [{ feedUrl: 'https://programme.example.org/feed.json' }]],
    ['updateSettings', 'a feed URL beside a valid setting', [{ theme: 'dark', feedUrl: null }]],
    ['openLink', 'an object', [{ href: 'https://a.example.org' }]],
  ] as const)('refuses %s with %s', async (name, _label, args) => {
    register();
    await expect(ipcMain.invoke(`companion:${name}`, eventFrom(ourPage()), ...args)).rejects.toThrow(/invalid arguments/);
    expect(service[name]).not.toHaveBeenCalled();
  });

  it('logs refusals without the argument contents', async () => {
    register();
    const secret = 'https://feeds.example.org/private?token=attendee-secret';
    await expect(ipcMain.invoke('companion:setFeedUrl', eventFrom(ourPage()), secret, 'extra')).rejects.toThrow();
    await expect(ipcMain.invoke('companion:openLink', eventFrom(new FakeFrame('https://evil.example.net/')), secret)).rejects.toThrow();
    expect(warn).toHaveBeenCalledTimes(2);
    expect(JSON.stringify(warn.mock.calls)).not.toContain('attendee-secret');
  });
});
