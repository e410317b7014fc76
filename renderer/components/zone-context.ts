/** Which zones the views show: the attendee's display zone and the event's zone. */
import { createContext, useContext } from 'react';

export interface Zones {
  display: string;
  event: string;
  /** How the event zone is named for attendees ("Graz" for the conference's own zone). */
  eventPlace: string;
}

export const ZoneContext = createContext<Zones>({ display: 'UTC', event: 'UTC', eventPlace: 'UTC' });

export const useZones = (): Zones => useContext(ZoneContext);
