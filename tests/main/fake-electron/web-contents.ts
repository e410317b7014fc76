/** A recording WebContents: loads, navigations, window-open handlers, sends. */
import { EventEmitter } from 'node:events';
import { currentFake } from './current';
import { FakeFrame } from './events';

export interface WindowOpenDetails {
  url: string;
  frameName?: string;
}

export class FakeWebContents extends EventEmitter {
  /** Every WebContents made under the current fake. */
  static get all(): FakeWebContents[] {
    return currentFake().records.webContents;
  }

  readonly id = currentFake().records.nextWebContentsId++;
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
