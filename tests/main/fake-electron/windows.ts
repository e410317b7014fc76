/** BrowserWindow, BaseWindow and WebContentsView, each recording what the code under test did. */
import { EventEmitter } from 'node:events';
import { fakeEvent } from './events';
import { FakeWebContents } from './web-contents';
import { currentFake } from './current';

export class FakeWindowState extends EventEmitter {
  visible = false;
  destroyed = false;
  minimized = false;
  focused = false;
  title = '';

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

  setTitle(title: string): void {
    this.title = title;
  }

  /** The title the window was made with, as Electron takes it from the options. */
  protected titleFrom(options: Record<string, unknown>): void {
    if (typeof options['title'] === 'string') this.title = options['title'];
  }

  close(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  }
}

export class FakeBrowserWindow extends FakeWindowState {
  static get created(): FakeBrowserWindow[] {
    return currentFake().records.browserWindows;
  }

  readonly webContents: FakeWebContents;
  loadedUrl: string | null = null;

  constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    super();
    this.titleFrom(options);
    this.webContents = new FakeWebContents(options.webPreferences ?? {});
    FakeBrowserWindow.created.push(this);
    // Electron announces every new WebContents on app, which is where the security guard hooks in.
    currentFake().app.emit('web-contents-created', fakeEvent(), this.webContents);
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

export interface FakeRectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class FakeWebContentsView extends EventEmitter {
  static get created(): FakeWebContentsView[] {
    return currentFake().records.webContentsViews;
  }

  readonly webContents: FakeWebContents;
  bounds: FakeRectangle = { x: 0, y: 0, width: 0, height: 0 };
  visible = true;

  constructor(readonly options: { webPreferences?: Record<string, unknown> } = {}) {
    super();
    this.webContents = new FakeWebContents(options.webPreferences ?? {});
    FakeWebContentsView.created.push(this);
    currentFake().app.emit('web-contents-created', fakeEvent(), this.webContents);
  }

  setBounds(bounds: FakeRectangle): void {
    this.bounds = bounds;
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
  }

  setBackgroundColor(_color: string): void {}
}

export class FakeView {
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
  static get created(): FakeBaseWindow[] {
    return currentFake().records.baseWindows;
  }

  readonly contentView = new FakeView();
  contentSize = { width: 1280, height: 800 };

  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    this.titleFrom(options);
    FakeBaseWindow.created.push(this);
  }

  getContentBounds(): FakeRectangle {
    return { x: 0, y: 0, ...this.contentSize };
  }

  /** Test helper: the attendee resizing the window. */
  resizeTo(width: number, height: number): void {
    this.contentSize = { width, height };
    this.emit('resize');
  }
}
