/** Reads an export back with ical.js, resolving TZIDs through the file's own VTIMEZONEs only. */
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  location: string;
  url: string | null;
  categories: string[];
  status: string | null;
  sequence: number;
  startUtc: string;
  endUtc: string;
  startTzid: string | null;
  endTzid: string | null;
  stamp: string;
  alarms: { action: string; trigger: string; description: string }[];
}

export function parseIcs(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const utc = (time: ICAL.Time): string => new Date(time.toUnixTime() * 1000).toISOString().replace('.000Z', 'Z');
  const events = calendar.getAllSubcomponents('vevent').map((vevent): ParsedEvent => {
    const start = vevent.getFirstProperty('dtstart')!;
    // A zero-length session has DTSTART only (RFC 5545 §3.6.1: it ends where it starts).
    const end = vevent.getFirstProperty('dtend') ?? start;
    const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
    return {
      uid: String(vevent.getFirstPropertyValue('uid')),
      summary: String(vevent.getFirstPropertyValue('summary')),
      description: String(vevent.getFirstPropertyValue('description')),
      location: String(vevent.getFirstPropertyValue('location') ?? ''),
      url: (vevent.getFirstPropertyValue('url') as string | null) ?? null,
      categories: vevent.getAllProperties('categories').flatMap((p) => p.getValues() as string[]),
      status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
      sequence: Number(vevent.getFirstPropertyValue('sequence')),
      startUtc: utc(start.getFirstValue() as ICAL.Time),
      endUtc: utc(end.getFirstValue() as ICAL.Time),
      startTzid: (start.getParameter('tzid') as string | undefined) ?? null,
      endTzid: (end.getParameter('tzid') as string | undefined) ?? null,
      stamp: stamp.toString(),
      alarms: vevent.getAllSubcomponents('valarm').map((alarm) => ({
        action: String(alarm.getFirstPropertyValue('action')),
        trigger: String(alarm.getFirstPropertyValue('trigger')),
        description: String(alarm.getFirstPropertyValue('description')),
      })),
    };
  });
  return { calendar, events };
}
