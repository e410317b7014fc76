/** The zone times are shown in: the attendee's choice, or the machine's zone when they chose none. */
export const displayZoneOf = (settings: { displayZone: string | null }, systemZone: string): string => settings.displayZone ?? systemZone;
