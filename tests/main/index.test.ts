/**
 * The entry point, wired end to end under the fake: what happens before
 * 'ready', what exists after it, and that a call from our window reaches the
 * real CompanionService with the bundled programme.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ACTION_NAMES, actionChannel, eventChannel } from '../../core/api';
import type { CompanionState } from '../../core/api';
import { FakeBrowserWindow, FakeWebContents, Menu, app, fakeEvent, ipcMain, protocol, session, shareOneFakeElectron } from './fake-electron';


let userData: string;
let callsBeforeReady: string[];
const platform = process.platform;

function fromWindow(window: FakeBrowserWindow) {
  return { sender: window.webContents, senderFrame: window.webContents.mainFrame };
}

// The app starts once, below; every test checks that same app.
shareOneFakeElectron();

beforeAll(async () => {
  userData = mkdtempSync(join(tmpdir(), 'glc-main-'));
  app.paths['userData'] = userData;
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await import('../../main/index');
  callsBeforeReady = [...app.calls];
  app.becomeReady();
  await new Promise((resolve) => setImmediate(resolve));
});

afterAll(() => {
  Object.defineProperty(process, 'platform', { value: platform });
  vi.unstubAllEnvs();
  rmSync(userData, { recursive: true, force: true });
});

describe('main entry', () => {
  it('enables the sandbox and registers the app scheme before the app is ready', () => {
    expect(app.sandboxEnabled).toBe(true);
    expect(callsBeforeReady).toEqual(['enableSandbox', 'registerSchemesAsPrivileged', 'requestSingleInstanceLock']);
    expect(protocol.privileged.map((scheme) => scheme.scheme)).toEqual(['app']);
  });

  it('serves the renderer through app:// and denies every permission on the default session', async () => {
    expect([...protocol.handlers.keys()]).toEqual(['app']);
    const traversal = await protocol.handlers.get('app')!(new Request('app://companion/..%2f..%2fpackage.json'));
    expect(traversal.status).toBe(404);
    const callback = vi.fn();
    session.defaultSession.permissionRequestHandler!({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.defaultSession.permissionCheckHandler!({}, 'notifications', 'app://companion', {})).toBe(false);
  });

  it('registers exactly the contract channels', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(ACTION_NAMES.map(actionChannel).sort());
  });

  it('opens one secure window on app://companion, guarded against popups', () => {
    expect(FakeBrowserWindow.created).toHaveLength(1);
    const [window] = FakeBrowserWindow.created;
    expect(window!.loadedUrl).toBe('app://companion/index.html');
    expect(window!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String(window!.options.webPreferences!['preload'])).toMatch(/preload[\\/]index\.cjs$/);
    expect(window!.webContents.windowOpenHandler!({ url: 'https://evil.example.net/' })).toEqual({ action: 'deny' });
    const navigation = fakeEvent({ url: 'https://evil.example.net/' });
    window!.webContents.emit('will-navigate', navigation, navigation.url);
    expect(navigation.defaultPrevented).toBe(true);
  });

  it('answers our window with the bundled programme and refuses other WebContents', async () => {
    const [window] = FakeBrowserWindow.created;
    const state = (await ipcMain.invoke('companion:getState', fromWindow(window!))) as CompanionState;
    expect(state.feed.origin).toBe('bundled');
    expect(state.programme.sessions.length).toBeGreaterThan(0);
    expect(JSON.stringify(state.programme)).toContain('Human Rights Go Local');

    const stranger = new FakeWebContents();
    stranger.mainFrame.url = 'app://companion/index.html';
    await expect(ipcMain.invoke('companion:getState', { sender: stranger, senderFrame: stranger.mainFrame })).rejects.toThrow();
  });

  it('persists settings under userData and forwards the change event to the window', async () => {
    const [window] = FakeBrowserWindow.created;
    await ipcMain.invoke('companion:updateSettings', fromWindow(window!), { theme: 'dark' });
    const sent = window!.webContents.sent.filter((message) => message.channel === eventChannel('settingsChanged'));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.args).toEqual([expect.objectContaining({ theme: 'dark' })]);
  });

  it('writes saved changes behind the click, and every one of them before the app quits', async () => {
    const [window] = FakeBrowserWindow.created;
    await ipcMain.invoke('companion:updateSettings', fromWindow(window!), { theme: 'light' });
    app.emit('will-quit');
    const saved = JSON.parse(readFileSync(join(userData, 'stores', 'settings.json'), 'utf8')) as { settings: { theme: string } };
    expect(saved.settings.theme).toBe('light');
  });

  it('builds the menu in the system’s language, and again in the one chosen in Settings, live', async () => {
    const [window] = FakeBrowserWindow.created;
    const menuLabels = () => (Menu.setApplicationMenu.mock.calls.at(-1)![0] as { template: { label?: string }[] }).template.map((item) => item.label);
    // The fake system prefers en-US.
    expect(menuLabels()).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    await ipcMain.invoke('companion:updateSettings', fromWindow(window!), { language: 'de' });
    expect(menuLabels()).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Fenster', 'Hilfe']);
    await ipcMain.invoke('companion:updateSettings', fromWindow(window!), { language: null });
    expect(menuLabels()).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('quits when the last window closes, except on macOS where activate reopens it', () => {
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    FakeBrowserWindow.created[0]!.close();
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('activate');
    expect(FakeBrowserWindow.created).toHaveLength(2);

    Object.defineProperty(process, 'platform', { value: 'linux' });
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('brings the existing window forward when a second copy is started', () => {
    const window = FakeBrowserWindow.created.at(-1)!;
    window.minimized = true;
    app.emit('second-instance');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
    expect(FakeBrowserWindow.created).toHaveLength(2);
  });
});
