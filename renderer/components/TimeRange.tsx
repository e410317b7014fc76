/**
 * A session's times in the attendee's zone and in the event's zone, each labelled.
 * Screen readers get one sentence that names both zones in full.
 */
import { dualTime } from '../../core/time/dual-time';
import type { ZonedRange } from '../../core/time/dual-time';
import { dayLabel } from '../../core/time/days';
import { useZones } from './zone-context';
import './TimeRange.css';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useTimeConventions } from '../i18n/time-conventions';
import type { TimeConventions } from '../../core/time/conventions';

interface Props {
  start: string;
  end: string;
  /** Also show the date of each range (detail view). */
  withDate?: boolean;
}

const spoken = (t: TFunction, range: ZonedRange, who: string, withDate: boolean, conventions: TimeConventions): string =>
  t('time.spoken', {
    withDate: withDate ? 'yes' : 'no',
    date: dayLabel(range.date, 'long', conventions),
    start: range.start,
    end: range.end,
    nextDay: range.endsNextDay ? 'yes' : 'no',
    who,
    zoneName: range.longLabel,
  });

function Range({ range, withDate }: { range: ZonedRange; withDate: boolean }) {
  const { t } = useTranslation();
  const conventions = useTimeConventions();
  return (
    <>
      {withDate && <span className="time-date">{dayLabel(range.date, 'long', conventions)} · </span>}
      <span className="time-clock">
        {range.start}–{range.end}
      </span>
      {range.endsNextDay && <span className="time-next-day"> {t('time.nextDay')}</span>}{' '}
      <abbr className="time-zone" title={range.longLabel}>
        {range.label}
      </abbr>
    </>
  );
}

export function TimeRange({ start, end, withDate = false }: Props) {
  const zones = useZones();
  const { t } = useTranslation();
  const conventions = useTimeConventions();
  const time = dualTime(start, end, zones.display, zones.event, conventions);
  // How many days the attendee's date is ahead of (+) or behind (−) the event's.
  const days = Math.abs(time.dayOffset);
  const offset = time.dayOffset === 0 ? '' : t(time.dayOffset > 0 ? 'time.dayOffset' : 'time.dayOffset.earlier', { count: days });
  const spokenOffset = time.dayOffset < 0 ? t('time.dayOffset.earlier.spoken', { count: days }) : offset;
  const place = zones.eventPlace;
  const sentence = time.same
    ? spoken(t, time.display, t('time.who.both', { place }), withDate, conventions)
    : t('time.spoken.both', {
        yours: spoken(t, time.display, t('time.who.yours'), withDate, conventions),
        hasOffset: offset ? 'yes' : 'no',
        offset: spokenOffset,
        place,
        event: spoken(t, time.event, t('time.who.event', { place }), withDate, conventions),
      });

  return (
    <span className="time-range">
      <span className="sr-only">{sentence}</span>
      <span aria-hidden="true" className="time-visual">
        <span className="time-display">
          <Range range={time.display} withDate={withDate} />
          {!time.same && <span className="time-who"> {t('time.yourTime')}</span>}
          {offset && <span className="day-offset">{offset}</span>}
        </span>
        {!time.same && (
          <span className="time-event">
            <Range range={time.event} withDate={withDate} /> <span className="time-who">{zones.eventPlace}</span>
          </span>
        )}
      </span>
    </span>
  );
}
