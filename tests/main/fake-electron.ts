/**
 * A small recording fake of the `electron` module for main and preload tests
 * (there is no Electron binary here). tests/main/setup.ts mocks `electron` with
 * it for every file in tests/main.
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
  static readonly all: FakeWebContents[] = [];
  readonly id = FakeWebContents.nextId++;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly mainFrame = new FakeFrame('about:blank');
  windowOpenHandler: ((details: WindowOpenDetails) => { action: 'allow' | 'deny' }) | null = null;
  /** webContents.ipc: messages from this contents only (Electron's per-WebContents IPC). */
  readonly ipc = new EventEmitter();
  readonly loadedUrls: string[] = [];
  closed = false;
  focused = false;
  userAgent = '';

  constructor(readonly preferences: Record<string, unknown> = {}) {
    super();
    FakeWebContents.all.push(this);
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.mainFrame.url = url;
    return Promise.resolve();
  }

  reload(): void {
    this.loadedUrls.push(this.mainFrame.url);
  }

  getURL(): string {
    return this.mainFrame.url;
  }

  setUserAgent(userAgent: string): void {
    this.userAgent = userAgent;
  }

  focus(): void {
    this.focused = true;
  }

  close(): void {
    this.closed = true;
    this.emit('destroyed');
  }

  isDestroyed(): boolean {
    return this.closed;
  }

  /** Test helper: a message from this contents' main frame (or another frame) on its per-contents ipc. */
  emitIpc(channel: string, ...args: unknown[]): void {
    this.emitIpcFrom(this.mainFrame, channel, ...args);
  }

  emitIpcFrom(frame: FakeFrame | null, channel: string, ...args: unknown[]): void {
    this.ipc.emit(channel, { sender: this, senderFrame: frame }, ...args);
  }

  setWindowOpenHandler(handler: (details: WindowOpenDetails) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
}

/** What BrowserWindow and BaseWindow share: visibility, focus, minimising and closing (once, as in Electron). */
class FakeWindowState extends EventEmitter {
  visible = false;
  destroyed = false;
  minimized = false;
  focused = false;

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
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  }
}

export class FakeBrowserWindow extends FakeWindowState {
  static readonly created: FakeBrowserWindow[] = [];
  readonly webContents: FakeWebContents;
  loadedUrl: string | null = null;

  constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    super();
    this.webContents = new FakeWebContents(options.webPreferences ?? {});
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
  /** app.focus({ steal }): bringing the app itself forward (macOS). */
  readonly focus = vi.fn((_options?: { steal: boolean }) => undefined);
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

  getName(): string {
    return 'Go Local Companion';
  }

  /** Chromium switches appended before 'ready'. */
  readonly commandLine = {
    switches: [] as string[],
    appendSwitch(name: string): void {
      this.switches.push(name);
    },
  };

  /** Schemes this app asked the OS to send it, with the command it gave. */
  readonly protocolClients: { scheme: string; path?: string; args?: string[] }[] = [];

  setAsDefaultProtocolClient(scheme: string, path?: string, args?: string[]): boolean {
    this.protocolClients.push({ scheme, ...(path === undefined ? {} : { path }), ...(args === undefined ? {} : { args }) });
    return true;
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

type DisplayMediaCallback = (streams: { video?: unknown; audio?: unknown } | null) => void;
type DisplayMediaHandler = (request: Record<string, unknown>, callback: DisplayMediaCallback) => void;
type CertificateVerifyProc = (request: { hostname: string }, callback: (verificationResult: number) => void) => void;

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  displayMediaRequestHandler: DisplayMediaHandler | null = null;
  displayMediaOptions: unknown = undefined;
  certificateVerifyProc: CertificateVerifyProc | null = null;
  userAgent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) go-local-companion/0.1.0 Chrome/140.0.7339.41 Electron/45.5.0 Safari/537.36';
  /** How many times each setter was called: handlers must be installed once per session. */
  readonly installs: Record<string, number> = {};

  constructor(readonly partition = '') {}

  private count(name: string): void {
    this.installs[name] = (this.installs[name] ?? 0) + 1;
  }

  setDisplayMediaRequestHandler(handler: DisplayMediaHandler | null, options?: unknown): void {
    this.count('setDisplayMediaRequestHandler');
    this.displayMediaRequestHandler = handler;
    this.displayMediaOptions = options;
  }

