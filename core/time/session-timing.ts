/** Where a session stands relative to now: the states attendees see on every row. */
export type SessionTiming =
  | { kind: 'live'; label: string }
  | { kind: 'soon'; label: string; minutes: number }
  | { kind: 'ended'; label: string }
  | { kind: 'later'; label: string };

/** Sessions starting within this many minutes show a countdown. */
export const SOON_MINUTES = 60;

export function sessionTiming(startMs: number, endMs: number, nowMs: number): SessionTiming {
  if (nowMs >= endMs && endMs > startMs) return { kind: 'ended', label: 'Ended' };
  if (nowMs >= startMs && nowMs < endMs) return { kind: 'live', label: 'Live now' };
  if (nowMs >= startMs) return { kind: 'ended', label: 'Ended' };
  const minutes = Math.ceil((startMs - nowMs) / 60_000);
  if (minutes <= SOON_MINUTES) return { kind: 'soon', label: `Starts in ${minutes} min`, minutes };
  return { kind: 'later', label: '' };
}
