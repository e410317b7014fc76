/** A standing reminder of which two clocks the programme shows. */
import { zoneAbbreviation, zoneCity } from '../../core/time/zone-label';
import { useZones } from './zone-context';
import './ZoneSummary.css';

export function ZoneSummary({ now }: { now: number }) {
  const zones = useZones();
  const display = `${zoneCity(zones.display)} (${zoneAbbreviation(now, zones.display)})`;
  const event = `${zones.eventPlace} (${zoneAbbreviation(now, zones.event)})`;
  return (
    <p className="zone-summary">
      {zones.display === zones.event ? (
        <>Times are in {event}, the conference’s own time.</>
      ) : (
        <>
          Times are shown in <strong>your time</strong>, {display}, and in <strong>{zones.eventPlace} time</strong>, {event}.
        </>
      )}{' '}
      <a href="#/settings">Change</a>
    </p>
  );
}
