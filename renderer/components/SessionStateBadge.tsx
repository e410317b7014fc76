/** "Live now", "starts in 25 min" or "ended", from the real clock. */
import { useTranslation } from 'react-i18next';
import { sessionTiming } from '../../core/time/session-timing';

export function SessionStateBadge({ start, end, now }: { start: string; end: string; now: number }) {
  const { t } = useTranslation();
  const timing = sessionTiming(Date.parse(start), Date.parse(end), now);
  if (timing.kind === 'later') return null;
  const text = timing.kind === 'live' ? t('session.state.live') : timing.kind === 'soon' ? t('session.state.soon', { minutes: timing.minutes }) : t('session.state.ended');
  return <span className={`state-badge state-${timing.kind}`}>{text}</span>;
}
