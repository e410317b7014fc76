/** "Live now", "starts in 25 min" or "ended", from the real clock. */
import { sessionTiming } from '../../core/time/session-timing';
import './SessionStateBadge.css';

export function SessionStateBadge({ start, end, now }: { start: string; end: string; now: number }) {
  const timing = sessionTiming(Date.parse(start), Date.parse(end), now);
  if (timing.kind === 'later') return null;
  return <span className={`state-badge state-${timing.kind}`}>{timing.label}</span>;
}
