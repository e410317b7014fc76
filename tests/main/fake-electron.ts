/**
 * A small recording fake of the `electron` module for main and preload tests
 * (there is no Electron binary here). Use it in a test file with:
 *
 *   vi.mock('electron', async () => (await import('./fake-electron')).electronModule);
 *
 * The objects are created once and reset in place by resetFakeElectron(),
 * because code under test holds on to them through its named imports.
 */
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { vi } from 'vitest';

export interface FakeEvent {
  url?: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(fields: { url?: string } = {}): FakeEvent {
  return {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeFrame {
  constructor(
    public url: string,
    public parent: FakeFrame | null = null,
  ) {}
}

export interface WindowOpenDetails {
  url: string;
  frameName?: string;
}

export class FakeWebContents extends EventEmitter {
  private static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly mainFrame = new FakeFrame('about:blank');
  windowOpenHandler: ((details: WindowOpenDetails) => { action: 'allow' | 'deny' }) | null = null;

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  setWindowOpenHandler(handler: (details: WindowOpenDetails) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  visible = false;
  destroyed = false;
  minimized = false;
  focused = false;

  constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    super();
    FakeBrowserWindow.created.push(this);
    // Electron announces every new WebContents on app, which is where the security guard hooks in.
    app.emit('web-contents-created', fakeEvent(), this.webContents);
  }

  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.created.filter((window) => !window.destroyed);
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }

  show(): void {
    this.visible = true;
  }

  focus(): void {
    this.focused = true;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  restore(): void {
    this.minimized = false;
  }

  close(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, InvokeHandler>();

  handle(channel: string, handler: InvokeHandler): void {
    // Electron itself refuses a second handler for a channel.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** Test helper: what a renderer's invoke would reach. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
}

type RendererListener = (event: unknown, ...args: unknown[]) => void;

class FakeIpcRenderer {
  readonly invoke = vi.fn(async (channel: string, ...args: unknown[]): Promise<unknown> => ({ channel, args }));
  readonly listeners = new Map<string, Set<RendererListener>>();

  on(channel: string, listener: RendererListener): this {
    const set = this.listeners.get(channel) ?? new Set();
    set.add(listener);
    this.listeners.set(channel, set);
    return this;
  }

  removeListener(channel: string, listener: RendererListener): this {
    this.listeners.get(channel)?.delete(listener);
    return this;
  }

  listenerCount(channel: string): number {
    return this.listeners.get(channel)?.size ?? 0;
  }

  /** Test helper: main sending an event to this renderer. */
  emitFromMain(channel: string, ...args: unknown[]): void {
    const event = { sender: this, senderId: 0, ports: [] };
    for (const listener of this.listeners.get(channel) ?? []) listener(event, ...args);
  }
}

class FakeApp extends EventEmitter {
  sandboxEnabled = false;
  isPackaged = false;
  ready = false;
  hasSingleInstanceLock = true;
  readonly paths: Record<string, string> = {};
  /** Order of security-relevant calls, to check what happened before 'ready'. */
  readonly calls: string[] = [];
  readonly quit = vi.fn(() => {
    this.calls.push('quit');
  });
  readonly exit = vi.fn();
  private readyWaiters: (() => void)[] = [];

  enableSandbox(): void {
    if (this.ready) throw new Error('app.enableSandbox() must be called before the app is ready');
    this.sandboxEnabled = true;
    this.calls.push('enableSandbox');
  }

  requestSingleInstanceLock(): boolean {
    this.calls.push('requestSingleInstanceLock');
    return this.hasSingleInstanceLock;
  }

  isReady(): boolean {
    return this.ready;
  }

  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Test helper: Electron finishing its start-up. */
  becomeReady(): void {
    this.ready = true;
    this.calls.push('ready');
    for (const resolve of this.readyWaiters.splice(0)) resolve();
    this.emit('ready');
  }

  getPath(name: string): string {
    return this.paths[name] ?? tmpdir();
  }

  getVersion(): string {
    return '0.1.0';
  }
}

export interface PrivilegedScheme {
  scheme: string;
  privileges?: Record<string, boolean>;
}

class FakeProtocol {
  readonly privileged: PrivilegedScheme[] = [];
  readonly handlers = new Map<string, (request: Request) => Response | Promise<Response>>();

  registerSchemesAsPrivileged(schemes: PrivilegedScheme[]): void {
    if (app.ready) throw new Error('registerSchemesAsPrivileged must be called before the app is ready');
    app.calls.push('registerSchemesAsPrivileged');
    this.privileged.push(...schemes);
  }

  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    this.handlers.set(scheme, handler);
  }
}

type PermissionRequestHandler = (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type PermissionCheckHandler = (webContents: unknown, permission: string, origin: string, details: unknown) => boolean;

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
}

export class FakeNotification extends EventEmitter {
  static readonly created: FakeNotification[] = [];
  static supported = true;
  shown = false;

  constructor(readonly options: { title?: string; body?: string }) {
    super();
    FakeNotification.created.push(this);
  }

  static isSupported(): boolean {
    return FakeNotification.supported;
  }

  show(): void {
    this.shown = true;
  }
}

export const app = new FakeApp();
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
export const session = { defaultSession: new FakeSession() };
export const shell = { openExternal: vi.fn(async (_url: string): Promise<void> => undefined) };
export const dialog = {
  showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
  showErrorBox: vi.fn(),
};
/** net.request: tests give it an implementation (see fake-net-request.ts). */
export const net = { request: vi.fn() };
export const BrowserWindow = FakeBrowserWindow;
export const Notification = FakeNotification;

const electron = { app, ipcMain, ipcRenderer, contextBridge, protocol, session, shell, dialog, net, BrowserWindow, Notification };

/** What vi.mock('electron') returns: named exports plus a default (electron-store imports the default). */
export const electronModule = { ...electron, default: electron };

export function resetFakeElectron(): void {
  app.removeAllListeners();
  Object.assign(app, { sandboxEnabled: false, isPackaged: false, ready: false, hasSingleInstanceLock: true });
  app.calls.length = 0;
  for (const key of Object.keys(app.paths)) delete app.paths[key];
  app.quit.mockClear();
  app.exit.mockClear();
  ipcMain.removeAllListeners();
  ipcMain.handlers.clear();
  ipcRenderer.invoke.mockClear();
  ipcRenderer.listeners.clear();
  contextBridge.exposed.clear();
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  session.defaultSession.permissionRequestHandler = null;
  session.defaultSession.permissionCheckHandler = null;
  shell.openExternal.mockReset();
  shell.openExternal.mockResolvedValue(undefined);
  dialog.showSaveDialog.mockReset();
  dialog.showSaveDialog.mockResolvedValue({ canceled: true });
  dialog.showErrorBox.mockClear();
  net.request.mockReset();
  FakeBrowserWindow.created.length = 0;
  FakeNotification.created.length = 0;
  FakeNotification.supported = true;
}
