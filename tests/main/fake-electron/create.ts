/**
 * createFakeElectron(): a whole new fake `electron`, every module's state new.
 * Nothing here is shared between two fakes, so a test that gets a new fake
 * cannot see what an earlier test left behind.
 */
import { vi } from 'vitest';
import { FakeApp } from './app';
import { FakeIpcMain, FakeIpcRenderer } from './ipc';
import { createDesktopCapturer, createSystemPreferences } from './media';
import { FakeRecords } from './records';
import { FakeProtocol, FakeSessions } from './session';
import type { FakeWebContents } from './web-contents';

export class FakeContextBridge {
  readonly exposed = new Map<string, unknown>();

  exposeInMainWorld(key: string, api: unknown): void {
    if (this.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property: ${key}`);
    this.exposed.set(key, api);
  }
}

/** The webContents module: finds the WebContents a frame belongs to. */
function createWebContentsModule(records: FakeRecords) {
  return {
    fromFrame(frame: unknown): FakeWebContents | undefined {
      return records.webContents.find((contents) => contents.mainFrame === frame && !contents.closed);
    },
    getAllWebContents(): FakeWebContents[] {
      return records.webContents.filter((contents) => !contents.closed);
    },
  };
}

export function createFakeElectron() {
  const app = new FakeApp();
  const records = new FakeRecords();
  return {
    app,
    records,
    ipcMain: new FakeIpcMain(),
    ipcRenderer: new FakeIpcRenderer(),
    contextBridge: new FakeContextBridge(),
    protocol: new FakeProtocol(app),
    session: new FakeSessions(),
    webContents: createWebContentsModule(records),
    shell: { openExternal: vi.fn(async (_url: string): Promise<void> => undefined) },
    dialog: {
      showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
      showErrorBox: vi.fn(),
    },
    /** net.request: tests give it an implementation (see fake-net-request.ts). */
    net: { request: vi.fn() },
    /** Menu: buildFromTemplate returns the template it was given, so tests can read what was installed. */
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    desktopCapturer: createDesktopCapturer(),
    systemPreferences: createSystemPreferences(),
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
