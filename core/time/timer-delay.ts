/**
 * Timers in Node and browsers take a signed 32-bit delay: anything longer
 * (about 24.8 days, e.g. a reminder for a session bookmarked weeks ahead)
 * fires at once. Capping it makes a far timer wake early instead, and callers
 * re-plan when it fires, so nothing is missed and nothing spins.
 */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

export const safeTimerDelay = (ms: number): number => Math.min(Math.max(0, ms), MAX_TIMER_DELAY_MS);
