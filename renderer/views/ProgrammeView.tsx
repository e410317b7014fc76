/** The programme, one day at a time, in the attendee's days (or Graz days, by setting). */
import { Fragment, useEffect, useMemo, useRef } from 'react';
import type React from 'react';
import type { Programme } from '../../core/programme/model';
import { dayLabel, groupByDay } from '../../core/time/days';
import { dateInZone, timeInZone } from '../../core/time/zoned';
import { zoneAbbreviation } from '../../core/time/zone-label';
import { dayHref } from '../hooks/use-hash-route';
import { DayTabs } from '../components/DayTabs';
import { SessionRow } from '../components/SessionRow';
import { useZones } from '../components/zone-context';

interface Props {
  programme: Programme;
  groupingZone: string;
  requestedDay: string | undefined;
  now: number;
  /** Set when the attendee asked to jump to now: scroll the now marker into view. */
  jumpToNow: boolean;
}

/** Today when the programme has it, else the first day. */
function defaultDay(dates: string[], now: number, zone: string): string | undefined {
  const today = dateInZone(now, zone);
  return dates.includes(today) ? today : dates[0];
}

export function ProgrammeView({ programme, groupingZone, requestedDay, now, jumpToNow }: Props) {
  const zones = useZones();
  const nowMarker = useRef<HTMLLIElement>(null);
  const days = useMemo(() => groupByDay(programme.sessions, groupingZone), [programme.sessions, groupingZone]);
  const dates = days.map((d) => d.date);
  const current = requestedDay && dates.includes(requestedDay) ? requestedDay : defaultDay(dates, now, groupingZone);
  const day = days.find((d) => d.date === current);
  const today = dateInZone(now, groupingZone);
  const todayInProgramme = dates.includes(today);
  // The marker goes before the first session that has not ended: live sessions come right after it.
  const nowIndex = day && day.date === today ? day.sessions.findIndex((s) => Date.parse(s.end) > now) : -1;
  const markerIndex = day && day.date === today && nowIndex === -1 ? day.sessions.length : nowIndex;

  useEffect(() => {
    if (jumpToNow && nowMarker.current) {
      nowMarker.current.scrollIntoView({ block: 'start' });
      nowMarker.current.focus();
    }
  }, [jumpToNow, current]);

  if (!day) {
    return (
      <section className="empty-state" aria-labelledby="programme-heading">
        <h2 id="programme-heading">Programme</h2>
        <p>This feed lists no sessions yet. When the organisers publish them, they appear here after the next refresh.</p>
      </section>
    );
  }

  const groupedBy = groupingZone === zones.display ? 'your time' : `${zones.eventPlace} time`;
  return (
    <section aria-labelledby="programme-heading">
      <h2 id="programme-heading" className="sr-only">
        Programme
      </h2>
      <DayTabs days={days.map((d) => ({ date: d.date, count: d.sessions.length }))} current={day.date} />
      {todayInProgramme && (
        <p className="jump-now">
          <a href={`${dayHref(today)}/now`}>Jump to now</a>
        </p>
      )}
      <h3 className="day-heading" id="day-heading">
        {dayLabel(day.date, 'long')} <span className="day-heading-note">({groupedBy})</span>
      </h3>
      <ul className="session-list" aria-label="Sessions">
        {day.sessions.map((session, index) => (
          <Fragment key={session.id}>
            {index === markerIndex && <NowMarker ref={nowMarker} now={now} zone={zones.display} />}
            <SessionRow session={session} now={now} />
          </Fragment>
        ))}
        {markerIndex === day.sessions.length && <NowMarker ref={nowMarker} now={now} zone={zones.display} />}
      </ul>
    </section>
  );
}

function NowMarker({ now, zone, ref }: { now: number; zone: string; ref: React.Ref<HTMLLIElement> }) {
  return (
    <li className="now-marker" ref={ref} tabIndex={-1} id="now">
      <span>
        Now · {timeInZone(now, zone)} {zoneAbbreviation(now, zone)}
      </span>
    </li>
  );
}
