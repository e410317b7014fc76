import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DeepLinkRouter, listenForDeepLinks, registerProtocolClient, sessionPageUrl, showSessionPage } from '../../main/deep-links';
import { FakeBrowserWindow, app, fakeEvent } from './fake-electron';
import type { App, BrowserWindow } from 'electron';


const asWindow = (window: FakeBrowserWindow) => window as unknown as BrowserWindow;

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('registerProtocolClient', () => {
  it('registers the scheme for the packaged app', () => {
    expect(registerProtocolClient(app, { execPath: '/opt/glc/go-local-companion', argv: ['/opt/glc/go-local-companion'], env: {} })).toBe(true);
    expect(app.protocolClients).toEqual([{ scheme: 'go-local-companion' }]);
  });

  it('in development, asks the OS to relaunch Electron with our app path', () => {
    registerProtocolClient(app, { defaultApp: true, execPath: '/dev/electron', argv: ['/dev/electron', '/work/app'], env: {} });
    expect(app.protocolClients).toEqual([{ scheme: 'go-local-companion', path: '/dev/electron', args: ['/work/app'] }]);
  });

  it('in development without an app path, registers nothing', () => {
    expect(registerProtocolClient(app, { defaultApp: true, execPath: '/dev/electron', argv: ['/dev/electron', '--inspect'], env: {} })).toBe(false);
    expect(app.protocolClients).toEqual([]);
  });

  it('for the Windows portable build, registers the .exe the user keeps, not its temporary copy', () => {
    registerProtocolClient(app, { execPath: 'C:\\Temp\\x\\Go Local Companion.exe', argv: [], env: { PORTABLE_EXECUTABLE_FILE: 'D:\\Go Local Companion.exe' } });
    expect(app.protocolClients).toEqual([{ scheme: 'go-local-companion', path: 'D:\\Go Local Companion.exe', args: [] }]);
  });
});

describe('sessionPageUrl', () => {
  it('puts the encoded session route in the hash, replacing any hash', () => {
    expect(sessionPageUrl('app://companion/index.html', 'glc24-001')).toBe('app://companion/index.html#/session/glc24-001');
    expect(sessionPageUrl('app://companion/index.html#/settings', 'a b/c#d')).toBe('app://companion/index.html#/session/a%20b%2Fc%23d');
    expect(sessionPageUrl('http://localhost:5173/', 'x')).toBe('http://localhost:5173/#/session/x');
  });
});

describe('DeepLinkRouter', () => {
  it('holds a link that arrives before the window, then shows only the latest', () => {
    const router = new DeepLinkRouter();
    expect(router.handleArgv(['/opt/glc/go-local-companion', '--flag', 'go-local-companion://session/first'])).toBe(true);
    expect(router.handleUrl('go-local-companion://session/second')).toBe(true);
    const open = vi.fn();
    router.attach(open);
    expect(open.mock.calls).toEqual([['second']]);
    router.handleUrl('go-local-companion://session/third');
    expect(open.mock.calls).toEqual([['second'], ['third']]);
  });

  it('ignores links of another shape, without logging them', () => {
    const router = new DeepLinkRouter();
    const open = vi.fn();
    router.attach(open);
    expect(router.handleUrl('go-local-companion://settings/feed?url=https://secret.example/token')).toBe(false);
    expect(router.handleUrl(42)).toBe(false);
    expect(router.handleArgv(['/opt/glc/go-local-companion'])).toBe(false);
    expect(open).not.toHaveBeenCalled();
    expect(JSON.stringify(vi.mocked(console.warn).mock.calls)).not.toContain('secret');
  });
});

describe('listenForDeepLinks', () => {
  it('takes macOS open-url (and claims it) and the argv of a second instance', () => {
    const router = new DeepLinkRouter();
    const open = vi.fn();
    router.attach(open);
    listenForDeepLinks(app as unknown as App, router);

    const event = fakeEvent();
    app.emit('open-url', event, 'go-local-companion://session/from-mac');
    expect(event.defaultPrevented).toBe(true);
    app.emit('second-instance', fakeEvent(), ['C:\\GLC\\Go Local Companion.exe', 'go-local-companion://session/from%20windows'], 'C:\\', {});
    expect(open.mock.calls).toEqual([['from-mac'], ['from windows']]);
  });
});

describe('showSessionPage', () => {
  const pageUrl = 'app://companion/index.html';

  it('navigates the existing window to the session route and brings it forward', () => {
    const window = new FakeBrowserWindow({});
    window.minimized = true;
    const openWindow = vi.fn();
    showSessionPage({ pageUrl, window: () => asWindow(window), openWindow }, 'glc24-007');
    expect(window.loadedUrl).toBe('app://companion/index.html#/session/glc24-007');
    expect(window.minimized).toBe(false);
    expect(window.visible).toBe(true);
    expect(window.focused).toBe(true);
    expect(openWindow).not.toHaveBeenCalled();
  });

  it('opens a window on the session when none is left (macOS keeps running without one)', () => {
    const openWindow = vi.fn();
    showSessionPage({ pageUrl, window: () => undefined, openWindow }, 'glc24-007');
    expect(openWindow).toHaveBeenCalledWith('app://companion/index.html#/session/glc24-007');
  });

  it('logs, and does not throw, when the page cannot be loaded', async () => {
    const window = new FakeBrowserWindow({});
    vi.spyOn(window, 'loadURL').mockRejectedValue(new Error('ERR_ABORTED'));
    showSessionPage({ pageUrl, window: () => asWindow(window), openWindow: vi.fn() }, 'x');
    await new Promise((resolve) => setImmediate(resolve));
    expect(console.warn).toHaveBeenCalledWith('[deep-links] could not show the session:', 'ERR_ABORTED');
  });
});

describe('deep links wired into the entry point', () => {
  it('shows the session from the first launch argv, then from open-url and a second instance', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'glc-deeplinks-'));
    app.paths['userData'] = userData;
    vi.stubEnv('ELECTRON_RENDERER_URL', '');
    const argv = process.argv;
    process.argv = [...argv, 'go-local-companion://session/glc24-003'];
    try {
      await import('../../main/index');
      expect(app.protocolClients.map((client) => client.scheme)).toEqual(['go-local-companion']);
      app.becomeReady();
      await new Promise((resolve) => setImmediate(resolve));

      const [window] = FakeBrowserWindow.created;
      expect(window!.loadedUrl).toBe('app://companion/index.html#/session/glc24-003');

      app.emit('open-url', fakeEvent(), 'go-local-companion://session/glc24-010');
      expect(window!.loadedUrl).toBe('app://companion/index.html#/session/glc24-010');

      window!.minimized = true;
      app.emit('second-instance', fakeEvent(), ['/opt/glc/go-local-companion', 'go-local-companion://session/glc24-011'], '/', {});
      expect(window!.loadedUrl).toBe('app://companion/index.html#/session/glc24-011');
      expect(window!.minimized).toBe(false);
      expect(FakeBrowserWindow.created).toHaveLength(1);
    } finally {
      process.argv = argv;
      vi.unstubAllEnvs();
      app.emit('before-quit');
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
