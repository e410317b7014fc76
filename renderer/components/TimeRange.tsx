/**
 * A session's times in the attendee's zone and in the event's zone, each labelled.
 * Screen readers get one sentence that names both zones in full.
 */
import { dayOffsetLabel, dualTime } from '../../core/time/dual-time';
import type { ZonedRange } from '../../core/time/dual-time';
import { dayLabel } from '../../core/time/days';
import { useZones } from './zone-context';
import './TimeRange.css';

interface Props {
  start: string;
  end: string;
  /** Also show the date of each range (detail view). */
  withDate?: boolean;
}

const spoken = (range: ZonedRange, who: string, withDate: boolean): string =>
  `${withDate ? `${dayLabel(range.date, 'long')}, ` : ''}${range.start} to ${range.end}${range.endsNextDay ? ' the next day' : ''} ${who}, ${range.longLabel}`;

function Range({ range, withDate }: { range: ZonedRange; withDate: boolean }) {
  return (
    <>
      {withDate && <span className="time-date">{dayLabel(range.date, 'long')} · </span>}
      <span className="time-clock">
        {range.start}–{range.end}
      </span>
      {range.endsNextDay && <span className="time-next-day"> (next day)</span>}{' '}
      <abbr className="time-zone" title={range.longLabel}>
        {range.label}
      </abbr>
    </>
  );
}

export function TimeRange({ start, end, withDate = false }: Props) {
  const zones = useZones();
  const time = dualTime(start, end, zones.display, zones.event);
  const offset = dayOffsetLabel(time.dayOffset);
  const sentence = time.same
    ? spoken(time.display, 'your time and ' + zones.eventPlace + ' time', withDate)
    : `${spoken(time.display, 'your time', withDate)}${offset ? ` (${offset.replace('−', 'minus ')} from ${zones.eventPlace})` : ''}; ${spoken(time.event, zones.eventPlace + ' time', withDate)}`;

  return (
    <span className="time-range">
      <span className="sr-only">{sentence}</span>
      <span aria-hidden="true" className="time-visual">
        <span className="time-display">
          <Range range={time.display} withDate={withDate} />
          {!time.same && <span className="time-who"> your time</span>}
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
