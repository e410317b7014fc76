import type { Clock } from '../../core/ports';

export class BrowserClock implements Clock {
  now(): number {
    return Date.now();
  }
  setTimeout(callback: () => void, ms: number): unknown {
    return window.setTimeout(callback, ms);
  }
  clearTimeout(handle: unknown): void {
    window.clearTimeout(handle as number);
  }
}
