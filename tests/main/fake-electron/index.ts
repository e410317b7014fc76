/**
 * A small recording fake of the `electron` module for main and preload tests
 * (there is no Electron binary here). tests/main/setup.ts mocks `electron` with
 * electronModule and installs a new fake (createFakeElectron) before each test.
 *
 * Code under test keeps its named imports of `electron` for its whole life, so
 * electronModule reads each module from the current fake at the moment of use,
 * and the exports below are live bindings that useFakeElectron() re-points.
 */
import { beforeAll, beforeEach } from 'vitest';
import { createFakeElectron, type FakeElectron } from './create';
import { currentFake, setCurrentFake } from './current';
import { FakeNotification, FakeTray } from './notifications';
import { FakeBaseWindow, FakeBrowserWindow, FakeWebContentsView } from './windows';

export * from './events';
export * from './web-contents';
export * from './windows';
export * from './ipc';
export * from './app';
export * from './session';
export * from './notifications';
export * from './media';
export { createFakeElectron, FakeContextBridge, type FakeElectron } from './create';

// Live bindings: useFakeElectron re-points them at each test's own fake.
export let app: FakeElectron['app'];
export let ipcMain: FakeElectron['ipcMain'];
export let ipcRenderer: FakeElectron['ipcRenderer'];
export let contextBridge: FakeElectron['contextBridge'];
export let protocol: FakeElectron['protocol'];
export let session: FakeElectron['session'];
export let webContents: FakeElectron['webContents'];
export let shell: FakeElectron['shell'];
export let dialog: FakeElectron['dialog'];
export let net: FakeElectron['net'];
export let Menu: FakeElectron['Menu'];
export let desktopCapturer: FakeElectron['desktopCapturer'];
export let systemPreferences: FakeElectron['systemPreferences'];

/** Makes `fake` the one `electron` and these exports stand for. */
export function useFakeElectron(fake: FakeElectron): void {
  setCurrentFake(fake);
  ({ app, ipcMain, ipcRenderer, contextBridge, protocol, session, webContents, shell, dialog, net, Menu, desktopCapturer, systemPreferences } = fake);
}

useFakeElectron(createFakeElectron());

/**
 * For a file that starts the app once (in beforeAll) and checks it in several
 * tests: every test of the enclosing suite gets the fake the app was started on,
 * instead of a new one. Call it before that beforeAll.
 */
export function shareOneFakeElectron(): void {
  let shared: FakeElectron | undefined;
  beforeAll(() => {
    shared = createFakeElectron();
    useFakeElectron(shared);
  });
  beforeEach(() => {
    if (shared) useFakeElectron(shared);
  });
}

/** Electron's classes: no state of their own, they record into the current fake. */
const classes = {
  BrowserWindow: FakeBrowserWindow,
  BaseWindow: FakeBaseWindow,
  WebContentsView: FakeWebContentsView,
  Notification: FakeNotification,
  Tray: FakeTray,
};

const MODULES = [
  'app', 'ipcMain', 'ipcRenderer', 'contextBridge', 'protocol', 'session', 'webContents', 'shell', 'dialog', 'net', 'Menu',
  'desktopCapturer', 'systemPreferences',
] as const satisfies readonly (keyof FakeElectron)[];

/** The module's exports, each module looked up in the current fake when it is read. */
function electronExports(): Record<string, unknown> {
  const exports: Record<string, unknown> = { ...classes };
  for (const name of MODULES) Object.defineProperty(exports, name, { enumerable: true, get: () => currentFake()[name] });
  return exports;
}

/** What vi.mock('electron') returns: named exports plus a default (electron-store imports the default). */
export const electronModule = Object.assign(electronExports(), { default: electronExports() });
