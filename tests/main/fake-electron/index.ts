/**
 * A small recording fake of the `electron` module for main and preload tests
 * (there is no Electron binary here). tests/main/setup.ts mocks `electron` with
 * it for every file in tests/main.
 *
 * The objects are created once and reset in place by resetFakeElectron(),
 * because code under test holds on to them through its named imports.
 */
import { vi } from 'vitest';
import { app } from './app';
import { FakeIpcMain, FakeIpcRenderer } from './ipc';
import { desktopCapturer, systemPreferences } from './media';
import { FakeNotification, FakeTray } from './notifications';
import { FakeProtocol, FakeSession } from './session';
import { FakeWebContents } from './web-contents';
import { FakeBaseWindow, FakeBrowserWindow, FakeWebContentsView } from './windows';

export * from './events';
export * from './web-contents';
export * from './windows';
export * from './ipc';
export * from './app';
export * from './session';
export * from './notifications';
export * from './media';

export const ipcMain = new FakeIpcMain();
export const ipcRenderer = new FakeIpcRenderer();
export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    if (contextBridge.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property: ${key}`);
    contextBridge.exposed.set(key, api);
  },
};
export const protocol = new FakeProtocol();
const partitions = new Map<string, FakeSession>();
export const session = {
  defaultSession: new FakeSession(),
  fromPartition(partition: string): FakeSession {
    if (partition === '') return session.defaultSession;
    const existing = partitions.get(partition);
    if (existing) return existing;
    const created = new FakeSession(partition);
    partitions.set(partition, created);
    return created;
  },
  /** Test helper: the sessions made so far, by partition. */
  partitions,
};
/** The webContents module: finds the WebContents a frame belongs to. */
export const webContents = {
  fromFrame(frame: unknown): FakeWebContents | undefined {
    return FakeWebContents.all.find((contents) => contents.mainFrame === frame && !contents.closed);
  },
  getAllWebContents(): FakeWebContents[] {
    return FakeWebContents.all.filter((contents) => !contents.closed);
  },
};
export const shell = { openExternal: vi.fn(async (_url: string): Promise<void> => undefined) };
export const dialog = {
  showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
  showErrorBox: vi.fn(),
};
/** net.request: tests give it an implementation (see fake-net-request.ts). */
export const net = { request: vi.fn() };
export const BrowserWindow = FakeBrowserWindow;
/** Menu: buildFromTemplate returns the template it was given, so tests can read what was installed. */
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};
export const Notification = FakeNotification;
export const Tray = FakeTray;

export const BaseWindow = FakeBaseWindow;
export const WebContentsView = FakeWebContentsView;

const electron = {
  app, ipcMain, ipcRenderer, contextBridge, protocol, session, shell, dialog, net, BrowserWindow, Notification, Menu,
  BaseWindow, WebContentsView, desktopCapturer, systemPreferences, webContents, Tray,
};

/** What vi.mock('electron') returns: named exports plus a default (electron-store imports the default). */
export const electronModule = { ...electron, default: electron };

export function resetFakeElectron(): void {
  app.removeAllListeners();
  Object.assign(app, { sandboxEnabled: false, isPackaged: false, ready: false, hasSingleInstanceLock: true, preferredSystemLanguages: ['en-US'], locale: 'en-US' });
  app.calls.length = 0;
  app.protocolClients.length = 0;
  Menu.buildFromTemplate.mockClear();
  Menu.setApplicationMenu.mockClear();
  for (const key of Object.keys(app.paths)) delete app.paths[key];
  app.commandLine.switches.length = 0;
  app.quit.mockClear();
  app.exit.mockClear();
  app.focus.mockClear();
  ipcMain.removeAllListeners();
  ipcMain.handlers.clear();
  ipcRenderer.invoke.mockClear();
  ipcRenderer.listeners.clear();
  contextBridge.exposed.clear();
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  session.defaultSession.permissionRequestHandler = null;
  session.defaultSession.permissionCheckHandler = null;
  session.defaultSession.displayMediaRequestHandler = null;
  session.defaultSession.certificateVerifyProc = null;
  for (const key of Object.keys(session.defaultSession.installs)) delete session.defaultSession.installs[key];
  partitions.clear();
  shell.openExternal.mockReset();
  shell.openExternal.mockResolvedValue(undefined);
  dialog.showSaveDialog.mockReset();
  dialog.showSaveDialog.mockResolvedValue({ canceled: true });
  dialog.showErrorBox.mockClear();
  net.request.mockReset();
  FakeBrowserWindow.created.length = 0;
  FakeBaseWindow.created.length = 0;
  FakeWebContentsView.created.length = 0;
  FakeWebContents.all.length = 0;
  desktopCapturer.getSources.mockReset();
  desktopCapturer.getSources.mockResolvedValue([]);
  systemPreferences.getMediaAccessStatus.mockReset();
  systemPreferences.getMediaAccessStatus.mockReturnValue('not-determined');
  systemPreferences.askForMediaAccess.mockReset();
  systemPreferences.askForMediaAccess.mockResolvedValue(true);
  FakeNotification.created.length = 0;
  FakeNotification.supported = true;
  FakeTray.created.length = 0;
}
