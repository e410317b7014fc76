import type { Clock } from '../../core/ports';
import { safeTimerDelay } from '../../core/time/timer-delay';

/** Wall-clock time and Node timers; tests use a fake clock instead. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, safeTimerDelay(ms)),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};