  setCertificateVerifyProc(proc: CertificateVerifyProc | null): void {
    this.count('setCertificateVerifyProc');
    this.certificateVerifyProc = proc;
  }

  getUserAgent(): string {
    return this.userAgent;
  }

  setUserAgent(userAgent: string): void {
    this.count('setUserAgent');
    this.userAgent = userAgent;
  }

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.count('setPermissionRequestHandler');
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.count('setPermissionCheckHandler');
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

/** A tray icon: what it shows, its tooltip and the menu last set (Menu.buildFromTemplate returns its template). */
export class FakeTray extends EventEmitter {
  static readonly created: FakeTray[] = [];
  toolTip = '';
  contextMenu: { template: MenuTemplateItem[] } | null = null;
  destroyed = false;

  constructor(readonly image: unknown) {
    super();
    FakeTray.created.push(this);
  }

  setToolTip(toolTip: string): void {
    this.toolTip = toolTip;
  }

  setContextMenu(menu: { template: MenuTemplateItem[] } | null): void {
    this.contextMenu = menu;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  destroy(): void {
    this.destroyed = true;
  }

  /** Test helper: the menu item with this label (or starting with it). */
  item(label: string): MenuTemplateItem | undefined {
    return this.contextMenu?.template.find((entry) => typeof entry.label === 'string' && entry.label.startsWith(label));
  }
}

export interface MenuTemplateItem {
  label?: string;
  type?: string;
  enabled?: boolean;
  click?: () => void;
}

export interface FakeRectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class FakeWebContentsView extends EventEmitter {
  static readonly created: FakeWebContentsView[] = [];
  readonly webContents: FakeWebContents;
  bounds: FakeRectangle = { x: 0, y: 0, width: 0, height: 0 };
  visible = true;

  constructor(readonly options: { webPreferences?: Record<string, unknown> } = {}) {
    super();
    this.webContents = new FakeWebContents(options.webPreferences ?? {});
    FakeWebContentsView.created.push(this);
    app.emit('web-contents-created', fakeEvent(), this.webContents);
  }

  setBounds(bounds: FakeRectangle): void {
    this.bounds = bounds;
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
  }

  setBackgroundColor(_color: string): void {}
}

class FakeView {
  readonly children: FakeWebContentsView[] = [];

  addChildView(view: FakeWebContentsView): void {
    this.children.push(view);
  }

  removeChildView(view: FakeWebContentsView): void {
    this.children.splice(this.children.indexOf(view), 1);
  }
}

/** BaseWindow: no WebContents of its own; closing it does not close its views' WebContents (as in Electron). */
export class FakeBaseWindow extends FakeWindowState {
  static readonly created: FakeBaseWindow[] = [];
  readonly contentView = new FakeView();
  title: string;
  contentSize = { width: 1280, height: 800 };

  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    this.title = typeof options['title'] === 'string' ? options['title'] : '';
    FakeBaseWindow.created.push(this);
  }

  getContentBounds(): FakeRectangle {
    return { x: 0, y: 0, ...this.contentSize };
  }

  setTitle(title: string): void {
    this.title = title;
  }



  /** Test helper: the attendee resizing the window. */
  resizeTo(width: number, height: number): void {
    this.contentSize = { width, height };
    this.emit('resize');
  }
}

export interface FakeCapturerSource {
  id: string;
  name: string;
  display_id?: string;
  thumbnail: { toDataURL(): string; isEmpty(): boolean };
}

export function fakeCapturerSource(id: string, name: string): FakeCapturerSource {
  return { id, name, display_id: '', thumbnail: { toDataURL: () => 'data:image/png;base64,AAAA', isEmpty: () => false } };
}

export const desktopCapturer = {
  getSources: vi.fn(async (_options: { types: string[]; thumbnailSize?: { width: number; height: number } }): Promise<FakeCapturerSource[]> => []),
};

export const systemPreferences = {
  getMediaAccessStatus: vi.fn((_mediaType: string): string => 'not-determined'),
  askForMediaAccess: vi.fn(async (_mediaType: string): Promise<boolean> => true),
};

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
  Object.assign(app, { sandboxEnabled: false, isPackaged: false, ready: false, hasSingleInstanceLock: true });
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
