import type { BrowserWindow } from 'electron';

/**
 * The windows that show our own UI with our preload. Only these may call the
 * companion API and receive its events; a room window is never registered here.
 */
export class OwnWindows {
  private readonly windows = new Set<BrowserWindow>();

  add(window: BrowserWindow): void {
    this.windows.add(window);
    window.on('closed', () => this.windows.delete(window));
  }

  list(): BrowserWindow[] {
    return [...this.windows].filter((window) => !window.isDestroyed());
  }

  first(): BrowserWindow | undefined {
    return this.list()[0];
  }
}
