import type { Clock } from '../../core/ports';
import { safeTimerDelay } from '../../core/time/timer-delay';

export class BrowserClock implements Clock {
  now(): number {
    return Date.now();
  }
  setTimeout(callback: () => void, ms: number): unknown {
    return window.setTimeout(callback, safeTimerDelay(ms));
  }
  clearTimeout(handle: unknown): void {
    window.clearTimeout(handle as number);
  }
}
